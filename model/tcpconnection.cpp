#include "tcpconnection.h"

#include "socketerrors.h"

#include <QTcpSocket>
#include <QTimer>
#include <cerrno>
#include <utility>

TcpConnection::TcpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    socket->setReadBufferSize(kMaxReadChunk);
    // What the user sends goes out as it is, at once: no Nagle delay to merge small sends.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QIODevice::readyRead, this, &TcpConnection::handleReadyRead);
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                // First, as anything else may overwrite it; and cleared, or a graceful close seen
                // later would still find a reset's ECONNRESET there.
                const int savedErrno = std::exchange(errno, 0);
                handleError(error, savedErrno);
            });
    connect(socket, &QAbstractSocket::disconnected, this, &TcpConnection::handleDisconnected);
    connect(socket, &QAbstractSocket::stateChanged, this, &TcpConnection::stateChanged);
    connect(socket, &QIODevice::bytesWritten, this, &TcpConnection::bytesWritten);
}

TcpConnection::~TcpConnection()
{
    // The socket is a child; silence it so that nothing reaches a half-destroyed connection.
    m_socket->disconnect(this);
}

QHostAddress TcpConnection::peerAddress() const
{
    return normalizedAddress(m_socket->peerAddress());
}

quint16 TcpConnection::peerPort() const
{
    return m_socket->peerPort();
}

QString TcpConnection::localLabel() const
{
    return formatEndpoint(m_socket->localAddress(), m_socket->localPort());
}

QAbstractSocket::SocketState TcpConnection::state() const
{
    return m_socket->state();
}

qint64 TcpConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QString TcpConnection::errorString() const
{
    return m_socket->errorString();
}

bool TcpConnection::write(const QByteArray &data)
{
    if (m_closed || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_socket->write(data) != data.size())
        return false;
    // Out now rather than on a later pass of the event loop: a reply leaves at once, and a send
    // to thousands of peers arms no write notifiers.
    m_socket->flush();
    return true;
}

void TcpConnection::close(CloseReason reason)
{
    if (m_closed || m_closeRequested)
        return;
    m_closeRequested = true;
    m_reason = reason;
    m_socket->disconnectFromHost();
    if (!m_closed && m_socket->state() != QAbstractSocket::UnconnectedState) {
        QTcpSocket *socket = m_socket;
        QTimer::singleShot(kCloseGraceMs, socket, [socket] { socket->abort(); });
    }
}

void TcpConnection::abort(CloseReason reason)
{
    if (m_closed)
        return;
    m_closeRequested = true;
    m_reason = reason;
    m_socket->abort(); // disconnected() follows at once
}

void TcpConnection::readPending()
{
    if (m_socket->bytesAvailable() > 0)
        handleReadyRead();
}

void TcpConnection::handleReadyRead()
{
    if (m_closed)
        return;
    const QByteArray data = takeBuffered(m_socket);
    if (!data.isEmpty())
        emit dataRead(data);
    // More than a chunk was buffered (a socket taken over with data read already): the rest goes
    // on the next pass of the event loop, as it would from the kernel, since no readyRead() comes
    // for bytes that are already in the buffer.
    if (!m_closed && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TcpConnection::handleReadyRead, Qt::QueuedConnection);
}

void TcpConnection::handleError(QAbstractSocket::SocketError error, int savedErrno)
{
    if (m_closed || m_closeRequested)
        return;
    m_reason = SocketErrors::reasonFor(error, savedErrno);
    if (m_reason == CloseReason::Error || m_reason == CloseReason::TimedOut)
        m_detail = m_socket->errorString();
    // Some errors leave the socket connected; a broken connection is of no further use.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->abort();
}

void TcpConnection::handleDisconnected()
{
    if (m_closed)
        return;
    // Bytes that arrived just before the close are still in the buffer (if it is still open:
    // reading a closed socket only warns).
    if (m_socket->bytesAvailable() > 0)
        handleReadyRead();
    m_closed = true;
    emit closed(m_reason, m_detail);
}
