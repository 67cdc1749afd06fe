#include "channel.h"

QString ChannelInfo::label() const
{
    return formatEndpoint(address, port);
}

QString ChannelInfo::stateText() const
{
    switch (state) {
    case State::Opening: return tr("Connecting");
    case State::Open: return tr("Connected");
    case State::Closing: return tr("Closing");
    case State::Closed: return tr("Closed");
    }
    return {};
}

QHostAddress normalizedAddress(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    // Only a v4-mapped address (::ffff:a.b.c.d) stands for IPv4; toIPv4Address() also takes "::"
    // for 0.0.0.0.
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 |
                        quint32(bytes[14]) << 8 | quint32(bytes[15]));
}

QString formatEndpoint(const QHostAddress &address, quint16 port)
{
    const QHostAddress shown = normalizedAddress(address);
    if (shown.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(shown.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(shown.toString()).arg(port);
}

QString withoutBrackets(const QString &host)
{
    return (host.startsWith(u'[') && host.endsWith(u']')) ? host.mid(1).chopped(1) : host;
}
