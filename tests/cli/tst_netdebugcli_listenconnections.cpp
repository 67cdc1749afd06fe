#include "../faulttesthelpers.h"
#include "clitesthelpers.h"

#include <QJsonObject>
#include <QNetworkInterface>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

// Runs "netdebug-cli listen" to check whom it serves, for how long, and where it cannot listen.
class TestNetDebugCliListenConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listenOnceExitsAfterClientLeaves();
    void listenServesClientsWhileOneResets();
    void echoToAResetPeerIsReportedInOrder();
    void listenRefusesClientsBeyondMax();
    void listenAllowsOnlyListedClients_data();
    void listenAllowsOnlyListedClients();
    void listenOnForeignAddressFails();
    void listenOnPrivilegedPortAsUserFails();
    void listenRaisesFileLimit();
};

void TestNetDebugCliListenConnections::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
}

void TestNetDebugCliListenConnections::listenOnceExitsAfterClientLeaves()
{
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(
            cli, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--once")},
            &port));
    Client client;
    QVERIFY(client.connectTo(port));
    client.socket.write("bye");
    QTRY_COMPARE(cli.out, QByteArray("bye"));
    QCOMPARE(cli.process.state(), QProcess::Running);
    const QString label = client.label();
    client.socket.disconnectFromHost();
    QTRY_VERIFY(cli.done);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.err.contains(label.toUtf8() + " closed: closed by peer"), cli.err.constData());
}

void TestNetDebugCliListenConnections::listenServesClientsWhileOneResets()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs SO_LINGER to reset a connection.");
#else
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(
            cli, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--echo")},
            &port));
    Client first, aborting, third;
    QVERIFY(first.connectTo(port));
    QVERIFY(aborting.connectTo(port));
    QVERIFY(third.connectTo(port));
    QTRY_COMPARE(cli.err.count(" connected\n"), qsizetype(3));

    const QString abortedLabel = aborting.label();
    const linger resetOnClose{1, 0};
    QCOMPARE(::setsockopt(int(aborting.socket.socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &resetOnClose, sizeof resetOnClose),
             0);
    aborting.socket.abort();
    QTRY_VERIFY2(cli.err.contains(abortedLabel.toUtf8() + " closed: reset by peer"),
                 cli.err.constData());

    first.socket.write("from first");
    third.socket.write("from third");
    QTRY_COMPARE(first.received, QByteArray("from first"));
    QTRY_COMPARE(third.received, QByteArray("from third"));
    QCOMPARE(cli.err.count(" closed:"), qsizetype(1));
    QCOMPARE(cli.process.state(), QProcess::Running);
#endif
}

void TestNetDebugCliListenConnections::echoToAResetPeerIsReportedInOrder()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs SO_LINGER to reset a connection.");
#else
    CliProcess cli;
    cli.start({QStringLiteral("listen"), QStringLiteral("0"), QStringLiteral("--bind"),
               QStringLiteral("127.0.0.1"), QStringLiteral("--echo"), QStringLiteral("--once"),
               QStringLiteral("--json")});
    QTRY_VERIFY(cli.out.contains('\n'));
    const auto port = quint16(cli.jsonLines().value(0).value(QStringLiteral("port")).toInt());
    QVERIFY(port != 0);
    Client client;
    QVERIFY(client.connectTo(port));
    const QString peer = client.label();
    QTRY_VERIFY(cli.out.contains("\"connected\""));
    // Data and the reset arrive together: the echo's own write finds the connection reset.
    client.socket.write("hi\xE4\xBD");
    QVERIFY(client.socket.waitForBytesWritten(5000));
    const linger resetOnClose{1, 0};
    QCOMPARE(::setsockopt(int(client.socket.socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &resetOnClose, sizeof resetOnClose),
             0);
    client.socket.abort();
    QTRY_VERIFY(cli.done);

    // What arrived is reported, under the peer's name, before the peer is reported gone.
    QStringList events;
    for (const QJsonObject &object : cli.jsonLines()) {
        const QString event = object.value(QStringLiteral("event")).toString();
        if (event == u"listening")
            continue;
        events.append(event);
        QCOMPARE(object.value(QStringLiteral("peer")).toString(), peer);
        if (event == u"rx")
            QCOMPARE(object.value(QStringLiteral("bytes")).toInt(), 4);
    }
    QVERIFY2(events.contains(QStringLiteral("rx")), qPrintable(events.join(u' ')));
    QCOMPARE(events.last(), QStringLiteral("closed"));
#endif
}

void TestNetDebugCliListenConnections::listenRefusesClientsBeyondMax()
{
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(cli,
                        {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--echo"), QStringLiteral("--max-clients"),
                         QStringLiteral("2")},
                        &port));
    Client first, second, extra;
    QVERIFY(first.connectTo(port));
    QVERIFY(second.connectTo(port));
    QTRY_COMPARE(cli.err.count(" connected\n"), qsizetype(2));

    QVERIFY(extra.connectTo(port));
    const QString extraLabel = extra.label();
    QTRY_COMPARE(extra.socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(cli.err.contains(extraLabel.toUtf8() + " refused"), cli.err.constData());
    QVERIFY(extra.received.isEmpty());

    first.socket.write("still served");
    QTRY_COMPARE(first.received, QByteArray("still served"));

    // A freed place can be taken again.
    second.socket.disconnectFromHost();
    QTRY_VERIFY(cli.err.contains(" closed: closed by peer"));
    Client late;
    QVERIFY(late.connectTo(port));
    late.socket.write("late");
    QTRY_COMPARE(late.received, QByteArray("late"));
    QCOMPARE(cli.err.count(" connected\n"), qsizetype(3));
}

void TestNetDebugCliListenConnections::listenAllowsOnlyListedClients_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("JSON") << true;
}

void TestNetDebugCliListenConnections::listenAllowsOnlyListedClients()
{
    QFETCH(bool, json);
    QStringList options{QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--echo"), QStringLiteral("--allow"),
                        QStringLiteral("127.0.0.2, ::1")};
    if (json)
        options.append(QStringLiteral("--json"));
    CliProcess cli;
    cli.start(QStringList{QStringLiteral("listen"), QStringLiteral("0")} + options);
    quint16 port = 0;
    if (json) {
        QTRY_VERIFY(cli.out.contains('\n'));
        port = quint16(cli.jsonLines().value(0).value(QStringLiteral("port")).toInt());
    } else {
        QTRY_VERIFY(cli.listeningPort() != 0);
        port = cli.listeningPort();
    }
    QVERIFY(port != 0);

    // From 127.0.0.1, not in the list: closed at once, nothing read or echoed.
    Client stranger;
    QVERIFY(stranger.connectTo(port));
    const QString strangerLabel = stranger.label();
    stranger.socket.write("let me in");
    QTRY_COMPARE(stranger.socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(stranger.received.isEmpty());

    // From 127.0.0.2 (loopback too on Linux): served.
    Client friendly;
    if (!friendly.socket.bind(QHostAddress(QStringLiteral("127.0.0.2")), 0))
        QSKIP("Cannot use 127.0.0.2 as a source address here");
    QVERIFY(friendly.connectTo(port));
    friendly.socket.write("hello");
    QTRY_COMPARE(friendly.received, QByteArray("hello"));
    const QString friendlyLabel = QStringLiteral("127.0.0.2:%1").arg(friendly.socket.localPort());

    if (json) {
        QList<QJsonObject> closed;
        for (const QJsonObject &object : cli.jsonLines()) {
            if (object.value(QStringLiteral("event")).toString() == u"closed")
                closed.append(object);
        }
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().value(QStringLiteral("peer")).toString(), strangerLabel);
        QCOMPARE(closed.first().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("not-allowed"));
        QVERIFY(!cli.out.contains("let me in") && !cli.out.contains("6c6574206d6520696e"));
    } else {
        QVERIFY2(cli.err.contains(strangerLabel.toUtf8() + " refused: not in the --allow list\n"),
                 cli.err.constData());
        QVERIFY2(cli.err.contains(friendlyLabel.toUtf8() + " connected\n"), cli.err.constData());
        QVERIFY(!cli.err.contains(strangerLabel.toUtf8() + " connected"));
        QCOMPARE(cli.out, QByteArray("hello"));
    }
    QCOMPARE(cli.process.state(), QProcess::Running);
}

void TestNetDebugCliListenConnections::listenOnForeignAddressFails()
{
    // TEST-NET-1 is for documentation: no host has it, and nothing is ever sent to it.
    if (QNetworkInterface::allAddresses().contains(QHostAddress(QStringLiteral("192.0.2.1"))))
        QSKIP("This machine has 192.0.2.1");
    CliProcess cli;
    QVERIFY(cli.run({QStringLiteral("listen"), QStringLiteral("0"), QStringLiteral("--bind"),
                     QStringLiteral("192.0.2.1")}));
    QCOMPARE(cli.exitCode(), 1);
    QCOMPARE(cli.err,
             QByteArray("netdebug-cli: Cannot listen on 192.0.2.1: it is not an address of this "
                        "computer.\n"));
    QCOMPARE(cli.out, QByteArray());
}

void TestNetDebugCliListenConnections::listenOnPrivilegedPortAsUserFails()
{
#ifndef Q_OS_UNIX
    QSKIP("Privileged ports are a Unix notion.");
#else
    QFile sysctl(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (sysctl.open(QIODevice::ReadOnly)) {
        const int firstFree = sysctl.readAll().trimmed().toInt();
        if (firstFree <= 80)
            QSKIP(qPrintable(QStringLiteral("Ports from %1 up need no privilege here, so port "
                                            "80 is not privileged")
                                     .arg(firstFree)));
    }
    CliProcess cli;
    const QStringList listen{QStringLiteral("listen"), QStringLiteral("80"),
                             QStringLiteral("--bind"), QStringLiteral("127.0.0.1")};
    if (::geteuid() == 0) {
        // Root may use port 80: the real program runs as nobody instead.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("Running as root and setpriv is not installed: cannot run as a normal user");
        cli.startProgram(setpriv, QStringList{QStringLiteral("--reuid=65534"),
                                              QStringLiteral("--regid=65534"),
                                              QStringLiteral("--clear-groups"), cliPath()} +
                                          listen);
        QVERIFY(cli.process.waitForFinished(20000));
        cli.out += cli.process.readAllStandardOutput();
        cli.err += cli.process.readAllStandardError();
        if (cli.exitCode() == 126 || cli.exitCode() == 127 || cli.err.startsWith("setpriv:"))
            QSKIP(qPrintable(QStringLiteral("nobody cannot run %1: %2")
                                     .arg(cliPath(), QString::fromLocal8Bit(cli.err))));
    } else {
        QVERIFY(cli.run(listen));
    }
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.err.contains("Permission denied") && cli.err.contains("port 80"),
             cli.err.constData());
    QCOMPARE(cli.err.count('\n'), qsizetype(1));
#endif
}

void TestNetDebugCliListenConnections::listenRaisesFileLimit()
{
#ifndef Q_OS_LINUX
    QSKIP("Reads the limits of the running process from /proc.");
#else
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max <= 256)
        QSKIP("The hard limit on open files is too low to lower the soft one below it");
    CliProcess cli;
    quint16 port = 0;
    {
        // The program inherits a low soft limit, as from a default shell, and must raise it.
        FaultTest::FileLimitGuard guard;
        QVERIFY(guard.setSoftLimit(256));
        QVERIFY(startListen(cli, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1")}, &port));
    }
    QFile limits(QStringLiteral("/proc/%1/limits").arg(cli.process.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    QByteArray line;
    for (const QByteArray &candidate : limits.readAll().split('\n')) {
        if (candidate.startsWith("Max open files"))
            line = candidate;
    }
    const QList<QByteArray> fields = line.mid(14).simplified().split(' ');
    QVERIFY2(fields.size() >= 2, line.constData());
    QCOMPARE(fields.at(0), fields.at(1)); // soft == hard
    QVERIFY2(fields.at(0) != "256", line.constData());
#endif
}

QTEST_GUILESS_MAIN(TestNetDebugCliListenConnections)
#include "tst_netdebugcli_listenconnections.moc"
