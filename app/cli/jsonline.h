#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// One JSON object with its keys in the order they were added, written as one line. QJsonObject
// sorts its keys, while the documented order of an event is time, peer, event, then its fields.
class JsonLine
{
public:
    JsonLine &add(QStringView key, QStringView value);
    JsonLine &add(QStringView key, qint64 value);

    // The object and a line break.
    QByteArray toLine() const;

    // value as a JSON string, quotes included: UTF-8, with ", \ and control characters escaped
    // as RFC 8259 says, and an unpaired surrogate (which UTF-8 cannot carry) as \uXXXX.
    static void appendString(QByteArray &out, QStringView value);

private:
    void appendKey(QStringView key);

    QByteArray m_body;
};
