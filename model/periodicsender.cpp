#include "periodicsender.h"

#include "session.h"

#include <QPointer>
#include <QTimer>
#include <utility>

namespace {

constexpr qint64 kNsPerMs = 1000 * 1000;

} // namespace

PeriodicSender::PeriodicSender(Session *session, QObject *parent)
    : QObject(parent ? parent : session)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<PeriodicSender::StopReason>();
    m_timer->setSingleShot(true);
    // A coarse timer may fire 5% of its interval late; the schedule is kept by the clock anyway,
    // but a precise timer keeps each send close to its own time.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PeriodicSender::sendDue);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state != Session::State::Open)
            handleSessionLeftOpen();
    });
    connect(session, &Session::channelClosed, this,
            [this](const ChannelInfo &channel, CloseReason reason, const QString &) {
                handleChannelClosed(channel, reason);
            });
    connect(session, &Session::errorOccurred, this,
            [this](const QString &message, ChannelId channel) { handleError(message, channel); });
    // Given a parent of its own it may outlive the session, and then has nothing to send to.
    connect(session, &QObject::destroyed, this, [this] {
        m_session = nullptr;
        m_running = false;
        ++m_run;
        m_timer->stop();
    });
}

bool PeriodicSender::start(const SendTarget &target, int intervalMs, qint64 count,
                           PayloadSource payload)
{
    if (m_running) {
        stop();
        // A receiver of stopped() started another series meanwhile: that one stands.
        if (m_running)
            return false;
    }
    QString problem;
    StopReason reason = StopReason::SendFailed;
    if (intervalMs < kMinIntervalMs || intervalMs > kMaxIntervalMs) {
        problem = tr("Periodic send did not start: the interval must be from %1 to %2 ms, not %3.")
                          .arg(kMinIntervalMs)
                          .arg(kMaxIntervalMs)
                          .arg(intervalMs);
    } else if (count < 0) {
        problem = tr("Periodic send did not start: the number of sends cannot be negative (%1).")
                          .arg(count);
    } else if (!payload) {
        reason = StopReason::InvalidPayload;
        problem = tr("Periodic send did not start: there is no payload to send.");
    } else if (!m_session || m_session->state() != Session::State::Open) {
        reason = StopReason::SessionClosed;
        problem = tr("Periodic send did not start: the session is not open.");
    } else if (target.kind == SendTarget::Kind::Channels && target.channels.isEmpty()) {
        problem = tr("Periodic send did not start: nothing was chosen to send to.");
    } else if (target.kind == SendTarget::Kind::Channels) {
        for (ChannelId id : target.channels) {
            if (!m_session->hasChannel(id)) {
                // Its close has been reported already: the series would stop at once.
                reason = StopReason::ChannelClosed;
                problem = tr("Periodic send did not start: one of the chosen connections or "
                             "remotes is no longer open.");
                break;
            }
        }
    }
    m_target = target;
    m_intervalMs = intervalMs;
    m_count = count;
    m_sent = 0;
    m_skipped = 0;
    m_lastLatenessUs = 0;
    m_pending.reset();
    ++m_run;
    if (!problem.isEmpty()) {
        m_payload = {};
        emit stopped(reason, problem);
        return false;
    }
    m_payload = std::move(payload);
    m_running = true;
    m_clock.start();
    // Send 0 is due now. It started if that one went, even when it was the last, and even when a
    // receiver of stopped() has started the next series meanwhile.
    bool firstWent = false;
    bool *const outer = std::exchange(m_firstSendWent, &firstWent);
    const QPointer<PeriodicSender> self(this);
    sendDue();
    if (self)
        m_firstSendWent = outer;
    return firstWent;
}

void PeriodicSender::stop()
{
    if (!m_running)
        return;
    finish(StopReason::Stopped,
           tr("Periodic send stopped as asked after %n send(s).", nullptr, int(m_sent)));
}

void PeriodicSender::sendDue()
{
    if (!m_running)
        return;
    const qint64 intervalNs = qint64(m_intervalMs) * kNsPerMs;
    int sends = 0;
    qint64 now = m_clock.nsecsElapsed();
    // Send n is due at (n + m_skipped) × interval after the start, whenever the last one left.
    while ((m_sent + m_skipped) * intervalNs <= now) {
        if (sends == kMaxCatchUp) {
            // Far behind (the machine slept, the event loop was blocked): what was missed is
            // dropped, and the series goes on at the next time on its schedule.
            m_skipped = now / intervalNs + 1 - m_sent;
            break;
        }
        if (!sendOne(now - (m_sent + m_skipped) * intervalNs))
            return;
        ++sends;
        now = m_clock.nsecsElapsed();
    }
    const qint64 waitNs = (m_sent + m_skipped) * intervalNs - now;
    // Rounded up: a timer that fired before the send is due would only be armed again.
    m_timer->start(int((waitNs + kNsPerMs - 1) / kNsPerMs));
}

bool PeriodicSender::sendOne(qint64 latenessNs)
{
    const quint64 run = m_run;
    const QPointer<PeriodicSender> self(this);
    const PayloadResult payload = m_payload();
    if (!self || m_run != run)
        return false;
    if (!payload.ok()) {
        finish(StopReason::InvalidPayload,
               tr("Periodic send stopped after %n send(s): the payload is not valid. %1", nullptr,
                  int(m_sent))
                       .arg(payload.error));
        return false;
    }
    if (m_target.kind == SendTarget::Kind::All && m_session->channelCount() == 0) {
        finish(StopReason::SendFailed,
               tr("Periodic send stopped after %n send(s): there is nothing to send to.", nullptr,
                  int(m_sent)));
        return false;
    }
    // What the send causes (an error, a connection found closed) may be delivered inside it; it
    // is acted on once the send has been counted.
    m_sending = true;
    const int reached = m_session->send(m_target, payload.bytes);
    if (!self)
        return false;
    m_sending = false;
    if (m_run != run)
        return false;
    if (reached > 0) {
        if (++m_sent == 1 && m_firstSendWent)
            *m_firstSendWent = true;
        m_lastLatenessUs = latenessNs / 1000;
        emit progressed(m_sent);
        if (!self || m_run != run)
            return false;
    }
    if (m_pending) {
        const Pending pending = *std::exchange(m_pending, std::nullopt);
        finish(pending.reason, pending.message());
        return false;
    }
    if (reached == 0) {
        finish(StopReason::SendFailed,
               tr("Periodic send stopped after %n send(s): the last send reached nobody.", nullptr,
                  int(m_sent)));
        return false;
    }
    if (m_count > 0 && m_sent >= m_count) {
        finish(StopReason::Completed,
               tr("Periodic send completed after %n send(s).", nullptr, int(m_sent)));
        return false;
    }
    return true;
}

void PeriodicSender::handleSessionLeftOpen()
{
    if (!m_running)
        return;
    stopOrDefer(StopReason::SessionClosed, [this] {
        return tr("Periodic send stopped after %n send(s): the session was closed.", nullptr,
                  int(m_sent));
    });
}

void PeriodicSender::handleChannelClosed(const ChannelInfo &channel, CloseReason reason)
{
    if (!m_running || m_target.kind != SendTarget::Kind::Channels ||
        !m_target.channels.contains(channel.id))
        return;
    // A session that closes closes its channels first: that is the session closing, not a peer
    // leaving.
    if (reason == CloseReason::ClosedByUser && m_session->state() != Session::State::Open) {
        handleSessionLeftOpen();
        return;
    }
    const QString label = channel.label();
    if (m_session->kind() == Session::Kind::Udp) {
        stopOrDefer(StopReason::ChannelClosed, [this, label] {
            return tr("Periodic send stopped after %n send(s): remote %1 was removed from the "
                      "list.",
                      nullptr, int(m_sent))
                    .arg(label);
        });
        return;
    }
    stopOrDefer(StopReason::ChannelClosed, [this, label] {
        return tr("Periodic send stopped after %n send(s): the connection to %1 closed.", nullptr,
                  int(m_sent))
                .arg(label);
    });
}

void PeriodicSender::handleError(const QString &message, ChannelId channel)
{
    // Only an error of its own send: others (a peer refused, the ICMP answer to an earlier
    // datagram) are no reason to stop. A send to a typed host reports its failure later (a name
    // not found after the lookup), as an error of the whole session.
    const bool addressFailed = m_target.kind == SendTarget::Kind::Address && channel == 0;
    if (!m_running || (!m_sending && !addressFailed))
        return;
    stopOrDefer(StopReason::SendFailed, [this, message] {
        return tr("Periodic send stopped after %n send(s) because a send failed: %1", nullptr,
                  int(m_sent))
                .arg(message);
    });
}

void PeriodicSender::stopOrDefer(StopReason reason, std::function<QString()> message)
{
    if (m_sending) {
        // The first cause is the one to report.
        if (!m_pending)
            m_pending = Pending{reason, std::move(message)};
        return;
    }
    finish(reason, message());
}

void PeriodicSender::finish(StopReason reason, const QString &message)
{
    m_running = false;
    m_sending = false;
    m_pending.reset();
    ++m_run;
    m_timer->stop();
    // Receivers may restart the sender or delete it (deleteLater()): nothing is touched after.
    emit stopped(reason, message);
}
