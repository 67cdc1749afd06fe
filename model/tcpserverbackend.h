#pragma once

#include "peerinfo.h"

#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// Owns a listening socket and every connection it accepts, and reports what happens on them
// as value types. Connections stay open until the peer or the user closes them.
class TcpServerBackend : public QObject
{
    Q_OBJECT

public:
    explicit TcpServerBackend(QObject *parent = nullptr);
    ~TcpServerBackend() override;

    // Starts listening; on failure emits errorOccurred() with a message naming the port.
    bool listen(const QHostAddress &address, quint16 port);
    // Stops listening and closes every connection.
    void stop();
    bool isListening() const;
    QHostAddress listenAddress() const;
    quint16 listenPort() const;

    int backlog() const { return m_backlog; }
    void setBacklog(int backlog);

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

    void handleNewConnections();
    void handleAcceptError(QAbstractSocket::SocketError error);
    void handleReadyRead(PeerId id);
    void handleSocketError(PeerId id, QAbstractSocket::SocketError error, int savedErrno);
    void handleDisconnected(PeerId id);
    void closeConnection(Connection &connection, DisconnectReason reason);

    QTcpServer *m_server = nullptr;
    QHash<PeerId, Connection> m_peers;
    PeerId m_nextId = 1;
    int m_backlog = 128;
};
