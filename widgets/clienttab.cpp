#include "clienttab.h"

#include "controls.h"
#include "logmodel.h"
#include "logview.h"
#include "sendpane.h"
#include "socketerrors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

ClientTab::ClientTab(QWidget *parent)
    : QWidget(parent)
    , m_backend(new TcpClientBackend(this))
    , m_log(new LogModel(this))
{
    buildUi();
    connect(m_connect, &QPushButton::clicked, this, &ClientTab::toggleConnection);
    connect(m_host, &QLineEdit::returnPressed, this, &ClientTab::toggleConnection);
    connect(m_port, &QLineEdit::returnPressed, this, &ClientTab::toggleConnection);
    connect(m_backend, &TcpClientBackend::stateChanged, this, &ClientTab::handleStateChanged);
    connect(m_backend, &TcpClientBackend::connected, this, &ClientTab::handleConnected);
    connect(m_backend, &TcpClientBackend::disconnected, this, &ClientTab::handleDisconnected);
    connect(m_backend, &TcpClientBackend::dataReceived, this, &ClientTab::handleDataReceived);
    connect(m_backend, &TcpClientBackend::dataSent, this, &ClientTab::handleDataSent);
    connect(m_backend, &TcpClientBackend::errorOccurred, this, &ClientTab::showError);
    connect(m_sendPane, &SendPane::sendRequested, m_backend, &TcpClientBackend::send);
    connect(m_sendPane, &SendPane::encodingChanged, m_log, &LogModel::setEncoding);
    handleStateChanged(TcpClientBackend::State::Unconnected);
}

void ClientTab::buildUi()
{
    m_host = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_host->setMinimumWidth(180);
    m_port = new QLineEdit(QStringLiteral("8080"), this);
    m_port->setMaximumWidth(90);
    m_connect = Controls::button(tr("Connect"),
                                 tr("Connect to the server, or close the "
                                    "connection"),
                                 this);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(Controls::labelFor(
            m_host, tr("Host"), tr("Host name, IPv4 address or IPv6 address of the server"), this));
    top->addWidget(m_host);
    top->addWidget(
            Controls::labelFor(m_port, tr("Port"), tr("TCP port of the server, 1 to 65535"), this));
    top->addWidget(m_port);
    top->addWidget(m_connect);
    top->addWidget(m_status, 1);

    m_logView = new LogView(m_log, this);
    m_sendPane = new SendPane(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(Controls::stackOverSendPane(m_logView, m_sendPane, this), 1);
}

void ClientTab::toggleConnection()
{
    using State = TcpClientBackend::State;
    const State state = m_backend->state();
    if (state == State::Closing) {
        // The peer is not taking the last data; Cancel stops waiting for it.
        m_backend->abort();
        return;
    }
    if (state != State::Unconnected) {
        m_backend->disconnectFromHost();
        if (state == State::HostLookup || state == State::Connecting) {
            const QString message = tr("Connection attempt cancelled.");
            showStatus(message);
            m_log->addEvent(LogEntry::Kind::Info, {}, message);
        }
        return;
    }
    quint16 port = 0;
    const QString portError = SocketErrors::checkPort(m_port->text(), false, &port);
    if (!portError.isEmpty()) {
        showError(portError);
        return;
    }
    if (m_host->text().trimmed().isEmpty()) {
        showError(tr("Enter a host name or an IP address to connect to."));
        return;
    }
    m_backend->connectToHost(m_host->text(), port);
}

void ClientTab::showError(const QString &message)
{
    Controls::showMessage(m_status, message, true);
    m_log->addEvent(LogEntry::Kind::Error, m_peer, message);
    emit statusMessage(message);
}

void ClientTab::showStatus(const QString &message)
{
    Controls::showMessage(m_status, message, false);
    emit statusMessage(message);
}

void ClientTab::handleStateChanged(TcpClientBackend::State state)
{
    using State = TcpClientBackend::State;
    const bool idle = state == State::Unconnected;
    Controls::setText(m_connect, idle                        ? tr("Connect")
                                 : state == State::Connected ? tr("Disconnect")
                                                             : tr("Cancel"));
    m_host->setEnabled(idle);
    m_port->setEnabled(idle);
    m_sendPane->setTarget(state == State::Connected, tr("Connect to a server to send."));
    const QString host = m_host->text().trimmed();
    if (state == State::HostLookup)
        showStatus(tr("Looking up %1…").arg(host));
    else if (state == State::Connecting)
        showStatus(tr("Connecting to %1 port %2…").arg(host, m_port->text().trimmed()));
}

void ClientTab::handleConnected(const QString &peer, const QString &local)
{
    m_peer = peer;
    const QString message = tr("Connected to %1 from %2").arg(peer, local);
    showStatus(message);
    m_log->addEvent(LogEntry::Kind::Connected, peer, message);
}

void ClientTab::handleDisconnected(DisconnectReason reason, const QString &detail)
{
    m_log->endStreams(m_peer);
    const QString why = SocketErrors::reasonWithDetail(reason, detail);
    const QString message = tr("Disconnected from %1 (%2)").arg(m_peer, why);
    m_log->addEvent(LogEntry::Kind::Disconnected, m_peer, message);
    Controls::showMessage(m_status, message,
                          reason == DisconnectReason::ResetByPeer ||
                                  reason == DisconnectReason::Error);
    emit statusMessage(message);
    m_peer.clear();
}

void ClientTab::handleDataReceived(const QByteArray &data)
{
    m_log->addData(LogEntry::Kind::Received, m_peer, data);
}

void ClientTab::handleDataSent(const QByteArray &data)
{
    m_log->addData(LogEntry::Kind::Sent, m_peer, data);
}

void ClientTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("host"), m_host->text());
    settings.setValue(QStringLiteral("port"), m_port->text());
    m_sendPane->saveSettings(settings);
    m_logView->saveSettings(settings);
}

void ClientTab::restoreSettings(QSettings &settings)
{
    const QString host = settings.value(QStringLiteral("host")).toString().trimmed();
    if (!host.isEmpty())
        m_host->setText(host);
    const QString port = settings.value(QStringLiteral("port")).toString();
    if (SocketErrors::checkPort(port, false, nullptr).isEmpty())
        m_port->setText(port.trimmed());
    m_sendPane->restoreSettings(settings);
    m_logView->restoreSettings(settings);
}
