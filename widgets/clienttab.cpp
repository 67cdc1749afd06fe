#include "clienttab.h"

#include "controls.h"
#include "logentry.h"
#include "sendpane.h"
#include "sessionlog.h"
#include "socketerrors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

ClientTab::ClientTab(QWidget *parent)
    : SessionTab(new TcpClientSession, parent)
    , m_client(static_cast<TcpClientSession *>(session()))
{
    buildLayout(buildTop());
    connect(m_connect, &QPushButton::clicked, this, &ClientTab::toggle);
    connect(m_host, &QLineEdit::returnPressed, this, &ClientTab::toggle);
    connect(m_port, &QLineEdit::returnPressed, this, &ClientTab::toggle);
    connect(m_client, &TcpClientSession::phaseChanged, this, &ClientTab::handlePhaseChanged);
    connect(m_client, &Session::channelOpened, this, &ClientTab::handleOpened);
    connect(m_client, &Session::channelClosed, this, &ClientTab::handleClosed);
    updateControls();
    showStatus(tr("Not connected. Enter a host and a port, then Connect."));
}

QLayout *ClientTab::buildTop()
{
    m_host = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_host->setMinimumWidth(m_host->fontMetrics().horizontalAdvance(u'0') * 16);
    m_port = new QLineEdit(QStringLiteral("8080"), this);
    Controls::fitPortField(m_port);
    m_connect = Controls::button(tr("Connect"),
                                 tr("Connect to the server, or close the "
                                    "connection"),
                                 this);
    auto *top = new QHBoxLayout;
    top->addWidget(Controls::labelFor(
            m_host, tr("Host"), tr("Host name, IPv4 address or IPv6 address of the server"), this));
    top->addWidget(m_host, 1);
    top->addWidget(
            Controls::labelFor(m_port, tr("Port"), tr("TCP port of the server, 1 to 65535"), this));
    top->addWidget(m_port);
    top->addWidget(m_connect);
    top->addWidget(echoBox());
    return top;
}

void ClientTab::toggle()
{
    using Phase = TcpClientSession::Phase;
    const Phase phase = m_client->phase();
    if (phase == Phase::Closing) {
        // The peer is not taking the last data; Cancel stops waiting for it.
        m_client->abort();
        return;
    }
    if (phase != Phase::Unconnected) {
        m_client->disconnectFromHost();
        if (phase == Phase::HostLookup || phase == Phase::Connecting) {
            const QString message = tr("Connection attempt cancelled.");
            showStatus(message);
            sessionLog()->addEvent(LogEntry::Kind::Info, message);
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
    m_client->connectToHost(m_host->text(), port);
}

void ClientTab::updateControls()
{
    handlePhaseChanged(m_client->phase());
}

void ClientTab::handlePhaseChanged(TcpClientSession::Phase phase)
{
    using Phase = TcpClientSession::Phase;
    const bool idle = phase == Phase::Unconnected;
    Controls::setText(m_connect, idle                        ? tr("Connect")
                                 : phase == Phase::Connected ? tr("Disconnect")
                                                             : tr("Cancel"));
    m_host->setEnabled(idle);
    m_port->setEnabled(idle);
    sendPane()->setTarget(phase == Phase::Connected, tr("Connect to a server to send."));
    const QString host = m_client->host();
    if (phase == Phase::HostLookup)
        showStatus(tr("Looking up %1…").arg(host));
    else if (phase == Phase::Connecting)
        showStatus(tr("Connecting to %1 port %2…").arg(host).arg(m_client->port()));
}

void ClientTab::handleOpened(const ChannelInfo &channel)
{
    showStatus(tr("Connected to %1 from %2").arg(channel.label(), channel.localLabel));
}

void ClientTab::handleClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail)
{
    const QString why = SocketErrors::reasonWithDetail(reason, detail);
    showStatus(tr("Disconnected from %1 (%2)").arg(channel.label(), why),
               reason == CloseReason::ResetByPeer || reason == CloseReason::Error);
}

std::optional<SendTarget> ClientTab::chooseTarget(bool)
{
    if (m_client->channelId() == 0) {
        showError(tr("Not connected: connect to a server before sending."));
        return std::nullopt;
    }
    // Connected, a refused write is reported by the session with its own reason.
    return SendTarget::to({m_client->channelId()});
}

void ClientTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("host"), m_host->text());
    settings.setValue(QStringLiteral("port"), m_port->text());
    SessionTab::saveSettings(settings);
}

void ClientTab::restoreSettings(QSettings &settings)
{
    const QString host = settings.value(QStringLiteral("host")).toString().trimmed();
    if (!host.isEmpty())
        m_host->setText(host);
    const QString port = settings.value(QStringLiteral("port")).toString();
    if (SocketErrors::checkPort(port, false, nullptr).isEmpty())
        m_port->setText(port.trimmed());
    SessionTab::restoreSettings(settings);
}
