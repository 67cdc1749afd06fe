#include "udperrors.h"

#include "socketerrors.h"
#include "udpsession.h"

#include <cerrno>
#include <linux/errqueue.h>
#include <netinet/icmp6.h>
#include <netinet/ip_icmp.h>

namespace {

QAbstractSocket::SocketError socketErrorOf(int error)
{
    switch (error) {
    case EADDRINUSE: return QAbstractSocket::AddressInUseError;
    case EACCES:
    case EPERM: return QAbstractSocket::SocketAccessError;
    case EADDRNOTAVAIL: return QAbstractSocket::SocketAddressNotAvailableError;
    case EAFNOSUPPORT: return QAbstractSocket::UnsupportedSocketOperationError;
    default: break;
    }
    return QAbstractSocket::UnknownSocketError;
}

} // namespace

QString UdpErrors::bindFailed(int error, const QHostAddress &address, quint16 port)
{
    return SocketErrors::listenError(socketErrorOf(error), qt_error_string(error),
                                     SocketErrors::describeBindAddress(address), port);
}

QString UdpErrors::checkSize(const QString &destination, qsizetype size, bool ipv4)
{
    if (ipv4 && size > UdpSession::kMaxIPv4Payload) {
        return tr("Cannot send %1 bytes to %2: one UDP datagram over IPv4 carries at most %3 "
                  "bytes.")
                .arg(size)
                .arg(destination)
                .arg(UdpSession::kMaxIPv4Payload);
    }
    if (!ipv4 && size > UdpSession::kMaxIPv6Payload) {
        return tr("Cannot send %1 bytes to %2: one UDP datagram over IPv6 carries at most %3 "
                  "bytes.")
                .arg(size)
                .arg(destination)
                .arg(UdpSession::kMaxIPv6Payload);
    }
    return {};
}

QString UdpErrors::unreachableFamily(const QString &destination, bool ipv4)
{
    return ipv4 ? tr("Cannot send to %1: this socket is bound to an IPv6 address and reaches no "
                     "IPv4 address. Bind to all interfaces (IPv4 + IPv6) or to an IPv4 address.")
                           .arg(destination)
                : tr("Cannot send to %1: this socket is bound to an IPv4 address and reaches no "
                     "IPv6 address. Bind to all interfaces (IPv4 + IPv6) or to an IPv6 address.")
                           .arg(destination);
}

QString UdpErrors::queueFull(const Endpoint &to, qsizetype datagrams, qint64 bytes)
{
    quint16 port = 0;
    const QHostAddress address = UdpSocket::addressOf(to, &port);
    return tr("Cannot send to %1: %2 datagrams (%3 bytes) already wait for the system to take "
              "them.")
            .arg(formatEndpoint(address, port))
            .arg(datagrams)
            .arg(bytes);
}

QString UdpErrors::sendFailed(int error, const Endpoint &to, bool broadcastOn,
                              const QString &multicastInterface)
{
    quint16 port = 0;
    const QHostAddress address = UdpSocket::addressOf(to, &port);
    const QString label = formatEndpoint(address, port);
    const QString systemText = qt_error_string(error);
    switch (error) {
    case EACCES:
        if (!broadcastOn) {
            return tr("Cannot send to %1: it is a broadcast address, and sending to broadcast "
                      "addresses is off for this socket.")
                    .arg(label);
        }
        return tr("Cannot send to %1: %2. A firewall may forbid it.").arg(label, systemText);
    case ENETUNREACH:
    case EHOSTUNREACH:
    case ENODEV:
        if (address.isMulticast()) {
            return tr("Cannot send to multicast group %1: no route leads there from the "
                      "interface multicast datagrams leave from (%2). Choose another interface.")
                    .arg(label, describeInterface(multicastInterface));
        }
        return tr("Cannot send to %1: no route leads there (%2).").arg(label, systemText);
    case EINVAL:
    case EADDRNOTAVAIL:
        return tr("Cannot send to %1 from the address this socket is bound to (%2).")
                .arg(label, systemText);
    default: break;
    }
    return tr("Cannot send to %1: %2.").arg(label, systemText);
}

QString UdpErrors::queuedError(const UdpSocket::QueuedError &error)
{
    quint16 port = 0;
    const QHostAddress address = UdpSocket::addressOf(error.destination, &port);
    const QString label = formatEndpoint(address, port);
    const QString host = SocketErrors::hostText(address);
    const auto tooLarge = [&] {
        return tr("The datagram to %1 is too large for the way there, whose packets carry at "
                  "most %2 bytes (MTU).")
                .arg(label)
                .arg(error.info);
    };
    const auto prohibited = [&] {
        return tr("A firewall refused the datagram to %1 (ICMP administratively prohibited).")
                .arg(label);
    };
    const auto expired = [&] {
        return tr("The datagram to %1 expired on the way (ICMP time exceeded).").arg(label);
    };
    const auto portUnreachable = [&] {
        return tr("Nothing is listening on %1 (ICMP port unreachable).").arg(label);
    };
    const auto hostUnreachable = [&] {
        return tr("Host %1 cannot be reached (ICMP host unreachable).").arg(host);
    };
    const auto netUnreachable = [&] {
        return tr("No route leads to %1 (ICMP network unreachable).").arg(host);
    };
    if (error.origin == SO_EE_ORIGIN_ICMP && error.type == ICMP_DEST_UNREACH) {
        switch (error.code) {
        case ICMP_PORT_UNREACH: return portUnreachable();
        case ICMP_NET_UNREACH:
        case ICMP_NET_UNKNOWN:
        case ICMP_NET_UNR_TOS: return netUnreachable();
        case ICMP_HOST_UNREACH:
        case ICMP_HOST_UNKNOWN:
        case ICMP_HOST_UNR_TOS: return hostUnreachable();
        case ICMP_PROT_UNREACH:
            return tr("Host %1 does not take UDP (ICMP protocol unreachable).").arg(host);
        case ICMP_FRAG_NEEDED: return tooLarge();
        case ICMP_NET_ANO:
        case ICMP_HOST_ANO:
        case ICMP_PKT_FILTERED: return prohibited();
        default: break;
        }
    } else if (error.origin == SO_EE_ORIGIN_ICMP && error.type == ICMP_TIME_EXCEEDED) {
        return expired();
    } else if (error.origin == SO_EE_ORIGIN_ICMP6 && error.type == ICMP6_DST_UNREACH) {
        switch (error.code) {
        case ICMP6_DST_UNREACH_NOPORT: return portUnreachable();
        case ICMP6_DST_UNREACH_NOROUTE: return netUnreachable();
        case ICMP6_DST_UNREACH_ADDR: return hostUnreachable();
        case ICMP6_DST_UNREACH_ADMIN:
        case 5:   // failed ingress/egress policy
        case 6: { // reject route to destination
            return prohibited();
        }
        default: break;
        }
    } else if (error.origin == SO_EE_ORIGIN_ICMP6 && error.type == ICMP6_PACKET_TOO_BIG) {
        return tooLarge();
    } else if (error.origin == SO_EE_ORIGIN_ICMP6 && error.type == ICMP6_TIME_EXCEEDED) {
        return expired();
    } else if (error.origin == SO_EE_ORIGIN_LOCAL && error.errorCode == EMSGSIZE) {
        return tooLarge();
    }
    const QString systemText = qt_error_string(error.errorCode);
    if (error.origin == SO_EE_ORIGIN_ICMP || error.origin == SO_EE_ORIGIN_ICMP6) {
        return tr("The datagram to %1 was not delivered: %2 (ICMP type %3, code %4).")
                .arg(label, systemText)
                .arg(error.type)
                .arg(error.code);
    }
    return tr("The datagram to %1 was not delivered: %2.").arg(label, systemText);
}

QString UdpErrors::describeInterface(const QString &name)
{
    return name.isEmpty() ? tr("the system's choice of interface") : name;
}
