#include "udpreceiver.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <utility>

UdpReceiver::UdpReceiver(UdpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{}

void UdpReceiver::start()
{
    m_dropCounter = 0;
    m_dropped = m_socket->enableDropCounter() == 0 ? 0 : -1;
    m_notifier = new QSocketNotifier(m_socket->descriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UdpReceiver::handleReadable);
}

void UdpReceiver::stop()
{
    ++m_generation;
    m_reading = false;
    // stop() may run in a slot of the notifier's own activation.
    if (QSocketNotifier *old = std::exchange(m_notifier, nullptr)) {
        old->setEnabled(false);
        old->deleteLater();
    }
}

int UdpReceiver::drainErrors()
{
    const quint64 generation = m_generation;
    QList<UdpSocket::QueuedError> errors;
    UdpSocket::QueuedError error;
    while (errors.size() < kMaxErrorsPerPass && m_socket->takeError(&error)) {
        if (error.errorCode != 0)
            errors.append(error);
    }
    if (!errors.isEmpty())
        emit errorsQueued(errors);
    return generation == m_generation ? int(errors.size()) : -1;
}

void UdpReceiver::handleReadable()
{
    if (m_reading) {
        // A receiver runs a nested event loop: reading now would overwrite the buffers the outer
        // pass has not finished with. The outer pass turns the notifier back on.
        if (m_notifier)
            m_notifier->setEnabled(false);
        return;
    }
    const quint64 generation = m_generation;
    m_reading = true;
    readPending();
    if (generation == m_generation) {
        m_reading = false;
        if (m_notifier)
            m_notifier->setEnabled(true);
    }
}

void UdpReceiver::readPending()
{
    const quint64 generation = m_generation;
    int datagrams = 0;
    qint64 bytes = 0;
    bool dropsChanged = false;
    int failures = 0;
    while (datagrams < kMaxDatagramsPerPass && bytes < kMaxBytesPerPass) {
        const int count = m_socket->receive();
        if (count == 0) {
            // POLLERR wakes the read notifier too: with nothing to read, an error is waiting
            // (and would wake it again and again until read).
            if (datagrams == 0 && drainErrors() < 0)
                return;
            break;
        }
        if (count < 0) {
            // An error the kernel holds for an earlier send fails one read; the datagrams
            // behind it are still there.
            const int reported = drainErrors();
            if (reported < 0)
                return;
            if (reported == 0) {
                emit readFailed(-count);
                if (generation != m_generation)
                    return;
            }
            if (++failures > 1)
                break;
            continue;
        }
        failures = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            quint32 drops = 0;
            if (m_socket->dropCount(i, &drops) && drops != m_dropCounter) {
                // A cumulative 32-bit counter: the difference is right across a wrap.
                m_dropped += quint32(drops - m_dropCounter);
                m_dropCounter = drops;
                dropsChanged = true;
            }
            m_handler(i, now);
            if (generation != m_generation)
                return;
            ++datagrams;
            bytes += m_socket->size(i);
        }
        if (count < UdpSocket::kBatch)
            break;
    }
    if (dropsChanged)
        emit droppedChanged(m_dropped);
}
