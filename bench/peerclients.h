#pragma once

#include <cstdint>
#include <string>
#include <vector>

// The peers' side: many non-blocking connections to 127.0.0.1 from one process, watched with
// epoll.
class PeerClients
{
public:
    explicit PeerClients(int count);
    ~PeerClients();
    PeerClients(const PeerClients &) = delete;
    PeerClients &operator=(const PeerClients &) = delete;

    // Opens every connection and waits until each has completed its handshake; returns how many
    // did. A completed handshake does not mean the server has accepted the connection.
    int connectAll(std::uint16_t port, int timeoutMs, std::string *error);
    // Watches every connection for data; call before the server sends.
    void watchForData();
    // Reads until `expected` connections have received exactly payload, or timeoutMs pass;
    // returns how many did, and when the last one did.
    int receiveAll(const std::string &payload, int expected, int timeoutMs, std::int64_t *lastNs);
    void closeAll();

private:
    void watch(size_t index, std::uint32_t events, int operation);

    std::vector<int> m_fds;
    int m_epoll = -1;
};

// Kernel counters of the listen queue (system-wide, from /proc/net/netstat): connections that
// found the accept queue full, and SYN cookies sent because the SYN queue was full.
struct ListenCounters
{
    long long overflows = 0;
    long long cookiesSent = 0;

    static ListenCounters read();
};
