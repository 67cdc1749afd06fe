#include "payloadcodec.h"
#include "tcpclientbackend.h"

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

QList<TcpClientBackend::State> statesOf(const QSignalSpy &spy)
{
    QList<TcpClientBackend::State> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<TcpClientBackend::State>());
    return states;
}

} // namespace

// Checks TcpClientBackend against a real QTcpServer on the loopback interface: the states it
// goes through, data both ways, and the message or reason for every way a connection fails.
class tst_TcpClientBackend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectStates_data();
    void connectStates();
    void sendPayload_data();
    void sendPayload();
    void receiveReply();
    void sendWhenNotConnected();
    void connectionRefused();
    void unknownHost();
    void emptyHostOrPortZero_data();
    void emptyHostOrPortZero();
    void connectTimeout();
    void resetByPeer();
    void gracefulCloseAfterReset();
    void closedByPeer();
    void closedByUser();
    void abortWhileClosing();
    void cancelWhileConnecting();
    void reconnectResetsCounters();
    void stateText();

private:
    // Connects m_client to m_server and accepts the connection on the server side.
    void connectClient();

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<TcpClientBackend> m_client;
    QTcpSocket *m_serverSide = nullptr; // owned by m_server
};

void tst_TcpClientBackend::init()
{
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<TcpClientBackend>();
    m_serverSide = nullptr;
}

void tst_TcpClientBackend::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_serverSide = nullptr;
}

void tst_TcpClientBackend::connectClient()
{
    QSignalSpy connected(m_client.get(), &TcpClientBackend::connected);
    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->hasPendingConnections(), kTimeout);
    m_serverSide = m_server->nextPendingConnection();
    QVERIFY(m_serverSide);
}

void tst_TcpClientBackend::connectStates_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QHostAddress>("listenOn");
    QTest::addColumn<QString>("peerAddress");

    QTest::newRow("ipv4") << "127.0.0.1" << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1";
    QTest::newRow("name") << "localhost" << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1";
    QTest::newRow("bracketed ipv6")
            << "[::1]" << QHostAddress(QHostAddress::LocalHostIPv6) << "[::1]";
}

void tst_TcpClientBackend::connectStates()
{
    QFETCH(QString, host);
    QFETCH(QHostAddress, listenOn);
    QFETCH(QString, peerAddress);

    if (listenOn.protocol() == QAbstractSocket::IPv6Protocol && !ipv6LoopbackAvailable())
        QSKIP("IPv6 loopback is not available on this machine");
    m_server->close();
    QVERIFY(m_server->listen(listenOn, 0));
    const quint16 port = m_server->serverPort();
    QSignalSpy states(m_client.get(), &TcpClientBackend::stateChanged);
    QSignalSpy connected(m_client.get(), &TcpClientBackend::connected);
    QSignalSpy errors(m_client.get(), &TcpClientBackend::errorOccurred);

    m_client->connectToHost(host, port);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), TcpClientBackend::State::Connected, kTimeout);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(connected.size(), 1);
    const QString expectedPeer = QStringLiteral("%1:%2").arg(peerAddress).arg(port);
    QCOMPARE(connected.at(0).at(0).toString(), expectedPeer);
    QCOMPARE(m_client->peerLabel(), expectedPeer);
    QVERIFY(m_client->localLabel().startsWith(peerAddress + u':'));
    QVERIFY(m_client->localLabel() != expectedPeer);

    // HostLookup (possibly) and Connecting, in that order, then Connected, and nothing else.
    const QList<TcpClientBackend::State> seen = statesOf(states);
    QVERIFY(seen.size() >= 2);
    QCOMPARE(seen.last(), TcpClientBackend::State::Connected);
    QCOMPARE(seen.at(seen.size() - 2), TcpClientBackend::State::Connecting);
    if (seen.size() == 3)
        QCOMPARE(seen.first(), TcpClientBackend::State::HostLookup);
    QVERIFY(seen.size() <= 3);

    QTRY_VERIFY_WITH_TIMEOUT(m_server->hasPendingConnections(), kTimeout);
}

void tst_TcpClientBackend::sendPayload_data()
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

void tst_TcpClientBackend::sendPayload()
{
    QFETCH(QString, input);
    QFETCH(bool, hex);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);

    connectClient();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy sent(m_client.get(), &TcpClientBackend::dataSent);

    const PayloadResult payload = PayloadCodec::build(input, hex, encoding, true, LineEnding::None);
    QVERIFY2(payload.ok(), qPrintable(payload.error));
    QCOMPARE(payload.bytes, expected);
    QVERIFY(m_client->send(payload.bytes));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), expected);
    QCOMPARE(m_client->txBytes(), expected.size());

    QByteArray atServer;
    QTRY_COMPARE_WITH_TIMEOUT((atServer += m_serverSide->readAll()), expected, kTimeout);
}

void tst_TcpClientBackend::receiveReply()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QByteArray received;
    connect(m_client.get(), &TcpClientBackend::dataReceived, m_client.get(),
            [&received](const QByteArray &data) { received += data; });

    // Large enough to arrive in several reads.
    QByteArray reply(300 * 1024, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &byte : reply)
        byte = char(random.bounded(256));
    m_serverSide->write(reply);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), reply.size(), kTimeout);
    QVERIFY(received == reply);
    QCOMPARE(m_client->rxBytes(), reply.size());
}

void tst_TcpClientBackend::sendWhenNotConnected()
{
    QSignalSpy errors(m_client.get(), &TcpClientBackend::errorOccurred);
    QSignalSpy sent(m_client.get(), &TcpClientBackend::dataSent);

    QVERIFY(!m_client->send("nobody listens"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_client->txBytes(), 0);
}

void tst_TcpClientBackend::connectionRefused()
{
    // A port that was just free: nothing listens there now.
    const quint16 port = m_server->serverPort();
    m_server->close();
    QSignalSpy errors(m_client.get(), &TcpClientBackend::errorOccurred);
    QSignalSpy states(m_client.get(), &TcpClientBackend::stateChanged);
    QSignalSpy connected(m_client.get(), &TcpClientBackend::connected);
    QSignalSpy disconnected(m_client.get(), &TcpClientBackend::disconnected);

    m_client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), TcpClientBackend::State::Unconnected, kTimeout);
    QCOMPARE(statesOf(states).last(), TcpClientBackend::State::Unconnected);
    QCOMPARE(connected.size(), 0);
    QCOMPARE(disconnected.size(), 0);
    QVERIFY(!m_client->send("x"));
}

void tst_TcpClientBackend::unknownHost()
{
    QSignalSpy errors(m_client.get(), &TcpClientBackend::errorOccurred);
    QSignalSpy connected(m_client.get(), &TcpClientBackend::connected);
    const QString host = QStringLiteral("no-such-host.invalid"); // .invalid never resolves

    m_client->connectToHost(host, 80);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 15000);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(host), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), TcpClientBackend::State::Unconnected, kTimeout);
    QCOMPARE(connected.size(), 0);
}

void tst_TcpClientBackend::emptyHostOrPortZero_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("empty host") << "" << 80;
    QTest::newRow("blank host") << "   " << 80;
    QTest::newRow("port 0") << "127.0.0.1" << 0;
    QTest::newRow("both") << "" << 0;
}

void tst_TcpClientBackend::emptyHostOrPortZero()
{
    QFETCH(QString, host);
    QFETCH(int, port);

    QSignalSpy errors(m_client.get(), &TcpClientBackend::errorOccurred);
    QSignalSpy states(m_client.get(), &TcpClientBackend::stateChanged);
    m_client->connectToHost(host, quint16(port));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_client->state(), TcpClientBackend::State::Unconnected);
    QCOMPARE(states.size(), 0);
    // The backend is still usable, and nothing more was reported meanwhile.
    connectClient();
    QCOMPARE(errors.size(), 1);
}

void tst_TcpClientBackend::connectTimeout()
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

    QSignalSpy errors(m_client.get(), &TcpClientBackend::errorOccurred);
    QSignalSpy connected(m_client.get(), &TcpClientBackend::connected);
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
    QCOMPARE(m_client->state(), TcpClientBackend::State::Unconnected);
    QCOMPARE(connected.size(), 0);
}

void tst_TcpClientBackend::resetByPeer()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(m_client.get(), &TcpClientBackend::disconnected);

    // SO_LINGER {1, 0} makes close() send a RST instead of a FIN.
    const linger option{1, 0};
    QCOMPARE(::setsockopt(int(m_serverSide->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                          sizeof option),
             0);
    m_serverSide->abort();

    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    QCOMPARE(disconnected.at(0).at(0).value<DisconnectReason>(), DisconnectReason::ResetByPeer);
    QCOMPARE(m_client->state(), TcpClientBackend::State::Unconnected);
}

// A reset leaves ECONNRESET in errno; a graceful close seen next must not inherit it.
void tst_TcpClientBackend::gracefulCloseAfterReset()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QTcpSocket *firstServerSide = m_serverSide;
    TcpClientBackend second;
    QSignalSpy secondConnected(&second, &TcpClientBackend::connected);
    second.connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(secondConnected.size(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->hasPendingConnections(), kTimeout);
    QTcpSocket *secondServerSide = m_server->nextPendingConnection();
    QSignalSpy firstDisconnected(m_client.get(), &TcpClientBackend::disconnected);
    QSignalSpy secondDisconnected(&second, &TcpClientBackend::disconnected);

    const linger option{1, 0};
    QCOMPARE(::setsockopt(int(firstServerSide->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                          sizeof option),
             0);
    firstServerSide->abort();
    QTRY_COMPARE_WITH_TIMEOUT(firstDisconnected.size(), 1, kTimeout);
    QCOMPARE(firstDisconnected.at(0).at(0).value<DisconnectReason>(),
             DisconnectReason::ResetByPeer);

    secondServerSide->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(secondDisconnected.size(), 1, kTimeout);
    QCOMPARE(secondDisconnected.at(0).at(0).value<DisconnectReason>(),
             DisconnectReason::ClosedByPeer);
}

void tst_TcpClientBackend::closedByPeer()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(m_client.get(), &TcpClientBackend::disconnected);
    QByteArray received;
    connect(m_client.get(), &TcpClientBackend::dataReceived, m_client.get(),
            [&received, &disconnected](const QByteArray &data) {
                QVERIFY(disconnected.isEmpty()); // data first, then the close
                received += data;
            });

    m_serverSide->write("goodbye");
    m_serverSide->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    QCOMPARE(disconnected.at(0).at(0).value<DisconnectReason>(), DisconnectReason::ClosedByPeer);
    QCOMPARE(received, QByteArray("goodbye"));
    QCOMPARE(m_client->state(), TcpClientBackend::State::Unconnected);
}

void tst_TcpClientBackend::abortWhileClosing()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    // The server side reads nothing, so 64 MiB cannot all leave: the close waits for it.
    m_serverSide->setReadBufferSize(1);
    QSignalSpy disconnected(m_client.get(), &TcpClientBackend::disconnected);
    QVERIFY(m_client->send(QByteArray(64 * 1024 * 1024, 'x')));
    m_client->disconnectFromHost();
    QCOMPARE(m_client->state(), TcpClientBackend::State::Closing);
    QCOMPARE(disconnected.size(), 0);

    m_client->abort();
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.at(0).at(0).value<DisconnectReason>(), DisconnectReason::ClosedByUser);
    QCOMPARE(m_client->state(), TcpClientBackend::State::Unconnected);
}

void tst_TcpClientBackend::closedByUser()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy disconnected(m_client.get(), &TcpClientBackend::disconnected);
    QSignalSpy serverSaw(m_serverSide, &QAbstractSocket::disconnected);

    QVERIFY(m_client->send("bye"));
    m_client->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    QCOMPARE(disconnected.at(0).at(0).value<DisconnectReason>(), DisconnectReason::ClosedByUser);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), TcpClientBackend::State::Unconnected, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverSaw.size(), 1, kTimeout);
    QCOMPARE(m_serverSide->readAll(), QByteArray("bye"));
}

void tst_TcpClientBackend::cancelWhileConnecting()
{
    QSignalSpy disconnected(m_client.get(), &TcpClientBackend::disconnected);
    QSignalSpy connected(m_client.get(), &TcpClientBackend::connected);
    QSignalSpy errors(m_client.get(), &TcpClientBackend::errorOccurred);

    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QVERIFY(m_client->state() != TcpClientBackend::State::Unconnected);
    m_client->disconnectFromHost();
    QCOMPARE(m_client->state(), TcpClientBackend::State::Unconnected);
    // The abandoned attempt reports nothing, while a new one runs the event loop to success.
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(connected.size(), 1);
    QCOMPARE(disconnected.size(), 0);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_client->state(), TcpClientBackend::State::Connected);
}

void tst_TcpClientBackend::reconnectResetsCounters()
{
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_client->send("12345"));
    m_serverSide->write("abc");
    QTRY_COMPARE_WITH_TIMEOUT(m_client->rxBytes(), 3, kTimeout);
    QCOMPARE(m_client->txBytes(), 5);

    m_client->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), TcpClientBackend::State::Unconnected, kTimeout);
    connectClient();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_client->rxBytes(), 0);
    QCOMPARE(m_client->txBytes(), 0);
    QVERIFY(m_client->send("again"));
    QByteArray atServer;
    QTRY_COMPARE_WITH_TIMEOUT((atServer += m_serverSide->readAll()), QByteArray("again"), kTimeout);
}

void tst_TcpClientBackend::stateText()
{
    QSet<QString> texts;
    for (TcpClientBackend::State state :
         {TcpClientBackend::State::Unconnected, TcpClientBackend::State::HostLookup,
          TcpClientBackend::State::Connecting, TcpClientBackend::State::Connected,
          TcpClientBackend::State::Closing}) {
        const QString text = TcpClientBackend::stateText(state);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 5);
}

QTEST_GUILESS_MAIN(tst_TcpClientBackend)
#include "tst_tcpclientbackend.moc"
