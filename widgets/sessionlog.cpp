#include "sessionlog.h"

#include "logmodel.h"
#include "socketerrors.h"

#include <QTimer>

SessionLog::SessionLog(Session *session, LogModel *log, QObject *parent)
    : QObject(parent ? parent : session)
    , m_session(session)
    , m_log(log)
    , m_window(new QTimer(this))
{
    m_window->setSingleShot(true);
    m_window->setInterval(kWindowMs);
    connect(m_window, &QTimer::timeout, this, &SessionLog::endWindow);
    connect(session, &Session::channelOpened, this, &SessionLog::handleOpened);
    connect(session, &Session::channelClosed, this, &SessionLog::handleClosed);
    connect(session, &Session::received, this, &SessionLog::handleReceived);
    connect(session, &Session::sent, this, &SessionLog::handleSent);
    connect(session, &Session::errorOccurred, this, &SessionLog::handleError);
}

void SessionLog::addEvent(LogEntry::Kind kind, const QString &message)
{
    flush();
    m_log->addEvent(kind, message);
}

void SessionLog::handleOpened(const ChannelInfo &channel)
{
    const QString label = channel.label();
    m_labels.insert(channel.id, label);
    addGrouped(LogEntry::Kind::Connected, channel.id, label,
               openedMessage(label, channel.localLabel), {});
}

void SessionLog::handleClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail)
{
    const QString label = m_labels.take(channel.id);
    if (channel.id == m_lastLabelled)
        m_lastLabelled = 0;
    m_log->endStreams(channel.id);
    // A forgotten remote: the detail says why, and "forgotten" is in the message already.
    const QString why = reason == CloseReason::Forgotten && !detail.isEmpty()
                                ? detail
                                : SocketErrors::reasonWithDetail(reason, detail);
    addGrouped(LogEntry::Kind::Disconnected, channel.id, label, closedMessage(label, why), why);
}

void SessionLog::handleReceived(ChannelId id, const QByteArray &data)
{
    flush();
    m_log->addData(LogEntry::Kind::Received, id, labelFor(id), data,
                   m_session->receivesDatagrams());
}

const QString &SessionLog::labelFor(ChannelId id)
{
    if (id != m_lastLabelled) {
        m_lastLabelled = id;
        m_lastLabel = m_labels.value(id);
    }
    return m_lastLabel;
}

void SessionLog::handleSent(const QList<ChannelId> &ids, const QByteArray &data,
                            Session::SendKind kind)
{
    if (kind == Session::SendKind::Transfer) {
        m_log->countSent(data.size() * ids.size());
        return;
    }
    flush();
    // A send to a few channels logs an entry for each, so the log says who got it; to more, one
    // entry for the whole send.
    if (ids.size() <= kSeparateSendEntries) {
        for (ChannelId id : ids) {
            m_log->addData(LogEntry::Kind::Sent, id, m_labels.value(id), data,
                           m_session->receivesDatagrams());
        }
        return;
    }
    const int count = int(ids.size());
    m_log->addSentToMany(m_session->kind() == Session::Kind::Udp
                                 ? tr("[%n remote(s)]", nullptr, count)
                                 : tr("[%n peer(s)]", nullptr, count),
                         data, count);
}

void SessionLog::handleError(const QString &message, ChannelId id)
{
    flush();
    m_log->addEvent(LogEntry::Kind::Error, id, m_labels.value(id), message);
}

void SessionLog::addGrouped(LogEntry::Kind kind, ChannelId id, const QString &label,
                            const QString &message, const QString &reason)
{
    if (!m_window->isActive())
        m_window->start();
    if (++m_eventsInWindow <= kSingleEntries) {
        m_log->addEvent(kind, id, label, message);
        return;
    }
    // Consecutive events of one kind and reason share an entry; the log keeps their order.
    if (m_groups.empty() || m_groups.back().kind != kind || m_groups.back().reason != reason)
        m_groups.push_back({kind, reason, {}, {}});
    m_groups.back().channels.append(id);
    m_groups.back().labels.append(label);
}

void SessionLog::endWindow()
{
    const bool storm = !m_groups.empty();
    flush();
    // While the storm goes on, so does the grouping.
    m_eventsInWindow = storm ? kSingleEntries : 0;
    if (storm)
        m_window->start();
}

void SessionLog::flush()
{
    for (const Group &group : std::exchange(m_groups, {})) {
        const bool opened = group.kind == LogEntry::Kind::Connected;
        if (group.channels.size() == 1) {
            const QString &label = group.labels.first();
            m_log->addEvent(group.kind, group.channels.first(), label,
                            opened ? openedMessage(label, {}) : closedMessage(label, group.reason));
            continue;
        }
        // Closes name their channels, so that a re-rendered log ends their streams there.
        m_log->addEvent(group.kind, 0, {}, groupMessage(group),
                        opened ? QList<ChannelId>() : group.channels);
    }
}

QString SessionLog::openedMessage(const QString &label, const QString &local) const
{
    switch (m_session->kind()) {
    case Session::Kind::TcpServer: return tr("%1 connected").arg(label);
    case Session::Kind::TcpClient:
        return local.isEmpty() ? tr("Connected to %1").arg(label)
                               : tr("Connected to %1 from %2").arg(label, local);
    case Session::Kind::Udp: return tr("New remote %1").arg(label);
    }
    return {};
}

QString SessionLog::closedMessage(const QString &label, const QString &reason) const
{
    switch (m_session->kind()) {
    case Session::Kind::TcpServer: return tr("%1 disconnected (%2)").arg(label, reason);
    case Session::Kind::TcpClient: return tr("Disconnected from %1 (%2)").arg(label, reason);
    case Session::Kind::Udp: return tr("Remote %1 removed from the list (%2)").arg(label, reason);
    }
    return {};
}

QString SessionLog::groupMessage(const Group &group) const
{
    const int count = int(group.channels.size());
    const QString labels = group.labels.join(QStringLiteral(", "));
    const bool udp = m_session->kind() == Session::Kind::Udp;
    if (group.kind == LogEntry::Kind::Connected) {
        return udp ? tr("%n new remote(s): %1", nullptr, count).arg(labels)
                   : tr("%n peer(s) connected: %1", nullptr, count).arg(labels);
    }
    return udp ? tr("%n remote(s) removed from the list (%1): %2", nullptr, count)
                           .arg(group.reason, labels)
               : tr("%n peer(s) disconnected (%1): %2", nullptr, count).arg(group.reason, labels);
}
