// Fuzzes PayloadCodec::parseHex with arbitrary text, read once as UTF-8 and once as Latin-1.
//
// Properties:
// - parseHex agrees with a reference parse written from the documented rules (tokens between
//   separators, one optional 0x prefix, two digits a byte): the same bytes on success, the
//   same error position on failure (a bad character names itself, an odd or empty number
//   names the start of its token).
// - On success: no error and no position; bytes.size() * 2 equals the number of hex digits
//   once separators and 0x prefixes are gone; toHex() of the bytes parses back to the same
//   bytes, with any separator toHex() can write and with 0x prefixes.
// - On failure: no bytes at all (never a partial result), a message that names the position
//   counted from 1, and a position inside [0, text.size()).

#include "fuzzcheck.h"
#include "payloadcodec.h"

#include <cstdint>
#include <cstring>

namespace {

bool isSeparator(QChar ch)
{
    return ch == u' ' || ch == u'\t' || ch == u'\n' || ch == u'\r' || ch == u',';
}

bool isHexDigit(QChar ch)
{
    return ch.unicode() < 0x80 && ch.unicode() != 0 &&
           std::strchr("0123456789abcdefABCDEF", char(ch.unicode())) != nullptr;
}

struct Expected
{
    QByteArray bytes;
    qsizetype digits = 0;
    qsizetype errorPosition = -1;
};

Expected referenceParse(QStringView text)
{
    Expected expected;
    qsizetype start = 0;
    while (start < text.size()) {
        if (isSeparator(text[start])) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < text.size() && !isSeparator(text[end]))
            ++end;
        const QStringView token = text.sliced(start, end - start);
        const qsizetype prefix = token.startsWith(u"0x", Qt::CaseInsensitive) ? 2 : 0;
        const QStringView digits = token.sliced(prefix);
        for (qsizetype k = 0; k < digits.size(); ++k) {
            if (!isHexDigit(digits[k])) {
                expected.errorPosition = start + prefix + k;
                return expected;
            }
        }
        if (digits.isEmpty() || digits.size() % 2 != 0) {
            expected.errorPosition = start;
            return expected;
        }
        expected.bytes += QByteArray::fromHex(digits.toLatin1());
        expected.digits += digits.size();
        start = end;
    }
    return expected;
}

void checkRoundTrip(const QByteArray &bytes, const QString &hex)
{
    const PayloadResult again = PayloadCodec::parseHex(hex);
    FUZZ_CHECK(again.ok() && again.bytes == bytes,
               QStringLiteral("%1 written as %2 parsed back as %3 (%4)")
                       .arg(fuzz::describeBytes(bytes), fuzz::describeText(hex),
                            fuzz::describeBytes(again.bytes), again.error));
}

void checkText(const QString &text)
{
    const PayloadResult result = PayloadCodec::parseHex(text);
    const Expected expected = referenceParse(text);
    const auto input = [&] { return fuzz::describeText(text); };

    FUZZ_CHECK(result.ok() == (expected.errorPosition < 0),
               QStringLiteral("%1: ok=%2 (%3), reference says error at %4")
                       .arg(input())
                       .arg(result.ok())
                       .arg(result.error)
                       .arg(expected.errorPosition));
    if (result.ok()) {
        FUZZ_CHECK(result.errorPosition == -1, input());
        FUZZ_CHECK(result.bytes == expected.bytes,
                   QStringLiteral("%1 gave %2, expected %3")
                           .arg(input(), fuzz::describeBytes(result.bytes),
                                fuzz::describeBytes(expected.bytes)));
        FUZZ_CHECK(result.bytes.size() * 2 == expected.digits,
                   QStringLiteral("%1: %2 bytes from %3 digits")
                           .arg(input())
                           .arg(result.bytes.size())
                           .arg(expected.digits));
        for (char separator : {' ', ',', '\n', '\t', '\0'})
            checkRoundTrip(result.bytes, PayloadCodec::toHex(result.bytes, separator));
        QString prefixed;
        for (char byte : result.bytes)
            prefixed += QStringLiteral("0x%1,").arg(int(uchar(byte)), 2, 16, QChar(u'0'));
        checkRoundTrip(result.bytes, prefixed);
        return;
    }

    FUZZ_CHECK(result.bytes.isEmpty(), QStringLiteral("%1 failed but kept %2")
                                               .arg(input(), fuzz::describeBytes(result.bytes)));
    FUZZ_CHECK(!result.error.isEmpty(), input());
    FUZZ_CHECK(result.errorPosition >= 0 && result.errorPosition < text.size(),
               QStringLiteral("%1: position %2").arg(input()).arg(result.errorPosition));
    FUZZ_CHECK(result.errorPosition == expected.errorPosition,
               QStringLiteral("%1: position %2, expected %3 (%4)")
                       .arg(input())
                       .arg(result.errorPosition)
                       .arg(expected.errorPosition)
                       .arg(result.error));
    FUZZ_CHECK(result.error.contains(QString::number(result.errorPosition + 1)),
               QStringLiteral("%1: message \"%2\" does not name position %3")
                       .arg(input(), result.error)
                       .arg(result.errorPosition + 1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    checkText(QString::fromUtf8(input));
    checkText(QString::fromLatin1(input));
    return 0;
}
