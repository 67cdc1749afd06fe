#include "udpremotetable.h"

#include "session.h"

#include <algorithm>
#include <utility>

QList<ChannelId> UdpRemoteTable::ids() const
{
    QList<ChannelId> ids;
    ids.reserve(qsizetype(m_ids.size()));
    for (const auto &entry : m_ids)
        ids.append(entry.first);
    return ids;
}

UdpRemoteTable::Remote *UdpRemoteTable::find(const RemoteKey &key)
{
    if (m_last && key == m_lastKey)
        return m_last;
    const auto it = m_remotes.find(key);
    if (it == m_remotes.end())
        return nullptr;
    m_lastKey = key;
    m_last = &*it;
    return m_last;
}

UdpRemoteTable::Remote *UdpRemoteTable::find(ChannelId id)
{
    const auto it = m_ids.find(id);
    return it == m_ids.end() ? nullptr : find(it->second);
}

const UdpRemoteTable::Remote *UdpRemoteTable::find(ChannelId id) const
{
    const auto it = m_ids.find(id);
    if (it == m_ids.end())
        return nullptr;
    const auto remote = m_remotes.constFind(it->second);
    return remote == m_remotes.cend() ? nullptr : &*remote;
}

ChannelId UdpRemoteTable::idOf(const RemoteKey &key) const
{
    const auto it = m_remotes.constFind(key);
    return it == m_remotes.cend() ? 0 : it->info.id;
}

ChannelInfo UdpRemoteTable::info(ChannelId id) const
{
    const auto it = m_ids.find(id);
    return it == m_ids.end() ? ChannelInfo() : m_remotes.value(it->second).info;
}

UdpRemoteTable::Remote &UdpRemoteTable::add(const RemoteKey &key, const Endpoint &endpoint,
                                            qint64 now)
{
    Remote remote;
    remote.endpoint = endpoint;
    remote.key = key;
    ChannelInfo &info = remote.info;
    info.id = Session::nextChannelId();
    info.address = UdpSocket::addressOf(endpoint, &info.port);
    info.openedAt = now;
    info.lastSeen = now;
    info.state = ChannelInfo::State::Open;
    m_ids.emplace(info.id, key);
    m_last = nullptr;
    return *m_remotes.insert(key, remote);
}

std::optional<ChannelInfo> UdpRemoteTable::take(ChannelId id)
{
    const auto it = m_ids.find(id);
    if (it == m_ids.end())
        return std::nullopt;
    m_last = nullptr;
    ChannelInfo info = m_remotes.take(it->second).info;
    m_ids.erase(it);
    info.state = ChannelInfo::State::Closed;
    return info;
}

std::vector<ChannelInfo> UdpRemoteTable::takeLeastRecentlySeen(int count)
{
    // One pass to pick them: this runs once for every kForgetAtOnce new remotes of a full table.
    std::vector<std::pair<qint64, ChannelId>> ages;
    ages.reserve(size_t(m_remotes.size()));
    for (const Remote &remote : std::as_const(m_remotes))
        ages.emplace_back(remote.info.lastSeen, remote.info.id);
    const auto end = ages.begin() + std::clamp<qsizetype>(count, 0, qsizetype(ages.size()));
    std::nth_element(ages.begin(), end, ages.end());
    std::vector<ChannelId> ids;
    for (auto it = ages.begin(); it != end; ++it)
        ids.push_back(it->second);
    std::sort(ids.begin(), ids.end());
    std::vector<ChannelInfo> taken;
    taken.reserve(ids.size());
    for (ChannelId id : ids) {
        if (std::optional<ChannelInfo> info = take(id))
            taken.push_back(*info);
    }
    return taken;
}

std::vector<ChannelInfo> UdpRemoteTable::takeAll()
{
    m_last = nullptr;
    const std::map<ChannelId, RemoteKey> ids = std::exchange(m_ids, {});
    const QHash<RemoteKey, Remote> remotes = std::exchange(m_remotes, {});
    std::vector<ChannelInfo> closed;
    closed.reserve(ids.size());
    for (const auto &entry : ids) {
        ChannelInfo info = remotes.value(entry.second).info;
        info.state = ChannelInfo::State::Closed;
        closed.push_back(info);
    }
    return closed;
}
