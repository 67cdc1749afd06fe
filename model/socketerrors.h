#pragma once

#include "peerinfo.h"

#include <QAbstractSocket>
#include <QCoreApplication>

// Words for what went wrong on a socket, in terms a user of the tool understands.
class SocketErrors
{
    Q_DECLARE_TR_FUNCTIONS(SocketErrors)

public:
    static QString reasonText(DisconnectReason reason);
    // The reason, followed by the error's detail when there is one.
    static QString reasonWithDetail(DisconnectReason reason, const QString &detail);
    // A fixed English key for machine-readable output, such as "reset-by-peer".
    static QString reasonKey(DisconnectReason reason);
    // Why listening on address:port failed.
    static QString listenError(QAbstractSocket::SocketError error, const QString &qtText,
                               const QString &address, quint16 port);
    // Why connecting to host:port failed.
    static QString connectError(QAbstractSocket::SocketError error, const QString &qtText,
                                const QString &host, quint16 port);
    // The reason a connected socket ended, from the error Qt reported and the errno it left.
    static DisconnectReason reasonFor(QAbstractSocket::SocketError error, int savedErrno);
    // Checks a port typed by the user; returns an error message or an empty string.
    static QString checkPort(const QString &text, bool allowZero, quint16 *port);
    // Checks an address to listen on; returns an error message or an empty string.
    static QString checkListenAddress(const QHostAddress &address);
};
