#include "byteview.h"
#include "channellistview.h"
#include "clienttab.h"
#include "logdetailsview.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "multicastpanel.h"
#include "responder.h"
#include "sendpane.h"
#include "servertab.h"
#include "udptab.h"
#include "widgettesthelpers.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>
#include <memory>

using WidgetTest::loggedData;

namespace {

bool isCheckedControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget);
}

// A line edit inside a combo box or a header inside a table is part of that control, and the
// control's name is its name.
bool isPartOfControl(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        if (isCheckedControl(parent))
            return true;
    }
    return false;
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

// The action of a menu of the menu bar, found by the text a user reads.
QAction *menuAction(QMainWindow *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu() || withoutMnemonic(top->text()) != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (withoutMnemonic(action->text()) == text)
                return action;
        }
    }
    return nullptr;
}

// The status line under a tab's fields: the one of its StatusLabels that shows the status.
StatusLabel *statusLineOf(SessionTab *tab)
{
    for (StatusLabel *label : tab->findChildren<StatusLabel *>()) {
        if (label->text() == tab->statusText() && label->parentWidget() == tab)
            return label;
    }
    return nullptr;
}

StatusLabel *statusBarLabel(QMainWindow *window)
{
    const QList<StatusLabel *> labels = window->statusBar()->findChildren<StatusLabel *>();
    return labels.size() == 1 ? labels.first() : nullptr;
}

// The keys this version writes; anything else in a saved file was let through from elsewhere.
bool isKnownKey(const QString &key)
{
    static const QRegularExpression known(QStringLiteral(
            "^(version|geometry|currentSession|sessions/size|sessions/\\d+/("
            "kind|name|address|port|maxConnections|backlog|allowList|host|remoteHost|remotePort|"
            "echo|send/(encoding|hex|escapes|lineEnding|payload|history|historyModes)|"
            "log/(hexDisplay|timestamps|autoScroll|details|displayEncoding)|"
            "multicast/(group|interface|ttl|loopback|shown)))$"));
    return known.match(key).hasMatch();
}

// Answers the next message box with the button of that text, from a timer, since the box runs
// its own event loop. asked tells whether one came.
class MessageBoxAnswer : public QObject
{
public:
    explicit MessageBoxAnswer(const QString &button)
    {
        connect(&m_poll, &QTimer::timeout, this, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_text = box->text();
            for (QAbstractButton *candidate : box->buttons()) {
                if (withoutMnemonic(candidate->text()) == button) {
                    m_asked = true;
                    m_poll.stop();
                    candidate->click();
                    return;
                }
            }
        });
        m_poll.start(10);
    }

    bool asked() const { return m_asked; }
    QString text() const { return m_text; }

private:
    QTimer m_poll;
    bool m_asked = false;
    QString m_text;
};

} // namespace

// Drives the whole window offscreen: its sessions, real connections, the tab set and its
// settings across a restart, what a new user meets at 800×600, and accessibility.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithThreeSessions();
    void serverTabSendsToRealPeer();
    void severalSessionsAtOnce();
    void newSessionsAreNumbered();
    void renameSession();
    void closeSessionAsksOnlyWithOpenConnections();
    void closingTheLastTabShowsThePlaceholder();
    void altNumberPicksTabs();
    void tabShowsWhenSessionIsOpen();
    void tabSetRestoredAfterRestart();
    void settingsRoundTrip();
    void portZeroIsRestoredAsZero();
    void firstReleaseSettingsMigrate_data();
    void firstReleaseSettingsMigrate();
    void settingsFromTheFutureAreKept();
    void corruptValuesAreIgnored();
    void unreadableFileIsReportedOnceAndNotWrittenBack();
    void statusBarShowsTheCurrentSession();
    void everyTabFitsAt800x600();
    void longErrorDoesNotWidenTheWindow();
    void detailsShowWholePayload();
    void displayEncodingCanDifferFromSendEncoding();
    void backslashInDataIsEscaped();
    void everyControlHasAnAccessibleName();

private:
    void trigger(const QString &menu, const QString &text);
    void listen(SessionTab *tab, const QString &address, quint16 *port);
    void renameWithDialog(const QString &name);

    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    WidgetTest::showAndActivate(m_window.get());
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

// Chooses a menu item, as a click on it does.
void tst_MainWindow::trigger(const QString &menu, const QString &text)
{
    QAction *action = menuAction(m_window.get(), menu, text);
    QVERIFY2(action, qPrintable(QStringLiteral("%1 ▸ %2").arg(menu, text)));
    QVERIFY(action->isEnabled());
    action->trigger();
}

// Types an address and port 0 into a server tab and clicks Listen.
void tst_MainWindow::listen(SessionTab *tab, const QString &address, quint16 *port)
{
    QVERIFY(tab);
    FIND_NAMED(QComboBox, addressField, tab, "Address");
    FIND_NAMED(QLineEdit, portField, tab, "Port");
    FIND_NAMED(QPushButton, button, tab, "Listen");
    RUN_STEP(WidgetTest::replaceText(addressField->lineEdit(), address));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    *port = portField->text().toUShort();
    QVERIFY(*port != 0);
}

// Answers the rename dialog that is open with a new name.
void tst_MainWindow::renameWithDialog(const QString &name)
{
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY([&] {
        for (QInputDialog *found : m_window->findChildren<QInputDialog *>()) {
            if (found->isVisible())
                dialog = found;
        }
        return dialog != nullptr;
    }());
    QLineEdit *field = dialog->findChild<QLineEdit *>();
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus() || (field->setFocus(), field->hasFocus()));
    RUN_STEP(WidgetTest::replaceText(field, name));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
}

void tst_MainWindow::startsWithThreeSessions()
{
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(m_window->sessionCount(), 3);
    const QStringList names{QStringLiteral("TCP Server"), QStringLiteral("TCP Client"),
                            QStringLiteral("UDP")};
    const QList<Session::Kind> kinds{Session::Kind::TcpServer, Session::Kind::TcpClient,
                                     Session::Kind::Udp};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(tabs->tabText(i), names[i]);
        QCOMPARE(m_window->sessionName(i), names[i]);
        QCOMPARE(m_window->sessionAt(i)->kind(), kinds[i]);
        FIND_NAMED(QWidget, page, m_window.get(), names[i]);
        QCOMPARE(page, tabs->widget(i));
    }
    QCOMPARE(m_window->serverTab(), m_window->sessionAt(0));
    QCOMPARE(m_window->clientTab(), m_window->sessionAt(1));
    QCOMPARE(m_window->udpTab(), m_window->sessionAt(2));
    QCOMPARE(tabs->currentIndex(), 0);
    FIND_NAMED(QToolButton, plus, m_window.get(), "New session");
    QCOMPARE(plus->text(), QStringLiteral("+"));
    QVERIFY(plus->menu());
    QStringList offered;
    for (QAction *action : plus->menu()->actions())
        offered.append(withoutMnemonic(action->text()));
    QCOMPARE(offered,
             (QStringList{QStringLiteral("New TCP Server"), QStringLiteral("New TCP Client"),
                          QStringLiteral("New UDP Session")}));

    for (int i : {1, 2, 0}) {
        RUN_STEP(WidgetTest::clickTab(tabs, i));
        for (int other = 0; other < 3; ++other)
            QCOMPARE(tabs->widget(other)->isVisible(), other == i);
    }
}

void tst_MainWindow::serverTabSendsToRealPeer()
{
    FIND_NAMED(QWidget, page, m_window.get(), "TCP Server");
    FIND_NAMED(QPlainTextEdit, editor, page, "Payload");
    FIND_NAMED(QPushButton, send, page, "Send");
    quint16 port = 0;
    RUN_STEP(listen(m_window->serverTab(), QStringLiteral("127.0.0.1"), &port));

    QTcpSocket peer;
    QByteArray received;
    connect(&peer, &QTcpSocket::readyRead, this, [&] { received += peer.readAll(); });
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    const QString label = QStringLiteral("127.0.0.1:%1").arg(peer.localPort());
    QTRY_VERIFY(send->isEnabled());

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("hello from the window")));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(received, QByteArray("hello from the window"));

    // Ctrl+Enter in the payload sends too.
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("+more")));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(received, QByteArray("hello from the window+more"));

    LogModel *log = m_window->serverTab()->logModel();
    log->flush();
    QList<LogEntry::Kind> kinds;
    QByteArray sent;
    for (int row = 0; row < log->rowCount(); ++row) {
        const LogEntry &entry = log->entry(row);
        if (kinds.isEmpty() || kinds.last() != entry.kind)
            kinds.append(entry.kind);
        if (entry.kind == LogEntry::Kind::Sent) {
            QCOMPARE(entry.peer, label);
            sent += entry.data;
        }
    }
    const QList<LogEntry::Kind> expected{LogEntry::Kind::Listening, LogEntry::Kind::Connected,
                                         LogEntry::Kind::Sent};
    QCOMPARE(kinds, expected);
    QCOMPARE(sent, QByteArray("hello from the window+more"));
    QCOMPARE(log->txBytes(), sent.size());
    QCOMPARE(m_window->clientTab()->logModel()->rowCount(), 0);
    QCOMPARE(m_window->udpTab()->logModel()->rowCount(), 0);
}

void tst_MainWindow::severalSessionsAtOnce()
{
    ServerTab *first = m_window->serverTab();
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New TCP Server")));
    auto *second = qobject_cast<ServerTab *>(m_window->currentSession());
    QVERIFY(second && second != first);
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()),
             QStringLiteral("TCP Server 2"));
    quint16 secondPort = 0;
    RUN_STEP(listen(second, QStringLiteral("127.0.0.1"), &secondPort));
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), 0));
    quint16 firstPort = 0;
    RUN_STEP(listen(first, QStringLiteral("127.0.0.1"), &firstPort));
    QVERIFY(firstPort != secondPort);

    // The client tab connects to the second server.
    ClientTab *client = m_window->clientTab();
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), m_window->tabs()->indexOf(client)));
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QLineEdit, port, client, "Port");
    FIND_NAMED(QPushButton, connectButton, client, "Connect");
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, QString::number(secondPort)));
    RUN_STEP(WidgetTest::click(connectButton));
    QTRY_COMPARE(second->session()->channelCount(), 1);
    QCOMPARE(first->session()->channelCount(), 0);

    // A peer of the test's own connects to the first.
    QTcpSocket peer;
    QByteArray peerGot;
    connect(&peer, &QTcpSocket::readyRead, this, [&] { peerGot += peer.readAll(); });
    peer.connectToHost(QHostAddress::LocalHost, firstPort);
    QVERIFY(peer.waitForConnected(5000));
    QTRY_COMPARE(first->session()->channelCount(), 1);

    FIND_NAMED(QPlainTextEdit, clientEditor, client, "Payload");
    FIND_NAMED(QPushButton, clientSend, client, "Send");
    RUN_STEP(WidgetTest::replaceText(clientEditor, QStringLiteral("to server 2")));
    RUN_STEP(WidgetTest::click(clientSend));
    peer.write("to server 1");
    QTRY_COMPARE(loggedData(second->logModel(), LogEntry::Kind::Received),
                 QByteArray("to server 2"));
    QTRY_COMPARE(loggedData(first->logModel(), LogEntry::Kind::Received),
                 QByteArray("to server 1"));

    // Each server answers its own peer, from its own send pane.
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), m_window->tabs()->indexOf(second)));
    FIND_NAMED(QPlainTextEdit, secondEditor, second, "Payload");
    FIND_NAMED(QPushButton, secondSend, second, "Send");
    RUN_STEP(WidgetTest::replaceText(secondEditor, QStringLiteral("from server 2")));
    RUN_STEP(WidgetTest::click(secondSend));
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), m_window->tabs()->indexOf(first)));
    FIND_NAMED(QPlainTextEdit, firstEditor, first, "Payload");
    FIND_NAMED(QPushButton, firstSend, first, "Send");
    RUN_STEP(WidgetTest::replaceText(firstEditor, QStringLiteral("from server 1")));
    RUN_STEP(WidgetTest::click(firstSend));
    QTRY_COMPARE(peerGot, QByteArray("from server 1"));
    QTRY_COMPARE(loggedData(client->logModel(), LogEntry::Kind::Received),
                 QByteArray("from server 2"));
    QCOMPARE(loggedData(client->logModel(), LogEntry::Kind::Sent), QByteArray("to server 2"));
    QCOMPARE(loggedData(first->logModel(), LogEntry::Kind::Sent), QByteArray("from server 1"));
    QCOMPARE(loggedData(second->logModel(), LogEntry::Kind::Sent), QByteArray("from server 2"));
    QCOMPARE(first->logModel()->rxBytes(), 11);
    QCOMPARE(second->logModel()->rxBytes(), 11);
    QCOMPARE(m_window->udpTab()->logModel()->rowCount(), 0);
}

void tst_MainWindow::newSessionsAreNumbered()
{
    QTabWidget *tabs = m_window->tabs();
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New TCP Server")));
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New TCP Server")));
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New UDP Session")));
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New TCP Client")));
    const QStringList expected{QStringLiteral("TCP Server"),   QStringLiteral("TCP Client"),
                               QStringLiteral("UDP"),          QStringLiteral("TCP Server 2"),
                               QStringLiteral("TCP Server 3"), QStringLiteral("UDP 2"),
                               QStringLiteral("TCP Client 2")};
    QCOMPARE(tabs->count(), expected.size());
    for (int i = 0; i < tabs->count(); ++i) {
        QCOMPARE(tabs->tabText(i), expected[i]);
        QCOMPARE(tabs->widget(i)->accessibleName(), expected[i]);
    }
    // The new one is where the user works next.
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    QTRY_VERIFY(tabs->widget(tabs->count() - 1)->isVisible());
    QCOMPARE(m_window->sessionAt(4)->kind(), Session::Kind::TcpServer);
    QCOMPARE(m_window->sessionAt(5)->kind(), Session::Kind::Udp);

    // A name freed by closing is taken again.
    QVERIFY(m_window->closeSession(3));
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New TCP Server")));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("TCP Server 2"));
}

void tst_MainWindow::renameSession()
{
    QTabWidget *tabs = m_window->tabs();
    RUN_STEP(WidgetTest::clickTab(tabs, 1));
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("Rename Session…")));
    RUN_STEP(renameWithDialog(QStringLiteral("Device under test")));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Device under test"));
    QCOMPARE(tabs->widget(1)->accessibleName(), QStringLiteral("Device under test"));
    FIND_NAMED(QWidget, page, m_window.get(), "Device under test");
    QCOMPARE(page, m_window->clientTab());

    // Double-clicking a tab renames it, whichever tab is current.
    QTabBar *bar = tabs->tabBar();
    QTest::mouseDClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
    RUN_STEP(renameWithDialog(QStringLiteral("  Sensors   on  the bench ")));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Sensors on the bench"));
    QCOMPARE(tabs->widget(2)->accessibleName(), QStringLiteral("Sensors on the bench"));

    // An empty name is no name: the tab keeps its own.
    m_window->renameSession(0, QStringLiteral("   "));
    QCOMPARE(tabs->tabText(0), QStringLiteral("TCP Server"));
    // A renamed tab frees its kind's name for the next new one.
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New TCP Client")));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("TCP Client"));
}

void tst_MainWindow::closeSessionAsksOnlyWithOpenConnections()
{
    ServerTab *server = m_window->serverTab();
    quint16 port = 0;
    RUN_STEP(listen(server, QStringLiteral("127.0.0.1"), &port));
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    QTRY_COMPARE(server->session()->channelCount(), 1);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);

    {
        MessageBoxAnswer cancel(QStringLiteral("Cancel"));
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(cancel.asked());
        QVERIFY2(cancel.text().contains(QStringLiteral("TCP Server")) &&
                         cancel.text().contains(QStringLiteral("1 open connection")),
                 qPrintable(cancel.text()));
    }
    QCOMPARE(m_window->sessionCount(), 3);
    QCOMPARE(peer.state(), QAbstractSocket::ConnectedState);
    {
        MessageBoxAnswer close(QStringLiteral("Close"));
        RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("Close Session")));
        QVERIFY(close.asked());
    }
    QCOMPARE(m_window->sessionCount(), 2);
    QVERIFY(!m_window->serverTab());
    QTRY_COMPARE(peer.state(), QAbstractSocket::UnconnectedState);

    // Nothing open: it closes without asking. (Offscreen, nothing gives the window back its
    // activation after the message box.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    MessageBoxAnswer never(QStringLiteral("Cancel"));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()),
             QStringLiteral("TCP Client"));
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->sessionCount(), 1);
    // An open UDP socket has remotes, not connections: no question either.
    quint16 udpPort = 0;
    UdpTab *udp = m_window->udpTab();
    FIND_NAMED(QLineEdit, udpPortField, udp, "Port");
    FIND_NAMED(QComboBox, udpAddress, udp, "Address");
    FIND_NAMED(QPushButton, open, udp, "Open");
    RUN_STEP(WidgetTest::replaceText(udpAddress->lineEdit(), QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(udpPortField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(open));
    udpPort = udp->udp()->localPort();
    QVERIFY(udpPort != 0);
    WidgetTest::UdpPeer remote;
    QVERIFY(remote.sendTo(QHostAddress::LocalHost, udpPort, "hi"));
    QTRY_COMPARE(udp->session()->channelCount(), 1);
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->sessionCount(), 0);
    QVERIFY(!never.asked());
    // Its socket is closed with it.
    QTRY_VERIFY([udpPort] {
        QUdpSocket rebind;
        return rebind.bind(QHostAddress::LocalHost, udpPort);
    }());
}

void tst_MainWindow::closingTheLastTabShowsThePlaceholder()
{
    auto *stack = qobject_cast<QStackedWidget *>(m_window->centralWidget());
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), m_window->tabs());
    for (int i = 0; i < 3; ++i)
        RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("Close Session")));
    QCOMPARE(m_window->sessionCount(), 0);
    QVERIFY(!m_window->currentSession());
    QVERIFY(!m_window->tabs()->isVisible());
    const QStringList shown = WidgetTest::visibleLabelsContaining(
            m_window.get(), QStringLiteral("No session is open"));
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("New TCP Server")), qPrintable(shown.first()));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), QString());
    // Nothing to close, rename or toggle: the actions do nothing, and nothing breaks.
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("Close Session")));
    RUN_STEP(trigger(QStringLiteral("Session"), QStringLiteral("Open / Close")));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);

    FIND_NAMED(QToolButton, plus, m_window.get(), "New session");
    QAction *newClient = plus->menu()->actions().at(1);
    newClient->trigger();
    QCOMPARE(m_window->sessionCount(), 1);
    QCOMPARE(stack->currentWidget(), m_window->tabs());
    QTRY_VERIFY(m_window->clientTab()->isVisible());
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), m_window->clientTab()->statusText());
}

void tst_MainWindow::altNumberPicksTabs()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i : {2, 1, 3, 1}) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + i), Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), i - 1);
    }
    // There is no ninth tab: nothing changes.
    QTest::keyClick(m_window.get(), Qt::Key_9, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    // Ctrl+L listens on the current tab, as Listen does.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
    FIND_NAMED(QLineEdit, port, m_window->clientTab(), "Port");
    FIND_NAMED(QPushButton, connectButton, m_window->clientTab(), "Connect");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RUN_STEP(WidgetTest::replaceText(port, QString::number(server.serverPort())));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(server.hasPendingConnections());
    QTRY_COMPARE(connectButton->text(), QStringLiteral("Disconnect"));
}

void tst_MainWindow::tabShowsWhenSessionIsOpen()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < 3; ++i)
        QVERIFY(tabs->tabIcon(i).isNull());
    quint16 port = 0;
    RUN_STEP(listen(m_window->serverTab(), QStringLiteral("127.0.0.1"), &port));
    QVERIFY(!tabs->tabIcon(0).isNull());
    QVERIFY(tabs->tabIcon(1).isNull());
    QVERIFY2(tabs->tabToolTip(0).contains(QStringLiteral("port %1").arg(port)),
             qPrintable(tabs->tabToolTip(0)));
    FIND_NAMED(QPushButton, stop, m_window->serverTab(), "Stop");
    RUN_STEP(WidgetTest::click(stop));
    QVERIFY(tabs->tabIcon(0).isNull());
}

void tst_MainWindow::tabSetRestoredAfterRestart()
{
    QTabWidget *tabs = m_window->tabs();
    // TCP Server, TCP Client, UDP, then a second server renamed and a second UDP session; the
    // client moved to the end.
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New TCP Server")));
    m_window->renameSession(3, QStringLiteral("Backend"));
    RUN_STEP(trigger(QStringLiteral("File"), QStringLiteral("New UDP Session")));
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

void tst_MainWindow::settingsRoundTrip()
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

void tst_MainWindow::portZeroIsRestoredAsZero()
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

void tst_MainWindow::firstReleaseSettingsMigrate_data()
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

void tst_MainWindow::firstReleaseSettingsMigrate()
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

void tst_MainWindow::settingsFromTheFutureAreKept()
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

void tst_MainWindow::corruptValuesAreIgnored()
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

void tst_MainWindow::unreadableFileIsReportedOnceAndNotWrittenBack()
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

void tst_MainWindow::statusBarShowsTheCurrentSession()
{
    QTabWidget *tabs = m_window->tabs();
    ServerTab *server = m_window->serverTab();
    ClientTab *client = m_window->clientTab();
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), server->statusText());
    quint16 port = 0;
    RUN_STEP(listen(server, QStringLiteral("127.0.0.1"), &port));
    const QString listening = QStringLiteral("Listening on 127.0.0.1, port %1").arg(port);
    QCOMPARE(server->statusText(), listening);
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), listening);

    // The client fails on a port where nothing listens; its error is its own.
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    RUN_STEP(WidgetTest::clickTab(tabs, 1));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), client->statusText());
    FIND_NAMED(QLineEdit, clientPort, client, "Port");
    FIND_NAMED(QPushButton, connectButton, client, "Connect");
    RUN_STEP(WidgetTest::replaceText(clientPort, QString::number(closed)));
    RUN_STEP(WidgetTest::click(connectButton));
    RUN_STEP(WidgetTest::clickTab(tabs, 0));
    QTRY_VERIFY(client->statusIsError());
    QVERIFY2(client->statusText().contains(QStringLiteral("refused")),
             qPrintable(client->statusText()));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), listening);
    StatusLabel *bar = statusBarLabel(m_window.get());
    QVERIFY(bar);
    QVERIFY(!bar->isError());

    // A peer that comes and goes does not blank where the server listens.
    {
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(peer.waitForConnected(5000));
        QTRY_COMPARE(server->session()->channelCount(), 1);
        peer.disconnectFromHost();
        QTRY_COMPARE(server->session()->channelCount(), 0);
    }
    QCOMPARE(server->statusText(), listening);
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), listening);

    // Back on the client, its error shows, in the error colour.
    RUN_STEP(WidgetTest::clickTab(tabs, 1));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), client->statusText());
    QVERIFY(bar->isError());
    RUN_STEP(WidgetTest::clickTab(tabs, 2));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), m_window->udpTab()->statusText());
    QVERIFY(!bar->isError());
}

void tst_MainWindow::everyTabFitsAt800x600()
{
    QVERIFY2(m_window->minimumSizeHint().width() <= 800 &&
                     m_window->minimumSizeHint().height() <= 600,
             qPrintable(QStringLiteral("%1×%2")
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height())));
    m_window->resize(800, 600);
    QTRY_COMPARE(m_window->size(), QSize(800, 600));
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        RUN_STEP(WidgetTest::clickTab(tabs, i));
        SessionTab *tab = m_window->sessionAt(i);
        const QString what = m_window->sessionName(i);

        // A port of five digits shows whole.
        for (const QString &name : {QStringLiteral("Port"), QStringLiteral("Remote port")}) {
            QString problem;
            QLineEdit *field = WidgetTest::byName<QLineEdit>(tab, name, &problem);
            if (!field)
                continue;
            RUN_STEP(WidgetTest::replaceText(field, QStringLiteral("18080")));
            QApplication::processEvents();
            const int advance = field->fontMetrics().horizontalAdvance(QStringLiteral("18080"));
            const QMargins margins = field->textMargins();
            // QLineEdit keeps two pixels on each side of its text inside the frame.
            const int room = field->contentsRect().width() - margins.left() - margins.right() - 4;
            QVERIFY2(room >= advance, qPrintable(QStringLiteral("%1 %2: %3 px for %4 px of text")
                                                         .arg(what, name)
                                                         .arg(room)
                                                         .arg(advance)));
        }

        // The channel list shows every column's header, with no horizontal scroll bar.
        QTableView *table = tab->channelView()->tableView();
        QVERIFY(table->isVisible());
        QApplication::processEvents();
        QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(what));
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(text),
                     qPrintable(QStringLiteral("%1: %2").arg(what, text)));
            QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <=
                             table->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2").arg(what, text)));
        }

        // The byte counters under the log read whole.
        StatusLabel *counters = nullptr;
        for (StatusLabel *label : tab->logView()->findChildren<StatusLabel *>()) {
            if (label->isVisible() && label->text().startsWith(QStringLiteral("RX ")))
                counters = label;
        }
        QVERIFY2(counters, qPrintable(what));
        const int countersAdvance = counters->fontMetrics().horizontalAdvance(counters->text());
        QVERIFY2(counters->width() >= countersAdvance,
                 qPrintable(QStringLiteral("%1: %2 px for \"%3\" (%4 px)")
                                    .arg(what)
                                    .arg(counters->width())
                                    .arg(counters->text())
                                    .arg(countersAdvance)));

        // Every control is within the window, at least as wide as it asks to be (buttons).
        const QRect window = m_window->rect();
        for (QWidget *widget : tab->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !isCheckedControl(widget) ||
                isPartOfControl(widget, m_window.get()))
                continue;
            const QRect rect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
            QVERIFY2(window.contains(rect),
                     qPrintable(QStringLiteral("%1: %2 \"%3\" at %4,%5 %6×%7")
                                        .arg(what, widget->metaObject()->className(),
                                             widget->accessibleName())
                                        .arg(rect.x())
                                        .arg(rect.y())
                                        .arg(rect.width())
                                        .arg(rect.height())));
            if (qobject_cast<QPushButton *>(widget)) {
                QVERIFY2(widget->width() >= widget->sizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2").arg(what, widget->accessibleName())));
            }
        }
    }

    // Where it listens shows in full, in the tab's status line and in the status bar, listening
    // on every interface (the longest of them).
    RUN_STEP(WidgetTest::clickTab(tabs, 0));
    quint16 port = 0;
    RUN_STEP(listen(m_window->serverTab(), QStringLiteral("All interfaces (IPv4 + IPv6)"), &port));
    const QString listening =
            QStringLiteral("Listening on all interfaces (IPv4 + IPv6), port %1").arg(port);
    QCOMPARE(m_window->serverTab()->statusText(), listening);
    StatusLabel *line = statusLineOf(m_window->serverTab());
    StatusLabel *bar = statusBarLabel(m_window.get());
    QVERIFY(line && bar);
    QCOMPARE(bar->text(), listening);
    QApplication::processEvents();
    QVERIFY2(line->width() >= line->fontMetrics().horizontalAdvance(listening),
             qPrintable(QString::number(line->width())));
    QVERIFY2(bar->width() >= bar->fontMetrics().horizontalAdvance(listening),
             qPrintable(QString::number(bar->width())));
    FIND_NAMED(QPushButton, stop, m_window->serverTab(), "Stop");
    RUN_STEP(WidgetTest::click(stop));
}

void tst_MainWindow::longErrorDoesNotWidenTheWindow()
{
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), 1));
    ClientTab *client = m_window->clientTab();
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QPushButton, connectButton, client, "Connect");
    FIND_NAMED(QPushButton, send, client, "Send");
    FIND_NAMED(QPushButton, save, client, "Save log…");
    QApplication::processEvents();
    const int width = m_window->width();
    const int minimum = m_window->minimumSizeHint().width();

    const QString name(280, u'a');
    host->setFocus();
    host->selectAll();
    host->insert(name); // pasted
    RUN_STEP(WidgetTest::click(connectButton));
    QTRY_VERIFY(client->statusIsError());
    const QString error = client->statusText();
    QVERIFY2(error.contains(name) && error.contains(QStringLiteral("not found")),
             qPrintable(error.left(60)));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), error);
    QApplication::processEvents();
    QCOMPARE(m_window->width(), width);
    QCOMPARE(m_window->minimumSizeHint().width(), minimum);
    // Send and Save log… are still in the window.
    for (QWidget *button : {static_cast<QWidget *>(send), static_cast<QWidget *>(save)}) {
        const int right = button->mapTo(m_window.get(), QPoint(button->width(), 0)).x();
        QVERIFY2(right <= width, qPrintable(QString::number(right)));
    }
    // The whole message is there for whoever hovers or reads it out.
    QCOMPARE(statusBarLabel(m_window.get())->toolTip(), error);
}

void tst_MainWindow::detailsShowWholePayload()
{
    ServerTab *server = m_window->serverTab();
    quint16 port = 0;
    RUN_STEP(listen(server, QStringLiteral("127.0.0.1"), &port));
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    QByteArray payload;
    for (int i = 0; payload.size() < 4992; ++i)
        payload += char('0' + i % 10);
    payload += "END\xE4\xBD\xA0!";
    payload.resize(5000, '.');
    peer.write(payload);
    LogModel *log = server->logModel();
    QTRY_COMPARE(log->rxBytes(), 5000);
    const QList<const LogEntry *> received =
            WidgetTest::loggedEntries(log, LogEntry::Kind::Received);
    QCOMPARE(received.size(), 1);
    int row = 0;
    while (log->entry(row).kind != LogEntry::Kind::Received)
        ++row;
    // The row itself is cut.
    QVERIFY(!log->index(row).data().toString().contains(QStringLiteral("END")));

    FIND_NAMED(QCheckBox, details, server, "Details");
    FIND_NAMED(QListView, list, server, "Log");
    RUN_STEP(WidgetTest::click(details));
    const QRect rect = list->visualRect(log->index(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    LogDetailsView *pane = server->logView()->detailsView();
    QTRY_VERIFY(pane->isVisible());
    QCOMPARE(pane->byteView()->bytes(), payload);
    QVERIFY(pane->byteView()->dumpText().contains(QStringLiteral("45 4e 44 e4 bd a0 21")));
    const QString text = pane->textView()->toPlainText();
    QCOMPARE(text.size(), 5000 - 2); // three bytes of 你 are one character
    QVERIFY2(text.endsWith(QStringLiteral("END你!.")), qPrintable(text.right(20)));
    QVERIFY2(pane->headerText().contains(QStringLiteral("5000 byte(s)")),
             qPrintable(pane->headerText()));
}

void tst_MainWindow::displayEncodingCanDifferFromSendEncoding()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RUN_STEP(WidgetTest::clickTab(m_window->tabs(), 1));
    ClientTab *client = m_window->clientTab();
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QLineEdit, port, client, "Port");
    FIND_NAMED(QPushButton, connectButton, client, "Connect");
    FIND_NAMED(QComboBox, encoding, client, "Encoding");
    FIND_NAMED(QComboBox, display, client, "Display encoding");
    FIND_NAMED(QPlainTextEdit, editor, client, "Payload");
    FIND_NAMED(QPushButton, send, client, "Send");
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, QString::number(server.serverPort())));
    RUN_STEP(WidgetTest::click(connectButton));
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *accepted = server.nextPendingConnection();
    QByteArray got;
    connect(accepted, &QTcpSocket::readyRead, this, [&] { got += accepted->readAll(); });
    QTRY_VERIFY(send->isEnabled());

    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("GBK")));
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("UTF-8")));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("你好!")));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(got, QByteArray("\xC4\xE3\xBA\xC3!"));
    LogModel *log = client->logModel();
    auto shown = [log] {
        const QList<const LogEntry *> sent = WidgetTest::loggedEntries(log, LogEntry::Kind::Sent);
        return sent.isEmpty() ? QString() : log->lineFor(*sent.first(), false);
    };
    // Shown in UTF-8, GBK bytes are escapes, and none is lost.
    QVERIFY2(shown().endsWith(QStringLiteral(": \\xC4\\xE3\\xBA\\xC3!")), qPrintable(shown()));
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("GBK")));
    QVERIFY2(shown().endsWith(QStringLiteral(": 你好!")), qPrintable(shown()));

    // "Same as sending" follows the send encoding, whichever it is.
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("Same as sending")));
    QVERIFY2(shown().endsWith(QStringLiteral(": 你好!")), qPrintable(shown()));
    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("UTF-8")));
    QCOMPARE(log->encoding(), QStringLiteral("UTF-8"));
    QVERIFY2(shown().endsWith(QStringLiteral(": \\xC4\\xE3\\xBA\\xC3!")), qPrintable(shown()));
    // Received data follows the display encoding too.
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("GBK")));
    accepted->write("\xCD\xF8\xC2\xE7"); // 网络
    QTRY_COMPARE(log->rxBytes(), 4);
    const QList<const LogEntry *> received =
            WidgetTest::loggedEntries(log, LogEntry::Kind::Received);
    QCOMPARE(received.size(), 1);
    QVERIFY2(log->lineFor(*received.first(), false).endsWith(QStringLiteral(": 网络")),
             qPrintable(log->lineFor(*received.first(), false)));
}

void tst_MainWindow::backslashInDataIsEscaped()
{
    ServerTab *server = m_window->serverTab();
    quint16 port = 0;
    RUN_STEP(listen(server, QStringLiteral("127.0.0.1"), &port));
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    // The four characters \xCA and the one byte 0xCA must not read alike.
    peer.write("C:\\temp \\xCA \xCA!");
    LogModel *log = server->logModel();
    QTRY_COMPARE(log->rxBytes(), 15);
    const QList<const LogEntry *> received =
            WidgetTest::loggedEntries(log, LogEntry::Kind::Received);
    QCOMPARE(received.size(), 1);
    const QString line = log->lineFor(*received.first(), false);
    QVERIFY2(line.endsWith(QStringLiteral(": C:\\\\temp \\\\xCA \\xCA!")), qPrintable(line));
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    int checked = 0;
    int labelled = 0;
    QTabWidget *tabs = m_window->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        RUN_STEP(WidgetTest::clickTab(tabs, tab));
        QWidget *page = tabs->widget(tab);
        if (auto *udp = qobject_cast<UdpTab *>(page)) {
            FIND_NAMED(QToolButton, multicast, udp, "Multicast");
            RUN_STEP(WidgetTest::click(multicast));
            FIND_NAMED(QLineEdit, group, udp, "Multicast group");
            QTRY_VERIFY(group->isVisible());
        }
        // Details shown too, so that its views are checked.
        FIND_NAMED(QCheckBox, details, page, "Details");
        RUN_STEP(WidgetTest::click(details));
        QTRY_VERIFY(m_window->sessionAt(tab)->logView()->detailsView()->isVisible());

        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisible() || !isCheckedControl(widget) ||
                isPartOfControl(widget, m_window.get()))
                continue;
            ++checked;
            const QString what =
                    QStringLiteral("%1 \"%2\" (%3) on %4")
                            .arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->accessibleName(), widget->objectName(),
                                 tabs->tabText(tab));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
                if (!button->text().isEmpty() && button->text() != u"+")
                    QVERIFY2(widget->accessibleName() == withoutMnemonic(button->text()),
                             qPrintable(what));
            }
        }
        // A field named by a label bears the label's name.
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->buddy())
                continue;
            ++labelled;
            QVERIFY2(label->buddy()->accessibleName() == withoutMnemonic(label->text()),
                     qPrintable(QStringLiteral("\"%1\" names a field \"%2\"")
                                        .arg(label->text(), label->buddy()->accessibleName())));
        }
    }
    // Three tabs, the multicast panel and the details views: this is no empty pass.
    QVERIFY2(checked >= 80, qPrintable(QString::number(checked)));
    QVERIFY2(labelled >= 20, qPrintable(QString::number(labelled)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
