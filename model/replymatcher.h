#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <optional>

// Decides whether received bytes are the reply a user waits for (a step of a sequence) or answers
// (an auto-reply rule): any bytes; the text, in an encoding, equal to, starting with, containing
// or matching a regular expression; or the bytes starting with a hex pattern in which ?? stands
// for any byte ("01 03 ?? 02").
class ReplyMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ReplyMatcher)

public:
    enum class Kind { Any, Exact, Prefix, Contains, Regex, Hex };

    // Fixed English names for files and the command line: "any", "exact", "prefix", "contains",
    // "regex", "hex".
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString &key); // case-insensitive
    static QString displayName(Kind kind);                  // "Contains", translated

    // Matches anything until set() says otherwise.
    ReplyMatcher() = default;
    // False, with *error naming the problem (a regular expression that does not compile, with
    // its message and position; a hex pattern that is not pairs of hex digits or ??; an empty
    // pattern where one is needed, an encoding Qt lacks), and the matcher unchanged. Only the
    // text kinds read the encoding, so only they check it.
    bool set(Kind kind, const QString &pattern, const QString &encoding, QString *error);

    Kind kind() const { return m_kind; }
    QString pattern() const { return m_pattern; }
    bool matches(QByteArrayView data) const;

private:
    Kind m_kind = Kind::Any;
    QString m_pattern;
    QString m_encoding = QStringLiteral("UTF-8");
    QRegularExpression m_regex;
    QByteArray m_hexBytes;
    QByteArray m_hexMask; // 0: the byte is ??, any value
};
