#include "faulttesthelpers.h"
#include "payloadcodec.h"
#include "tcpclientsession.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kTimeout = 5000;

bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

QList<TcpClientSession::Phase> phasesOf(const QSignalSpy &spy)
{
    QList<TcpClientSession::Phase> phases;
    for (const QList<QVariant> &args : spy)
        phases.append(args.at(0).value<TcpClientSession::Phase>());
    return phases;
}

QList<Session::State> statesOf(const QSignalSpy &spy)
{
    QList<Session::State> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<Session::State>());
    return states;
}

ChannelInfo infoArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<ChannelInfo>(spy.at(call).at(0));
}

CloseReason reasonArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<CloseReason>(spy.at(call).at(1));
}

} // namespace

// Checks TcpClientSession against a real QTcpServer on the loopback interface: the phases it
// goes through, data both ways, and the message or reason for every way a connection fails.
// What every kind of session shares is checked in tst_session.
class tst_TcpClientSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectPhases_data();
    void connectPhases();
    void cancelledAsItStarts();
    void channelFollowsConnection();
    void sendPayload_data();
    void sendPayload();
    void sendLeavesAtOnce();
    void receiveReply();
    void sendWhenNotConnected();
    void connectionRefused();
    void unknownHost();
    void emptyHostOrPortZero_data();
    void emptyHostOrPortZero();
    void alreadyConnected();
    void connectTimeout();
    void resetByPeer();
    void gracefulCloseAfterReset();
    void closedByPeer();
    void closedByUser();
    void abortWhileClosing();
    void cancelWhileConnecting();
    void reconnectIsANewChannel();
    void phaseText();

private:
    // Connects m_client to m_server and accepts the connection on the server side.
    void connectClient();
    ChannelInfo current() const { return m_client->channel(m_client->channelId()); }

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<TcpClientSession> m_client;
    QTcpSocket *m_serverSide = nullptr; // owned by m_server
};

void tst_TcpClientSession::init()
{
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<TcpClientSession>();
    m_serverSide = nullptr;
}

void tst_TcpClientSession::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_serverSide = nullptr;
}

void tst_TcpClientSession::connectClient()
{
    QSignalSpy opened(m_client.get(), &Session::channelOpened);
    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->hasPendingConnections(), kTimeout);
    m_serverSide = m_server->nextPendingConnection();
    QVERIFY(m_serverSide);
}

void tst_TcpClientSession::connectPhases_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QHostAddress>("listenOn");
    QTest::addColumn<QString>("peerAddress");

    QTest::newRow("ipv4") << "127.0.0.1" << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1";
    QTest::newRow("name") << "localhost" << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1";
    QTest::newRow("bracketed ipv6")
            << "[::1]" << QHostAddress(QHostAddress::LocalHostIPv6) << "[::1]";
}

void tst_TcpClientSession::connectPhases()
{
    QFETCH(QString, host);
    QFETCH(QHostAddress, listenOn);
    QFETCH(QString, peerAddress);

    if (listenOn.protocol() == QAbstractSocket::IPv6Protocol && !ipv6LoopbackAvailable())
        QSKIP("IPv6 loopback is not available on this machine");
    m_server->close();
    QVERIFY(m_server->listen(listenOn, 0));
    const quint16 port = m_server->serverPort();
    QSignalSpy phases(m_client.get(), &TcpClientSession::phaseChanged);
    QSignalSpy states(m_client.get(), &Session::stateChanged);
    QSignalSpy opened(m_client.get(), &Session::channelOpened);
    QSignalSpy errors(m_client.get(), &Session::errorOccurred);

    m_client->connectToHost(host, port);
    QCOMPARE(m_client->state(), Session::State::Opening);
    QCOMPARE(m_client->host(), withoutBrackets(host));
    QCOMPARE(m_client->port(), port);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->phase(), TcpClientSession::Phase::Connected, kTimeout);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(opened.size(), 1);
    const QString expectedPeer = QStringLiteral("%1:%2").arg(peerAddress).arg(port);
    const ChannelInfo info = infoArg(opened, 0);
    QCOMPARE(info.label(), expectedPeer);
    QCOMPARE(info.id, m_client->channelId());
    QCOMPARE(current().label(), expectedPeer);
    QVERIFY(info.localLabel.startsWith(peerAddress + u':'));
    QVERIFY(info.localLabel != expectedPeer);
    QCOMPARE(current().localLabel, info.localLabel);

    // HostLookup (possibly) and Connecting, in that order, then Connected, and nothing else.
    const QList<TcpClientSession::Phase> seen = phasesOf(phases);
    QVERIFY(seen.size() >= 2);
    QCOMPARE(seen.last(), TcpClientSession::Phase::Connected);
    QCOMPARE(seen.at(seen.size() - 2), TcpClientSession::Phase::Connecting);
    if (seen.size() == 3)
        QCOMPARE(seen.first(), TcpClientSession::Phase::HostLookup);
    QVERIFY(seen.size() <= 3);
    QCOMPARE(statesOf(states),
             QList<Session::State>({Session::State::Opening, Session::State::Open}));

    QTRY_VERIFY_WITH_TIMEOUT(m_server->hasPendingConnections(), kTimeout);
}

void tst_TcpClientSession::channelFollowsConnection()
{
    QCOMPARE(m_client->kind(), Session::Kind::TcpClient);
    QCOMPARE(m_client->channelId(), ChannelId(0));
    QCOMPARE(m_client->channelIds(), QList<ChannelId>());
    QCOMPARE(m_client->channelCount(), 0);
    QVERIFY(!m_client->hasChannel(0));
    connectClient();
    if (QTest::currentTestFailed())
        return;
    const ChannelId id = m_client->channelId();
    QVERIFY(id != 0);
    QCOMPARE(m_client->channelIds(), QList<ChannelId>{id});
    QCOMPARE(m_client->channelCount(), 1);
    QVERIFY(m_client->hasChannel(id));
    QVERIFY(!m_client->hasChannel(0));
    QCOMPARE(current().state, ChannelInfo::State::Open);
    QCOMPARE(current().stateText(), QStringLiteral("Connected"));

    m_serverSide->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->channelCount(), 0, kTimeout);
    QCOMPARE(m_client->channelId(), ChannelId(0));
    QVERIFY(!m_client->hasChannel(id));
    QCOMPARE(m_client->channel(id).id, ChannelId(0));
}

void tst_TcpClientSession::sendPayload_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("gbk text with escapes")
            << QString::fromUtf16(u"你好，世界！\\r\\n") << false << "GBK"
            << QByteArray("\xc4\xe3\xba\xc3\xa3\xac\xca\xc0\xbd\xe7\xa3\xa1\r\n");
    QTest::newRow("utf-8 text") << QString::fromUtf16(u"网络调试助手 😀") << false << "UTF-8"
                                << QString::fromUtf16(u"网络调试助手 😀").toUtf8();
    QTest::newRow("hex") << "48 65,6c\n0x6C 0x6f 00 FF" << true << "UTF-8"
                         << QByteArray("Hello\x00\xff", 7);
    QTest::newRow("nul and high bytes escaped")
            << "\\x00\\x80\\xff\\0" << false << "UTF-8" << QByteArray("\x00\x80\xff\x00", 4);
}

void tst_TcpClientSession::sendPayload()
{
    QFETCH(QString, input);
    QFETCH(bool, hex);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);

    connectClient();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy sent(m_client.get(), &Session::sent);

    const PayloadResult payload = PayloadCodec::build(input, hex, encoding, true, LineEnding::None);
    QVERIFY2(payload.ok(), qPrintable(payload.error));
    QCOMPARE(payload.bytes, expected);
    QCOMPARE(m_client->send(m_client->channelId(), payload.bytes), 1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<QList<ChannelId>>(), QList<ChannelId>{m_client->channelId()});
    QCOMPARE(sent.at(0).at(1).toByteArray(), expected);
    QCOMPARE(current().txBytes, expected.size());
    QCOMPARE(current().txCount, 1);

    QByteArray atServer;
    QTRY_COMPARE_WITH_TIMEOUT((atServer += m_serverSide->readAll()), expected, kTimeout);
}

void tst_TcpClientSession::sendLeavesAtOnce()
{
    // The client flushes a send at once, not on the next pass of the event loop.
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_client->send(m_client->channelId(), "now"), 1);
    // Waits on the server side's socket only: the client's event loop does not run.
    QVERIFY(m_serverSide->waitForReadyRead(kTimeout));
    QCOMPARE(m_serverSide->readAll(), QByteArray("now"));
}

void tst_TcpClientSession::receiveReply()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QByteArray received;
    QSet<ChannelId> channels;
    qsizetype largest = 0;
    connect(m_client.get(), &Session::received, m_client.get(),
            [&](ChannelId id, const QByteArray &data) {
                channels.insert(id);
                largest = qMax(largest, data.size());
                received += data;
            });

    // Large enough to arrive in several reads.
    QByteArray reply(3 * kMaxReadChunk, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &byte : reply)
        byte = char(random.bounded(256));
    m_serverSide->write(reply);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), reply.size(), kTimeout);
    QVERIFY(received == reply);
    QCOMPARE(channels, QSet<ChannelId>{m_client->channelId()});
    QVERIFY2(largest <= kMaxReadChunk, qPrintable(QString::number(largest)));
    QCOMPARE(current().rxBytes, reply.size());
    QVERIFY(current().rxCount >= 3);
}

void tst_TcpClientSession::sendWhenNotConnected()
{
    QSignalSpy errors(m_client.get(), &Session::errorOccurred);
    QSignalSpy sent(m_client.get(), &Session::sent);

    // No open channel: nothing is sent and the count says so; a caller with a user tells them
    // (the client tab does).
    QCOMPARE(m_client->send(m_client->channelId(), "nobody listens"), 0);
    QCOMPARE(m_client->sendToAll("nobody listens"), 0);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(current().txBytes, 0);
}

void tst_TcpClientSession::connectionRefused()
{
    // A port that was just free: nothing listens there now.
    const quint16 port = m_server->serverPort();
    m_server->close();
    QSignalSpy errors(m_client.get(), &Session::errorOccurred);
    QSignalSpy phases(m_client.get(), &TcpClientSession::phaseChanged);
    QSignalSpy states(m_client.get(), &Session::stateChanged);
    QSignalSpy opened(m_client.get(), &Session::channelOpened);
    QSignalSpy closed(m_client.get(), &Session::channelClosed);

    m_client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QCOMPARE(errors.at(0).at(1).value<ChannelId>(), ChannelId(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->phase(), TcpClientSession::Phase::Unconnected, kTimeout);
    QCOMPARE(phasesOf(phases).last(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(m_client->state(), Session::State::Closed);
    QCOMPARE(statesOf(states),
             QList<Session::State>({Session::State::Opening, Session::State::Closed}));
    QCOMPARE(opened.size(), 0);
    QCOMPARE(closed.size(), 0);
    QCOMPARE(m_client->send(m_client->channelId(), "x"), 0);
}

void tst_TcpClientSession::unknownHost()
{
    QSignalSpy errors(m_client.get(), &Session::errorOccurred);
    QSignalSpy opened(m_client.get(), &Session::channelOpened);
    const QString host = QStringLiteral("no-such-host.invalid"); // .invalid never resolves

    m_client->connectToHost(host, 80);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 15000);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(host), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->phase(), TcpClientSession::Phase::Unconnected, kTimeout);
    QCOMPARE(m_client->state(), Session::State::Closed);
    QCOMPARE(opened.size(), 0);
}

void tst_TcpClientSession::emptyHostOrPortZero_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("empty host") << "" << 80;
    QTest::newRow("blank host") << "   " << 80;
    QTest::newRow("port 0") << "127.0.0.1" << 0;
    QTest::newRow("both") << "" << 0;
}

void tst_TcpClientSession::emptyHostOrPortZero()
{
    QFETCH(QString, host);
    QFETCH(int, port);

    QSignalSpy errors(m_client.get(), &Session::errorOccurred);
    QSignalSpy phases(m_client.get(), &TcpClientSession::phaseChanged);
    QSignalSpy states(m_client.get(), &Session::stateChanged);
    m_client->connectToHost(host, quint16(port));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(phases.size(), 0);
    QCOMPARE(states.size(), 0);
    // The session is still usable, and nothing more was reported meanwhile.
    connectClient();
    QCOMPARE(errors.size(), 1);
}

void tst_TcpClientSession::alreadyConnected()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    const ChannelId id = m_client->channelId();
    QSignalSpy errors(m_client.get(), &Session::errorOccurred);
    QSignalSpy closed(m_client.get(), &Session::channelClosed);

    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("disconnect first")),
             qPrintable(errors.at(0).at(0).toString()));
    // The connection is unharmed.
    QCOMPARE(m_client->channelId(), id);
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Connected);
    QCOMPARE(m_client->send(id, "still"), 1);
    QByteArray atServer;
    QTRY_COMPARE_WITH_TIMEOUT((atServer += m_serverSide->readAll()), QByteArray("still"), kTimeout);
    QCOMPARE(closed.size(), 0);
}

void tst_TcpClientSession::connectTimeout()
{
    // A listener with a backlog of 0 that never accepts: once one connection waits in its queue,
    // the kernel drops further SYNs, so a second connect neither succeeds nor fails by itself.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    const auto closeListener = qScopeGuard([listener] { ::close(listener); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 0), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const quint16 port = ntohs(address.sin_port);
    QTcpSocket filler;
    filler.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(filler.state(), QAbstractSocket::ConnectedState, kTimeout);

    QSignalSpy errors(m_client.get(), &Session::errorOccurred);
    QSignalSpy opened(m_client.get(), &Session::channelOpened);
    m_client->setConnectTimeout(300);
    QCOMPARE(m_client->connectTimeout(), 300);
    QElapsedTimer elapsed;
    elapsed.start();
    m_client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
    QVERIFY(elapsed.elapsed() >= 250);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("timed out")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(m_client->state(), Session::State::Closed);
    QCOMPARE(opened.size(), 0);
    m_client->setConnectTimeout(0);
    QCOMPARE(m_client->connectTimeout(), 1);
}

void tst_TcpClientSession::resetByPeer()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_client.get(), &Session::channelClosed);
    QSignalSpy states(m_client.get(), &Session::stateChanged);

    QVERIFY(FaultTest::setResetOnClose(int(m_serverSide->socketDescriptor())));
    m_serverSide->abort();

    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ResetByPeer);
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(statesOf(states), QList<Session::State>{Session::State::Closed});
}

// A reset leaves ECONNRESET in errno; a graceful close seen next must not inherit it.
void tst_TcpClientSession::gracefulCloseAfterReset()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QTcpSocket *firstServerSide = m_serverSide;
    TcpClientSession second;
    QSignalSpy secondOpened(&second, &Session::channelOpened);
    second.connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(secondOpened.size(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->hasPendingConnections(), kTimeout);
    QTcpSocket *secondServerSide = m_server->nextPendingConnection();
    QSignalSpy firstClosed(m_client.get(), &Session::channelClosed);
    QSignalSpy secondClosed(&second, &Session::channelClosed);

    QVERIFY(FaultTest::setResetOnClose(int(firstServerSide->socketDescriptor())));
    firstServerSide->abort();
    QTRY_COMPARE_WITH_TIMEOUT(firstClosed.size(), 1, kTimeout);
    QCOMPARE(reasonArg(firstClosed, 0), CloseReason::ResetByPeer);

    secondServerSide->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(secondClosed.size(), 1, kTimeout);
    QCOMPARE(reasonArg(secondClosed, 0), CloseReason::ClosedByPeer);
}

void tst_TcpClientSession::closedByPeer()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    const ChannelId id = m_client->channelId();
    QSignalSpy closed(m_client.get(), &Session::channelClosed);
    QByteArray received;
    connect(m_client.get(), &Session::received, m_client.get(),
            [&received, &closed](ChannelId, const QByteArray &data) {
                QVERIFY(closed.isEmpty()); // data first, then the close
                received += data;
            });

    m_serverSide->write("goodbye");
    m_serverSide->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByPeer);
    QCOMPARE(infoArg(closed, 0).id, id);
    QCOMPARE(infoArg(closed, 0).rxBytes, 7);
    QCOMPARE(received, QByteArray("goodbye"));
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(m_client->state(), Session::State::Closed);
}

void tst_TcpClientSession::abortWhileClosing()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    // The server side reads nothing, so 64 MiB cannot all leave: the close waits for it.
    m_serverSide->setReadBufferSize(1);
    QSignalSpy closed(m_client.get(), &Session::channelClosed);
    QSignalSpy changed(m_client.get(), &Session::channelChanged);
    QCOMPARE(m_client->send(m_client->channelId(), QByteArray(64 * 1024 * 1024, 'x')), 1);
    m_client->disconnectFromHost();
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Closing);
    QCOMPARE(m_client->state(), Session::State::Closing);
    QCOMPARE(current().state, ChannelInfo::State::Closing);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(closed.size(), 0);
    // A closing connection takes no more.
    QCOMPARE(m_client->send(m_client->channelId(), "more"), 0);

    m_client->abort();
    QCOMPARE(closed.size(), 1);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByUser);
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(m_client->state(), Session::State::Closed);
}

void tst_TcpClientSession::closedByUser()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_client.get(), &Session::channelClosed);
    QSignalSpy serverSaw(m_serverSide, &QAbstractSocket::disconnected);

    QCOMPARE(m_client->send(m_client->channelId(), "bye"), 1);
    m_client->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByUser);
    QCOMPARE(infoArg(closed, 0).txBytes, 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->phase(), TcpClientSession::Phase::Unconnected, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverSaw.size(), 1, kTimeout);
    QCOMPARE(m_serverSide->readAll(), QByteArray("bye"));
}

void tst_TcpClientSession::cancelWhileConnecting()
{
    QSignalSpy closed(m_client.get(), &Session::channelClosed);
    QSignalSpy opened(m_client.get(), &Session::channelOpened);
    QSignalSpy errors(m_client.get(), &Session::errorOccurred);

    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QVERIFY(m_client->phase() != TcpClientSession::Phase::Unconnected);
    m_client->disconnectFromHost();
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(m_client->state(), Session::State::Closed);
    // The abandoned attempt reports nothing, while a new one runs the event loop to success.
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(opened.size(), 1);
    QCOMPARE(closed.size(), 0);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Connected);
}

void tst_TcpClientSession::reconnectIsANewChannel()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    const ChannelId first = m_client->channelId();
    QCOMPARE(m_client->send(first, "12345"), 1);
    m_serverSide->write("abc");
    QTRY_COMPARE_WITH_TIMEOUT(current().rxBytes, 3, kTimeout);
    QCOMPARE(current().txBytes, 5);

    m_client->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->phase(), TcpClientSession::Phase::Unconnected, kTimeout);
    connectClient();
    if (QTest::currentTestFailed())
        return;
    // A new channel, with counters of its own.
    QVERIFY(m_client->channelId() > first);
    QVERIFY(!m_client->hasChannel(first));
    QCOMPARE(current().rxBytes, 0);
    QCOMPARE(current().txBytes, 0);
    QCOMPARE(m_client->send(first, "to the old one"), 0);
    QCOMPARE(m_client->send(m_client->channelId(), "again"), 1);
    QByteArray atServer;
    QTRY_COMPARE_WITH_TIMEOUT((atServer += m_serverSide->readAll()), QByteArray("again"), kTimeout);
}

void tst_TcpClientSession::phaseText()
{
    QSet<QString> texts;
    for (TcpClientSession::Phase phase :
         {TcpClientSession::Phase::Unconnected, TcpClientSession::Phase::HostLookup,
          TcpClientSession::Phase::Connecting, TcpClientSession::Phase::Connected,
          TcpClientSession::Phase::Closing}) {
        const QString text = TcpClientSession::phaseText(phase);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 5);
}

// A stage that gives up as soon as the client starts (a scheduler, a reconnect policy) closes it
// from a slot of stateChanged(Opening): the attempt ends cleanly, and a new one works.
void tst_TcpClientSession::cancelledAsItStarts()
{
    QSignalSpy errors(m_client.get(), &Session::errorOccurred);
    bool cancel = true;
    connect(m_client.get(), &Session::stateChanged, this, [this, &cancel](Session::State state) {
        if (state == Session::State::Opening && cancel)
            m_client->close();
    });
    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QCOMPARE(m_client->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(m_client->state(), Session::State::Closed);
    QCOMPARE(errors.size(), 0);
    QTest::qWait(50);
    QCOMPARE(m_client->channelCount(), 0);

    cancel = false;
    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->phase(), TcpClientSession::Phase::Connected, kTimeout);
    QCOMPARE(m_client->channelCount(), 1);
}

QTEST_GUILESS_MAIN(tst_TcpClientSession)
#include "tst_tcpclientsession.moc"
