#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The text encodings NetDebug offers, by the names Qt's converters accept.
class Encodings
{
    Q_DECLARE_TR_FUNCTIONS(Encodings)

public:
    static QString defaultEncoding() { return QStringLiteral("UTF-8"); }
    // Every encoding NetDebug knows how to frame, whether or not this Qt build has it.
    static QStringList known();
    // The known encodings this Qt build can actually convert.
    static QStringList available();
    static bool isAvailable(const QString &name);
    // A message for an encoding that cannot be used, or an empty string when it can.
    static QString problem(const QString &name);
};
