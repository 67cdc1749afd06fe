#include "rawsink.h"

#include "measure.h"
#include "sockets.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

RawSink::RawSink(std::size_t bufferSize, Consumer consumer)
    : m_buffer(bufferSize)
    , m_consumer(std::move(consumer))
{}

RawSink::~RawSink()
{
    join();
}

bool RawSink::start(std::string *error)
{
    m_listener = Sockets::listenLoopback(1, &m_port);
    if (m_listener < 0) {
        *error = std::string("listen: ") + std::strerror(errno);
        return false;
    }
    m_thread = std::thread(&RawSink::run, this);
    return true;
}

void RawSink::join()
{
    m_giveUp = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        close(m_listener);
    m_listener = -1;
}

void RawSink::run()
{
    int fd = -1;
    // In short waits, so that join() ends the wait when the measured side never connects.
    for (int waited = 0; fd < 0 && waited < kAcceptTimeoutMs && !m_giveUp; waited += 100)
        fd = Sockets::acceptWithin(m_listener, 100);
    if (fd < 0)
        fd = Sockets::acceptWithin(m_listener, 0); // one that came just before join()
    if (fd < 0) {
        m_error = "nobody connected to the sink";
        return;
    }
    const timeval timeout{kIdleSeconds, 0}; // a sender that went quiet without closing
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    for (;;) {
        const ssize_t n = recv(fd, m_buffer.data(), m_buffer.size(), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            m_error = std::string("sink recv: ") + std::strerror(errno);
        if (n <= 0)
            break;
        m_consumer(m_buffer.data(), std::size_t(n), Measure::nowNs());
    }
    close(fd);
}
