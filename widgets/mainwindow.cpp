#include "mainwindow.h"

#include "clienttab.h"
#include "logview.h"
#include "servertab.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace {
constexpr int kSettingsVersion = 1;
constexpr int kStatusTimeoutMs = 15000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_server(new ServerTab(this))
    , m_client(new ClientTab(this))
{
    setWindowTitle(tr("NetDebug"));
    m_server->setAccessibleName(tr("TCP Server"));
    m_client->setAccessibleName(tr("TCP Client"));
    m_tabs->addTab(m_server, tr("TCP Server"));
    m_tabs->addTab(m_client, tr("TCP Client"));
    m_tabs->setTabToolTip(0, tr("Listen for connections and talk to the peers that connect"));
    m_tabs->setTabToolTip(1, tr("Connect to a server and talk to it"));
    setCentralWidget(m_tabs);
    buildMenus();
    statusBar()->showMessage(tr("Ready"));
    connect(m_server, &ServerTab::statusMessage, this, &MainWindow::showStatus);
    connect(m_client, &ClientTab::statusMessage, this, &MainWindow::showStatus);
    resize(1000, 700);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save Log…"), this, &MainWindow::saveCurrentLog);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    QAction *listen =
            connection->addAction(tr("&Listen / Stop"), m_server, &ServerTab::toggleListening);
    listen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *connectAction = connection->addAction(tr("C&onnect / Disconnect"), m_client,
                                                   &ClientTab::toggleConnection);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connection->addSeparator();
    QAction *serverTab = connection->addAction(tr("&Server Tab"), this,
                                               [this] { m_tabs->setCurrentWidget(m_server); });
    serverTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *clientTab = connection->addAction(tr("Clien&t Tab"), this,
                                               [this] { m_tabs->setCurrentWidget(m_client); });
    clientTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NetDebug"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, kStatusTimeoutMs);
}

void MainWindow::saveCurrentLog()
{
    if (m_tabs->currentWidget() == m_client)
        m_client->logView()->saveWithDialog();
    else
        m_server->logView()->saveWithDialog();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NetDebug"),
                       tr("<p><b>NetDebug %1</b></p><p>A network debugging assistant: a TCP "
                          "server and client for sending exact bytes as text or hex and reading "
                          "what comes back in UTF-8, GBK and other encodings.</p>")
                               .arg(QApplication::applicationVersion()));
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("version"), kSettingsVersion);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("currentTab"), m_tabs->currentIndex());
    settings.beginGroup(QStringLiteral("server"));
    m_server->saveSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("client"));
    m_client->saveSettings(settings);
    settings.endGroup();
}

void MainWindow::restoreSettings(QSettings &settings)
{
    // Settings written by a newer version may mean something else: start from defaults.
    if (settings.value(QStringLiteral("version"), kSettingsVersion).toInt() > kSettingsVersion)
        return;
    const QRect defaultGeometry = geometry();
    if (restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // Qt takes a geometry saved on a screen as wide as this one even when the window would
        // be far larger than the screen, or off it; such a window is out of reach.
        const QRect available = screen()->availableVirtualGeometry();
        if (width() > available.width() || height() > available.height() ||
            !available.intersects(geometry())) {
            setWindowState(Qt::WindowNoState);
            setGeometry(defaultGeometry);
        }
    }
    const int tab = settings.value(QStringLiteral("currentTab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    settings.beginGroup(QStringLiteral("server"));
    m_server->restoreSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("client"));
    m_client->restoreSettings(settings);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    saveSettings(settings);
    event->accept();
}
