#include "byteview.h"
#include "channellistview.h"
#include "clienttab.h"
#include "logdetailsview.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "mainwindowtesthelpers.h"
#include "multicastpanel.h"
#include "servertab.h"
#include "udptab.h"
#include "widgettesthelpers.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
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

using MainWindowTest::listen;
using MainWindowTest::trigger;
using MainWindowTest::withoutMnemonic;
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

// Drives the whole window offscreen: its sessions, real connections, its tabs, what a new user
// meets at 800×600, and accessibility. Its settings are tst_windowsettings'.
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
    void statusBarShowsTheCurrentSession();
    void everyTabFitsAt800x600();
    void longErrorDoesNotWidenTheWindow();
    void detailsShowWholePayload();
    void displayEncodingCanDifferFromSendEncoding();
    void backslashInDataIsEscaped();
    void everyControlHasAnAccessibleName();

private:
    void renameWithDialog(const QString &name);

    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_MainWindow::init()
{
    MainWindowTest::openWindow(m_window);
}

void tst_MainWindow::cleanup()
{
    MainWindowTest::closeWindow(m_window);
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
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New TCP Server")));
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
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New TCP Server")));
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New TCP Server")));
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New UDP Session")));
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New TCP Client")));
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
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New TCP Server")));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("TCP Server 2"));
}

void tst_MainWindow::renameSession()
{
    QTabWidget *tabs = m_window->tabs();
    RUN_STEP(WidgetTest::clickTab(tabs, 1));
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("Rename Session…")));
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
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("New TCP Client")));
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
        RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("Close Session")));
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
        RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("Close Session")));
    QCOMPARE(m_window->sessionCount(), 0);
    QVERIFY(!m_window->currentSession());
    QVERIFY(!m_window->tabs()->isVisible());
    const QStringList shown = WidgetTest::visibleLabelsContaining(
            m_window.get(), QStringLiteral("No session is open"));
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("New TCP Server")), qPrintable(shown.first()));
    QCOMPARE(WidgetTest::statusBarText(m_window.get()), QString());
    // Nothing to close, rename or toggle: the actions do nothing, and nothing breaks.
    RUN_STEP(trigger(m_window.get(), QStringLiteral("File"), QStringLiteral("Close Session")));
    RUN_STEP(trigger(m_window.get(), QStringLiteral("Session"), QStringLiteral("Open / Close")));
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
