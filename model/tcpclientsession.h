#pragma once

#include "session.h"

class QTcpSocket;
class QTimer;
class TcpConnection;

// A TCP client as a session: connects to a host and port with a timeout; the connection, once
// made, is its one channel. Failures to connect are errors of the session, with clear messages.
class TcpClientSession : public Session
{
    Q_OBJECT

public:
    // Where a connection attempt is, in more detail than state().
    enum class Phase { Unconnected, HostLookup, Connecting, Connected, Closing };
    Q_ENUM(Phase)

    static constexpr int kDefaultConnectTimeoutMs = 10000;

    explicit TcpClientSession(QObject *parent = nullptr);
    ~TcpClientSession() override;

    // Starts connecting; failures arrive as errorOccurred() with a clear message.
    void connectToHost(const QString &host, quint16 port);
    // Ends an attempt at once; closes a connection gracefully.
    void disconnectFromHost();
    void close() override { disconnectFromHost(); }
    // Closes at once, dropping data not yet sent.
    void abort();
    Phase phase() const { return m_phase; }
    // The host and port of the last attempt, as given (without brackets).
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    int connectTimeout() const { return m_connectTimeoutMs; }
    void setConnectTimeout(int milliseconds);

    // The open connection's channel, 0 when there is none.
    ChannelId channelId() const { return m_connection ? m_info.id : 0; }

    QList<ChannelId> channelIds() const override;
    int channelCount() const override { return m_connection ? 1 : 0; }
    bool hasChannel(ChannelId id) const override { return id != 0 && id == channelId(); }
    ChannelInfo channel(ChannelId id) const override;
    void closeChannel(ChannelId id) override;
    qint64 bytesToWrite(ChannelId id) const override;

    static QString phaseText(Phase phase);

signals:
    void phaseChanged(TcpClientSession::Phase phase);

protected:
    bool write(ChannelId id, const QByteArray &data) override;

private:
    void setPhase(Phase phase);
    void handleSocketState(QAbstractSocket::SocketState state);
    void handleConnected();
    void handleConnectError(QAbstractSocket::SocketError error);
    void handleConnectTimeout();
    void handleRead(const QByteArray &data);
    void handleClosed(CloseReason reason, const QString &detail);
    // Ends an attempt that has not connected yet.
    void dropAttempt();

    QTcpSocket *m_attempt = nullptr;       // while looking up and connecting
    TcpConnection *m_connection = nullptr; // once connected
    QTimer *m_connectTimer = nullptr;
    Phase m_phase = Phase::Unconnected;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    QString m_host;
    quint16 m_port = 0;
    ChannelInfo m_info;
};
