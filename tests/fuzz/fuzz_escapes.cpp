// Fuzzes PayloadCodec::encodeText (with and without escapes) and the trip from bytes to
// editable text and back. The input is read as text three ways: UTF-8, Latin-1 (odd
// characters such as U+0080-U+00FF) and raw UTF-16 (lone surrogates); it is also taken as
// bytes as they are.
//
// Properties, for text in UTF-8 and GBK, with escapes on and off:
// - encodeText agrees with a reference encoder written from the documented rules (character
//   by character through QStringEncoder; \r \n \t \0 \\ \xHH as escapes): the same bytes on
//   success, the same error position on failure.
// - On failure: no bytes (never a partial result), a message naming the position counted from
//   1, a position inside [0, text.size()) that points at a backslash starting a bad escape or
//   at a character the encoding cannot write, and the text before it encodes without error.
// - On success without a backslash in the text, escapes on and off give the same bytes.
// - On success with escapes, the bytes survive toEditableText() and encodeText() back.
// Properties, for the input as bytes in one of the encodings NetDebug offers (picked by the
// first byte):
// - toEditableText(bytes, encoding, &needsEscapes) read back by encodeText(text, encoding,
//   needsEscapes) gives exactly the bytes; text that needs no escapes has no backslash and no
//   control character other than newline and tab.

#include "encodings.h"
#include "fuzzcheck.h"
#include "payloadcodec.h"

#include <QStringEncoder>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>

namespace {

// One encoder per encoding while it has seen no error: opening an ICU converter for every
// character would dominate the time. In Qt 6.4, resetState() does not clear hasError() of an
// ICU converter, so one that has seen an error is replaced. On the heap, as a moved ICU
// converter misbehaves in Qt 6.4.
QStringEncoder &encoderFor(const QString &encoding)
{
    static std::map<QString, std::unique_ptr<QStringEncoder>> encoders;
    auto &encoder = encoders[encoding];
    if (!encoder || encoder->hasError())
        encoder = std::make_unique<QStringEncoder>(encoding.toLatin1().constData());
    encoder->resetState();
    return *encoder;
}

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

// The bytes of the escape at text[pos] (a backslash) and its length, or a length of 0.
qsizetype referenceEscape(QStringView text, qsizetype pos, QByteArray &bytes)
{
    if (pos + 1 >= text.size())
        return 0;
    switch (text[pos + 1].unicode()) {
    case u'r': bytes += '\r'; return 2;
    case u'n': bytes += '\n'; return 2;
    case u't': bytes += '\t'; return 2;
    case u'0': bytes += '\0'; return 2;
    case u'\\': bytes += '\\'; return 2;
    case u'x':
    case u'X':
        if (pos + 3 < text.size() && hexValue(text[pos + 2]) >= 0 && hexValue(text[pos + 3]) >= 0) {
            bytes += char(hexValue(text[pos + 2]) * 16 + hexValue(text[pos + 3]));
            return 4;
        }
        return 0;
    default: break;
    }
    return 0;
}

// The character at text[pos] in the encoding and its length in code units, or a length of 0
// when the encoding cannot write it. A surrogate only counts as part of a proper pair.
qsizetype referenceCharacter(QStringView text, qsizetype pos, const QString &encoding,
                             QByteArray &bytes)
{
    qsizetype len = 1;
    if (text[pos].isHighSurrogate()) {
        if (pos + 1 >= text.size() || !text[pos + 1].isLowSurrogate())
            return 0;
        len = 2;
    } else if (text[pos].isLowSurrogate()) {
        return 0;
    }
    QStringEncoder &encoder = encoderFor(encoding);
    const QByteArray encoded = encoder.encode(text.sliced(pos, len));
    if (encoder.hasError())
        return 0;
    bytes += encoded;
    return len;
}

PayloadResult referenceEncode(QStringView text, const QString &encoding, bool escapes)
{
    PayloadResult result;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const bool escape = escapes && text[pos] == u'\\';
        const qsizetype len = escape ? referenceEscape(text, pos, result.bytes)
                                     : referenceCharacter(text, pos, encoding, result.bytes);
        if (len == 0) {
            result.bytes.clear();
            result.error = QStringLiteral("reference error");
            result.errorPosition = pos;
            return result;
        }
        pos += len;
    }
    return result;
}

void checkEditableRoundTrip(const QByteArray &bytes, const QString &encoding)
{
    bool needsEscapes = true;
    const QString editable = PayloadCodec::toEditableText(bytes, encoding, &needsEscapes);
    if (!needsEscapes) {
        for (QChar ch : editable) {
            FUZZ_CHECK(ch != u'\\' && (ch.unicode() >= 0x20 || ch == u'\n' || ch == u'\t'),
                       QStringLiteral("%1 %2 became %3 without escapes")
                               .arg(encoding, fuzz::describeBytes(bytes),
                                    fuzz::describeText(editable)));
        }
    }
    const PayloadResult back = PayloadCodec::encodeText(editable, encoding, needsEscapes);
    FUZZ_CHECK(back.ok() && back.bytes == bytes,
               QStringLiteral("%1 %2 became %3 (escapes %4) and came back as %5 (%6)")
                       .arg(encoding, fuzz::describeBytes(bytes), fuzz::describeText(editable))
                       .arg(needsEscapes)
                       .arg(fuzz::describeBytes(back.bytes), back.error));
}

void checkEncode(const QString &text, const QString &encoding, bool escapes)
{
    const PayloadResult result = PayloadCodec::encodeText(text, encoding, escapes);
    const PayloadResult expected = referenceEncode(text, encoding, escapes);
    const auto input = [&] {
        return QStringLiteral("%1 in %2 (escapes %3)")
                .arg(fuzz::describeText(text), encoding)
                .arg(escapes);
    };

    FUZZ_CHECK(result.ok() == expected.ok(),
               QStringLiteral("%1: ok=%2 (%3), reference says error at %4")
                       .arg(input())
                       .arg(result.ok())
                       .arg(result.error)
                       .arg(expected.errorPosition));
    if (!result.ok()) {
        const qsizetype pos = result.errorPosition;
        FUZZ_CHECK(result.bytes.isEmpty(),
                   QStringLiteral("%1 failed but kept %2")
                           .arg(input(), fuzz::describeBytes(result.bytes)));
        FUZZ_CHECK(pos >= 0 && pos < text.size(),
                   QStringLiteral("%1: position %2 (%3)").arg(input()).arg(pos).arg(result.error));
        FUZZ_CHECK(result.error.contains(QString::number(pos + 1)),
                   QStringLiteral("%1: message \"%2\" does not name position %3")
                           .arg(input(), result.error)
                           .arg(pos + 1));
        QByteArray ignored;
        const bool badHere = (escapes && text[pos] == u'\\')
                                     ? referenceEscape(text, pos, ignored) == 0
                                     : referenceCharacter(text, pos, encoding, ignored) == 0;
        FUZZ_CHECK(badHere, QStringLiteral("%1: nothing wrong at position %2 (%3)")
                                    .arg(input())
                                    .arg(pos)
                                    .arg(result.error));
        const PayloadResult before = PayloadCodec::encodeText(text.first(pos), encoding, escapes);
        FUZZ_CHECK(before.ok(),
                   QStringLiteral("%1: error at %2, but the text before it fails at %3 (%4)")
                           .arg(input())
                           .arg(pos)
                           .arg(before.errorPosition)
                           .arg(before.error));
        FUZZ_CHECK(pos == expected.errorPosition,
                   QStringLiteral("%1: position %2, expected %3 (%4)")
                           .arg(input())
                           .arg(pos)
                           .arg(expected.errorPosition)
                           .arg(result.error));
        return;
    }

    FUZZ_CHECK(result.errorPosition == -1, input());
    FUZZ_CHECK(result.bytes == expected.bytes,
               QStringLiteral("%1 gave %2, expected %3")
                       .arg(input(), fuzz::describeBytes(result.bytes),
                            fuzz::describeBytes(expected.bytes)));
    if (escapes && !text.contains(u'\\')) {
        const PayloadResult plain = PayloadCodec::encodeText(text, encoding, false);
        FUZZ_CHECK(plain.ok() && plain.bytes == result.bytes,
                   QStringLiteral("%1 gave %2 with escapes, %3 without (%4)")
                           .arg(input(), fuzz::describeBytes(result.bytes),
                                fuzz::describeBytes(plain.bytes), plain.error));
    }
    // Whatever text makes without escapes, it makes with them too: one trip back is enough.
    if (escapes)
        checkEditableRoundTrip(result.bytes, encoding);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList textEncodings = {QStringLiteral("UTF-8"), QStringLiteral("GBK")};
    static const QStringList byteEncodings = Encodings::known();
    if (size == 0)
        return 0;

    const QByteArrayView input(data, qsizetype(size));
    QString utf16Text(input.size() / 2, Qt::Uninitialized);
    std::memcpy(utf16Text.data(), input.data(), size_t(utf16Text.size()) * sizeof(char16_t));
    const QString &utf16 = utf16Text;
    const QString utf8 = QString::fromUtf8(input);
    const QString latin1 = QString::fromLatin1(input);
    for (const QString *text : {&utf8, &latin1, &utf16}) {
        // ASCII reads the same in UTF-8 and Latin-1: no need to check it twice.
        if (text == &latin1 && latin1 == utf8)
            continue;
        for (const QString &encoding : textEncodings) {
            checkEncode(*text, encoding, true);
            checkEncode(*text, encoding, false);
        }
    }
    // One encoding per input, picked by its first byte: every check opens converters, and
    // checking all of them each time would slow the run several times over.
    checkEditableRoundTrip(input.toByteArray(), byteEncodings[data[0] % byteEncodings.size()]);
    return 0;
}
