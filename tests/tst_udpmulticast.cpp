#include "udpsession.h"
#include "udptesthelpers.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

using UdpTest::ipv6LoopbackAvailable;
using UdpTest::kTimeout;
using UdpTest::Peer;

// Checks the multicast side of UdpSession (UdpMulticast) against real sockets on lo: joining and
// leaving IPv4 and IPv6 groups, receiving and sending on a group, the options of sending, and
// what is refused and why.
class tst_UdpMulticast : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void multicastReceive_data();
    void multicastReceive();
    void multicastSend_data();
    void multicastSend();
    void ipv6GroupJoinLeave_data();
    void ipv6GroupJoinLeave();
    void groupErrors_data();
    void groupErrors();
    void checkGroup_data();
    void checkGroup();
    void multicastOptions();
};

void tst_UdpMulticast::init()
{
    // A warning (a notifier on a closed descriptor, say) is a bug here.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_UdpMulticast::multicastReceive_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::addColumn<QString>("interfaceName");
    QTest::newRow("dual-stack, lo") << QHostAddress(QHostAddress::Any) << QStringLiteral("lo");
    QTest::newRow("dual-stack, 127.0.0.1")
            << QHostAddress(QHostAddress::Any) << QStringLiteral("127.0.0.1");
    QTest::newRow("ipv4, lo") << QHostAddress(QHostAddress::AnyIPv4) << QStringLiteral("lo");
}

void tst_UdpMulticast::multicastReceive()
{
    QFETCH(QHostAddress, bound);
    QFETCH(QString, interfaceName);
    const QNetworkInterface lo = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
    if (!lo.isValid())
        QSKIP("no interface lo");
    const QHostAddress group(QStringLiteral("239.255.77.42"));
    UdpSession session;
    QVERIFY(session.open(bound, 0));
    QSignalSpy groups(&session, &UdpSession::groupsChanged);
    QSignalSpy received(&session, &Session::received);
    QSignalSpy errors(&session, &Session::errorOccurred);

    QVERIFY(session.joinGroup(group, interfaceName));
    QCOMPARE(groups.size(), 1);
    const QList<UdpSession::Group> joined{UdpSession::Group{group, interfaceName}};
    QCOMPARE(session.joinedGroups(), joined);

    // Bound to 127.0.0.1 and sending from lo: nothing can leave the machine.
    Peer sender;
    sender.socket().setMulticastInterface(lo);
    QCOMPARE(sender.socket().multicastInterface().name(), QStringLiteral("lo"));
    sender.socket().setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
    sender.socket().setSocketOption(QAbstractSocket::MulticastTtlOption, 1);
    QVERIFY(sender.sendTo(group, session.localPort(), "to the group"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kTimeout);
    QCOMPARE(received.at(0).at(1).toByteArray(), QByteArray("to the group"));
    const ChannelId id = received.at(0).at(0).value<ChannelId>();
    QCOMPARE(session.channel(id).label(), QStringLiteral("127.0.0.1:%1").arg(sender.port()));

    QVERIFY(session.leaveGroup(group, interfaceName));
    QCOMPARE(groups.size(), 2);
    QVERIFY(session.joinedGroups().isEmpty());
    QVERIFY(sender.sendTo(group, session.localPort(), "after leaving"));
    QVERIFY(sender.sendTo(QHostAddress::LocalHost, session.localPort(), "fence"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, kTimeout);
    QCOMPARE(received.at(1).at(1).toByteArray(), QByteArray("fence"));
    QCOMPARE(errors.size(), 0);

    // Closing leaves what is joined.
    QVERIFY(session.joinGroup(group, interfaceName));
    QCOMPARE(groups.size(), 3);
    session.close();
    QCOMPARE(groups.size(), 4);
    QVERIFY(session.joinedGroups().isEmpty());
}

void tst_UdpMulticast::multicastSend_data()
{
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<bool>("beforeOpen");
    QTest::newRow("lo, before open") << QStringLiteral("lo") << true;
    QTest::newRow("127.0.0.1, while open") << QStringLiteral("127.0.0.1") << false;
}

void tst_UdpMulticast::multicastSend()
{
    QFETCH(QString, interfaceName);
    QFETCH(bool, beforeOpen);
    const QNetworkInterface lo = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
    if (!lo.isValid())
        QSKIP("no interface lo");
    const QHostAddress group(QStringLiteral("239.255.77.43"));
    Peer receiver(QHostAddress::AnyIPv4);
    QVERIFY(receiver.socket().joinMulticastGroup(group, lo));

    UdpSession session;
    QSignalSpy errors(&session, &Session::errorOccurred);
    if (beforeOpen)
        QVERIFY(session.setMulticastInterface(interfaceName));
    QVERIFY(session.setMulticastTtl(3));
    // Bound to 127.0.0.1: a datagram cannot leave the machine from there.
    QVERIFY(session.open(QHostAddress::LocalHost, 0));
    if (!beforeOpen)
        QVERIFY(session.setMulticastInterface(interfaceName));
    QCOMPARE(session.multicastInterface(), interfaceName);
    QVERIFY(session.multicastLoopback());

    QVERIFY(session.sendTo(group.toString(), receiver.port(), "from the session"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.datagrams.size(), 1, kTimeout);
    const QNetworkDatagram datagram = receiver.datagrams.at(0);
    QCOMPARE(datagram.data(), QByteArray("from the session"));
    QCOMPARE(datagram.destinationAddress(), group);
    if (datagram.hopLimit() != -1)
        QCOMPARE(datagram.hopLimit(), 3);
    QCOMPARE(session.channel(session.channelIds().constFirst()).label(),
             QStringLiteral("239.255.77.43:%1").arg(receiver.port()));
    QCOMPARE(errors.size(), 0);
}

void tst_UdpMulticast::ipv6GroupJoinLeave_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::newRow("dual-stack") << QHostAddress(QHostAddress::Any);
    QTest::newRow("ipv6 only") << QHostAddress(QHostAddress::AnyIPv6);
}

void tst_UdpMulticast::ipv6GroupJoinLeave()
{
    QFETCH(QHostAddress, bound);
    if (!ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    const QHostAddress group(QStringLiteral("ff12::4e44:1"));
    UdpSession session;
    QVERIFY(session.setMulticastInterface(QStringLiteral("lo")));
    QVERIFY(session.open(bound, 0));
    QSignalSpy groups(&session, &UdpSession::groupsChanged);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(session.joinGroup(group, QStringLiteral("lo")));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(session.joinedGroups().size(), 1);
    QCOMPARE(session.joinedGroups().constFirst().group, group);

    // lo has no IPv6 multicast route, so this cannot be delivered: it must say so.
    const bool sent = session.sendTo(QStringLiteral("[ff12::4e44:1]"), 4242, "nowhere");
    if (!sent) {
        QCOMPARE(errors.size(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("[ff12::4e44:1]:4242")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("no route")), qPrintable(message));
        QCOMPARE(session.channelCount(), 0);
    }

    QVERIFY(session.leaveGroup(group, QStringLiteral("lo")));
    QCOMPARE(groups.size(), 2);
    QVERIFY(session.joinedGroups().isEmpty());
    QCOMPARE(errors.size(), sent ? 0 : 1);
}

void tst_UdpMulticast::groupErrors_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<bool>("joinFirst");
    QTest::addColumn<QString>("expected");
    const QHostAddress any(QHostAddress::Any);
    QTest::newRow("not multicast") << any << "127.0.0.1"
                                   << "lo" << false << "not a multicast address";
    QTest::newRow("null group") << any << QString() << "lo" << false << "not an IP address";
    QTest::newRow("unknown interface")
            << any << "239.255.77.44"
            << "nosuch0" << false << "no network interface named nosuch0";
    QTest::newRow("address of no interface")
            << any << "239.255.77.44"
            << "203.0.113.77" << false << "no network interface named 203.0.113.77";
    QTest::newRow("ipv6 group, ipv4 socket")
            << QHostAddress(QHostAddress::AnyIPv4) << "ff12::4e44:2"
            << "lo" << false << "IPv6 group ff12::4e44:2";
    QTest::newRow("ipv4 group, ipv6-only socket")
            << QHostAddress(QHostAddress::AnyIPv6) << "239.255.77.44"
            << "lo" << false << "IPv4 group 239.255.77.44";
    QTest::newRow("already joined") << any << "239.255.77.44"
                                    << "lo" << true << "already joined on lo";
    // Such a socket takes only what is sent to 127.0.0.1: the group's datagrams would never
    // reach it.
    QTest::newRow("socket bound to a unicast address")
            << QHostAddress(QHostAddress::LocalHost) << "239.255.77.44"
            << "lo" << false << "bound to 127.0.0.1";
}

void tst_UdpMulticast::groupErrors()
{
    QFETCH(QHostAddress, bound);
    QFETCH(QString, group);
    QFETCH(QString, interfaceName);
    QFETCH(bool, joinFirst);
    QFETCH(QString, expected);
    UdpSession session;
    QVERIFY(session.open(bound, 0));
    const QHostAddress groupAddress = group.isNull() ? QHostAddress() : QHostAddress(group);
    if (joinFirst)
        QVERIFY(session.joinGroup(groupAddress, interfaceName));
    const QList<UdpSession::Group> before = session.joinedGroups();
    QSignalSpy groups(&session, &UdpSession::groupsChanged);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(!session.joinGroup(groupAddress, interfaceName));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(groups.size(), 0);
    QCOMPARE(session.joinedGroups(), before);
}

void tst_UdpMulticast::checkGroup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << "239.255.0.1"
                          << "239.255.0.1" << QString();
    QTest::newRow("spaces") << " 224.0.0.251 "
                            << "224.0.0.251" << QString();
    QTest::newRow("ipv6") << "ff02::1"
                          << "ff02::1" << QString();
    QTest::newRow("brackets") << "[ff12::1]"
                              << "ff12::1" << QString();
    QTest::newRow("v4-mapped") << "::ffff:239.1.2.3"
                               << "239.1.2.3" << QString();
    QTest::newRow("unicast ipv4") << "10.0.0.1" << QString() << "not a multicast address";
    QTest::newRow("unicast ipv6") << "::1" << QString() << "not a multicast address";
    QTest::newRow("garbage") << "garbage" << QString() << "not an IP address";
    QTest::newRow("empty") << "" << QString() << "not an IP address";
    QTest::newRow("out of range") << "239.256.0.1" << QString() << "not an IP address";
}

void tst_UdpMulticast::checkGroup()
{
    QFETCH(QString, text);
    QFETCH(QString, group);
    QFETCH(QString, expected);
    QHostAddress parsed(QStringLiteral("1.2.3.4"));
    const QString message = UdpSession::checkGroup(text, &parsed);
    if (expected.isEmpty()) {
        QCOMPARE(message, QString());
        QCOMPARE(parsed, QHostAddress(group));
    } else {
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(parsed, QHostAddress(QStringLiteral("1.2.3.4")));
    }
}

void tst_UdpMulticast::multicastOptions()
{
    UdpSession session;
    QSignalSpy errors(&session, &Session::errorOccurred);
    QCOMPARE(session.multicastTtl(), 1);
    QVERIFY(session.multicastLoopback());
    QCOMPARE(session.multicastInterface(), QString());

    QVERIFY(!session.setMulticastTtl(0));
    QVERIFY(!session.setMulticastTtl(256));
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("1 to 255")));
    QCOMPARE(session.multicastTtl(), 1);
    QVERIFY(session.setMulticastTtl(5));
    QCOMPARE(session.multicastTtl(), 5);
    QVERIFY(!session.setMulticastInterface(QStringLiteral("nosuch0")));
    QCOMPARE(errors.size(), 3);
    QCOMPARE(session.multicastInterface(), QString());

    QVERIFY(session.open(QHostAddress::Any, 0));
    QVERIFY(session.setMulticastTtl(255));
    QCOMPARE(session.multicastTtl(), 255);
    QVERIFY(session.setMulticastLoopback(false));
    QVERIFY(!session.multicastLoopback());
    QVERIFY(session.setMulticastInterface(QStringLiteral("lo")));
    QCOMPARE(session.multicastInterface(), QStringLiteral("lo"));
    QVERIFY(!session.setMulticastInterface(QStringLiteral("nosuch0")));
    QCOMPARE(session.multicastInterface(), QStringLiteral("lo"));
    QVERIFY(session.setMulticastInterface(QString()));
    QCOMPARE(errors.size(), 4);

    QSignalSpy groups(&session, &UdpSession::groupsChanged);
    QVERIFY(!session.leaveGroup(QHostAddress(QStringLiteral("239.255.77.45")),
                                QStringLiteral("lo")));
    QCOMPARE(errors.size(), 5);
    QVERIFY(errors.at(4).at(0).toString().contains(QLatin1String("not joined")));
    session.close();
    QVERIFY(!session.joinGroup(QHostAddress(QStringLiteral("239.255.77.45")),
                               QStringLiteral("lo")));
    QCOMPARE(errors.size(), 6);
    QVERIFY(errors.at(5).at(0).toString().contains(QLatin1String("not open")));
    QCOMPARE(groups.size(), 0);
}

QTEST_GUILESS_MAIN(tst_UdpMulticast)
#include "tst_udpmulticast.moc"
