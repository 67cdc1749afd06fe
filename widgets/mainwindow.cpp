#include "mainwindow.h"

#include "clienttab.h"
#include "commandlistmodel.h"
#include "commandspanel.h"
#include "logentry.h"
#include "logview.h"
#include "sendpane.h"
#include "sequencerunner.h"
#include "servertab.h"
#include "sessionlog.h"
#include "statuslabel.h"
#include "udptab.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace {
constexpr int kMaxNameLength = 64;

// A name as a tab shows it: one line, not too long.
QString sanitizedName(const QString &name)
{
    return name.simplified().left(kMaxNameLength);
}

// A dot in the tab: green while the session is open, amber while it opens or closes.
QIcon stateIcon(Session::State state)
{
    if (state == Session::State::Closed)
        return {};
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(state == Session::State::Open ? QColor(0x2e, 0x7d, 0x32)
                                                   : QColor(0xf9, 0xa8, 0x25));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusLabel(this))
{
    setWindowTitle(tr("NetDebug"));
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    auto *placeholder = new QLabel(tr("No session is open. Use File ▸ New TCP Server, New TCP "
                                      "Client or New UDP Session."),
                                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(placeholder);
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_status, 1);
    buildCommandsDock();
    buildMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::handleCurrentChanged);
    connect(m_tabs->tabBar(), &QTabBar::tabBarDoubleClicked, this, &MainWindow::askToRenameSession);
    resetSessions();
    m_tabs->setCurrentIndex(0);
    resize(1000, 700);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newServer = file->addAction(tr("New &TCP Server"), this,
                                         [this] { addSession(Session::Kind::TcpServer); });
    QAction *newClient = file->addAction(tr("New TCP &Client"), this,
                                         [this] { addSession(Session::Kind::TcpClient); });
    QAction *newUdp = file->addAction(tr("New &UDP Session"), this,
                                      [this] { addSession(Session::Kind::Udp); });
    file->addSeparator();
    QAction *rename = file->addAction(tr("&Rename Session…"), this,
                                      [this] { askToRenameSession(m_tabs->currentIndex()); });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *close = file->addAction(tr("Close Session"), this,
                                     [this] { closeSession(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save Log…"), this, &MainWindow::saveCurrentLog);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *sessionMenu = menuBar()->addMenu(tr("S&ession"));
    QAction *toggle = sessionMenu->addAction(tr("&Open / Close"), this, [this] {
        if (SessionTab *tab = currentSession())
            tab->toggle();
    });
    toggle->setToolTip(tr("Listen or stop, connect or disconnect, open or close the current "
                          "session"));
    toggle->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_K)});
    sessionMenu->addSeparator();
    for (int i = 0; i < 9; ++i) {
        QAction *pick = sessionMenu->addAction(tr("Tab %1").arg(i + 1), this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        pick->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *commands = menuBar()->addMenu(tr("&Commands"));
    QAction *showPanel = m_commandsDock->toggleViewAction();
    showPanel->setText(tr("Show &Commands Panel"));
    commands->addAction(showPanel);
    commands->addSeparator();
    for (int i = 0; i < CommandListModel::kShortcutCount; ++i) {
        QAction *sendCommand = commands->addAction(tr("Send Command %1").arg(i + 1), this,
                                                   [this, i] { m_commands->sendRow(i); });
        sendCommand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NetDebug"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto *plus = new QToolButton(this);
    plus->setText(QStringLiteral("+"));
    plus->setAccessibleName(tr("New session"));
    plus->setToolTip(tr("Open a new TCP server, TCP client or UDP session"));
    plus->setPopupMode(QToolButton::InstantPopup);
    auto *plusMenu = new QMenu(plus);
    plusMenu->addActions({newServer, newClient, newUdp});
    plus->setMenu(plusMenu);
    auto *showCommands = new QToolButton(this);
    showCommands->setText(tr("Commands"));
    showCommands->setAccessibleName(tr("Commands"));
    showCommands->setToolTip(tr("Show or hide the saved commands and sequences (Ctrl+1…9 send "
                                "the first nine)"));
    showCommands->setCheckable(true);
    // clicked, not toggled: the button follows the panel (which also hides while the window is
    // destroyed) without telling it back.
    connect(showCommands, &QToolButton::clicked, m_commandsDock, &QDockWidget::setVisible);
    connect(m_commandsDock, &QDockWidget::visibilityChanged, showCommands,
            &QToolButton::setChecked);
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(showCommands);
    cornerLayout->addWidget(plus);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
}

void MainWindow::buildCommandsDock()
{
    m_commands = new CommandsPanel(this);
    m_commandsDock = new QDockWidget(tr("Commands"), this);
    m_commandsDock->setObjectName(QStringLiteral("commandsDock"));
    m_commandsDock->setWidget(m_commands);
    addDockWidget(Qt::RightDockWidgetArea, m_commandsDock);
    // Hidden until asked for: beside a session it needs a wider window than 800 pixels.
    m_commandsDock->hide();
    m_commands->setCurrentPayload([this] {
        const SessionTab *tab = currentSession();
        return tab ? tab->sendPane()->spec() : PayloadSpec();
    });
    connect(m_commands, &CommandsPanel::sendRequested, this, [this](const SavedCommand &command) {
        if (SessionTab *tab = currentSession())
            tab->sendCommand(command);
    });
    connect(m_commands, &CommandsPanel::runRequested, this,
            [this](const Sequence &sequence, const CommandSet &set) {
                if (SessionTab *tab = currentSession())
                    tab->runSequence(sequence, set);
            });
    connect(m_commands, &CommandsPanel::stopRequested, this, [this] {
        if (SessionTab *tab = currentSession())
            tab->stopSequence();
    });
}

void MainWindow::handleCurrentChanged()
{
    const SessionTab *tab = currentSession();
    m_commands->setRunner(tab ? tab->sequenceRunner() : nullptr);
    showCurrentStatus();
}

int MainWindow::sessionCount() const
{
    return m_tabs->count();
}

SessionTab *MainWindow::sessionAt(int index) const
{
    return qobject_cast<SessionTab *>(m_tabs->widget(index));
}

SessionTab *MainWindow::currentSession() const
{
    return qobject_cast<SessionTab *>(m_tabs->currentWidget());
}

QString MainWindow::sessionName(int index) const
{
    return m_tabs->tabText(index);
}

template<typename Tab>
static Tab *firstTab(const QTabWidget *tabs)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (auto *tab = qobject_cast<Tab *>(tabs->widget(i)))
            return tab;
    }
    return nullptr;
}

ServerTab *MainWindow::serverTab() const
{
    return firstTab<ServerTab>(m_tabs);
}

ClientTab *MainWindow::clientTab() const
{
    return firstTab<ClientTab>(m_tabs);
}

UdpTab *MainWindow::udpTab() const
{
    return firstTab<UdpTab>(m_tabs);
}

SessionTab *MainWindow::createTab(Session::Kind kind)
{
    switch (kind) {
    case Session::Kind::TcpServer: return new ServerTab(m_tabs);
    case Session::Kind::TcpClient: return new ClientTab(m_tabs);
    case Session::Kind::Udp: return new UdpTab(m_tabs);
    }
    return nullptr;
}

QString MainWindow::uniqueName(Session::Kind kind) const
{
    const QString title = SessionTab::kindTitle(kind);
    QStringList names;
    for (int i = 0; i < m_tabs->count(); ++i)
        names.append(m_tabs->tabText(i));
    if (!names.contains(title))
        return title;
    for (int number = 2;; ++number) {
        const QString name = tr("%1 %2", "session kind, number").arg(title).arg(number);
        if (!names.contains(name))
            return name;
    }
}

SessionTab *MainWindow::addSession(Session::Kind kind, const QString &name)
{
    SessionTab *tab = createTab(kind);
    const QString title = sanitizedName(name).isEmpty() ? uniqueName(kind) : sanitizedName(name);
    tab->setAccessibleName(title);
    const int index = m_tabs->addTab(tab, title);
    connect(tab, &SessionTab::statusChanged, this, [this, tab] {
        if (tab == currentSession())
            showCurrentStatus();
        updateTabState(tab);
    });
    connect(tab, &SessionTab::sessionStateChanged, this, [this, tab] { updateTabState(tab); });
    updateTabState(tab);
    m_tabs->setCurrentIndex(index);
    updatePlaceholder();
    return tab;
}

bool MainWindow::closeSession(int index, bool ask)
{
    SessionTab *tab = sessionAt(index);
    if (!tab)
        return false;
    const int connections = tab->openConnections();
    if (ask && connections > 0) {
        const auto answer = QMessageBox::question(
                this, tr("Close Session"),
                tr("Close \"%1\"? Its %n open connection(s) will be closed.", nullptr, connections)
                        .arg(m_tabs->tabText(index)),
                QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return false;
    }
    m_tabs->removeTab(index);
    tab->session()->close();
    tab->deleteLater();
    updatePlaceholder();
    showCurrentStatus();
    return true;
}

void MainWindow::renameSession(int index, const QString &name)
{
    const QString trimmed = sanitizedName(name);
    if (index < 0 || index >= m_tabs->count() || trimmed.isEmpty())
        return;
    m_tabs->setTabText(index, trimmed);
    m_tabs->widget(index)->setAccessibleName(trimmed);
    updateTabState(sessionAt(index));
}

void MainWindow::askToRenameSession(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Session"));
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(m_tabs->tabText(index));
    QPointer<QWidget> tab = m_tabs->widget(index);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, tab](const QString &name) {
        if (tab)
            renameSession(m_tabs->indexOf(tab), name);
    });
    dialog->open();
}

void MainWindow::closeAllSessions()
{
    while (m_tabs->count() > 0) {
        SessionTab *tab = sessionAt(0);
        m_tabs->removeTab(0);
        tab->session()->close();
        delete tab;
    }
}

void MainWindow::resetSessions()
{
    closeAllSessions();
    addSession(Session::Kind::TcpServer);
    addSession(Session::Kind::TcpClient);
    addSession(Session::Kind::Udp);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::updatePlaceholder()
{
    m_stack->setCurrentIndex(m_tabs->count() > 0 ? 0 : 1);
}

void MainWindow::showCurrentStatus()
{
    // A notice of the window's own (unreadable settings) hides the session's status while it
    // shows; once the user moves to another session, or the session has news, that comes first.
    statusBar()->clearMessage();
    const SessionTab *tab = currentSession();
    m_status->setMessage(tab ? tab->statusText() : QString(), tab && tab->statusIsError());
}

void MainWindow::updateTabState(SessionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabIcon(index, stateIcon(tab->session()->state()));
    m_tabs->setTabToolTip(
            index,
            tr("%1: %2", "session name: status").arg(m_tabs->tabText(index), tab->statusText()));
}

void MainWindow::saveCurrentLog()
{
    if (SessionTab *tab = currentSession())
        tab->logView()->saveWithDialog();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NetDebug"),
                       tr("<p><b>NetDebug %1</b></p><p>A network debugging assistant: TCP servers, "
                          "TCP clients and UDP sockets, for sending exact bytes as text or hex "
                          "and reading what comes back in UTF-8, GBK and other encodings.</p>")
                               .arg(QApplication::applicationVersion()));
}

void MainWindow::saveSettings(QSettings &settings) const
{
    WindowSettings::save(*this, settings);
    m_commands->save(settings);
    settings.setValue(QStringLiteral("windowState"), saveState());
}

void MainWindow::restoreSettings(QSettings &settings)
{
    const WindowSettings::Restored restored = WindowSettings::restore(*this, settings);
    m_keepSettings = restored.keepAsTheyAre;
    m_commands->restore(settings);
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    updatePlaceholder();
    showCurrentStatus();
    if (!restored.problem.isEmpty())
        tellSettingsUnreadable(restored.problem);
    else if (!m_commands->restoreProblem().isEmpty())
        tellSettingsUnreadable(m_commands->restoreProblem());
}

void MainWindow::tellSettingsUnreadable(const QString &why)
{
    if (SessionTab *tab = currentSession())
        tab->sessionLog()->addEvent(LogEntry::Kind::Error, why);
    statusBar()->showMessage(why, 30000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_keepSettings) {
        QSettings settings;
        saveSettings(settings);
    }
    event->accept();
}
