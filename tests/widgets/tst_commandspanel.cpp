#include "commanddialog.h"
#include "commandlistmodel.h"
#include "commandspanel.h"
#include "mainwindowtesthelpers.h"
#include "sendpane.h"
#include "sequencerunner.h"
#include "servertab.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

namespace {

SavedCommand command(const QString &name, const QString &text, bool hex = false)
{
    SavedCommand saved;
    saved.name = name;
    saved.payload.text = text;
    saved.payload.hex = hex;
    return saved;
}

// Accepts the command dialog the next exec() opens.
void acceptNextCommandDialog()
{
    QTimer::singleShot(0, qApp, [] {
        if (auto *dialog = qobject_cast<CommandDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
    });
}

} // namespace

// The Commands panel in the real window: saving the send pane's payload as a command, sending
// one with its button, a double-click or Ctrl+1…9, reordering, running a sequence, and the file
// and settings that keep them — against a real peer of the current session.
class tst_CommandsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addFromSendPaneAndSendWithButton();
    void doubleClickAndCtrlDigitSend();
    void moveChangesTheShortcut();
    void exportThenImportRoundTrips();
    void badImportChangesNothing_data();
    void badImportChangesNothing();
    void commandsSurviveRestart();
    void unreadableCommandsAreKept();
    void sequenceRunsAndHighlightsSteps();
    void sequenceTimeoutNamesTheStep();

private:
    void listenWithPeer();
    QByteArray readPeer(int size);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTcpSocket> m_peer;
    QByteArray m_received;
};

void tst_CommandsPanel::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_CommandsPanel::init()
{
    MainWindowTest::openWindow(m_window);
    m_received.clear();
    // The panel starts hidden; the button beside the tabs shows it.
    FIND_NAMED(QToolButton, show, m_window.get(), "Commands");
    QVERIFY(!m_window->commandsDock()->isVisible());
    RUN_STEP(WidgetTest::click(show));
    QTRY_VERIFY(m_window->commandsDock()->isVisible());
    QVERIFY(show->isChecked());
}

void tst_CommandsPanel::cleanup()
{
    m_peer.reset();
    MainWindowTest::closeWindow(m_window);
}

void tst_CommandsPanel::listenWithPeer()
{
    ServerTab *server = m_window->serverTab();
    QVERIFY(server);
    m_window->tabs()->setCurrentWidget(server);
    quint16 port = 0;
    RUN_STEP(MainWindowTest::listen(server, QStringLiteral("127.0.0.1"), &port));
    m_peer = std::make_unique<QTcpSocket>();
    m_peer->connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(server->session()->channelCount(), 1);
    connect(m_peer.get(), &QTcpSocket::readyRead, this,
            [this] { m_received += m_peer->readAll(); });
}

void tst_CommandsPanel::addFromSendPaneAndSendWithButton()
{
    RUN_STEP(listenWithPeer());
    SessionTab *tab = m_window->currentSession();
    PayloadSpec modbus;
    modbus.text = QStringLiteral("01 03 00 00 00 01");
    modbus.hex = true;
    modbus.checksum.kind = ChecksumKind::Crc16Modbus;
    tab->sendPane()->setSpec(modbus);
    CommandsPanel *panel = m_window->commandsPanel();
    FIND_NAMED(QPushButton, add, panel, "Add");
    acceptNextCommandDialog();
    RUN_STEP(WidgetTest::click(add));
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->command(0).payload, modbus);

    FIND_NAMED(QTableView, view, panel, "Commands");
    const QRect cell = view->visualRect(panel->model()->index(0, CommandListModel::SendColumn));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_received, QByteArray::fromHex("010300000001840A"));
}

void tst_CommandsPanel::doubleClickAndCtrlDigitSend()
{
    RUN_STEP(listenWithPeer());
    CommandsPanel *panel = m_window->commandsPanel();
    CommandSet set;
    set.commands = {command(QStringLiteral("one"), QStringLiteral("1")),
                    command(QStringLiteral("two"), QStringLiteral("2"))};
    panel->model()->setCommandSet(set);
    FIND_NAMED(QTableView, view, panel, "Commands");
    const QRect name = view->visualRect(panel->model()->index(1, CommandListModel::NameColumn));
    QSignalSpy doubleClicked(view, &QAbstractItemView::doubleClicked);
    // A double-click as a user makes it: the first click, then the second within the interval.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, name.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, name.center());
    QCOMPARE(doubleClicked.count(), 1);
    QTRY_COMPARE(m_received, QByteArray("2"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_received, QByteArray("21"));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_received, QByteArray("212"));
    // No third command: Ctrl+3 sends nothing.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTest::qWait(50);
    QCOMPARE(m_received, QByteArray("212"));
}

void tst_CommandsPanel::moveChangesTheShortcut()
{
    RUN_STEP(listenWithPeer());
    CommandsPanel *panel = m_window->commandsPanel();
    CommandSet set;
    set.commands = {command(QStringLiteral("one"), QStringLiteral("1")),
                    command(QStringLiteral("two"), QStringLiteral("2"))};
    panel->model()->setCommandSet(set);
    FIND_NAMED(QTableView, view, panel, "Commands");
    FIND_NAMED(QPushButton, down, panel, "Move down");
    view->selectRow(0);
    view->setCurrentIndex(panel->model()->index(0, CommandListModel::NameColumn));
    RUN_STEP(WidgetTest::click(down));
    QCOMPARE(panel->model()->command(0).name, QStringLiteral("two"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_received, QByteArray("2"));
}

void tst_CommandsPanel::exportThenImportRoundTrips()
{
    CommandsPanel *panel = m_window->commandsPanel();
    CommandSet set;
    set.commands = {command(QStringLiteral("hello"), QStringLiteral("hi\\r\\n")),
                    command(QStringLiteral("bytes"), QStringLiteral("01 02"), true)};
    set.commands[0].payload.escapes = true;
    set.commands[1].payload.checksum.kind = ChecksumKind::Crc32;
    Sequence sequence;
    sequence.name = QStringLiteral("both");
    SequenceStep first;
    first.command = QStringLiteral("hello");
    SequenceStep second;
    second.command = QStringLiteral("bytes");
    second.delayMs = 20;
    sequence.steps = {first, second};
    set.sequences = {sequence};
    panel->model()->setCommandSet(set);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("commands.json"));
    QVERIFY2(panel->exportFile(path), qPrintable(panel->messageText()));

    panel->model()->setCommandSet({});
    QVERIFY2(panel->importFile(path), qPrintable(panel->messageText()));
    QCOMPARE(panel->model()->commandSet(), set);
    // A second import keeps both: the names taken get a number, and the steps follow them.
    QVERIFY(panel->importFile(path));
    QCOMPARE(panel->model()->rowCount(), 4);
    QCOMPARE(panel->model()->command(2).name, QStringLiteral("hello (2)"));
    const Sequence &copy = panel->model()->commandSet().sequences.at(1);
    QCOMPARE(copy.name, QStringLiteral("both (2)"));
    QCOMPARE(copy.steps.at(0).command, QStringLiteral("hello (2)"));
}

void tst_CommandsPanel::badImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("malformed") << QByteArray("{\"format\": ") << QStringLiteral("JSON");
    QTest::newRow("wrong version")
            << QByteArray(R"({"format": "netdebug-commands", "version": 99, "commands": []})")
            << QStringLiteral("99");
    QTest::newRow("bad hex")
            << QByteArray(R"({"format": "netdebug-commands", "version": 1, "commands": [
                   {"name": "ok", "text": "01"},
                   {"name": "broken", "text": "0G", "mode": "hex"}]})")
            << QStringLiteral("broken");
}

void tst_CommandsPanel::badImportChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    CommandsPanel *panel = m_window->commandsPanel();
    CommandSet set;
    set.commands = {command(QStringLiteral("kept"), QStringLiteral("k"))};
    panel->model()->setCommandSet(set);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(!panel->importFile(path));
    QVERIFY2(panel->messageText().contains(fragment), qPrintable(panel->messageText()));
    QVERIFY(panel->messageText().contains(QStringLiteral("bad.json")));
    QCOMPARE(panel->model()->commandSet(), set);
    QVERIFY(!panel->importFile(dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(panel->messageText().contains(QStringLiteral("missing.json")));
}

void tst_CommandsPanel::commandsSurviveRestart()
{
    CommandSet set;
    set.commands = {command(QStringLiteral("first"), QStringLiteral("1")),
                    command(QStringLiteral("second"), QStringLiteral("AA BB"), true)};
    set.commands[1].payload.checksum.kind = ChecksumKind::Xor8;
    m_window->commandsPanel()->model()->setCommandSet(set);
    QSettings settings;
    m_window->saveSettings(settings);
    MainWindow restored;
    restored.restoreSettings(settings);
    QCOMPARE(restored.commandsPanel()->model()->commandSet(), set);
}

void tst_CommandsPanel::unreadableCommandsAreKept()
{
    // Commands this version cannot read (a newer format, a damaged value) are said to be so and
    // never replaced by an empty set on quit.
    const QString saved = QStringLiteral(R"({"format": "netdebug-commands", "version": 2})");
    QSettings settings;
    m_window->saveSettings(settings);
    settings.setValue(QStringLiteral("commands/set"), saved);
    MainWindow restored;
    restored.restoreSettings(settings);
    QCOMPARE(restored.commandsPanel()->model()->rowCount(), 0);
    QVERIFY(restored.commandsPanel()->restoreProblem().contains(QStringLiteral("2")));
    QCOMPARE(WidgetTest::statusBarText(&restored), restored.commandsPanel()->restoreProblem());
    restored.saveSettings(settings);
    QCOMPARE(settings.value(QStringLiteral("commands/set")).toString(), saved);
    // A new command is saved, and the unreadable ones are kept beside it.
    restored.commandsPanel()->model()->addCommand(
            command(QStringLiteral("new"), QStringLiteral("n")));
    restored.saveSettings(settings);
    QCOMPARE(settings.value(QStringLiteral("commands/unreadable")).toString(), saved);
    QVERIFY(settings.value(QStringLiteral("commands/set"))
                    .toString()
                    .contains(QStringLiteral("new")));
}

void tst_CommandsPanel::sequenceRunsAndHighlightsSteps()
{
    RUN_STEP(listenWithPeer());
    // The peer answers HELLO with OK, as a device's handshake does.
    connect(m_peer.get(), &QTcpSocket::readyRead, this, [this] {
        if (m_received.endsWith("HELLO"))
            m_peer->write("OK");
    });
    CommandsPanel *panel = m_window->commandsPanel();
    CommandSet set;
    set.commands = {command(QStringLiteral("hello"), QStringLiteral("HELLO")),
                    command(QStringLiteral("bye"), QStringLiteral("BYE"))};
    Sequence sequence;
    sequence.name = QStringLiteral("handshake");
    SequenceStep hello;
    hello.command = QStringLiteral("hello");
    hello.waitForReply = true;
    hello.matchKind = ReplyMatcher::Kind::Contains;
    hello.matchPattern = QStringLiteral("OK");
    SequenceStep bye;
    bye.command = QStringLiteral("bye");
    bye.delayMs = 100;
    sequence.steps = {hello, bye};
    set.sequences = {sequence};
    panel->model()->setCommandSet(set);
    auto *pages = panel->findChild<QTabWidget *>();
    QVERIFY(pages);
    RUN_STEP(WidgetTest::clickTab(pages, 1));
    FIND_NAMED(QListWidget, sequences, panel, "Sequences");
    FIND_NAMED(QTableWidget, steps, panel, "Steps");
    FIND_NAMED(QPushButton, run, panel, "Run");
    sequences->setCurrentRow(0);
    SequenceRunner *runner = m_window->currentSession()->sequenceRunner();
    QSignalSpy finished(runner, &SequenceRunner::finished);
    RUN_STEP(WidgetTest::click(run));
    QVERIFY(runner->isRunning());
    QCOMPARE(run->text(), QStringLiteral("Stop"));
    // During the second step's delay, its row is the highlighted one.
    QTRY_COMPARE(runner->currentStep(), 1);
    QCOMPARE(steps->item(1, 0)->background(), steps->palette().highlight());
    QVERIFY(steps->item(0, 0)->background() != steps->palette().highlight());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(m_received, QByteArray("HELLOBYE"));
    QCOMPARE(run->text(), QStringLiteral("Run"));
}

void tst_CommandsPanel::sequenceTimeoutNamesTheStep()
{
    RUN_STEP(listenWithPeer());
    CommandsPanel *panel = m_window->commandsPanel();
    CommandSet set;
    set.commands = {command(QStringLiteral("ping"), QStringLiteral("PING"))};
    Sequence sequence;
    sequence.name = QStringLiteral("silent");
    SequenceStep ping;
    ping.command = QStringLiteral("ping");
    ping.waitForReply = true;
    ping.matchKind = ReplyMatcher::Kind::Any;
    ping.timeoutMs = 100;
    sequence.steps = {ping};
    set.sequences = {sequence};
    panel->model()->setCommandSet(set);
    SessionTab *tab = m_window->currentSession();
    tab->runSequence(sequence, set);
    QTRY_VERIFY(!tab->sequenceRunner()->isRunning());
    QVERIFY(tab->statusIsError());
    QVERIFY2(tab->statusText().contains(QStringLiteral("ping")) &&
                     tab->statusText().contains(QStringLiteral("silent")),
             qPrintable(tab->statusText()));
}

QTEST_MAIN(tst_CommandsPanel)
#include "tst_commandspanel.moc"
