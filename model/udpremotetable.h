#pragma once

#include "channel.h"
#include "udpsocket.h"

#include <QHash>
#include <QList>
#include <map>
#include <optional>
#include <vector>

// The remotes of a UdpSession, each a channel: found by address:port or by id, listed in the
// order they came, and bounded, forgetting the one heard from least recently.
class UdpRemoteTable
{
public:
    // A remote address and port the session has heard from or sent to.
    struct Remote
    {
        ChannelInfo info;
        Endpoint endpoint; // as sendto() wants it on this socket
        RemoteKey key;
    };

    explicit UdpRemoteTable(int capacity)
        : m_capacity(capacity)
    {}

    bool isEmpty() const { return m_remotes.isEmpty(); }
    bool isFull() const { return m_remotes.size() >= m_capacity; }
    int count() const { return int(m_ids.size()); }
    // In ascending order of id.
    QList<ChannelId> ids() const;
    bool contains(ChannelId id) const { return m_ids.count(id) != 0; }
    // nullptr for none; valid until the table changes.
    Remote *find(const RemoteKey &key);
    Remote *find(ChannelId id);
    const Remote *find(ChannelId id) const;
    // 0 for none.
    ChannelId idOf(const RemoteKey &key) const;
    ChannelId idOf(const Endpoint &endpoint) const { return idOf(UdpSocket::keyOf(endpoint)); }
    // A default ChannelInfo (id 0) for none.
    ChannelInfo info(ChannelId id) const;

    // A new channel, open, first seen at now (ms since the epoch). The table must not be full.
    Remote &add(const RemoteKey &key, const Endpoint &endpoint, qint64 now);
    // Each takes remotes out, returning their info with the state Closed.
    std::optional<ChannelInfo> take(ChannelId id);
    // The count remotes heard from or sent to least recently (of equals, the oldest), in the
    // order they came.
    std::vector<ChannelInfo> takeLeastRecentlySeen(int count);
    // In ascending order of id.
    std::vector<ChannelInfo> takeAll();

private:
    int m_capacity;
    QHash<RemoteKey, Remote> m_remotes;
    std::map<ChannelId, RemoteKey> m_ids;
    // The remote found last: a flood comes from one remote, and comparing 24 bytes costs less
    // than hashing them. Forgotten whenever the table changes, which moves its entries.
    RemoteKey m_lastKey;
    Remote *m_last = nullptr;
};
