#include "clitesthelpers.h"

#include <QTemporaryDir>

// Runs "netdebug-cli send" against a real loopback server.
class TestNetDebugCliSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sendDeliversPayload_data();
    void sendDeliversPayload();
    void sendUntilReplyReturnsEarly();
    void sendUntilReplyFailsWithoutReply();
    void sendWritesReplyToFile();
    void sendRepeats();

private:
    QTemporaryDir m_dir;
    QString m_filePath;
    QByteArray m_fileBytes;
};

void TestNetDebugCliSend::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_filePath = m_dir.filePath(QStringLiteral("payload.bin"));
    m_fileBytes = randomBytes(3000, 7) + QByteArray("\0\r\n", 3);
    QFile file(m_filePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_fileBytes), m_fileBytes.size());
    file.close();
}

void TestNetDebugCliSend::sendDeliversPayload_data()
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

void TestNetDebugCliSend::sendDeliversPayload()
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

void TestNetDebugCliSend::sendUntilReplyReturnsEarly()
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

void TestNetDebugCliSend::sendUntilReplyFailsWithoutReply()
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

void TestNetDebugCliSend::sendWritesReplyToFile()
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

void TestNetDebugCliSend::sendRepeats()
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

QTEST_GUILESS_MAIN(TestNetDebugCliSend)
#include "tst_netdebugcli_send.moc"
