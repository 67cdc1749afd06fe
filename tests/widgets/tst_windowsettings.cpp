#include "clienttab.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "mainwindowtesthelpers.h"
#include "responder.h"
#include "sendpane.h"
#include "servertab.h"
#include "udptab.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using MainWindowTest::listen;
using MainWindowTest::trigger;

namespace {

// The keys this version writes; anything else in a saved file was let through from elsewhere.
bool isKnownKey(const QString &key)
{
    static const QRegularExpression known(QStringLiteral(
            "^(version|geometry|windowState|commands/set|commands/"
            "unreadable|currentSession|sessions/size|"
            "sessions/\\d+/("
            "kind|name|address|port|maxConnections|backlog|allowList|host|remoteHost|remotePort|"
            "echo|send/(encoding|hex|escapes|lineEnding|payload|history|historyModes|"
            "clearAfterSend|checksum|checksumOrder|checksumSkipHead|checksumSkipTail|"
            "checksumBeforeLineEnding|repeat|repeatIntervalMs|repeatCount|fileDatagramSize|"
            "filePauseMs)|"
            "log/(hexDisplay|timestamps|autoScroll|details|displayEncoding)|"
            "multicast/(group|interface|ttl|loopback|shown)))$"));
    return known.match(key).hasMatch();
}

} // namespace

// Saves the whole window's settings (WindowSettings) and restores them into a new window, driven
// offscreen: the tab set and each tab's values across a restart, port 0, the first release's
// layout, a newer version's file, corrupt values and a file that cannot be read.
class tst_WindowSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabSetRestoredAfterRestart();
    void settingsRoundTrip();
    void portZeroIsRestoredAsZero();
    void firstReleaseSettingsMigrate_data();
    void firstReleaseSettingsMigrate();
    void settingsFromTheFutureAreKept();
    void corruptValuesAreIgnored();
    void unreadableFileIsReportedOnceAndNotWrittenBack();

private:
    std::unique_ptr<MainWindow> m_window;
};

void tst_WindowSettings::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_WindowSettings::init()
{
    MainWindowTest::openWindow(m_window);
}

void tst_WindowSettings::cleanup()
{
    MainWindowTest::closeWindow(m_window);
}

void tst_WindowSettings::tabSetRestoredAfterRestart()
{
    QTabWidget *tabs = m_window->tabs();
    // TCP Server, TCP Client, UDP, then a second server renamed and a second UDP session; the
    // client moved to the end.
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New TCP Server")));
    m_window->renameSession(3, QStringLiteral("Backend"));
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New UDP Session")));
    tabs->tabBar()->moveTab(1, 4);
    const QStringList names{QStringLiteral("TCP Server"), QStringLiteral("UDP"),
                            QStringLiteral("Backend"), QStringLiteral("UDP 2"),
                            QStringLiteral("TCP Client")};
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(m_window->sessionName(i), names[i]);
    const QList<Session::Kind> kinds{Session::Kind::TcpServer, Session::Kind::Udp,
                                     Session::Kind::TcpServer, Session::Kind::Udp,
                                     Session::Kind::TcpClient};

    // Settings of each: Echo on Backend, a display encoding on UDP, Details on the client, ports.
    RUN_STEP(WidgetTest::clickTab(tabs, 2));
    FIND_NAMED(QCheckBox, echo, m_window->sessionAt(2), "Echo");
    FIND_NAMED(QLineEdit, backendPort, m_window->sessionAt(2), "Port");
    RUN_STEP(WidgetTest::click(echo));
    RUN_STEP(WidgetTest::replaceText(backendPort, QStringLiteral("9099")));
    RUN_STEP(WidgetTest::clickTab(tabs, 1));
    FIND_NAMED(QComboBox, display, m_window->sessionAt(1), "Display encoding");
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("GBK")));
    RUN_STEP(WidgetTest::clickTab(tabs, 3));
    FIND_NAMED(QLineEdit, remotePort, m_window->sessionAt(3), "Remote port");
    RUN_STEP(WidgetTest::replaceText(remotePort, QStringLiteral("7000")));
    RUN_STEP(WidgetTest::clickTab(tabs, 4));
    FIND_NAMED(QCheckBox, details, m_window->sessionAt(4), "Details");
    FIND_NAMED(QLineEdit, host, m_window->sessionAt(4), "Host");
    RUN_STEP(WidgetTest::click(details));
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("device.example")));
    RUN_STEP(WidgetTest::clickTab(tabs, 2));
    m_window->close(); // saves, as on quit

    MainWindow restored;
    {
        QSettings settings;
        restored.restoreSettings(settings);
    }
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.sessionCount(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(restored.sessionName(i), names[i]);
        QCOMPARE(restored.sessionAt(i)->kind(), kinds[i]);
        QCOMPARE(restored.sessionAt(i)->accessibleName(), names[i]);
    }
    QCOMPARE(restored.tabs()->currentIndex(), 2);
    QCOMPARE(restored.serverTab(), restored.sessionAt(0));
    QCOMPARE(restored.udpTab(), restored.sessionAt(1));
    QCOMPARE(restored.clientTab(), restored.sessionAt(4));
    // The status bar shows the current session's status.
    QCOMPARE(WidgetTest::statusBarText(&restored), restored.sessionAt(2)->statusText());

    SessionTab *backend = restored.sessionAt(2);
    FIND_NAMED(QCheckBox, echo2, backend, "Echo");
    FIND_NAMED(QLineEdit, backendPort2, backend, "Port");
    QVERIFY(echo2->isChecked());
    QCOMPARE(backend->responder()->mode(), Responder::Mode::Echo);
    QCOMPARE(backendPort2->text(), QStringLiteral("9099"));
    FIND_NAMED(QCheckBox, echoFirst, restored.sessionAt(0), "Echo");
    QVERIFY(!echoFirst->isChecked());
    QCOMPARE(restored.sessionAt(1)->logView()->displayEncoding(), QStringLiteral("GBK"));
    QCOMPARE(restored.sessionAt(1)->logModel()->encoding(), QStringLiteral("GBK"));
    QCOMPARE(restored.sessionAt(3)->logView()->displayEncoding(), QString());
    FIND_NAMED(QLineEdit, remotePort2, restored.sessionAt(3), "Remote port");
    QCOMPARE(remotePort2->text(), QStringLiteral("7000"));
    FIND_NAMED(QCheckBox, details2, restored.sessionAt(4), "Details");
    FIND_NAMED(QLineEdit, host2, restored.sessionAt(4), "Host");
    QVERIFY(details2->isChecked());
    QCOMPARE(host2->text(), QStringLiteral("device.example"));
    FIND_NAMED(QCheckBox, details0, restored.sessionAt(0), "Details");
    QVERIFY(!details0->isChecked());

    // And the restored sessions work: the restored Backend echoes a real peer.
    quint16 port = 0;
    RUN_STEP(listen(backend, QStringLiteral("127.0.0.1"), &port));
    QTcpSocket peer;
    QByteArray got;
    connect(&peer, &QTcpSocket::readyRead, this, [&] { got += peer.readAll(); });
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    peer.write("echo?");
    QTRY_COMPARE(got, QByteArray("echo?"));
}

void tst_WindowSettings::settingsRoundTrip()
{
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), 1));
    FIND_NAMED(QWidget, client, m_window.get(), "TCP Client");
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QLineEdit, port, client, "Port");
    FIND_NAMED(QComboBox, encoding, client, "Encoding");
    FIND_NAMED(QCheckBox, hex, client, "Hex");
    FIND_NAMED(QCheckBox, hexDisplay, client, "Hex display");
    FIND_NAMED(QPlainTextEdit, editor, client, "Payload");
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("192.0.2.7")));
    RUN_STEP(WidgetTest::replaceText(port, QStringLiteral("4321")));
    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("GBK")));
    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("DE AD")));
    RUN_STEP(WidgetTest::click(hexDisplay));
    FIND_NAMED(QWidget, server, m_window.get(), "TCP Server");
    FIND_NAMED(QLineEdit, serverPort, server, "Port");
    RUN_STEP(WidgetTest::replaceText(serverPort, QStringLiteral("9099")));
    {
        QSettings settings;
        m_window->saveSettings(settings);
    }

    MainWindow restored;
    {
        QSettings settings;
        restored.restoreSettings(settings);
    }
    QCOMPARE(restored.tabs()->currentIndex(), 1);
    FIND_NAMED(QWidget, client2, &restored, "TCP Client");
    FIND_NAMED(QLineEdit, host2, client2, "Host");
    FIND_NAMED(QLineEdit, port2, client2, "Port");
    FIND_NAMED(QComboBox, encoding2, client2, "Encoding");
    FIND_NAMED(QCheckBox, hex2, client2, "Hex");
    FIND_NAMED(QCheckBox, hexDisplay2, client2, "Hex display");
    FIND_NAMED(QPlainTextEdit, editor2, client2, "Payload");
    QCOMPARE(host2->text(), QStringLiteral("192.0.2.7"));
    QCOMPARE(port2->text(), QStringLiteral("4321"));
    QCOMPARE(encoding2->currentText(), QStringLiteral("GBK"));
    QCOMPARE(restored.clientTab()->logModel()->encoding(), QStringLiteral("GBK"));
    QVERIFY(hex2->isChecked());
    QCOMPARE(editor2->toPlainText(), QStringLiteral("DE AD"));
    QCOMPARE(restored.clientTab()->sendPane()->payload().bytes, QByteArray("\xDE\xAD"));
    QVERIFY(hexDisplay2->isChecked());
    QVERIFY(restored.clientTab()->logModel()->hexMode());
    FIND_NAMED(QWidget, server2, &restored, "TCP Server");
    FIND_NAMED(QLineEdit, serverPort2, server2, "Port");
    FIND_NAMED(QComboBox, serverEncoding2, server2, "Encoding");
    QCOMPARE(serverPort2->text(), QStringLiteral("9099"));
    QCOMPARE(serverEncoding2->currentText(), QStringLiteral("UTF-8")); // per tab

    // Values, never labels: "all interfaces" reads back in any language.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("sessions/1/address")).toString(),
             QStringLiteral("any"));
    QCOMPARE(settings.value(QStringLiteral("sessions/1/kind")).toString(),
             QStringLiteral("tcp-server"));
    QCOMPARE(settings.value(QStringLiteral("sessions/3/kind")).toString(), QStringLiteral("udp"));
}

void tst_WindowSettings::portZeroIsRestoredAsZero()
{
    quint16 port = 0;
    RUN_STEP(listen(m_window->serverTab(), QStringLiteral("127.0.0.1"), &port));
    UdpTab *udp = m_window->udpTab();
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), 2));
    FIND_NAMED(QLineEdit, udpPort, udp, "Port");
    FIND_NAMED(QPushButton, open, udp, "Open");
    RUN_STEP(WidgetTest::replaceText(udpPort, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(open));
    QVERIFY(udpPort->text() != QStringLiteral("0"));
    // Saved while they are open, on the ports they got.
    m_window->close();

    MainWindow restored;
    {
        QSettings settings;
        restored.restoreSettings(settings);
    }
    FIND_NAMED(QLineEdit, serverPort, restored.serverTab(), "Port");
    FIND_NAMED(QLineEdit, udpPort2, restored.udpTab(), "Port");
    QCOMPARE(serverPort->text(), QStringLiteral("0"));
    QCOMPARE(udpPort2->text(), QStringLiteral("0"));
}

void tst_WindowSettings::firstReleaseSettingsMigrate_data()
{
    QTest::addColumn<QString>("savedAddress");
    QTest::addColumn<QString>("shownAddress");
    QTest::addColumn<QString>("value");
    const QString any = QStringLiteral("All interfaces (IPv4 + IPv6)");
    QTest::newRow("all interfaces, English label") << any << any << QStringLiteral("any");
    QTest::newRow("all interfaces, Chinese label")
            << QStringLiteral("所有网络接口（IPv4 + IPv6）") << any << QStringLiteral("any");
    QTest::newRow("an IPv4 address") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1")
                                     << QStringLiteral("127.0.0.1");
    QTest::newRow("an IPv6 address")
            << QStringLiteral("::1") << QStringLiteral("::1") << QStringLiteral("::1");
}

void tst_WindowSettings::firstReleaseSettingsMigrate()
{
    QFETCH(QString, savedAddress);
    QFETCH(QString, shownAddress);
    QFETCH(QString, value);
    {
        // What the first release wrote: two groups, one per tab.
        QSettings settings;
        settings.setValue(QStringLiteral("version"), 1);
        settings.setValue(QStringLiteral("currentTab"), 1);
        settings.setValue(QStringLiteral("server/address"), savedAddress);
        settings.setValue(QStringLiteral("server/port"), QStringLiteral("9000"));
        settings.setValue(QStringLiteral("server/maxConnections"), 12);
        settings.setValue(QStringLiteral("server/allowList"), QStringLiteral("127.0.0.0/8"));
        settings.setValue(QStringLiteral("server/log/hexDisplay"), true);
        settings.setValue(QStringLiteral("client/host"), QStringLiteral("10.1.2.3"));
        settings.setValue(QStringLiteral("client/port"), QStringLiteral("7000"));
        settings.setValue(QStringLiteral("client/send/encoding"), QStringLiteral("GBK"));
        settings.setValue(QStringLiteral("client/send/hex"), true);
        settings.setValue(QStringLiteral("client/send/payload"), QStringLiteral("01 02"));
        settings.setValue(QStringLiteral("client/send/history"), QStringList{"first", "41"});
        settings.setValue(QStringLiteral("client/send/historyModes"), QVariantList{0, 1});
    }
    MainWindow window;
    {
        QSettings settings;
        window.restoreSettings(settings);
    }
    QCOMPARE(window.sessionCount(), 3);
    QCOMPARE(window.sessionAt(2)->kind(), Session::Kind::Udp);
    QCOMPARE(window.tabs()->currentIndex(), 1);
    ServerTab *server = window.serverTab();
    FIND_NAMED(QComboBox, address, server, "Address");
    FIND_NAMED(QLineEdit, serverPort, server, "Port");
    QCOMPARE(address->currentText(), shownAddress);
    QCOMPARE(serverPort->text(), QStringLiteral("9000"));
    QCOMPARE(server->server()->maxConnections(), 12);
    QCOMPARE(server->server()->allowList().size(), 1);
    QVERIFY(server->logModel()->hexMode());
    ClientTab *client = window.clientTab();
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QLineEdit, clientPort, client, "Port");
    FIND_NAMED(QComboBox, history, client, "History");
    QCOMPARE(host->text(), QStringLiteral("10.1.2.3"));
    QCOMPARE(clientPort->text(), QStringLiteral("7000"));
    QCOMPARE(client->sendPane()->encoding(), QStringLiteral("GBK"));
    QCOMPARE(client->sendPane()->payload().bytes, QByteArray("\x01\x02"));
    QCOMPARE(history->count(), 2);
    QVERIFY(WidgetTest::loggedMessages(client->logModel(), LogEntry::Kind::Error).isEmpty());

    // Saved again, it is the new layout only, with the value instead of the label.
    window.close();
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("version")).toInt(), 2);
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY2(isKnownKey(key), qPrintable(key));
    QCOMPARE(settings.value(QStringLiteral("sessions/1/address")).toString(), value);
    QCOMPARE(settings.value(QStringLiteral("sessions/2/host")).toString(),
             QStringLiteral("10.1.2.3"));
}

void tst_WindowSettings::settingsFromTheFutureAreKept()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("version"), 99);
        settings.setValue(QStringLiteral("currentSession"), 1);
        settings.setValue(QStringLiteral("sessions/size"), 1);
        settings.setValue(QStringLiteral("sessions/1/kind"), QStringLiteral("tcp-client"));
        settings.setValue(QStringLiteral("sessions/1/host"), QStringLiteral("10.9.9.9"));
        settings.setValue(QStringLiteral("sessions/1/port"), QStringLiteral("9999"));
        settings.setValue(QStringLiteral("client/host"), QStringLiteral("10.9.9.9"));
        settings.setValue(QStringLiteral("server/port"), QStringLiteral("7777"));
    }
    MainWindow window;
    {
        QSettings settings;
        window.restoreSettings(settings);
    }
    QCOMPARE(window.sessionCount(), 3);
    QCOMPARE(window.tabs()->currentIndex(), 0);
    FIND_NAMED(QLineEdit, host, window.clientTab(), "Host");
    FIND_NAMED(QLineEdit, port, window.clientTab(), "Port");
    FIND_NAMED(QLineEdit, serverPort, window.serverTab(), "Port");
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(port->text(), QStringLiteral("8080"));
    QCOMPARE(serverPort->text(), QStringLiteral("8080"));
    // Said once, and the file is left for the version that wrote it: closing does not save.
    const QStringList errors =
            WidgetTest::loggedMessages(window.serverTab()->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("newer version")), qPrintable(errors.first()));
    window.close();
    QSettings after;
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), 99);
    QCOMPARE(after.value(QStringLiteral("sessions/1/host")).toString(), QStringLiteral("10.9.9.9"));
}

void tst_WindowSettings::corruptValuesAreIgnored()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("version"), 2);
        settings.setValue(QStringLiteral("geometry"), QByteArray("not a geometry"));
        settings.setValue(QStringLiteral("currentSession"), QStringLiteral("seven"));
        settings.beginWriteArray(QStringLiteral("sessions"), 4);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("kind"), QStringLiteral("tcp-server"));
        settings.setValue(QStringLiteral("name"), QString());
        settings.setValue(QStringLiteral("port"), QStringLiteral("99999"));
        settings.setValue(QStringLiteral("address"), QStringLiteral("not-an-ip"));
        settings.setValue(QStringLiteral("send/encoding"), QString());
        settings.setValue(QStringLiteral("send/lineEnding"), -3);
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("kind"), QStringLiteral("telnet")); // no such kind
        settings.setArrayIndex(2);
        settings.setValue(QStringLiteral("kind"), QStringLiteral("tcp-client"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("Client"));
        settings.setValue(QStringLiteral("port"), QStringLiteral("garbage"));
        settings.setValue(QStringLiteral("send/encoding"), QStringLiteral("NOPE"));
        settings.setValue(QStringLiteral("send/lineEnding"), 42);
        settings.setValue(QStringLiteral("send/history"), 17);
        settings.setValue(QStringLiteral("send/historyModes"), QStringLiteral("x"));
        settings.setValue(QStringLiteral("log/displayEncoding"), QStringLiteral("NOPE"));
        settings.setArrayIndex(3);
        settings.setValue(QStringLiteral("kind"), QStringLiteral("udp"));
        settings.setValue(QStringLiteral("remotePort"), QStringLiteral("0"));
        settings.setValue(QStringLiteral("multicast/ttl"), 999);
        settings.endArray();
    }
    MainWindow window;
    {
        QSettings settings;
        window.restoreSettings(settings);
    }
    // The session of an unknown kind is left out; the others come with valid values only.
    QCOMPARE(window.sessionCount(), 3);
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QCOMPARE(window.sessionName(0), QStringLiteral("TCP Server"));
    QCOMPARE(window.sessionName(1), QStringLiteral("Client"));
    FIND_NAMED(QLineEdit, port, window.clientTab(), "Port");
    FIND_NAMED(QComboBox, encoding, window.clientTab(), "Encoding");
    FIND_NAMED(QComboBox, lineEnding, window.clientTab(), "Line ending");
    FIND_NAMED(QComboBox, history, window.clientTab(), "History");
    QCOMPARE(port->text(), QStringLiteral("8080"));
    QCOMPARE(encoding->currentText(), QStringLiteral("UTF-8"));
    QCOMPARE(window.clientTab()->logModel()->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(window.clientTab()->logView()->displayEncoding(), QString());
    QCOMPARE(lineEnding->currentIndex(), 0);
    QVERIFY(history->count() <= 1);
    FIND_NAMED(QLineEdit, serverPort, window.serverTab(), "Port");
    FIND_NAMED(QComboBox, address, window.serverTab(), "Address");
    FIND_NAMED(QComboBox, serverLineEnding, window.serverTab(), "Line ending");
    QCOMPARE(serverPort->text(), QStringLiteral("8080"));
    QCOMPARE(address->currentIndex(), 0);
    QCOMPARE(serverLineEnding->currentIndex(), 0);
    FIND_NAMED(QLineEdit, remotePort, window.udpTab(), "Remote port");
    QCOMPARE(remotePort->text(), QStringLiteral("8080"));
    QCOMPARE(window.udpTab()->udp()->multicastTtl(), 1);
    QVERIFY(window.clientTab()->sendPane()->payload().ok());
}

void tst_WindowSettings::unreadableFileIsReportedOnceAndNotWrittenBack()
{
    m_window.reset();
    const QString path = QSettings().fileName();
    const QByteArray garbage =
            QByteArrayLiteral("\x00\x01\xff\xfe[[[\n=\n\xc3\x28@Variant(\\x\n[client\nport\n"
                              "\x7fsecretGarbageKey=secretGarbageValue\n[sessions\nsize=99\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(garbage), garbage.size());
    }
    m_window = std::make_unique<MainWindow>();
    {
        QSettings settings;
        QCOMPARE(settings.status(), QSettings::FormatError);
        m_window->restoreSettings(settings);
    }
    WidgetTest::showAndActivate(m_window.get());

    // Said once, where the user looks; the defaults are used.
    const QString said = WidgetTest::statusBarText(m_window.get());
    QVERIFY2(said.contains(QStringLiteral("could not be read")) && said.contains(path),
             qPrintable(said));
    const QStringList errors = WidgetTest::loggedMessages(m_window->currentSession()->logModel(),
                                                          LogEntry::Kind::Error);
    QCOMPARE(errors, QStringList{said});
    for (int i = 1; i < m_window->sessionCount(); ++i) {
        QVERIFY(WidgetTest::loggedMessages(m_window->sessionAt(i)->logModel(),
                                           LogEntry::Kind::Error)
                        .isEmpty());
    }
    QCOMPARE(m_window->sessionCount(), 3);
    FIND_NAMED(QLineEdit, port, m_window->clientTab(), "Port");
    QCOMPARE(port->text(), QStringLiteral("8080"));
    // It does not stand in for the sessions' own status: the next tab's shows.
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), 1));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), m_window->clientTab()->statusText());
    QCOMPARE(WidgetTest::loggedMessages(m_window->clientTab()->logModel(), LogEntry::Kind::Error),
             QStringList());

    // Saved, the file holds what this version knows and none of the garbage.
    m_window->close();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains("secretGarbage"));
    QVERIFY(!saved.contains("size=99"));
    QSettings settings;
    QCOMPARE(settings.status(), QSettings::NoError);
    const QStringList keys = settings.allKeys();
    QVERIFY(keys.contains(QStringLiteral("sessions/size")));
    for (const QString &key : keys)
        QVERIFY2(isKnownKey(key), qPrintable(key));

    // The next start reads it without a word.
    MainWindow next;
    next.restoreSettings(settings);
    QCOMPARE(next.sessionCount(), 3);
    QCOMPARE(next.statusBar()->currentMessage(), QString());
    QVERIFY(WidgetTest::loggedMessages(next.serverTab()->logModel(), LogEntry::Kind::Error)
                    .isEmpty());
}

QTEST_MAIN(tst_WindowSettings)
#include "tst_windowsettings.moc"
