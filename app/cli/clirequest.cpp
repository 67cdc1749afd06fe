#include "clirequest.h"

QString OptionReader::optionName(const QCommandLineOption &option)
{
    return QStringLiteral("--") + option.names().constLast();
}

bool OptionReader::readInt(const QCommandLineParser &parser, const QCommandLineOption &option,
                           int minimum, int maximum, int *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    bool ok = false;
    const int number = text.trimmed().toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error = tr("%1 needs a whole number from %2 to %3, not \"%4\".")
                         .arg(optionName(option))
                         .arg(minimum)
                         .arg(maximum)
                         .arg(text);
        return false;
    }
    *value = number;
    return true;
}
