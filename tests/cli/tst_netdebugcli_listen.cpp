#include "../faulttesthelpers.h"
#include "clitesthelpers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <random>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

// Runs "netdebug-cli listen" against real loopback clients and checks what it prints and writes.
class TestNetDebugCliListen : public QObject
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
    void listenWritesOutputFile();
    void listenOutputIsByteExact();
    void listenPrintsJson();
    void listenEscapesBackslashes_data();
    void listenEscapesBackslashes();

private:
    QTemporaryDir m_dir;
};

void TestNetDebugCliListen::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
}

void TestNetDebugCliListen::listenPrintsText()
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

void TestNetDebugCliListen::listenPrintsHex()
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

void TestNetDebugCliListen::listenDecodesGbk_data()
{
    QTest::addColumn<int>("split");
    QTest::addColumn<bool>("json");
    QTest::newRow("one write") << 4 << false;
    QTest::newRow("split inside the second character") << 3 << false;
    // Nothing can be shown after the first byte alone; the JSON rx event shows it has arrived.
    QTest::newRow("split inside the first character, JSON") << 1 << true;
}

void TestNetDebugCliListen::listenDecodesGbk()
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

void TestNetDebugCliListen::listenEchoesOneMebibyte()
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

void TestNetDebugCliListen::listenReplies_data()
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

void TestNetDebugCliListen::listenReplies()
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

void TestNetDebugCliListen::listenWritesOutputFile()
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

void TestNetDebugCliListen::listenOutputIsByteExact()
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

void TestNetDebugCliListen::listenPrintsJson()
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

    // Keys in the documented order: time, peer, event, then the event's own.
    const QByteArray rx = cli.rawJsonLines("rx").value(0);
    QVERIFY2(rx.endsWith(",\"peer\":\"" + peer.toUtf8() +
                         "\",\"event\":\"rx\",\"bytes\":5,\"hex\":\"68656c6c6f\","
                         "\"text\":\"hello\"}"),
             rx.constData());
    QCOMPARE(jsonKeys(rx).join(u' '), QStringLiteral("time peer event bytes hex text"));
    QCOMPARE(jsonKeys(cli.rawJsonLines("tx").value(0)).join(u' '),
             QStringLiteral("time peer event bytes hex text"));
    QCOMPARE(jsonKeys(cli.rawJsonLines("listening").value(0)).join(u' '),
             QStringLiteral("time event address port transport"));
    QCOMPARE(jsonKeys(cli.rawJsonLines("connected").value(0)).join(u' '),
             QStringLiteral("time peer event"));
    QCOMPARE(jsonKeys(cli.rawJsonLines("closed").value(0)).join(u' '),
             QStringLiteral("time peer event reason"));
}

void TestNetDebugCliListen::listenEscapesBackslashes_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("stdout") << false;
    QTest::newRow("JSON") << true;
}

void TestNetDebugCliListen::listenEscapesBackslashes()
{
    QFETCH(bool, json);
    QStringList options{QStringLiteral("--bind"), QStringLiteral("127.0.0.1")};
    if (json)
        options.append(QStringLiteral("--json"));
    CliProcess cli;
    cli.start(QStringList{QStringLiteral("listen"), QStringLiteral("0")} + options);
    quint16 port = 0;
    QTRY_VERIFY((port = json ? cli.jsonListeningPort() : cli.listeningPort()) != 0);
    Client client;
    QVERIFY(client.connectTo(port));
    // The four characters \xCA, a lone backslash, then a byte that is never UTF-8.
    client.socket.write(QByteArray("C:\\xCA \\ ") + char(0xFF));
    // Each backslash of the data is doubled; \xFF alone stands for a byte.
    const QString expected = QStringLiteral("C:\\\\xCA \\\\ \\xFF");
    if (json) {
        QTRY_COMPARE(cli.rawJsonLines("rx").size(), qsizetype(1));
        const QJsonObject rx = QJsonDocument::fromJson(cli.rawJsonLines("rx").first()).object();
        QCOMPARE(rx.value(QStringLiteral("text")).toString(), expected);
        QCOMPARE(rx.value(QStringLiteral("hex")).toString(),
                 QStringLiteral("433a5c78434120 5c20ff").remove(u' '));
    } else {
        QTRY_COMPARE(QString::fromUtf8(cli.out), expected);
    }
}

QTEST_GUILESS_MAIN(TestNetDebugCliListen)
#include "tst_netdebugcli_listen.moc"
