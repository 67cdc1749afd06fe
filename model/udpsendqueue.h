#pragma once

#include "udpsocket.h"

#include <QByteArray>
#include <QObject>
#include <deque>

class QSocketNotifier;
class QTimer;

// Sends the datagrams of a UdpSession in order: at once when the kernel takes them, otherwise
// queued, up to a limit, until the socket is writable again (after ENOBUFS: after a pause).
class UdpSendQueue : public QObject
{
    Q_OBJECT

public:
    enum class Result { Sent, Queued, Full, Failed };

    // Datagrams the kernel could not take yet (EAGAIN, ENOBUFS) wait here, up to this much.
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    static constexpr int kMaxDatagrams = 16384;
    // ENOBUFS leaves the socket writable, so a write notifier would spin: retry after a pause.
    static constexpr int kNoBufferRetryMs = 5;

    explicit UdpSendQueue(UdpSocket *socket, QObject *parent = nullptr);

    // Watches the socket, just opened, for room to send.
    void start();
    // Stops watching and drops what waits; returns how many datagrams it dropped.
    qsizetype stop();
    qsizetype size() const { return qsizetype(m_queue.size()); }
    qint64 bytes() const { return m_bytes; }

    // Sends one datagram now, or queues it behind those waiting. Failed: *error holds the errno,
    // and nothing is queued.
    Result send(const Endpoint &to, const QByteArray &data, int *error);
    // Sends what waits until the kernel takes no more. Receivers of the signals it emits must not
    // stop() it meanwhile (a session defers its own signals).
    void flush();

signals:
    // The kernel may take more now: call flush().
    void writable();
    // A send failed, perhaps with an error the kernel held for an earlier datagram (the ICMP
    // answer of a closed port): receivers read the socket's error queue now, then the send is
    // tried once more, so that the datagram is not lost.
    void sendAttemptFailed();
    // The kernel refused a datagram that had waited; it is dropped.
    void queuedSendFailed(const Endpoint &to, int error);

private:
    struct Outgoing
    {
        Endpoint to;
        QByteArray data;
    };

    int sendNow(const Endpoint &to, const QByteArray &data);
    Result enqueue(const Endpoint &to, const QByteArray &data, int error);
    // Waits for room: for the socket to turn writable, or after ENOBUFS for the retry timer.
    void waitFor(int error);

    UdpSocket *m_socket;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_retryTimer = nullptr;
    std::deque<Outgoing> m_queue;
    qint64 m_bytes = 0;
};
