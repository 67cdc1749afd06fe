#include "../faulttesthelpers.h"
#include "clitesthelpers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

namespace {

// A loopback device for "send": answers "OK" to every "HELLO" it receives and, when asked to,
// closes the connection when a "PING" arrives.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    for (qsizetype hellos = received.count("HELLO"); answered < hellos; ++answered)
                        socket->write("OK");
                    if (closeOnPing && received.contains("PING"))
                        socket->disconnectFromHost();
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QString port() const { return QString::number(server.serverPort()); }

    QTcpServer server;
    QByteArray received;
    qsizetype answered = 0;
    bool closeOnPing = false;
};

// A loopback server that keeps only the count and the SHA-256 of what it receives, for files
// larger than a test should hold twice.
class HashingServer : public QObject
{
public:
    explicit HashingServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    const QByteArray data = socket->readAll();
                    bytes += data.size();
                    hash.addData(data);
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QString port() const { return QString::number(server.serverPort()); }

    QTcpServer server;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 bytes = 0;
};

// The peak resident memory of a running process, in KiB, from the kernel; -1 if unknown.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

const QByteArray kCommandSet = R"({
  "format": "netdebug-commands",
  "version": 1,
  "commands": [
    {"name": "HELLO", "text": "HELLO"},
    {"name": "PING", "text": "PING"},
    {"name": "Read", "text": "01 03 00 00 00 01", "mode": "hex",
     "checksum": {"kind": "crc16-modbus"}}
  ],
  "sequences": [
    {"name": "Greet", "repeat": 2, "steps": [
      {"command": "HELLO", "wait": {"kind": "exact", "pattern": "OK", "timeoutMs": 3000}},
      {"command": "PING", "delayMs": 20}
    ]},
    {"name": "Stuck", "steps": [
      {"command": "HELLO", "wait": {"kind": "contains", "pattern": "OK", "timeoutMs": 3000}},
      {"command": "PING", "wait": {"kind": "any", "timeoutMs": 300}}
    ]},
    {"name": "PING", "steps": [{"command": "PING"}]}
  ]
})";

} // namespace

// Runs what "netdebug-cli send" sends through the window's stages against real loopback peers:
// checksums, repeats, streamed files, saved commands and sequences, and the bad input around
// them.
class TestNetDebugCliSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void checksumBytesArrive_data();
    void checksumBytesArrive();
    void listenRepliesWithChecksum();
    void repeatIsCounted();
    void repeatUntilReply();
    void largeFileStreamsInLittleMemory();
    void fileIsOneJsonEvent();
    void fileOverUdpInDatagrams();
    void runsACommand_data();
    void runsACommand();
    void runsASequence();
    void sequenceTimeoutNamesTheStep();
    void sequencePeerCloseNamesTheStep();
    void runsASequenceOverUdp();
    void badInput_data();
    void badInput();

private:
    QStringList send(const QString &port, const QStringList &arguments) const;
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_commands;
};

void TestNetDebugCliSender::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_commands = writeFile(QStringLiteral("device.json"), kCommandSet);
}

QStringList TestNetDebugCliSender::send(const QString &port, const QStringList &arguments) const
{
    return QStringList{QStringLiteral("send"), QStringLiteral("127.0.0.1"), port} + arguments;
}

QString TestNetDebugCliSender::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestNetDebugCliSender::checksumBytesArrive_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    const QString hex = QStringLiteral("--hex");
    const QString checksum = QStringLiteral("--checksum");
    // The check values are the algorithms' published ones, computed apart from NetDebug.
    QTest::newRow("crc16-modbus, low byte first")
            << QStringList{hex, QStringLiteral("01 03 00 00 00 01"), checksum,
                           QStringLiteral("crc16-modbus")}
            << QByteArray::fromHex("010300000001840A");
    QTest::newRow("crc16-modbus, be") << QStringList{hex,
                                                     QStringLiteral("01 03 00 00 00 01"),
                                                     checksum,
                                                     QStringLiteral("CRC16-MODBUS"),
                                                     QStringLiteral("--checksum-order"),
                                                     QStringLiteral("be")}
                                      << QByteArray::fromHex("0103000000010A84");
    QTest::newRow("crc32 of a text")
            << QStringList{QStringLiteral("123456789"), checksum, QStringLiteral("crc32")}
            << QByteArray("123456789\xCB\xF4\x39\x26");
    QTest::newRow("sum8 without the header") << QStringList{hex,
                                                            QStringLiteral("AA 01 02 03"),
                                                            checksum,
                                                            QStringLiteral("sum8"),
                                                            QStringLiteral("--checksum-range"),
                                                            QStringLiteral("1:0")}
                                             << QByteArray::fromHex("AA01020306");
    QTest::newRow("crc16-ccitt-false, range and le")
            << QStringList{hex,
                           QStringLiteral("AA 10 20"),
                           checksum,
                           QStringLiteral("crc16-ccitt-false"),
                           QStringLiteral("--checksum-range"),
                           QStringLiteral("1:0"),
                           QStringLiteral("--checksum-order"),
                           QStringLiteral("le")}
            << QByteArray::fromHex("AA10201E3A");
    QTest::newRow("xor8 after the line ending")
            << QStringList{QStringLiteral("hi"), QStringLiteral("--line-ending"),
                           QStringLiteral("crlf"), checksum, QStringLiteral("xor8")}
            << QByteArray("hi\r\n\x06");
    QTest::newRow("none") << QStringList{QStringLiteral("hi"), checksum, QStringLiteral("none")}
                          << QByteArray("hi");
}

void TestNetDebugCliSender::checksumBytesArrive()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    RecordingServer server;
    CliProcess cli;
    cli.start(send(server.port(),
                   arguments + QStringList{QStringLiteral("--wait"), QStringLiteral("0")}));
    QTRY_VERIFY(cli.done);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QTRY_COMPARE(server.received.toHex(' '), expected.toHex(' '));
}

void TestNetDebugCliSender::listenRepliesWithChecksum()
{
    CliProcess cli;
    quint16 port = 0;
    QVERIFY(startListen(cli,
                        {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--reply-hex"), QStringLiteral("01 03 02 00 2A"),
                         QStringLiteral("--checksum"), QStringLiteral("crc16-modbus"),
                         QStringLiteral("--once")},
                        &port));
    Client client;
    QVERIFY(client.connectTo(port));
    client.socket.write(QByteArray::fromHex("010300000001840A"));
    QTRY_COMPARE(client.received.toHex(' '), QByteArray::fromHex("010302002A399B").toHex(' '));
    client.socket.disconnectFromHost();
    QTRY_VERIFY(cli.done);
    QCOMPARE(cli.exitCode(), 0);
}

void TestNetDebugCliSender::repeatIsCounted()
{
    RecordingServer server;
    CliProcess cli;
    cli.start(send(server.port(),
                   {QStringLiteral("ab"), QStringLiteral("--repeat"), QStringLiteral("50"),
                    QStringLiteral("--interval"), QStringLiteral("2"), QStringLiteral("--wait"),
                    QStringLiteral("0"), QStringLiteral("--json")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QTRY_COMPARE(server.received, QByteArray("ab").repeated(50));
    QCOMPARE(cli.rawJsonLines("tx").size(), 50);
    // 49 intervals after the first send, which leaves at once.
    QVERIFY2(cli.elapsedMs >= 98, qPrintable(QString::number(cli.elapsedMs)));
}

void TestNetDebugCliSender::repeatUntilReply()
{
    // 0 sends until interrupted; with --until-reply the first reply ends it.
    RecordingServer server;
    server.reply = "pong";
    CliProcess cli;
    cli.start(send(server.port(), {QStringLiteral("ab"), QStringLiteral("--repeat"),
                                   QStringLiteral("0"), QStringLiteral("--interval"),
                                   QStringLiteral("20"), QStringLiteral("--until-reply")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QCOMPARE(cli.out, QByteArray("pong"));
    QVERIFY(server.received.startsWith("ab"));
}

void TestNetDebugCliSender::largeFileStreamsInLittleMemory()
{
    const qint64 size = 64 * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("large.bin"));
    QCryptographicHash expected(QCryptographicHash::Sha256);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator generator(64);
        QList<quint32> block(256 * 1024);
        for (qint64 written = 0; written < size;) {
            generator.fillRange(block.data(), block.size());
            const QByteArrayView bytes(reinterpret_cast<const char *>(block.constData()),
                                       block.size() * qsizetype(sizeof(quint32)));
            expected.addData(bytes);
            QCOMPARE(file.write(bytes.data(), bytes.size()), bytes.size());
            written += bytes.size();
        }
    }
    const QByteArray sha256 = expected.result().toHex();
    HashingServer server;
    CliProcess cli;
    cli.start(send(server.port(), {QStringLiteral("--file"), path, QStringLiteral("--wait"),
                                   QStringLiteral("3000")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.bytes, size, 60000);
    // Read during the wait after the transfer, while the process still runs.
    const qint64 peakKiB = peakRssKiB(cli.process.processId());
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QCOMPARE(server.hash.result().toHex(), sha256);
    QVERIFY(peakKiB > 0);
    // Half the file: it was never held in memory, not even once. Under AddressSanitizer the
    // shadow memory and the quarantine of freed pieces say nothing about what the program holds.
    if (!FaultTest::kSanitized)
        QVERIFY2(peakKiB < size / 1024 / 2,
                 qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peakKiB)));
    qInfo("64 MiB over TCP in %lld ms, peak RSS %lld KiB", cli.elapsedMs, peakKiB);
    // Reported once, with its size and checksum; the pieces are not.
    QCOMPARE(cli.err.count("sent file "), qsizetype(1));
    QVERIFY2(cli.err.contains(sha256) && cli.err.contains("67108864 bytes"), cli.err.constData());
    QCOMPARE(cli.err.count("\nsent "), qsizetype(1)); // after "connected to"
}

void TestNetDebugCliSender::fileIsOneJsonEvent()
{
    const QByteArray bytes = randomBytes(300 * 1024, 21);
    const QString path = writeFile(QStringLiteral("json.bin"), bytes);
    QVERIFY(!path.isEmpty());
    RecordingServer server;
    CliProcess cli;
    cli.start(send(server.port(), {QStringLiteral("--file"), path, QStringLiteral("--line-ending"),
                                   QStringLiteral("lf"), QStringLiteral("--wait"),
                                   QStringLiteral("0"), QStringLiteral("--json")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    // The line ending follows the file, as when files were read whole.
    QTRY_COMPARE(server.received.size(), bytes.size() + 1);
    QVERIFY(server.received == bytes + '\n');
    const QList<QByteArray> files = cli.rawJsonLines("file");
    QCOMPARE(files.size(), 1);
    const QJsonObject file = QJsonDocument::fromJson(files.first()).object();
    QCOMPARE(file.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(file.value(QStringLiteral("bytes")).toInteger(), bytes.size());
    QCOMPARE(file.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY(file.contains(QStringLiteral("ms")));
    QCOMPARE(file.value(QStringLiteral("peer")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(server.port()));
    // Only the line ending is a tx event of its own.
    const QList<QByteArray> sent = cli.rawJsonLines("tx");
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().contains("\"hex\":\"0a\""));
}

void TestNetDebugCliSender::fileOverUdpInDatagrams()
{
    const QByteArray bytes = randomBytes(40 * 1000 - 123, 22);
    const QString path = writeFile(QStringLiteral("datagrams.bin"), bytes);
    QVERIFY(!path.isEmpty());
    UdpPeer peer;
    QVERIFY(peer.bound);
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
               QStringLiteral("--udp"), QStringLiteral("--file"), path,
               QStringLiteral("--datagram-size"), QStringLiteral("1000"), QStringLiteral("--pause"),
               QStringLiteral("2"), QStringLiteral("--wait"), QStringLiteral("0")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QTRY_COMPARE(peer.datagrams.size(), 40);
    QCOMPARE(peer.datagrams.first().size(), 1000);
    QCOMPARE(peer.datagrams.last().size(), 1000 - 123);
    QVERIFY(peer.datagrams.join() == bytes);
    // 39 pauses between 40 datagrams.
    QVERIFY2(cli.elapsedMs >= 78, qPrintable(QString::number(cli.elapsedMs)));
    QCOMPARE(cli.err.count("sent file "), qsizetype(1));
}

void TestNetDebugCliSender::runsACommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("a command with its checksum")
            << QStringList{QStringLiteral("--run"), QStringLiteral("Read")}
            << QByteArray::fromHex("010300000001840A");
    // A sequence shares its name: the prefix says which is meant.
    QTest::newRow("a command, repeated")
            << QStringList{QStringLiteral("--run"),      QStringLiteral("command:PING"),
                           QStringLiteral("--repeat"),   QStringLiteral("3"),
                           QStringLiteral("--interval"), QStringLiteral("5")}
            << QByteArray("PINGPINGPING");
}

void TestNetDebugCliSender::runsACommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    RecordingServer server;
    CliProcess cli;
    cli.start(send(server.port(), QStringList{QStringLiteral("--commands"), m_commands,
                                              QStringLiteral("--wait"), QStringLiteral("0")} +
                                          arguments));
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QTRY_COMPARE(server.received.toHex(' '), expected.toHex(' '));
}

void TestNetDebugCliSender::runsASequence()
{
    ScriptedServer server;
    CliProcess cli;
    cli.start(send(server.port(),
                   {QStringLiteral("--commands"), m_commands, QStringLiteral("--run"),
                    QStringLiteral("Greet"), QStringLiteral("--wait"), QStringLiteral("200")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QCOMPARE(server.received, QByteArray("HELLOPINGHELLOPING"));
    QCOMPARE(cli.out, QByteArray("OKOK"));
    QVERIFY2(cli.err.contains("Sequence \"Greet\" completed: 2 rounds."), cli.err.constData());
    // The wait after the sequence, as after any send.
    QVERIFY2(cli.elapsedMs >= 200 + 20 + 20, qPrintable(QString::number(cli.elapsedMs)));
}

void TestNetDebugCliSender::sequenceTimeoutNamesTheStep()
{
    ScriptedServer server;
    CliProcess cli;
    cli.start(
            send(server.port(), {QStringLiteral("--commands"), m_commands, QStringLiteral("--run"),
                                 QStringLiteral("Stuck"), QStringLiteral("--json")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 1);
    const QByteArray message =
            "Sequence \"Stuck\" stopped at step 2 (PING): no matching reply within 300 ms.";
    QVERIFY2(cli.err.contains(message), cli.err.constData());
    QCOMPARE(cli.err.count('\n'), qsizetype(1));
    QCOMPARE(cli.rawJsonLines("error").size(), 1);
    QCOMPARE(server.received, QByteArray("HELLOPING"));
}

void TestNetDebugCliSender::sequencePeerCloseNamesTheStep()
{
    ScriptedServer server;
    server.closeOnPing = true;
    CliProcess cli;
    cli.start(send(server.port(), {QStringLiteral("--commands"), m_commands,
                                   QStringLiteral("--run"), QStringLiteral("Stuck")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.err.contains("Sequence \"Stuck\" stopped at step 2 (PING): ") &&
                     cli.err.contains("closed"),
             cli.err.constData());
    QCOMPARE(cli.err.count("netdebug-cli: "), qsizetype(1));
}

void TestNetDebugCliSender::runsASequenceOverUdp()
{
    UdpPeer peer;
    QVERIFY(peer.bound);
    peer.reply = "OK";
    CliProcess cli;
    cli.start({QStringLiteral("send"), QStringLiteral("127.0.0.1"), peer.port(),
               QStringLiteral("--udp"), QStringLiteral("--commands"), m_commands,
               QStringLiteral("--run"), QStringLiteral("Greet"), QStringLiteral("--wait"),
               QStringLiteral("0")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.done, 10000);
    QVERIFY2(cli.exitCode() == 0, cli.err.constData());
    QTRY_COMPARE(peer.datagrams, (QList<QByteArray>{"HELLO", "PING", "HELLO", "PING"}));
}

void TestNetDebugCliSender::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QString send = QStringLiteral("send");
    const QString listen = QStringLiteral("listen");
    const QString local = QStringLiteral("127.0.0.1");
    const QString port = QStringLiteral("PORT");
    const QString hex = QStringLiteral("--hex");
    const QString checksum = QStringLiteral("--checksum");
    const QString range = QStringLiteral("--checksum-range");
    const QString udp = QStringLiteral("--udp");
    const QString file = QStringLiteral("--file");
    const QString commands = QStringLiteral("--commands");
    const QString run = QStringLiteral("--run");
    const QString small = writeFile(QStringLiteral("small.bin"), "abc");
    const QString malformed = writeFile(QStringLiteral("malformed.json"), "{\"format\": ");
    const QString foreign = writeFile(QStringLiteral("foreign.json"), "{\"format\": \"other\"}");
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));

    QTest::newRow("unknown checksum") << QStringList{send,     local,
                                                     port,     QStringLiteral("hi"),
                                                     checksum, QStringLiteral("crc99")}
                                      << QStringList{QStringLiteral("\"crc99\""),
                                                     QStringLiteral("none"),
                                                     QStringLiteral("sum8"),
                                                     QStringLiteral("xor8"),
                                                     QStringLiteral("crc8"),
                                                     QStringLiteral("crc16-modbus"),
                                                     QStringLiteral("crc16-ccitt-false"),
                                                     QStringLiteral("crc16-xmodem"),
                                                     QStringLiteral("crc32"),
                                                     QStringLiteral("lrc")};
    QTest::newRow("range that is not two numbers") << QStringList{send,     local,
                                                                  port,     QStringLiteral("hi"),
                                                                  checksum, QStringLiteral("sum8"),
                                                                  range,    QStringLiteral("1-0")}
                                                   << QStringList{range, QStringLiteral("\"1-0\"")};
    QTest::newRow("range beyond the limit") << QStringList{send,     local,
                                                           port,     QStringLiteral("hi"),
                                                           checksum, QStringLiteral("sum8"),
                                                           range,    QStringLiteral("0:99999999")}
                                            << QStringList{range, QStringLiteral("99999999")};
    QTest::newRow("range longer than the payload") << QStringList{send,
                                                                  local,
                                                                  port,
                                                                  hex,
                                                                  QStringLiteral("01 02"),
                                                                  checksum,
                                                                  QStringLiteral("sum8"),
                                                                  range,
                                                                  QStringLiteral("2:1")}
                                                   << QStringList{range};
    QTest::newRow("unknown order") << QStringList{send,
                                                  local,
                                                  port,
                                                  QStringLiteral("hi"),
                                                  checksum,
                                                  QStringLiteral("crc32"),
                                                  QStringLiteral("--checksum-order"),
                                                  QStringLiteral("middle")}
                                   << QStringList{QStringLiteral("\"middle\""),
                                                  QStringLiteral("be"), QStringLiteral("le")};
    QTest::newRow("range without a checksum")
            << QStringList{send, local, port, QStringLiteral("hi"), range, QStringLiteral("1:0")}
            << QStringList{range, checksum};
    QTest::newRow("checksum with --file")
            << QStringList{send, local, port, file, small, checksum, QStringLiteral("sum8")}
            << QStringList{file};
    QTest::newRow("checksum without a payload")
            << QStringList{send, local, port, checksum, QStringLiteral("sum8")}
            << QStringList{checksum, QStringLiteral("TEXT")};
    QTest::newRow("listen: checksum without a reply")
            << QStringList{listen, QStringLiteral("0"), checksum, QStringLiteral("sum8")}
            << QStringList{QStringLiteral("--reply")};
    QTest::newRow("listen: unknown checksum")
            << QStringList{listen,
                           QStringLiteral("0"),
                           QStringLiteral("--reply-hex"),
                           QStringLiteral("01"),
                           checksum,
                           QStringLiteral("md5")}
            << QStringList{QStringLiteral("\"md5\""), QStringLiteral("crc16-modbus")};
    QTest::newRow("--datagram-size without --udp")
            << QStringList{send,
                           local,
                           port,
                           file,
                           small,
                           QStringLiteral("--datagram-size"),
                           QStringLiteral("100")}
            << QStringList{QStringLiteral("--datagram-size"), udp};
    QTest::newRow("--pause without --udp") << QStringList{send,
                                                          local,
                                                          port,
                                                          file,
                                                          small,
                                                          QStringLiteral("--pause"),
                                                          QStringLiteral("5")}
                                           << QStringList{QStringLiteral("--pause"), udp};
    QTest::newRow("--datagram-size without --file")
            << QStringList{send,
                           local,
                           port,
                           QStringLiteral("hi"),
                           udp,
                           QStringLiteral("--datagram-size"),
                           QStringLiteral("100")}
            << QStringList{QStringLiteral("--datagram-size"), file};
    QTest::newRow("--datagram-size larger than an IPv4 datagram")
            << QStringList{send,
                           local,
                           port,
                           udp,
                           file,
                           small,
                           QStringLiteral("--datagram-size"),
                           QStringLiteral("65520")}
            << QStringList{QStringLiteral("65520"), QStringLiteral("65507")};
    QTest::newRow("--datagram-size 0")
            << QStringList{send,
                           local,
                           port,
                           udp,
                           file,
                           small,
                           QStringLiteral("--datagram-size"),
                           QStringLiteral("0")}
            << QStringList{QStringLiteral("--datagram-size"), QStringLiteral("\"0\"")};
    QTest::newRow("--repeat with --file") << QStringList{send,
                                                         local,
                                                         port,
                                                         file,
                                                         small,
                                                         QStringLiteral("--repeat"),
                                                         QStringLiteral("2")}
                                          << QStringList{QStringLiteral("--repeat"), file};
    QTest::newRow("--file that never ends")
            << QStringList{send, local, port, file, QStringLiteral("/dev/zero")}
            << QStringList{QStringLiteral("/dev/zero"), QStringLiteral("regular file")};
    QTest::newRow("--interval 0") << QStringList{send,
                                                 local,
                                                 port,
                                                 QStringLiteral("hi"),
                                                 QStringLiteral("--repeat"),
                                                 QStringLiteral("2"),
                                                 QStringLiteral("--interval"),
                                                 QStringLiteral("0")}
                                  << QStringList{QStringLiteral("--interval"),
                                                 QStringLiteral("86400000")};
    QTest::newRow("--repeat too many")
            << QStringList{send,
                           local,
                           port,
                           QStringLiteral("hi"),
                           QStringLiteral("--repeat"),
                           QStringLiteral("1000001")}
            << QStringList{QStringLiteral("--repeat"), QStringLiteral("1000000")};
    QTest::newRow("missing commands file")
            << QStringList{send, local, port, commands, missing, run, QStringLiteral("HELLO")}
            << QStringList{missing, QStringLiteral("no such file")};
    QTest::newRow("malformed commands file")
            << QStringList{send, local, port, commands, malformed, run, QStringLiteral("HELLO")}
            << QStringList{malformed, QStringLiteral("JSON")};
    QTest::newRow("not a commands file")
            << QStringList{send, local, port, commands, foreign, run, QStringLiteral("HELLO")}
            << QStringList{foreign, QStringLiteral("format")};
    QTest::newRow("commands file that is a directory")
            << QStringList{send, local, port, commands, m_dir.path(), run, QStringLiteral("X")}
            << QStringList{m_dir.path(), QStringLiteral("directory")};
    QTest::newRow("unknown --run name")
            << QStringList{send, local, port, commands, m_commands, run, QStringLiteral("Hello")}
            << QStringList{QStringLiteral("\"Hello\""), QStringLiteral("\"HELLO\""),
                           QStringLiteral("\"PING\""),  QStringLiteral("\"Read\""),
                           QStringLiteral("\"Greet\""), QStringLiteral("\"Stuck\"")};
    QTest::newRow("--run name of a command and a sequence")
            << QStringList{send, local, port, commands, m_commands, run, QStringLiteral("PING")}
            << QStringList{QStringLiteral("ambiguous"), QStringLiteral("\"command:PING\""),
                           QStringLiteral("\"sequence:PING\"")};
    QTest::newRow("--run with a prefix and an unknown name")
            << QStringList{send,
                           local,
                           port,
                           commands,
                           m_commands,
                           run,
                           QStringLiteral("sequence:HELLO")}
            << QStringList{QStringLiteral("\"sequence:HELLO\""), QStringLiteral("\"Greet\"")};
    QTest::newRow("--run without --commands")
            << QStringList{send, local, port, run, QStringLiteral("HELLO")}
            << QStringList{run, commands};
    QTest::newRow("--commands without --run")
            << QStringList{send, local, port, commands, m_commands} << QStringList{commands, run};
    QTest::newRow("--run with a TEXT")
            << QStringList{send,     local,      port, QStringLiteral("hi"),
                           commands, m_commands, run,  QStringLiteral("HELLO")}
            << QStringList{run, QStringLiteral("TEXT")};
    QTest::newRow("--run with --hex") << QStringList{send,
                                                     local,
                                                     port,
                                                     hex,
                                                     QStringLiteral("00"),
                                                     commands,
                                                     m_commands,
                                                     run,
                                                     QStringLiteral("HELLO")}
                                      << QStringList{run, hex};
    QTest::newRow("--run with --file") << QStringList{send,       local, port,
                                                      file,       small, commands,
                                                      m_commands, run,   QStringLiteral("HELLO")}
                                       << QStringList{run, file};
    QTest::newRow("--run with --checksum") << QStringList{send,
                                                          local,
                                                          port,
                                                          commands,
                                                          m_commands,
                                                          run,
                                                          QStringLiteral("HELLO"),
                                                          checksum,
                                                          QStringLiteral("sum8")}
                                           << QStringList{checksum, run};
    QTest::newRow("--run with --line-ending") << QStringList{send,
                                                             local,
                                                             port,
                                                             commands,
                                                             m_commands,
                                                             run,
                                                             QStringLiteral("HELLO"),
                                                             QStringLiteral("--line-ending"),
                                                             QStringLiteral("crlf")}
                                              << QStringList{QStringLiteral("--line-ending"), run};
    QTest::newRow("a sequence with --repeat")
            << QStringList{send,
                           local,
                           port,
                           commands,
                           m_commands,
                           run,
                           QStringLiteral("Greet"),
                           QStringLiteral("--repeat"),
                           QStringLiteral("2")}
            << QStringList{QStringLiteral("--repeat"), QStringLiteral("\"Greet\"")};
    QTest::newRow("a sequence with --until-reply")
            << QStringList{send,
                           local,
                           port,
                           commands,
                           m_commands,
                           run,
                           QStringLiteral("Greet"),
                           QStringLiteral("--until-reply")}
            << QStringList{QStringLiteral("--until-reply"), QStringLiteral("\"Greet\"")};
}

void TestNetDebugCliSender::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    // A server standing by: bad input is refused before any connection is made.
    QTcpServer standby;
    QVERIFY(standby.listen(QHostAddress::LocalHost, 0));
    arguments.replaceInStrings(QStringLiteral("PORT"), QString::number(standby.serverPort()));
    CliProcess cli;
    QVERIFY(cli.run(arguments));
    QCOMPARE(cli.exitCode(), 2);
    const QString err = QString::fromUtf8(cli.err);
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(err.contains(mention),
                 qPrintable(QStringLiteral("%1 not in %2").arg(mention, err)));
    QCOMPARE(cli.out, QByteArray());
    QVERIFY(!standby.waitForNewConnection(0));
}

QTEST_GUILESS_MAIN(TestNetDebugCliSender)
#include "tst_netdebugcli_sender.moc"
