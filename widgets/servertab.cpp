#include "servertab.h"

#include "controls.h"
#include "logmodel.h"
#include "logview.h"
#include "peereventlog.h"
#include "peerlistmodel.h"
#include "peerlistview.h"
#include "sendpane.h"
#include "serveroptionsdialog.h"
#include "socketerrors.h"
#include "systemlimits.h"
#include "tcpserverbackend.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
const QString kAnyAddress = QStringLiteral("any");
const QString kMaxConnectionsKey = QStringLiteral("maxConnections");
const QString kBacklogKey = QStringLiteral("backlog");
const QString kAllowListKey = QStringLiteral("allowList");

// A bracketed IPv6 literal, as people copy it from a URL, means the address inside.
QString withoutBrackets(const QString &text)
{
    return (text.startsWith(u'[') && text.endsWith(u']')) ? text.mid(1).chopped(1) : text;
}
} // namespace

ServerTab::ServerTab(QWidget *parent)
    : QWidget(parent)
    , m_backend(new TcpServerBackend(this))
    , m_log(new LogModel(this))
    , m_peerEvents(new PeerEventLog(m_log, this))
    , m_peers(new PeerListModel(m_backend, this))
{
    buildUi();
    connect(m_listen, &QPushButton::clicked, this, &ServerTab::toggleListening);
    connect(m_port, &QLineEdit::returnPressed, this, &ServerTab::toggleListening);
    connect(m_options, &QPushButton::clicked, this, &ServerTab::openOptions);
    connect(m_backend, &TcpServerBackend::listeningStarted, this,
            &ServerTab::handleListeningStarted);
    connect(m_backend, &TcpServerBackend::listeningStopped, this,
            &ServerTab::handleListeningStopped);
    connect(m_backend, &TcpServerBackend::peerConnected, this, &ServerTab::handlePeerConnected);
    connect(m_backend, &TcpServerBackend::peerRefused, this, &ServerTab::handlePeerRefused);
    connect(m_backend, &TcpServerBackend::peerDisconnected, this,
            &ServerTab::handlePeerDisconnected);
    connect(m_backend, &TcpServerBackend::dataReceived, this, &ServerTab::handleDataReceived);
    connect(m_backend, &TcpServerBackend::dataSent, this, &ServerTab::handleDataSent);
    connect(m_backend, &TcpServerBackend::errorOccurred, this, &ServerTab::showError);
    connect(m_sendPane, &SendPane::sendRequested, this, &ServerTab::sendToSelection);
    connect(m_sendPane, &SendPane::sendToAllRequested, this, &ServerTab::sendToAll);
    connect(m_sendPane, &SendPane::encodingChanged, m_log, &LogModel::setEncoding);
    connect(m_peerView, &PeerListView::disconnectRequested, this, &ServerTab::disconnectPeers);
    connect(m_peerView, &PeerListView::selectionChanged, this,
            &ServerTab::handlePeerSelectionChanged);
    updateControls();
}

void ServerTab::buildUi()
{
    m_address = new QComboBox(this);
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setMinimumContentsLength(22);
    fillAddresses();
    m_port = new QLineEdit(QStringLiteral("8080"), this);
    m_port->setMaximumWidth(90);
    m_listen = Controls::button(tr("Listen"), tr("Start or stop accepting connections"), this);
    m_options = Controls::button(tr("Options…"),
                                 tr("How many peers may connect at once, the listen backlog, "
                                    "and which peers may connect"),
                                 this);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(Controls::labelFor(m_address, tr("Address"),
                                      tr("Where to listen: all interfaces, loopback only, or "
                                         "one address of this computer"),
                                      this));
    top->addWidget(m_address);
    top->addWidget(Controls::labelFor(m_port, tr("Port"),
                                      tr("TCP port to listen on; 0 picks a free port"), this));
    top->addWidget(m_port);
    top->addWidget(m_listen);
    top->addWidget(m_options);
    top->addWidget(m_status, 1);

    m_logView = new LogView(m_log, this);
    m_peerView = new PeerListView(m_peers, this);
    m_sendPane = new SendPane(this);
    m_sendPane->setSendToAllVisible(true);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_logView);
    upper->addWidget(m_peerView);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 1);
    upper->setSizes({620, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(Controls::stackOverSendPane(upper, m_sendPane, this), 1);
}

void ServerTab::fillAddresses()
{
    m_address->addItem(tr("All interfaces (IPv4 + IPv6)"), kAnyAddress);
    m_address->addItem(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"));
    m_address->addItem(QStringLiteral("::1"), QStringLiteral("::1"));
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback())
            continue;
        m_address->addItem(address.toString(), address.toString());
    }
}

bool ServerTab::chosenAddress(QHostAddress *address)
{
    const QString text = m_address->currentText().trimmed();
    const int index = m_address->findText(text, Qt::MatchFixedString);
    const QString value = index >= 0 ? m_address->itemData(index).toString() : text;
    if (value == kAnyAddress) {
        *address = QHostAddress::Any;
        return true;
    }
    if (address->setAddress(withoutBrackets(value))) {
        const QString problem = SocketErrors::checkListenAddress(*address);
        if (problem.isEmpty())
            return true;
        showError(problem);
        return false;
    }
    showError(tr("\"%1\" is not an IP address. Choose an address from the list or type one of "
                 "this computer's addresses.")
                      .arg(text));
    return false;
}

void ServerTab::toggleListening()
{
    if (m_backend->isListening()) {
        m_backend->stop();
        return;
    }
    QHostAddress address;
    quint16 port = 0;
    const QString portError = SocketErrors::checkPort(m_port->text(), true, &port);
    if (!portError.isEmpty()) {
        showError(portError);
        return;
    }
    if (chosenAddress(&address))
        m_backend->listen(address, port);
}

void ServerTab::showError(const QString &message)
{
    Controls::showMessage(m_status, message, true);
    m_peerEvents->flush();
    m_log->addEvent(LogEntry::Kind::Error, {}, message);
    emit statusMessage(message);
}

void ServerTab::updateControls()
{
    const bool listening = m_backend->isListening();
    Controls::setText(m_listen, listening ? tr("Stop") : tr("Listen"));
    m_address->setEnabled(!listening);
    m_port->setEnabled(!listening);
    const int peers = m_backend->peerCount();
    m_sendPane->setTarget(peers > 0, listening ? tr("No peer is connected yet.")
                                               : tr("Start listening and wait for a peer to "
                                                    "connect."));
}

void ServerTab::handleListeningStarted(const QHostAddress &address, quint16 port)
{
    m_port->setText(QString::number(port));
    m_peerEvents->flush();
    m_log->addEvent(LogEntry::Kind::Listening, {}, listeningMessage(address, port));
    showListeningStatus();
    updateControls();
}

QString ServerTab::listeningMessage(const QHostAddress &address, quint16 port) const
{
    const QString where = TcpServerBackend::describeAddress(address);
    if (m_backend->allowList().isEmpty())
        return tr("Listening on %1, port %2").arg(where).arg(port);
    return tr("Listening on %1, port %2 — only allowed peers").arg(where).arg(port);
}

void ServerTab::showListeningStatus()
{
    const QString message = listeningMessage(m_backend->listenAddress(), m_backend->listenPort());
    Controls::showMessage(m_status, message, false);
    emit statusMessage(message);
}

void ServerTab::openOptions()
{
    ServerOptionsDialog::Options current;
    current.maxConnections = m_backend->maxConnections();
    current.backlog = m_backend->backlog();
    current.allowList = m_backend->allowList();
    auto *dialog = new ServerOptionsDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ServerOptionsDialog::Options chosen = dialog->options();
        const bool allowListChanged = chosen.allowList != m_backend->allowList();
        m_backend->setMaxConnections(chosen.maxConnections);
        m_backend->setBacklog(chosen.backlog);
        m_backend->setAllowList(chosen.allowList);
        if (allowListChanged && m_backend->isListening())
            showListeningStatus();
    });
    dialog->open();
}

void ServerTab::handlePeerRefused(const QHostAddress &address, quint16 port, const QString &reason)
{
    const QString peer = formatEndpoint(address, port);
    // Keeping out who is not on the allow-list is what the user asked for; hitting the limit
    // means peers who were meant to be served are not.
    const LogEntry::Kind kind =
            m_backend->isAllowed(address) ? LogEntry::Kind::Error : LogEntry::Kind::Info;
    m_peerEvents->flush();
    m_log->addEvent(kind, peer, tr("Refused %1: %2", "peer, reason").arg(peer, reason));
}

void ServerTab::handleListeningStopped()
{
    m_chosenPeers.clear();
    const QString message = tr("Stopped listening");
    Controls::showMessage(m_status, message, false);
    m_peerEvents->flush();
    m_log->addEvent(LogEntry::Kind::Stopped, {}, message);
    emit statusMessage(message);
    updateControls();
}

void ServerTab::handlePeerConnected(const PeerInfo &peer)
{
    m_peerEvents->connected(peer.label());
    if (m_backend->peerCount() == 1)
        updateControls();
}

void ServerTab::handlePeerDisconnected(const PeerInfo &peer, DisconnectReason reason,
                                       const QString &detail)
{
    m_log->endStreams(peer.label());
    const QString why = SocketErrors::reasonWithDetail(reason, detail);
    m_peerEvents->disconnected(peer.label(), why);
    if (m_backend->peerCount() == 0)
        updateControls();
}

void ServerTab::handleDataReceived(PeerId id, const QByteArray &data)
{
    m_peerEvents->flush();
    m_log->addData(LogEntry::Kind::Received, m_backend->peer(id).label(), data);
}

void ServerTab::handleDataSent(PeerId id, const QByteArray &data)
{
    if (m_sendingToMany.active) {
        m_sendingToMany.reached.append(id);
        return;
    }
    m_peerEvents->flush();
    m_log->addData(LogEntry::Kind::Sent, m_backend->peer(id).label(), data);
}

void ServerTab::handlePeerSelectionChanged()
{
    const QList<PeerId> selected = m_peerView->selectedPeers();
    if (!selected.isEmpty()) {
        m_chosenPeers = selected;
        return;
    }
    // The rows of chosen peers that disconnect leave the selection. They stay chosen, so that
    // Send reports them gone instead of going to every other peer; peers the user deselected
    // do not.
    QList<PeerId> departed;
    for (PeerId id : std::as_const(m_chosenPeers)) {
        if (!m_backend->hasPeer(id))
            departed.append(id);
    }
    m_chosenPeers = departed;
}

void ServerTab::sendToSelection(const QByteArray &payload)
{
    if (m_chosenPeers.isEmpty()) {
        sendToAll(payload);
        return;
    }
    if (sendToPeers(m_chosenPeers, payload) == 0) {
        // Told once; after this the empty selection means every peer, as the user sees it.
        m_chosenPeers = m_peerView->selectedPeers();
        showError(tr("Nothing was sent: the selected peers are no longer connected."));
    }
}

void ServerTab::sendToAll(const QByteArray &payload)
{
    if (sendToPeers(m_backend->peerIds(), payload) == 0)
        showError(tr("Nothing was sent: no peer is connected."));
}

int ServerTab::sendToPeers(const QList<PeerId> &ids, const QByteArray &payload)
{
    // A send to a few peers logs an entry for each, so the log says who got it; to more, one
    // entry for the whole send (see handleDataSent()).
    m_sendingToMany = {true, {}};
    const int sent = m_backend->send(ids, payload);
    const QList<PeerId> reached = std::exchange(m_sendingToMany, {}).reached;
    if (reached.size() <= kSeparateSendEntries) {
        for (PeerId id : reached)
            handleDataSent(id, payload);
    } else {
        m_peerEvents->flush();
        const int count = int(reached.size());
        const QString label = tr("[%n peer(s)]", nullptr, count);
        m_log->addSentToMany(label, payload, count);
        m_log->endStreams(label); // each such send stands alone
    }
    return sent;
}

void ServerTab::disconnectPeers(const QList<PeerId> &peers)
{
    for (PeerId id : peers) {
        m_chosenPeers.removeOne(id); // the user knows these are gone
        m_backend->disconnectPeer(id);
    }
}

void ServerTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("address"), m_address->currentText());
    settings.setValue(QStringLiteral("port"), m_port->text());
    settings.setValue(kMaxConnectionsKey, m_backend->maxConnections());
    settings.setValue(kBacklogKey, m_backend->backlog());
    settings.setValue(kAllowListKey, TcpServerBackend::formatAllowList(m_backend->allowList()));
    m_sendPane->saveSettings(settings);
    m_logView->saveSettings(settings);
}

void ServerTab::restoreSettings(QSettings &settings)
{
    const QString address = settings.value(QStringLiteral("address")).toString().trimmed();
    // Only an item of the list or an IP address; anything else could never be listened on.
    if (m_address->findText(address, Qt::MatchFixedString) >= 0 ||
        !QHostAddress(withoutBrackets(address)).isNull())
        m_address->setCurrentText(address);
    const QString port = settings.value(QStringLiteral("port")).toString();
    if (SocketErrors::checkPort(port, true, nullptr).isEmpty())
        m_port->setText(port.trimmed());
    // Values that do not read back as valid (edited by hand, or from elsewhere) are ignored.
    bool ok = false;
    const int maxConnections = settings.value(kMaxConnectionsKey).toString().toInt(&ok);
    if (ok && maxConnections >= 0 && maxConnections <= SystemLimits::kMaxConnectionsCeiling)
        m_backend->setMaxConnections(maxConnections);
    const int backlog = settings.value(kBacklogKey).toString().toInt(&ok);
    if (ok && backlog >= 1 && backlog <= ServerOptionsDialog::kMaxBacklog)
        m_backend->setBacklog(backlog);
    SubnetList allowList;
    if (TcpServerBackend::parseAllowList(settings.value(kAllowListKey).toString(), &allowList,
                                         nullptr))
        m_backend->setAllowList(allowList);
    m_sendPane->restoreSettings(settings);
    m_logView->restoreSettings(settings);
}
