#pragma once

#include "channel.h"

#include <QAbstractSocket>
#include <QCoreApplication>

// Words for what went wrong on a socket, in terms a user of the tool understands.
class SocketErrors
{
    Q_DECLARE_TR_FUNCTIONS(SocketErrors)

public:
    static QString reasonText(CloseReason reason);
    // The reason, followed by the error's detail when there is one.
    static QString reasonWithDetail(CloseReason reason, const QString &detail);
    // A fixed English key for machine-readable output, such as "reset-by-peer".
    static QString reasonKey(CloseReason reason);
    // Why listening on address:port failed.
    static QString listenError(QAbstractSocket::SocketError error, const QString &qtText,
                               const QString &address, quint16 port);
    // Why connecting to host:port failed.
    static QString connectError(QAbstractSocket::SocketError error, const QString &qtText,
                                const QString &host, quint16 port);
    // The reason a connected socket ended, from the error Qt reported and the errno it left.
    static CloseReason reasonFor(QAbstractSocket::SocketError error, int savedErrno);
    // Checks a port typed by the user; returns an error message or an empty string.
    static QString checkPort(const QString &text, bool allowZero, quint16 *port);
    // Checks an address to listen on; returns an error message or an empty string.
    static QString checkListenAddress(const QHostAddress &address);
    // Where a server listens or a socket is bound, in words: "all interfaces (IPv4 + IPv6)",
    // "all IPv4 interfaces", or the address ("[::1]" for IPv6).
    static QString describeBindAddress(const QHostAddress &address);
    // An address as it stands in a sentence: an IPv6 address in brackets.
    static QString hostText(const QHostAddress &address);
};
