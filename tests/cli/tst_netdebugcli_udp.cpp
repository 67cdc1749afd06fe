#include "clitesthelpers.h"

#include <QNetworkInterface>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

// Runs "netdebug-cli listen --udp" and "send --udp" against real UDP sockets on the loopback
// interface. Every datagram stays on this machine: unicast to 127.0.0.1 and ::1, broadcast only
// to 127.255.255.255, multicast only joined on and sent from the loopback interface.
class TestNetDebugCliUdp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listenShowsEachDatagramWithItsSender();
    void listenPrintsJsonWithSender();
    void characterSplitAcrossDatagramsShowsWhole();
    void listenShowsEmptyDatagram();
    void listenAnswersEveryDatagram_data();
    void listenAnswersEveryDatagram();
    void listenWritesOutputFile();
    void listenOverIPv6();
    void listenStopsAtTimeout();
    void listenOnPortInUseFails();

    void sendDeliversOneDatagram_data();
    void sendDeliversOneDatagram();
    void sendUntilReplyReturnsAtFirstReply();
    void sendWaitsWithoutReply();
    void sendUntilReplyFailsWithoutReply();
    void sendRepeats();
    void sendOverIPv6();
    void sendToClosedPortFails();
    void sendOversizeToHostNameFails();
    void sendFileLargerThanADatagram();

    void broadcastNeedsTheOption_data();
    void broadcastNeedsTheOption();
    void multicastOnLoopback_data();
    void multicastOnLoopback();

    void badInput_data();
    void badInput();
    void helpDocumentsUdp();

private:
    // Starts "listen 0 --udp <options> --json" and waits for its port.
    static bool startJsonListen(CliProcess &cli, const QStringList &options, quint16 *port);
    static QStringList events(const CliProcess &cli);
    QString loopbackName() const;
    QHostAddress randomGroup() const;

    QTemporaryDir m_dir;
    QString m_bigFile;
    bool m_hasIPv6 = false;
};

void TestNetDebugCliUdp::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_bigFile = m_dir.filePath(QStringLiteral("70000.bin"));
    QFile file(m_bigFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(randomBytes(70000, 5)), qint64(70000));
    file.close();
    QUdpSocket probe;
    m_hasIPv6 = probe.bind(QHostAddress::LocalHostIPv6, 0);
    QVERIFY(!loopbackName().isEmpty());
}

bool TestNetDebugCliUdp::startJsonListen(CliProcess &cli, const QStringList &options, quint16 *port)
{
    cli.start(QStringList{QStringLiteral("listen"), QStringLiteral("0"), QStringLiteral("--udp"),
                          QStringLiteral("--json")} +
              options);
    const bool ok =
            QTest::qWaitFor([&] { return cli.jsonListeningPort() != 0 || cli.done; }, 10000);
    *port = cli.jsonListeningPort();
    return ok && *port != 0;
}

QStringList TestNetDebugCliUdp::events(const CliProcess &cli)
{
    QStringList names;
    for (const QJsonObject &object : cli.jsonLines())
        names.append(object.value(QStringLiteral("event")).toString());
    return names;
}

QString TestNetDebugCliUdp::loopbackName() const
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.flags().testFlag(QNetworkInterface::IsLoopBack))
            return interface.name();
    }
    return {};
}

QHostAddress TestNetDebugCliUdp::randomGroup() const
{
    // Site-local scope (239.255/16); the listener's port, not the group, keeps runs apart.
    QRandomGenerator *random = QRandomGenerator::global();
    return QHostAddress(QStringLiteral("239.255.%1.%2")
                                .arg(random->bounded(1, 255))
                                .arg(random->bounded(1, 255)));
}

void TestNetDebugCliUdp::listenShowsEachDatagramWithItsSender()
{
    CliProcess cli;
    quint16 port = 0;
    QVERIFY2(startListen(cli,
                         {QStringLiteral("--udp"), QStringLiteral("--bind"),
                          QStringLiteral("127.0.0.1")},
                         &port),
             cli.err.constData());
    QVERIFY2(cli.err.contains("(UDP)"), cli.err.constData());
    UdpPeer peer;
    QVERIFY(peer.bound);
    QCOMPARE(peer.socket.writeDatagram("hello", QHostAddress::LocalHost, port), qint64(5));
    QCOMPARE(peer.socket.writeDatagram("world\n", QHostAddress::LocalHost, port), qint64(6));
    // Each datagram on a line of its own, never run together with the next.
    QTRY_COMPARE(cli.out, QByteArray("hello\nworld\n"));
    const QByteArray from = " from " + peer.label().toUtf8() + '\n';
    QVERIFY2(cli.err.contains("received 5 byte") && cli.err.contains("received 6 byte"),
             cli.err.constData());
    QCOMPARE(cli.err.count(from), qsizetype(2));
    QVERIFY2(!cli.err.contains("connected"), cli.err.constData());
    QCOMPARE(cli.process.state(), QProcess::Running);
}

void TestNetDebugCliUdp::listenPrintsJsonWithSender()
{
    CliProcess cli;
    quint16 port = 0;
    QVERIFY2(startJsonListen(cli, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1")}, &port),
             cli.err.constData());
    const QJsonObject listening = cli.jsonLines().value(0);
    QCOMPARE(listening.value(QStringLiteral("address")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(port));
    QCOMPARE(listening.value(QStringLiteral("transport")).toString(), QStringLiteral("udp"));

    UdpPeer peer;
    QVERIFY(peer.bound);
    // A literal backslash, then the four characters \xCA, then a byte that does not decode.
    const QByteArray tricky = QByteArray("a\\b \\xCA ") + char(0xCA);
    QVERIFY(peer.socket.writeDatagram("hello", QHostAddress::LocalHost, port) == 5);
    QVERIFY(peer.socket.writeDatagram(tricky, QHostAddress::LocalHost, port) == tricky.size());
    // What a JSON string must escape, and characters beyond ASCII and beyond the BMP.
    const QString special = QStringLiteral("\"q\"\t\x01\x1f\r\n/\u00e9\u4f60\U0001F600");
    const QByteArray specialBytes = special.toUtf8();
    QVERIFY(peer.socket.writeDatagram(specialBytes, QHostAddress::LocalHost, port) ==
            specialBytes.size());
    QTRY_COMPARE(cli.rawJsonLines("rx").size(), qsizetype(3));

    const QList<QByteArray> lines = cli.rawJsonLines("rx");
    const QString keysInOrder = QStringLiteral("time peer event bytes hex text");
    QCOMPARE(jsonKeys(lines.at(0)).join(u' '), keysInOrder);
    QVERIFY2(lines.at(0).endsWith(",\"peer\":\"" + peer.label().toUtf8() +
                                  "\",\"event\":\"rx\",\"bytes\":5,\"hex\":\"68656c6c6f\","
                                  "\"text\":\"hello\"}"),
             lines.at(0).constData());
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(QStringLiteral("peer")).toString(), peer.label());
    QCOMPARE(second.value(QStringLiteral("bytes")).toInt(), int(tricky.size()));
    QCOMPARE(second.value(QStringLiteral("hex")).toString(), QString::fromLatin1(tricky.toHex()));
    // A backslash of the data is doubled, so that \xCA can only mean the undecodable byte. The
    // last byte may start a character that goes on in the sender's next datagram: decoded as
    // its stream, it is told in the next event, where it turns out not to.
    QCOMPARE(second.value(QStringLiteral("text")).toString(), QStringLiteral("a\\\\b \\\\xCA "));
    const QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(third.value(QStringLiteral("text")).toString(), QStringLiteral("\\xCA") + special);
    QCOMPARE(jsonKeys(lines.at(2)).join(u' '), keysInOrder);
}

// A sender's datagrams are decoded as one stream, as the window's log does: a device that sends
// a text in pieces (a serial-to-UDP bridge, say) shows no 乱码 where a character was cut.
void TestNetDebugCliUdp::characterSplitAcrossDatagramsShowsWhole()
{
    CliProcess cli;
    quint16 port = 0;
    QVERIFY2(startJsonListen(cli, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1")}, &port),
             cli.err.constData());
    UdpPeer peer;
    QVERIFY(peer.bound);
    const QByteArray text = QStringLiteral("你好").toUtf8();
    QVERIFY(peer.socket.writeDatagram(text.left(2), QHostAddress::LocalHost, port) == 2);
    QTRY_COMPARE(cli.rawJsonLines("rx").size(), qsizetype(1));
    QVERIFY(peer.socket.writeDatagram(text.mid(2), QHostAddress::LocalHost, port) ==
            text.size() - 2);
    QTRY_COMPARE(cli.rawJsonLines("rx").size(), qsizetype(2));
    const QList<QByteArray> lines = cli.rawJsonLines("rx");
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(first.value(QStringLiteral("bytes")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QString());
    QCOMPARE(second.value(QStringLiteral("bytes")).toInt(), int(text.size()) - 2);
    QCOMPARE(second.value(QStringLiteral("text")).toString(), QStringLiteral("你好"));
}

void TestNetDebugCliUdp::listenShowsEmptyDatagram()
{
    CliProcess json;
    quint16 port = 0;
    QVERIFY(startJsonListen(json, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1")}, &port));
    UdpPeer peer;
    QVERIFY(peer.bound);
    QCOMPARE(peer.socket.writeDatagram(QByteArray(), QHostAddress::LocalHost, port), qint64(0));
    QCOMPARE(peer.socket.writeDatagram("x", QHostAddress::LocalHost, port), qint64(1));
    QTRY_COMPARE(json.rawJsonLines("rx").size(), qsizetype(2));
    const QJsonObject empty = QJsonDocument::fromJson(json.rawJsonLines("rx").at(0)).object();
    QCOMPARE(empty.value(QStringLiteral("bytes")).toInt(-1), 0);
    QCOMPARE(empty.value(QStringLiteral("hex")).toString(QStringLiteral("?")), QString());
    QCOMPARE(empty.value(QStringLiteral("text")).toString(QStringLiteral("?")), QString());
    QCOMPARE(empty.value(QStringLiteral("peer")).toString(), peer.label());

    CliProcess text;
    QVERIFY(startListen(
            text, {QStringLiteral("--udp"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1")},
            &port));
    QCOMPARE(peer.socket.writeDatagram(QByteArray(), QHostAddress::LocalHost, port), qint64(0));
    QTRY_VERIFY2(text.err.contains("received 0 byte"), text.err.constData());
    QVERIFY(text.err.contains(peer.label().toUtf8()));
    QTRY_COMPARE(text.out, QByteArray("\n"));
}

void TestNetDebugCliUdp::listenAnswersEveryDatagram_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("answer"); // empty: the datagram itself
    QTest::newRow("echo") << QStringList{QStringLiteral("--echo")} << QByteArray();
    QTest::newRow("reply") << QStringList{QStringLiteral("--reply"), QStringLiteral("OK\\n"),
                                          QStringLiteral("--escapes")}
                           << QByteArray("OK\n");
    QTest::newRow("reply-hex") << QStringList{QStringLiteral("--reply-hex"),
                                              QStringLiteral("00 FF")}
                               << QByteArray("\0\xFF", 2);
}

void TestNetDebugCliUdp::listenAnswersEveryDatagram()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, answer);
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startJsonListen(
            cli, options + QStringList{QStringLiteral("--bind"), QStringLiteral("127.0.0.1")},
            &port));
    UdpPeer peer;
    QVERIFY(peer.bound);
    const QList<QByteArray> sent{"one", "two", "three"};
    for (const QByteArray &datagram : sent)
        QCOMPARE(peer.socket.writeDatagram(datagram, QHostAddress::LocalHost, port),
                 qint64(datagram.size()));
    QList<QByteArray> expected;
    for (const QByteArray &datagram : sent)
        expected.append(answer.isEmpty() ? datagram : answer);
    // One answer to every datagram, each a datagram of its own.
    QTRY_COMPARE(peer.datagrams, expected);
    for (const QNetworkDatagram &datagram : std::as_const(peer.received))
        QCOMPARE(datagram.senderPort(), int(port));

    // Each answer is reported after what it answers.
    QTRY_COMPARE(events(cli).size(), 7);
    QCOMPARE(events(cli),
             (QStringList{QStringLiteral("listening"), QStringLiteral("rx"), QStringLiteral("tx"),
                          QStringLiteral("rx"), QStringLiteral("tx"), QStringLiteral("rx"),
                          QStringLiteral("tx")}));
    for (const QJsonObject &object : cli.jsonLines()) {
        if (object.value(QStringLiteral("event")).toString() != u"listening")
            QCOMPARE(object.value(QStringLiteral("peer")).toString(), peer.label());
    }
    QCOMPARE(jsonKeys(cli.rawJsonLines("tx").value(0)).join(u' '),
             QStringLiteral("time peer event bytes hex text"));
}

void TestNetDebugCliUdp::listenWritesOutputFile()
{
    const QString path = m_dir.filePath(QStringLiteral("udp-output.bin"));
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(cli,
                        {QStringLiteral("--udp"), QStringLiteral("--bind"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--output"), path},
                        &port));
    UdpPeer peer;
    QVERIFY(peer.bound);
    const QByteArray first = randomBytes(1500, 9);
    const QByteArray second("\0\\x\xFF", 4);
    QVERIFY(peer.socket.writeDatagram(first, QHostAddress::LocalHost, port) == first.size());
    QVERIFY(peer.socket.writeDatagram(second, QHostAddress::LocalHost, port) == second.size());
    QTRY_COMPARE(cli.err.count(" from " + peer.label().toUtf8()), qsizetype(2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == first + second);
    verifyUserOnly(path);
    QCOMPARE(cli.out, QByteArray());
}

void TestNetDebugCliUdp::listenOverIPv6()
{
    if (!m_hasIPv6)
        QSKIP("No IPv6 loopback here");
    CliProcess cli;
    quint16 port = 0;
    QVERIFY2(startJsonListen(
                     cli,
                     {QStringLiteral("--bind"), QStringLiteral("::1"), QStringLiteral("--echo")},
                     &port),
             cli.err.constData());
    QCOMPARE(cli.jsonLines().value(0).value(QStringLiteral("address")).toString(),
             QStringLiteral("[::1]:%1").arg(port));
    UdpPeer peer(QHostAddress::LocalHostIPv6);
    QVERIFY(peer.bound);
    QCOMPARE(peer.socket.writeDatagram("v6", QHostAddress::LocalHostIPv6, port), qint64(2));
    QTRY_COMPARE(peer.datagrams, QList<QByteArray>{"v6"});
    const QList<QByteArray> rx = cli.rawJsonLines("rx");
    QCOMPARE(rx.size(), qsizetype(1));
    QCOMPARE(QJsonDocument::fromJson(rx.first()).object().value(QStringLiteral("peer")).toString(),
             QStringLiteral("[::1]:%1").arg(peer.socket.localPort()));
}

void TestNetDebugCliUdp::listenStopsAtTimeout()
{
    CliProcess cli;
    cli.start({QStringLiteral("listen"), QStringLiteral("0"), QStringLiteral("--udp"),
               QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--timeout"),
               QStringLiteral("0.3")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.elapsedMs >= 300, qPrintable(QString::number(cli.elapsedMs)));
    QVERIFY2(cli.err.contains("--timeout"), cli.err.constData());
}

void TestNetDebugCliUdp::listenOnPortInUseFails()
{
    UdpPeer busy;
    QVERIFY(busy.bound);
    CliProcess cli;
    QVERIFY(cli.run({QStringLiteral("listen"), busy.port(), QStringLiteral("--udp"),
                     QStringLiteral("--bind"), QStringLiteral("127.0.0.1")}));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.err.contains("in use") && cli.err.contains(busy.port().toUtf8()),
             cli.err.constData());
    QCOMPARE(cli.err.count('\n'), qsizetype(1));
    QCOMPARE(cli.out, QByteArray());
}

void TestNetDebugCliUdp::sendDeliversOneDatagram_data()
{
    const QString path = m_dir.filePath(QStringLiteral("datagram.bin"));
    const QByteArray fileBytes = randomBytes(3000, 8) + QByteArray("\0\r\n", 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(fileBytes), qint64(fileBytes.size()));
    file.close();
    const QString largest = m_dir.filePath(QStringLiteral("65507.bin"));
    const QByteArray largestBytes = randomBytes(65507, 10);
    QFile large(largest);
    QVERIFY(large.open(QIODevice::WriteOnly));
    QCOMPARE(large.write(largestBytes), qint64(largestBytes.size()));
    large.close();

    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QStringList{QStringLiteral("hello")} << QByteArray("hello");
    QTest::newRow("empty text, an empty datagram") << QStringList{QString()} << QByteArray();
    QTest::newRow("hex") << QStringList{QStringLiteral("--hex"), QStringLiteral("68 69 00")}
                         << QByteArray("hi\0", 3);
    QTest::newRow("file") << QStringList{QStringLiteral("--file"), path} << fileBytes;
    QTest::newRow("largest IPv4 datagram")
            << QStringList{QStringLiteral("--file"), largest} << largestBytes;
    QTest::newRow("line ending") << QStringList{QStringLiteral("hi"),
                                                QStringLiteral("--line-ending"),
                                                QStringLiteral("crlf")}
                                 << QByteArray("hi\r\n");
}

void TestNetDebugCliUdp::sendDeliversOneDatagram()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    UdpPeer peer;
    QVERIFY(peer.bound);
    CliProcess cli;
    cli.start(QStringList{QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
                          QStringLiteral("--udp"), QStringLiteral("--wait"), QStringLiteral("0")} +
              arguments);
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QTRY_COMPARE(peer.datagrams.size(), 1);
    QCOMPARE(peer.datagrams.first().size(), expected.size());
    QVERIFY(peer.datagrams.first() == expected);
    QVERIFY2(cli.err.contains(" to " + peer.label().toUtf8()), cli.err.constData());
}

void TestNetDebugCliUdp::sendUntilReplyReturnsAtFirstReply()
{
    UdpPeer peer;
    QVERIFY(peer.bound);
    peer.reply = "pong";
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
               QStringLiteral("ping"), QStringLiteral("--udp"), QStringLiteral("--wait"),
               QStringLiteral("5000"), QStringLiteral("--until-reply")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.elapsedMs < 2500, qPrintable(QString::number(cli.elapsedMs)));
    QCOMPARE(peer.datagrams, QList<QByteArray>{"ping"});
    QCOMPARE(cli.out, QByteArray("pong\n"));
    QVERIFY2(cli.err.contains("from " + peer.label().toUtf8()), cli.err.constData());
}

void TestNetDebugCliUdp::sendWaitsWithoutReply()
{
    UdpPeer peer;
    QVERIFY(peer.bound);
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
               QStringLiteral("ping"), QStringLiteral("--udp"), QStringLiteral("--wait"),
               QStringLiteral("400")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.elapsedMs >= 400, qPrintable(QString::number(cli.elapsedMs)));
    QVERIFY2(cli.elapsedMs < 4000, qPrintable(QString::number(cli.elapsedMs)));
    QCOMPARE(peer.datagrams, QList<QByteArray>{"ping"});
    QCOMPARE(cli.out, QByteArray());
}

void TestNetDebugCliUdp::sendUntilReplyFailsWithoutReply()
{
    UdpPeer peer;
    QVERIFY(peer.bound);
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
               QStringLiteral("ping"), QStringLiteral("--udp"), QStringLiteral("--wait"),
               QStringLiteral("200"), QStringLiteral("--until-reply")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.err.contains("No reply") && cli.err.contains("200 ms"), cli.err.constData());
    QCOMPARE(peer.datagrams, QList<QByteArray>{"ping"});
}

void TestNetDebugCliUdp::sendRepeats()
{
    UdpPeer peer;
    QVERIFY(peer.bound);
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
               QStringLiteral("ab"), QStringLiteral("--udp"), QStringLiteral("--repeat"),
               QStringLiteral("4"), QStringLiteral("--interval"), QStringLiteral("10"),
               QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    // Four datagrams, not one stream of eight bytes.
    QTRY_COMPARE(peer.datagrams, (QList<QByteArray>{"ab", "ab", "ab", "ab"}));
    const QList<QByteArray> tx = cli.rawJsonLines("tx");
    QCOMPARE(tx.size(), qsizetype(4));
    for (const QByteArray &line : tx) {
        QCOMPARE(jsonKeys(line).join(u' '), QStringLiteral("time peer event bytes hex text"));
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QStringLiteral("peer")).toString(), peer.label());
        QCOMPARE(object.value(QStringLiteral("hex")).toString(), QStringLiteral("6162"));
    }
}

void TestNetDebugCliUdp::sendOverIPv6()
{
    if (!m_hasIPv6)
        QSKIP("No IPv6 loopback here");
    UdpPeer peer(QHostAddress::LocalHostIPv6);
    QVERIFY(peer.bound);
    peer.reply = "six";
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("::1"), peer.port(), QStringLiteral("v6"),
               QStringLiteral("--udp"), QStringLiteral("--until-reply"), QStringLiteral("--wait"),
               QStringLiteral("5000"), QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(peer.datagrams, QList<QByteArray>{"v6"});
    QCOMPARE(peer.received.first().senderAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    const QList<QByteArray> rx = cli.rawJsonLines("rx");
    QCOMPARE(rx.size(), qsizetype(1));
    const QJsonObject reply = QJsonDocument::fromJson(rx.first()).object();
    QCOMPARE(reply.value(QStringLiteral("peer")).toString(), peer.label());
    QCOMPARE(reply.value(QStringLiteral("text")).toString(), QStringLiteral("six"));
}

void TestNetDebugCliUdp::sendToClosedPortFails()
{
    quint16 closed = 0;
    {
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
        closed = socket.localPort();
    }
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), QString::number(closed),
               QStringLiteral("anyone?"), QStringLiteral("--udp"), QStringLiteral("--wait"),
               QStringLiteral("5000")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 1);
    // The ICMP answer ends the wait at once.
    QVERIFY2(cli.elapsedMs < 2500, qPrintable(QString::number(cli.elapsedMs)));
    QVERIFY2(cli.err.contains("port unreachable") && cli.err.contains(QByteArray::number(closed)),
             cli.err.constData());
    QCOMPARE(cli.err.count("netdebug-cli: "), qsizetype(1));
}

void TestNetDebugCliUdp::sendOversizeToHostNameFails()
{
    // A name is known only once it is looked up: the session refuses the datagram then.
    UdpPeer peer;
    QVERIFY(peer.bound);
    CliProcess cli;
    QVERIFY(cli.run({QStringLiteral("send"), QStringLiteral("localhost"), peer.port(),
                     QStringLiteral("--udp"), QString(70000, u'x')}));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.err.contains("70000") && cli.err.contains("at most"), cli.err.constData());
    QCOMPARE(cli.err.count("netdebug-cli: "), qsizetype(1));
    QVERIFY(!peer.socket.hasPendingDatagrams());
}

void TestNetDebugCliUdp::sendFileLargerThanADatagram()
{
    // A file is streamed: what one datagram cannot carry goes in the next.
    UdpPeer peer;
    QVERIFY(peer.bound);
    QFile file(m_bigFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
               QStringLiteral("--udp"), QStringLiteral("--file"), m_bigFile,
               QStringLiteral("--wait"), QStringLiteral("0")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QTRY_COMPARE(peer.datagrams.size(), 2);
    QCOMPARE(peer.datagrams.at(0).size(), 65507);
    QVERIFY(peer.datagrams.join() == bytes);
}

void TestNetDebugCliUdp::broadcastNeedsTheOption_data()
{
    QTest::addColumn<bool>("cliListener"); // else a QUdpSocket bound to 0.0.0.0
    QTest::newRow("QUdpSocket on 0.0.0.0") << false;
    QTest::newRow("listen --udp on all interfaces") << true;
}

void TestNetDebugCliUdp::broadcastNeedsTheOption()
{
    QFETCH(bool, cliListener);
    // The loopback network's broadcast address: nothing leaves the machine.
    const QString broadcast = QStringLiteral("127.255.255.255");
    QUdpSocket receiver;
    CliProcess listener;
    quint16 port = 0;
    QByteArrayList fromSocket;
    // Everything that has arrived so far, in order.
    const auto received = [&]() -> QByteArrayList {
        if (!cliListener) {
            while (receiver.hasPendingDatagrams())
                fromSocket.append(receiver.receiveDatagram().data());
            return fromSocket;
        }
        QByteArrayList datagrams;
        for (const QJsonObject &object : listener.jsonLines()) {
            if (object.value(QStringLiteral("event")).toString() == u"rx")
                datagrams.append(object.value(QStringLiteral("text")).toString().toUtf8());
        }
        return datagrams;
    };
    if (cliListener) {
        QVERIFY(startJsonListen(listener, {}, &port));
    } else {
        QVERIFY(receiver.bind(QHostAddress::AnyIPv4, 0));
        port = receiver.localPort();
    }

    CliProcess refused;
    QVERIFY(refused.run({QStringLiteral("send"), broadcast, QString::number(port),
                         QStringLiteral("refused"), QStringLiteral("--udp")}));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY2(refused.err.contains("--broadcast") && refused.err.contains(broadcast.toUtf8()),
             refused.err.constData());

    CliProcess allowed;
    QVERIFY(allowed.run({QStringLiteral("send"), broadcast, QString::number(port),
                         QStringLiteral("allowed"), QStringLiteral("--udp"),
                         QStringLiteral("--broadcast"), QStringLiteral("--wait"),
                         QStringLiteral("0")}));
    QVERIFY2(allowed.exitCode() == 0, allowed.err.constData());
    QTRY_VERIFY(!received().isEmpty());
    // The refused send sent nothing: it came first, so it would be first in the queue.
    QCOMPARE(received(), QByteArrayList{"allowed"});
}

void TestNetDebugCliUdp::multicastOnLoopback_data()
{
    QTest::addColumn<QString>("joinOn");
    QTest::addColumn<bool>("cliSender"); // else a QUdpSocket
    QTest::newRow("join on 127.0.0.1, sent by send --udp") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("join on lo by name, sent by send --udp") << loopbackName() << true;
    QTest::newRow("join on 127.0.0.1, sent by a QUdpSocket")
            << QStringLiteral("127.0.0.1") << false;
}

void TestNetDebugCliUdp::multicastOnLoopback()
{
    QFETCH(QString, joinOn);
    QFETCH(bool, cliSender);
    const QHostAddress group = randomGroup();
    CliProcess listener;
    quint16 port = 0;
    QVERIFY2(startJsonListen(listener,
                             {QStringLiteral("--join"), group.toString(),
                              QStringLiteral("--multicast-interface"), joinOn,
                              QStringLiteral("--echo")},
                             &port),
             listener.err.constData());

    QString senderLabel;
    if (cliSender) {
        CliProcess sender;
        sender.start({QStringLiteral("send"), group.toString(), QString::number(port),
                      QStringLiteral("to the group"), QStringLiteral("--udp"),
                      QStringLiteral("--multicast-interface"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--until-reply"), QStringLiteral("--wait"),
                      QStringLiteral("5000"), QStringLiteral("--json")});
        QTRY_VERIFY_WITH_TIMEOUT(sender.done, 10000);
        QVERIFY2(sender.exitCode() == 0, sender.err.constData());
        const QList<QByteArray> tx = sender.rawJsonLines("tx");
        QCOMPARE(tx.size(), qsizetype(1));
        QCOMPARE(QJsonDocument::fromJson(tx.first()).object().value(QStringLiteral("peer")),
                 QJsonValue(QStringLiteral("%1:%2").arg(group.toString()).arg(port)));
        // The listener's echo came back from its own address, and counted as the reply.
        const QList<QByteArray> rx = sender.rawJsonLines("rx");
        QCOMPARE(rx.size(), qsizetype(1));
        QCOMPARE(QJsonDocument::fromJson(rx.first()).object().value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("to the group")));
    } else {
        QUdpSocket sender;
        QVERIFY(sender.bind(QHostAddress::AnyIPv4, 0));
        // IP_MULTICAST_IF 127.0.0.1 and loop on: the datagram goes out on the loopback
        // interface only, and comes back to this machine's members of the group.
        const int fd = int(sender.socketDescriptor());
        in_addr loopback{};
        loopback.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &loopback, sizeof loopback), 0);
        const int on = 1;
        QCOMPARE(::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_LOOP, &on, sizeof on), 0);
        QCOMPARE(sender.writeDatagram("to the group", group, port), qint64(12));
        senderLabel = QStringLiteral("127.0.0.1:%1").arg(sender.localPort());
        QTRY_VERIFY(sender.hasPendingDatagrams());
        QCOMPARE(sender.receiveDatagram().data(), QByteArray("to the group"));
    }
    QTRY_COMPARE(listener.rawJsonLines("rx").size(), qsizetype(1));
    const QJsonObject rx = QJsonDocument::fromJson(listener.rawJsonLines("rx").first()).object();
    QCOMPARE(rx.value(QStringLiteral("text")).toString(), QStringLiteral("to the group"));
    const QString peer = rx.value(QStringLiteral("peer")).toString();
    QVERIFY2(peer.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(peer));
    if (!senderLabel.isEmpty())
        QCOMPARE(peer, senderLabel);
}

void TestNetDebugCliUdp::badInput_data()
{
    const QString send = QStringLiteral("send");
    const QString listen = QStringLiteral("listen");
    const QString local = QStringLiteral("127.0.0.1");
    const QString udp = QStringLiteral("--udp");
    const QString zero = QStringLiteral("0");
    const QString peerPort = QStringLiteral("PEER"); // replaced by the peer's port
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("--join without --udp (listen)")
            << QStringList{listen, zero, QStringLiteral("--join"), QStringLiteral("239.255.0.1")}
            << QStringList{QStringLiteral("--join"), udp};
    QTest::newRow("--join without --udp (send)") << QStringList{send,
                                                                local,
                                                                peerPort,
                                                                QStringLiteral("x"),
                                                                QStringLiteral("--join"),
                                                                QStringLiteral("239.255.0.1")}
                                                 << QStringList{QStringLiteral("--join"), udp};
    QTest::newRow("--join a unicast address")
            << QStringList{listen, zero, udp, QStringLiteral("--join"), QStringLiteral("10.0.0.1")}
            << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("not a multicast")};
    QTest::newRow("--join no address")
            << QStringList{listen, zero, udp, QStringLiteral("--join"), QStringLiteral("lo")}
            << QStringList{QStringLiteral("\"lo\""), QStringLiteral("--join")};
    QTest::newRow("--join with --bind to one address")
            << QStringList{listen,
                           zero,
                           udp,
                           QStringLiteral("--bind"),
                           local,
                           QStringLiteral("--join"),
                           QStringLiteral("239.255.0.1")}
            << QStringList{QStringLiteral("--join"), QStringLiteral("--bind")};
    QTest::newRow("IPv6 group on an IPv4 send")
            << QStringList{send,
                           local,
                           peerPort,
                           QStringLiteral("x"),
                           udp,
                           QStringLiteral("--join"),
                           QStringLiteral("ff12::1")}
            << QStringList{QStringLiteral("ff12::1"), QStringLiteral("IPv4")};
    for (const QString &ttl : {QStringLiteral("0"), QStringLiteral("256"), QStringLiteral("x")}) {
        QTest::addRow("--ttl %s", qPrintable(ttl))
                << QStringList{send,     local,
                               peerPort, QStringLiteral("x"),
                               udp,      QStringLiteral("--ttl"),
                               ttl}
                << QStringList{QStringLiteral("--ttl"), QStringLiteral("\"%1\"").arg(ttl),
                               QStringLiteral("255")};
    }
    QTest::newRow("--ttl without --udp") << QStringList{send,
                                                        local,
                                                        peerPort,
                                                        QStringLiteral("x"),
                                                        QStringLiteral("--ttl"),
                                                        QStringLiteral("2")}
                                         << QStringList{QStringLiteral("--ttl"), udp};
    QTest::newRow("unknown interface")
            << QStringList{send,
                           local,
                           peerPort,
                           QStringLiteral("x"),
                           udp,
                           QStringLiteral("--multicast-interface"),
                           QStringLiteral("nosuchif0")}
            << QStringList{QStringLiteral("nosuchif0"), QStringLiteral("--multicast-interface")};
    QTest::newRow("address of no interface")
            << QStringList{listen, zero, udp, QStringLiteral("--multicast-interface"),
                           QStringLiteral("192.0.2.77")}
            << QStringList{QStringLiteral("192.0.2.77")};
    QTest::newRow("--once with --udp")
            << QStringList{listen, zero, udp, QStringLiteral("--once")}
            << QStringList{QStringLiteral("--once"), QStringLiteral("UDP")};
    QTest::newRow("--max-clients with --udp")
            << QStringList{listen, zero, udp, QStringLiteral("--max-clients"), QStringLiteral("2")}
            << QStringList{QStringLiteral("--max-clients"), QStringLiteral("UDP")};
    QTest::newRow("--allow with --udp")
            << QStringList{listen, zero, udp, QStringLiteral("--allow"), local}
            << QStringList{QStringLiteral("--allow"), QStringLiteral("UDP")};
    QTest::newRow("--broadcast without --udp")
            << QStringList{send, local, peerPort, QStringLiteral("x"),
                           QStringLiteral("--broadcast")}
            << QStringList{QStringLiteral("--broadcast"), udp};
    QTest::newRow("oversize TEXT to 127.0.0.1")
            << QStringList{send, local, peerPort, udp, QString(70000, u'x')}
            << QStringList{QStringLiteral("70000"), QStringLiteral("65507")};
    QTest::newRow("no payload") << QStringList{send, local, peerPort, udp}
                                << QStringList{QStringLiteral("payload")};
    QTest::newRow("multicast --bind")
            << QStringList{listen, zero, udp, QStringLiteral("--bind"),
                           QStringLiteral("239.255.0.1")}
            << QStringList{QStringLiteral("--join"), QStringLiteral("239.255.0.1")};
}

void TestNetDebugCliUdp::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    UdpPeer peer;
    QVERIFY(peer.bound);
    arguments.replaceInStrings(QStringLiteral("PEER"), peer.port());
    CliProcess cli;
    QVERIFY(cli.run(arguments));
    QCOMPARE(cli.exitCode(), 2);
    const QString err = QString::fromUtf8(cli.err);
    QVERIFY2(err.startsWith(u"netdebug-cli: ") && err.endsWith(u'\n') && err.count(u'\n') == 1,
             qPrintable(err));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(err.contains(mention, Qt::CaseInsensitive), qPrintable(err));
    QCOMPARE(cli.out, QByteArray());
    // The process has ended: a datagram it had sent would already wait in the peer's queue.
    QVERIFY(!peer.socket.hasPendingDatagrams());
}

void TestNetDebugCliUdp::helpDocumentsUdp()
{
    CliProcess help;
    QVERIFY(help.run({QStringLiteral("--help")}));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.out);
    const qsizetype examplesStart = text.indexOf(QStringLiteral("Examples:"));
    QVERIFY(examplesStart > 0);
    const QString reference = text.left(examplesStart);
    const QString examples = text.mid(examplesStart);
    for (const QString &option : {QStringLiteral("--udp"), QStringLiteral("--join"),
                                  QStringLiteral("--multicast-interface"), QStringLiteral("--ttl"),
                                  QStringLiteral("--broadcast")}) {
        const QRegularExpression word(QRegularExpression::escape(option) +
                                      QStringLiteral("\\b(?!-)"));
        QVERIFY2(reference.contains(word), qPrintable(option));
        QVERIFY2(examples.contains(word), qPrintable(option));
    }
    QVERIFY(text.contains(QStringLiteral("listen PORT --udp")));
    QVERIFY(text.contains(QStringLiteral("65,507")));
    // The text escaping is documented: a literal backslash is shown doubled.
    QVERIFY(reference.contains(QStringLiteral("\\\\")));
    QVERIFY(reference.contains(QStringLiteral("\\xCA")));
    QVERIFY(examples.contains(QStringLiteral("--multicast-interface lo")));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestNetDebugCliUdp)
#include "tst_netdebugcli_udp.moc"
