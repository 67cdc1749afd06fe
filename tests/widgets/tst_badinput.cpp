#include "clienttab.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "multicastpanel.h"
#include "sendpane.h"
#include "servertab.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "udpsession.h"
#include "udptab.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

namespace {

QString cliPath()
{
    return qEnvironmentVariable("NETDEBUG_CLI", QStringLiteral(NETDEBUG_CLI_PATH));
}

QByteArray loggedData(LogModel *log, LogEntry::Kind kind)
{
    log->flush();
    QByteArray data;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).kind == kind)
            data += log->entry(row).data;
    }
    return data;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray settingsFileBytes()
{
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A settings file as QSettings writes these values, for rows whose corruption is in the values
// rather than in the syntax.
QByteArray iniText(const QVariantMap &values)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A geometry in the layout QWidget::saveGeometry() writes, saved on a screen as wide as this
// one, so that Qt takes it, for a window far larger than the screen and mostly off it.
QByteArray enormousGeometry()
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_4_0);
    const QRect huge(-100000, -100000, 400000, 300000);
    const qint32 screenWidth = QGuiApplication::primaryScreen()->geometry().width();
    stream << quint32(0x1D9D0CB) << quint16(3) << quint16(0) << huge << huge << qint32(0)
           << quint8(0) << quint8(0) << screenWidth << huge;
    return bytes;
}

// A loopback server standing by for the rows: any connection or byte that reaches it is
// something a rejected input let through.
class Standby : public QObject
{
public:
    Standby()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                m_sockets.append(socket);
                connect(socket, &QIODevice::readyRead, this,
                        [this, socket] { m_received += socket->readAll(); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString port() const { return QString::number(m_server.serverPort()); }
    int connections() const { return m_connections; }
    QByteArray received() const { return m_received; }

    // The connections made so far, including any still waiting in the accept queue.
    int settledConnections()
    {
        m_server.waitForNewConnection(0);
        QCoreApplication::processEvents();
        return m_connections;
    }

    void reset()
    {
        for (QTcpSocket *socket : std::as_const(m_sockets)) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        m_sockets.clear();
        m_connections = 0;
        m_received.clear();
    }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
    int m_connections = 0;
    QByteArray m_received;
};

} // namespace

// One table of bad inputs across the window and the command-line tool. Each is refused with a
// clear English message that names what is wrong, and nothing else changes: no socket opens, no
// byte is sent, nothing starts listening, settings stay as they were, and the previous valid
// state still works.
class tst_BadInput : public QObject
{
    Q_OBJECT

public:
    // Where a row's input goes.
    enum Target {
        SendPaneHex,     // the payload editor with Hex on
        SendPaneEscapes, // the payload editor with Escapes on
        ServerPort,      // the server tab's Port field
        ServerAddress,   // the server tab's Address field
        ClientPort,      // the client tab's Port field
        ClientHost,      // the client tab's Host field
        UdpPort,         // the UDP tab's Port field
        UdpRemotePort,   // the UDP tab's Remote port field
        UdpRemoteHost,   // the UDP tab's Remote host field
        UdpGroup,        // the UDP tab's Multicast group field
        CliArgs,         // netdebug-cli's command line
        Settings,        // the raw bytes of the settings file the window starts from
    };
    Q_ENUM(Target)

private slots:
    void initTestCase();
    void cleanup();

    void rejected_data();
    void rejected();

private:
    void openWindow();
    void verifySettingsUntouched();
    void switchToTab(int index);
    void verifyMessage(const QString &message, const QStringList &mentions);
    void rejectPayload(Target target, const QString &input, const QStringList &mentions);
    void rejectListen(Target target, const QString &input, const QStringList &mentions);
    void rejectConnect(Target target, const QString &input, const QStringList &mentions);
    void rejectUdp(Target target, const QString &input, const QStringList &mentions);
    void rejectArguments(const QStringList &arguments, int exitCode, const QStringList &mentions);
    void rejectSettings(const QByteArray &file, const QStringList &mentions);

    std::unique_ptr<MainWindow> m_window;
    Standby m_standby;
    QTemporaryDir m_dir;
    QString m_unreadableFile;
    int m_settingsWrites = 0;
    QByteArray m_settingsAtStart;
};

void tst_BadInput::initTestCase()
{
    WidgetTest::isolateSettings();
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_standby.listen());
    QVERIFY(m_dir.isValid());
    m_unreadableFile = m_dir.filePath(QStringLiteral("unreadable.bin"));
    QFile file(m_unreadableFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write("secret"), 6);
    file.close();
    QVERIFY(file.setPermissions({}));
}

void tst_BadInput::cleanup()
{
    m_window.reset();
    m_standby.reset();
    QSettings().clear();
}

void tst_BadInput::rejected_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("input");         // typed or pasted; Latin-1 file bytes for Settings
    QTest::addColumn<QStringList>("arguments"); // CliArgs only
    QTest::addColumn<int>("exitCode");          // CliArgs only
    QTest::addColumn<QStringList>("mentions");  // what the message must name; for Settings,
                                                // what the window says of the file (if anything)

    const QString local = QStringLiteral("127.0.0.1");
    const QString standby = m_standby.port();
    const QString send = QStringLiteral("send");
    const QString listen = QStringLiteral("listen");
    const QString missingFile = m_dir.filePath(QStringLiteral("no-such-file.bin"));
    const QString missingDir = m_dir.filePath(QStringLiteral("no-such-dir/reply.bin"));
    const QStringList none;
    auto ui = [&](const char *name, Target target, const QString &input,
                  const QStringList &mentions) {
        QTest::addRow("%s", name) << target << input << none << 0 << mentions;
    };
    auto cli = [&](const char *name, const QStringList &arguments, int exitCode,
                   const QStringList &mentions) {
        QTest::addRow("%s", name) << CliArgs << QString() << arguments << exitCode << mentions;
    };
    auto settings = [&](const char *name, const QByteArray &file, const QStringList &said = {}) {
        QTest::addRow("%s", name) << Settings << QString::fromLatin1(file) << none << 0 << said;
    };

    // 1 MiB of valid hex in lines, then one bad character.
    QString hugeHex;
    const QString line = QStringLiteral("00112233445566778899AABBCCDDEEFF").repeated(2) + u'\n';
    while (hugeHex.size() < 1024 * 1024)
        hugeHex += line;
    hugeHex += u'G';
    const QString hugePosition = QString::number(hugeHex.size());

    ui("send pane hex: odd number of digits", SendPaneHex, QStringLiteral("48 656"),
       {"position 4", "odd"});
    ui("send pane hex: single digit", SendPaneHex, QStringLiteral("7"), {"position 1"});
    ui("send pane hex: letter that is not hex", SendPaneHex, QStringLiteral("48 6G"),
       {"'G'", "position 5"});
    ui("send pane hex: a word", SendPaneHex, QStringLiteral("hello"), {"'h'", "position 1"});
    ui("send pane hex: 0x alone", SendPaneHex, QStringLiteral("0x"), {"0x", "position 1"});
    ui("send pane hex: 0x after valid bytes", SendPaneHex, QStringLiteral("41,0x"),
       {"0x", "position 4"});
    ui("send pane hex: fullwidth digits", SendPaneHex, QStringLiteral("１２"),
       {"'１'", "position 1"});
    ui("send pane hex: emoji", SendPaneHex, QStringLiteral("41 😀"), {"position 4"});
    ui("send pane hex: control character", SendPaneHex, QStringLiteral("41\u000142"),
       {"U+0001", "position 3"});
    ui("send pane hex: 1 MiB valid then a bad character", SendPaneHex, hugeHex,
       {"'G'", QStringLiteral("position ") + hugePosition});

    ui("send pane escapes: \\x at the end", SendPaneEscapes, QStringLiteral("ab\\x"),
       {"\\x", "position 3"});
    ui("send pane escapes: \\x with one digit", SendPaneEscapes, QStringLiteral("\\x4"),
       {"\\x", "position 1"});
    ui("send pane escapes: \\x with non-hex digits", SendPaneEscapes, QStringLiteral("A\\xZZ"),
       {"\\x", "position 2"});
    ui("send pane escapes: trailing lone backslash", SendPaneEscapes, QStringLiteral("abc\\"),
       {"backslash", "position 4"});
    ui("send pane escapes: unknown \\q", SendPaneEscapes, QStringLiteral("hi\\q"),
       {"\\q", "position 3"});

    ui("server port: empty", ServerPort, QString(), {"\"\"", "port"});
    ui("server port: letters", ServerPort, QStringLiteral("abc"), {"\"abc\""});
    ui("server port: negative", ServerPort, QStringLiteral("-1"), {"\"-1\""});
    ui("server port: 65536", ServerPort, QStringLiteral("65536"), {"\"65536\""});
    ui("server port: 70000", ServerPort, QStringLiteral("70000"), {"\"70000\""});
    ui("server port: digits split by spaces", ServerPort, QStringLiteral(" 8 0 "), {"\"8 0\""});

    ui("server address: a name", ServerAddress, QStringLiteral("not-an-ip"), {"\"not-an-ip\""});
    ui("server address: octet above 255", ServerAddress, QStringLiteral("999.1.1.1"),
       {"\"999.1.1.1\""});
    ui("server address: unbalanced bracket", ServerAddress, QStringLiteral("[::1"), {"\"[::1\""});
    ui("server address: multicast", ServerAddress, QStringLiteral("224.0.0.1"),
       {"224.0.0.1", "multicast"});
    ui("server address: broadcast", ServerAddress, QStringLiteral("255.255.255.255"),
       {"255.255.255.255", "broadcast"});
    ui("server address: not of this computer", ServerAddress, QStringLiteral("192.0.2.1"),
       {"192.0.2.1", "not an address of this computer"});

    ui("client port: 0", ClientPort, QStringLiteral("0"), {"\"0\"", "1 to 65535"});
    ui("client port: 65536", ClientPort, QStringLiteral("65536"), {"\"65536\""});
    ui("client port: letter", ClientPort, QStringLiteral("x"), {"\"x\""});

    ui("client host: empty", ClientHost, QString(), {"host name or an IP address"});
    ui("client host: only spaces", ClientHost, QStringLiteral("   "),
       {"host name or an IP address"});
    ui("client host: unresolvable name", ClientHost, QStringLiteral("no-such-host.invalid"),
       {"no-such-host.invalid", "not found"});
    ui("client host: octet above 255", ClientHost, QStringLiteral("300.1.1.1"),
       {"300.1.1.1", "not found"});
    ui("client host: unbalanced bracket", ClientHost, QStringLiteral("[::1"), {"[::1"});

    ui("udp port: 70000", UdpPort, QStringLiteral("70000"), {"\"70000\""});
    ui("udp port: letters", UdpPort, QStringLiteral("udp"), {"\"udp\""});
    ui("udp remote port: 0", UdpRemotePort, QStringLiteral("0"),
       {"Remote port", "\"0\"", "1 to 65535"});
    ui("udp remote port: garbage", UdpRemotePort, QStringLiteral("80x"), {"\"80x\""});
    ui("udp remote host: empty", UdpRemoteHost, QString(), {"remote host"});
    ui("udp remote host: unresolvable name", UdpRemoteHost, QStringLiteral("no-such-host.invalid"),
       {"no-such-host.invalid", "not found"});
    ui("udp group: a name", UdpGroup, QStringLiteral("group"), {"\"group\"", "not an IP address"});
    ui("udp group: not multicast", UdpGroup, QStringLiteral("192.0.2.1"),
       {"192.0.2.1", "not a multicast address"});
    // The tab is open on 127.0.0.1, which takes only what is sent to that address.
    ui("udp group: socket bound to one address", UdpGroup, QStringLiteral("239.255.77.7"),
       {"239.255.77.7", "bound to 127.0.0.1", "all interfaces"});

    const QString hexOption = QStringLiteral("--hex");
    const QString escapes = QStringLiteral("--escapes");
    cli("cli send --hex: odd number of digits",
        {send, local, standby, hexOption, QStringLiteral("0A0")}, 2,
        {"--hex", "position 1", "odd"});
    cli("cli send --hex: letter that is not hex",
        {send, local, standby, hexOption, QStringLiteral("0A 0g")}, 2, {"'g'", "position 5"});
    cli("cli send --hex: 0x alone", {send, local, standby, hexOption, QStringLiteral("0x")}, 2,
        {"0x", "position 1"});
    cli("cli send --hex: fullwidth digits",
        {send, local, standby, hexOption, QStringLiteral("１２")}, 2, {"'１'", "position 1"});
    cli("cli listen --reply-hex: single digit",
        {listen, QStringLiteral("0"), QStringLiteral("--reply-hex"), QStringLiteral("4")}, 2,
        {"--reply-hex", "position 1"});
    cli("cli send --escapes: \\x with one digit",
        {send, local, standby, QStringLiteral("\\x4"), escapes}, 2, {"\\x", "position 1"});
    cli("cli send --escapes: trailing lone backslash",
        {send, local, standby, QStringLiteral("ab\\"), escapes}, 2, {"backslash", "position 3"});
    cli("cli listen --reply --escapes: unknown \\q",
        {listen, QStringLiteral("0"), QStringLiteral("--reply"), QStringLiteral("ok\\q"), escapes},
        2, {"--reply", "\\q", "position 3"});
    cli("cli listen: port 70000", {listen, QStringLiteral("70000")}, 2, {"\"70000\""});
    cli("cli send: port 0", {send, local, QStringLiteral("0"), QStringLiteral("hi")}, 2, {"\"0\""});
    cli("cli send: port abc", {send, local, QStringLiteral("abc"), QStringLiteral("hi")}, 2,
        {"\"abc\""});
    cli("cli send: empty host", {send, QString(), standby, QStringLiteral("hi")}, 2, {"host"});
    cli("cli send: unresolvable host",
        {send, QStringLiteral("no-such-host.invalid"), standby, QStringLiteral("hi")}, 1,
        {"no-such-host.invalid", "not found"});
    cli("cli listen --bind: unbalanced bracket",
        {listen, QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("[::1")}, 2,
        {"--bind", "\"[::1\""});
    cli("cli listen --bind: multicast",
        {listen, QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("ff02::1")}, 2,
        {"--bind", "ff02::1", "multicast"});
    cli("cli send --encoding: unknown name",
        {send, local, standby, QStringLiteral("hi"), QStringLiteral("--encoding"),
         QStringLiteral("NOPE")},
        2, {"\"NOPE\""});
    cli("cli listen --encoding: empty name",
        {listen, QStringLiteral("0"), QStringLiteral("--encoding"), QString()}, 2,
        {"encoding", "\"\""});
    cli("cli send --file: missing", {send, local, standby, QStringLiteral("--file"), missingFile},
        2, {missingFile, "no such file"});
    cli("cli send --file: a directory",
        {send, local, standby, QStringLiteral("--file"), m_dir.path()}, 2,
        {m_dir.path(), "directory"});
    cli("cli send --file: no read permission",
        {send, local, standby, QStringLiteral("--file"), m_unreadableFile}, 2, {m_unreadableFile});
    cli("cli send --file: a device without end",
        {send, local, standby, QStringLiteral("--file"), QStringLiteral("/dev/zero")}, 2,
        {"/dev/zero", "not a regular file"});
    cli("cli send --output: in a missing directory",
        {send, local, standby, QStringLiteral("hi"), QStringLiteral("--output"), missingDir}, 2,
        {"--output", missingDir});
    cli("cli listen --output: a directory",
        {listen, QStringLiteral("0"), QStringLiteral("--output"), m_dir.path()}, 2,
        {"--output", m_dir.path()});

    const QString checksum = QStringLiteral("--checksum");
    const QString commands = QStringLiteral("--commands");
    const QString run = QStringLiteral("--run");
    const QString malformedCommands = m_dir.filePath(QStringLiteral("malformed.json"));
    const QString goodCommands = m_dir.filePath(QStringLiteral("commands.json"));
    QVERIFY(writeFile(malformedCommands, "{\"format\": \"netdebug-commands\", \"version\": 1,"));
    QVERIFY(writeFile(goodCommands, R"({"format": "netdebug-commands", "version": 1,
        "commands": [{"name": "Login", "text": "user"}],
        "sequences": [{"name": "Start", "steps": [{"command": "Login"}]}]})"));
    cli("cli send --checksum: unknown name",
        {send, local, standby, QStringLiteral("hi"), checksum, QStringLiteral("crc64")}, 2,
        {"\"crc64\"", "crc16-modbus", "sum8", "lrc"});
    cli("cli send --checksum-range: not two numbers",
        {send, local, standby, QStringLiteral("hi"), checksum, QStringLiteral("sum8"),
         QStringLiteral("--checksum-range"), QStringLiteral("-1:0")},
        2, {"--checksum-range", "\"-1:0\""});
    cli("cli send --checksum-range: more than the payload",
        {send, local, standby, hexOption, QStringLiteral("01"), checksum, QStringLiteral("xor8"),
         QStringLiteral("--checksum-range"), QStringLiteral("1:1")},
        2, {"--checksum-range"});
    cli("cli listen --checksum-order: unknown",
        {listen, QStringLiteral("0"), QStringLiteral("--reply"), QStringLiteral("ok"), checksum,
         QStringLiteral("crc16-xmodem"), QStringLiteral("--checksum-order"), QStringLiteral("big")},
        2, {"\"big\"", "be", "le"});
    cli("cli send --commands: missing file",
        {send, local, standby, commands, missingFile, run, QStringLiteral("Login")}, 2,
        {missingFile, "no such file"});
    cli("cli send --commands: malformed file",
        {send, local, standby, commands, malformedCommands, run, QStringLiteral("Login")}, 2,
        {malformedCommands, "JSON"});
    cli("cli send --run: unknown name",
        {send, local, standby, commands, goodCommands, run, QStringLiteral("login")}, 2,
        {"\"login\"", "\"Login\"", "\"Start\""});
    cli("cli send --run: with a TEXT",
        {send, local, standby, QStringLiteral("hi"), commands, goodCommands, run,
         QStringLiteral("Login")},
        2, {"--run", "TEXT"});
    cli("cli send --datagram-size without --udp",
        {send, local, standby, QStringLiteral("--file"), goodCommands,
         QStringLiteral("--datagram-size"), QStringLiteral("512")},
        2, {"--datagram-size", "--udp"});

    const QString udp = QStringLiteral("--udp");
    cli("cli listen --udp --join: not a multicast group",
        {listen, QStringLiteral("0"), udp, QStringLiteral("--join"), QStringLiteral("10.1.2.3")}, 2,
        {"--join", "10.1.2.3", "multicast"});
    cli("cli listen --udp --join: not an address",
        {listen, QStringLiteral("0"), udp, QStringLiteral("--join"), QStringLiteral("group")}, 2,
        {"--join", "\"group\""});
    cli("cli listen --join without --udp",
        {listen, QStringLiteral("0"), QStringLiteral("--join"), QStringLiteral("239.255.0.1")}, 2,
        {"--join", "--udp"});
    cli("cli listen --udp --ttl: 256",
        {listen, QStringLiteral("0"), udp, QStringLiteral("--ttl"), QStringLiteral("256")}, 2,
        {"--ttl", "256"});
    cli("cli listen --udp --once", {listen, QStringLiteral("0"), udp, QStringLiteral("--once")}, 2,
        {"--once", "UDP"});
    cli("cli send --udp: port 0", {send, local, QStringLiteral("0"), QStringLiteral("hi"), udp}, 2,
        {"\"0\""});
    cli("cli send --udp: no payload", {send, local, standby, udp}, 2, {"payload"});
    cli("cli send --udp: datagram too large",
        {send, local, standby, udp, QStringLiteral("--hex"), QStringLiteral("00").repeated(65508)},
        2, {"65508", "65507"});
    cli("cli send --udp: broadcast without --broadcast",
        {send, QStringLiteral("127.255.255.255"), standby, QStringLiteral("hi"), udp}, 2,
        {"127.255.255.255", "--broadcast"});

    // The first release's layout, with values it could not have written.
    settings("settings: ports that are not numbers",
             "[General]\nversion=1\n[server]\nport=garbage\n[client]\nport=99999\n");
    settings("settings: history that is not a list",
             "[General]\nversion=1\n"
             "[client]\nsend\\history=@Rect(1 2 3 4)\nsend\\historyModes=@Size(5 6)\n"
             "[server]\nsend\\history=@Variant(\\0\\0\\0\\x8\\0\\xff\\xff\\xff\\xff)\n");
    settings("settings: geometry of garbage bytes",
             "[General]\nversion=1\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcbgarbage\\0\\xff)\n");
    settings("settings: geometry far off every screen",
             iniText({{QStringLiteral("version"), 1},
                      {QStringLiteral("geometry"), enormousGeometry()}}));
    settings("settings: unknown encoding names",
             "[General]\nversion=1\n[client]\nsend\\encoding=NOPE\n"
             "[server]\nsend\\encoding=\"UTF-8\\0GBK\"\n");
    settings("settings: server address that is not an IP",
             "[General]\nversion=1\n[server]\naddress=not-an-ip\n");
    // This release's layout, spoilt.
    settings("settings: session values that are garbage",
             "[General]\nversion=2\ncurrentSession=-4\n[sessions]\nsize=2\n"
             "1\\kind=tcp-server\n1\\port=-1\n1\\address=999.1.1.1\n1\\echo=maybe\n"
             "1\\log\\displayEncoding=NOPE\n"
             "2\\kind=tcp-client\n2\\host=\n2\\port=0\n2\\send\\lineEnding=x\n");
    // Said, and left as they are (see tst_MainWindow::settingsFromTheFutureAreKept).
    settings("settings: version from the future",
             "[General]\nversion=99\ncurrentSession=1\n[sessions]\nsize=1\n"
             "1\\kind=tcp-client\n1\\host=10.9.9.9\n1\\port=9999\n",
             {"newer version"});
    settings("settings: version 2 without its sessions", "[General]\nversion=2\ncurrentSession=0\n",
             {"saved sessions could not be read"});
    // Files that cannot be read: said once, and the defaults are used.
    settings("settings: sessions of no known kind",
             "[General]\nversion=2\n[sessions]\nsize=2\n1\\kind=telnet\n2\\kind=\n",
             {"saved sessions could not be read"});
    settings("settings: no version", "[client]\nhost=10.9.9.9\nport=9999\n",
             {"could not be read", "no version"});
    settings("settings: not INI text at all",
             QByteArrayLiteral("\x00\x01\xff\xfe[[[\n=\n\xc3\x28@Variant(\\x\n[client\nport\n\x7f"),
             {"could not be read", "defaults"});
}

void tst_BadInput::rejected()
{
    QFETCH(Target, target);
    QFETCH(QString, input);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    switch (target) {
    case SendPaneHex:
    case SendPaneEscapes: rejectPayload(target, input, mentions); break;
    case ServerPort:
    case ServerAddress: rejectListen(target, input, mentions); break;
    case ClientPort:
    case ClientHost: rejectConnect(target, input, mentions); break;
    case UdpPort:
    case UdpRemotePort:
    case UdpRemoteHost:
    case UdpGroup: rejectUdp(target, input, mentions); break;
    case CliArgs: rejectArguments(arguments, exitCode, mentions); break;
    case Settings: rejectSettings(input.toLatin1(), mentions); break;
    }
}

// Starts the window as the application does: from the settings file, then shown.
void tst_BadInput::openWindow()
{
    m_settingsAtStart = settingsFileBytes();
    m_window = std::make_unique<MainWindow>();
    {
        QSettings settings;
        m_window->restoreSettings(settings);
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// Refusing an input writes no settings: the file is as the window found it.
void tst_BadInput::verifySettingsUntouched()
{
    QCOMPARE(settingsFileBytes(), m_settingsAtStart);
}

void tst_BadInput::switchToTab(int index)
{
    QTabBar *bar = m_window->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(m_window->tabs()->currentIndex(), index);
    QTRY_VERIFY(m_window->tabs()->widget(index)->isVisible());
}

// A message a user can act on: there is one, it is in English, and it names what is wrong.
void tst_BadInput::verifyMessage(const QString &message, const QStringList &mentions)
{
    static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    QVERIFY2(!message.trimmed().isEmpty(), "no message");
    QVERIFY2(!message.contains(chinese), qPrintable(message));
    for (const QString &mention : mentions)
        QVERIFY2(
                message.contains(mention, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(message, mention)));
}

void tst_BadInput::rejectPayload(Target target, const QString &input, const QStringList &mentions)
{
    RUN_STEP(openWindow());
    RUN_STEP(switchToTab(1));
    ClientTab *tab = m_window->clientTab();
    FIND_NAMED(QLineEdit, host, tab, "Host");
    FIND_NAMED(QLineEdit, port, tab, "Port");
    FIND_NAMED(QPushButton, connectButton, tab, "Connect");
    FIND_NAMED(QCheckBox, hex, tab, "Hex");
    FIND_NAMED(QCheckBox, escapes, tab, "Escapes");
    FIND_NAMED(QComboBox, history, tab, "History");
    FIND_NAMED(QPlainTextEdit, editor, tab, "Payload");
    FIND_NAMED(QPushButton, send, tab, "Send");
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, m_standby.port()));
    RUN_STEP(WidgetTest::click(connectButton));
    QTRY_COMPARE(tab->client()->phase(), TcpClientSession::Phase::Connected);
    QTRY_COMPARE(m_standby.connections(), 1);

    // The valid state that bad input must leave alone: a payload Send would send.
    const bool isHex = target == SendPaneHex;
    const QString valid = isHex ? QStringLiteral("5A") : QStringLiteral("ok\\n");
    const QByteArray validBytes = isHex ? QByteArray("Z") : QByteArray("ok\n");
    RUN_STEP(WidgetTest::click(isHex ? hex : escapes));
    RUN_STEP(WidgetTest::replaceText(editor, valid));
    QVERIFY(send->isEnabled());
    QCOMPARE(tab->sendPane()->errorText(), QString());

    if (input.size() > 64 || input.contains(QChar(1))) {
        // Too long or impossible to type: pasted over what is there.
        editor->setFocus();
        editor->selectAll();
        editor->insertPlainText(input);
        QCOMPARE(editor->toPlainText(), input);
    } else {
        RUN_STEP(WidgetTest::replaceText(editor, input));
    }
    const QString error = tab->sendPane()->errorText();
    RUN_STEP(verifyMessage(error, mentions));
    QCOMPARE(WidgetTest::visibleLabelsContaining(tab, error).size(), 1);
    QVERIFY(!send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(editor->toPlainText(), input); // kept, for the user to correct
    QCOMPARE(hex->isChecked(), isHex);
    QCOMPARE(escapes->isChecked(), !isHex);
    QCOMPARE(history->count(), 0);
    QCOMPARE(tab->logModel()->txBytes(), 0);
    QVERIFY(WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Error).isEmpty());
    QCOMPARE(tab->client()->phase(), TcpClientSession::Phase::Connected);
    RUN_STEP(verifySettingsUntouched());

    // TCP keeps order: if the valid payload arrives first and alone, nothing went before it.
    RUN_STEP(WidgetTest::replaceText(editor, valid));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(m_standby.received(), validBytes);
    QCOMPARE(loggedData(tab->logModel(), LogEntry::Kind::Sent), validBytes);
}

void tst_BadInput::rejectListen(Target target, const QString &input, const QStringList &mentions)
{
    RUN_STEP(openWindow());
    ServerTab *tab = m_window->serverTab();
    FIND_NAMED(QComboBox, address, tab, "Address");
    FIND_NAMED(QLineEdit, port, tab, "Port");
    FIND_NAMED(QPushButton, listen, tab, "Listen");
    const QString addressText = target == ServerAddress ? input : QStringLiteral("127.0.0.1");
    const QString portText = target == ServerPort ? input : QStringLiteral("0");
    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), addressText));
    RUN_STEP(WidgetTest::replaceText(port, portText));
    int started = 0;
    connect(tab->server(), &Session::stateChanged, this,
            [&started](Session::State state) { started += state == Session::State::Open; });
    RUN_STEP(WidgetTest::click(listen));

    const QStringList errors = WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    RUN_STEP(verifyMessage(errors.first(), mentions));
    QCOMPARE(WidgetTest::visibleLabelsContaining(tab, errors.first()).size(), 1);
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), errors.first());
    QVERIFY(!tab->server()->isListening());
    QCOMPARE(started, 0);
    QCOMPARE(listen->text(), QStringLiteral("Listen"));
    QVERIFY(WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Listening).isEmpty());
    // What the user typed stays, for them to correct.
    QCOMPARE(address->currentText(), addressText);
    QCOMPARE(port->text(), portText);
    QVERIFY(address->isEnabled());
    QVERIFY(port->isEnabled());
    RUN_STEP(verifySettingsUntouched());

    // Corrected, it listens.
    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(listen));
    QVERIFY(tab->server()->isListening());
    QCOMPARE(started, 1);
}

void tst_BadInput::rejectConnect(Target target, const QString &input, const QStringList &mentions)
{
    RUN_STEP(openWindow());
    RUN_STEP(switchToTab(1));
    ClientTab *tab = m_window->clientTab();
    FIND_NAMED(QLineEdit, host, tab, "Host");
    FIND_NAMED(QLineEdit, port, tab, "Port");
    FIND_NAMED(QPushButton, connectButton, tab, "Connect");
    const QString hostText = target == ClientHost ? input : QStringLiteral("127.0.0.1");
    const QString portText = target == ClientPort ? input : m_standby.port();
    RUN_STEP(WidgetTest::replaceText(host, hostText));
    RUN_STEP(WidgetTest::replaceText(port, portText));
    RUN_STEP(WidgetTest::click(connectButton));

    // A name is looked up first, so its failure arrives later.
    QTRY_VERIFY(!WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Error).isEmpty());
    QTRY_COMPARE(tab->client()->phase(), TcpClientSession::Phase::Unconnected);
    const QStringList errors = WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    RUN_STEP(verifyMessage(errors.first(), mentions));
    QCOMPARE(WidgetTest::visibleLabelsContaining(tab, errors.first()).size(), 1);
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), errors.first());
    QCOMPARE(connectButton->text(), QStringLiteral("Connect"));
    QCOMPARE(host->text(), hostText);
    QCOMPARE(port->text(), portText);
    QVERIFY(host->isEnabled());
    QVERIFY(port->isEnabled());
    QVERIFY(WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Connected).isEmpty());
    QCOMPARE(m_standby.settledConnections(), 0);
    RUN_STEP(verifySettingsUntouched());

    // Corrected, it connects, once.
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, m_standby.port()));
    RUN_STEP(WidgetTest::click(connectButton));
    QTRY_COMPARE(tab->client()->phase(), TcpClientSession::Phase::Connected);
    QTRY_COMPARE(m_standby.connections(), 1);
}

void tst_BadInput::rejectUdp(Target target, const QString &input, const QStringList &mentions)
{
    RUN_STEP(openWindow());
    UdpTab *tab = m_window->udpTab();
    RUN_STEP(switchToTab(m_window->tabs()->indexOf(tab)));
    FIND_NAMED(QComboBox, address, tab, "Address");
    FIND_NAMED(QLineEdit, port, tab, "Port");
    FIND_NAMED(QPushButton, open, tab, "Open");
    FIND_NAMED(QLineEdit, remoteHost, tab, "Remote host");
    FIND_NAMED(QLineEdit, remotePort, tab, "Remote port");
    FIND_NAMED(QPlainTextEdit, editor, tab, "Payload");
    FIND_NAMED(QPushButton, send, tab, "Send");
    WidgetTest::UdpPeer peer;
    QVERIFY(peer.isBound());
    const QString peerPort = QString::number(peer.port());
    const QString portText = target == UdpPort ? input : QStringLiteral("0");
    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, portText));
    RUN_STEP(WidgetTest::click(open));
    if (target != UdpPort) {
        QCOMPARE(tab->udp()->state(), Session::State::Open);
        const QString hostText = target == UdpRemoteHost ? input : QStringLiteral("127.0.0.1");
        const QString remotePortText = target == UdpRemotePort ? input : peerPort;
        RUN_STEP(WidgetTest::replaceText(remoteHost, hostText));
        RUN_STEP(WidgetTest::replaceText(remotePort, remotePortText));
        RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("must not go")));
        if (target == UdpGroup) {
            tab->multicastPanel()->setExpanded(true);
            FIND_NAMED(QLineEdit, group, tab, "Multicast group");
            FIND_NAMED(QPushButton, join, tab, "Join");
            RUN_STEP(WidgetTest::replaceText(group, input));
            RUN_STEP(WidgetTest::click(join));
            QVERIFY(tab->udp()->joinedGroups().isEmpty());
            QCOMPARE(group->text(), input);
        } else {
            RUN_STEP(WidgetTest::click(send));
            QCOMPARE(remoteHost->text(), hostText);
            QCOMPARE(remotePort->text(), remotePortText);
        }
    }

    // A name is looked up first, so its failure arrives later.
    QTRY_VERIFY(!WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Error).isEmpty());
    const QStringList errors = WidgetTest::loggedMessages(tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    RUN_STEP(verifyMessage(errors.first(), mentions));
    QCOMPARE(WidgetTest::visibleLabelsContaining(tab, errors.first()).size(), 1);
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), errors.first());
    QCOMPARE(tab->logModel()->txBytes(), 0);
    if (target == UdpPort) {
        QCOMPARE(tab->udp()->state(), Session::State::Closed);
        QCOMPARE(open->text(), QStringLiteral("Open"));
        QCOMPARE(port->text(), input);
        QVERIFY(port->isEnabled());
    }
    RUN_STEP(verifySettingsUntouched());

    // Corrected, it sends, and what the peer gets first is the valid datagram.
    if (target == UdpPort) {
        RUN_STEP(WidgetTest::replaceText(port, QStringLiteral("0")));
        RUN_STEP(WidgetTest::click(open));
    }
    RUN_STEP(WidgetTest::replaceText(remoteHost, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(remotePort, peerPort));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("valid")));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(peer.received(), QList<QByteArray>{"valid"});
}

void tst_BadInput::rejectArguments(const QStringList &arguments, int exitCode,
                                   const QStringList &mentions)
{
    if (arguments.contains(m_unreadableFile) && ::geteuid() == 0)
        QSKIP("root reads a file whatever its permissions");
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    cli.setProcessEnvironment(environment);
    cli.start(cliPath(), arguments);
    if (!cli.waitForFinished(10000)) {
        cli.kill();
        cli.waitForFinished();
        QFAIL("netdebug-cli did not give up on its own");
    }
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), exitCode);
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
    RUN_STEP(verifyMessage(err, mentions));
    QCOMPARE(cli.readAllStandardOutput(), QByteArray());
    // The process has ended: a connection it made would already wait in the accept queue.
    QCOMPARE(m_standby.settledConnections(), 0);
}

void tst_BadInput::rejectSettings(const QByteArray &bytes, const QStringList &mentions)
{
    const QString path = QSettings().fileName();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        // A time of its own, so that QSettings cannot take the file for one it has read before.
        QVERIFY(file.setFileTime(
                QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(++m_settingsWrites),
                QFileDevice::FileModificationTime));
    }
    RUN_STEP(openWindow());

    // Every value the window shows is valid; those the file spoils are the defaults.
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    MainWindow fresh;
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QCOMPARE(m_window->geometry(), fresh.geometry());
    QCOMPARE(m_window->windowState(), fresh.windowState());
    ServerTab *server = m_window->serverTab();
    ClientTab *client = m_window->clientTab();
    FIND_NAMED(QComboBox, address, server, "Address");
    FIND_NAMED(QLineEdit, serverPort, server, "Port");
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QLineEdit, clientPort, client, "Port");
    QCOMPARE(address->currentIndex(), 0);
    QCOMPARE(address->currentText(), address->itemText(0));
    QCOMPARE(serverPort->text(), QStringLiteral("8080"));
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(clientPort->text(), QStringLiteral("8080"));
    for (QWidget *tab : {static_cast<QWidget *>(server), static_cast<QWidget *>(client)}) {
        FIND_NAMED(QComboBox, encoding, tab, "Encoding");
        FIND_NAMED(QComboBox, lineEnding, tab, "Line ending");
        FIND_NAMED(QComboBox, history, tab, "History");
        FIND_NAMED(QCheckBox, hex, tab, "Hex");
        FIND_NAMED(QPlainTextEdit, editor, tab, "Payload");
        QCOMPARE(encoding->currentText(), QStringLiteral("UTF-8"));
        QCOMPARE(lineEnding->currentIndex(), 0);
        QCOMPARE(history->count(), 0);
        QVERIFY(!hex->isChecked());
        QCOMPARE(editor->toPlainText(), QString());
    }
    QCOMPARE(server->logModel()->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(client->logModel()->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(server->logView()->displayEncoding(), QString());
    FIND_NAMED(QCheckBox, echo, server, "Echo");
    QVERIFY(!echo->isChecked());

    // A file that cannot be read is said to be so, once, in the status bar and the current
    // session's log; one whose values are spoilt is not worth a word.
    const QStringList errors = WidgetTest::loggedMessages(m_window->currentSession()->logModel(),
                                                          LogEntry::Kind::Error);
    if (mentions.isEmpty()) {
        QCOMPARE(errors, QStringList());
        QCOMPARE(WidgetTest::statusBarText(m_window.get()), server->statusText());
    } else {
        QCOMPARE(errors.size(), 1);
        RUN_STEP(verifyMessage(errors.first(), mentions));
        QCOMPARE(WidgetTest::statusBarText(m_window.get()), errors.first());
    }
    for (int i = 0; i < m_window->sessionCount(); ++i) {
        if (m_window->sessionAt(i) != m_window->currentSession()) {
            QVERIFY(WidgetTest::loggedMessages(m_window->sessionAt(i)->logModel(),
                                               LogEntry::Kind::Error)
                            .isEmpty());
        }
    }

    // Reading the file left it as it was.
    QCOMPARE(settingsFileBytes(), bytes);

    // And the window works: it listens where it is told to.
    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(serverPort, QStringLiteral("0")));
    FIND_NAMED(QPushButton, listen, server, "Listen");
    RUN_STEP(WidgetTest::click(listen));
    QVERIFY(server->server()->isListening());
}

QTEST_MAIN(tst_BadInput)
#include "tst_badinput.moc"
