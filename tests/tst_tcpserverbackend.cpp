#include "tcpserverbackend.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <sys/socket.h>
#include <vector>

namespace {

constexpr int kTimeout = 5000;

// A client of the server under test: a plain QTcpSocket that collects what it receives.
struct Client
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    PeerId id = 0;
};
using Clients = std::vector<std::unique_ptr<Client>>;

bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

PeerInfo peerArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<PeerInfo>(spy.at(call).at(0));
}

DisconnectReason reasonArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<DisconnectReason>(spy.at(call).at(1));
}

} // namespace

// Checks TcpServerBackend against real client sockets on the loopback interface: connections,
// data both ways, sending to chosen peers, and the reason each connection ended.
class tst_TcpServerBackend : public QObject
{
    Q_OBJECT

private slots:
    void listenOnLocalHost();
    void listenAgainRestarts();
    void relistenAfterClosingPeers();
    void portInUse();
    void describeAddress_data();
    void describeAddress();
    void peerConnectedInfo();
    void receiveFromEachClient();
    void sendToOne();
    void sendToAll();
    void sendToList();
    void sendToUnknownPeer();
    void countersPerPeer();
    void dataBeforeClose();
    void resetByPeer();
    void closedByPeer();
    void gracefulCloseAfterReset();
    void disconnectPeer();
    void stopClosesAllPeers();
    void ipv6PeerLabel();
    void dualStackAcceptsBoth();

private:
    // Connects count clients to the server and learns the PeerId of each.
    void connectClients(TcpServerBackend &server, int count, Clients &clients,
                        const QHostAddress &host = QHostAddress::LocalHost);
};

void tst_TcpServerBackend::connectClients(TcpServerBackend &server, int count, Clients &clients,
                                          const QHostAddress &host)
{
    QSignalSpy connected(&server, &TcpServerBackend::peerConnected);
    const size_t first = clients.size();
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<Client>();
        Client *c = client.get();
        connect(c->socket.get(), &QIODevice::readyRead, c->socket.get(),
                [c] { c->received += c->socket->readAll(); });
        c->socket->connectToHost(host, server.listenPort());
        clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), count, kTimeout);
    for (size_t i = first; i < clients.size(); ++i) {
        Client &c = *clients[i];
        QTRY_COMPARE_WITH_TIMEOUT(c.socket->state(), QAbstractSocket::ConnectedState, kTimeout);
        for (int call = 0; call < connected.size(); ++call) {
            if (peerArg(connected, call).port == c.socket->localPort())
                c.id = peerArg(connected, call).id;
        }
        QVERIFY2(c.id != 0, "no peerConnected for a client");
    }
}

void tst_TcpServerBackend::listenOnLocalHost()
{
    TcpServerBackend server;
    QSignalSpy started(&server, &TcpServerBackend::listeningStarted);
    QVERIFY(!server.isListening());

    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(server.isListening());
    QVERIFY(server.listenPort() != 0);
    QCOMPARE(server.listenAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(started.at(0).at(1).value<quint16>(), server.listenPort());
}

void tst_TcpServerBackend::relistenAfterClosingPeers()
{
    // Closing connections from the server side leaves them in TIME_WAIT on the server's port;
    // with address reuse on, the same port can be listened on again at once.
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.listenPort();
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(&server, &TcpServerBackend::peerDisconnected);
    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 2, kTimeout);
    for (const auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->socket->state(), QAbstractSocket::UnconnectedState,
                                  kTimeout);

    QSignalSpy errors(&server, &TcpServerBackend::errorOccurred);
    QVERIFY2(server.listen(QHostAddress::LocalHost, port),
             qPrintable(errors.isEmpty() ? QString() : errors.at(0).at(0).toString()));
    QCOMPARE(server.listenPort(), port);
}

void tst_TcpServerBackend::listenAgainRestarts()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy stopped(&server, &TcpServerBackend::listeningStopped);
    QSignalSpy started(&server, &TcpServerBackend::listeningStarted);

    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(started.size(), 1);
    QVERIFY(server.isListening());
    QCOMPARE(started.at(0).at(1).value<quint16>(), server.listenPort());
}

void tst_TcpServerBackend::portInUse()
{
    TcpServerBackend first;
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    const quint16 port = first.listenPort();

    TcpServerBackend second;
    QSignalSpy errors(&second, &TcpServerBackend::errorOccurred);
    QSignalSpy started(&second, &TcpServerBackend::listeningStarted);
    QVERIFY(!second.listen(QHostAddress::LocalHost, port));
    QVERIFY(!second.isListening());
    QCOMPARE(started.size(), 0);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
    // The first server is unharmed.
    QVERIFY(first.isListening());
}

void tst_TcpServerBackend::describeAddress_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ipv4") << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1";
    QTest::newRow("ipv6") << QHostAddress(QHostAddress::LocalHostIPv6) << "[::1]";
    QTest::newRow("any ipv4") << QHostAddress(QHostAddress::AnyIPv4) << "all IPv4 interfaces";
    QTest::newRow("any ipv6") << QHostAddress(QHostAddress::AnyIPv6) << "all IPv6 interfaces";
    QTest::newRow("any") << QHostAddress(QHostAddress::Any) << "all interfaces (IPv4 + IPv6)";
}

void tst_TcpServerBackend::describeAddress()
{
    QFETCH(QHostAddress, address);
    QFETCH(QString, expected);

    QCOMPARE(TcpServerBackend::describeAddress(address), expected);
}

void tst_TcpServerBackend::peerConnectedInfo()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy connected(&server, &TcpServerBackend::peerConnected);
    Clients clients;
    connectClients(server, 1, clients);
    if (QTest::currentTestFailed())
        return;

    const PeerInfo info = peerArg(connected, 0);
    const quint16 clientPort = clients[0]->socket->localPort();
    QCOMPARE(info.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(info.port, clientPort);
    QCOMPARE(info.label(), QStringLiteral("127.0.0.1:%1").arg(clientPort));
    QVERIFY(info.connectedSince.isValid());
    QCOMPARE(info.rxBytes, 0);
    QCOMPARE(info.txBytes, 0);
    QCOMPARE(server.peerCount(), 1);
    QCOMPARE(server.peerIds(), QList<PeerId>{info.id});
    QVERIFY(server.hasPeer(info.id));
    QCOMPARE(server.peer(info.id).label(), info.label());
    QCOMPARE(info.state, QAbstractSocket::ConnectedState);
    QCOMPARE(server.peer(info.id).stateText(), QStringLiteral("Connected"));
}

void tst_TcpServerBackend::receiveFromEachClient()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QHash<PeerId, QByteArray> received;
    connect(&server, &TcpServerBackend::dataReceived, &server,
            [&received](PeerId id, const QByteArray &data) { received[id] += data; });

    for (size_t i = 0; i < clients.size(); ++i)
        clients[i]->socket->write("hello from client " + QByteArray::number(qulonglong(i)));
    for (size_t i = 0; i < clients.size(); ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(received.value(clients[i]->id),
                                  "hello from client " + QByteArray::number(qulonglong(i)),
                                  kTimeout);
    }
    QCOMPARE(received.size(), 3);
    // Distinct ids, none of them 0.
    const QList<PeerId> ids = server.peerIds();
    QCOMPARE(QSet<PeerId>(ids.begin(), ids.end()).size(), 3);
    QVERIFY(!ids.contains(0));
}

void tst_TcpServerBackend::sendToOne()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(server.send(clients[1]->id, "only for you"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("only for you"), kTimeout);
    // A marker sent to everyone arrives after anything sent before it: the others got only it.
    QCOMPARE(server.sendToAll("|marker"), 3);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("|marker"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[2]->received, QByteArray("|marker"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("only for you|marker"), kTimeout);
}

void tst_TcpServerBackend::sendToAll()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy sent(&server, &TcpServerBackend::dataSent);

    const QByteArray payload("\x00\xff broadcast \r\n", 15);
    QCOMPARE(server.sendToAll(payload), 3);
    QCOMPARE(sent.size(), 3);
    for (const auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->received, payload, kTimeout);
}

void tst_TcpServerBackend::sendToList()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(server.send(QList<PeerId>{clients[0]->id, clients[2]->id}, "two of you"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("two of you"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[2]->received, QByteArray("two of you"), kTimeout);
    QCOMPARE(server.sendToAll("|marker"), 3);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("|marker"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("two of you|marker"), kTimeout);
}

void tst_TcpServerBackend::sendToUnknownPeer()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy sent(&server, &TcpServerBackend::dataSent);

    QCOMPARE(server.send(PeerId(4242), "nobody"), 0);
    QCOMPARE(server.sendToAll("nobody"), 0);
    QCOMPARE(sent.size(), 0);
    QVERIFY(!server.hasPeer(4242));
    QCOMPARE(server.peer(4242).id, PeerId(0));
}

void tst_TcpServerBackend::countersPerPeer()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;

    clients[0]->socket->write(QByteArray(1000, 'a'));
    clients[1]->socket->write(QByteArray(10, 'b'));
    QTRY_COMPARE_WITH_TIMEOUT(server.peer(clients[0]->id).rxBytes, 1000, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.peer(clients[1]->id).rxBytes, 10, kTimeout);

    QCOMPARE(server.send(clients[0]->id, "12345"), 1);
    QCOMPARE(server.sendToAll("xyz"), 2);
    QCOMPARE(server.peer(clients[0]->id).txBytes, 8);
    QCOMPARE(server.peer(clients[1]->id).txBytes, 3);
    QCOMPARE(server.peer(clients[1]->id).rxBytes, 10);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("12345xyz"), kTimeout);
}

void tst_TcpServerBackend::dataBeforeClose()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 1, clients);
    if (QTest::currentTestFailed())
        return;
    QStringList events;
    connect(&server, &TcpServerBackend::dataReceived, &server,
            [&events](PeerId, const QByteArray &data) {
                events.append(QString::fromLatin1(data));
            });
    connect(&server, &TcpServerBackend::peerDisconnected, &server,
            [&events] { events.append(QStringLiteral("<closed>")); });

    clients[0]->socket->write("last words");
    clients[0]->socket->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("<closed>")), kTimeout);
    QCOMPARE(events.join(QString()), QStringLiteral("last words<closed>"));
    QCOMPARE(server.peerCount(), 0);
}

void tst_TcpServerBackend::resetByPeer()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(&server, &TcpServerBackend::peerDisconnected);
    QHash<PeerId, QByteArray> received;
    connect(&server, &TcpServerBackend::dataReceived, &server,
            [&received](PeerId id, const QByteArray &data) { received[id] += data; });

    // SO_LINGER {1, 0} makes close() send a RST instead of a FIN.
    QTcpSocket *aborting = clients[1]->socket.get();
    const linger option{1, 0};
    QCOMPARE(::setsockopt(int(aborting->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                          sizeof option),
             0);
    aborting->abort();

    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    QCOMPARE(peerArg(disconnected, 0).id, clients[1]->id);
    QCOMPARE(reasonArg(disconnected, 0), DisconnectReason::ResetByPeer);
    QCOMPARE(server.peerCount(), 2);
    QVERIFY(!server.hasPeer(clients[1]->id));

    // The other two keep working in both directions.
    clients[0]->socket->write("still here 0");
    clients[2]->socket->write("still here 2");
    QTRY_COMPARE_WITH_TIMEOUT(received.value(clients[0]->id), QByteArray("still here 0"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(received.value(clients[2]->id), QByteArray("still here 2"), kTimeout);
    QCOMPARE(server.sendToAll("you too"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("you too"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[2]->received, QByteArray("you too"), kTimeout);
    QCOMPARE(disconnected.size(), 1);
}

void tst_TcpServerBackend::closedByPeer()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(&server, &TcpServerBackend::peerDisconnected);

    clients[0]->socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    QCOMPARE(peerArg(disconnected, 0).id, clients[0]->id);
    QCOMPARE(reasonArg(disconnected, 0), DisconnectReason::ClosedByPeer);
    QCOMPARE(server.peerIds(), QList<PeerId>{clients[1]->id});
}

// A reset leaves ECONNRESET in errno; a graceful close seen next must not inherit it.
void tst_TcpServerBackend::gracefulCloseAfterReset()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(&server, &TcpServerBackend::peerDisconnected);

    const linger option{1, 0};
    QCOMPARE(::setsockopt(int(clients[0]->socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &option, sizeof option),
             0);
    clients[0]->socket->abort();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    QCOMPARE(reasonArg(disconnected, 0), DisconnectReason::ResetByPeer);

    clients[1]->socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 2, kTimeout);
    QCOMPARE(peerArg(disconnected, 1).id, clients[1]->id);
    QCOMPARE(reasonArg(disconnected, 1), DisconnectReason::ClosedByPeer);
}

void tst_TcpServerBackend::disconnectPeer()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(&server, &TcpServerBackend::peerDisconnected);
    QSignalSpy clientSaw(clients[0]->socket.get(), &QAbstractSocket::disconnected);

    server.disconnectPeer(clients[0]->id);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    QCOMPARE(peerArg(disconnected, 0).id, clients[0]->id);
    QCOMPARE(reasonArg(disconnected, 0), DisconnectReason::ClosedByUser);
    QCOMPARE(peerArg(disconnected, 0).state, QAbstractSocket::UnconnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(clientSaw.size(), 1, kTimeout);
    QCOMPARE(clients[0]->socket->state(), QAbstractSocket::UnconnectedState);

    // The other peer is untouched, and disconnecting an unknown id does nothing.
    server.disconnectPeer(clients[0]->id);
    QCOMPARE(server.peerIds(), QList<PeerId>{clients[1]->id});
    QCOMPARE(server.send(clients[1]->id, "ok"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("ok"), kTimeout);
    QCOMPARE(disconnected.size(), 1);
}

void tst_TcpServerBackend::stopClosesAllPeers()
{
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.listenPort();
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(&server, &TcpServerBackend::peerDisconnected);
    QSignalSpy stopped(&server, &TcpServerBackend::listeningStopped);

    server.stop();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!server.isListening());
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 3, kTimeout);
    for (int call = 0; call < 3; ++call)
        QCOMPARE(reasonArg(disconnected, call), DisconnectReason::ClosedByUser);
    QCOMPARE(server.peerCount(), 0);
    for (const auto &client : clients) {
        QTRY_COMPARE_WITH_TIMEOUT(client->socket->state(), QAbstractSocket::UnconnectedState,
                                  kTimeout);
    }

    // Nothing listens on the port any more.
    QTcpSocket late;
    QSignalSpy lateError(&late, &QAbstractSocket::errorOccurred);
    late.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(lateError.size(), 1, kTimeout);
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);

    // Stopping again is harmless and reports nothing.
    server.stop();
    QCOMPARE(stopped.size(), 1);
}

void tst_TcpServerBackend::ipv6PeerLabel()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("IPv6 loopback is not available on this machine");
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHostIPv6, 0));
    QSignalSpy connected(&server, &TcpServerBackend::peerConnected);
    Clients clients;
    connectClients(server, 1, clients, QHostAddress::LocalHostIPv6);
    if (QTest::currentTestFailed())
        return;

    const PeerInfo info = server.peer(clients[0]->id);
    QCOMPARE(info.address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(info.label(), QStringLiteral("[::1]:%1").arg(clients[0]->socket->localPort()));
    QCOMPARE(peerArg(connected, 0).label(), info.label());
}

void tst_TcpServerBackend::dualStackAcceptsBoth()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("IPv6 loopback is not available on this machine");
    TcpServerBackend server;
    if (!server.listen(QHostAddress::Any, 0))
        QSKIP("Cannot listen on all interfaces here");
    Clients clients;
    connectClients(server, 1, clients, QHostAddress::LocalHost);
    connectClients(server, 1, clients, QHostAddress::LocalHostIPv6);
    if (QTest::currentTestFailed())
        return;

    // An IPv4 peer on the dual-stack socket shows as plain IPv4, not ::ffff:127.0.0.1.
    QCOMPARE(server.peer(clients[0]->id).label(),
             QStringLiteral("127.0.0.1:%1").arg(clients[0]->socket->localPort()));
    QCOMPARE(server.peer(clients[1]->id).label(),
             QStringLiteral("[::1]:%1").arg(clients[1]->socket->localPort()));
    QCOMPARE(server.sendToAll("both"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("both"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("both"), kTimeout);
}

QTEST_GUILESS_MAIN(tst_TcpServerBackend)
#include "tst_tcpserverbackend.moc"
