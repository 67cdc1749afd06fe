#include "systemlimits.h"

#include <QByteArray>
#include <QtGlobal>
#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace SystemLimits {

void prepareForManyConnections()
{
    raiseFileLimit();
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArray("1"));
}

void releaseFreeMemory()
{
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

void raiseFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == limit.rlim_max)
        return;
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
        return;
    // Some systems refuse an unlimited or very high soft limit (macOS: OPEN_MAX; Linux:
    // fs.nr_open) while reporting it as the hard limit; a million is far beyond any need here.
    constexpr rlim_t kFallback = 1 << 20;
    if (limit.rlim_cur < kFallback) {
        raised.rlim_cur = kFallback;
        ::setrlimit(RLIMIT_NOFILE, &raised);
    }
#endif
}

int fileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<int>::max();
    return int(std::min<rlim_t>(limit.rlim_cur, rlim_t(std::numeric_limits<int>::max())));
#else
    return std::numeric_limits<int>::max();
#endif
}

int connectionCap()
{
    const int files = fileLimit();
    if (files <= kReservedFiles)
        return 1;
    return std::min(files - kReservedFiles, kMaxConnectionsCeiling);
}

} // namespace SystemLimits
