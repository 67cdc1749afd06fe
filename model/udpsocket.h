#pragma once

#include <QHashFunctions>
#include <QHostAddress>
#include <array>
#include <cstddef>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>

// A socket address as sendto() takes it; length 0 for none.
struct Endpoint
{
    sockaddr_storage storage{};
    socklen_t length = 0;

    bool isValid() const { return length != 0; }
};

// A remote's address and port as raw bytes, cheap to build and hash for every datagram. An IPv4
// peer is the same key whether it came plain or v4-mapped.
struct RemoteKey
{
    // 0-15 address (IPv4 in 0-3), 16-17 port, 18 family (4 or 6), 20-23 IPv6 scope.
    std::array<quint8, 24> bytes{};

    bool isIPv4() const { return bytes[18] == 4; }
    friend bool operator==(const RemoteKey &a, const RemoteKey &b) { return a.bytes == b.bytes; }
    friend bool operator!=(const RemoteKey &a, const RemoteKey &b) { return !(a == b); }
    friend size_t qHash(const RemoteKey &key, size_t seed = 0)
    {
        return qHashBits(key.bytes.data(), key.bytes.size(), seed);
    }
};

// The datagram socket descriptor of a UdpSession and the Linux system calls made on it.
class UdpSocket
{
public:
    // IPv4: AF_INET. IPv6Only: AF_INET6 with IPV6_V6ONLY. DualStack: AF_INET6 that also carries
    // IPv4 as v4-mapped addresses.
    enum class Family { IPv4, IPv6Only, DualStack };

    // Datagrams read by one receive(), at most.
    static constexpr int kBatch = 64;
    // Room for the largest UDP payload, IPv4 or IPv6.
    static constexpr int kBufferBytes = 65536;

    // One ICMP or local error from the socket's error queue (IP_RECVERR).
    struct QueuedError
    {
        int errorCode = 0; // errno value
        quint8 origin = 0; // SO_EE_ORIGIN_*
        quint8 type = 0;
        quint8 code = 0;
        quint32 info = 0; // the MTU, for "too large" errors
        Endpoint destination;
    };

    UdpSocket();
    ~UdpSocket();
    UdpSocket(const UdpSocket &) = delete;
    UdpSocket &operator=(const UdpSocket &) = delete;

    // Creates a non-blocking socket bound to address and port (see Family for which kind);
    // returns 0 or the errno of what failed.
    int open(const QHostAddress &address, quint16 port);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    int descriptor() const { return m_fd; }
    Family family() const { return m_family; }
    QHostAddress localAddress() const;
    quint16 localPort() const;

    // Each returns 0 or an errno.
    int setBroadcast(bool on);
    int setReceiveBufferSize(int bytes);
    int enableDropCounter();
    int enableErrorQueue();
    int setMulticastTtl(int ttl);
    int setMulticastLoopback(bool on);
    // ifindex 0 and a null ipv4 for the system's choice.
    int setMulticastInterface(int ifindex, const QHostAddress &ipv4);
    int setMembership(const QHostAddress &group, int ifindex, const QHostAddress &ipv4, bool join);

    // Whether this socket can send to and join groups of that address's family.
    bool reaches(const QHostAddress &address) const;
    // The address as this socket's sendto() wants it: v4-mapped on a dual-stack socket. Invalid
    // when the socket cannot reach it.
    Endpoint endpointFor(const QHostAddress &address, quint16 port) const;

    // Reads what is waiting, up to kBatch datagrams: returns how many, 0 when none is waiting, or
    // -errno.
    int receive();
    const char *data(int index) const;
    int size(int index) const;
    const sockaddr_storage &sender(int index) const;
    socklen_t senderLength(int index) const;
    // The kernel's cumulative count of datagrams dropped on this socket (SO_RXQ_OVFL) as it stood
    // when the datagram was queued; false when the datagram carries none.
    bool dropCount(int index, quint32 *count) const;

    // Sends one datagram; returns 0 or an errno.
    int sendTo(const Endpoint &to, const QByteArray &data);
    // Takes one error from the error queue; false when it is empty.
    bool takeError(QueuedError *error);

    static RemoteKey keyOf(const sockaddr_storage &address, socklen_t length);
    static RemoteKey keyOf(const Endpoint &endpoint)
    {
        return keyOf(endpoint.storage, endpoint.length);
    }
    // The address and port, an IPv4 peer as plain IPv4.
    static QHostAddress addressOf(const sockaddr_storage &address, socklen_t length,
                                  quint16 *port = nullptr);
    static QHostAddress addressOf(const Endpoint &endpoint, quint16 *port = nullptr)
    {
        return addressOf(endpoint.storage, endpoint.length, port);
    }

private:
    int setOption(int level, int name, int value);
    // Sets the option of each IP version the socket carries: IPv4's, then IPv6's.
    int setIpOption(int ipv4Name, int ipv6Name, int value);
    // As getsockname() gives it; invalid when closed.
    Endpoint localEndpoint() const;

    int m_fd = -1;
    Family m_family = Family::IPv4;
    // Allocated once, on the first open(): kBatch buffers of kBufferBytes and their headers.
    std::unique_ptr<char[]> m_buffers;
    std::unique_ptr<mmsghdr[]> m_headers;
    std::unique_ptr<iovec[]> m_vectors;
    std::unique_ptr<sockaddr_storage[]> m_senders;
    std::unique_ptr<char[]> m_controls;
};
