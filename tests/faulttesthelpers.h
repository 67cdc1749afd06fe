#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QtGlobal>
#include <arpa/inet.h>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

// What the fault and hostile-peer tests share: how big to make them, what the process holds
// (descriptors, memory), and plain POSIX sockets for peers that behave as no QTcpSocket would.
namespace FaultTest {

// NETDEBUG_FAULT_SCALE shrinks the heaviest tests (the sanitizer build sets 0.0625); 1 is full
// size.
inline double scale()
{
    bool ok = false;
    const double value = qEnvironmentVariable("NETDEBUG_FAULT_SCALE").toDouble(&ok);
    return ok && value > 0 ? value : 1.0;
}

inline qint64 scaled(qint64 full, qint64 minimum)
{
    return qMax(minimum, qint64(double(full) * scale()));
}

// True when AddressSanitizer keeps freed memory in quarantine, so that RSS says little.
constexpr bool kSanitized =
#if defined(__SANITIZE_ADDRESS__)
        true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        true;
#else
        false;
#endif
#else
        false;
#endif

// Runs the event loop until predicate() holds or timeoutMs have passed; returns predicate().
// Unlike QTest::qWaitFor(), which sleeps between rounds, the loop waits for events, so sockets
// are served as fast as they would be in the application.
template<typename Predicate>
bool waitUntil(Predicate predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return predicate();
}

// The number of file descriptors this process has open.
inline int openFileCount()
{
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count - 1; // the directory itself
}

// The resident set size in bytes, from /proc/self/status; -1 when unknown.
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Restores the limit on open files when it leaves scope, whatever the test did to it.
class FileLimitGuard
{
public:
    FileLimitGuard() { ::getrlimit(RLIMIT_NOFILE, &m_saved); }
    ~FileLimitGuard() { restore(); }
    FileLimitGuard(const FileLimitGuard &) = delete;
    FileLimitGuard &operator=(const FileLimitGuard &) = delete;

    bool setSoftLimit(rlim_t soft)
    {
        rlimit limit = m_saved;
        limit.rlim_cur = soft;
        return ::setrlimit(RLIMIT_NOFILE, &limit) == 0;
    }
    void restore() { ::setrlimit(RLIMIT_NOFILE, &m_saved); }

private:
    rlimit m_saved{};
};

// A TCP socket to 127.0.0.1:port, optionally from a given local IPv4 address; -1 on failure.
// A non-blocking one may still be connecting when this returns.
inline int connectTo(quint16 port, bool blocking, const char *from = nullptr)
{
    const int fd =
            ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (blocking ? 0 : SOCK_NONBLOCK), 0);
    if (fd < 0)
        return -1;
    if (from) {
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, from, &local.sin_addr);
        if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) != 0) {
            ::close(fd);
            return -1;
        }
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 &&
        errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Makes the socket's close send a RST instead of a FIN: SO_LINGER with a zero timeout. Also for
// the descriptor of a QTcpSocket, before its abort().
inline bool setResetOnClose(int fd)
{
    const linger abortive{1, 0};
    return ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive) == 0;
}

// Closes with a RST instead of a FIN.
inline void resetAndClose(int fd)
{
    setResetOnClose(fd);
    ::close(fd);
}

// Waits in the kernel, not in the event loop, until the other end has reset or closed the
// connection on fd; true if it did within timeoutMs. Lets a test make a socket find out by
// writing, before its event loop has had a chance to read the news.
inline bool waitForHangUp(int fd, int timeoutMs)
{
    pollfd waiting{fd, POLLRDHUP, 0};
    return ::poll(&waiting, 1, timeoutMs) == 1 &&
           (waiting.revents & (POLLERR | POLLHUP | POLLRDHUP));
}

// Sends all of data on a blocking socket; false when the connection failed.
inline bool sendAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        data += sent;
        size -= size_t(sent);
    }
    return true;
}

// Receives exactly size bytes on a blocking socket; false when the connection ended first.
inline bool receiveAll(int fd, char *data, size_t size)
{
    while (size > 0) {
        const ssize_t got = ::recv(fd, data, size, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        data += got;
        size -= size_t(got);
    }
    return true;
}

} // namespace FaultTest
