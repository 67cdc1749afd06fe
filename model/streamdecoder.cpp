#include "streamdecoder.h"

#include <QHash>
#include <QMutex>
#include <QStringEncoder>
#include <tuple>

namespace {

// ASCII stretches shorter than this, inside a run of other characters, go to the converter with
// the run: one conversion call more costs about as much as converting this many ASCII bytes.
constexpr qsizetype kMinVerbatimRun = 16;

bool isSuspect(char16_t ch)
{
    // ICU maps bytes it cannot decode to U+FFFD, and GBK's junk bytes to the private use area.
    return ch == 0xFFFD || (ch >= 0xE000 && ch <= 0xF8FF);
}

bool containsSuspect(const QString &text)
{
    for (QChar ch : text) {
        if (isSuspect(ch.unicode()))
            return true;
    }
    return false;
}

bool inRange(uchar b, uchar lo, uchar hi)
{
    return b >= lo && b <= hi;
}

int utf8Length(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2 || lead > 0xF4)
        return -1;
    const int need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    // Second-byte limits reject overlong forms, surrogates and code points above U+10FFFF.
    uchar lo = 0x80, hi = 0xBF;
    if (lead == 0xE0)
        lo = 0xA0;
    else if (lead == 0xED)
        hi = 0x9F;
    else if (lead == 0xF0)
        lo = 0x90;
    else if (lead == 0xF4)
        hi = 0x8F;
    for (int k = 1; k < need; ++k) {
        if (k >= available)
            return 0;
        if (k == 1 ? !inRange(p[k], lo, hi) : !inRange(p[k], 0x80, 0xBF))
            return -1;
    }
    return need;
}

// Double-byte encodings: a lead byte takes exactly one trail byte; any other byte stands alone.
int doubleByteLength(const uchar *p, qsizetype available, bool (*isLead)(uchar),
                     bool (*isTrail)(uchar))
{
    if (!isLead(p[0]))
        return 1;
    if (available < 2)
        return 0;
    return isTrail(p[1]) ? 2 : -1;
}

bool gbkLead(uchar b)
{
    return inRange(b, 0x81, 0xFE);
}
bool gbkTrail(uchar b)
{
    return inRange(b, 0x40, 0xFE) && b != 0x7F;
}
bool big5Trail(uchar b)
{
    return inRange(b, 0x40, 0x7E) || inRange(b, 0xA1, 0xFE);
}
bool sjisLead(uchar b)
{
    return inRange(b, 0x81, 0x9F) || inRange(b, 0xE0, 0xFC);
}
bool sjisTrail(uchar b)
{
    return inRange(b, 0x40, 0xFC) && b != 0x7F;
}
bool euckrTrail(uchar b)
{
    return inRange(b, 0x41, 0xFE);
}

int gb18030Length(const uchar *p, qsizetype available)
{
    if (!gbkLead(p[0]) || available < 2 || !inRange(p[1], 0x30, 0x39))
        return doubleByteLength(p, available, gbkLead, gbkTrail);
    if (available >= 3 && !inRange(p[2], 0x81, 0xFE))
        return -1;
    if (available < 4)
        return 0;
    return inRange(p[3], 0x30, 0x39) ? 4 : -1;
}

} // namespace

StreamDecoder::StreamDecoder(const QString &encoding)
    : m_encoding(encoding)
    , m_family(familyFor(encoding))
{
    if (m_family == Family::Unsupported)
        return;
    if (m_family == Family::Utf8) {
        // A byte order mark is data in the stream: QString::fromUtf8() would drop one at the
        // start of a run, that is after every chunk boundary.
        m_decoder = std::make_unique<QStringDecoder>(
                QStringConverter::Utf8,
                QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        m_asciiAsItself.set();
        updateVerbatim();
        return;
    }
    // On the heap, so that a StreamDecoder can move while the converters stay put: a moved ICU
    // converter in Qt 6.4 points its error callback at a stale address.
    const QByteArray name = encoding.toLatin1();
    m_decoder =
            std::make_unique<QStringDecoder>(name.constData(), QStringConverter::Flag::Stateless);
    m_encoder =
            std::make_unique<QStringEncoder>(name.constData(), QStringConverter::Flag::Stateless);
    if (!m_decoder->isValid() || !m_encoder->isValid()) {
        m_family = Family::Unsupported;
        return;
    }
    QStringEncoder encoder(name.constData());
    const QByteArray replacement = encoder.encode(QStringView(u"\uFFFD"));
    if (!encoder.hasError())
        m_encodedReplacement = replacement;
    // In IBM-949 (ICU's cp949) the backslash is 0x82, while the escape \\ stands for 0x5C.
    const QByteArray backslash = m_encoder->encode(QStringView(u"\\"));
    if (backslash != "\\") {
        m_backslashEscape.clear();
        for (char byte : backslash)
            appendEscape(uchar(byte), m_backslashEscape);
    }
    learnConverter();
    updateVerbatim();
}

void StreamDecoder::learnConverter()
{
    // The same for every decoder of an encoding, and costly enough (a conversion per byte) to
    // slow down decodeAll() tenfold: worked out once per name.
    static QMutex mutex;
    static QHash<QString, std::pair<std::bitset<256>, std::bitset<128>>> known;
    const QMutexLocker locker(&mutex);
    if (const auto it = known.constFind(m_encoding); it != known.cend()) {
        std::tie(m_leadsDecodedAlone, m_asciiAsItself) = *it;
        return;
    }
    for (int value = 0; value <= 0xFF; ++value) {
        const uchar byte = uchar(value);
        const QByteArrayView single(&byte, 1);
        m_decoder->resetState();
        const QString text = m_decoder->decode(single);
        if (unitLength(&byte, 1) == 0 && isExact(single, text))
            m_leadsDecodedAlone.set(byte);
        // Shift_JIS tables disagree on 0x5C and 0x7E (yen and overline in JIS X 0201), and ICU's
        // cp949 and cp950 swap 0x1A, 0x1C and 0x7F: only what decodes as itself is copied.
        if (byte < 0x80 && m_family != Family::ShiftJis && text == QChar(byte) &&
            isExact(single, text))
            m_asciiAsItself.set(byte);
    }
    known.insert(m_encoding, {m_leadsDecodedAlone, m_asciiAsItself});
}

void StreamDecoder::setEscapeBackslashes(bool on)
{
    m_escapeBackslashes = on;
    updateVerbatim();
}

void StreamDecoder::setAsciiFastPath(bool on)
{
    m_asciiFastPath = on;
    updateVerbatim();
}

void StreamDecoder::updateVerbatim()
{
    // No encoding here has an ASCII lead byte, so at a unit boundary an ASCII byte is a whole
    // character; where the converter decodes it as itself, copying it gives the same text.
    m_verbatim.fill(false);
    if (!m_asciiFastPath)
        return;
    for (int byte = 0; byte < 0x80; ++byte)
        m_verbatim[size_t(byte)] = m_asciiAsItself.test(size_t(byte));
    if (m_escapeBackslashes)
        m_verbatim[size_t('\\')] = false;
}

qsizetype StreamDecoder::verbatimLength(const uchar *p, qsizetype available) const
{
    qsizetype length = 0;
    while (length < available && m_verbatim[p[length]])
        ++length;
    return length;
}

StreamDecoder::Family StreamDecoder::familyFor(const QString &encoding)
{
    const QString name = encoding.trimmed().toLower();
    if (name == u"utf-8" || name == u"utf8")
        return Family::Utf8;
    if (name == u"gbk" || name == u"gb2312" || name == u"cp936" || name == u"windows-936")
        return Family::Gbk;
    if (name == u"gb18030")
        return Family::Gb18030;
    if (name == u"big5" || name == u"big5-hkscs" || name == u"cp950")
        return Family::Big5;
    if (name == u"shift_jis" || name == u"sjis" || name == u"cp932" || name == u"windows-31j")
        return Family::ShiftJis;
    if (name == u"euc-kr" || name == u"cp949")
        return Family::EucKr;
    if (name.startsWith(u"iso-8859-") || name.startsWith(u"windows-125") ||
        name.startsWith(u"koi8-") || name == u"latin1" || name == u"latin-1" || name == u"us-ascii")
        return Family::SingleByte;
    return Family::Unsupported;
}

int StreamDecoder::unitLength(const uchar *p, qsizetype available) const
{
    switch (m_family) {
    case Family::Utf8: return utf8Length(p, available);
    case Family::Gbk: return doubleByteLength(p, available, gbkLead, gbkTrail);
    case Family::Gb18030: return gb18030Length(p, available);
    case Family::Big5: return doubleByteLength(p, available, gbkLead, big5Trail);
    case Family::ShiftJis: return doubleByteLength(p, available, sjisLead, sjisTrail);
    case Family::EucKr: return doubleByteLength(p, available, gbkLead, euckrTrail);
    case Family::SingleByte:
    case Family::Unsupported: break;
    }
    return 1;
}

QString StreamDecoder::decode(QByteArrayView chunk)
{
    if (!isValid())
        return {};
    QByteArray joined;
    QByteArrayView input = chunk;
    if (!m_pending.isEmpty()) {
        joined = m_pending + chunk.toByteArray();
        input = joined;
    }
    const auto *p = reinterpret_cast<const uchar *>(input.data());
    const qsizetype n = input.size();
    QString out;
    out.reserve(n);
    qsizetype i = 0;
    qsizetype runStart = 0;
    while (i < n) {
        // i is at a unit boundary, so this never splits a character, nor reads into one that is
        // pending: a pending character starts with a lead byte, which is never ASCII.
        const qsizetype verbatim = verbatimLength(p + i, n - i);
        if (verbatim > 0) {
            // Copying a stretch cuts the converter's run in two, a call more: worth it only
            // for a long stretch or one at either end of the run.
            if (verbatim >= kMinVerbatimRun || runStart == i || i + verbatim == n) {
                appendRun(input.sliced(runStart, i - runStart), out);
                out += QLatin1String(input.data() + i, verbatim);
                runStart = i + verbatim;
            }
            i += verbatim;
            continue;
        }
        const int len = unitLength(p + i, n - i);
        if (len == 0)
            break;
        if (len < 0) {
            appendRun(input.sliced(runStart, i - runStart), out);
            appendEscape(p[i], out);
            runStart = ++i;
            continue;
        }
        i += len;
    }
    appendRun(input.sliced(runStart, i - runStart), out);
    m_pending = input.sliced(i).toByteArray();
    return out;
}

QString StreamDecoder::finish()
{
    QString out;
    for (char byte : std::as_const(m_pending))
        appendEscape(uchar(byte), out);
    m_pending.clear();
    return out;
}

QString StreamDecoder::decodeAll(const QString &encoding, QByteArrayView bytes)
{
    StreamDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    text += decoder.finish();
    return text;
}

QString StreamDecoder::escapeControls(QStringView text, bool keepLineBreaks, qsizetype limit)
{
    QString out;
    out.reserve(qMin(text.size(), limit) + 16);
    for (QChar ch : text) {
        if (out.size() >= limit)
            break;
        const char16_t c = ch.unicode();
        if (keepLineBreaks && (c == u'\n' || c == u'\t')) {
            out += ch;
            continue;
        }
        switch (c) {
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c < 0x20 || c == 0x7F)
                appendEscape(uchar(c), out);
            else if (c >= 0x80 && c <= 0x9F)
                out += QStringLiteral("\\u%1").arg(
                        QString::number(c, 16).toUpper().rightJustified(4, u'0'));
            else
                out += ch;
        }
    }
    return out;
}

QString StreamDecoder::escapeByte(uchar byte)
{
    QString out;
    appendEscape(byte, out);
    return out;
}

void StreamDecoder::appendEscape(uchar byte, QString &out)
{
    static const char digits[] = "0123456789ABCDEF";
    const QChar chars[] = {u'\\', u'x', QChar(digits[byte >> 4]), QChar(digits[byte & 0xF])};
    out.append(chars, 4);
}

void StreamDecoder::appendDecoded(const QString &text, QString &out) const
{
    if (!m_escapeBackslashes || !text.contains(u'\\')) {
        out += text;
        return;
    }
    for (QChar ch : text) {
        if (ch == u'\\')
            out += m_backslashEscape;
        else
            out += ch;
    }
}

void StreamDecoder::appendRun(QByteArrayView run, QString &out)
{
    if (run.isEmpty())
        return;
    if (m_family == Family::Utf8) {
        // Already validated by utf8Length(). Binary data makes many short runs between escapes:
        // each is decoded straight into out, with no string of its own.
        if (m_escapeBackslashes && run.contains('\\')) {
            appendDecoded(m_decoder->decode(run), out);
            return;
        }
        const qsizetype start = out.size();
        out.resize(start + run.size()); // UTF-16 never has more units than UTF-8 has bytes
        QChar *begin = out.data() + start;
        out.truncate(start + (m_decoder->appendToBuffer(begin, run) - begin));
        return;
    }
    // Where the converter reads a lead byte of the unit rules as a character of its own, it
    // cuts the run into characters differently from the units, and a read boundary between two
    // units would change the result: such a run is decoded unit by unit.
    for (char byte : run) {
        if (m_leadsDecodedAlone.test(uchar(byte))) {
            appendRunByUnit(run, out);
            return;
        }
    }
    m_decoder->resetState();
    const QString text = m_decoder->decode(run);
    if (isExact(run, text))
        appendDecoded(text, out);
    else
        appendRunByUnit(run, out);
}

void StreamDecoder::appendRunByUnit(QByteArrayView run, QString &out)
{
    const auto *p = reinterpret_cast<const uchar *>(run.data());
    qsizetype i = 0;
    while (i < run.size()) {
        const int len = qMax(1, unitLength(p + i, run.size() - i));
        const QByteArrayView unit = run.sliced(i, len);
        m_decoder->resetState();
        const QString text = m_decoder->decode(unit);
        if (isExact(unit, text)) {
            appendDecoded(text, out);
        } else {
            for (qsizetype k = 0; k < len; ++k)
                appendEscape(p[i + k], out);
        }
        i += len;
    }
}

bool StreamDecoder::isExact(QByteArrayView bytes, const QString &text)
{
    if (containsSuspect(text) && bytes != QByteArrayView(m_encodedReplacement))
        return false;
    // ICU writes U+001A for some junk bytes, silently drops an incomplete character, and decodes
    // a few codes to characters it writes differently: text must give back the very same bytes.
    m_encoder->resetState();
    const QByteArray encoded = m_encoder->encode(text);
    return encoded == bytes;
}
