#include "../faulttesthelpers.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <random>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

QString cliPath()
{
    return qEnvironmentVariable("NETDEBUG_CLI", QStringLiteral(NETDEBUG_CLI_PATH));
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

const QByteArray kGbkNiHao = QByteArrayLiteral("\xC4\xE3\xBA\xC3"); // 你好 in GBK

} // namespace

// One run of the real netdebug-cli, with its stdout and stderr collected as they arrive.
class CliProcess : public QObject
{
public:
    explicit CliProcess(QObject *parent = nullptr)
        : QObject(parent)
    {
        setLanguage(QStringLiteral("C"));
        connect(&process, &QProcess::readyReadStandardOutput, this,
                [this] { out += process.readAllStandardOutput(); });
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { err += process.readAllStandardError(); });
        connect(&process, &QProcess::finished, this, [this] {
            out += process.readAllStandardOutput();
            err += process.readAllStandardError();
            elapsedMs = clock.elapsed();
            done = true;
        });
    }
    ~CliProcess() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // The messages the tests look for are the untranslated ones.
    void setLanguage(const QString &lang)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.insert(QStringLiteral("LANG"), lang);
        process.setProcessEnvironment(environment);
    }
    void start(const QStringList &arguments) { startProgram(cliPath(), arguments); }
    void startProgram(const QString &program, const QStringList &arguments)
    {
        clock.start();
        process.start(program, arguments);
    }
    // Runs to the end without an event loop; for runs that talk to no peer of the test.
    bool run(const QStringList &arguments)
    {
        start(arguments);
        if (!process.waitForFinished(20000))
            return false;
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        done = true;
        return true;
    }
    int exitCode() const
    {
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    // The port from the "listening on ADDR:PORT" line on stderr, or 0 until it is there.
    quint16 listeningPort() const
    {
        static const QRegularExpression pattern(QStringLiteral("listening on \\S+:(\\d+)"));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(err));
        return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            objects.append(
                    error.error == QJsonParseError::NoError && document.isObject()
                            ? document.object()
                            : QJsonObject{{QStringLiteral("invalid"), QString::fromUtf8(line)}});
        }
        return objects;
    }

    QProcess process;
    QElapsedTimer clock;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = -1;
    bool done = false;
};

// A test client of "listen" that keeps everything the server sends it.
class Client : public QObject
{
public:
    explicit Client(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&socket, &QIODevice::readyRead, this, [this] { received += socket.readAll(); });
    }
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    QString label() const { return QStringLiteral("127.0.0.1:%1").arg(socket.localPort()); }

    QTcpSocket socket;
    QByteArray received;
};

// A loopback server for "send" that records what it receives and can answer the first chunk.
class RecordingServer : public QObject
{
public:
    explicit RecordingServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (!reply.isEmpty() && !replied) {
                        replied = true;
                        socket->write(reply);
                        if (closeAfterReply)
                            socket->disconnectFromHost();
                    }
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QString port() const { return QString::number(server.serverPort()); }

    QTcpServer server;
    QByteArray received;
    QByteArray reply;
    bool replied = false;
    bool closeAfterReply = false;
    int connections = 0;
};

// Runs the netdebug-cli executable against real loopback peers.
class TestNetDebugCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listenPrintsText();
    void listenPrintsHex();
    void listenDecodesGbk_data();
    void listenDecodesGbk();
    void listenEchoesOneMebibyte();
    void listenReplies_data();
    void listenReplies();
    void listenOnceExitsAfterClientLeaves();
    void listenServesClientsWhileOneResets();
    void listenRefusesClientsBeyondMax();
    void listenWritesOutputFile();
    void listenOutputIsByteExact();
    void listenPrintsJson();
    void listenAllowsOnlyListedClients_data();
    void listenAllowsOnlyListedClients();
    void listenOnForeignAddressFails();
    void listenOnPrivilegedPortAsUserFails();
    void listenRaisesFileLimit();

    void sendDeliversPayload_data();
    void sendDeliversPayload();
    void sendUntilReplyReturnsEarly();
    void sendUntilReplyFailsWithoutReply();
    void sendWritesReplyToFile();
    void sendRepeats();

    void exitCodes_data();
    void exitCodes();
    void helpAndVersion();
    void messagesFollowTheLocale();

private:
    bool startListen(CliProcess &cli, const QStringList &options, quint16 *port);
    static void verifyUserOnly(const QString &path);

    QTemporaryDir m_dir;
    QString m_filePath;
    QByteArray m_fileBytes;
    QTcpServer m_busy;
    quint16 m_closedPort = 0;
};

void TestNetDebugCli::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_filePath = m_dir.filePath(QStringLiteral("payload.bin"));
    m_fileBytes = randomBytes(3000, 7) + QByteArray("\0\r\n", 3);
    QFile file(m_filePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_fileBytes), m_fileBytes.size());
    file.close();
    QVERIFY(m_busy.listen(QHostAddress::LocalHost, 0));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    m_closedPort = closed.serverPort();
}

bool TestNetDebugCli::startListen(CliProcess &cli, const QStringList &options, quint16 *port)
{
    cli.start(QStringList{QStringLiteral("listen"), QStringLiteral("0")} + options);
    const bool ok = QTest::qWaitFor([&] { return cli.listeningPort() != 0 || cli.done; }, 10000);
    *port = cli.listeningPort();
    return ok && *port != 0;
}

void TestNetDebugCli::verifyUserOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
}

void TestNetDebugCli::listenPrintsText()
{
    // The default bind address: all interfaces, reached here over IPv4 loopback.
    CliProcess cli;
    quint16 port = 0;
    QVERIFY2(startListen(cli, {}, &port), cli.err.constData());
    Client client;
    QVERIFY(client.connectTo(port));
    QTRY_VERIFY(cli.err.contains(client.label().toUtf8() + " connected"));
    client.socket.write("hello world\n");
    QTRY_COMPARE(cli.out, QByteArray("hello world\n"));
    QCOMPARE(cli.process.state(), QProcess::Running);
}

void TestNetDebugCli::listenPrintsHex()
{
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(
            cli, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--hex")},
            &port));
    Client client;
    QVERIFY(client.connectTo(port));
    client.socket.write(QByteArray("\x00\x01\xABhi", 5));
    QTRY_COMPARE(cli.out, QByteArray("00 01 AB 68 69\n"));
}

void TestNetDebugCli::listenDecodesGbk_data()
{
    QTest::addColumn<int>("split");
    QTest::addColumn<bool>("json");
    QTest::newRow("one write") << 4 << false;
    QTest::newRow("split inside the second character") << 3 << false;
    // Nothing can be shown after the first byte alone; the JSON rx event shows it has arrived.
    QTest::newRow("split inside the first character, JSON") << 1 << true;
}

void TestNetDebugCli::listenDecodesGbk()
{
    QFETCH(int, split);
    QFETCH(bool, json);
    QStringList options{QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--encoding"), QStringLiteral("GBK")};
    if (json)
        options.append(QStringLiteral("--json"));
    CliProcess cli;
    quint16 port = 0;
    if (json) {
        cli.start(QStringList{QStringLiteral("listen"), QStringLiteral("0")} + options);
        QTRY_VERIFY(cli.out.contains('\n'));
        port = quint16(cli.jsonLines().value(0).value(QStringLiteral("port")).toInt());
    } else {
        QVERIFY(startListen(cli, options, &port));
    }
    QVERIFY(port != 0);
    Client client;
    QVERIFY(client.connectTo(port));

    const auto rxTexts = [&cli] {
        QStringList texts;
        for (const QJsonObject &object : cli.jsonLines()) {
            if (object.value(QStringLiteral("event")).toString() == u"rx")
                texts.append(object.value(QStringLiteral("text")).toString());
        }
        return texts;
    };
    client.socket.write(kGbkNiHao.left(split));
    if (split < kGbkNiHao.size()) {
        // The pause: the first part has been read and decoded before the rest is written.
        if (json)
            QTRY_COMPARE(rxTexts(), QStringList{QString()});
        else
            QTRY_COMPARE(QString::fromUtf8(cli.out), QStringLiteral("你"));
        client.socket.write(kGbkNiHao.mid(split));
    }
    if (json)
        QTRY_COMPARE(rxTexts(), (QStringList{QString(), QStringLiteral("你好")}));
    else
        QTRY_COMPARE(QString::fromUtf8(cli.out), QStringLiteral("你好"));
}

void TestNetDebugCli::listenEchoesOneMebibyte()
{
    CliProcess cli;
    cli.process.setStandardOutputFile(QProcess::nullDevice());
    quint16 port = 0;
    QVERIFY(startListen(
            cli, {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--echo")},
            &port));
    const QByteArray data = randomBytes(1024 * 1024, 42);
    Client client;
    QVERIFY(client.connectTo(port));
    client.socket.write(data);
    QTRY_COMPARE_WITH_TIMEOUT(client.received.size(), data.size(), 20000);
    QVERIFY(client.received == data);
}

void TestNetDebugCli::listenReplies_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QStringList{QStringLiteral("--reply"), QStringLiteral("OK\\r\\n")}
                          << QByteArray("OK\\r\\n");
    QTest::newRow("escapes") << QStringList{QStringLiteral("--reply"), QStringLiteral("OK\\r\\n"),
                                            QStringLiteral("--escapes")}
                             << QByteArray("OK\r\n");
    QTest::newRow("hex") << QStringList{QStringLiteral("--reply-hex"), QStringLiteral("4F 4b 0x00")}
                         << QByteArray("OK\0", 3);
    QTest::newRow("GBK") << QStringList{QStringLiteral("--reply"), QStringLiteral("你好"),
                                        QStringLiteral("--encoding"), QStringLiteral("GBK")}
                         << kGbkNiHao;
}

void TestNetDebugCli::listenReplies()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(cli, options, &port));
    Client client;
    QVERIFY(client.connectTo(port));
    client.socket.write("ping");
    QTRY_COMPARE(client.received, expected);
    QTRY_COMPARE(cli.out, QByteArray("ping"));
}

void TestNetDebugCli::listenOnceExitsAfterClientLeaves()
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

void TestNetDebugCli::listenServesClientsWhileOneResets()
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

void TestNetDebugCli::listenRefusesClientsBeyondMax()
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

void TestNetDebugCli::listenWritesOutputFile()
{
    const QString path = m_dir.filePath(QStringLiteral("listen-output.bin"));
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(cli,
                        {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--once"), QStringLiteral("--output"), path},
                        &port));
    const QByteArray head = randomBytes(64 * 1024, 3);
    const QByteArray tail("\0tail\xFF", 6);
    Client client;
    QVERIFY(client.connectTo(port));
    client.socket.write(head);
    QVERIFY(client.socket.waitForBytesWritten(5000));
    client.socket.write(tail);
    client.socket.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == head + tail);
    verifyUserOnly(path);
    QCOMPARE(cli.out, QByteArray());
}

void TestNetDebugCli::listenOutputIsByteExact()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends with POSIX sockets.");
#else
    const qint64 total = FaultTest::scaled(64LL * 1024 * 1024, 4 * 1024 * 1024);
    const QString path = m_dir.filePath(QStringLiteral("exact.bin"));
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(cli,
                        {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--once"), QStringLiteral("--output"), path},
                        &port));
    const int fd = FaultTest::connectTo(port, true);
    QVERIFY(fd >= 0);
    // Random bytes from a thread of its own, hashed as they go; then a graceful close.
    QByteArray sentHash;
    std::thread sender([fd, total, &sentHash] {
        std::mt19937_64 generator(77);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(256 * 1024, Qt::Uninitialized);
        for (qint64 sent = 0; sent < total;) {
            auto *words = reinterpret_cast<quint64 *>(chunk.data());
            for (qsizetype i = 0; i < chunk.size() / 8; ++i)
                words[i] = generator();
            const qsizetype size = qsizetype(qMin<qint64>(chunk.size(), total - sent));
            if (!FaultTest::sendAll(fd, chunk.constData(), size_t(size)))
                break;
            hash.addData(QByteArrayView(chunk).first(size));
            sent += size;
        }
        ::shutdown(fd, SHUT_WR);
        sentHash = hash.result();
    });
    const bool done = QTest::qWaitFor([&cli] { return cli.done; }, 60000);
    ::shutdown(fd, SHUT_RDWR);
    sender.join();
    ::close(fd);
    QVERIFY2(done, cli.err.constData());
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(!sentHash.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), total);
    QCryptographicHash written(QCryptographicHash::Sha256);
    QVERIFY(written.addData(&file));
    QCOMPARE(written.result().toHex(), sentHash.toHex());
    QCOMPARE(cli.out, QByteArray());
#endif
}

void TestNetDebugCli::listenPrintsJson()
{
    CliProcess cli;
    // Machine-readable output must not change with the user's language.
    cli.setLanguage(QStringLiteral("zh_CN.UTF-8"));
    cli.start({QStringLiteral("listen"), QStringLiteral("0"), QStringLiteral("--bind"),
               QStringLiteral("127.0.0.1"), QStringLiteral("--once"), QStringLiteral("--echo"),
               QStringLiteral("--json")});
    QTRY_VERIFY(cli.out.contains('\n'));
    const QJsonObject listening = cli.jsonLines().value(0);
    QCOMPARE(listening.value(QStringLiteral("event")).toString(), QStringLiteral("listening"));
    const auto port = quint16(listening.value(QStringLiteral("port")).toInt());
    QVERIFY(port != 0);
    QCOMPARE(listening.value(QStringLiteral("address")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(port));

    Client client;
    QVERIFY(client.connectTo(port));
    const QString peer = client.label();
    client.socket.write("hello");
    QTRY_COMPARE(client.received, QByteArray("hello"));
    client.socket.disconnectFromHost();
    QTRY_VERIFY(cli.done);
    QCOMPARE(cli.exitCode(), 0);

    static const QRegularExpression isoTime(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QStringList events;
    for (const QJsonObject &object : cli.jsonLines()) {
        QVERIFY2(!object.contains(QStringLiteral("invalid")),
                 qPrintable(object.value(QStringLiteral("invalid")).toString()));
        QVERIFY(isoTime.match(object.value(QStringLiteral("time")).toString()).hasMatch());
        const QString event = object.value(QStringLiteral("event")).toString();
        events.append(event);
        if (event == u"listening")
            continue;
        QCOMPARE(object.value(QStringLiteral("peer")).toString(), peer);
        if (event == u"rx" || event == u"tx") {
            QCOMPARE(object.value(QStringLiteral("bytes")).toInt(), 5);
            QCOMPARE(object.value(QStringLiteral("hex")).toString(), QStringLiteral("68656c6c6f"));
            QCOMPARE(object.value(QStringLiteral("text")).toString(), QStringLiteral("hello"));
        } else if (event == u"closed") {
            QCOMPARE(object.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("closed-by-peer"));
        }
    }
    QCOMPARE(events,
             (QStringList{QStringLiteral("listening"), QStringLiteral("connected"),
                          QStringLiteral("rx"), QStringLiteral("tx"), QStringLiteral("closed")}));
}

void TestNetDebugCli::listenAllowsOnlyListedClients_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("JSON") << true;
}

void TestNetDebugCli::listenAllowsOnlyListedClients()
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

void TestNetDebugCli::listenOnForeignAddressFails()
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

void TestNetDebugCli::listenOnPrivilegedPortAsUserFails()
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

void TestNetDebugCli::listenRaisesFileLimit()
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

void TestNetDebugCli::sendDeliversPayload_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QStringList{QStringLiteral("hello")} << QByteArray("hello");
    QTest::newRow("hex") << QStringList{QStringLiteral("--hex"),
                                        QStringLiteral("68 65 0x6C6C,6f 00")}
                         << QByteArray("hello\0", 6);
    QTest::newRow("file") << QStringList{QStringLiteral("--file"), m_filePath} << m_fileBytes;
    QTest::newRow("line ending crlf")
            << QStringList{QStringLiteral("hi"), QStringLiteral("--line-ending"),
                           QStringLiteral("crlf")}
            << QByteArray("hi\r\n");
    QTest::newRow("escapes") << QStringList{QStringLiteral("a\\tb\\x00\\\\"),
                                            QStringLiteral("--escapes")}
                             << QByteArray("a\tb\0\\", 5);
    QTest::newRow("no escapes") << QStringList{QStringLiteral("a\\tb")} << QByteArray("a\\tb");
    QTest::newRow("GBK") << QStringList{QStringLiteral("你好"), QStringLiteral("--encoding"),
                                        QStringLiteral("GBK")}
                         << kGbkNiHao;
}

void TestNetDebugCli::sendDeliversPayload()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    RecordingServer server;
    CliProcess cli;
    cli.start(QStringList{QStringLiteral("send"), QStringLiteral("127.0.0.1"), server.port()} +
              arguments + QStringList{QStringLiteral("--wait"), QStringLiteral("0")});
    QTRY_VERIFY(cli.done);
    QCOMPARE(cli.exitCode(), 0);
    QTRY_COMPARE(server.received.size(), expected.size());
    QVERIFY(server.received == expected);
    QCOMPARE(server.connections, 1);
}

void TestNetDebugCli::sendUntilReplyReturnsEarly()
{
    RecordingServer server;
    server.reply = "pong";
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), server.port(),
               QStringLiteral("ping"), QStringLiteral("--wait"), QStringLiteral("5000"),
               QStringLiteral("--until-reply")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.elapsedMs < 2500, qPrintable(QString::number(cli.elapsedMs)));
    QCOMPARE(server.received, QByteArray("ping"));
    QCOMPARE(cli.out, QByteArray("pong"));
}

void TestNetDebugCli::sendUntilReplyFailsWithoutReply()
{
    RecordingServer server;
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), server.port(),
               QStringLiteral("ping"), QStringLiteral("--wait"), QStringLiteral("200"),
               QStringLiteral("--until-reply")});
    QTRY_VERIFY(cli.done);
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.err.contains("No reply") && cli.err.contains("200 ms"), cli.err.constData());
    QCOMPARE(server.received, QByteArray("ping"));
}

void TestNetDebugCli::sendWritesReplyToFile()
{
    const QString path = m_dir.filePath(QStringLiteral("send-output.bin"));
    RecordingServer server;
    server.reply = randomBytes(256 * 1024, 11) + QByteArray("\0end", 4);
    server.closeAfterReply = true;
    CliProcess cli;
    // The server's close ends the wait early, with every byte of the reply received.
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), server.port(),
               QStringLiteral("request"), QStringLiteral("--wait"), QStringLiteral("5000"),
               QStringLiteral("--output"), path});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.elapsedMs < 2500, qPrintable(QString::number(cli.elapsedMs)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), server.reply.size());
    QVERIFY(file.readAll() == server.reply);
    verifyUserOnly(path);
    QCOMPARE(cli.out, QByteArray());
}

void TestNetDebugCli::sendRepeats()
{
    RecordingServer server;
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), server.port(),
               QStringLiteral("ab"), QStringLiteral("--repeat"), QStringLiteral("3"),
               QStringLiteral("--interval"), QStringLiteral("10"), QStringLiteral("--wait"),
               QStringLiteral("0"), QStringLiteral("--json")});
    QTRY_VERIFY(cli.done);
    QCOMPARE(cli.exitCode(), 0);
    QTRY_COMPARE(server.received, QByteArray("ababab"));
    int sends = 0;
    for (const QJsonObject &object : cli.jsonLines()) {
        if (object.value(QStringLiteral("event")).toString() != u"tx")
            continue;
        ++sends;
        QCOMPARE(object.value(QStringLiteral("hex")).toString(), QStringLiteral("6162"));
    }
    QCOMPARE(sends, 3);
}

void TestNetDebugCli::exitCodes_data()
{
    const QString busy = QString::number(m_busy.serverPort());
    const QString closed = QString::number(m_closedPort);
    const QString missing = m_dir.filePath(QStringLiteral("no-such-file.bin"));
    const QString local = QStringLiteral("127.0.0.1");
    const QString send = QStringLiteral("send");
    const QString listen = QStringLiteral("listen");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("refused") << QStringList{send, local, closed, QStringLiteral("hi")} << 1
                             << QStringList{QStringLiteral("refused"), closed};
    QTest::newRow("unknown host") << QStringList{send, QStringLiteral("no-such-host.invalid"),
                                                 QStringLiteral("80"), QStringLiteral("hi")}
                                  << 1 << QStringList{QStringLiteral("no-such-host.invalid")};
    QTest::newRow("port in use") << QStringList{listen, busy, QStringLiteral("--bind"), local} << 1
                                 << QStringList{QStringLiteral("in use"), busy};
    QTest::newRow("listen port 70000") << QStringList{listen, QStringLiteral("70000")} << 2
                                       << QStringList{QStringLiteral("70000")};
    QTest::newRow("send port abc")
            << QStringList{send, local, QStringLiteral("abc"), QStringLiteral("hi")} << 2
            << QStringList{QStringLiteral("abc")};
    QTest::newRow("invalid hex") << QStringList{send, local, busy, QStringLiteral("--hex"),
                                                QStringLiteral("68 6Z")}
                                 << 2
                                 << QStringList{QStringLiteral("position 5"),
                                                QStringLiteral("'Z'")};
    QTest::newRow("odd hex digits")
            << QStringList{send, local, busy, QStringLiteral("--hex"), QStringLiteral("00 686")}
            << 2 << QStringList{QStringLiteral("position 4")};
    QTest::newRow("invalid reply hex")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--reply-hex"),
                           QStringLiteral("0x")}
            << 2 << QStringList{QStringLiteral("position 1")};
    QTest::newRow("bad escape") << QStringList{send, local, busy, QStringLiteral("a\\q"),
                                               QStringLiteral("--escapes")}
                                << 2 << QStringList{QStringLiteral("position 2")};
    QTest::newRow("text the encoding cannot write")
            << QStringList{send,
                           local,
                           busy,
                           QStringLiteral("ab你"),
                           QStringLiteral("--encoding"),
                           QStringLiteral("ISO-8859-1")}
            << 2 << QStringList{QStringLiteral("position 3")};
    QTest::newRow("unknown encoding (send)") << QStringList{send,
                                                            local,
                                                            busy,
                                                            QStringLiteral("hi"),
                                                            QStringLiteral("--encoding"),
                                                            QStringLiteral("NOPE-42")}
                                             << 2 << QStringList{QStringLiteral("NOPE-42")};
    QTest::newRow("unknown encoding (listen)")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--encoding"),
                           QStringLiteral("klingon")}
            << 2 << QStringList{QStringLiteral("klingon")};
    QTest::newRow("missing file") << QStringList{send, local, busy, QStringLiteral("--file"),
                                                 missing}
                                  << 2 << QStringList{missing};
    QTest::newRow("file is a directory")
            << QStringList{send, local, busy, QStringLiteral("--file"), m_dir.path()} << 2
            << QStringList{m_dir.path()};
    QTest::newRow("output is a directory")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--output"), m_dir.path()}
            << 2 << QStringList{m_dir.path()};
    QTest::newRow("unknown option (listen)")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--frobnicate")} << 2
            << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option (send)")
            << QStringList{send, local, busy, QStringLiteral("hi"), QStringLiteral("--bogus")} << 2
            << QStringList{QStringLiteral("bogus")};
    QTest::newRow("no arguments") << QStringList{} << 2 << QStringList{QStringLiteral("listen")};
    QTest::newRow("unknown command")
            << QStringList{QStringLiteral("serve")} << 2 << QStringList{QStringLiteral("serve")};
    QTest::newRow("listen without port")
            << QStringList{listen} << 2 << QStringList{QStringLiteral("PORT")};
    QTest::newRow("send without port")
            << QStringList{send, local} << 2 << QStringList{QStringLiteral("PORT")};
    QTest::newRow("option without value")
            << QStringList{send, local, busy, QStringLiteral("--encoding")} << 2
            << QStringList{QStringLiteral("--encoding")};
    QTest::newRow("two payloads") << QStringList{send,
                                                 local,
                                                 busy,
                                                 QStringLiteral("hi"),
                                                 QStringLiteral("--hex"),
                                                 QStringLiteral("00")}
                                  << 2 << QStringList{QStringLiteral("--hex")};
    QTest::newRow("bad line ending") << QStringList{send,
                                                    local,
                                                    busy,
                                                    QStringLiteral("hi"),
                                                    QStringLiteral("--line-ending"),
                                                    QStringLiteral("lfcr")}
                                     << 2 << QStringList{QStringLiteral("lfcr")};
    QTest::newRow("bad repeat") << QStringList{send,
                                               local,
                                               busy,
                                               QStringLiteral("hi"),
                                               QStringLiteral("--repeat"),
                                               QStringLiteral("0")}
                                << 2 << QStringList{QStringLiteral("--repeat")};
    QTest::newRow("bad max clients")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--max-clients"),
                           QStringLiteral("many")}
            << 2 << QStringList{QStringLiteral("--max-clients"), QStringLiteral("many")};
    QTest::newRow("bad allow-list")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--allow"),
                           QStringLiteral("127.0.0.1,10.0.0.0/33")}
            << 2 << QStringList{QStringLiteral("--allow"), QStringLiteral("\"10.0.0.0/33\"")};
    QTest::newRow("empty allow-list")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--allow"), QString()} << 2
            << QStringList{QStringLiteral("--allow")};
    QTest::newRow("bad bind address")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--bind"),
                           QStringLiteral("999.1.1.1")}
            << 2 << QStringList{QStringLiteral("999.1.1.1")};
    QTest::newRow("echo and reply")
            << QStringList{listen, QStringLiteral("0"), QStringLiteral("--echo"),
                           QStringLiteral("--reply"), QStringLiteral("x")}
            << 2 << QStringList{QStringLiteral("--echo"), QStringLiteral("--reply")};
}

void TestNetDebugCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    CliProcess cli;
    QVERIFY(cli.run(arguments));
    QCOMPARE(cli.exitCode(), exitCode);
    const QString err = QString::fromUtf8(cli.err);
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1 && !err.trimmed().isEmpty(),
             qPrintable(err));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(err.contains(mention, Qt::CaseInsensitive), qPrintable(err));
    QCOMPARE(cli.out, QByteArray());
    // Bad input is refused before any connection is made. The process has ended, so a
    // connection it made would already wait in the accept queue.
    if (exitCode == 2)
        QVERIFY(!m_busy.waitForNewConnection(0));
}

void TestNetDebugCli::helpAndVersion()
{
    CliProcess help;
    QVERIFY(help.run({QStringLiteral("--help")}));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.out);
    const QStringList options{QStringLiteral("--bind"),        QStringLiteral("--encoding"),
                              QStringLiteral("--hex"),         QStringLiteral("--echo"),
                              QStringLiteral("--reply"),       QStringLiteral("--reply-hex"),
                              QStringLiteral("--escapes"),     QStringLiteral("--once"),
                              QStringLiteral("--max-clients"), QStringLiteral("--timeout"),
                              QStringLiteral("--output"),      QStringLiteral("--json"),
                              QStringLiteral("--file"),        QStringLiteral("--line-ending"),
                              QStringLiteral("--wait"),        QStringLiteral("--until-reply"),
                              QStringLiteral("--repeat"),      QStringLiteral("--interval"),
                              QStringLiteral("--allow")};
    const qsizetype examplesStart = text.indexOf(QStringLiteral("Examples:"));
    QVERIFY(examplesStart > 0);
    const QString reference = text.left(examplesStart);
    const QString examples = text.mid(examplesStart);
    for (const QString &option : options) {
        const QRegularExpression word(QRegularExpression::escape(option) +
                                      QStringLiteral("\\b(?!-)"));
        QVERIFY2(reference.contains(word), qPrintable(option));
        QVERIFY2(examples.contains(word), qPrintable(option));
    }
    QVERIFY(text.contains(QStringLiteral("--help")));
    QVERIFY(text.contains(QStringLiteral("--version")));

    CliProcess listenHelp;
    QVERIFY(listenHelp.run({QStringLiteral("listen"), QStringLiteral("--help")}));
    QCOMPARE(listenHelp.exitCode(), 0);
    QCOMPARE(listenHelp.out, help.out);

    CliProcess version;
    QVERIFY(version.run({QStringLiteral("--version")}));
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(version.out.trimmed(), QByteArray("netdebug-cli " NETDEBUG_VERSION));
}

void TestNetDebugCli::messagesFollowTheLocale()
{
    static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    CliProcess english;
    QVERIFY(english.run({QStringLiteral("serve")}));
    QCOMPARE(english.exitCode(), 2);
    QVERIFY(!QString::fromUtf8(english.err).contains(chinese));

    CliProcess translated;
    translated.setLanguage(QStringLiteral("zh_CN.UTF-8"));
    QVERIFY(translated.run({QStringLiteral("serve")}));
    QCOMPARE(translated.exitCode(), 2);
    const QString err = QString::fromUtf8(translated.err);
    QVERIFY2(err.contains(chinese) && err.contains(QStringLiteral("serve")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestNetDebugCli)
#include "tst_netdebugcli.moc"
