#include "tcpserverbackend.h"

#include "socketerrors.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cerrno>
#include <utility>

namespace {
constexpr int kCloseGraceMs = 3000;
}

TcpServerBackend::TcpServerBackend(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    // The kernel's backlog holds connections beyond this; a generous queue lets a connect storm
    // be drained in one pass instead of 30 at a time.
    m_server->setMaxPendingConnections(4096);
    connect(m_server, &QTcpServer::newConnection, this, &TcpServerBackend::handleNewConnections);
    connect(m_server, &QTcpServer::acceptError, this, &TcpServerBackend::handleAcceptError);
}

TcpServerBackend::~TcpServerBackend()
{
    // Sockets are children; silence them so no signal reaches a half-destroyed listener.
    for (Connection &connection : m_peers)
        connection.socket->disconnect(this);
}

bool TcpServerBackend::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening())
        stop();
    m_server->setListenBacklogSize(m_backlog);
    if (!m_server->listen(address, port)) {
        emit errorOccurred(SocketErrors::listenError(
                m_server->serverError(), m_server->errorString(), describeAddress(address), port));
        return false;
    }
    emit listeningStarted(m_server->serverAddress(), m_server->serverPort());
    return true;
}

void TcpServerBackend::stop()
{
    const bool wasListening = m_server->isListening();
    m_server->close();
    const QList<PeerId> ids = m_peers.keys();
    for (PeerId id : ids)
        disconnectPeer(id);
    if (wasListening)
        emit listeningStopped();
}

bool TcpServerBackend::isListening() const
{
    return m_server->isListening();
}

QHostAddress TcpServerBackend::listenAddress() const
{
    return m_server->serverAddress();
}

quint16 TcpServerBackend::listenPort() const
{
    return m_server->serverPort();
}

void TcpServerBackend::setBacklog(int backlog)
{
    m_backlog = qMax(1, backlog);
}

QList<PeerId> TcpServerBackend::peerIds() const
{
    QList<PeerId> ids = m_peers.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

PeerInfo TcpServerBackend::peer(PeerId id) const
{
    const auto it = m_peers.constFind(id);
    if (it == m_peers.constEnd())
        return {};
    PeerInfo info = it->info;
    info.state = it->socket->state();
    return info;
}

int TcpServerBackend::send(PeerId id, const QByteArray &data)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end() || it->socket->state() != QAbstractSocket::ConnectedState)
        return 0;
    if (it->socket->write(data) != data.size()) {
        emit errorOccurred(
                tr("Could not send to %1: %2").arg(it->info.label(), it->socket->errorString()));
        return 0;
    }
    it->info.txBytes += data.size();
    emit dataSent(id, data);
    return 1;
}

int TcpServerBackend::send(const QList<PeerId> &ids, const QByteArray &data)
{
    int count = 0;
    for (PeerId id : ids)
        count += send(id, data);
    return count;
}

int TcpServerBackend::sendToAll(const QByteArray &data)
{
    return send(peerIds(), data);
}

void TcpServerBackend::disconnectPeer(PeerId id)
{
    const auto it = m_peers.find(id);
    if (it != m_peers.end())
        closeConnection(*it, DisconnectReason::ClosedByUser);
}

void TcpServerBackend::closeConnection(Connection &connection, DisconnectReason reason)
{
    connection.reason = reason;
    // Queued data still goes out and disconnected() follows when it has; a peer that stopped
    // reading must not hold the connection open for ever.
    QTcpSocket *socket = connection.socket;
    socket->disconnectFromHost();
    if (socket->state() != QAbstractSocket::UnconnectedState)
        QTimer::singleShot(kCloseGraceMs, socket, [socket] { socket->abort(); });
}

QString TcpServerBackend::describeAddress(const QHostAddress &address)
{
    if (address == QHostAddress::Any)
        return tr("all interfaces (IPv4 + IPv6)");
    if (address == QHostAddress::AnyIPv4)
        return tr("all IPv4 interfaces");
    if (address == QHostAddress::AnyIPv6)
        return tr("all IPv6 interfaces");
    return address.protocol() == QAbstractSocket::IPv6Protocol
                   ? QStringLiteral("[%1]").arg(address.toString())
                   : address.toString();
}

void TcpServerBackend::handleNewConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        Connection connection;
        connection.socket = socket;
        connection.info.id = m_nextId++;
        connection.info.address = normalizedAddress(socket->peerAddress());
        connection.info.port = socket->peerPort();
        connection.info.connectedSince = QDateTime::currentDateTime();
        connection.info.state = socket->state();
        const PeerId id = connection.info.id;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, id] { handleReadyRead(id); });
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this, id](QAbstractSocket::SocketError error) {
                    // First, as anything else may overwrite it; and cleared, or a graceful
                    // close seen later would still find a reset's ECONNRESET there.
                    const int savedErrno = std::exchange(errno, 0);
                    handleSocketError(id, error, savedErrno);
                });
        connect(socket, &QAbstractSocket::disconnected, this,
                [this, id] { handleDisconnected(id); });
        connect(socket, &QAbstractSocket::stateChanged, this,
                [this, id](QAbstractSocket::SocketState state) {
                    emit peerStateChanged(id, state);
                });
        m_peers.insert(id, connection);
        emit peerConnected(connection.info);
        // Data may have arrived with the connection, before readyRead was connected.
        if (socket->bytesAvailable() > 0)
            handleReadyRead(id);
    }
}

void TcpServerBackend::handleAcceptError(QAbstractSocket::SocketError error)
{
    Q_UNUSED(error);
    emit errorOccurred(tr("Could not accept a connection: %1").arg(m_server->errorString()));
}

void TcpServerBackend::handleReadyRead(PeerId id)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    const QByteArray data = it->socket->readAll();
    if (data.isEmpty())
        return;
    it->info.rxBytes += data.size();
    emit dataReceived(id, data);
}

void TcpServerBackend::handleSocketError(PeerId id, QAbstractSocket::SocketError error,
                                         int savedErrno)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end() || it->reason == DisconnectReason::ClosedByUser)
        return;
    it->reason = SocketErrors::reasonFor(error, savedErrno);
    if (it->reason == DisconnectReason::Error || it->reason == DisconnectReason::TimedOut)
        it->detail = it->socket->errorString();
    // Some errors leave the socket connected; a broken connection is of no further use.
    if (it->socket->state() == QAbstractSocket::ConnectedState)
        it->socket->abort();
}

void TcpServerBackend::handleDisconnected(PeerId id)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    // Bytes that arrived just before the close are still in the buffer (if it is still open:
    // reading a closed socket only warns).
    if (it->socket->bytesAvailable() > 0)
        handleReadyRead(id);
    Connection connection = m_peers.take(id);
    connection.info.state = QAbstractSocket::UnconnectedState;
    connection.socket->disconnect(this);
    connection.socket->deleteLater();
    emit peerDisconnected(connection.info, connection.reason, connection.detail);
}
