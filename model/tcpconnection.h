#pragma once

#include "channel.h"

#include <QAbstractSocket>
#include <QObject>

class QTcpSocket;

// One established TCP connection, a server's peer or a client's: reads in bounded chunks, writes
// at once, turns socket errors into reasons, and closes gracefully with a grace period. What the
// server and the client share, written once.
class TcpConnection : public QObject
{
    Q_OBJECT

public:
    // How long a graceful close waits for queued data to go out before it resets.
    static constexpr int kCloseGraceMs = 3000;

    // Takes over a connected socket and becomes its parent.
    explicit TcpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~TcpConnection() override;

    QTcpSocket *socket() const { return m_socket; }
    QHostAddress peerAddress() const; // IPv4 peers of a dual-stack socket as plain IPv4
    quint16 peerPort() const;
    QString localLabel() const;
    QAbstractSocket::SocketState state() const;
    bool isClosing() const { return m_closeRequested; }

    // Queues the bytes and pushes them out now. False, with errorString(), when the socket would
    // not take them; a write that finds the connection broken ends it with closed().
    bool write(const QByteArray &data);
    QString errorString() const;
    // Queued by write(), not yet taken by the kernel.
    qint64 bytesToWrite() const;

    // Graceful close: queued data still goes out, then the connection closes; a peer that stopped
    // reading is reset after kCloseGraceMs. closed() reports it with reason.
    void close(CloseReason reason = CloseReason::ClosedByUser);
    // Resets at once, dropping what is queued; closed() follows at once.
    void abort(CloseReason reason = CloseReason::ClosedByUser);

    // Reads what arrived before the signals were connected (a peer that sent with its connect).
    void readPending();

signals:
    void dataRead(const QByteArray &data);
    void stateChanged(QAbstractSocket::SocketState state);
    // The kernel took bytes that write() had queued.
    void bytesWritten(qint64 bytes);
    // Once, when the connection has ended; it may then be deleted (deleteLater()).
    void closed(CloseReason reason, const QString &detail);

private:
    void handleReadyRead();
    void handleError(QAbstractSocket::SocketError error, int savedErrno);
    void handleDisconnected();

    QTcpSocket *m_socket = nullptr;
    CloseReason m_reason = CloseReason::ClosedByPeer;
    QString m_detail;
    bool m_closeRequested = false;
    bool m_closed = false;
};
