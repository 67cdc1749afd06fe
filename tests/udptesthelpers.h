#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QNetworkDatagram>
#include <QObject>
#include <QUdpSocket>

// What the tests of UdpSession and of its multicast side share: the timeout of their waits,
// whether this machine has an IPv6 loopback, and real peer sockets.
namespace UdpTest {

constexpr int kTimeout = 5000;

inline bool ipv6LoopbackAvailable()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHostIPv6, 0);
}

// A peer of the session under test: a real UDP socket that keeps every datagram it receives.
class Peer
{
public:
    explicit Peer(const QHostAddress &address = QHostAddress::LocalHost)
    {
        m_bound = m_socket.bind(address, 0, QUdpSocket::DontShareAddress);
        QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] {
            while (m_socket.hasPendingDatagrams())
                datagrams.append(m_socket.receiveDatagram());
        });
    }

    bool isBound() const { return m_bound; }
    quint16 port() const { return m_socket.localPort(); }
    QUdpSocket &socket() { return m_socket; }
    bool sendTo(const QHostAddress &address, quint16 port, const QByteArray &data)
    {
        return m_socket.writeDatagram(data, address, port) == data.size();
    }

    QList<QNetworkDatagram> datagrams;

private:
    QUdpSocket m_socket;
    bool m_bound = false;
};

} // namespace UdpTest
