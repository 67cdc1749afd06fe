#include "tcpserversession.h"

#include "socketerrors.h"
#include "systemlimits.h"
#include "tcpconnection.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// After a failed accept() the server stops accepting, and tries again this long later: soon
// enough that peers wait little once descriptors are free, late enough not to spin before.
constexpr int kAcceptRetryMs = 500;
constexpr int kAcceptBatch = 128;
// How soon after peers leave the memory they held goes back to the system: a few times a second
// while a wave of departures lasts, and only for a wave (see the release timer).
constexpr int kReleaseDelayMs = 300;
constexpr int kReleaseAfterSockets = 256;
} // namespace

TcpServerSession::TcpServerSession(QObject *parent)
    : Session(Kind::TcpServer, parent)
    , m_server(new QTcpServer(this))
    , m_retryTimer(new QTimer(this))
    , m_releaseTimer(new QTimer(this))
{
    // The kernel's backlog holds connections beyond this; a generous queue lets a connect storm
    // be drained in one pass instead of 30 at a time.
    m_server->setMaxPendingConnections(4096);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        m_acceptFailing = false;
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            adopt(socket);
    });
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        reportAcceptFailure(tr("Cannot accept new connections: %1. Trying again every half "
                               "second.")
                                    .arg(m_server->errorString()));
    });
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(kAcceptRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &TcpServerSession::resumeAccepting);
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setInterval(kReleaseDelayMs);
    connect(m_releaseTimer, &QTimer::timeout, this, [this] {
        // Once a wave of departures has freed enough to matter, or the last peer has gone: the
        // release walks the whole heap, too much for every peer that comes and goes.
        if (m_releasedSockets < kReleaseAfterSockets && !m_peers.isEmpty())
            return;
        m_releasedSockets = 0;
        SystemLimits::releaseFreeMemory();
    });
}

TcpServerSession::~TcpServerSession()
{
    // Connections are children; silence them so no signal reaches a half-destroyed server.
    for (Peer &peer : m_peers)
        peer.connection->disconnect(this);
}

bool TcpServerSession::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening())
        close();
    m_server->setListenBacklogSize(m_backlog);
    if (!m_server->listen(address, port)) {
        const QString message =
                SocketErrors::listenError(m_server->serverError(), m_server->errorString(),
                                          SocketErrors::describeBindAddress(address), port);
        notify([this, message] { emit errorOccurred(message, 0); });
        return false;
    }
#ifdef Q_OS_UNIX
    // Accepting is done here rather than by QTcpServer. Its socket engine keeps the first error
    // it meets for good: once a drain has ended with EAGAIN it takes a later EMFILE for "no
    // connection waiting", so it neither pauses nor reports, and spins on accept() at full CPU
    // for as long as the process is out of descriptors.
    m_server->pauseAccepting();
    m_acceptNotifier =
            new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &TcpServerSession::acceptPending);
#endif
    setState(State::Open);
    return true;
}

void TcpServerSession::close()
{
    const Batch batch(this);
    if (QSocketNotifier *notifier = std::exchange(m_acceptNotifier, nullptr)) {
        // close() may be called from a handler of a peer the notifier has just accepted.
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
    m_server->close();
    m_retryTimer->stop();
    m_acceptFailing = false;
    const QList<ChannelId> ids = m_peers.keys();
    for (ChannelId id : ids)
        closeChannel(id);
    setState(State::Closed);
}

bool TcpServerSession::isListening() const
{
    return m_server->isListening();
}

QHostAddress TcpServerSession::listenAddress() const
{
    return m_server->serverAddress();
}

quint16 TcpServerSession::listenPort() const
{
    return m_server->serverPort();
}

void TcpServerSession::setBacklog(int backlog)
{
    m_backlog = qMax(1, backlog);
}

void TcpServerSession::setMaxConnections(int maxConnections)
{
    m_maxConnections = qMax(0, maxConnections);
}

int TcpServerSession::effectiveMaxConnections() const
{
    // Every peer holds a file descriptor; past the process's limit accept() fails for everyone,
    // so the cap stays below it whatever was configured. Read each time: the limit can change.
    const int system = SystemLimits::connectionCap();
    return m_maxConnections > 0 ? qMin(m_maxConnections, system) : system;
}

void TcpServerSession::setAllowList(const SubnetList &subnets)
{
    m_allowList = subnets;
}

bool TcpServerSession::isAllowed(const QHostAddress &address) const
{
    return AllowList::admits(m_allowList, address);
}

QList<ChannelId> TcpServerSession::channelIds() const
{
    QList<ChannelId> ids = m_peers.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

ChannelInfo TcpServerSession::channel(ChannelId id) const
{
    const auto it = m_peers.constFind(id);
    return it == m_peers.constEnd() ? ChannelInfo() : it->info;
}

bool TcpServerSession::write(ChannelId id, const QByteArray &data)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end() || it->info.state != ChannelInfo::State::Open)
        return false;
    TcpConnection *connection = it->connection;
    it->info.txBytes += data.size();
    ++it->info.txCount;
    it->info.lastSeen = QDateTime::currentMSecsSinceEpoch();
    // The write may find the connection reset, and end it: that is reported after this send.
    if (connection->write(data))
        return true;
    if (const auto again = m_peers.find(id); again != m_peers.end()) {
        again->info.txBytes -= data.size();
        --again->info.txCount;
        const QString message =
                tr("Could not send to %1: %2").arg(again->info.label(), connection->errorString());
        notify([this, message, id] { emit errorOccurred(message, id); });
    }
    return false;
}

void TcpServerSession::closeChannel(ChannelId id)
{
    // The entry is not kept across the signal: a slot may close or end other peers.
    const Batch batch(this);
    const auto it = m_peers.find(id);
    if (it == m_peers.end() || it->connection->isClosing())
        return;
    it->info.state = ChannelInfo::State::Closing;
    TcpConnection *connection = it->connection;
    notify([this, id] { emit channelChanged(id); });
    connection->close(CloseReason::ClosedByUser);
}

void TcpServerSession::acceptPending()
{
#ifdef Q_OS_UNIX
    QSocketNotifier *const notifier = m_acceptNotifier;
    const int listener = int(notifier->socket());
    // A bounded number per wake-up keeps the event loop answering during a connect storm; the
    // notifier fires again at once for the rest.
    for (int i = 0; i < kAcceptBatch; ++i) {
#ifdef Q_OS_LINUX
        const int descriptor = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
#else
        const int descriptor = ::accept(listener, nullptr, nullptr);
        if (descriptor >= 0)
            ::fcntl(descriptor, F_SETFD, FD_CLOEXEC);
#endif
        if (descriptor >= 0) {
            m_acceptFailing = false;
            auto *socket = new QTcpSocket(this);
            if (socket->setSocketDescriptor(descriptor)) {
                adopt(socket);
            } else {
                ::close(descriptor);
                delete socket;
            }
            // Whoever heard of the new peer may have stopped or restarted the server.
            if (m_acceptNotifier != notifier)
                return;
            continue;
        }
        const int error = errno;
        switch (error) {
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
            return;
        // A peer that gave up while waiting, or a network error that belongs to that one
        // connection (accept(2) asks to retry on these): the next one may be fine.
        case EINTR:
        case ECONNABORTED:
        case EPROTO:
        case ENETDOWN:
        case ENOPROTOOPT:
        case EHOSTDOWN:
        case EHOSTUNREACH:
        case ENETUNREACH:
        case EOPNOTSUPP: continue;
        case EMFILE:
            reportAcceptFailure(tr("Cannot accept new connections: too many open files (the "
                                   "limit is %1). Waiting peers are accepted as soon as "
                                   "connections close.")
                                        .arg(SystemLimits::fileLimit()));
            return;
        default:
            reportAcceptFailure(tr("Cannot accept new connections: %1. Trying again every half "
                                   "second.")
                                        .arg(qt_error_string(error)));
            return;
        }
    }
#endif
}

void TcpServerSession::adopt(QTcpSocket *socket)
{
    if (!isAllowed(socket->peerAddress())) {
        refuse(socket, Refusal::NotAllowed, tr("not in the allow-list"));
        return;
    }
    if (const int cap = effectiveMaxConnections(); m_peers.size() >= cap) {
        refuse(socket, Refusal::TooManyConnections,
               tr("the limit of %n connection(s) is reached", nullptr, cap));
        return;
    }
    auto *connection = new TcpConnection(socket, this);
    Peer peer;
    peer.connection = connection;
    peer.info.id = nextChannelId();
    peer.info.address = connection->peerAddress();
    peer.info.port = connection->peerPort();
    peer.info.openedAt = peer.info.lastSeen = QDateTime::currentMSecsSinceEpoch();
    peer.info.state = ChannelInfo::State::Open;
    const ChannelId id = peer.info.id;
    connect(connection, &TcpConnection::dataRead, this,
            [this, id](const QByteArray &data) { handleRead(id, data); });
    connect(connection, &TcpConnection::bytesWritten, this, [this, id](qint64 bytes) {
        if (reportsWrites())
            notify([this, id, bytes] { emit bytesWritten(id, bytes); });
    });
    connect(connection, &TcpConnection::closed, this,
            [this, id](CloseReason reason, const QString &detail) {
                handleClosed(id, reason, detail);
            });
    m_peers.insert(id, peer);
    const ChannelInfo info = peer.info;
    const Batch batch(this);
    notify([this, info] { emit channelOpened(info); });
    // Data may have arrived with the connection, before the connection listened for it.
    connection->readPending();
}

void TcpServerSession::refuse(QTcpSocket *socket, Refusal refusal, const QString &reason)
{
    const QHostAddress address = normalizedAddress(socket->peerAddress());
    const quint16 port = socket->peerPort();
    // abort(), not a graceful close: nothing is read from or queued for a refused peer, and its
    // descriptor is free again at once.
    socket->abort();
    socket->deleteLater();
    notify([=, this] { emit peerRefused(address, port, refusal, reason); });
}

void TcpServerSession::reportAcceptFailure(const QString &message)
{
    // Accepting pauses, or a failing accept() would be retried at full speed. It usually fails
    // for want of file descriptors and goes on failing until peers leave: told once, not twice
    // a second, until an accept succeeds again.
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(false);
    if (!m_acceptFailing) {
        m_acceptFailing = true;
        notify([this, message] { emit errorOccurred(message, 0); });
    }
    m_retryTimer->start();
}

void TcpServerSession::resumeAccepting()
{
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(true);
    else if (m_server->isListening())
        m_server->resumeAccepting();
}

void TcpServerSession::handleRead(ChannelId id, const QByteArray &data)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    it->info.rxBytes += data.size();
    ++it->info.rxCount;
    it->info.lastSeen = QDateTime::currentMSecsSinceEpoch();
    notify([this, id, data] { emit received(id, data); });
}

void TcpServerSession::handleClosed(ChannelId id, CloseReason reason, const QString &detail)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    Peer peer = *it;
    m_peers.erase(it);
    peer.info.state = ChannelInfo::State::Closed;
    peer.connection->disconnect(this);
    // Its memory is free once it is deleted; from then on it can go back to the system.
    connect(peer.connection, &QObject::destroyed, m_releaseTimer, [this] {
        ++m_releasedSockets;
        if (!m_releaseTimer->isActive())
            m_releaseTimer->start();
    });
    peer.connection->deleteLater();
    const ChannelInfo info = peer.info;
    notify([this, info, reason, detail] { emit channelClosed(info, reason, detail); });
}

qint64 TcpServerSession::bytesToWrite(ChannelId id) const
{
    const auto peer = m_peers.constFind(id);
    return peer == m_peers.cend() ? 0 : peer->connection->bytesToWrite();
}
