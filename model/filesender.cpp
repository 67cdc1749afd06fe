#include "filesender.h"

#include "session.h"
#include "udpsession.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>
#include <utility>

namespace {

// One pass of the event loop sends at most this much, or for at most this long, so that the
// window keeps answering while a fast loopback takes a file as quickly as it can be read.
constexpr qint64 kMaxPassBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxPassNs = 8 * 1000 * 1000;
// A look at the queues when no bytesWritten() has come for this long: progress never depends on
// a signal alone.
constexpr int kStallCheckMs = 50;
constexpr qint64 kProgressEveryMs = 100;
// A UDP session's queue also counts datagrams (UdpSendQueue::kMaxDatagrams): small datagrams
// wait for room well before their bytes reach kHighWater.
constexpr qint64 kMaxQueuedDatagrams = 4096;

} // namespace

FileSender::FileSender(Session *session, QObject *parent)
    : QObject(parent ? parent : session)
    , m_session(session)
    , m_pumpTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
{
    qRegisterMetaType<FileTransferResult>();
    m_pumpTimer->setSingleShot(true);
    // A pause between datagrams of a few milliseconds is kept to the millisecond.
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pumpTimer, &QTimer::timeout, this, &FileSender::pump);
    m_stallTimer->setSingleShot(true);
    m_stallTimer->setInterval(kStallCheckMs);
    connect(m_stallTimer, &QTimer::timeout, this, &FileSender::pump);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (!m_running || state == Session::State::Open)
            return;
        failSoon([this] {
            return tr("Sending %1 failed: the session was closed after %L2 of %L3 bytes.")
                    .arg(path())
                    .arg(m_sent)
                    .arg(m_size);
        });
    });
    connect(session, &Session::channelClosed, this,
            [this](const ChannelInfo &channel, CloseReason, const QString &) {
                if (m_running && m_channels.contains(channel.id))
                    dropChannel(channel.id, QString());
            });
    connect(session, &Session::errorOccurred, this,
            [this](const QString &message, ChannelId channel) {
                // Only errors of its own sends (and of the lookup its first piece to a host name
                // waits for): the file's pieces are not all that the session reports on.
                if (!m_running || (!m_sending && m_addressPiece.isNull()))
                    return;
                if (m_channels.contains(channel)) {
                    dropChannel(channel, message);
                } else {
                    failSoon([this, message] {
                        return tr("Sending %1 failed after %L2 of %L3 bytes: %4")
                                .arg(path())
                                .arg(m_sent)
                                .arg(m_size)
                                .arg(message);
                    });
                }
            });
    // Given a parent of its own it may outlive the session, and then has nothing to send to.
    connect(session, &QObject::destroyed, this, [this] {
        m_session = nullptr;
        stopWork();
    });
}

FileSender::~FileSender()
{
    // Quietly: whoever deletes a running transfer does not wait for its result.
    stopWork();
}

QString FileSender::path() const
{
    return m_file.fileName();
}

qint64 FileSender::elapsedMs() const
{
    return m_running ? m_clock.elapsed() : m_elapsedMs;
}

bool FileSender::start(const QString &path, const SendTarget &target, const Options &options,
                       QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (path.isEmpty())
        return refuse(tr("Choose a file to send."));
    if (m_running) {
        return refuse(tr("Cannot send %1: %2 is still being sent; cancel it first.")
                              .arg(path, this->path()));
    }
    if (!m_session || m_session->state() != Session::State::Open)
        return refuse(tr("Cannot send %1: the session is not open.").arg(path));
    const bool udp = m_session->kind() == Session::Kind::Udp;

    // Those who were there when it began get the file; a channel that opens later does not.
    QList<ChannelId> channels;
    switch (target.kind) {
    case SendTarget::Kind::All: channels = m_session->channelIds(); break;
    case SendTarget::Kind::Channels:
        for (ChannelId id : target.channels) {
            if (m_session->hasChannel(id) && !channels.contains(id))
                channels.append(id);
        }
        break;
    case SendTarget::Kind::Address:
        if (!udp) {
            return refuse(tr("Cannot send %1 to %2: this session sends only to its own "
                             "connections.")
                                  .arg(path, target.host));
        }
        break;
    }
    if (target.kind != SendTarget::Kind::Address && channels.isEmpty()) {
        return refuse(udp ? tr("Cannot send %1: there is no remote to send it to.").arg(path)
                          : tr("Cannot send %1: there is no connection to send it to.").arg(path));
    }
    if (udp) {
        // IPv6 carries a little more in one datagram; one IPv4 destination sets the limit.
        bool ipv6 = true;
        if (target.kind == SendTarget::Kind::Address) {
            ipv6 = QHostAddress(withoutBrackets(target.host)).protocol() ==
                   QAbstractSocket::IPv6Protocol;
        }
        for (ChannelId id : std::as_const(channels)) {
            if (m_session->channel(id).address.protocol() != QAbstractSocket::IPv6Protocol)
                ipv6 = false;
        }
        const int limit = ipv6 ? UdpSession::kMaxIPv6Payload : UdpSession::kMaxIPv4Payload;
        if (options.datagramSize < 1 || options.datagramSize > limit) {
            return refuse(tr("Cannot send %1: a datagram carries from 1 to %L2 bytes, not %L3.")
                                  .arg(path)
                                  .arg(limit)
                                  .arg(options.datagramSize));
        }
        if (options.pauseMs < 0) {
            return refuse(tr("Cannot send %1: the pause between datagrams cannot be negative.")
                                  .arg(path));
        }
    }

    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("Cannot send %1: there is no such file.").arg(path));
    if (info.isDir())
        return refuse(tr("Cannot send %1: it is a folder, not a file.").arg(path));
    // A device or a pipe has no size to show progress against, and may never end.
    if (!info.isFile())
        return refuse(tr("Cannot send %1: it is not a regular file.").arg(path));
    m_file.setFileName(path);
    // Unbuffered: every piece is read straight into the array that is sent.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return refuse(
                tr("Cannot send %1: it cannot be read (%2).").arg(path, m_file.errorString()));
    }
    m_target = target;
    m_options = options;
    m_channels = channels;
    m_labels.clear();
    for (ChannelId id : std::as_const(channels))
        m_labels.insert(id, m_session->channel(id).label());
    m_targets = target.kind == SendTarget::Kind::Address ? 1 : int(channels.size());
    m_size = m_file.size();
    m_sent = 0;
    m_hash.reset();
    m_pieceSize = udp ? options.datagramSize : kTcpChunk;
    m_highWater = udp ? qMin(kHighWater, m_pieceSize * kMaxQueuedDatagrams) : kHighWater;
    m_lastDropped = 0;
    m_lastDropError.clear();
    m_failure = nullptr;
    m_lastProgressMs = 0;
    m_elapsedMs = 0;
    ++m_run;
    m_running = true;
    // Only while a file goes out: a session reports every write only when someone listens.
    m_writtenConnection =
            connect(m_session, &Session::bytesWritten, this, &FileSender::handleBytesWritten);
    m_clock.start();
    // The first pass on the event loop: start() itself never reports, so whoever called it has
    // seen it return before finished() arrives, even for an empty file.
    m_pumpTimer->start(0);
    return true;
}

void FileSender::cancel()
{
    if (m_running)
        finish(FileTransferResult::Outcome::Cancelled, QString());
}

void FileSender::pump()
{
    if (!m_running)
        return;
    m_stallTimer->stop();
    const bool paced = m_session->kind() == Session::Kind::Udp && m_options.pauseMs > 0;
    QElapsedTimer pass;
    pass.start();
    qint64 passBytes = 0;
    for (;;) {
        // The first piece to a host name waits for its lookup.
        if (!m_addressPiece.isNull())
            return;
        if (m_sent >= m_size) {
            finish(FileTransferResult::Outcome::Completed, QString());
            return;
        }
        if (!hasRoom()) {
            // bytesWritten() brings it back; the stall timer in case it never comes.
            m_stallTimer->start();
            return;
        }
        if (passBytes >= kMaxPassBytes || pass.nsecsElapsed() >= kMaxPassNs) {
            m_pumpTimer->start(0);
            return;
        }
        const qint64 wanted = qMin(m_pieceSize, m_size - m_sent);
        const QByteArray piece = m_file.read(wanted);
        if (piece.size() != wanted) {
            finish(FileTransferResult::Outcome::Failed,
                   piece.isEmpty() && m_file.error() != QFileDevice::NoError
                           ? tr("Sending %1 failed: reading it failed after %L2 of %L3 bytes "
                                "(%4).")
                                     .arg(path())
                                     .arg(m_sent)
                                     .arg(m_size)
                                     .arg(m_file.errorString())
                           : tr("Sending %1 failed: the file became shorter while it was sent, "
                                "after %L2 of %L3 bytes.")
                                     .arg(path())
                                     .arg(m_sent)
                                     .arg(m_size));
            return;
        }
        if (!sendPiece(piece))
            return;
        passBytes += piece.size();
        if (m_clock.elapsed() - m_lastProgressMs >= kProgressEveryMs && m_sent < m_size) {
            m_lastProgressMs = m_clock.elapsed();
            const quint64 run = m_run;
            const QPointer<FileSender> self(this);
            emit progressed(m_sent, m_size);
            if (!self || m_run != run)
                return;
        }
        if (paced && m_sent < m_size) {
            m_pumpTimer->start(m_options.pauseMs);
            return;
        }
    }
}

bool FileSender::hasRoom() const
{
    // A UDP session has one queue for the socket, whichever the channel.
    if (m_channels.isEmpty())
        return m_session->bytesToWrite(0) < m_highWater;
    for (ChannelId id : m_channels) {
        if (m_session->bytesToWrite(id) >= m_highWater)
            return false;
    }
    return true;
}

bool FileSender::sendPiece(const QByteArray &piece)
{
    if (m_target.kind == SendTarget::Kind::Address && m_channels.isEmpty())
        return sendToAddress(piece);
    const quint64 run = m_run;
    const QPointer<FileSender> self(this);
    // A copy: channels that close during the send leave m_channels.
    const QList<ChannelId> channels = m_channels;
    m_sending = true;
    const int reached = m_session->send(channels, piece, Session::SendKind::Transfer);
    if (!self)
        return false;
    m_sending = false;
    if (m_run != run)
        return false;
    if (reached > 0) {
        m_sent += piece.size();
        m_hash.add(piece);
    }
    if (reached < channels.size()) {
        // Skipped without a word: a connection closing as the user asked, whose close follows.
        for (ChannelId id : channels) {
            if (m_channels.contains(id) &&
                m_session->channel(id).state != ChannelInfo::State::Open) {
                m_channels.removeOne(id);
                m_lastDropped = id;
                m_lastDropError.clear();
            }
        }
    }
    // The channels it lost say best what happened (a client's connection closing also closes its
    // session).
    return checkTargets() && !failedAfterSend(reached);
}

bool FileSender::failedAfterSend(int reached)
{
    if (m_failure) {
        finish(FileTransferResult::Outcome::Failed, std::exchange(m_failure, nullptr)());
        return true;
    }
    if (reached == 0) {
        finish(FileTransferResult::Outcome::Failed,
               tr("Sending %1 failed: a piece reached nobody, after %L2 of %L3 bytes.")
                       .arg(path())
                       .arg(m_sent)
                       .arg(m_size));
        return true;
    }
    return false;
}

bool FileSender::sendToAddress(const QByteArray &piece)
{
    // Each datagram sent to a host name would be looked up on its own, and wait in the session
    // where no bytesToWrite() counts it: only the first goes to the address, and the channel it
    // reaches, once known, takes the rest.
    const quint64 run = m_run;
    const QPointer<FileSender> self(this);
    m_addressPiece = piece;
    m_sentConnection = connect(
            m_session, &Session::sent, this,
            [this](const QList<ChannelId> &ids, const QByteArray &data, Session::SendKind kind) {
                // The piece is known by its data, shared with the session until it has gone.
                if (kind == Session::SendKind::Transfer && !ids.isEmpty() &&
                    !m_addressPiece.isNull() && data.constData() == m_addressPiece.constData()) {
                    adoptAddressChannel(ids.constFirst());
                }
            });
    m_sending = true;
    const int reached = m_session->send(m_target, piece, Session::SendKind::Transfer);
    if (!self)
        return false;
    m_sending = false;
    if (m_run != run || failedAfterSend(reached))
        return false;
    // Gone at once to an address, or waiting for the lookup of a name.
    return m_addressPiece.isNull();
}

void FileSender::adoptAddressChannel(ChannelId id)
{
    disconnect(m_sentConnection);
    m_sent += m_addressPiece.size();
    m_hash.add(m_addressPiece);
    m_addressPiece = QByteArray();
    m_channels = {id};
    m_labels.insert(id, m_session->channel(id).label());
    // A piece that waited for a lookup: the pump goes on. Inside the send, it goes on anyway.
    if (!m_sending)
        m_pumpTimer->start(0);
}

void FileSender::dropChannel(ChannelId id, const QString &error)
{
    m_channels.removeOne(id);
    m_lastDropped = id;
    m_lastDropError = error;
    if (!m_sending)
        checkTargets();
}

bool FileSender::checkTargets()
{
    // An address before its first piece has left has no channel yet.
    if (!m_channels.isEmpty() || (m_target.kind == SendTarget::Kind::Address && m_lastDropped == 0))
        return true;
    const QString label = m_labels.value(m_lastDropped);
    QString error;
    if (!m_lastDropError.isEmpty()) {
        error = tr("Sending %1 failed after %L2 of %L3 bytes: %4")
                        .arg(path())
                        .arg(m_sent)
                        .arg(m_size)
                        .arg(m_lastDropError);
    } else if (m_session && m_session->kind() == Session::Kind::Udp) {
        error = tr("Sending %1 failed: remote %2 was removed from the list after %L3 of %L4 "
                   "bytes.")
                        .arg(path(), label)
                        .arg(m_sent)
                        .arg(m_size);
    } else {
        error = tr("Sending %1 failed: the connection to %2 closed after %L3 of %L4 bytes.")
                        .arg(path(), label)
                        .arg(m_sent)
                        .arg(m_size);
    }
    finish(FileTransferResult::Outcome::Failed, error);
    return false;
}

void FileSender::failSoon(std::function<QString()> error)
{
    if (m_sending) {
        // The first cause is the one to report.
        if (!m_failure)
            m_failure = std::move(error);
        return;
    }
    finish(FileTransferResult::Outcome::Failed, error());
}

void FileSender::handleBytesWritten()
{
    // On the next pass, not inside the session's signal: the pump's own sends would wait behind
    // it, and the other receivers behind the pump.
    if (m_running && m_stallTimer->isActive()) {
        m_stallTimer->stop();
        m_pumpTimer->start(0);
    }
}

void FileSender::finish(FileTransferResult::Outcome outcome, const QString &error)
{
    const quint64 run = m_run;
    const QPointer<FileSender> self(this);
    emit progressed(m_sent, m_size);
    // A receiver of the last progress cancelled: that result has been reported.
    if (!self || m_run != run || !m_running)
        return;
    FileTransferResult result;
    result.outcome = outcome;
    result.path = path();
    result.fileSize = m_size;
    result.bytesSent = m_sent;
    result.sha256 = m_hash.result();
    result.elapsedMs = m_clock.elapsed();
    result.targets = m_targets;
    result.error = error;
    stopWork();
    m_elapsedMs = result.elapsedMs;
    // Receivers may start another transfer or delete the sender (deleteLater()).
    emit finished(result);
}

void FileSender::stopWork()
{
    m_running = false;
    m_sending = false;
    ++m_run;
    m_pumpTimer->stop();
    m_stallTimer->stop();
    disconnect(m_writtenConnection);
    disconnect(m_sentConnection);
    m_addressPiece = QByteArray();
    m_failure = nullptr;
    m_file.close();
}
