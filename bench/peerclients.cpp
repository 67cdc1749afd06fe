#include "peerclients.h"

#include "measure.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <netinet/in.h>
#include <sstream>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

PeerClients::PeerClients(int count)
    : m_fds(size_t(count), -1)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
{}

PeerClients::~PeerClients()
{
    closeAll();
    close(m_epoll);
}

void PeerClients::watch(size_t index, std::uint32_t events, int operation)
{
    epoll_event event{};
    event.events = events;
    event.data.u32 = std::uint32_t(index);
    epoll_ctl(m_epoll, operation, m_fds[index], &event);
}

int PeerClients::connectAll(std::uint16_t port, int timeoutMs, std::string *error)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int pending = 0;
    for (size_t i = 0; i < m_fds.size(); ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            *error = std::string("socket: ") + std::strerror(errno);
            break;
        }
        m_fds[i] = fd;
        if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 &&
            errno != EINPROGRESS) {
            *error = std::string("connect: ") + std::strerror(errno);
            continue;
        }
        watch(i, EPOLLOUT, EPOLL_CTL_ADD);
        ++pending;
    }
    int connected = 0;
    const std::int64_t deadline = Measure::nowNs() + std::int64_t(timeoutMs) * 1000000;
    std::vector<epoll_event> events(1024);
    while (pending > 0 && Measure::nowNs() < deadline) {
        const int n = epoll_wait(m_epoll, events.data(), int(events.size()), 100);
        for (int e = 0; e < n; ++e) {
            const size_t i = events[e].data.u32;
            int status = 0;
            socklen_t length = sizeof status;
            getsockopt(m_fds[i], SOL_SOCKET, SO_ERROR, &status, &length);
            if (status == 0)
                ++connected;
            else
                *error = std::string("connect: ") + std::strerror(status);
            watch(i, 0, EPOLL_CTL_MOD);
            --pending;
        }
    }
    return connected;
}

void PeerClients::watchForData()
{
    for (size_t i = 0; i < m_fds.size(); ++i) {
        if (m_fds[i] >= 0)
            watch(i, EPOLLIN, EPOLL_CTL_MOD);
    }
}

int PeerClients::receiveAll(const std::string &payload, int expected, int timeoutMs,
                            std::int64_t *lastNs)
{
    int complete = 0;
    int failed = 0;
    std::map<size_t, std::string> data;
    std::vector<epoll_event> events(1024);
    const std::int64_t deadline = Measure::nowNs() + std::int64_t(timeoutMs) * 1000000;
    while (complete + failed < expected && Measure::nowNs() < deadline) {
        const int n = epoll_wait(m_epoll, events.data(), int(events.size()), 100);
        for (int e = 0; e < n; ++e) {
            const size_t i = events[e].data.u32;
            char buffer[256];
            const ssize_t got = recv(m_fds[i], buffer, sizeof buffer, 0);
            if (got <= 0) {
                ++failed;
                watch(i, 0, EPOLL_CTL_MOD);
                continue;
            }
            std::string &received = data[i];
            received.append(buffer, size_t(got));
            if (received.size() >= payload.size()) {
                if (received == payload)
                    ++complete;
                else
                    ++failed;
                watch(i, 0, EPOLL_CTL_MOD);
                *lastNs = Measure::nowNs();
            }
        }
    }
    return complete;
}

void PeerClients::closeAll()
{
    for (int &fd : m_fds) {
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
}

ListenCounters ListenCounters::read()
{
    // Two "TcpExt:" lines: the names, then the values.
    std::ifstream file("/proc/net/netstat");
    std::string names, values;
    while (std::getline(file, names) && names.rfind("TcpExt:", 0) != 0) {
    }
    std::getline(file, values);
    std::istringstream nameStream(names), valueStream(values);
    ListenCounters counters;
    for (std::string name, value; nameStream >> name && valueStream >> value;) {
        if (name == "ListenOverflows")
            counters.overflows = std::stoll(value);
        else if (name == "TCPReqQFullDoCookies")
            counters.cookiesSent = std::stoll(value);
    }
    return counters;
}
