#include "servertab.h"

#include "bindfields.h"
#include "channellistview.h"
#include "controls.h"
#include "logentry.h"
#include "sendpane.h"
#include "serveroptionsdialog.h"
#include "sessionlog.h"
#include "settingsvalues.h"
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
    connect(m_bind, &BindFields::accepted, this, &ServerTab::toggle);
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
    m_bind = new BindFields(tr("Where to listen: all interfaces, loopback only, or one address "
                               "of this computer"),
                            tr("TCP port to listen on; 0 picks a free port"), this);
    m_listen = Controls::button(tr("Listen"), tr("Start or stop accepting connections"), this);
    m_options = Controls::button(tr("Options…"),
                                 tr("How many peers may connect at once, the listen backlog, "
                                    "and which peers may connect"),
                                 this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_bind, 1);
    top->addWidget(m_listen);
    top->addWidget(m_options);
    top->addWidget(echoBox());
    return top;
}

void ServerTab::toggle()
{
    if (m_server->isListening()) {
        m_server->close();
        return;
    }
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!m_bind->read(&address, &port, false, &error)) {
        showError(error);
        return;
    }
    m_server->listen(address, port);
}

void ServerTab::updateControls()
{
    const bool listening = m_server->isListening();
    Controls::setText(m_listen, listening ? tr("Stop") : tr("Listen"));
    m_bind->setEnabled(!listening);
    sendPane()->setTarget(listening && m_server->channelCount() > 0,
                          listening ? tr("No peer is connected yet.")
                                    : tr("Start listening and wait for a peer to connect."));
}

void ServerTab::handleStateChanged(Session::State state)
{
    if (state == Session::State::Open) {
        m_bind->showOpen(m_server->listenPort());
        const QString message = listeningMessage();
        sessionLog()->addEvent(LogEntry::Kind::Listening, message);
        showStatus(message);
    } else if (state == Session::State::Closed) {
        m_bind->showClosed();
        const QString message = tr("Stopped listening");
        sessionLog()->addEvent(LogEntry::Kind::Stopped, message);
        showStatus(message);
    }
    updateControls();
}

QString ServerTab::listeningMessage() const
{
    const QString where = SocketErrors::describeBindAddress(m_server->listenAddress());
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

std::optional<SendTarget> ServerTab::chooseTarget(bool toAll)
{
    const QList<ChannelId> chosen = chosenChannels();
    return toAll || chosen.isEmpty() ? SendTarget::all() : SendTarget::to(chosen);
}

QString ServerTab::nothingSentMessage(const SendTarget &target) const
{
    return target.kind == SendTarget::Kind::Channels
                   ? tr("Nothing was sent: the selected peers are no longer connected.")
                   : tr("Nothing was sent: no peer is connected.");
}

void ServerTab::saveSettings(QSettings &settings) const
{
    m_bind->save(settings, kAddressKey, kPortKey);
    settings.setValue(kMaxConnectionsKey, m_server->maxConnections());
    settings.setValue(kBacklogKey, m_server->backlog());
    settings.setValue(kAllowListKey, AllowList::format(m_server->allowList()));
    SessionTab::saveSettings(settings);
}

void ServerTab::restoreSettings(QSettings &settings)
{
    m_bind->restore(settings, kAddressKey, kPortKey);
    // Values that do not read back as valid (edited by hand, or from elsewhere) are ignored.
    if (const auto maxConnections = SettingsValues::readInt(settings, kMaxConnectionsKey, 0,
                                                            SystemLimits::kMaxConnectionsCeiling))
        m_server->setMaxConnections(*maxConnections);
    if (const auto backlog =
                SettingsValues::readInt(settings, kBacklogKey, 1, ServerOptionsDialog::kMaxBacklog))
        m_server->setBacklog(*backlog);
    SubnetList allowList;
    if (AllowList::parse(settings.value(kAllowListKey).toString(), &allowList, nullptr))
        m_server->setAllowList(allowList);
    SessionTab::restoreSettings(settings);
}
