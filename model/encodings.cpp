#include "encodings.h"

#include <QStringDecoder>
#include <QStringEncoder>

QStringList Encodings::known()
{
    return {QStringLiteral("UTF-8"),  QStringLiteral("GBK"),        QStringLiteral("GB18030"),
            QStringLiteral("GB2312"), QStringLiteral("Big5"),       QStringLiteral("Shift_JIS"),
            QStringLiteral("EUC-KR"), QStringLiteral("ISO-8859-1"), QStringLiteral("windows-1252")};
}

QStringList Encodings::available()
{
    QStringList result;
    for (const QString &name : known()) {
        if (isAvailable(name))
            result.append(name);
    }
    return result;
}

bool Encodings::isAvailable(const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    return QStringDecoder(name.toLatin1().constData()).isValid() &&
           QStringEncoder(name.toLatin1().constData()).isValid();
}

QString Encodings::problem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("No encoding was chosen.");
    if (!isAvailable(name))
        return tr("The encoding \"%1\" is not available in this build of Qt.").arg(name);
    return {};
}
