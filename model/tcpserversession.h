#pragma once

#include "allowlist.h"
#include "session.h"

#include <QHash>
#include <QHostAddress>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class QTimer;
class TcpConnection;

// A TCP server as a session: owns a listening socket and every connection it accepts, one
// channel each. Connections stay open until the peer or the user closes them. Admission (an
// allow-list, a cap on connections within what the open-files limit allows) is decided before
// anything is read from a peer.
class TcpServerSession : public Session
{
    Q_OBJECT

public:
    enum class Refusal { NotAllowed, TooManyConnections };
    Q_ENUM(Refusal)

    // The length of the system's queue of connections not yet accepted; used by the next listen().
    // The default is Linux's own cap (net.core.somaxconn, 4096 since 5.4; the kernel lowers larger
    // values to it): a storm of thousands of connects waits there instead of being dropped.
    static constexpr int kDefaultBacklog = 4096;

    explicit TcpServerSession(QObject *parent = nullptr);
    ~TcpServerSession() override;

    // Starts listening; on failure emits errorOccurred() with a message naming the port.
    bool listen(const QHostAddress &address, quint16 port);
    // Stops listening and closes every connection.
    void close() override;
    bool isListening() const;
    QHostAddress listenAddress() const;
    quint16 listenPort() const;

    int backlog() const { return m_backlog; }
    void setBacklog(int backlog);
    // At most this many peers at once; 0 for no cap but the system's (see
    // SystemLimits::connectionCap()). Applies to the next peer that connects.
    int maxConnections() const { return m_maxConnections; }
    void setMaxConnections(int maxConnections);
    // The cap in force: the configured one, never above what the open-files limit allows.
    int effectiveMaxConnections() const;
    // Only peers in these subnets may connect; empty lets everyone in.
    SubnetList allowList() const { return m_allowList; }
    void setAllowList(const SubnetList &subnets);
    bool isAllowed(const QHostAddress &address) const;

    QList<ChannelId> channelIds() const override;
    int channelCount() const override { return int(m_peers.size()); }
    bool hasChannel(ChannelId id) const override { return m_peers.contains(id); }
    ChannelInfo channel(ChannelId id) const override;
    void closeChannel(ChannelId id) override;
    qint64 bytesToWrite(ChannelId id) const override;

signals:
    // A peer closed as soon as it was accepted, without reading from it; reason says why.
    void peerRefused(const QHostAddress &address, quint16 port, TcpServerSession::Refusal refusal,
                     const QString &reason);

protected:
    bool write(ChannelId id, const QByteArray &data) override;

private:
    struct Peer
    {
        TcpConnection *connection = nullptr;
        ChannelInfo info;
    };

    void acceptPending();
    void adopt(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, Refusal refusal, const QString &reason);
    void reportAcceptFailure(const QString &message);
    void resumeAccepting();
    void handleRead(ChannelId id, const QByteArray &data);
    void handleClosed(ChannelId id, CloseReason reason, const QString &detail);

    QTcpServer *m_server = nullptr;
    QSocketNotifier *m_acceptNotifier = nullptr; // accepts instead of m_server (Unix)
    QTimer *m_retryTimer = nullptr;
    QTimer *m_releaseTimer = nullptr; // gives freed memory back after peers leave
    int m_releasedSockets = 0;        // deleted since memory was last given back
    QHash<ChannelId, Peer> m_peers;
    SubnetList m_allowList;
    int m_backlog = kDefaultBacklog;
    int m_maxConnections = 0;
    bool m_acceptFailing = false; // reported once until an accept succeeds again
};
