#include "peereventlog.h"

#include "logmodel.h"

#include <QLocale>
#include <QTimer>

PeerEventLog::PeerEventLog(LogModel *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_window(new QTimer(this))
{
    m_window->setSingleShot(true);
    m_window->setInterval(kWindowMs);
    connect(m_window, &QTimer::timeout, this, &PeerEventLog::endWindow);
}

void PeerEventLog::connected(const QString &peer)
{
    add(LogEntry::Kind::Connected, peer, {});
}

void PeerEventLog::disconnected(const QString &peer, const QString &reason)
{
    add(LogEntry::Kind::Disconnected, peer, reason);
}

void PeerEventLog::add(LogEntry::Kind kind, const QString &peer, const QString &reason)
{
    if (!m_window->isActive())
        m_window->start();
    if (++m_eventsInWindow <= kSingleEntries) {
        m_log->addEvent(kind, peer, singleMessage(kind, peer, reason));
        return;
    }
    // Consecutive events of one kind and reason share an entry; the log keeps their order.
    if (m_groups.empty() || m_groups.back().kind != kind || m_groups.back().reason != reason)
        m_groups.push_back({kind, reason, {}});
    m_groups.back().peers.append(peer);
}

void PeerEventLog::endWindow()
{
    const bool storm = !m_groups.empty();
    flush();
    // While the storm goes on, so does the grouping.
    m_eventsInWindow = storm ? kSingleEntries : 0;
    if (storm)
        m_window->start();
}

void PeerEventLog::flush()
{
    for (const Group &group : std::exchange(m_groups, {})) {
        if (group.peers.size() == 1) {
            const QString &peer = group.peers.first();
            m_log->addEvent(group.kind, peer, singleMessage(group.kind, peer, group.reason));
            continue;
        }
        // Disconnects name their peers, so that a re-rendered log ends their streams there.
        const bool ends = group.kind == LogEntry::Kind::Disconnected;
        m_log->addEvent(group.kind, {}, groupMessage(group), ends ? group.peers : QStringList());
    }
}

QString PeerEventLog::singleMessage(LogEntry::Kind kind, const QString &peer,
                                    const QString &reason) const
{
    return kind == LogEntry::Kind::Connected ? tr("%1 connected").arg(peer)
                                             : tr("%1 disconnected (%2)").arg(peer, reason);
}

QString PeerEventLog::groupMessage(const Group &group) const
{
    const int count = int(group.peers.size());
    const QString peers = group.peers.join(QStringLiteral(", "));
    return group.kind == LogEntry::Kind::Connected
                   ? tr("%n peer(s) connected: %1", nullptr, count).arg(peers)
                   : tr("%n peer(s) disconnected (%1): %2", nullptr, count)
                             .arg(group.reason, peers);
}
