#pragma once

#include "faulttesthelpers.h"
#include "session.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "udpsession.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <memory>
#include <vector>

// What the tests of the vocabulary every session speaks (tst_session, tst_responder) need from
// one kind of session: the session, opened, and real peers at the other end of its channels.
// Those tests are data-driven over kinds (addKindRows()) and never name a kind in their bodies.
namespace SessionTest {

constexpr int kTimeout = 5000;

// The far end of one channel: a real socket that talks to the session under test.
class Peer
{
public:
    virtual ~Peer() = default;

    // The channel the session opened for this peer.
    ChannelId id() const { return m_id; }
    void setId(ChannelId id) { m_id = id; }
    // The port the session sees the peer on: its channel's label is "127.0.0.1:<port>".
    virtual quint16 port() const = 0;
    virtual void write(const QByteArray &data) = 0;
    // Everything the session sent to this peer so far.
    virtual QByteArray received() const = 0;
    // Whether the session ended the connection (TCP: the end of the stream arrived).
    virtual bool sawClose() const = 0;
    // Only for connections (KindHarness::channelsAreConnections()).
    virtual void close() = 0;
    virtual void reset() = 0;

private:
    ChannelId m_id = 0;
};

// A TCP peer: the client of a server session, or the accepted end of a client session.
class TcpPeer final : public Peer
{
public:
    // Takes over a connected socket, and whatever it has read already.
    explicit TcpPeer(std::unique_ptr<QTcpSocket> socket)
        : m_socket(std::move(socket))
        , m_port(m_socket->localPort())
    {
        QTcpSocket *s = m_socket.get();
        m_received = s->readAll();
        QObject::connect(s, &QIODevice::readyRead, s,
                         [this] { m_received += m_socket->readAll(); });
        QObject::connect(s, &QAbstractSocket::disconnected, s, [this] { m_closed = true; });
    }

    QTcpSocket *socket() const { return m_socket.get(); }
    quint16 port() const override { return m_port; }
    void write(const QByteArray &data) override { m_socket->write(data); }
    QByteArray received() const override { return m_received; }
    bool sawClose() const override
    {
        return m_closed || m_socket->state() == QAbstractSocket::UnconnectedState;
    }
    void close() override { m_socket->disconnectFromHost(); }
    void reset() override
    {
        FaultTest::setResetOnClose(int(m_socket->socketDescriptor()));
        m_socket->abort();
    }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    quint16 m_port = 0;
    QByteArray m_received;
    bool m_closed = false;
};

// A UDP peer: a socket of its own on 127.0.0.1 that sends datagrams to the session's port.
class UdpPeer final : public Peer
{
public:
    explicit UdpPeer(quint16 sessionPort)
        : m_sessionPort(sessionPort)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] {
            while (m_socket.hasPendingDatagrams())
                m_received += m_socket.receiveDatagram().data();
        });
    }

    quint16 port() const override { return m_socket.localPort(); }
    void write(const QByteArray &data) override
    {
        m_socket.writeDatagram(data, QHostAddress::LocalHost, m_sessionPort);
    }
    QByteArray received() const override { return m_received; }
    // A remote has no connection to close or reset (channelsAreConnections() is false).
    bool sawClose() const override { return false; }
    void close() override {}
    void reset() override {}

private:
    QUdpSocket m_socket;
    quint16 m_sessionPort = 0;
    QByteArray m_received;
};

// One kind of session with the means to give it peers.
class KindHarness
{
public:
    virtual ~KindHarness() = default;
    // Bytes the session received from a peer before addPeer() returned it: a UDP remote becomes
    // a channel with its first datagram.
    virtual qint64 openingBytes() const { return 0; }

    virtual Session *session() const = 0;
    // Readies the session for peers: a server listens on 127.0.0.1, port 0; a client gets a
    // QTcpServer of the test's own to connect to.
    virtual bool open() = 0;
    // One more peer, once the session has opened its channel; nullptr if it did not in time or
    // the session cannot have more channels (see maxChannels()).
    virtual Peer *addPeer() = 0;
    // How many channels the session can have at once: a client has one.
    virtual int maxChannels() const = 0;
    // Whether channels are connections, which a peer can close or reset and whose end the peer
    // sees (TCP). A UDP remote has none of that.
    virtual bool channelsAreConnections() const = 0;
    // The session's own socket for a channel, to look at from the kernel's side; -1 if none.
    virtual int sessionDescriptor(ChannelId id) const = 0;
};

// What both TCP kinds share: their peers are QTcpSockets, their channels QTcpSockets of their own.
class TcpHarness : public KindHarness
{
public:
    bool channelsAreConnections() const override { return true; }
    int sessionDescriptor(ChannelId id) const override
    {
        const ChannelInfo info = session()->channel(id);
        const QList<QTcpSocket *> sockets = session()->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            if (info.id != 0 && socket->state() == QAbstractSocket::ConnectedState &&
                socket->peerPort() == info.port)
                return int(socket->socketDescriptor());
        }
        return -1;
    }

protected:
    Peer *adopt(std::unique_ptr<QTcpSocket> socket, ChannelId id)
    {
        auto peer = std::make_unique<TcpPeer>(std::move(socket));
        peer->setId(id);
        m_peers.push_back(std::move(peer));
        return m_peers.back().get();
    }

private:
    std::vector<std::unique_ptr<Peer>> m_peers;
};

class TcpServerHarness final : public TcpHarness
{
public:
    Session *session() const override { return m_session.get(); }
    bool open() override { return m_session->listen(QHostAddress::LocalHost, 0); }
    int maxChannels() const override { return INT_MAX; }
    Peer *addPeer() override
    {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        raw->connectToHost(QHostAddress::LocalHost, m_session->listenPort());
        ChannelId id = 0;
        const bool opened = QTest::qWaitFor(
                [&] {
                    if (raw->state() != QAbstractSocket::ConnectedState)
                        return false;
                    const QList<ChannelId> ids = m_session->channelIds();
                    for (ChannelId candidate : ids) {
                        if (m_session->channel(candidate).port == raw->localPort())
                            id = candidate;
                    }
                    return id != 0;
                },
                kTimeout);
        return opened ? adopt(std::move(socket), id) : nullptr;
    }

private:
    std::unique_ptr<TcpServerSession> m_session = std::make_unique<TcpServerSession>();
};

class TcpClientHarness final : public TcpHarness
{
public:
    Session *session() const override { return m_session.get(); }
    bool open() override { return m_server.listen(QHostAddress::LocalHost, 0); }
    int maxChannels() const override { return 1; }
    Peer *addPeer() override
    {
        if (m_session->channelCount() > 0)
            return nullptr;
        m_session->connectToHost(QStringLiteral("127.0.0.1"), m_server.serverPort());
        const bool opened = QTest::qWaitFor(
                [this] {
                    return m_session->channelCount() == 1 && m_server.hasPendingConnections();
                },
                kTimeout);
        if (!opened)
            return nullptr;
        QTcpSocket *accepted = m_server.nextPendingConnection();
        accepted->setParent(nullptr);
        return adopt(std::unique_ptr<QTcpSocket>(accepted), m_session->channelId());
    }

private:
    QTcpServer m_server;
    std::unique_ptr<TcpClientSession> m_session = std::make_unique<TcpClientSession>();
};

// A UDP session bound to 127.0.0.1; each peer becomes a remote with one datagram of its own.
class UdpHarness final : public KindHarness
{
public:
    static inline const QByteArray kOpening = QByteArrayLiteral("hello");

    Session *session() const override { return m_session.get(); }
    bool open() override { return m_session->open(QHostAddress::LocalHost, 0); }
    int maxChannels() const override { return UdpSession::kMaxRemotes; }
    bool channelsAreConnections() const override { return false; }
    int sessionDescriptor(ChannelId) const override { return -1; }
    qint64 openingBytes() const override { return kOpening.size(); }
    Peer *addPeer() override
    {
        auto peer = std::make_unique<UdpPeer>(m_session->localPort());
        peer->write(kOpening);
        ChannelId id = 0;
        const bool opened = QTest::qWaitFor(
                [&] {
                    const QList<ChannelId> ids = m_session->channelIds();
                    for (ChannelId candidate : ids) {
                        if (m_session->channel(candidate).port == peer->port())
                            id = candidate;
                    }
                    return id != 0;
                },
                kTimeout);
        if (!opened)
            return nullptr;
        peer->setId(id);
        m_peers.push_back(std::move(peer));
        return m_peers.back().get();
    }

private:
    std::unique_ptr<UdpSession> m_session = std::make_unique<UdpSession>();
    std::vector<std::unique_ptr<Peer>> m_peers;
};

inline std::unique_ptr<KindHarness> makeHarness(Session::Kind kind)
{
    switch (kind) {
    case Session::Kind::TcpServer: return std::make_unique<TcpServerHarness>();
    case Session::Kind::TcpClient: return std::make_unique<TcpClientHarness>();
    case Session::Kind::Udp: return std::make_unique<UdpHarness>();
    }
    return nullptr;
}

// The kinds the vocabulary tests run against, as global data: call it from initTestCase_data()
// and QFETCH_GLOBAL(Session::Kind, kind) in each test.
inline void addKindRows()
{
    QTest::addColumn<Session::Kind>("kind");
    for (Session::Kind kind :
         {Session::Kind::TcpServer, Session::Kind::TcpClient, Session::Kind::Udp})
        QTest::newRow(qPrintable(Session::kindKey(kind))) << kind;
}

// Whatever the session sent before this marker has reached the peer once the marker has: a way
// to see that nothing (more) was sent without waiting for a time.
inline const QByteArray kMarker("|marker|");

// Sends the marker from the session, waits for the peer to have it, and returns what the peer
// received before it.
inline QByteArray receivedBeforeMarker(Session *session, Peer *peer)
{
    const qsizetype before = peer->received().size();
    if (session->send(peer->id(), kMarker) != 1)
        return "<marker not sent>";
    const auto arrived = [peer, before] {
        return peer->received().size() >= before + kMarker.size() &&
               peer->received().endsWith(kMarker);
    };
    if (!QTest::qWaitFor(arrived, kTimeout))
        return "<marker not received>";
    return peer->received().chopped(kMarker.size());
}

} // namespace SessionTest
