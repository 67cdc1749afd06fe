#pragma once

#include "payloadcodec.h"
#include "sendtarget.h"

#include <QElapsedTimer>
#include <QObject>
#include <functional>
#include <optional>

class QTimer;
class Session;

// A stage that sends a payload again and again on a fixed schedule: send n leaves at
// start + n × interval (the schedule does not drift with the time each send takes), to the target
// the user chose, until the count is reached, the user stops it, or it cannot go on (the session
// or a chosen channel closed, a send failed, the payload became invalid). The payload is asked for
// at each send, so an edit takes effect at the next one.
class PeriodicSender : public QObject
{
    Q_OBJECT

public:
    enum class StopReason {
        Completed,
        Stopped,
        SessionClosed,
        ChannelClosed,
        SendFailed,
        InvalidPayload
    };
    Q_ENUM(StopReason)

    static constexpr int kMinIntervalMs = 1;
    static constexpr int kMaxIntervalMs = 24 * 60 * 60 * 1000;
    // A late pass of the event loop sends what is due, at most this many at once: the average
    // rate holds, without a burst of thousands after the machine was suspended.
    static constexpr int kMaxCatchUp = 100;

    using PayloadSource = std::function<PayloadResult()>;

    explicit PeriodicSender(Session *session, QObject *parent = nullptr);

    // Sends the first at once. count 0: until stopped. False, with the reason in stopped(), when
    // it cannot start (interval out of range, the session not open, an invalid payload).
    bool start(const SendTarget &target, int intervalMs, qint64 count, PayloadSource payload);
    // Stops as the user asked: stopped(Stopped).
    void stop();

    bool isRunning() const { return m_running; }
    qint64 sentCount() const { return m_sent; }
    qint64 count() const { return m_count; }
    int intervalMs() const { return m_intervalMs; }
    // How late the last send left against its schedule, in microseconds.
    qint64 lastLatenessUs() const { return m_lastLatenessUs; }

signals:
    void progressed(qint64 sent);
    // message says why in a sentence for the log ("Periodic send stopped: ... after 12 sends.").
    void stopped(PeriodicSender::StopReason reason, const QString &message);

private:
    // Why the series stops, and the sentence for it, made when it stops: a cause met during a
    // send is reported once that send has been counted.
    struct Pending
    {
        StopReason reason;
        std::function<QString()> message;
    };

    // Sends what is due on the schedule, then waits for the next.
    void sendDue();
    // One send; false when the series stopped meanwhile (or with it).
    bool sendOne(qint64 latenessNs);
    void handleSessionLeftOpen();
    void handleChannelClosed(const ChannelInfo &channel, CloseReason reason);
    void handleError(const QString &message, ChannelId channel);
    void stopOrDefer(StopReason reason, std::function<QString()> message);
    void finish(StopReason reason, const QString &message);

    Session *m_session = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    SendTarget m_target;
    PayloadSource m_payload;
    int m_intervalMs = 1000;
    qint64 m_count = 0;
    qint64 m_sent = 0;
    qint64 m_skipped = 0; // places on the schedule dropped after the series fell far behind
    qint64 m_lastLatenessUs = 0;
    quint64 m_run = 0;               // one number per series, to tell whether it ended meanwhile
    bool *m_firstSendWent = nullptr; // set while start() makes the first send
    std::optional<Pending> m_pending;
    bool m_running = false;
    bool m_sending = false; // inside the session's send(), whose consequences may arrive in it
};
