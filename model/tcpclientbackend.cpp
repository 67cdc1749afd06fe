#include "tcpclientbackend.h"

#include "socketerrors.h"

#include <QTcpSocket>
#include <QTimer>
#include <cerrno>
#include <utility>

TcpClientBackend::TcpClientBackend(QObject *parent)
    : QObject(parent)
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &TcpClientBackend::handleConnectTimeout);
}

TcpClientBackend::~TcpClientBackend()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void TcpClientBackend::setConnectTimeout(int milliseconds)
{
    m_connectTimeoutMs = qMax(1, milliseconds);
}

void TcpClientBackend::connectToHost(const QString &host, quint16 port)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty()) {
        emit errorOccurred(tr("Enter a host name or an IP address to connect to."));
        return;
    }
    if (port == 0) {
        emit errorOccurred(tr("Port 0 cannot be used to connect: enter a port from 1 to 65535."));
        return;
    }
    if (m_socket)
        releaseSocket();
    // A bracketed IPv6 literal, as people copy it from a URL, means the address inside.
    m_host = (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) ? trimmed.mid(1).chopped(1)
                                                                  : trimmed;
    m_port = port;
    m_rxBytes = m_txBytes = 0;
    m_wasConnected = false;
    m_reason = DisconnectReason::ClosedByPeer;
    m_detail.clear();
    m_socket = new QTcpSocket(this);
    // Bounded reads, as on the server: a flood is taken kMaxReadChunk per pass of the event loop.
    m_socket->setReadBufferSize(kMaxReadChunk);
    connect(m_socket, &QAbstractSocket::stateChanged, this, &TcpClientBackend::handleSocketState);
    connect(m_socket, &QAbstractSocket::connected, this, &TcpClientBackend::handleConnected);
    connect(m_socket, &QIODevice::readyRead, this, &TcpClientBackend::handleReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                // First, as anything else may overwrite it; and cleared, or a graceful close seen
                // later would still find a reset's ECONNRESET there.
                const int savedErrno = std::exchange(errno, 0);
                handleSocketError(error, savedErrno);
            });
    connect(m_socket, &QAbstractSocket::disconnected, this, &TcpClientBackend::handleDisconnected);
    m_connectTimer->start(m_connectTimeoutMs);
    m_socket->connectToHost(m_host, port);
}

bool TcpClientBackend::closeAttemptOrKeepSocket()
{
    m_connectTimer->stop();
    if (!m_socket)
        return false;
    m_reason = DisconnectReason::ClosedByUser;
    if (!m_wasConnected) {
        releaseSocket();
        return false;
    }
    return true;
}

void TcpClientBackend::disconnectFromHost()
{
    if (!closeAttemptOrKeepSocket())
        return;
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        QTcpSocket *socket = m_socket;
        QTimer::singleShot(3000, socket, [socket] { socket->abort(); });
    }
}

void TcpClientBackend::abort()
{
    if (!closeAttemptOrKeepSocket())
        return;
    m_socket->abort(); // disconnected() follows at once
}

bool TcpClientBackend::send(const QByteArray &data)
{
    if (!m_socket || m_state != State::Connected) {
        emit errorOccurred(tr("Not connected: connect to a server before sending."));
        return false;
    }
    if (m_socket->write(data) != data.size()) {
        emit errorOccurred(tr("Could not send: %1").arg(m_socket->errorString()));
        return false;
    }
    m_txBytes += data.size();
    // Written out as soon as control is back in the event loop, before it polls again; not here,
    // where a failing write would close the connection in the middle of this send.
    QMetaObject::invokeMethod(
            m_socket, [socket = m_socket] { socket->flush(); }, Qt::QueuedConnection);
    emit dataSent(data);
    return true;
}

QString TcpClientBackend::stateText(State state)
{
    switch (state) {
    case State::Unconnected: return tr("Not connected");
    case State::HostLookup: return tr("Looking up host…");
    case State::Connecting: return tr("Connecting…");
    case State::Connected: return tr("Connected");
    case State::Closing: return tr("Closing…");
    }
    return {};
}

void TcpClientBackend::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TcpClientBackend::handleSocketState(QAbstractSocket::SocketState state)
{
    switch (state) {
    case QAbstractSocket::HostLookupState: setState(State::HostLookup); break;
    case QAbstractSocket::ConnectingState: setState(State::Connecting); break;
    case QAbstractSocket::ConnectedState: break; // handleConnected() sets it, with the labels
    case QAbstractSocket::ClosingState: setState(State::Closing); break;
    default: break;
    }
}

void TcpClientBackend::handleConnected()
{
    m_connectTimer->stop();
    m_wasConnected = true;
    // What the user sends goes out as it is, at once: no Nagle delay to merge small sends.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerLabel = formatEndpoint(m_socket->peerAddress(), m_socket->peerPort());
    m_localLabel = formatEndpoint(m_socket->localAddress(), m_socket->localPort());
    setState(State::Connected);
    emit connected(m_peerLabel, m_localLabel);
}

void TcpClientBackend::handleReadyRead()
{
    const QByteArray data = takeBuffered(m_socket);
    if (data.isEmpty())
        return;
    m_rxBytes += data.size();
    emit dataReceived(data);
}

void TcpClientBackend::handleSocketError(QAbstractSocket::SocketError error, int savedErrno)
{
    if (!m_wasConnected) {
        m_connectTimer->stop();
        emit errorOccurred(
                SocketErrors::connectError(error, m_socket->errorString(), m_host, m_port));
        releaseSocket();
        return;
    }
    if (m_reason == DisconnectReason::ClosedByUser)
        return;
    m_reason = SocketErrors::reasonFor(error, savedErrno);
    if (m_reason == DisconnectReason::Error || m_reason == DisconnectReason::TimedOut)
        m_detail = m_socket->errorString();
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->abort();
}

void TcpClientBackend::handleDisconnected()
{
    if (!m_wasConnected)
        return;
    // Bytes that arrived just before the close are still in the buffer (if it is still open:
    // reading a closed socket only warns).
    if (m_socket->bytesAvailable() > 0)
        handleReadyRead();
    const DisconnectReason reason = m_reason;
    const QString detail = m_detail;
    releaseSocket();
    emit disconnected(reason, detail);
}

void TcpClientBackend::handleConnectTimeout()
{
    if (!m_socket || m_wasConnected)
        return;
    emit errorOccurred(
            SocketErrors::connectError(QAbstractSocket::SocketTimeoutError, {}, m_host, m_port));
    releaseSocket();
}

void TcpClientBackend::releaseSocket()
{
    m_connectTimer->stop();
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_wasConnected = false;
    setState(State::Unconnected);
}
