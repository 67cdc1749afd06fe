#include "tcpclientsession.h"

#include "socketerrors.h"
#include "tcpconnection.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>
#include <utility>

TcpClientSession::TcpClientSession(QObject *parent)
    : Session(Kind::TcpClient, parent)
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &TcpClientSession::handleConnectTimeout);
}

TcpClientSession::~TcpClientSession()
{
    if (m_attempt)
        m_attempt->disconnect(this);
    if (m_connection)
        m_connection->disconnect(this);
}

void TcpClientSession::setConnectTimeout(int milliseconds)
{
    m_connectTimeoutMs = qMax(1, milliseconds);
}

void TcpClientSession::connectToHost(const QString &host, quint16 port)
{
    const QString trimmed = host.trimmed();
    QString problem;
    if (trimmed.isEmpty())
        problem = tr("Enter a host name or an IP address to connect to.");
    else if (port == 0)
        problem = tr("Port 0 cannot be used to connect: enter a port from 1 to 65535.");
    else if (m_phase != Phase::Unconnected)
        problem = tr("Already connected or connecting: disconnect first.");
    if (!problem.isEmpty()) {
        notify([this, problem] { emit errorOccurred(problem, 0); });
        return;
    }
    // What the attempt reports while it starts (a slot that cancels on Opening, an address
    // refused at once) waits until the attempt is under way.
    const Batch batch(this);
    m_host = withoutBrackets(trimmed);
    m_port = port;
    m_attempt = new QTcpSocket(this);
    // Bounded reads from the start: data may arrive with the connection.
    m_attempt->setReadBufferSize(kMaxReadChunk);
    connect(m_attempt, &QAbstractSocket::stateChanged, this, &TcpClientSession::handleSocketState);
    connect(m_attempt, &QAbstractSocket::connected, this, &TcpClientSession::handleConnected);
    connect(m_attempt, &QAbstractSocket::errorOccurred, this,
            &TcpClientSession::handleConnectError);
    m_connectTimer->start(m_connectTimeoutMs);
    setState(State::Opening);
    m_attempt->connectToHost(m_host, port);
}

void TcpClientSession::disconnectFromHost()
{
    if (m_attempt) {
        dropAttempt();
        return;
    }
    if (m_connection)
        closeChannel(m_info.id);
}

void TcpClientSession::abort()
{
    if (m_attempt) {
        dropAttempt();
        return;
    }
    if (m_connection)
        m_connection->abort(CloseReason::ClosedByUser);
}

QList<ChannelId> TcpClientSession::channelIds() const
{
    return m_connection ? QList<ChannelId>{m_info.id} : QList<ChannelId>{};
}

ChannelInfo TcpClientSession::channel(ChannelId id) const
{
    return hasChannel(id) ? m_info : ChannelInfo();
}

void TcpClientSession::closeChannel(ChannelId id)
{
    if (!hasChannel(id) || m_connection->isClosing())
        return;
    const Batch batch(this);
    m_info.state = ChannelInfo::State::Closing;
    setPhase(Phase::Closing);
    setState(State::Closing);
    notify([this, id] { emit channelChanged(id); });
    m_connection->close(CloseReason::ClosedByUser);
}

bool TcpClientSession::write(ChannelId id, const QByteArray &data)
{
    if (!hasChannel(id) || m_info.state != ChannelInfo::State::Open)
        return false;
    TcpConnection *connection = m_connection;
    m_info.txBytes += data.size();
    ++m_info.txCount;
    m_info.lastSeen = QDateTime::currentMSecsSinceEpoch();
    if (connection->write(data))
        return true;
    const QString message = tr("Could not send: %1").arg(connection->errorString());
    if (m_connection == connection) {
        m_info.txBytes -= data.size();
        --m_info.txCount;
    }
    notify([this, message, id] { emit errorOccurred(message, id); });
    return false;
}

QString TcpClientSession::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Unconnected: return tr("Not connected");
    case Phase::HostLookup: return tr("Looking up host…");
    case Phase::Connecting: return tr("Connecting…");
    case Phase::Connected: return tr("Connected");
    case Phase::Closing: return tr("Closing…");
    }
    return {};
}

void TcpClientSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    notify([this, phase] { emit phaseChanged(phase); });
}

void TcpClientSession::handleSocketState(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::HostLookupState)
        setPhase(Phase::HostLookup);
    else if (state == QAbstractSocket::ConnectingState)
        setPhase(Phase::Connecting);
}

void TcpClientSession::handleConnected()
{
    m_connectTimer->stop();
    QTcpSocket *socket = std::exchange(m_attempt, nullptr);
    socket->disconnect(this);
    m_connection = new TcpConnection(socket, this);
    connect(m_connection, &TcpConnection::dataRead, this, &TcpClientSession::handleRead);
    connect(m_connection, &TcpConnection::closed, this, &TcpClientSession::handleClosed);
    connect(m_connection, &TcpConnection::bytesWritten, this, [this](qint64 bytes) {
        const ChannelId id = m_info.id;
        if (reportsWrites())
            notify([this, id, bytes] { emit bytesWritten(id, bytes); });
    });
    m_info = ChannelInfo();
    m_info.id = nextChannelId();
    m_info.address = m_connection->peerAddress();
    m_info.port = m_connection->peerPort();
    m_info.localLabel = m_connection->localLabel();
    m_info.openedAt = m_info.lastSeen = QDateTime::currentMSecsSinceEpoch();
    m_info.state = ChannelInfo::State::Open;
    const ChannelInfo info = m_info;
    const Batch batch(this);
    setPhase(Phase::Connected);
    setState(State::Open);
    notify([this, info] { emit channelOpened(info); });
    m_connection->readPending();
}

void TcpClientSession::handleConnectError(QAbstractSocket::SocketError error)
{
    if (!m_attempt)
        return;
    const QString message =
            SocketErrors::connectError(error, m_attempt->errorString(), m_host, m_port);
    const Batch batch(this);
    dropAttempt();
    notify([this, message] { emit errorOccurred(message, 0); });
}

void TcpClientSession::handleConnectTimeout()
{
    if (!m_attempt)
        return;
    const QString message =
            SocketErrors::connectError(QAbstractSocket::SocketTimeoutError, {}, m_host, m_port);
    const Batch batch(this);
    dropAttempt();
    notify([this, message] { emit errorOccurred(message, 0); });
}

void TcpClientSession::handleRead(const QByteArray &data)
{
    m_info.rxBytes += data.size();
    ++m_info.rxCount;
    m_info.lastSeen = QDateTime::currentMSecsSinceEpoch();
    const ChannelId id = m_info.id;
    notify([this, id, data] { emit received(id, data); });
}

void TcpClientSession::handleClosed(CloseReason reason, const QString &detail)
{
    TcpConnection *connection = std::exchange(m_connection, nullptr);
    connection->disconnect(this);
    connection->deleteLater();
    ChannelInfo info = m_info;
    info.state = ChannelInfo::State::Closed;
    const Batch batch(this);
    notify([this, info, reason, detail] { emit channelClosed(info, reason, detail); });
    setPhase(Phase::Unconnected);
    setState(State::Closed);
}

void TcpClientSession::dropAttempt()
{
    m_connectTimer->stop();
    if (QTcpSocket *socket = std::exchange(m_attempt, nullptr)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    const Batch batch(this);
    setPhase(Phase::Unconnected);
    setState(State::Closed);
}

qint64 TcpClientSession::bytesToWrite(ChannelId id) const
{
    return hasChannel(id) ? m_connection->bytesToWrite() : 0;
}
