#include "udpsendqueue.h"

#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <utility>

namespace {

bool isBackpressure(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == ENOBUFS;
}

} // namespace

UdpSendQueue::UdpSendQueue(UdpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(kNoBufferRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &UdpSendQueue::writable);
}

void UdpSendQueue::start()
{
    m_writeNotifier = new QSocketNotifier(m_socket->descriptor(), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &UdpSendQueue::writable);
}

qsizetype UdpSendQueue::stop()
{
    // stop() may run in a slot of the notifier's own activation.
    if (QSocketNotifier *old = std::exchange(m_writeNotifier, nullptr)) {
        old->setEnabled(false);
        old->deleteLater();
    }
    m_retryTimer->stop();
    m_bytes = 0;
    return qsizetype(std::exchange(m_queue, {}).size());
}

UdpSendQueue::Result UdpSendQueue::send(const Endpoint &to, const QByteArray &data, int *error)
{
    // Behind datagrams already waiting, to keep the order.
    if (!m_queue.empty())
        return enqueue(to, data, EAGAIN);
    *error = sendNow(to, data);
    if (*error == 0)
        return Result::Sent;
    if (isBackpressure(*error))
        return enqueue(to, data, *error);
    return Result::Failed;
}

void UdpSendQueue::flush()
{
    while (!m_queue.empty()) {
        const Outgoing &next = m_queue.front();
        const int error = sendNow(next.to, next.data);
        if (isBackpressure(error)) {
            waitFor(error);
            return;
        }
        if (error != 0)
            emit queuedSendFailed(next.to, error);
        m_bytes -= next.data.size();
        m_queue.pop_front();
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

int UdpSendQueue::sendNow(const Endpoint &to, const QByteArray &data)
{
    const int error = m_socket->sendTo(to, data);
    if (error == 0 || isBackpressure(error))
        return error;
    // An error the kernel holds for an earlier datagram fails the next send once: once it is
    // read, this datagram goes.
    emit sendAttemptFailed();
    return m_socket->sendTo(to, data);
}

UdpSendQueue::Result UdpSendQueue::enqueue(const Endpoint &to, const QByteArray &data, int error)
{
    if (m_bytes + data.size() > kMaxBytes || m_queue.size() >= size_t(kMaxDatagrams))
        return Result::Full;
    m_queue.push_back(Outgoing{to, data});
    m_bytes += data.size();
    waitFor(error);
    return Result::Queued;
}

void UdpSendQueue::waitFor(int error)
{
    if (error == ENOBUFS) {
        if (m_writeNotifier)
            m_writeNotifier->setEnabled(false);
        if (!m_retryTimer->isActive())
            m_retryTimer->start();
    } else if (m_writeNotifier) {
        m_writeNotifier->setEnabled(true);
    }
}
