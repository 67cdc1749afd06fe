#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <array>
#include <bitset>
#include <limits>
#include <memory>

// Decodes one byte stream (one connection, one direction) in a named encoding. A character
// split across two chunks is held back until it is complete; bytes that do not decode are
// shown as \xHH, never dropped and never turned into U+FFFD.
class StreamDecoder
{
public:
    explicit StreamDecoder(const QString &encoding = QStringLiteral("UTF-8"));

    bool isValid() const { return m_family != Family::Unsupported; }
    QString encoding() const { return m_encoding; }

    // Decodes the next chunk of the stream.
    QString decode(QByteArrayView chunk);
    // Ends the stream: bytes of a character that never completed come back as \xHH.
    QString finish();
    bool hasPending() const { return !m_pending.isEmpty(); }
    void reset() { m_pending.clear(); }
    // Writes a literal backslash as \\ (as \xHH where the encoding does not write it as 0x5C),
    // so that every backslash in the output starts an escape.
    void setEscapeBackslashes(bool on);
    // On (the default), stretches of ASCII that the encoding decodes as themselves are copied
    // without the converter. Off, every byte takes the general path: the reference that tests
    // and measurements compare the fast path with.
    void setAsciiFastPath(bool on);

    // Decodes a whole buffer at once, as a stream that ends with it.
    static QString decodeAll(const QString &encoding, QByteArrayView bytes);
    // A byte as \xHH; appendEscape() writes it to the end of out.
    static QString escapeByte(uchar byte);
    static void appendEscape(uchar byte, QString &out);

    // Control characters as visible escapes (\r \n \t \xHH, C1 controls as \uHHHH), so that
    // text from a peer can neither break a log row nor drive a terminal. With keepLineBreaks,
    // \n and \t stay as they are. Stops after about limit characters.
    static QString escapeControls(QStringView text, bool keepLineBreaks,
                                  qsizetype limit = std::numeric_limits<qsizetype>::max());

private:
    enum class Family { Unsupported, Utf8, SingleByte, Gbk, Gb18030, Big5, ShiftJis, EucKr };
    static Family familyFor(const QString &encoding);
    // Length of the character starting at p: > 0 complete, 0 needs more bytes, -1 invalid byte.
    int unitLength(const uchar *p, qsizetype available) const;
    void learnConverter();
    void updateVerbatim();
    qsizetype verbatimLength(const uchar *p, qsizetype available) const;
    void appendDecoded(const QString &text, QString &out) const;
    void appendRun(QByteArrayView run, QString &out);
    void appendRunByUnit(QByteArrayView run, QString &out);
    // Whether the decoded text stands for exactly these bytes and may be shown as itself.
    bool isExact(QByteArrayView bytes, const QString &text);

    QString m_encoding;
    Family m_family = Family::Unsupported;
    std::unique_ptr<QStringDecoder> m_decoder;
    // Checks that decoded text gives back the very bytes it was decoded from.
    std::unique_ptr<QStringEncoder> m_encoder;
    QByteArray m_encodedReplacement; // the encoding's own bytes for U+FFFD, if it has any
    // Bytes the unit rules take for lead bytes that this converter decodes on their own, as
    // ICU's GB2312 and EUC-KR do with 0x80-0x9F.
    std::bitset<256> m_leadsDecodedAlone;
    // ASCII bytes this converter decodes, on their own, as the same code point, and encodes back
    // to the same byte.
    std::bitset<128> m_asciiAsItself;
    // Bytes that may be copied to the output as they are, as Latin-1.
    std::array<bool, 256> m_verbatim{};
    bool m_asciiFastPath = true;
    QByteArray m_pending;
    bool m_escapeBackslashes = false;
    QString m_backslashEscape = QStringLiteral("\\\\"); // a decoded backslash, escaped
};
