#include "socketerrors.h"

#include <cerrno>

QString SocketErrors::reasonText(CloseReason reason)
{
    switch (reason) {
    case CloseReason::ClosedByPeer: return tr("closed by peer");
    case CloseReason::ResetByPeer: return tr("reset by peer");
    case CloseReason::ClosedByUser: return tr("closed by user");
    case CloseReason::TimedOut: return tr("timed out");
    case CloseReason::Error: return tr("error");
    case CloseReason::Forgotten: return tr("forgotten");
    }
    return {};
}

QString SocketErrors::reasonWithDetail(CloseReason reason, const QString &detail)
{
    if (detail.isEmpty())
        return reasonText(reason);
    return tr("%1: %2", "disconnect reason: error detail").arg(reasonText(reason), detail);
}

QString SocketErrors::reasonKey(CloseReason reason)
{
    switch (reason) {
    case CloseReason::ClosedByPeer: return QStringLiteral("closed-by-peer");
    case CloseReason::ResetByPeer: return QStringLiteral("reset-by-peer");
    case CloseReason::ClosedByUser: return QStringLiteral("closed-by-user");
    case CloseReason::TimedOut: return QStringLiteral("timed-out");
    case CloseReason::Error: return QStringLiteral("error");
    case CloseReason::Forgotten: return QStringLiteral("forgotten");
    }
    return {};
}

QString SocketErrors::listenError(QAbstractSocket::SocketError error, const QString &qtText,
                                  const QString &address, quint16 port)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return tr("Port %1 is already in use on %2. Choose another port, or 0 for any free "
                  "port.")
                .arg(port)
                .arg(address);
    case QAbstractSocket::SocketAccessError:
        return tr("Permission denied to listen on port %1: ports below 1024 need administrator "
                  "rights.")
                .arg(port);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("Cannot listen on %1: it is not an address of this computer.").arg(address);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return tr("Cannot listen on %1: this computer does not support that kind of address.")
                .arg(address);
    default: break;
    }
    return tr("Cannot listen on %1 port %2: %3").arg(address).arg(port).arg(qtText);
}

QString SocketErrors::connectError(QAbstractSocket::SocketError error, const QString &qtText,
                                   const QString &host, quint16 port)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("Connection to %1 port %2 refused: nothing is listening there.")
                .arg(host)
                .arg(port);
    case QAbstractSocket::HostNotFoundError: return tr("Host %1 not found.").arg(host);
    case QAbstractSocket::SocketTimeoutError:
        return tr("Connection to %1 port %2 timed out.").arg(host).arg(port);
    case QAbstractSocket::NetworkError:
        return tr("Cannot reach %1 port %2: %3").arg(host).arg(port).arg(qtText);
    default: break;
    }
    return tr("Cannot connect to %1 port %2: %3").arg(host).arg(port).arg(qtText);
}

CloseReason SocketErrors::reasonFor(QAbstractSocket::SocketError error, int savedErrno)
{
    if (error != QAbstractSocket::RemoteHostClosedError)
        return error == QAbstractSocket::SocketTimeoutError ? CloseReason::TimedOut
                                                            : CloseReason::Error;
    // Qt reports a reset as a plain remote close; the errno its read left behind tells them
    // apart (checked by the reset tests).
    return savedErrno == ECONNRESET ? CloseReason::ResetByPeer : CloseReason::ClosedByPeer;
}

QString SocketErrors::checkPort(const QString &text, bool allowZero, quint16 *port)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const uint value = trimmed.toUInt(&ok);
    const uint lowest = allowZero ? 0 : 1;
    if (trimmed.isEmpty() || !ok || value < lowest || value > 65535) {
        if (allowZero)
            return tr("\"%1\" is not a port: enter a number from 0 to 65535 (0 picks a free "
                      "port).")
                    .arg(trimmed);
        return tr("\"%1\" is not a port: enter a number from 1 to 65535.").arg(trimmed);
    }
    if (port)
        *port = quint16(value);
    return {};
}

QString SocketErrors::checkListenAddress(const QHostAddress &address)
{
    // Linux lets a TCP socket bind to these, but no connection can ever arrive there.
    if (address.isMulticast() || address.isBroadcast())
        return tr("%1 is a multicast or broadcast address, which no TCP connection can reach. "
                  "Listen on an address of this computer.")
                .arg(address.toString());
    return {};
}

QString SocketErrors::describeBindAddress(const QHostAddress &address)
{
    if (address == QHostAddress::Any)
        return tr("all interfaces (IPv4 + IPv6)");
    if (address == QHostAddress::AnyIPv4)
        return tr("all IPv4 interfaces");
    if (address == QHostAddress::AnyIPv6)
        return tr("all IPv6 interfaces");
    return hostText(address);
}

QString SocketErrors::hostText(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
                   ? QStringLiteral("[%1]").arg(address.toString())
                   : address.toString();
}
