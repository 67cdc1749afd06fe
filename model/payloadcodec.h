#pragma once

#include "checksum.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// The bytes a user asked for, or why they could not be made. errorPosition is the 0-based
// index of the offending character in the input text.
struct PayloadResult
{
    QByteArray bytes;
    QString error;
    qsizetype errorPosition = -1;

    bool ok() const { return error.isEmpty(); }
};

enum class LineEnding { None, CR, LF, CRLF };

// Everything that decides the bytes of a payload: what the user wrote and how to read it, the
// line ending and the checksum. A saved command is one of these with a name.
struct PayloadSpec
{
    QString text;
    bool hex = false;
    QString encoding = QStringLiteral("UTF-8");
    bool escapes = false;
    LineEnding lineEnding = LineEnding::None;
    ChecksumSpec checksum;

    bool operator==(const PayloadSpec &other) const = default;
};

// Turns what a user typed (text or hex, with optional escapes) into bytes, and bytes back
// into editable text. Every failure names the position of the offending character.
class PayloadCodec
{
    Q_DECLARE_TR_FUNCTIONS(PayloadCodec)

public:
    // Hex digits in pairs; spaces, tabs, newlines, commas and 0x prefixes separate tokens.
    static PayloadResult parseHex(QStringView text);
    static QString toHex(QByteArrayView bytes, char separator = ' ');
    // 0 to 15 for a hex digit (either case), -1 for anything else.
    static int hexDigitValue(QChar ch);

    // Text in the named encoding; with escapes, \r \n \t \0 \\ and \xHH are honoured.
    static PayloadResult encodeText(QStringView text, const QString &encoding, bool escapes);

    // The whole payload as the send pane builds it: the text or hex, the line ending, the
    // checksum.
    static PayloadResult build(const PayloadSpec &spec);
    static PayloadResult build(const QString &input, bool hex, const QString &encoding,
                               bool escapes, LineEnding lineEnding);

    // Bytes as editable text in the named encoding. Bytes that cannot be shown as themselves
    // become escapes; *needsEscapes tells whether the result relies on escapes to be exact.
    static QString toEditableText(QByteArrayView bytes, const QString &encoding,
                                  bool *needsEscapes = nullptr);

    static QByteArray lineEndingBytes(LineEnding ending);
    // Fixed English names for files and the command line: "none", "cr", "lf", "crlf".
    static QString lineEndingKey(LineEnding ending);
    static std::optional<LineEnding> lineEndingFromKey(const QString &key); // case-insensitive

private:
    static PayloadResult failure(qsizetype position, const QString &message);
    static bool appendEncoded(QStringView text, qsizetype offset, const QString &encoding,
                              PayloadResult &result);
    static qsizetype parseEscape(QStringView text, qsizetype pos, PayloadResult &result);
};
