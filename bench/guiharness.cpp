#include "guiharness.h"

#include "channellistview.h"
#include "clienttab.h"
#include "mainwindow.h"
#include "periodicsender.h"
#include "sendpane.h"
#include "servertab.h"
#include "systemlimits.h"
#include "tcpserversession.h"
#include "udptab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace Harness {

void prepareGuiProcess()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    SystemLimits::prepareForManyConnections();
}

void tell(const char *tag, const QJsonObject &fields)
{
    const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    std::printf("%s %s\n", tag, json.constData());
    std::fflush(stdout);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    // Coarse on purpose: times are taken where things happen, not by this poll.
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Harness

StdinLines::StdinLines(QObject *parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinLines::handleActivated);
}

void StdinLines::handleActivated()
{
    char chunk[1024];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier->setEnabled(false); // the driver has gone; the watchdogs end the child
        return;
    }
    m_buffer.append(chunk, n);
    for (qsizetype end; (end = m_buffer.indexOf('\n')) >= 0;) {
        m_lines.append(QString::fromUtf8(m_buffer.left(end)));
        m_buffer.remove(0, end + 1);
    }
}

BenchWindow::BenchWindow()
    : m_window(std::make_unique<MainWindow>())
{
    m_window->show();
}

BenchWindow::~BenchWindow() = default;

template<typename T>
T *BenchWindow::find(const QString &accessibleName, QWidget *tab) const
{
    QWidget *root = tab ? tab : static_cast<QWidget *>(server());
    const QList<T *> candidates = root->findChildren<T *>();
    for (T *widget : candidates) {
        if (widget->accessibleName() == accessibleName && widget->isVisibleTo(root))
            return widget;
    }
    return nullptr;
}

ServerTab *BenchWindow::server() const
{
    return m_window->serverTab();
}

UdpTab *BenchWindow::udp() const
{
    return m_window->udpTab();
}

ClientTab *BenchWindow::client() const
{
    return m_window->clientTab();
}

QAbstractItemModel *BenchWindow::peerModel() const
{
    return server()->channelView()->tableView()->model();
}

quint16 BenchWindow::listen()
{
    ServerTab *tab = server();
    auto *address = find<QComboBox>(QStringLiteral("Address"));
    auto *port = find<QLineEdit>(QStringLiteral("Port"));
    auto *button = find<QPushButton>(QStringLiteral("Listen"));
    if (!address || !port || !button)
        return 0;
    address->setCurrentText(QStringLiteral("127.0.0.1"));
    port->setText(QStringLiteral("0"));
    button->click();
    return tab->server()->isListening() ? tab->server()->listenPort() : 0;
}

quint16 BenchWindow::openUdp()
{
    UdpTab *tab = udp();
    m_window->tabs()->setCurrentWidget(tab);
    auto *address = find<QComboBox>(QStringLiteral("Address"), tab);
    auto *port = find<QLineEdit>(QStringLiteral("Port"), tab);
    auto *button = find<QPushButton>(QStringLiteral("Open"), tab);
    if (!address || !port || !button)
        return 0;
    address->setCurrentText(QStringLiteral("127.0.0.1"));
    port->setText(QStringLiteral("0"));
    button->click();
    return tab->udp()->state() == Session::State::Open ? tab->udp()->localPort() : 0;
}

bool BenchWindow::connectClient(quint16 port)
{
    ClientTab *tab = client();
    if (!tab)
        return false;
    m_window->tabs()->setCurrentWidget(tab);
    auto *host = find<QLineEdit>(QStringLiteral("Host"), tab);
    auto *portField = find<QLineEdit>(QStringLiteral("Port"), tab);
    auto *button = find<QPushButton>(QStringLiteral("Connect"), tab);
    if (!host || !portField || !button)
        return false;
    host->setText(QStringLiteral("127.0.0.1"));
    portField->setText(QString::number(port));
    button->click();
    return Harness::waitUntil([tab] { return tab->client()->channelId() != 0; }, 10000);
}

bool BenchWindow::disconnectClient()
{
    ClientTab *tab = client();
    auto *button = find<QPushButton>(QStringLiteral("Disconnect"), tab);
    if (!button)
        return false;
    button->click();
    return Harness::waitUntil(
            [tab] { return tab->client()->phase() == TcpClientSession::Phase::Unconnected; },
            60000);
}

bool BenchWindow::startSeries(const QString &text, int intervalMs, int count)
{
    ClientTab *tab = client();
    SendPane *pane = tab->sendPane();
    auto *repeat = find<QCheckBox>(QStringLiteral("Repeat"), tab);
    auto *interval = find<QSpinBox>(QStringLiteral("Interval"), tab);
    auto *countField = find<QSpinBox>(QStringLiteral("Count"), tab);
    auto *button = find<QPushButton>(QStringLiteral("Send"), tab);
    if (!repeat || !interval || !countField || !button)
        return false;
    PayloadSpec spec;
    spec.text = text;
    pane->setSpec(spec);
    if (!repeat->isChecked())
        repeat->click();
    interval->setValue(intervalMs);
    countField->setValue(count);
    if (pane->payload().bytes != text.toUtf8() || !button->isEnabled())
        return false;
    button->click();
    // A series whose first send went has started, even one that has ended since.
    return tab->periodicSender()->sentCount() > 0;
}

bool BenchWindow::setHexDisplay(bool hex, QWidget *tab)
{
    auto *box = find<QCheckBox>(QStringLiteral("Hex display"), tab);
    if (!box)
        return false;
    if (box->isChecked() != hex)
        box->click();
    return box->isChecked() == hex;
}

bool BenchWindow::pauseDisplay()
{
    auto *button = find<QPushButton>(QStringLiteral("Pause"));
    if (!button)
        return false;
    button->click();
    return button->isChecked();
}

bool BenchWindow::sendToAll(const QString &text)
{
    SendPane *pane = server()->sendPane();
    auto *button = find<QPushButton>(QStringLiteral("Send to all"));
    pane->setPayloadText(text);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}
