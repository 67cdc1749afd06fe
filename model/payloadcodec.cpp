#include "payloadcodec.h"

#include "encodings.h"
#include "streamdecoder.h"

#include <QStringEncoder>

namespace {

int hexValue(QChar ch)
{
    const char16_t c = ch.unicode();
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

bool isHexSeparator(QChar ch)
{
    return ch == u' ' || ch == u'\t' || ch == u'\n' || ch == u'\r' || ch == u',';
}

QString describeChar(QChar ch)
{
    if (ch.isPrint() && !ch.isSpace())
        return QStringLiteral("'%1'").arg(ch);
    return QStringLiteral("U+%1").arg(ch.unicode(), 4, 16, QChar(u'0')).toUpper();
}

bool endsWithLoneSurrogate(QStringView text)
{
    if (text.isEmpty() || !text.back().isSurrogate())
        return false;
    return text.back().isHighSurrogate() || text.size() < 2 ||
           !text[text.size() - 2].isHighSurrogate();
}

// Encodes the whole text, or returns false if the encoding cannot write all of it. Not
// Stateless: Qt 6.4's Latin-1 encoder counts the characters it replaced by '?' only when it keeps
// a state. A state holds back a trailing lone surrogate instead (Qt's UTF-8 encoder a low one
// too, without an error), so that is checked here.
bool encodeAll(const QByteArray &encoding, QStringView text, QByteArray *bytes)
{
    QStringEncoder encoder(encoding.constData());
    const QByteArray encoded = encoder.encode(text);
    if (encoder.hasError() || endsWithLoneSurrogate(text))
        return false;
    if (bytes)
        *bytes = encoded;
    return true;
}

} // namespace

PayloadResult PayloadCodec::failure(qsizetype position, const QString &message)
{
    PayloadResult result;
    result.error = message;
    result.errorPosition = position;
    return result;
}

PayloadResult PayloadCodec::parseHex(QStringView text)
{
    PayloadResult result;
    result.bytes.reserve(text.size() / 2);
    qsizetype i = 0;
    while (i < text.size()) {
        if (isHexSeparator(text[i])) {
            ++i;
            continue;
        }
        const qsizetype tokenStart = i;
        if (text[i] == u'0' && i + 1 < text.size() && (text[i + 1] == u'x' || text[i + 1] == u'X'))
            i += 2;
        const qsizetype digitsStart = i;
        while (i < text.size() && !isHexSeparator(text[i])) {
            if (hexValue(text[i]) < 0) {
                return failure(i, tr("Invalid hex character %1 at position %2.")
                                          .arg(describeChar(text[i]))
                                          .arg(i + 1));
            }
            ++i;
        }
        const qsizetype digits = i - digitsStart;
        if (digits == 0)
            return failure(
                    tokenStart,
                    tr("\"0x\" at position %1 has no hex digits after it.").arg(tokenStart + 1));
        if (digits % 2 != 0) {
            return failure(tokenStart, tr("The hex number at position %1 has an odd number of "
                                          "digits (%2); write each byte as two digits.")
                                               .arg(tokenStart + 1)
                                               .arg(digits));
        }
        for (qsizetype k = digitsStart; k < i; k += 2)
            result.bytes.append(char(hexValue(text[k]) << 4 | hexValue(text[k + 1])));
    }
    return result;
}

QString PayloadCodec::toHex(QByteArrayView bytes, char separator)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(separator).toUpper());
}

bool PayloadCodec::appendEncoded(QStringView text, qsizetype offset, const QString &encoding,
                                 PayloadResult &result)
{
    if (text.isEmpty())
        return true;
    const QByteArray name = encoding.toLatin1();
    QByteArray bytes;
    if (encodeAll(name, text, &bytes)) {
        result.bytes += bytes;
        return true;
    }
    // Find the first character the encoding cannot represent, to name it.
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype len = (text[i].isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        if (!encodeAll(name, text.sliced(i, len), nullptr))
            break;
        i += len;
    }
    const qsizetype len = (i + 1 < text.size() && text[i].isHighSurrogate()) ? 2 : 1;
    result = failure(offset + i, tr("The character %1 at position %2 cannot be written in %3.")
                                         .arg(text.sliced(qMin(i, text.size() - 1), len).toString())
                                         .arg(offset + i + 1)
                                         .arg(encoding));
    return false;
}

qsizetype PayloadCodec::parseEscape(QStringView text, qsizetype pos, PayloadResult &result)
{
    // text[pos] is the backslash; returns the index after the escape, or -1 on error.
    if (pos + 1 >= text.size()) {
        result = failure(pos, tr("A lone backslash at position %1 ends the text; write \\\\ for a "
                                 "backslash.")
                                      .arg(pos + 1));
        return -1;
    }
    const QChar kind = text[pos + 1];
    switch (kind.unicode()) {
    case u'r': result.bytes.append('\r'); return pos + 2;
    case u'n': result.bytes.append('\n'); return pos + 2;
    case u't': result.bytes.append('\t'); return pos + 2;
    case u'0': result.bytes.append('\0'); return pos + 2;
    case u'\\': result.bytes.append('\\'); return pos + 2;
    case u'x':
    case u'X':
        if (pos + 3 < text.size() && hexValue(text[pos + 2]) >= 0 && hexValue(text[pos + 3]) >= 0) {
            result.bytes.append(char(hexValue(text[pos + 2]) << 4 | hexValue(text[pos + 3])));
            return pos + 4;
        }
        result = failure(pos, tr("The escape \\x at position %1 needs two hex digits, as in "
                                 "\\x0D.")
                                      .arg(pos + 1));
        return -1;
    default: break;
    }
    result = failure(pos, tr("Unknown escape \\%1 at position %2; use \\r \\n \\t \\0 \\\\ or "
                             "\\xHH.")
                                  .arg(kind)
                                  .arg(pos + 1));
    return -1;
}

PayloadResult PayloadCodec::encodeText(QStringView text, const QString &encoding, bool escapes)
{
    if (const QString problem = Encodings::problem(encoding); !problem.isEmpty())
        return failure(-1, problem);
    PayloadResult result;
    if (!escapes) {
        appendEncoded(text, 0, encoding, result);
        return result;
    }
    qsizetype segmentStart = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != u'\\') {
            ++i;
            continue;
        }
        if (!appendEncoded(text.sliced(segmentStart, i - segmentStart), segmentStart, encoding,
                           result))
            return result;
        i = parseEscape(text, i, result);
        if (i < 0)
            return result;
        segmentStart = i;
    }
    appendEncoded(text.sliced(segmentStart), segmentStart, encoding, result);
    return result;
}

QByteArray PayloadCodec::lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::CR: return QByteArrayLiteral("\r");
    case LineEnding::LF: return QByteArrayLiteral("\n");
    case LineEnding::CRLF: return QByteArrayLiteral("\r\n");
    case LineEnding::None: break;
    }
    return {};
}

QString PayloadCodec::lineEndingKey(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None: return QStringLiteral("none");
    case LineEnding::CR: return QStringLiteral("cr");
    case LineEnding::LF: return QStringLiteral("lf");
    case LineEnding::CRLF: return QStringLiteral("crlf");
    }
    return {};
}

std::optional<LineEnding> PayloadCodec::lineEndingFromKey(const QString &key)
{
    for (LineEnding ending : {LineEnding::None, LineEnding::CR, LineEnding::LF, LineEnding::CRLF}) {
        if (key.compare(lineEndingKey(ending), Qt::CaseInsensitive) == 0)
            return ending;
    }
    return std::nullopt;
}

PayloadResult PayloadCodec::build(const PayloadSpec &spec)
{
    PayloadResult result =
            spec.hex ? parseHex(spec.text) : encodeText(spec.text, spec.encoding, spec.escapes);
    if (!result.ok())
        return result;
    // A range too large is no one character's fault, so the error has no position.
    QString error;
    if (!Checksum::append(&result.bytes, lineEndingBytes(spec.lineEnding), spec.checksum, &error))
        return failure(-1, error);
    return result;
}

PayloadResult PayloadCodec::build(const QString &input, bool hex, const QString &encoding,
                                  bool escapes, LineEnding lineEnding)
{
    PayloadSpec spec;
    spec.text = input;
    spec.hex = hex;
    spec.encoding = encoding;
    spec.escapes = escapes;
    spec.lineEnding = lineEnding;
    return build(spec);
}

QString PayloadCodec::toEditableText(QByteArrayView bytes, const QString &encoding,
                                     bool *needsEscapes)
{
    StreamDecoder decoder(encoding);
    QStringEncoder encoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
    decoder.setEscapeBackslashes(true);
    QString decoded = decoder.decode(bytes);
    decoded += decoder.finish();
    // Every backslash in the decoded text now starts an escape. Control characters other than
    // newline and tab are invisible in an editor, so they become escapes as well.
    QString text;
    text.reserve(decoded.size());
    bool escaped = false;
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar ch = decoded[i];
        if (ch == u'\\') {
            escaped = true;
            text += ch;
        } else if (ch == u'\r') {
            escaped = true;
            text += QStringLiteral("\\r");
        } else if (ch == u'\0') {
            escaped = true;
            text += QStringLiteral("\\0");
        } else if (ch.unicode() < 0x20 && ch != u'\n' && ch != u'\t') {
            escaped = true;
            // The escape must give back the byte, which is not always the code point: IBM's
            // Shift_JIS, ICU's default, decodes 0x1A as U+001C.
            const QByteArray bytes = encoder.encode(QStringView(&ch, 1));
            for (char byte : bytes)
                text += StreamDecoder::escapeByte(uchar(byte));
        } else {
            text += ch;
        }
    }
    if (needsEscapes)
        *needsEscapes = escaped;
    return text;
}
