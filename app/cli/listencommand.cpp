#include "listencommand.h"

#include "eventprinter.h"
#include "tcpserverbackend.h"

#include <QTimer>

ListenCommand::ListenCommand(const ListenOptions &options, EventPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(printer)
    , m_server(new TcpServerBackend(this))
    , m_timeout(new QTimer(this))
{
    // The backend refuses clients beyond the cap, and outside the allow-list, before reading
    // anything from them.
    m_server->setMaxConnections(m_options.maxClients);
    m_server->setAllowList(m_options.allowList);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &ListenCommand::handleTimeout);
    connect(m_server, &TcpServerBackend::listeningStarted, this,
            [this](const QHostAddress &address, quint16 port) {
                m_printer->listening(address, port);
            });
    connect(m_server, &TcpServerBackend::peerConnected, this, &ListenCommand::handlePeerConnected);
    connect(m_server, &TcpServerBackend::peerRefused, this, &ListenCommand::handlePeerRefused);
    connect(m_server, &TcpServerBackend::peerDisconnected, this,
            &ListenCommand::handlePeerDisconnected);
    connect(m_server, &TcpServerBackend::dataReceived, this, &ListenCommand::handleDataReceived);
    connect(m_server, &TcpServerBackend::dataSent, this, &ListenCommand::handleDataSent);
    connect(m_server, &TcpServerBackend::errorOccurred, this,
            [this](const QString &message) { m_printer->error(QString(), message); });
}

bool ListenCommand::start()
{
    if (!m_server->listen(m_options.bindAddress, m_options.port))
        return false;
    if (m_options.timeoutMs > 0)
        m_timeout->start(m_options.timeoutMs);
    return true;
}

void ListenCommand::handlePeerConnected(const PeerInfo &peer)
{
    m_printer->clientConnected(peer.id, peer.label());
}

void ListenCommand::handlePeerRefused(const QHostAddress &address, quint16 port,
                                      const QString &reason)
{
    const QString peer = formatEndpoint(address, port);
    if (!m_server->isAllowed(address))
        m_printer->notAllowed(peer);
    else if (m_options.maxClients > 0)
        m_printer->refused(peer, m_options.maxClients);
    else
        m_printer->refusedBySystem(peer, m_server->effectiveMaxConnections(), reason);
}

void ListenCommand::handlePeerDisconnected(const PeerInfo &peer, DisconnectReason reason,
                                           const QString &detail)
{
    m_printer->closed(peer.id, peer.label(), reason, detail);
    if (m_options.once)
        finish(0);
}

void ListenCommand::handleDataReceived(PeerId id, const QByteArray &data)
{
    // The answer leaves before anything is printed, so that printing never delays it; the output
    // still tells the events in the order they belong.
    m_answering = true;
    answer(id, data);
    m_answering = false;
    m_printer->received(id, m_server->peer(id).label(), data);
    for (const auto &[peer, bytes] : std::exchange(m_sentWhileAnswering, {}))
        m_printer->sent(m_server->peer(peer).label(), bytes);
}

void ListenCommand::answer(PeerId id, const QByteArray &data)
{
    if (m_finishing)
        return;
    switch (m_options.answer) {
    case ListenOptions::Answer::Echo: m_server->send(id, data); break;
    case ListenOptions::Answer::Fixed:
        if (!m_options.reply.isEmpty())
            m_server->send(id, m_options.reply);
        break;
    case ListenOptions::Answer::None: break;
    }
}

void ListenCommand::handleDataSent(PeerId id, const QByteArray &data)
{
    if (m_answering) {
        m_sentWhileAnswering.append({id, data});
        return;
    }
    m_printer->sent(m_server->peer(id).label(), data);
}

void ListenCommand::handleTimeout()
{
    m_printer->note(tr("stopping: the --timeout of %1 ms has passed").arg(m_options.timeoutMs));
    finish(0);
}

void ListenCommand::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_timeout->stop();
    // Closes the remaining connections, which reports each of them as closed.
    m_server->stop();
    emit finished(exitCode);
}
