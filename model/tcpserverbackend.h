#pragma once

#include "peerinfo.h"

#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class QTimer;

// Subnets whose peers may connect: an address and a prefix length, as QHostAddress::parseSubnet()
// returns them.
using SubnetList = QList<QPair<QHostAddress, int>>;

// Owns a listening socket and every connection it accepts, and reports what happens on them
// as value types. Connections stay open until the peer or the user closes them.
class TcpServerBackend : public QObject
{
    Q_OBJECT

public:
    // The most dataReceived() carries at once (see kMaxReadChunk).
    static constexpr qint64 kReadChunk = kMaxReadChunk;

    explicit TcpServerBackend(QObject *parent = nullptr);
    ~TcpServerBackend() override;

    // Starts listening; on failure emits errorOccurred() with a message naming the port.
    bool listen(const QHostAddress &address, quint16 port);
    // Stops listening and closes every connection.
    void stop();
    bool isListening() const;
    QHostAddress listenAddress() const;
    quint16 listenPort() const;

    // The length of the system's queue of connections not yet accepted; used by the next listen().
    // The default is Linux's own cap (net.core.somaxconn, 4096 since 5.4; the kernel lowers larger
    // values to it): a storm of thousands of connects waits there instead of being dropped.
    static constexpr int kDefaultBacklog = 4096;
    int backlog() const { return m_backlog; }
    void setBacklog(int backlog);

    // At most this many peers at once; 0 for no cap but the system's (see
    // SystemLimits::connectionCap()). Peers beyond it are closed at once and reported with
    // peerRefused(). Applies to the next peer that connects.
    int maxConnections() const { return m_maxConnections; }
    void setMaxConnections(int maxConnections);
    // The cap in force: the configured one, never above what the open-files limit allows.
    int effectiveMaxConnections() const;

    // Only peers in these subnets may connect; an empty list lets everyone in. Applies to the
    // next peer that connects.
    SubnetList allowList() const { return m_allowList; }
    void setAllowList(const SubnetList &subnets);
    bool isAllowed(const QHostAddress &address) const;
    // Reads entries such as "127.0.0.1, 192.168.1.0/24 ::1 fe80::/10", separated by commas or
    // spaces; a single address stands for itself (/32 or /128). On a bad entry returns false and
    // an error naming it.
    static bool parseAllowList(const QString &text, SubnetList *out, QString *error);
    // The list as parseAllowList() reads it back.
    static QString formatAllowList(const SubnetList &subnets);

    QList<PeerId> peerIds() const;
    int peerCount() const { return int(m_peers.size()); }
    bool hasPeer(PeerId id) const { return m_peers.contains(id); }
    PeerInfo peer(PeerId id) const;

    // Each returns the number of peers the data was queued for.
    int send(PeerId id, const QByteArray &data);
    int send(const QList<PeerId> &ids, const QByteArray &data);
    int sendToAll(const QByteArray &data);
    void disconnectPeer(PeerId id);

    // A description of where the server listens, such as "all interfaces (IPv4 + IPv6), port 80".
    static QString describeAddress(const QHostAddress &address);

signals:
    void listeningStarted(const QHostAddress &address, quint16 port);
    void listeningStopped();
    void peerConnected(const PeerInfo &peer);
    // A peer was closed as soon as it was accepted, without reading from it; reason says why.
    void peerRefused(const QHostAddress &address, quint16 port, const QString &reason);
    void peerDisconnected(const PeerInfo &peer, DisconnectReason reason, const QString &detail);
    void peerStateChanged(PeerId id, QAbstractSocket::SocketState state);
    void dataReceived(PeerId id, const QByteArray &data);
    void dataSent(PeerId id, const QByteArray &data);
    void errorOccurred(const QString &message);

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        PeerInfo info;
        DisconnectReason reason = DisconnectReason::ClosedByPeer;
        QString detail;
    };

    void acceptPending();
    void adopt(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, const QString &reason);
    void reportAcceptFailure(const QString &message);
    void resumeAccepting();
    void handleReadyRead(PeerId id);
    void handleSocketError(PeerId id, QAbstractSocket::SocketError error, int savedErrno);
    void handleDisconnected(PeerId id);
    void closeConnection(Connection &connection, DisconnectReason reason);

    QTcpServer *m_server = nullptr;
    QSocketNotifier *m_acceptNotifier = nullptr; // accepts instead of m_server (Unix)
    QTimer *m_retryTimer = nullptr;
    QTimer *m_releaseTimer = nullptr; // gives freed memory back after peers leave
    int m_releasedSockets = 0;        // deleted since memory was last given back
    int m_flushing = 0;               // inside send()'s flush: disconnects wait until it is done
    QHash<PeerId, Connection> m_peers;
    SubnetList m_allowList;
    PeerId m_nextId = 1;
    int m_backlog = kDefaultBacklog;
    int m_maxConnections = 0;
    bool m_acceptFailing = false; // reported once until an accept succeeds again
};
