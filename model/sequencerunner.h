#pragma once

#include "commandset.h"
#include "sendtarget.h"

#include <QObject>

class QTimer;
class Session;

// A stage that runs a sequence on a session: for each step, waits its delay, sends its command
// to the target, and, if the step says so, waits for a matching reply from the target (any
// channel of it) within the step's timeout; then the next step, and the whole again as often as
// the sequence says. A timeout, a closed connection or a failed send stops it with a message that
// names the step.
class SequenceRunner : public QObject
{
    Q_OBJECT

public:
    // Bytes received while waiting are matched as one piece, up to this much (the newest kept).
    static constexpr qsizetype kMaxReplyBytes = 64 * 1024;

    explicit SequenceRunner(Session *session, QObject *parent = nullptr);

    // Builds every step's payload from commands first: a step that cannot be built, a sequence
    // without steps, or a session not open refuses to start, with *error naming the step, and
    // nothing is sent.
    bool start(const Sequence &sequence, const CommandSet &commands, const SendTarget &target,
               QString *error);
    void stop(); // finished(false, "... stopped by the user ...")

    bool isRunning() const { return m_running; }
    QString sequenceName() const { return m_sequence.name; }
    int currentStep() const { return m_step; } // -1 when not running
    int round() const { return m_round; }      // 1-based

signals:
    // A step begins (its delay starts).
    void stepStarted(int index, int round);
    // ok: every round ran; otherwise message says where and why it stopped.
    void finished(bool ok, const QString &message);

private:
    void beginStep(int index);
    void handleTimer();
    void sendStep();
    // The next step, the next round, or the end.
    void next();
    void handleReceived(ChannelId id, const QByteArray &data);
    void handleChannelClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail);
    void handleStateChanged();
    void handleError(const QString &message, ChannelId channel);
    bool isTargetChannel(ChannelId id) const;
    QString currentCommand() const;
    void finish(bool ok, const QString &message);

    Session *m_session = nullptr;
    QTimer *m_timer = nullptr;
    Sequence m_sequence;
    QList<QByteArray> m_payloads;
    QList<ReplyMatcher> m_matchers;
    SendTarget m_target;
    QByteArray m_reply;
    int m_step = -1;
    int m_round = 0;
    QString m_sendError; // the first error reported while a step's send was under way
    bool m_waiting = false;
    bool m_sending = false;
    bool m_running = false;
};
