#include "faulttesthelpers.h"
#include "tcpconnection.h"
#include "tcpserversession.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

namespace {

constexpr int kTimeout = 5000;

// A client of the server under test: a plain QTcpSocket that collects what it receives.
struct Client
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    ChannelId id = 0;
};
using Clients = std::vector<std::unique_ptr<Client>>;

bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

ChannelInfo infoArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<ChannelInfo>(spy.at(call).at(0));
}

CloseReason reasonArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<CloseReason>(spy.at(call).at(1));
}

QList<Session::State> statesOf(const QSignalSpy &spy)
{
    QList<Session::State> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<Session::State>());
    return states;
}

} // namespace

// Checks TcpServerSession against real client sockets on the loopback interface: listening,
// connections, data both ways, sending to chosen peers, and the reason each connection ended.
// What every kind of session shares is checked in tst_session, admission and hostile peers in
// tst_serverfaults.
class tst_TcpServerSession : public QObject
{
    Q_OBJECT

private slots:
    void listenOnLocalHost();
    void listenAgainRestarts();
    void relistenAfterClosingPeers();
    void portInUse();
    void backlog();
    void channelOpenedInfo();
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
    void closeChannel();
    void closeChannelWaitsForQueuedData();
    void closeEndsAllPeers();
    void ipv6PeerLabel();
    void dualStackAcceptsBoth();

private:
    // Connects count clients to the server and learns the ChannelId of each.
    void connectClients(TcpServerSession &server, int count, Clients &clients,
                        const QHostAddress &host = QHostAddress::LocalHost);
};

void tst_TcpServerSession::connectClients(TcpServerSession &server, int count, Clients &clients,
                                          const QHostAddress &host)
{
    QSignalSpy opened(&server, &Session::channelOpened);
    const size_t first = clients.size();
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<Client>();
        Client *c = client.get();
        connect(c->socket.get(), &QIODevice::readyRead, c->socket.get(),
                [c] { c->received += c->socket->readAll(); });
        c->socket->connectToHost(host, server.listenPort());
        clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), count, kTimeout);
    for (size_t i = first; i < clients.size(); ++i) {
        Client &c = *clients[i];
        QTRY_COMPARE_WITH_TIMEOUT(c.socket->state(), QAbstractSocket::ConnectedState, kTimeout);
        for (int call = 0; call < opened.size(); ++call) {
            if (infoArg(opened, call).port == c.socket->localPort())
                c.id = infoArg(opened, call).id;
        }
        QVERIFY2(c.id != 0, "no channelOpened for a client");
    }
}

void tst_TcpServerSession::listenOnLocalHost()
{
    TcpServerSession server;
    QSignalSpy states(&server, &Session::stateChanged);
    QCOMPARE(server.kind(), Session::Kind::TcpServer);
    QVERIFY(!server.isListening());
    QCOMPARE(server.state(), Session::State::Closed);

    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(server.isListening());
    QVERIFY(server.listenPort() != 0);
    QCOMPARE(server.listenAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(server.state(), Session::State::Open);
    QCOMPARE(statesOf(states), QList<Session::State>{Session::State::Open});
}

void tst_TcpServerSession::relistenAfterClosingPeers()
{
    // Closing connections from the server side leaves them in TIME_WAIT on the server's port;
    // with address reuse on, the same port can be listened on again at once.
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.listenPort();
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(&server, &Session::channelClosed);
    server.close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 2, kTimeout);
    for (const auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->socket->state(), QAbstractSocket::UnconnectedState,
                                  kTimeout);

    QSignalSpy errors(&server, &Session::errorOccurred);
    QVERIFY2(server.listen(QHostAddress::LocalHost, port),
             qPrintable(errors.isEmpty() ? QString() : errors.at(0).at(0).toString()));
    QCOMPARE(server.listenPort(), port);
}

void tst_TcpServerSession::listenAgainRestarts()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 first = server.listenPort();
    QSignalSpy states(&server, &Session::stateChanged);

    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(statesOf(states),
             QList<Session::State>({Session::State::Closed, Session::State::Open}));
    QVERIFY(server.isListening());
    QVERIFY(server.listenPort() != 0);
    // The first port is free again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, first) || server.listenPort() == first);
}

void tst_TcpServerSession::portInUse()
{
    TcpServerSession first;
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    const quint16 port = first.listenPort();

    TcpServerSession second;
    QSignalSpy errors(&second, &Session::errorOccurred);
    QSignalSpy states(&second, &Session::stateChanged);
    QVERIFY(!second.listen(QHostAddress::LocalHost, port));
    QVERIFY(!second.isListening());
    QCOMPARE(second.state(), Session::State::Closed);
    QCOMPARE(states.size(), 0);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
    // An error of the whole session, not of a channel.
    QCOMPARE(errors.at(0).at(1).value<ChannelId>(), ChannelId(0));
    // The first server is unharmed.
    QVERIFY(first.isListening());
}

void tst_TcpServerSession::backlog()
{
    TcpServerSession server;
    QCOMPARE(server.backlog(), TcpServerSession::kDefaultBacklog);
    server.setBacklog(0);
    QCOMPARE(server.backlog(), 1);
    server.setBacklog(-5);
    QCOMPARE(server.backlog(), 1);
    server.setBacklog(16);
    QCOMPARE(server.backlog(), 16);
    // A shorter queue still serves whoever connects.
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
}

void tst_TcpServerSession::channelOpenedInfo()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy opened(&server, &Session::channelOpened);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Clients clients;
    connectClients(server, 1, clients);
    if (QTest::currentTestFailed())
        return;

    const ChannelInfo info = infoArg(opened, 0);
    const quint16 clientPort = clients[0]->socket->localPort();
    QCOMPARE(info.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(info.port, clientPort);
    QCOMPARE(info.label(), QStringLiteral("127.0.0.1:%1").arg(clientPort));
    QCOMPARE(info.localLabel, QString()); // where the server listens: not kept per peer
    QVERIFY(info.openedAt >= before && info.openedAt <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(info.lastSeen, info.openedAt);
    QCOMPARE(info.rxBytes, 0);
    QCOMPARE(info.txBytes, 0);
    QCOMPARE(info.rxCount, 0);
    QCOMPARE(info.txCount, 0);
    QCOMPARE(server.channelCount(), 1);
    QCOMPARE(server.channelIds(), QList<ChannelId>{info.id});
    QVERIFY(server.hasChannel(info.id));
    QCOMPARE(server.channel(info.id).label(), info.label());
    QCOMPARE(info.state, ChannelInfo::State::Open);
    QCOMPARE(server.channel(info.id).stateText(), QStringLiteral("Connected"));
}

void tst_TcpServerSession::receiveFromEachClient()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QHash<ChannelId, QByteArray> received;
    connect(&server, &Session::received, &server,
            [&received](ChannelId id, const QByteArray &data) { received[id] += data; });

    for (size_t i = 0; i < clients.size(); ++i)
        clients[i]->socket->write("hello from client " + QByteArray::number(qulonglong(i)));
    for (size_t i = 0; i < clients.size(); ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(received.value(clients[i]->id),
                                  "hello from client " + QByteArray::number(qulonglong(i)),
                                  kTimeout);
    }
    QCOMPARE(received.size(), 3);
    // Distinct ids, none of them 0, in ascending order.
    const QList<ChannelId> ids = server.channelIds();
    QCOMPARE(QSet<ChannelId>(ids.begin(), ids.end()).size(), 3);
    QVERIFY(!ids.contains(0));
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
}

void tst_TcpServerSession::sendToOne()
{
    TcpServerSession server;
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

void tst_TcpServerSession::sendToAll()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy sent(&server, &Session::sent);

    const QByteArray payload("\x00\xff broadcast \r\n", 15);
    QCOMPARE(server.sendToAll(payload), 3);
    // One sent() for the whole call, with every peer it reached.
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<QList<ChannelId>>(), server.channelIds());
    QCOMPARE(sent.at(0).at(1).toByteArray(), payload);
    for (const auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->received, payload, kTimeout);
}

void tst_TcpServerSession::sendToList()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy sent(&server, &Session::sent);

    const QList<ChannelId> chosen{clients[2]->id, clients[0]->id};
    QCOMPARE(server.send(chosen, "two of you"), 2);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<QList<ChannelId>>(), chosen);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("two of you"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[2]->received, QByteArray("two of you"), kTimeout);
    QCOMPARE(server.sendToAll("|marker"), 3);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("|marker"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("two of you|marker"), kTimeout);
}

void tst_TcpServerSession::sendToUnknownPeer()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy sent(&server, &Session::sent);

    QCOMPARE(server.send(ChannelId(4242), "nobody"), 0);
    QCOMPARE(server.send(QList<ChannelId>{}, "nobody"), 0);
    QCOMPARE(server.sendToAll("nobody"), 0);
    QCOMPARE(sent.size(), 0);
    QVERIFY(!server.hasChannel(4242));
    QCOMPARE(server.channel(4242).id, ChannelId(0));
}

void tst_TcpServerSession::countersPerPeer()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    const qint64 opened = server.channel(clients[0]->id).lastSeen;

    clients[0]->socket->write(QByteArray(1000, 'a'));
    clients[1]->socket->write(QByteArray(10, 'b'));
    QTRY_COMPARE_WITH_TIMEOUT(server.channel(clients[0]->id).rxBytes, 1000, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.channel(clients[1]->id).rxBytes, 10, kTimeout);

    QCOMPARE(server.send(clients[0]->id, "12345"), 1);
    QCOMPARE(server.sendToAll("xyz"), 2);
    const ChannelInfo first = server.channel(clients[0]->id);
    QCOMPARE(first.txBytes, 8);
    QCOMPARE(first.txCount, 2);
    QVERIFY(first.rxCount >= 1);
    QVERIFY(first.lastSeen >= opened);
    QCOMPARE(server.channel(clients[1]->id).txBytes, 3);
    QCOMPARE(server.channel(clients[1]->id).txCount, 1);
    QCOMPARE(server.channel(clients[1]->id).rxBytes, 10);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("12345xyz"), kTimeout);
}

void tst_TcpServerSession::dataBeforeClose()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 1, clients);
    if (QTest::currentTestFailed())
        return;
    QStringList events;
    connect(&server, &Session::received, &server, [&events](ChannelId, const QByteArray &data) {
        events.append(QString::fromLatin1(data));
    });
    connect(&server, &Session::channelClosed, &server,
            [&events] { events.append(QStringLiteral("<closed>")); });

    clients[0]->socket->write("last words");
    clients[0]->socket->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("<closed>")), kTimeout);
    QCOMPARE(events.join(QString()), QStringLiteral("last words<closed>"));
    QCOMPARE(server.channelCount(), 0);
}

void tst_TcpServerSession::resetByPeer()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(&server, &Session::channelClosed);
    QHash<ChannelId, QByteArray> received;
    connect(&server, &Session::received, &server,
            [&received](ChannelId id, const QByteArray &data) { received[id] += data; });

    QTcpSocket *aborting = clients[1]->socket.get();
    QVERIFY(FaultTest::setResetOnClose(int(aborting->socketDescriptor())));
    aborting->abort();

    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(infoArg(closed, 0).id, clients[1]->id);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ResetByPeer);
    QCOMPARE(server.channelCount(), 2);
    QVERIFY(!server.hasChannel(clients[1]->id));

    // The other two keep working in both directions.
    clients[0]->socket->write("still here 0");
    clients[2]->socket->write("still here 2");
    QTRY_COMPARE_WITH_TIMEOUT(received.value(clients[0]->id), QByteArray("still here 0"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(received.value(clients[2]->id), QByteArray("still here 2"), kTimeout);
    QCOMPARE(server.sendToAll("you too"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("you too"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[2]->received, QByteArray("you too"), kTimeout);
    QCOMPARE(closed.size(), 1);
}

void tst_TcpServerSession::closedByPeer()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(&server, &Session::channelClosed);

    clients[0]->socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(infoArg(closed, 0).id, clients[0]->id);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByPeer);
    QCOMPARE(server.channelIds(), QList<ChannelId>{clients[1]->id});
}

// A reset leaves ECONNRESET in errno; a graceful close seen next must not inherit it.
void tst_TcpServerSession::gracefulCloseAfterReset()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(&server, &Session::channelClosed);

    QVERIFY(FaultTest::setResetOnClose(int(clients[0]->socket->socketDescriptor())));
    clients[0]->socket->abort();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ResetByPeer);

    clients[1]->socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 2, kTimeout);
    QCOMPARE(infoArg(closed, 1).id, clients[1]->id);
    QCOMPARE(reasonArg(closed, 1), CloseReason::ClosedByPeer);
}

void tst_TcpServerSession::closeChannel()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 2, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(&server, &Session::channelClosed);
    QSignalSpy changed(&server, &Session::channelChanged);
    QSignalSpy clientSaw(clients[0]->socket.get(), &QAbstractSocket::disconnected);

    server.closeChannel(clients[0]->id);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(infoArg(closed, 0).id, clients[0]->id);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByUser);
    QCOMPARE(infoArg(closed, 0).state, ChannelInfo::State::Closed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<ChannelId>(), clients[0]->id);
    QTRY_COMPARE_WITH_TIMEOUT(clientSaw.size(), 1, kTimeout);
    QCOMPARE(clients[0]->socket->state(), QAbstractSocket::UnconnectedState);

    // The other peer is untouched, and closing an unknown id does nothing.
    server.closeChannel(clients[0]->id);
    QCOMPARE(server.channelIds(), QList<ChannelId>{clients[1]->id});
    QCOMPARE(server.send(clients[1]->id, "ok"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("ok"), kTimeout);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(changed.size(), 1);
}

void tst_TcpServerSession::closeChannelWaitsForQueuedData()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Clients clients;
    connectClients(server, 1, clients);
    if (QTest::currentTestFailed())
        return;
    const ChannelId id = clients[0]->id;
    QSignalSpy closed(&server, &Session::channelClosed);
    QSignalSpy changed(&server, &Session::channelChanged);
    // The client reads nothing yet, so this cannot all leave at once: the close waits for it.
    clients[0]->socket->setReadBufferSize(1);
    const QByteArray payload(32 * 1024 * 1024, 'q');
    QCOMPARE(server.send(id, payload), 1);

    server.closeChannel(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(closed.size(), 0);
    QVERIFY(server.hasChannel(id));
    QCOMPARE(server.channel(id).state, ChannelInfo::State::Closing);
    QCOMPARE(server.channel(id).stateText(), QStringLiteral("Closing"));
    // A closing channel takes no more, and stays out of a send to all.
    QSignalSpy sent(&server, &Session::sent);
    QCOMPARE(server.send(id, "more"), 0);
    QCOMPARE(server.sendToAll("more"), 0);
    QCOMPARE(sent.size(), 0);

    // Once the client reads, all of it arrives, then the close.
    clients[0]->socket->setReadBufferSize(0);
    clients[0]->received += clients[0]->socket->readAll();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TcpConnection::kCloseGraceMs);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByUser);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received.size(), payload.size(), kTimeout);
    QVERIFY(clients[0]->received == payload);
}

void tst_TcpServerSession::closeEndsAllPeers()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.listenPort();
    Clients clients;
    connectClients(server, 3, clients);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(&server, &Session::channelClosed);
    QSignalSpy states(&server, &Session::stateChanged);

    server.close();
    QCOMPARE(statesOf(states), QList<Session::State>{Session::State::Closed});
    QVERIFY(!server.isListening());
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 3, kTimeout);
    for (int call = 0; call < 3; ++call)
        QCOMPARE(reasonArg(closed, call), CloseReason::ClosedByUser);
    QCOMPARE(server.channelCount(), 0);
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

    // Closing again is harmless and reports nothing.
    server.close();
    QCOMPARE(states.size(), 1);
    QCOMPARE(closed.size(), 3);
}

void tst_TcpServerSession::ipv6PeerLabel()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("IPv6 loopback is not available on this machine");
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHostIPv6, 0));
    QSignalSpy opened(&server, &Session::channelOpened);
    Clients clients;
    connectClients(server, 1, clients, QHostAddress::LocalHostIPv6);
    if (QTest::currentTestFailed())
        return;

    const ChannelInfo info = server.channel(clients[0]->id);
    QCOMPARE(info.address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(info.label(), QStringLiteral("[::1]:%1").arg(clients[0]->socket->localPort()));
    QCOMPARE(info.localLabel, QString());
    QCOMPARE(infoArg(opened, 0).label(), info.label());
}

void tst_TcpServerSession::dualStackAcceptsBoth()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("IPv6 loopback is not available on this machine");
    TcpServerSession server;
    if (!server.listen(QHostAddress::Any, 0))
        QSKIP("Cannot listen on all interfaces here");
    Clients clients;
    connectClients(server, 1, clients, QHostAddress::LocalHost);
    connectClients(server, 1, clients, QHostAddress::LocalHostIPv6);
    if (QTest::currentTestFailed())
        return;

    // An IPv4 peer on the dual-stack socket shows as plain IPv4, not ::ffff:127.0.0.1.
    const ChannelInfo v4 = server.channel(clients[0]->id);
    QCOMPARE(v4.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(v4.label(), QStringLiteral("127.0.0.1:%1").arg(clients[0]->socket->localPort()));
    QCOMPARE(v4.localLabel, QString());
    QCOMPARE(server.channel(clients[1]->id).label(),
             QStringLiteral("[::1]:%1").arg(clients[1]->socket->localPort()));
    QCOMPARE(server.sendToAll("both"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0]->received, QByteArray("both"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1]->received, QByteArray("both"), kTimeout);
}

QTEST_GUILESS_MAIN(tst_TcpServerSession)
#include "tst_tcpserversession.moc"
