#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>
#include <vector>

// A TCP sink on a thread of the driver, for scenarios whose measured side sends: it listens on
// 127.0.0.1 at a free port, accepts one connection, and hands each read, with the time it
// returned, to a consumer until the sender closes. Reads block, so that each one returns as soon
// as the kernel has bytes, and the time taken is the time they arrived.
class RawSink
{
public:
    // size, with the time the read returned (Measure::nowNs()).
    using Consumer = std::function<void(const char *data, std::size_t size, std::int64_t nowNs)>;

    RawSink(std::size_t bufferSize, Consumer consumer);
    RawSink(const RawSink &) = delete;
    RawSink &operator=(const RawSink &) = delete;
    ~RawSink();

    // Listens and starts the thread; false, with *error, when it cannot listen.
    bool start(std::string *error);
    std::uint16_t port() const { return m_port; }
    // Waits for the sender to close, or for idleSeconds without a byte, or gives up at once if
    // nobody has connected (the measured side failed); the thread has ended after it.
    void join();
    // Why the sink stopped other than by the sender closing; empty after a clean end.
    const std::string &error() const { return m_error; }

private:
    void run();

    static constexpr int kAcceptTimeoutMs = 60000;
    static constexpr int kIdleSeconds = 60;

    std::vector<char> m_buffer;
    Consumer m_consumer;
    std::thread m_thread;
    std::atomic<bool> m_giveUp{false};
    int m_listener = -1;
    std::uint16_t m_port = 0;
    std::string m_error;
};
