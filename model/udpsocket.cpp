#include "udpsocket.h"

#include "channel.h"

#include <QNetworkInterface>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/errqueue.h>
#include <unistd.h>

namespace {

// Room per message for the SO_RXQ_OVFL counter (and whatever else might come with it).
constexpr int kControlBytes = 64;

bool isV4Mapped(const in6_addr &address)
{
    return IN6_IS_ADDR_V4MAPPED(&address);
}

// The IPv4 address (host order) a QHostAddress stands for, plain or v4-mapped.
bool ipv4Of(const QHostAddress &address, quint32 *ipv4)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        *ipv4 = address.toIPv4Address();
        return true;
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    in6_addr raw;
    std::memcpy(&raw, &bytes, sizeof raw);
    if (!isV4Mapped(raw))
        return false;
    quint32 network;
    std::memcpy(&network, raw.s6_addr + 12, sizeof network);
    *ipv4 = ntohl(network);
    return true;
}

// The interface of an IPv4 multicast option, by index or address (0 and null: the system's
// choice).
ip_mreqn ipv4Interface(int ifindex, const QHostAddress &ipv4)
{
    ip_mreqn request{};
    quint32 address = 0;
    if (ipv4Of(ipv4, &address))
        request.imr_address.s_addr = htonl(address);
    request.imr_ifindex = ifindex;
    return request;
}

quint32 scopeIdOf(const QHostAddress &address)
{
    const QString scope = address.scopeId();
    if (scope.isEmpty())
        return 0;
    bool numeric = false;
    const uint index = scope.toUInt(&numeric);
    if (numeric)
        return index;
    return quint32(qMax(0, QNetworkInterface::interfaceIndexFromName(scope)));
}

} // namespace

UdpSocket::UdpSocket() = default;

UdpSocket::~UdpSocket()
{
    close();
}

int UdpSocket::open(const QHostAddress &address, quint16 port)
{
    close();
    sockaddr_storage local{};
    socklen_t length = 0;
    int domain = AF_INET;
    Family family = Family::IPv4;
    const QHostAddress bound = normalizedAddress(address);
    quint32 ipv4 = 0;
    if (bound.protocol() == QAbstractSocket::AnyIPProtocol) {
        domain = AF_INET6;
        family = Family::DualStack;
    } else if (ipv4Of(bound, &ipv4)) {
        domain = AF_INET;
    } else if (bound.protocol() == QAbstractSocket::IPv6Protocol) {
        domain = AF_INET6;
        family = Family::IPv6Only;
    } else {
        return EAFNOSUPPORT;
    }

    int fd = ::socket(domain, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0 && errno == EAFNOSUPPORT && family == Family::DualStack) {
        // A system without IPv6: "any" is all IPv4 interfaces, as QUdpSocket does it.
        domain = AF_INET;
        family = Family::IPv4;
        fd = ::socket(domain, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    }
    if (fd < 0)
        return errno;

    if (domain == AF_INET6) {
        const int v6only = family == Family::IPv6Only ? 1 : 0;
        if (::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only) != 0) {
            const int error = errno;
            ::close(fd);
            return error;
        }
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&local);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (family == Family::IPv6Only) {
            const Q_IPV6ADDR bytes = bound.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &bytes, sizeof in6->sin6_addr);
            in6->sin6_scope_id = scopeIdOf(bound);
        } else {
            in6->sin6_addr = in6addr_any;
        }
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&local);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(ipv4);
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), length) != 0) {
        const int error = errno;
        ::close(fd);
        return error;
    }

    m_fd = fd;
    m_family = family;
    if (!m_buffers) {
        m_buffers.reset(new char[size_t(kBatch) * kBufferBytes]);
        m_headers.reset(new mmsghdr[kBatch]);
        m_vectors.reset(new iovec[kBatch]);
        m_senders.reset(new sockaddr_storage[kBatch]);
        m_controls.reset(new char[size_t(kBatch) * kControlBytes]);
        for (int i = 0; i < kBatch; ++i) {
            m_vectors[i].iov_base = m_buffers.get() + size_t(i) * kBufferBytes;
            m_vectors[i].iov_len = kBufferBytes;
            std::memset(&m_headers[i], 0, sizeof(mmsghdr));
            msghdr &header = m_headers[i].msg_hdr;
            header.msg_name = &m_senders[i];
            header.msg_iov = &m_vectors[i];
            header.msg_iovlen = 1;
            header.msg_control = m_controls.get() + size_t(i) * kControlBytes;
        }
    }
    return 0;
}

void UdpSocket::close()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
}

Endpoint UdpSocket::localEndpoint() const
{
    Endpoint local;
    socklen_t length = sizeof local.storage;
    if (m_fd >= 0 &&
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&local.storage), &length) == 0) {
        local.length = length;
    }
    return local;
}

QHostAddress UdpSocket::localAddress() const
{
    const Endpoint local = localEndpoint();
    if (!local.isValid())
        return {};
    if (m_family == Family::DualStack)
        return QHostAddress(QHostAddress::Any);
    return addressOf(local);
}

quint16 UdpSocket::localPort() const
{
    quint16 port = 0;
    addressOf(localEndpoint(), &port);
    return port;
}

int UdpSocket::setOption(int level, int name, int value)
{
    if (m_fd < 0)
        return EBADF;
    return ::setsockopt(m_fd, level, name, &value, sizeof value) == 0 ? 0 : errno;
}

int UdpSocket::setBroadcast(bool on)
{
    return setOption(SOL_SOCKET, SO_BROADCAST, on ? 1 : 0);
}

int UdpSocket::setReceiveBufferSize(int bytes)
{
    return setOption(SOL_SOCKET, SO_RCVBUF, bytes);
}

int UdpSocket::enableDropCounter()
{
    return setOption(SOL_SOCKET, SO_RXQ_OVFL, 1);
}

int UdpSocket::setIpOption(int ipv4Name, int ipv6Name, int value)
{
    if (m_family != Family::IPv6Only) {
        if (const int error = setOption(IPPROTO_IP, ipv4Name, value))
            return error;
    }
    if (m_family != Family::IPv4)
        return setOption(IPPROTO_IPV6, ipv6Name, value);
    return 0;
}

int UdpSocket::enableErrorQueue()
{
    // A dual-stack socket needs both: IPv4 errors follow the IPv4 option, even when read back
    // through the IPv6 error queue.
    return setIpOption(IP_RECVERR, IPV6_RECVERR, 1);
}

int UdpSocket::setMulticastTtl(int ttl)
{
    return setIpOption(IP_MULTICAST_TTL, IPV6_MULTICAST_HOPS, ttl);
}

int UdpSocket::setMulticastLoopback(bool on)
{
    return setIpOption(IP_MULTICAST_LOOP, IPV6_MULTICAST_LOOP, on ? 1 : 0);
}

int UdpSocket::setMulticastInterface(int ifindex, const QHostAddress &ipv4)
{
    if (m_fd < 0)
        return EBADF;
    if (m_family != Family::IPv6Only) {
        const ip_mreqn request = ipv4Interface(ifindex, ipv4);
        if (::setsockopt(m_fd, IPPROTO_IP, IP_MULTICAST_IF, &request, sizeof request) != 0)
            return errno;
    }
    if (m_family != Family::IPv4)
        return setOption(IPPROTO_IPV6, IPV6_MULTICAST_IF, ifindex);
    return 0;
}

int UdpSocket::setMembership(const QHostAddress &group, int ifindex, const QHostAddress &ipv4,
                             bool join)
{
    if (m_fd < 0)
        return EBADF;
    quint32 groupV4 = 0;
    if (ipv4Of(group, &groupV4)) {
        ip_mreqn request = ipv4Interface(ifindex, ipv4);
        request.imr_multiaddr.s_addr = htonl(groupV4);
        const int name = join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP;
        return ::setsockopt(m_fd, IPPROTO_IP, name, &request, sizeof request) == 0 ? 0 : errno;
    }
    ipv6_mreq request{};
    const Q_IPV6ADDR bytes = group.toIPv6Address();
    std::memcpy(&request.ipv6mr_multiaddr, &bytes, sizeof request.ipv6mr_multiaddr);
    request.ipv6mr_interface = unsigned(ifindex);
    const int name = join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP;
    return ::setsockopt(m_fd, IPPROTO_IPV6, name, &request, sizeof request) == 0 ? 0 : errno;
}

bool UdpSocket::reaches(const QHostAddress &address) const
{
    quint32 ipv4 = 0;
    if (ipv4Of(address, &ipv4))
        return m_family != Family::IPv6Only;
    return address.protocol() == QAbstractSocket::IPv6Protocol && m_family != Family::IPv4;
}

Endpoint UdpSocket::endpointFor(const QHostAddress &address, quint16 port) const
{
    Endpoint endpoint;
    if (!reaches(address))
        return endpoint;
    quint32 ipv4 = 0;
    const bool isV4 = ipv4Of(address, &ipv4);
    if (m_family == Family::IPv4) {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&endpoint.storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(ipv4);
        endpoint.length = sizeof(sockaddr_in);
        return endpoint;
    }
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(&endpoint.storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    if (isV4) {
        in6->sin6_addr.s6_addr[10] = 0xff;
        in6->sin6_addr.s6_addr[11] = 0xff;
        const quint32 network = htonl(ipv4);
        std::memcpy(in6->sin6_addr.s6_addr + 12, &network, sizeof network);
    } else {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof in6->sin6_addr);
        in6->sin6_scope_id = scopeIdOf(address);
    }
    endpoint.length = sizeof(sockaddr_in6);
    return endpoint;
}

int UdpSocket::receive()
{
    if (m_fd < 0)
        return -EBADF;
    for (int i = 0; i < kBatch; ++i) {
        msghdr &header = m_headers[i].msg_hdr;
        header.msg_namelen = sizeof(sockaddr_storage);
        header.msg_controllen = kControlBytes;
        header.msg_flags = 0;
        m_headers[i].msg_len = 0;
    }
    for (;;) {
        const int count = ::recvmmsg(m_fd, m_headers.get(), kBatch, MSG_DONTWAIT, nullptr);
        if (count >= 0)
            return count;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        return -errno;
    }
}

const char *UdpSocket::data(int index) const
{
    return m_buffers.get() + size_t(index) * kBufferBytes;
}

int UdpSocket::size(int index) const
{
    return int(qMin<unsigned>(m_headers[index].msg_len, kBufferBytes));
}

const sockaddr_storage &UdpSocket::sender(int index) const
{
    return m_senders[index];
}

socklen_t UdpSocket::senderLength(int index) const
{
    return m_headers[index].msg_hdr.msg_namelen;
}

bool UdpSocket::dropCount(int index, quint32 *count) const
{
    // The kernel attaches the counter only once something has been dropped.
    msghdr &header = m_headers[index].msg_hdr;
    if (header.msg_controllen == 0)
        return false;
    for (cmsghdr *message = CMSG_FIRSTHDR(&header); message;
         message = CMSG_NXTHDR(&header, message)) {
        if (message->cmsg_level == SOL_SOCKET && message->cmsg_type == SO_RXQ_OVFL) {
            std::memcpy(count, CMSG_DATA(message), sizeof *count);
            return true;
        }
    }
    return false;
}

int UdpSocket::sendTo(const Endpoint &to, const QByteArray &data)
{
    if (m_fd < 0)
        return EBADF;
    for (;;) {
        const ssize_t sent =
                ::sendto(m_fd, data.constData(), size_t(data.size()), MSG_DONTWAIT | MSG_NOSIGNAL,
                         reinterpret_cast<const sockaddr *>(&to.storage), to.length);
        if (sent >= 0)
            return 0;
        if (errno != EINTR)
            return errno;
    }
}

bool UdpSocket::takeError(QueuedError *error)
{
    if (m_fd < 0)
        return false;
    sockaddr_storage name{};
    alignas(cmsghdr) char control[512];
    msghdr message{};
    message.msg_name = &name;
    message.msg_namelen = sizeof name;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    // No data buffer: the kernel returns the start of the failed datagram, which is not needed.
    for (;;) {
        if (::recvmsg(m_fd, &message, MSG_ERRQUEUE | MSG_DONTWAIT) >= 0)
            break;
        if (errno != EINTR)
            return false;
    }
    *error = QueuedError();
    if (message.msg_namelen > 0 && message.msg_namelen <= sizeof name) {
        error->destination.storage = name;
        error->destination.length = message.msg_namelen;
    }
    for (cmsghdr *header = CMSG_FIRSTHDR(&message); header;
         header = CMSG_NXTHDR(&message, header)) {
        const bool isError =
                (header->cmsg_level == IPPROTO_IP && header->cmsg_type == IP_RECVERR) ||
                (header->cmsg_level == IPPROTO_IPV6 && header->cmsg_type == IPV6_RECVERR);
        if (!isError || header->cmsg_len < CMSG_LEN(sizeof(sock_extended_err)))
            continue;
        sock_extended_err extended;
        std::memcpy(&extended, CMSG_DATA(header), sizeof extended);
        error->errorCode = int(extended.ee_errno);
        error->origin = extended.ee_origin;
        error->type = extended.ee_type;
        error->code = extended.ee_code;
        error->info = extended.ee_info;
        break;
    }
    return true;
}

RemoteKey UdpSocket::keyOf(const sockaddr_storage &address, socklen_t length)
{
    RemoteKey key;
    auto &bytes = key.bytes;
    if (address.ss_family == AF_INET && length >= sizeof(sockaddr_in)) {
        const auto &in4 = reinterpret_cast<const sockaddr_in &>(address);
        std::memcpy(bytes.data(), &in4.sin_addr, 4);
        std::memcpy(bytes.data() + 16, &in4.sin_port, 2);
        bytes[18] = 4;
    } else if (address.ss_family == AF_INET6 && length >= sizeof(sockaddr_in6)) {
        const auto &in6 = reinterpret_cast<const sockaddr_in6 &>(address);
        if (isV4Mapped(in6.sin6_addr)) {
            std::memcpy(bytes.data(), in6.sin6_addr.s6_addr + 12, 4);
            bytes[18] = 4;
        } else {
            std::memcpy(bytes.data(), &in6.sin6_addr, 16);
            std::memcpy(bytes.data() + 20, &in6.sin6_scope_id, 4);
            bytes[18] = 6;
        }
        std::memcpy(bytes.data() + 16, &in6.sin6_port, 2);
    }
    return key;
}

QHostAddress UdpSocket::addressOf(const sockaddr_storage &address, socklen_t length, quint16 *port)
{
    if (address.ss_family == AF_INET && length >= sizeof(sockaddr_in)) {
        const auto &in4 = reinterpret_cast<const sockaddr_in &>(address);
        if (port)
            *port = ntohs(in4.sin_port);
        return QHostAddress(ntohl(in4.sin_addr.s_addr));
    }
    if (address.ss_family == AF_INET6 && length >= sizeof(sockaddr_in6)) {
        const auto &in6 = reinterpret_cast<const sockaddr_in6 &>(address);
        if (port)
            *port = ntohs(in6.sin6_port);
        if (isV4Mapped(in6.sin6_addr)) {
            quint32 network;
            std::memcpy(&network, in6.sin6_addr.s6_addr + 12, sizeof network);
            return QHostAddress(ntohl(network));
        }
        QHostAddress result(in6.sin6_addr.s6_addr);
        if (in6.sin6_scope_id != 0) {
            const QString name = QNetworkInterface::interfaceNameFromIndex(int(in6.sin6_scope_id));
            result.setScopeId(name.isEmpty() ? QString::number(in6.sin6_scope_id) : name);
        }
        return result;
    }
    if (port)
        *port = 0;
    return {};
}
