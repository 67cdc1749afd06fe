#pragma once

#include "session.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <memory>

struct Endpoint;
struct RemoteKey;

// A UDP socket as a session: bound to an address and port, it talks to any number of remotes.
// Each remote address:port it hears from or sends to is a channel; every datagram is one
// received() or one sent(), never merged or split, empty ones included. Broadcast and multicast
// (join and leave groups on a chosen interface, TTL, loopback) are options of the session.
class UdpSession : public Session
{
    Q_OBJECT

public:
    // The largest payload of one datagram: 65,535 less the IP and UDP headers (IPv4: 20 + 8;
    // IPv6, whose length field does not count its own header: 8).
    static constexpr int kMaxIPv4Payload = 65507;
    static constexpr int kMaxIPv6Payload = 65527;
    // Remotes kept at once. When the list is full, the kForgetAtOnce heard from or sent to least
    // recently are forgotten together: one scan of the list for every hundred new remotes,
    // rather than one for each datagram of a stream of new ones.
    static constexpr int kMaxRemotes = 10000;
    static constexpr int kForgetAtOnce = kMaxRemotes / 100;
    // Asked of the kernel for datagrams not yet read (it caps the request at net.core.rmem_max).
    static constexpr int kReceiveBufferBytes = 4 * 1024 * 1024;

    // A joined multicast group and the interface it was joined on (empty: the system's choice).
    struct Group
    {
        QHostAddress group;
        QString interfaceName;
        bool operator==(const Group &other) const
        {
            return group == other.group && interfaceName == other.interfaceName;
        }
    };

    explicit UdpSession(QObject *parent = nullptr);
    ~UdpSession() override;

    // Binds to address and port: QHostAddress::Any for every interface, IPv4 and IPv6 at once;
    // port 0 picks a free port. On failure reports why (port in use, not an address of this
    // computer, ...) with errorOccurred() and returns false.
    bool open(const QHostAddress &address, quint16 port);
    void close() override;
    QHostAddress localAddress() const;
    quint16 localPort() const;

    // Sends one datagram to a host (name or address, "[::1]" too) and port typed by the user: a
    // name is looked up first, and sends keep their order. Returns false at once, after
    // errorOccurred(), for what can never go: not open, port 0, a payload too large for UDP.
    // Failures found later (host not found, no route) are reported with errorOccurred().
    bool sendTo(const QString &host, quint16 port, const QByteArray &data);
    qint64 bytesToWrite(ChannelId id) const override;

    // SO_BROADCAST: lets datagrams go to broadcast addresses. On by default.
    bool broadcastEnabled() const { return m_broadcast; }
    void setBroadcastEnabled(bool enabled);

    // interfaceName: an interface's name ("lo"), one of its addresses ("127.0.0.1"), or empty for
    // the system's choice. Each returns false, after errorOccurred() with the reason, on failure.
    bool joinGroup(const QHostAddress &group, const QString &interfaceName);
    bool leaveGroup(const QHostAddress &group, const QString &interfaceName);
    QList<Group> joinedGroups() const;
    // The interface multicast datagrams leave from (IP_MULTICAST_IF / IPV6_MULTICAST_IF), named
    // as for joinGroup(); empty for the system's choice.
    QString multicastInterface() const;
    bool setMulticastInterface(const QString &interfaceName);
    // Hops a multicast datagram may travel, 1 to 255 (default 1: this network only).
    int multicastTtl() const;
    bool setMulticastTtl(int ttl);
    // Whether this host's own sockets receive the multicast datagrams it sends (default on).
    bool multicastLoopback() const;
    bool setMulticastLoopback(bool on);

    // Datagrams the kernel dropped because they came faster than they were read (SO_RXQ_OVFL);
    // -1 where that cannot be known.
    qint64 droppedDatagrams() const;

    QList<ChannelId> channelIds() const override;
    int channelCount() const override;
    bool hasChannel(ChannelId id) const override;
    ChannelInfo channel(ChannelId id) const override;
    void closeChannel(ChannelId id) override;

    // Checks a multicast group typed by the user; returns an error message or an empty string.
    static QString checkGroup(const QString &text, QHostAddress *group);
    // Checks an interface named as for joinGroup(); returns an error message or an empty string.
    static QString checkInterface(const QString &interfaceName);
    // Whether datagrams to the address go to every host of a network: 255.255.255.255, or the
    // broadcast address of one of this computer's IPv4 networks (127.255.255.255 on lo).
    static bool isBroadcastAddress(const QHostAddress &address);

signals:
    void groupsChanged();
    void droppedDatagramsChanged(qint64 total);

protected:
    bool write(ChannelId id, const QByteArray &data) override;
    bool sendToHost(const QString &host, quint16 port, const QByteArray &data,
                    SendKind kind) override;
    QString refusal(const QList<ChannelId> &ids, const QByteArray &data) const override;

private:
    struct Private;

    // Takes the datagram at index of what the socket read to its remote's channel, opening one
    // for a new remote.
    void handleDatagram(int index, qint64 now);
    // A new channel, reported opened; valid until the remotes change, so call it with signals
    // deferred (Batch).
    ChannelInfo &addRemote(const RemoteKey &key, const Endpoint &endpoint, qint64 now);
    bool sendToAddress(const QHostAddress &address, quint16 port, const QByteArray &data,
                       SendKind kind);
    // Sends what the lookups have made ready; false when the last of it could not go.
    bool sendLookedUp();
    bool transmit(const Endpoint &to, const QByteArray &data, ChannelId id);
    void handleWritable();
    void reportSendError(int error, const Endpoint &to, ChannelId id);
    void applyBroadcast();
    // Reports the problem unless it is empty; returns whether it was.
    bool succeeded(const QString &problem, ChannelId id = 0);
    // After a join or leave: reports the problem, or that the groups changed.
    bool groupsChangedUnless(const QString &problem);
    void reportClosedByUser(const ChannelInfo &info);
    void report(const QString &message, ChannelId id = 0);

    std::unique_ptr<Private> d;
    bool m_broadcast = true;
};
