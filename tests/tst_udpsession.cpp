#include "udpsession.h"
#include "udptesthelpers.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using UdpTest::ipv6LoopbackAvailable;
using UdpTest::kTimeout;
using UdpTest::Peer;

namespace {

ChannelInfo infoArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<ChannelInfo>(spy.at(call).at(0));
}

// The loopback address of a session's family: where a peer reaches it.
QHostAddress loopbackFor(const QHostAddress &bound)
{
    if (bound == QHostAddress::LocalHostIPv6 || bound == QHostAddress::AnyIPv6)
        return QHostAddress::LocalHostIPv6;
    return QHostAddress::LocalHost;
}

// A port nobody listens on: bound a moment ago and closed again.
quint16 closedPort(const QHostAddress &address)
{
    QUdpSocket socket;
    if (!socket.bind(address, 0, QUdpSocket::DontShareAddress))
        return 0;
    const quint16 port = socket.localPort();
    socket.close();
    return port;
}

QByteArray pattern(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(i * 7 + 3);
    return data;
}

// Sends count datagrams of 16 bytes, each starting with its sequence number, as fast as it can.
void flood(quint16 port, int count, std::atomic<bool> *done)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    char buffer[16] = {};
    for (qint32 i = 0; i < count; ++i) {
        std::memcpy(buffer, &i, sizeof i);
        ::sendto(fd, buffer, sizeof buffer, 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    }
    ::close(fd);
    done->store(true);
}

} // namespace

// Checks UdpSession against real sockets on the loopback interface: binding, datagrams both
// ways with their boundaries, ICMP errors, broadcast on lo, floods, and the order of its signals.
// Multicast is tst_udpmulticast's.
class tst_UdpSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openAndClose_data();
    void openAndClose();
    void portInUse_data();
    void portInUse();
    void notAnAddressOfThisComputer();
    void reopen();
    void receiveAndReply_data();
    void receiveAndReply();
    void sendToName();
    void sendToNameWithoutReachableAddress();
    void sendsKeepOrderBehindLookup();
    void hostNotFound();
    void refusedAtOnce();
    void datagramBoundaries_data();
    void datagramBoundaries();
    void manyDatagramsInOrder();
    void oversizeRefused_data();
    void oversizeRefused();
    void oversizeAfterLookup();
    void oversizeToManyIsOneRefusal();
    void portUnreachable_data();
    void portUnreachable();
    void pendingErrorDoesNotLoseNextSend();
    void broadcastReceived_data();
    void broadcastReceived();
    void broadcastSend();
    void readsInBoundedPasses();
    void floodIsCounted_data();
    void floodIsCounted();
    void closeChannelAndClose();
    void closeDropsPendingSends();
    void sendToUnknownChannel();
    void forgetsLeastRecentlySeen();
    void signalOrderWithReplies();
    void closeFromReceivedSlot();
    void nestedEventLoopInSlot();
};

void tst_UdpSession::init()
{
    // A warning (a notifier on a closed descriptor, say) is a bug here.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_UdpSession::openAndClose_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost) << false;
    QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6) << true;
    QTest::newRow("any") << QHostAddress(QHostAddress::Any) << false;
    QTest::newRow("any-ipv4") << QHostAddress(QHostAddress::AnyIPv4) << false;
    QTest::newRow("any-ipv6") << QHostAddress(QHostAddress::AnyIPv6) << true;
}

void tst_UdpSession::openAndClose()
{
    QFETCH(QHostAddress, address);
    QFETCH(bool, ipv6);
    if (ipv6 && !ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    UdpSession session;
    QSignalSpy states(&session, &Session::stateChanged);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QCOMPARE(session.state(), Session::State::Closed);
    QCOMPARE(session.kind(), Session::Kind::Udp);
    QVERIFY(session.receivesDatagrams());

    QVERIFY(session.open(address, 0));
    QCOMPARE(session.state(), Session::State::Open);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.at(0).at(0).value<Session::State>(), Session::State::Open);
    QVERIFY(session.localPort() != 0);
    QCOMPARE(session.localAddress(), address);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(session.droppedDatagrams(), 0);

    // The reported port is the real one: a peer reaches it.
    Peer peer(loopbackFor(address));
    QVERIFY(peer.isBound());
    QSignalSpy received(&session, &Session::received);
    QVERIFY(peer.sendTo(loopbackFor(address), session.localPort(), "ping"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeout);

    session.close();
    QCOMPARE(session.state(), Session::State::Closed);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(1).at(0).value<Session::State>(), Session::State::Closed);
    QCOMPARE(session.localPort(), quint16(0));
    QCOMPARE(session.channelCount(), 0);
}

void tst_UdpSession::portInUse_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QString>("described");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost)
                               << QStringLiteral("127.0.0.1");
    QTest::newRow("any") << QHostAddress(QHostAddress::Any)
                         << QStringLiteral("all interfaces (IPv4 + IPv6)");
}

void tst_UdpSession::portInUse()
{
    QFETCH(QHostAddress, address);
    QFETCH(QString, described);
    UdpSession first;
    QVERIFY(first.open(address, 0));

    UdpSession second;
    QSignalSpy errors(&second, &Session::errorOccurred);
    QSignalSpy states(&second, &Session::stateChanged);
    QVERIFY(!second.open(address, first.localPort()));
    QCOMPARE(second.state(), Session::State::Closed);
    QCOMPARE(states.size(), 0);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("already in use")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(first.localPort())), qPrintable(message));
    QVERIFY2(message.contains(described), qPrintable(message));
    QCOMPARE(errors.at(0).at(1).value<ChannelId>(), ChannelId(0));
}

void tst_UdpSession::notAnAddressOfThisComputer()
{
    // TEST-NET-3: no interface here has it, and nothing is sent.
    UdpSession session;
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(!session.open(QHostAddress(QStringLiteral("203.0.113.77")), 0));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("203.0.113.77")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not an address of this computer")),
             qPrintable(message));
    QCOMPARE(session.state(), Session::State::Closed);
}

void tst_UdpSession::reopen()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    const quint16 firstPort = session.localPort();
    Peer peer;
    QSignalSpy opened(&session, &Session::channelOpened);
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, firstPort, "1"));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeout);
    QSignalSpy closed(&session, &Session::channelClosed);
    QSignalSpy states(&session, &Session::stateChanged);

    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<Session::State>(), Session::State::Closed);
    QCOMPARE(states.at(1).at(0).value<Session::State>(), Session::State::Open);
    QCOMPARE(session.channelCount(), 0);
    // The first port is free again.
    UdpSession other;
    QVERIFY(other.open(QHostAddress::LocalHost, firstPort));

    QSignalSpy received(&session, &Session::received);
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), "2"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeout);
    QCOMPARE(received.at(0).at(1).toByteArray(), QByteArray("2"));
}

void tst_UdpSession::receiveAndReply_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::addColumn<QHostAddress>("peerAddress");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("host");
    QTest::newRow("ipv4") << QHostAddress(QHostAddress::LocalHost)
                          << QHostAddress(QHostAddress::LocalHost) << QStringLiteral("127.0.0.1:%1")
                          << QStringLiteral("127.0.0.1");
    QTest::newRow("ipv6") << QHostAddress(QHostAddress::LocalHostIPv6)
                          << QHostAddress(QHostAddress::LocalHostIPv6) << QStringLiteral("[::1]:%1")
                          << QStringLiteral("[::1]");
    QTest::newRow("dual-stack ipv4")
            << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHost)
            << QStringLiteral("127.0.0.1:%1") << QStringLiteral("127.0.0.1");
    QTest::newRow("dual-stack ipv6")
            << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHostIPv6)
            << QStringLiteral("[::1]:%1") << QStringLiteral("::1");
    QTest::newRow("dual-stack v4-mapped")
            << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHost)
            << QStringLiteral("127.0.0.1:%1") << QStringLiteral("::ffff:127.0.0.1");
}

void tst_UdpSession::receiveAndReply()
{
    QFETCH(QHostAddress, bound);
    QFETCH(QHostAddress, peerAddress);
    QFETCH(QString, label);
    QFETCH(QString, host);
    if (peerAddress.protocol() == QAbstractSocket::IPv6Protocol && !ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    UdpSession session;
    QVERIFY(session.open(bound, 0));
    Peer peer(peerAddress);
    QVERIFY(peer.isBound());
    QSignalSpy opened(&session, &Session::channelOpened);
    QSignalSpy received(&session, &Session::received);
    QSignalSpy sent(&session, &Session::sent);
    QSignalSpy errors(&session, &Session::errorOccurred);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(peer.sendTo(peerAddress, session.localPort(), "hello"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeout);
    QCOMPARE(opened.size(), 1);
    const ChannelInfo info = infoArg(opened, 0);
    QCOMPARE(info.label(), label.arg(peer.port()));
    QCOMPARE(info.address, peerAddress);
    QCOMPARE(info.port, peer.port());
    QCOMPARE(info.state, ChannelInfo::State::Open);
    QVERIFY(info.openedAt >= before);
    QCOMPARE(received.at(0).at(0).value<ChannelId>(), info.id);
    QCOMPARE(received.at(0).at(1).toByteArray(), QByteArray("hello"));
    QCOMPARE(session.channelIds(), QList<ChannelId>{info.id});
    ChannelInfo now = session.channel(info.id);
    QCOMPARE(now.rxBytes, 5);
    QCOMPARE(now.rxCount, 1);
    QVERIFY(now.lastSeen >= info.openedAt);

    QCOMPARE(session.send(info.id, "back"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 1, kTimeout);
    QCOMPARE(peer.datagrams.at(0).data(), QByteArray("back"));
    QCOMPARE(peer.datagrams.at(0).senderPort(), int(session.localPort()));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<QList<ChannelId>>(), QList<ChannelId>{info.id});
    QCOMPARE(sent.at(0).at(1).toByteArray(), QByteArray("back"));

    // To the same remote by its address: the same channel.
    QVERIFY(session.sendTo(host, peer.port(), "again"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 2, kTimeout);
    QCOMPARE(peer.datagrams.at(1).data(), QByteArray("again"));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).at(0).value<QList<ChannelId>>(), QList<ChannelId>{info.id});
    now = session.channel(info.id);
    QCOMPARE(now.txBytes, 9);
    QCOMPARE(now.txCount, 2);
    QCOMPARE(errors.size(), 0);
}

void tst_UdpSession::sendToName()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer peer;
    QSignalSpy opened(&session, &Session::channelOpened);
    QSignalSpy sent(&session, &Session::sent);
    QSignalSpy errors(&session, &Session::errorOccurred);

    QVERIFY(session.sendTo(QStringLiteral("localhost"), peer.port(), "by name"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 1, kTimeout);
    QCOMPARE(peer.datagrams.at(0).data(), QByteArray("by name"));
    QCOMPARE(opened.size(), 1);
    // An IPv4 socket picks the IPv4 address of the name.
    QCOMPARE(infoArg(opened, 0).label(), QStringLiteral("127.0.0.1:%1").arg(peer.port()));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(errors.size(), 0);
}

void tst_UdpSession::sendToNameWithoutReachableAddress()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    const QList<QHostAddress> addresses =
            QHostInfo::fromName(QStringLiteral("localhost")).addresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            QSKIP("localhost has an IPv6 address here");
    }
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHostIPv6, 0));
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy sent(&session, &Session::sent);
    QVERIFY(session.sendTo(QStringLiteral("localhost"), 9, "x"));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("localhost")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("IPv4")), qPrintable(message));
    QCOMPARE(sent.size(), 0);
    QCOMPARE(session.channelCount(), 0);
}

void tst_UdpSession::sendsKeepOrderBehindLookup()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer peer;
    QSignalSpy sent(&session, &Session::sent);
    QVERIFY(session.sendTo(QStringLiteral("localhost"), peer.port(), "1"));
    QVERIFY(session.sendTo(QStringLiteral("127.0.0.1"), peer.port(), "2"));
    QVERIFY(session.sendTo(QStringLiteral("localhost"), peer.port(), "3"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 3, kTimeout);
    QCOMPARE(peer.datagrams.at(0).data(), QByteArray("1"));
    QCOMPARE(peer.datagrams.at(1).data(), QByteArray("2"));
    QCOMPARE(peer.datagrams.at(2).data(), QByteArray("3"));
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).at(1).toByteArray(), QByteArray("1"));
    QCOMPARE(sent.at(1).at(1).toByteArray(), QByteArray("2"));
    QCOMPARE(sent.at(2).at(1).toByteArray(), QByteArray("3"));
    QCOMPARE(session.channelCount(), 1);
}

void tst_UdpSession::hostNotFound()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer peer;
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy sent(&session, &Session::sent);
    // Not a valid host name, so that nothing asks a name server off this machine.
    QVERIFY(session.sendTo(QStringLiteral("no such host"), peer.port(), "lost"));
    QVERIFY(session.sendTo(QStringLiteral("127.0.0.1"), peer.port(), "behind"));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("no such host")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not found")), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 1, kTimeout);
    QCOMPARE(peer.datagrams.at(0).data(), QByteArray("behind"));
    QCOMPARE(sent.size(), 1);
}

void tst_UdpSession::refusedAtOnce()
{
    UdpSession session;
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(!session.sendTo(QStringLiteral("127.0.0.1"), 9, "x"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("not open")));

    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    QVERIFY(!session.sendTo(QStringLiteral("127.0.0.1"), 0, "x"));
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(1).at(0).toString().contains(QLatin1String("port 0")));
    QVERIFY(!session.sendTo(QStringLiteral("  "), 9, "x"));
    QCOMPARE(errors.size(), 3);
    // An IPv4 socket cannot reach an IPv6 address.
    QVERIFY(!session.sendTo(QStringLiteral("[::1]"), 9, "x"));
    QCOMPARE(errors.size(), 4);
    QVERIFY2(errors.at(3).at(0).toString().contains(QLatin1String("[::1]:9")),
             qPrintable(errors.at(3).at(0).toString()));
    QCOMPARE(session.channelCount(), 0);

    if (!ipv6LoopbackAvailable())
        return;
    UdpSession v6;
    QSignalSpy v6Errors(&v6, &Session::errorOccurred);
    QVERIFY(v6.open(QHostAddress::LocalHostIPv6, 0));
    QVERIFY(!v6.sendTo(QStringLiteral("127.0.0.1"), 9, "x"));
    QCOMPARE(v6Errors.size(), 1);
    QVERIFY(v6Errors.at(0).at(0).toString().contains(QLatin1String("IPv6")));
}

void tst_UdpSession::datagramBoundaries_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<int>("size");
    QTest::newRow("ipv4 empty") << QHostAddress(QHostAddress::LocalHost) << 0;
    QTest::newRow("ipv4 1 byte") << QHostAddress(QHostAddress::LocalHost) << 1;
    QTest::newRow("ipv4 1472 bytes") << QHostAddress(QHostAddress::LocalHost) << 1472;
    QTest::newRow("ipv4 largest") << QHostAddress(QHostAddress::LocalHost)
                                  << UdpSession::kMaxIPv4Payload;
    QTest::newRow("ipv6 empty") << QHostAddress(QHostAddress::LocalHostIPv6) << 0;
    QTest::newRow("ipv6 largest") << QHostAddress(QHostAddress::LocalHostIPv6)
                                  << UdpSession::kMaxIPv6Payload;
}

void tst_UdpSession::datagramBoundaries()
{
    QFETCH(QHostAddress, address);
    QFETCH(int, size);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    UdpSession session;
    QVERIFY(session.open(address, 0));
    Peer peer(address);
    QSignalSpy received(&session, &Session::received);
    QSignalSpy errors(&session, &Session::errorOccurred);

    const QByteArray data = pattern(size);
    QVERIFY(peer.sendTo(address, session.localPort(), data));
    QVERIFY(peer.sendTo(address, session.localPort(), "next"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, kTimeout);
    QCOMPARE(received.at(0).at(1).toByteArray().size(), size);
    QCOMPARE(received.at(0).at(1).toByteArray(), data);
    QCOMPARE(received.at(1).at(1).toByteArray(), QByteArray("next"));
    const ChannelId id = received.at(0).at(0).value<ChannelId>();
    QCOMPARE(session.channel(id).rxCount, 2);
    QCOMPARE(session.channel(id).rxBytes, size + 4);

    QCOMPARE(session.send(id, data), 1);
    QCOMPARE(session.send(id, "after"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 2, kTimeout);
    QCOMPARE(peer.datagrams.at(0).data(), data);
    QCOMPARE(peer.datagrams.at(1).data(), QByteArray("after"));
    QCOMPARE(errors.size(), 0);
}

void tst_UdpSession::manyDatagramsInOrder()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer peer;
    QList<QByteArray> received;
    connect(&session, &Session::received, this,
            [&received](ChannelId, const QByteArray &data) { received.append(data); });
    constexpr int kCount = 2000;
    for (int i = 0; i < kCount; ++i)
        QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), QByteArray::number(i)));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), kCount, kTimeout);
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(received.at(i), QByteArray::number(i));
    QCOMPARE(session.channelCount(), 1);
    QCOMPARE(session.channel(session.channelIds().constFirst()).rxCount, kCount);
    QCOMPARE(session.droppedDatagrams(), 0);
}

// A payload too large for UDP sent to every remote: one message, and nothing sent to any of them.
void tst_UdpSession::oversizeToManyIsOneRefusal()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<Peer>> peers;
    for (int i = 0; i < 3; ++i) {
        peers.push_back(std::make_unique<Peer>());
        QVERIFY(peers.back()->sendTo(QHostAddress::LocalHost, session.localPort(), "hi"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(session.channelCount(), 3, kTimeout);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy sent(&session, &Session::sent);

    QCOMPARE(session.sendToAll(QByteArray(UdpSession::kMaxIPv4Payload + 1, 'x')), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("65,507")) ||
                     errors.at(0).at(0).toString().contains(QStringLiteral("65507")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(sent.size(), 0);
    // The size allowed still goes to all of them.
    QCOMPARE(session.sendToAll(QByteArray(UdpSession::kMaxIPv4Payload, 'y')), 3);
    for (const auto &peer : peers) {
        QTRY_COMPARE_WITH_TIMEOUT(peer->datagrams.size(), 1, kTimeout);
        QCOMPARE(peer->datagrams.first().data().size(), UdpSession::kMaxIPv4Payload);
    }
}

void tst_UdpSession::oversizeRefused_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::addColumn<QHostAddress>("peerAddress");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("accepted");
    const QHostAddress v4(QHostAddress::LocalHost);
    const QHostAddress v6(QHostAddress::LocalHostIPv6);
    const QHostAddress any(QHostAddress::Any);
    QTest::newRow("ipv4 largest") << v4 << v4 << "127.0.0.1" << 65507 << true;
    QTest::newRow("ipv4 one more") << v4 << v4 << "127.0.0.1" << 65508 << false;
    QTest::newRow("dual-stack ipv4 one more") << any << v4 << "127.0.0.1" << 65508 << false;
    QTest::newRow("ipv6 largest") << v6 << v6 << "::1" << 65527 << true;
    QTest::newRow("ipv6 one more") << v6 << v6 << "::1" << 65528 << false;
    QTest::newRow("dual-stack ipv6 largest") << any << v6 << "::1" << 65527 << true;
}

void tst_UdpSession::oversizeRefused()
{
    QFETCH(QHostAddress, bound);
    QFETCH(QHostAddress, peerAddress);
    QFETCH(QString, host);
    QFETCH(int, size);
    QFETCH(bool, accepted);
    if (peerAddress.protocol() == QAbstractSocket::IPv6Protocol && !ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    UdpSession session;
    QVERIFY(session.open(bound, 0));
    Peer peer(peerAddress);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy sent(&session, &Session::sent);

    const QByteArray data(size, 'x');
    QCOMPARE(session.sendTo(host, peer.port(), data), accepted);
    QCOMPARE(errors.size(), accepted ? 0 : 1);
    QCOMPARE(sent.size(), accepted ? 1 : 0);
    if (!accepted) {
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QString::number(size)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("at most")), qPrintable(message));
    }
    // A fence: whatever went before it has arrived when it does.
    QVERIFY(session.sendTo(host, peer.port(), "fence"));
    QTRY_VERIFY_WITH_TIMEOUT(
            !peer.datagrams.isEmpty() && peer.datagrams.constLast().data() == "fence", kTimeout);
    QCOMPARE(peer.datagrams.size(), accepted ? 2 : 1);
    if (accepted)
        QCOMPARE(peer.datagrams.at(0).data(), data);

    // The same through the channel.
    const ChannelId id = session.channelIds().constFirst();
    QCOMPARE(session.send(id, data), accepted ? 1 : 0);
    QCOMPARE(errors.size(), accepted ? 0 : 2);
}

void tst_UdpSession::oversizeAfterLookup()
{
    // Only after looking "localhost" up does a dual-stack socket know it goes out as IPv4.
    UdpSession session;
    QVERIFY(session.open(QHostAddress::Any, 0));
    Peer peer;
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy sent(&session, &Session::sent);
    QVERIFY(session.sendTo(QStringLiteral("localhost"), peer.port(), QByteArray(65508, 'x')));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("65507")), qPrintable(message));
    QCOMPARE(sent.size(), 0);
    QVERIFY(!session.sendTo(QStringLiteral("localhost"), peer.port(), QByteArray(65528, 'x')));
    QCOMPARE(errors.size(), 2);
}

void tst_UdpSession::portUnreachable_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::addColumn<QHostAddress>("destination");
    QTest::addColumn<QString>("label");
    const QHostAddress v4(QHostAddress::LocalHost);
    const QHostAddress v6(QHostAddress::LocalHostIPv6);
    const QHostAddress any(QHostAddress::Any);
    QTest::newRow("ipv4") << v4 << v4 << "127.0.0.1:%1";
    QTest::newRow("ipv6") << v6 << v6 << "[::1]:%1";
    QTest::newRow("dual-stack to ipv4") << any << v4 << "127.0.0.1:%1";
    QTest::newRow("dual-stack to ipv6") << any << v6 << "[::1]:%1";
}

void tst_UdpSession::portUnreachable()
{
    QFETCH(QHostAddress, bound);
    QFETCH(QHostAddress, destination);
    QFETCH(QString, label);
    if (destination.protocol() == QAbstractSocket::IPv6Protocol && !ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    UdpSession session;
    QVERIFY(session.open(bound, 0));
    const quint16 port = closedPort(destination);
    QVERIFY(port != 0);
    QSignalSpy opened(&session, &Session::channelOpened);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy closed(&session, &Session::channelClosed);

    // Nothing else comes in: only the notifier waking on POLLERR can report it.
    QVERIFY(session.sendTo(destination.toString(), port, "anyone?"));
    QCOMPARE(opened.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(label.arg(port)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Nothing is listening")), qPrintable(message));
    QCOMPARE(errors.at(0).at(1).value<ChannelId>(), infoArg(opened, 0).id);
    // The remote stays: something may listen there later.
    QCOMPARE(closed.size(), 0);
    QTest::qWait(50);
    QCOMPARE(errors.size(), 1);
}

void tst_UdpSession::pendingErrorDoesNotLoseNextSend()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer peer;
    const quint16 dead = closedPort(QHostAddress::LocalHost);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy received(&session, &Session::received);

    // On loopback the ICMP answer is back before sendto() returns, and the socket's pending
    // error fails the next sendto() once.
    QVERIFY(session.sendTo(QStringLiteral("127.0.0.1"), dead, "to nobody"));
    QVERIFY(session.sendTo(QStringLiteral("127.0.0.1"), peer.port(), "after"));
    QVERIFY(session.sendTo(QStringLiteral("127.0.0.1"), dead, "to nobody again"));
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), "in"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 1, kTimeout);
    QCOMPARE(peer.datagrams.at(0).data(), QByteArray("after"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeout);
    QCOMPARE(received.at(0).at(1).toByteArray(), QByteArray("in"));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, kTimeout);
    for (const QList<QVariant> &error : std::as_const(errors)) {
        QVERIFY2(error.at(0).toString().contains(QStringLiteral("127.0.0.1:%1").arg(dead)),
                 qPrintable(error.at(0).toString()));
    }
}

void tst_UdpSession::broadcastReceived_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::newRow("any-ipv4") << QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("any") << QHostAddress(QHostAddress::Any);
}

void tst_UdpSession::broadcastReceived()
{
    QFETCH(QHostAddress, bound);
    UdpSession session;
    QVERIFY(session.open(bound, 0));
    Peer sender;
    QSignalSpy opened(&session, &Session::channelOpened);
    QSignalSpy received(&session, &Session::received);
    // The broadcast address of lo: it never leaves this machine.
    QVERIFY(sender.sendTo(QHostAddress(QStringLiteral("127.255.255.255")), session.localPort(),
                          "to all"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeout);
    QCOMPARE(received.at(0).at(1).toByteArray(), QByteArray("to all"));
    QCOMPARE(infoArg(opened, 0).label(), QStringLiteral("127.0.0.1:%1").arg(sender.port()));
}

void tst_UdpSession::broadcastSend()
{
    Peer receiver(QHostAddress::AnyIPv4);
    QVERIFY(receiver.isBound());
    UdpSession session;
    QVERIFY(session.broadcastEnabled());
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    QSignalSpy errors(&session, &Session::errorOccurred);
    const QString broadcast = QStringLiteral("127.255.255.255");

    QVERIFY(session.sendTo(broadcast, receiver.port(), "b1"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.datagrams.size(), 1, kTimeout);
    QCOMPARE(receiver.datagrams.at(0).data(), QByteArray("b1"));

    session.setBroadcastEnabled(false);
    QVERIFY(!session.broadcastEnabled());
    QVERIFY(!session.sendTo(broadcast, receiver.port(), "b2"));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("sending to broadcast addresses is off")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("127.255.255.255:%1").arg(receiver.port())),
             qPrintable(message));

    // Off before open too.
    UdpSession closedBroadcast;
    closedBroadcast.setBroadcastEnabled(false);
    QSignalSpy otherErrors(&closedBroadcast, &Session::errorOccurred);
    QVERIFY(closedBroadcast.open(QHostAddress::LocalHost, 0));
    QVERIFY(!closedBroadcast.sendTo(broadcast, receiver.port(), "b3"));
    QCOMPARE(otherErrors.size(), 1);
    QCOMPARE(closedBroadcast.channelCount(), 0);

    session.setBroadcastEnabled(true);
    QVERIFY(session.sendTo(broadcast, receiver.port(), "b4"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.datagrams.size(), 2, kTimeout);
    QCOMPARE(receiver.datagrams.at(1).data(), QByteArray("b4"));
    QCOMPARE(errors.size(), 1);
}

void tst_UdpSession::readsInBoundedPasses()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer peer;
    int received = 0;
    connect(&session, &Session::received, this, [&received] { ++received; });
    // Waiting in the kernel before the event loop runs: more than one pass can take.
    constexpr int kCount = 3000;
    for (int i = 0; i < kCount; ++i)
        QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), QByteArray::number(i)));
    QList<int> seenByTimer;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { seenByTimer.append(received); });
    timer.start(0);
    QTRY_COMPARE_WITH_TIMEOUT(received, kCount, kTimeout);
    timer.stop();
    const bool between = std::any_of(seenByTimer.cbegin(), seenByTimer.cend(),
                                     [](int seen) { return seen > 0 && seen < kCount; });
    QVERIFY2(between, "the timer never ran while the datagrams were being read");
    QCOMPARE(session.droppedDatagrams(), 0);
}

void tst_UdpSession::floodIsCounted_data()
{
    QTest::addColumn<bool>("stall");
    QTest::newRow("reader keeps up") << false;
    // A stage that blocks until the flood is over: the kernel's buffer overflows and drops.
    QTest::newRow("reader stalls") << true;
}

void tst_UdpSession::floodIsCounted()
{
    QFETCH(bool, stall);
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    QSignalSpy drops(&session, &UdpSession::droppedDatagramsChanged);
    Peer marker;
    std::atomic<bool> done{false};
    qint64 flooded = 0;
    qint64 markers = 0;
    qint32 last = -1;
    bool inOrder = true;
    ChannelId floodId = 0;
    connect(&session, &Session::received, this, [&](ChannelId id, const QByteArray &data) {
        // The flood comes first; markers only after it.
        if (floodId == 0)
            floodId = id;
        if (id != floodId) {
            ++markers;
            return;
        }
        qint32 sequence = 0;
        std::memcpy(&sequence, data.constData(), sizeof sequence);
        inOrder = inOrder && data.size() == 16 && sequence > last;
        last = sequence;
        if (++flooded == 1000 && stall) {
            QElapsedTimer stalled;
            stalled.start();
            while (!done.load() && stalled.elapsed() < 30000)
                QThread::msleep(1);
        }
    });
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(10);

    constexpr int kCount = 200000;
    QElapsedTimer clock;
    clock.start();
    std::thread sender(flood, session.localPort(), kCount, &done);
    // A plain event loop, as the application runs one: QTest::qWaitFor() sleeps between passes.
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done.load())
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    const qint64 floodMs = clock.elapsed();
    const int ticksDuringFlood = ticks;
    sender.join();

    // The kernel counts a drop on the next datagram it queues: markers until one arrives.
    qint64 markersSent = 0;
    while (markers == 0 && markersSent < 100) {
        QVERIFY(marker.sendTo(QHostAddress::LocalHost, session.localPort(), "marker"));
        ++markersSent;
        if (QTest::qWaitFor([&markers] { return markers > 0; }, 200))
            break;
    }
    QVERIFY(markers > 0);
    qInfo("flood of %d in %lld ms: %lld received, %lld dropped, %d timer ticks", kCount, floodMs,
          flooded, session.droppedDatagrams(), ticksDuringFlood);
    QVERIFY(inOrder);
    QVERIFY(flooded > 0);
    if (!stall) {
        QVERIFY2(floodMs < 100 || ticksDuringFlood > 0,
                 "the event loop stood still during the flood");
    }
    if (session.droppedDatagrams() < 0)
        QSKIP("SO_RXQ_OVFL is not available");
    QCOMPARE(flooded + markers + session.droppedDatagrams(), kCount + markersSent);
    if (stall)
        QVERIFY(session.droppedDatagrams() > 0);
    if (session.droppedDatagrams() > 0) {
        QVERIFY(!drops.isEmpty());
        QCOMPARE(drops.constLast().at(0).value<qint64>(), session.droppedDatagrams());
    }
}

void tst_UdpSession::closeChannelAndClose()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer first;
    Peer second;
    QSignalSpy opened(&session, &Session::channelOpened);
    QSignalSpy closed(&session, &Session::channelClosed);
    QVERIFY(first.sendTo(QHostAddress::LocalHost, session.localPort(), "1"));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeout);
    QVERIFY(second.sendTo(QHostAddress::LocalHost, session.localPort(), "2"));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, kTimeout);
    const ChannelId firstId = infoArg(opened, 0).id;
    const ChannelId secondId = infoArg(opened, 1).id;
    QVERIFY(firstId < secondId);
    QCOMPARE(session.channelIds(), (QList<ChannelId>{firstId, secondId}));

    session.closeChannel(firstId);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(infoArg(closed, 0).id, firstId);
    QCOMPARE(infoArg(closed, 0).state, ChannelInfo::State::Closed);
    QCOMPARE(closed.at(0).at(1).value<CloseReason>(), CloseReason::ClosedByUser);
    QCOMPARE(session.channelIds(), QList<ChannelId>{secondId});
    QVERIFY(!session.hasChannel(firstId));
    QCOMPARE(session.channel(firstId).id, ChannelId(0));
    session.closeChannel(firstId);
    QCOMPARE(closed.size(), 1);

    // Heard from again: a new channel.
    QVERIFY(first.sendTo(QHostAddress::LocalHost, session.localPort(), "again"));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 3, kTimeout);
    const ChannelId thirdId = infoArg(opened, 2).id;
    QVERIFY(thirdId > secondId);
    QCOMPARE(infoArg(opened, 2).port, first.port());

    session.close();
    QCOMPARE(closed.size(), 3);
    QCOMPARE(infoArg(closed, 1).id, secondId);
    QCOMPARE(infoArg(closed, 2).id, thirdId);
    QCOMPARE(closed.at(2).at(1).value<CloseReason>(), CloseReason::ClosedByUser);
    QCOMPARE(session.channelCount(), 0);
    QVERIFY(session.channelIds().isEmpty());
    QCOMPARE(session.state(), Session::State::Closed);
}

void tst_UdpSession::closeDropsPendingSends()
{
    Peer peer;
    {
        UdpSession session;
        QVERIFY(session.open(QHostAddress::LocalHost, 0));
        QSignalSpy errors(&session, &Session::errorOccurred);
        QSignalSpy opened(&session, &Session::channelOpened);
        QSignalSpy sent(&session, &Session::sent);
        QVERIFY(session.sendTo(QStringLiteral("localhost"), peer.port(), "never"));
        QVERIFY(session.sendTo(QStringLiteral("127.0.0.1"), peer.port(), "never either"));
        session.close();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("2 datagram")),
                 qPrintable(errors.at(0).at(0).toString()));
        QTest::qWait(200);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(sent.size(), 0);

        // Open again: a lookup of before does not come back.
        QVERIFY(session.open(QHostAddress::LocalHost, 0));
        QVERIFY(session.sendTo(QStringLiteral("localhost"), peer.port(), "destroyed first"));
    }
    QTest::qWait(200);
    QVERIFY(peer.datagrams.isEmpty());
}

void tst_UdpSession::sendToUnknownChannel()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy sent(&session, &Session::sent);
    const ChannelId unknown = Session::nextChannelId();
    // Skipped, as by every kind of session: the count says nothing went.
    QCOMPARE(session.send(unknown, "x"), 0);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(session.sendToAll("nobody"), 0);
}

void tst_UdpSession::forgetsLeastRecentlySeen()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    Peer kept;
    QSignalSpy closed(&session, &Session::channelClosed);
    QList<ChannelId> ids;
    connect(&session, &Session::channelOpened, this,
            [&ids](const ChannelInfo &info) { ids.append(info.id); });
    QVERIFY(kept.sendTo(QHostAddress::LocalHost, session.localPort(), "kept"));
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 1, kTimeout);
    QTest::qWait(5);

    // Each remote from an address of its own in 127.0.0.0/8 (all of it is lo's), so that a port
    // the system hands out again cannot make two remotes one. A few hundred at a time, so that
    // none is dropped.
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(session.localPort());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    quint32 nextSource = (127u << 24) + 2;
    const auto sendFromNewSockets = [&](int count) {
        for (int i = 0; i < count; ++i) {
            const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            sockaddr_in from{};
            from.sin_family = AF_INET;
            from.sin_addr.s_addr = htonl(nextSource++);
            if (::bind(fd, reinterpret_cast<const sockaddr *>(&from), sizeof from) == 0)
                ::sendto(fd, "x", 1, 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
            ::close(fd);
        }
    };
    while (ids.size() < UdpSession::kMaxRemotes) {
        const qsizetype before = ids.size();
        const int count = int(qMin<qsizetype>(500, UdpSession::kMaxRemotes - ids.size()));
        sendFromNewSockets(count);
        QTRY_COMPARE_WITH_TIMEOUT(ids.size(), before + count, kTimeout);
    }
    QCOMPARE(closed.size(), 0);
    QCOMPARE(session.channelCount(), UdpSession::kMaxRemotes);

    // Heard from again: now the first remote is the most recently seen.
    QTest::qWait(5);
    QVERIFY(kept.sendTo(QHostAddress::LocalHost, session.localPort(), "still here"));
    QTRY_COMPARE_WITH_TIMEOUT(session.channel(ids.constFirst()).rxCount, 2, kTimeout);

    // A new one: the kForgetAtOnce least recently seen go, the oldest first, the kept one not.
    sendFromNewSockets(1);
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), UdpSession::kMaxRemotes + 1, kTimeout);
    QCOMPARE(closed.size(), UdpSession::kForgetAtOnce);
    for (int i = 0; i < UdpSession::kForgetAtOnce; ++i) {
        QCOMPARE(infoArg(closed, i).id, ids.at(i + 1));
        QCOMPARE(closed.at(i).at(1).value<CloseReason>(), CloseReason::Forgotten);
    }
    QVERIFY(closed.at(0).at(2).toString().contains(QString::number(UdpSession::kMaxRemotes)));
    QCOMPARE(session.channelCount(), UdpSession::kMaxRemotes - UdpSession::kForgetAtOnce + 1);
    QVERIFY(session.hasChannel(ids.constFirst()));
    QVERIFY(!session.hasChannel(ids.at(1)));
    QVERIFY(session.hasChannel(ids.last()));

    // Until the list is full again, new remotes cost no scan and forget nobody.
    sendFromNewSockets(UdpSession::kForgetAtOnce - 1);
    QTRY_COMPARE_WITH_TIMEOUT(session.channelCount(), UdpSession::kMaxRemotes, kTimeout);
    QCOMPARE(closed.size(), UdpSession::kForgetAtOnce);
}

void tst_UdpSession::signalOrderWithReplies()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    // A stage like Responder, connected first: it answers from inside received().
    connect(&session, &Session::received, this, [&session](ChannelId id, const QByteArray &data) {
        if (!data.startsWith("re:"))
            session.send(id, "re:" + data);
    });
    QStringList events;
    connect(&session, &Session::channelOpened, this,
            [&events](const ChannelInfo &info) { events.append("opened " + info.label()); });
    connect(&session, &Session::received, this, [&events](ChannelId, const QByteArray &data) {
        events.append("received " + QString::fromLatin1(data));
    });
    connect(&session, &Session::sent, this,
            [&events](const QList<ChannelId> &, const QByteArray &data) {
                events.append("sent " + QString::fromLatin1(data));
            });
    Peer peer;
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), "q1"));
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), "q2"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 2, kTimeout);
    const QString label = QStringLiteral("127.0.0.1:%1").arg(peer.port());
    QCOMPARE(events, (QStringList{"opened " + label, "received q1", "sent re:q1", "received q2",
                                  "sent re:q2"}));
    QCOMPARE(peer.datagrams.at(0).data(), QByteArray("re:q1"));
    QCOMPARE(peer.datagrams.at(1).data(), QByteArray("re:q2"));
}

void tst_UdpSession::closeFromReceivedSlot()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    QStringList events;
    connect(&session, &Session::received, this, [&](ChannelId, const QByteArray &data) {
        events.append("received " + QString::fromLatin1(data));
        session.close();
    });
    connect(&session, &Session::channelClosed, this,
            [&events](const ChannelInfo &) { events.append(QStringLiteral("closed")); });
    connect(&session, &Session::stateChanged, this, [&events](Session::State state) {
        if (state == Session::State::Closed)
            events.append(QStringLiteral("state closed"));
    });
    Peer peer;
    // In one batch of reading: the rest must not be read after the close.
    for (const char *data : {"a", "b", "c"})
        QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), data));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Closed, kTimeout);
    QTest::qWait(20);
    QCOMPARE(events, (QStringList{"received a", "closed", "state closed"}));

    // Open again from a slot, while the notifier of before is still delivering.
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    const quint16 port = session.localPort();
    events.clear();
    session.disconnect(this);
    int received = 0;
    connect(&session, &Session::received, this, [&](ChannelId, const QByteArray &) {
        if (++received == 1) {
            session.close();
            session.open(QHostAddress::LocalHost, port);
        }
    });
    for (const char *data : {"d", "e", "f"})
        QVERIFY(peer.sendTo(QHostAddress::LocalHost, port, data));
    QTest::qWait(50);
    QCOMPARE(received, 1);
    QCOMPARE(session.state(), Session::State::Open);
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, port, "g"));
    QTRY_COMPARE_WITH_TIMEOUT(received, 2, kTimeout);
}

void tst_UdpSession::nestedEventLoopInSlot()
{
    UdpSession session;
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    QList<QByteArray> received;
    connect(&session, &Session::received, this, [&received](ChannelId, const QByteArray &data) {
        received.append(data);
        // A stage that shows a dialog, say: the event loop runs inside the signal.
        if (received.size() == 1)
            QTest::qWait(30);
    });
    Peer peer;
    constexpr int kCount = 200;
    for (int i = 0; i < kCount; ++i)
        QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), QByteArray::number(i)));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), kCount, kTimeout);
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(received.at(i), QByteArray::number(i));
    // More after it still arrive: the notifier is on again.
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, session.localPort(), "later"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), kCount + 1, kTimeout);
}

QTEST_GUILESS_MAIN(tst_UdpSession)
#include "tst_udpsession.moc"
