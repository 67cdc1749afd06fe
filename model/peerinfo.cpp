#include "peerinfo.h"

QString PeerInfo::label() const
{
    return formatEndpoint(address, port);
}

QString PeerInfo::stateText() const
{
    switch (state) {
    case QAbstractSocket::ConnectedState: return tr("Connected");
    case QAbstractSocket::ClosingState: return tr("Closing");
    case QAbstractSocket::UnconnectedState: return tr("Closed");
    default: break;
    }
    return tr("Connecting");
}

QHostAddress normalizedAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

QString formatEndpoint(const QHostAddress &address, quint16 port)
{
    const QHostAddress shown = normalizedAddress(address);
    if (shown.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(shown.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(shown.toString()).arg(port);
}
