#include "jsonline.h"

namespace {

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    static const char digits[] = "0123456789abcdef";
    const char escape[] = {'\\',
                           'u',
                           digits[(unit >> 12) & 0xF],
                           digits[(unit >> 8) & 0xF],
                           digits[(unit >> 4) & 0xF],
                           digits[unit & 0xF]};
    out.append(escape, sizeof escape);
}

} // namespace

JsonLine &JsonLine::add(QStringView key, QStringView value)
{
    appendKey(key);
    appendString(m_body, value);
    return *this;
}

JsonLine &JsonLine::add(QStringView key, qint64 value)
{
    appendKey(key);
    m_body += QByteArray::number(value);
    return *this;
}

QByteArray JsonLine::toLine() const
{
    QByteArray line;
    line.reserve(m_body.size() + 3);
    line += '{';
    line += m_body;
    line += "}\n";
    return line;
}

void JsonLine::appendKey(QStringView key)
{
    if (!m_body.isEmpty())
        m_body += ',';
    appendString(m_body, key);
    m_body += ':';
}

void JsonLine::appendString(QByteArray &out, QStringView value)
{
    out += '"';
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += value.sliced(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t unit = value.at(i).unicode();
        const char *escape = nullptr;
        switch (unit) {
        case u'"': escape = "\\\""; break;
        case u'\\': escape = "\\\\"; break;
        case u'\b': escape = "\\b"; break;
        case u'\f': escape = "\\f"; break;
        case u'\n': escape = "\\n"; break;
        case u'\r': escape = "\\r"; break;
        case u'\t': escape = "\\t"; break;
        default: break;
        }
        if (escape) {
            flush(i);
            out += escape;
            runStart = i + 1;
            continue;
        }
        if (unit < 0x20) {
            flush(i);
            appendUnicodeEscape(out, unit);
            runStart = i + 1;
            continue;
        }
        if (QChar::isSurrogate(unit)) {
            const bool paired = QChar::isHighSurrogate(unit) && i + 1 < value.size() &&
                                QChar::isLowSurrogate(value.at(i + 1).unicode());
            if (paired) {
                ++i;
                continue;
            }
            flush(i);
            appendUnicodeEscape(out, unit);
            runStart = i + 1;
        }
    }
    flush(value.size());
    out += '"';
}
