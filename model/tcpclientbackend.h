#pragma once

#include "peerinfo.h"

#include <QAbstractSocket>
#include <QObject>

class QTcpSocket;
class QTimer;

// Owns one outgoing connection: connects with a timeout, sends, and reports state changes,
// received data and errors as value types.
class TcpClientBackend : public QObject
{
    Q_OBJECT

public:
    enum class State { Unconnected, HostLookup, Connecting, Connected, Closing };
    Q_ENUM(State)

    explicit TcpClientBackend(QObject *parent = nullptr);
    ~TcpClientBackend() override;

    // Starts connecting; failures arrive as errorOccurred() with a clear message.
    void connectToHost(const QString &host, quint16 port);
    void disconnectFromHost();
    // Closes at once, dropping data not yet sent.
    void abort();
    State state() const { return m_state; }

    int connectTimeout() const { return m_connectTimeoutMs; }
    void setConnectTimeout(int milliseconds);

    // Returns false (and emits errorOccurred) when not connected.
    bool send(const QByteArray &data);

    QString peerLabel() const { return m_peerLabel; }
    QString localLabel() const { return m_localLabel; }
    qint64 rxBytes() const { return m_rxBytes; }
    qint64 txBytes() const { return m_txBytes; }

    static QString stateText(State state);

signals:
    void stateChanged(TcpClientBackend::State state);
    void connected(const QString &peer, const QString &local);
    void disconnected(DisconnectReason reason, const QString &detail);
    void dataReceived(const QByteArray &data);
    void dataSent(const QByteArray &data);
    void errorOccurred(const QString &message);

private:
    // A user close: ends a connection attempt outright; true when a connected socket is left to
    // close (gracefully or not).
    bool closeAttemptOrKeepSocket();
    void setState(State state);
    void handleSocketState(QAbstractSocket::SocketState state);
    void handleConnected();
    void handleReadyRead();
    void handleSocketError(QAbstractSocket::SocketError error, int savedErrno);
    void handleDisconnected();
    void handleConnectTimeout();
    void releaseSocket();

    QTcpSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    State m_state = State::Unconnected;
    int m_connectTimeoutMs = 10000;
    QString m_host;
    quint16 m_port = 0;
    QString m_peerLabel;
    QString m_localLabel;
    qint64 m_rxBytes = 0;
    qint64 m_txBytes = 0;
    bool m_wasConnected = false;
    DisconnectReason m_reason = DisconnectReason::ClosedByPeer;
    QString m_detail;
};
