#include "replymatcher.h"

#include "encodings.h"

#include <QStringDecoder>

namespace {

constexpr ReplyMatcher::Kind kKinds[] = {ReplyMatcher::Kind::Any,    ReplyMatcher::Kind::Exact,
                                         ReplyMatcher::Kind::Prefix, ReplyMatcher::Kind::Contains,
                                         ReplyMatcher::Kind::Regex,  ReplyMatcher::Kind::Hex};

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

bool isPatternSeparator(QChar ch)
{
    return ch == u' ' || ch == u'\t';
}

bool isTextKind(ReplyMatcher::Kind kind)
{
    return kind == ReplyMatcher::Kind::Exact || kind == ReplyMatcher::Kind::Prefix ||
           kind == ReplyMatcher::Kind::Contains || kind == ReplyMatcher::Kind::Regex;
}

} // namespace

QString ReplyMatcher::key(Kind kind)
{
    switch (kind) {
    case Kind::Any: return QStringLiteral("any");
    case Kind::Exact: return QStringLiteral("exact");
    case Kind::Prefix: return QStringLiteral("prefix");
    case Kind::Contains: return QStringLiteral("contains");
    case Kind::Regex: return QStringLiteral("regex");
    case Kind::Hex: return QStringLiteral("hex");
    }
    return {};
}

std::optional<ReplyMatcher::Kind> ReplyMatcher::fromKey(const QString &key)
{
    for (Kind kind : kKinds) {
        if (key.compare(ReplyMatcher::key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ReplyMatcher::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Any: return tr("Any reply");
    case Kind::Exact: return tr("Exactly");
    case Kind::Prefix: return tr("Starts with");
    case Kind::Contains: return tr("Contains");
    case Kind::Regex: return tr("Regular expression");
    case Kind::Hex: return tr("Hex pattern");
    }
    return {};
}

bool ReplyMatcher::set(Kind kind, const QString &pattern, const QString &encoding, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (kind != Kind::Any && pattern.isEmpty())
        return refuse(tr("The pattern is empty; write the reply to wait for."));

    QRegularExpression regex;
    if (kind == Kind::Regex) {
        regex.setPattern(pattern);
        if (!regex.isValid()) {
            return refuse(tr("The regular expression is not valid at position %1: %2.")
                                  .arg(regex.patternErrorOffset() + 1)
                                  .arg(regex.errorString()));
        }
    }
    if (isTextKind(kind)) {
        if (const QString problem = Encodings::problem(encoding); !problem.isEmpty())
            return refuse(problem);
    }

    QByteArray bytes;
    QByteArray mask;
    if (kind == Kind::Hex) {
        qsizetype i = 0;
        while (i < pattern.size()) {
            if (isPatternSeparator(pattern[i])) {
                ++i;
                continue;
            }
            const qsizetype tokenStart = i;
            while (i < pattern.size() && !isPatternSeparator(pattern[i])) {
                if (pattern[i] != u'?' && hexValue(pattern[i]) < 0) {
                    return refuse(tr("The character at position %1 of the hex pattern is not "
                                     "a hex digit, ? or a space.")
                                          .arg(i + 1));
                }
                ++i;
            }
            if ((i - tokenStart) % 2 != 0) {
                return refuse(tr("The hex pattern at position %1 has an odd number of digits; "
                                 "write each byte as two digits, or ?? for any byte.")
                                      .arg(tokenStart + 1));
            }
            for (qsizetype k = tokenStart; k < i; k += 2) {
                const bool anyHigh = pattern[k] == u'?';
                const bool anyLow = pattern[k + 1] == u'?';
                if (anyHigh != anyLow) {
                    return refuse(tr("\"%1\" at position %2 of the hex pattern is half a "
                                     "wildcard; write ?? for any byte, or two hex digits.")
                                          .arg(pattern.sliced(k, 2))
                                          .arg(k + 1));
                }
                bytes.append(anyHigh ? '\0'
                                     : char(hexValue(pattern[k]) << 4 | hexValue(pattern[k + 1])));
                mask.append(anyHigh ? '\0' : '\xff');
            }
        }
        if (bytes.isEmpty())
            return refuse(tr("The hex pattern has no bytes; write the reply to wait for."));
    }

    m_kind = kind;
    m_pattern = pattern;
    m_encoding = encoding;
    m_regex = regex;
    m_hexBytes = bytes;
    m_hexMask = mask;
    return true;
}

bool ReplyMatcher::matches(QByteArrayView data) const
{
    switch (m_kind) {
    case Kind::Any: return !data.isEmpty();
    case Kind::Hex:
        if (data.size() < m_hexBytes.size())
            return false;
        for (qsizetype i = 0; i < m_hexBytes.size(); ++i) {
            if ((data[i] & m_hexMask[i]) != m_hexBytes[i])
                return false;
        }
        return true;
    case Kind::Exact:
    case Kind::Prefix:
    case Kind::Contains:
    case Kind::Regex: break;
    }

    // The reply is matched as one piece, so a fresh decoder sees all of it; bytes the encoding
    // cannot decode become U+FFFD and simply do not match a pattern's characters.
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    const QString text = decoder.decode(data);
    switch (m_kind) {
    case Kind::Exact: return text == m_pattern;
    case Kind::Prefix: return text.startsWith(m_pattern);
    case Kind::Contains: return text.contains(m_pattern);
    case Kind::Regex: return m_regex.match(text).hasMatch();
    case Kind::Any:
    case Kind::Hex: break;
    }
    return false;
}
