// Fuzzes StreamDecoder with a byte stream cut into reads of random sizes.
//
// Input layout: byte 0 picks the encoding; bytes 1-7 are read sizes (0-15 each, used in turn
// until the stream is consumed; 0 is an empty read); the rest is the stream.
//
// Properties:
// - Split invariance: the reads decoded one after the other, then finish(), give exactly
//   StreamDecoder::decodeAll() of the whole stream.
// - U+FFFD only stands for the encoding's own bytes for U+FFFD: the output holds no more of
//   them than the stream holds those bytes (none where the encoding has no such bytes).
// - With setEscapeBackslashes(true), encodeText(output, encoding, escapes) gives back exactly
//   the stream. This holds without exception: every run the decoder shows as text has passed
//   isExact() (its text encodes back to the very same bytes), every other byte is \xHH, and a
//   literal backslash is escaped as the bytes the encoding writes for it (\\ for 0x5C, \x82
//   in IBM-949). The one way it could break, text whose bytes depend on where encodeText()
//   cuts it at escapes, needs a stateful encoding (ISO-2022 and the like), which StreamDecoder
//   does not accept.
// - escapeControls() of the output leaves no C0 or C1 control and no DEL (with keepLineBreaks,
//   only newline and tab), and stops near its limit.

#include "encodings.h"
#include "fuzzcheck.h"
#include "payloadcodec.h"
#include "streamdecoder.h"

#include <QStringEncoder>
#include <array>
#include <cstdint>

namespace {

// What NetDebug offers, then the other multi-byte names StreamDecoder accepts (the command line
// takes any name both ICU and StreamDecoder know: each alias is an ICU table of its own), and a
// few single-byte ones. The seeds pick encodings by their index here: add names at the end.
QStringList encodings()
{
    QStringList names = Encodings::known();
    for (const char *name :
         {"cp936", "windows-936", "Big5-HKSCS", "cp950", "sjis", "cp932", "windows-31j", "cp949",
          "windows-1251", "KOI8-R", "ISO-8859-7", "US-ASCII"})
        names += QString::fromLatin1(name);
    QStringList usable;
    for (const QString &name : std::as_const(names)) {
        if (Encodings::isAvailable(name) && StreamDecoder(name).isValid())
            usable += name;
    }
    return usable;
}

// The bytes an encoding writes for U+FFFD, empty if it has none.
QByteArray replacementBytes(const QString &encoding)
{
    QStringEncoder encoder(encoding.toLatin1().constData());
    const QByteArray bytes = encoder.encode(QStringView(u"\uFFFD"));
    return encoder.hasError() ? QByteArray() : bytes;
}

qsizetype countOf(QByteArrayView haystack, QByteArrayView needle)
{
    qsizetype count = 0;
    for (qsizetype from = haystack.indexOf(needle); from >= 0;
         from = haystack.indexOf(needle, from + needle.size()))
        ++count;
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList names = encodings();
    static QList<QByteArray> replacements;
    if (replacements.isEmpty()) {
        for (const QString &name : names)
            replacements += replacementBytes(name);
    }

    constexpr size_t headerSize = 8;
    if (size < 1)
        return 0;
    const qsizetype choice = data[0] % names.size();
    const QString &encoding = names[choice];
    std::array<qsizetype, headerSize - 1> sizes{};
    for (size_t k = 1; k < headerSize && k < size; ++k)
        sizes[k - 1] = data[k] & 0x0F;
    const QByteArrayView stream =
            size > headerSize ? QByteArrayView(data + headerSize, qsizetype(size - headerSize))
                              : QByteArrayView();

    StreamDecoder plain(encoding);
    StreamDecoder escaping(encoding);
    escaping.setEscapeBackslashes(true);
    QString plainOut;
    QString escapingOut;
    qsizetype pos = 0;
    int emptyReads = 0;
    for (size_t k = 0; pos < stream.size(); ++k) {
        qsizetype len = qMin(sizes[k % sizes.size()], stream.size() - pos);
        // All sizes zero: a few empty reads, then the rest in one.
        if (len == 0 && ++emptyReads > int(sizes.size()))
            len = stream.size() - pos;
        const QByteArrayView chunk = stream.sliced(pos, len);
        const QString plainPart = plain.decode(chunk);
        plainOut += plainPart;
        const QString escapingPart = escaping.decode(chunk);
        escapingOut += escapingPart;
        pos += len;
    }
    // An empty read at the end must change nothing either.
    const QString plainTail = plain.decode(QByteArrayView());
    plainOut += plainTail;
    plainOut += plain.finish();
    const QString escapingTail = escaping.decode(QByteArrayView());
    escapingOut += escapingTail;
    escapingOut += escaping.finish();

    const auto input = [&] {
        return QStringLiteral("%1 %2, reads of %3 %4 %5 %6 %7 %8 %9")
                .arg(encoding, fuzz::describeBytes(stream))
                .arg(sizes[0])
                .arg(sizes[1])
                .arg(sizes[2])
                .arg(sizes[3])
                .arg(sizes[4])
                .arg(sizes[5])
                .arg(sizes[6]);
    };

    FUZZ_CHECK(!plain.hasPending() && !escaping.hasPending(), input());
    const QString whole = StreamDecoder::decodeAll(encoding, stream);
    FUZZ_CHECK(plainOut == whole,
               QStringLiteral("%1: in reads %2, whole %3")
                       .arg(input(), fuzz::describeText(plainOut), fuzz::describeText(whole)));

    const QByteArray &replacement = replacements[choice];
    const qsizetype replacementChars = plainOut.count(QChar(0xFFFD));
    const qsizetype replacementSequences = replacement.isEmpty() ? 0 : countOf(stream, replacement);
    FUZZ_CHECK(replacementChars <= replacementSequences,
               QStringLiteral("%1: %2 U+FFFD in %3 from %4 times %5")
                       .arg(input())
                       .arg(replacementChars)
                       .arg(fuzz::describeText(plainOut))
                       .arg(replacementSequences)
                       .arg(fuzz::describeBytes(replacement)));

    for (bool keepLineBreaks : {false, true}) {
        const QString visible = StreamDecoder::escapeControls(plainOut, keepLineBreaks);
        for (QChar ch : visible) {
            const char16_t c = ch.unicode();
            const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            FUZZ_CHECK(!control || (keepLineBreaks && (c == u'\n' || c == u'\t')),
                       QStringLiteral("%1: %2 shown as %3")
                               .arg(input(), fuzz::describeText(plainOut),
                                    fuzz::describeText(visible)));
        }
    }
    // The longest escape, \uHHHH, is six characters: at most five beyond the limit.
    const qsizetype limit = stream.isEmpty() ? 0 : data[headerSize] % 32;
    const QString limited = StreamDecoder::escapeControls(plainOut, false, limit);
    FUZZ_CHECK(limited.size() <= limit + 5 &&
                       StreamDecoder::escapeControls(plainOut, false).startsWith(limited),
               QStringLiteral("%1: limit %2 gave %3")
                       .arg(input())
                       .arg(limit)
                       .arg(fuzz::describeText(limited)));

    const PayloadResult back = PayloadCodec::encodeText(escapingOut, encoding, true);
    FUZZ_CHECK(back.ok() && back.bytes == stream,
               QStringLiteral("%1: decoded as %2, encoded back as %3 (%4)")
                       .arg(input(), fuzz::describeText(escapingOut),
                            fuzz::describeBytes(back.bytes), back.error));
    return 0;
}
