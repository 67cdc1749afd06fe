#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <cstdio>
#include <cstdlib>

// Failure reporting shared by the harnesses: a property that does not hold prints what it is
// and the values involved on stderr, then aborts so that libFuzzer saves the input.

namespace fuzz {

[[noreturn]] inline void fail(const char *property, const char *file, int line,
                              const QString &detail)
{
    std::fprintf(stderr, "\n==== PROPERTY FAILED at %s:%d: %s\n%s\n", file, line, property,
                 qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

// Text as ASCII with every other code unit as \uXXXX, so that surrogates and controls show.
inline QString describeText(QStringView text)
{
    QString out = QStringLiteral("\"");
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c < 0x7F && c != u'"')
            out += ch;
        else
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QChar(u'0'));
    }
    out += u'"';
    return out;
}

inline QString describeBytes(QByteArrayView bytes)
{
    return QStringLiteral("[%1]").arg(QString::fromLatin1(bytes.toByteArray().toHex(' ')));
}

} // namespace fuzz

// The detail is only built when the property fails.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                  \
    } while (false)
