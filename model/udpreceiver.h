#pragma once

#include "udpsocket.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <functional>

class QSocketNotifier;

// Reads what waits on a UdpSession's socket whenever it is readable: the datagrams, in bounded
// passes so that a flood leaves the event loop turning, the kernel's count of those it dropped,
// and the errors it queued for datagrams sent earlier.
class UdpReceiver : public QObject
{
    Q_OBJECT

public:
    // What one activation of the read notifier takes at most; the level-triggered notifier fires
    // again at once for the rest.
    static constexpr int kMaxDatagramsPerPass = 1024;
    static constexpr qint64 kMaxBytesPerPass = 1024 * 1024;
    // Errors read from the error queue at once, for the same reason.
    static constexpr int kMaxErrorsPerPass = 256;

    // Takes each datagram, by its index in what UdpSocket::receive() read. Called rather than
    // emitted: at the rates of a flood, a signal per datagram costs measurably.
    using Handler = std::function<void(int index, qint64 now)>;

    UdpReceiver(UdpSocket *socket, Handler handler, QObject *parent = nullptr);

    // Watches the socket, just opened, and counts dropped datagrams from 0 again.
    void start();
    // Stops watching; a pass under way ends when the handler or signal that called it returns.
    void stop();
    // Datagrams the kernel dropped since start() (SO_RXQ_OVFL); -1 where that cannot be known.
    qint64 dropped() const { return m_dropped; }
    // Reads the socket's error queue, emitting errorsQueued() with what it held; returns how many
    // errors, or -1 when a receiver of the signal stopped this.
    int drainErrors();

signals:
    // Errors of datagrams sent earlier, in the order the kernel queued them.
    void errorsQueued(const QList<UdpSocket::QueuedError> &errors);
    // A read failed with the errno error, and the error queue held nothing to say why.
    void readFailed(int error);
    // After a pass in which the count of dropped datagrams grew.
    void droppedChanged(qint64 total);

private:
    void handleReadable();
    void readPending();

    UdpSocket *m_socket;
    Handler m_handler;
    QSocketNotifier *m_notifier = nullptr;
    quint32 m_dropCounter = 0;
    qint64 m_dropped = 0;
    // Grows with every stop(), so that a pass of reading notices when a receiver stopped it.
    quint64 m_generation = 0;
    bool m_reading = false;
};
