#include "servertab.h"

#include "addresscombo.h"
#include "channellistview.h"
#include "controls.h"
#include "logentry.h"
#include "sendpane.h"
#include "serveroptionsdialog.h"
#include "sessionlog.h"
#include "socketerrors.h"
#include "systemlimits.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace {
const QString kAddressKey = QStringLiteral("address");
const QString kPortKey = QStringLiteral("port");
const QString kMaxConnectionsKey = QStringLiteral("maxConnections");
const QString kBacklogKey = QStringLiteral("backlog");
const QString kAllowListKey = QStringLiteral("allowList");
} // namespace

ServerTab::ServerTab(QWidget *parent)
    : SessionTab(new TcpServerSession, parent)
    , m_server(static_cast<TcpServerSession *>(session()))
{
    buildLayout(buildTop());
    sendPane()->setSendToAllVisible(true);
    connect(m_listen, &QPushButton::clicked, this, &ServerTab::toggle);
    connect(m_port, &QLineEdit::returnPressed, this, &ServerTab::toggle);
    connect(m_options, &QPushButton::clicked, this, &ServerTab::openOptions);
    connect(m_server, &Session::stateChanged, this, &ServerTab::handleStateChanged);
    connect(m_server, &TcpServerSession::peerRefused, this, &ServerTab::handlePeerRefused);
    connect(m_server, &Session::channelOpened, this, [this] {
        if (m_server->channelCount() == 1)
            updateControls();
    });
    connect(m_server, &Session::channelClosed, this, [this] {
        if (m_server->channelCount() == 0)
            updateControls();
    });
    updateControls();
    showStatus(tr("Not listening. Choose an address and a port, then Listen."));
}

QLayout *ServerTab::buildTop()
{
    m_address = new AddressCombo(this);
    m_port = new QLineEdit(QStringLiteral("8080"), this);
    Controls::fitPortField(m_port);
    m_listen = Controls::button(tr("Listen"), tr("Start or stop accepting connections"), this);
    m_options = Controls::button(tr("Options…"),
                                 tr("How many peers may connect at once, the listen backlog, "
                                    "and which peers may connect"),
                                 this);
    auto *top = new QHBoxLayout;
    top->addWidget(Controls::labelFor(m_address, tr("Address"),
                                      tr("Where to listen: all interfaces, loopback only, or "
                                         "one address of this computer"),
                                      this));
    top->addWidget(m_address, 1);
    top->addWidget(Controls::labelFor(m_port, tr("Port"),
                                      tr("TCP port to listen on; 0 picks a free port"), this));
    top->addWidget(m_port);
    top->addWidget(m_listen);
    top->addWidget(m_options);
    top->addWidget(echoBox());
    return top;
}

bool ServerTab::chosenAddress(QHostAddress *address)
{
    QString error;
    if (!m_address->chosenAddress(address, &error)) {
        showError(error);
        return false;
    }
    const QString problem = SocketErrors::checkListenAddress(*address);
    if (!problem.isEmpty())
        showError(problem);
    return problem.isEmpty();
}

void ServerTab::toggle()
{
    if (m_server->isListening()) {
        m_server->close();
        return;
    }
    QHostAddress address;
    quint16 port = 0;
    const QString portError = SocketErrors::checkPort(m_port->text(), true, &port);
    if (!portError.isEmpty()) {
        showError(portError);
        return;
    }
    if (!chosenAddress(&address))
        return;
    m_requestedPort = m_port->text().trimmed();
    m_server->listen(address, port);
}

void ServerTab::updateControls()
{
    const bool listening = m_server->isListening();
    Controls::setText(m_listen, listening ? tr("Stop") : tr("Listen"));
    m_address->setEnabled(!listening);
    m_port->setEnabled(!listening);
    sendPane()->setTarget(m_server->channelCount() > 0,
                          listening ? tr("No peer is connected yet.")
                                    : tr("Start listening and wait for a peer to connect."));
}

void ServerTab::handleStateChanged(Session::State state)
{
    if (state == Session::State::Open) {
        // The port it got, while it listens; the one asked for comes back when it stops.
        m_port->setText(QString::number(m_server->listenPort()));
        const QString message = listeningMessage();
        sessionLog()->addEvent(LogEntry::Kind::Listening, message);
        showStatus(message);
    } else if (state == Session::State::Closed) {
        if (!m_requestedPort.isEmpty())
            m_port->setText(std::exchange(m_requestedPort, QString()));
        const QString message = tr("Stopped listening");
        sessionLog()->addEvent(LogEntry::Kind::Stopped, message);
        showStatus(message);
    }
    updateControls();
}

QString ServerTab::listeningMessage() const
{
    const QString where = TcpServerSession::describeAddress(m_server->listenAddress());
    const quint16 port = m_server->listenPort();
    if (m_server->allowList().isEmpty())
        return tr("Listening on %1, port %2").arg(where).arg(port);
    return tr("Listening on %1, port %2 — only allowed peers").arg(where).arg(port);
}

void ServerTab::openOptions()
{
    ServerOptionsDialog::Options current;
    current.maxConnections = m_server->maxConnections();
    current.backlog = m_server->backlog();
    current.allowList = m_server->allowList();
    auto *dialog = new ServerOptionsDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ServerOptionsDialog::Options chosen = dialog->options();
        const bool allowListChanged = chosen.allowList != m_server->allowList();
        m_server->setMaxConnections(chosen.maxConnections);
        m_server->setBacklog(chosen.backlog);
        m_server->setAllowList(chosen.allowList);
        if (allowListChanged && m_server->isListening())
            showStatus(listeningMessage());
    });
    dialog->open();
}

void ServerTab::handlePeerRefused(const QHostAddress &address, quint16 port,
                                  TcpServerSession::Refusal refusal, const QString &reason)
{
    const QString peer = formatEndpoint(address, port);
    // Keeping out who is not on the allow-list is what the user asked for; hitting the limit
    // means peers who were meant to be served are not.
    const LogEntry::Kind kind = refusal == TcpServerSession::Refusal::NotAllowed
                                        ? LogEntry::Kind::Info
                                        : LogEntry::Kind::Error;
    sessionLog()->addEvent(kind, tr("Refused %1: %2", "peer, reason").arg(peer, reason));
}

void ServerTab::send(const QByteArray &payload)
{
    const QList<ChannelId> chosen = chosenChannels();
    if (chosen.isEmpty()) {
        sendToAll(payload);
        return;
    }
    if (m_server->send(chosen, payload) == 0) {
        forgetDepartedChoice();
        showError(tr("Nothing was sent: the selected peers are no longer connected."));
    }
}

void ServerTab::sendToAll(const QByteArray &payload)
{
    if (m_server->sendToAll(payload) == 0)
        showError(tr("Nothing was sent: no peer is connected."));
}

void ServerTab::saveSettings(QSettings &settings) const
{
    settings.setValue(kAddressKey, m_address->value());
    settings.setValue(kPortKey, m_requestedPort.isEmpty() ? m_port->text() : m_requestedPort);
    settings.setValue(kMaxConnectionsKey, m_server->maxConnections());
    settings.setValue(kBacklogKey, m_server->backlog());
    settings.setValue(kAllowListKey, AllowList::format(m_server->allowList()));
    SessionTab::saveSettings(settings);
}

void ServerTab::restoreSettings(QSettings &settings)
{
    // A value of the list or an IP address; anything else could never be listened on.
    m_address->setValue(settings.value(kAddressKey).toString());
    const QString port = settings.value(kPortKey).toString();
    if (SocketErrors::checkPort(port, true, nullptr).isEmpty())
        m_port->setText(port.trimmed());
    // Values that do not read back as valid (edited by hand, or from elsewhere) are ignored.
    bool ok = false;
    const int maxConnections = settings.value(kMaxConnectionsKey).toString().toInt(&ok);
    if (ok && maxConnections >= 0 && maxConnections <= SystemLimits::kMaxConnectionsCeiling)
        m_server->setMaxConnections(maxConnections);
    const int backlog = settings.value(kBacklogKey).toString().toInt(&ok);
    if (ok && backlog >= 1 && backlog <= ServerOptionsDialog::kMaxBacklog)
        m_server->setBacklog(backlog);
    SubnetList allowList;
    if (AllowList::parse(settings.value(kAllowListKey).toString(), &allowList, nullptr))
        m_server->setAllowList(allowList);
    SessionTab::restoreSettings(settings);
}
