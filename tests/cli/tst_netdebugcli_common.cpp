#include "clitesthelpers.h"

#include <QTemporaryDir>

// Checks what both commands of netdebug-cli share: exit codes and messages for bad input and
// failed connections, --help and --version, and the language of its messages.
class TestNetDebugCliCommon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exitCodes_data();
    void exitCodes();
    void helpAndVersion();
    void messagesFollowTheLocale();

private:
    QTemporaryDir m_dir;
    QTcpServer m_busy;
    quint16 m_closedPort = 0;
};

void TestNetDebugCliCommon::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_busy.listen(QHostAddress::LocalHost, 0));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    m_closedPort = closed.serverPort();
}

void TestNetDebugCliCommon::exitCodes_data()
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
                                               QStringLiteral("1000001")}
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

void TestNetDebugCliCommon::exitCodes()
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

void TestNetDebugCliCommon::helpAndVersion()
{
    CliProcess help;
    QVERIFY(help.run({QStringLiteral("--help")}));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.out);
    const QStringList options{QStringLiteral("--bind"),
                              QStringLiteral("--encoding"),
                              QStringLiteral("--hex"),
                              QStringLiteral("--echo"),
                              QStringLiteral("--reply"),
                              QStringLiteral("--reply-hex"),
                              QStringLiteral("--escapes"),
                              QStringLiteral("--once"),
                              QStringLiteral("--max-clients"),
                              QStringLiteral("--timeout"),
                              QStringLiteral("--output"),
                              QStringLiteral("--json"),
                              QStringLiteral("--file"),
                              QStringLiteral("--line-ending"),
                              QStringLiteral("--wait"),
                              QStringLiteral("--until-reply"),
                              QStringLiteral("--repeat"),
                              QStringLiteral("--interval"),
                              QStringLiteral("--allow"),
                              QStringLiteral("--checksum"),
                              QStringLiteral("--checksum-range"),
                              QStringLiteral("--checksum-order"),
                              QStringLiteral("--datagram-size"),
                              QStringLiteral("--pause"),
                              QStringLiteral("--commands"),
                              QStringLiteral("--run")};
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

void TestNetDebugCliCommon::messagesFollowTheLocale()
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

QTEST_GUILESS_MAIN(TestNetDebugCliCommon)
#include "tst_netdebugcli_common.moc"
