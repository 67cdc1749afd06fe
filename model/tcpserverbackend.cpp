#include "tcpserverbackend.h"

#include "socketerrors.h"
#include "systemlimits.h"

#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cerrno>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
constexpr int kCloseGraceMs = 3000;
// After a failed accept() the server stops accepting, and tries again this long later: soon
// enough that peers wait little once descriptors are free, late enough not to spin before.
constexpr int kAcceptRetryMs = 500;
constexpr int kAcceptBatch = 128;
// How soon after peers leave the memory they held goes back to the system: a few times a second
// while a wave of departures lasts, and only for a wave (see the release timer).
constexpr int kReleaseDelayMs = 300;
constexpr int kReleaseAfterSockets = 256;
} // namespace

TcpServerBackend::TcpServerBackend(QObject *parent)
    : QObject(parent)
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
    connect(m_retryTimer, &QTimer::timeout, this, &TcpServerBackend::resumeAccepting);
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setInterval(kReleaseDelayMs);
    connect(m_releaseTimer, &QTimer::timeout, this, [this] {
        // Once a wave of departures has freed enough to matter, or the last peer has gone: the
        // release walks the whole heap (20 ms for a full log), too much for every peer that
        // comes and goes.
        if (m_releasedSockets < kReleaseAfterSockets && !m_peers.isEmpty())
            return;
        m_releasedSockets = 0;
        SystemLimits::releaseFreeMemory();
    });
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
#ifdef Q_OS_UNIX
    // Accepting is done here rather than by QTcpServer. Its socket engine keeps the first error
    // it meets for good: once a drain has ended with EAGAIN it takes a later EMFILE for "no
    // connection waiting", so it neither pauses nor reports, and spins on accept() at full CPU
    // for as long as the process is out of descriptors.
    m_server->pauseAccepting();
    m_acceptNotifier =
            new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &TcpServerBackend::acceptPending);
#endif
    emit listeningStarted(m_server->serverAddress(), m_server->serverPort());
    return true;
}

void TcpServerBackend::stop()
{
    const bool wasListening = m_server->isListening();
    if (QSocketNotifier *notifier = std::exchange(m_acceptNotifier, nullptr)) {
        // stop() may be called from a handler of a peer the notifier has just accepted.
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
    m_server->close();
    m_retryTimer->stop();
    m_acceptFailing = false;
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

void TcpServerBackend::setMaxConnections(int maxConnections)
{
    m_maxConnections = qMax(0, maxConnections);
}

int TcpServerBackend::effectiveMaxConnections() const
{
    // Every peer holds a file descriptor; past the process's limit accept() fails for everyone,
    // so the cap stays below it whatever was configured. Read each time: the limit can change.
    const int system = SystemLimits::connectionCap();
    return m_maxConnections > 0 ? qMin(m_maxConnections, system) : system;
}

void TcpServerBackend::setAllowList(const SubnetList &subnets)
{
    m_allowList = subnets;
}

bool TcpServerBackend::isAllowed(const QHostAddress &address) const
{
    if (m_allowList.isEmpty())
        return true;
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d; it matches IPv4 subnets.
    const QHostAddress normalized = normalizedAddress(address);
    for (const auto &subnet : m_allowList) {
        if (normalized.isInSubnet(subnet) || address.isInSubnet(subnet))
            return true;
    }
    return false;
}

bool TcpServerBackend::parseAllowList(const QString &text, SubnetList *out, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    SubnetList subnets;
    const QStringList entries = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        QPair<QHostAddress, int> subnet;
        if (entry.contains(u'/')) {
            // parseSubnet() takes "/24" for 0.0.0.0/24; an entry needs an address.
            if (!entry.startsWith(u'/'))
                subnet = QHostAddress::parseSubnet(entry);
        } else {
            const QString bare = (entry.startsWith(u'[') && entry.endsWith(u']'))
                                         ? entry.mid(1).chopped(1)
                                         : entry;
            QHostAddress address;
            if (address.setAddress(bare)) {
                subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
            }
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            if (error) {
                *error = tr("\"%1\" is not an IP address or subnet: write addresses such as "
                            "127.0.0.1 or ::1, or subnets such as 192.168.1.0/24 or fe80::/10.")
                                 .arg(entry);
            }
            return false;
        }
        subnets.append(subnet);
    }
    if (out)
        *out = subnets;
    return true;
}

QString TcpServerBackend::formatAllowList(const SubnetList &subnets)
{
    QStringList entries;
    for (const auto &[address, prefix] : subnets) {
        const int whole = address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        entries.append(prefix == whole
                               ? address.toString()
                               : QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
    }
    return entries.join(QStringLiteral(", "));
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
    // Out now rather than on a later pass of the event loop: a reply leaves at once, and a send
    // to thousands of peers arms no write notifiers. Looked up again, as whoever heard of the
    // send may have closed the peer. A write that finds the connection reset closes it; that is
    // reported after this send (see handleDisconnected()), not in the middle of it.
    if (const auto again = m_peers.find(id); again != m_peers.end()) {
        ++m_flushing;
        again->socket->flush();
        --m_flushing;
    }
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

void TcpServerBackend::acceptPending()
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

void TcpServerBackend::adopt(QTcpSocket *socket)
{
    if (!isAllowed(socket->peerAddress())) {
        refuse(socket, tr("not in the allow-list"));
        return;
    }
    if (const int cap = effectiveMaxConnections(); m_peers.size() >= cap) {
        refuse(socket, tr("the limit of %n connection(s) is reached", nullptr, cap));
        return;
    }
    Connection connection;
    connection.socket = socket;
    connection.info.id = m_nextId++;
    connection.info.address = normalizedAddress(socket->peerAddress());
    connection.info.port = socket->peerPort();
    connection.info.connectedSince = QDateTime::currentDateTime();
    connection.info.state = socket->state();
    const PeerId id = connection.info.id;
    socket->setParent(this);
    socket->setReadBufferSize(kReadChunk);
    // What the user sends goes out as it is, at once: no Nagle delay to merge small sends.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, [this, id] { handleReadyRead(id); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, id](QAbstractSocket::SocketError error) {
                // First, as anything else may overwrite it; and cleared, or a graceful close
                // seen later would still find a reset's ECONNRESET there.
                const int savedErrno = std::exchange(errno, 0);
                handleSocketError(id, error, savedErrno);
            });
    connect(socket, &QAbstractSocket::disconnected, this, [this, id] { handleDisconnected(id); });
    connect(socket, &QAbstractSocket::stateChanged, this,
            [this, id](QAbstractSocket::SocketState state) { emit peerStateChanged(id, state); });
    m_peers.insert(id, connection);
    emit peerConnected(connection.info);
    // Data may have arrived with the connection, before readyRead was connected.
    if (socket->bytesAvailable() > 0)
        handleReadyRead(id);
}

void TcpServerBackend::refuse(QTcpSocket *socket, const QString &reason)
{
    const QHostAddress address = normalizedAddress(socket->peerAddress());
    const quint16 port = socket->peerPort();
    // abort(), not a graceful close: nothing is read from or queued for a refused peer, and its
    // descriptor is free again at once.
    socket->abort();
    socket->deleteLater();
    emit peerRefused(address, port, reason);
}

void TcpServerBackend::reportAcceptFailure(const QString &message)
{
    // Accepting pauses, or a failing accept() would be retried at full speed. It usually fails
    // for want of file descriptors and goes on failing until peers leave: told once, not twice
    // a second, until an accept succeeds again.
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(false);
    if (!m_acceptFailing) {
        m_acceptFailing = true;
        emit errorOccurred(message);
    }
    m_retryTimer->start();
}

void TcpServerBackend::resumeAccepting()
{
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(true);
    else if (m_server->isListening())
        m_server->resumeAccepting();
}

void TcpServerBackend::handleReadyRead(PeerId id)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    const QByteArray data = takeBuffered(it->socket);
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
    if (m_flushing > 0) {
        QMetaObject::invokeMethod(
                this, [this, id] { handleDisconnected(id); }, Qt::QueuedConnection);
        return;
    }
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
    // Its memory is free once it is deleted; from then on it can go back to the system.
    connect(connection.socket, &QObject::destroyed, m_releaseTimer, [this] {
        ++m_releasedSockets;
        if (!m_releaseTimer->isActive())
            m_releaseTimer->start();
    });
    connection.socket->deleteLater();
    emit peerDisconnected(connection.info, connection.reason, connection.detail);
}
