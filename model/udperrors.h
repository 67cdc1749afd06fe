#pragma once

#include "udpsocket.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// Words for what goes wrong on a UdpSession's socket: a bind, a send refused or failed, and the
// errors (mostly ICMP answers) the kernel queues for datagrams sent earlier.
class UdpErrors
{
    Q_DECLARE_TR_FUNCTIONS(UdpErrors)

public:
    // Why binding to address:port failed with the errno error.
    static QString bindFailed(int error, const QHostAddress &address, quint16 port);
    // Checks that size bytes fit one datagram to destination; returns why not, or an empty
    // string.
    static QString checkSize(const QString &destination, qsizetype size, bool ipv4);
    // ipv4: the destination is IPv4 and the socket IPv6 only; otherwise the other way round.
    static QString unreachableFamily(const QString &destination, bool ipv4);
    static QString queueFull(const Endpoint &to, qsizetype datagrams, qint64 bytes);
    // Why the kernel refused a datagram to to with the errno error; broadcastOn and
    // multicastInterface are the session's options, which explain some of them.
    static QString sendFailed(int error, const Endpoint &to, bool broadcastOn,
                              const QString &multicastInterface);
    // What an error of the socket's error queue says about the datagram it belongs to.
    static QString queuedError(const UdpSocket::QueuedError &error);
    // An interface named as UdpSession::joinGroup() takes it; empty for the system's choice.
    static QString describeInterface(const QString &name);
};
