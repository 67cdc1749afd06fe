#include "sequencerunner.h"

#include "session.h"

#include <QTimer>

SequenceRunner::SequenceRunner(Session *session, QObject *parent)
    : QObject(parent ? parent : session)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire 5 % early; a device that needs 100 ms between two frames gets no
    // less.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SequenceRunner::handleTimer);
    connect(session, &Session::received, this, &SequenceRunner::handleReceived);
    connect(session, &Session::channelClosed, this, &SequenceRunner::handleChannelClosed);
    connect(session, &Session::stateChanged, this, &SequenceRunner::handleStateChanged);
    connect(session, &Session::errorOccurred, this, &SequenceRunner::handleError);
}

bool SequenceRunner::start(const Sequence &sequence, const CommandSet &commands,
                           const SendTarget &target, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_running)
        return refuse(tr("Sequence \"%1\" cannot start: sequence \"%2\" is still running.")
                              .arg(sequence.name, m_sequence.name));
    if (sequence.steps.isEmpty())
        return refuse(tr("Sequence \"%1\" cannot start: it has no steps.").arg(sequence.name));
    if (sequence.repeat < 0 || sequence.repeat > CommandSet::kMaxRepeat)
        return refuse(tr("Sequence \"%1\" cannot start: it repeats %2 times, and at most %3 "
                         "rounds (or 0, until stopped) are possible.")
                              .arg(sequence.name)
                              .arg(sequence.repeat)
                              .arg(CommandSet::kMaxRepeat));

    QList<QByteArray> payloads;
    QList<ReplyMatcher> matchers;
    for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
        const SequenceStep &step = sequence.steps.at(i);
        const int number = int(i) + 1;
        const SavedCommand *command = commands.command(step.command);
        if (!command)
            return refuse(tr("Sequence \"%1\" cannot start: step %2 sends the command \"%3\", "
                             "which is not saved.")
                                  .arg(sequence.name)
                                  .arg(number)
                                  .arg(step.command));
        if (step.delayMs < 0 || step.delayMs > CommandSet::kMaxDelayMs)
            return refuse(tr("Sequence \"%1\" cannot start: the delay of step %2 (%3) must be "
                             "from 0 to %4 ms, not %5 ms.")
                                  .arg(sequence.name)
                                  .arg(number)
                                  .arg(step.command)
                                  .arg(CommandSet::kMaxDelayMs)
                                  .arg(step.delayMs));
        const PayloadResult payload = PayloadCodec::build(command->payload);
        if (!payload.ok())
            return refuse(tr("Sequence \"%1\" cannot start: the command of step %2 (%3) does not "
                             "build: %4")
                                  .arg(sequence.name)
                                  .arg(number)
                                  .arg(step.command, payload.error));
        ReplyMatcher matcher;
        if (step.waitForReply) {
            if (step.timeoutMs < 1 || step.timeoutMs > CommandSet::kMaxDelayMs)
                return refuse(tr("Sequence \"%1\" cannot start: the timeout of step %2 (%3) "
                                 "must be from 1 to %4 ms, not %5 ms.")
                                      .arg(sequence.name)
                                      .arg(number)
                                      .arg(step.command)
                                      .arg(CommandSet::kMaxDelayMs)
                                      .arg(step.timeoutMs));
            // A device answers in the encoding it is spoken to in.
            QString problem;
            if (!matcher.set(step.matchKind, step.matchPattern, command->payload.encoding,
                             &problem))
                return refuse(tr("Sequence \"%1\" cannot start: the reply that step %2 (%3) "
                                 "waits for cannot be matched: %4")
                                      .arg(sequence.name)
                                      .arg(number)
                                      .arg(step.command, problem));
        }
        payloads.append(payload.bytes);
        matchers.append(matcher);
    }
    if (m_session->state() != Session::State::Open)
        return refuse(
                tr("Sequence \"%1\" cannot start: the session is not open.").arg(sequence.name));

    m_sequence = sequence;
    m_payloads = payloads;
    m_matchers = matchers;
    m_target = target;
    m_reply.clear();
    m_running = true;
    m_round = 1;
    beginStep(0);
    return true;
}

void SequenceRunner::stop()
{
    if (!m_running)
        return;
    finish(false, tr("Sequence \"%1\" stopped by the user at step %2 (%3).")
                          .arg(m_sequence.name)
                          .arg(m_step + 1)
                          .arg(currentCommand()));
}

void SequenceRunner::beginStep(int index)
{
    m_step = index;
    m_waiting = false;
    m_reply.clear();
    // Even without a delay the send waits for the event loop: never inside a slot of the
    // session, whose signals would then wait for it, and never a loop of steps that starves
    // everything else.
    m_timer->start(m_sequence.steps.at(index).delayMs);
    emit stepStarted(index, m_round);
}

void SequenceRunner::handleTimer()
{
    if (!m_running)
        return;
    if (m_waiting) {
        finish(false, tr("Sequence \"%1\" stopped at step %2 (%3): no matching reply within %4 ms.")
                              .arg(m_sequence.name)
                              .arg(m_step + 1)
                              .arg(currentCommand())
                              .arg(m_sequence.steps.at(m_step).timeoutMs));
        return;
    }
    sendStep();
}

void SequenceRunner::sendStep()
{
    // What the send causes (an error, a connection found closed) is reported before send()
    // returns, since this runs outside any signal of the session.
    m_sendError.clear();
    m_sending = true;
    const int reached = m_session->send(m_target, m_payloads.at(m_step));
    m_sending = false;
    if (!m_running)
        return; // a close reported during the send has stopped it
    if (!m_sendError.isEmpty()) {
        finish(false, tr("Sequence \"%1\" stopped at step %2 (%3): %4")
                              .arg(m_sequence.name)
                              .arg(m_step + 1)
                              .arg(currentCommand(), m_sendError));
        return;
    }
    if (reached == 0) {
        finish(false, tr("Sequence \"%1\" stopped at step %2 (%3): the command reached no open "
                         "connection.")
                              .arg(m_sequence.name)
                              .arg(m_step + 1)
                              .arg(currentCommand()));
        return;
    }
    const SequenceStep &step = m_sequence.steps.at(m_step);
    if (!step.waitForReply) {
        next();
        return;
    }
    m_waiting = true;
    m_timer->start(step.timeoutMs);
}

void SequenceRunner::next()
{
    if (m_step + 1 < m_sequence.steps.size()) {
        beginStep(m_step + 1);
        return;
    }
    if (m_sequence.repeat != 0 && m_round >= m_sequence.repeat) {
        finish(true, tr("Sequence \"%1\" completed: %n round(s).", nullptr, m_round)
                             .arg(m_sequence.name));
        return;
    }
    ++m_round;
    beginStep(0);
}

void SequenceRunner::handleReceived(ChannelId id, const QByteArray &data)
{
    if (!m_running || !m_waiting || !isTargetChannel(id))
        return;
    m_reply += data;
    // The newest bytes are the ones a reply ends with; a chatty device must not grow this
    // without bound while the step waits.
    if (m_reply.size() > kMaxReplyBytes)
        m_reply = m_reply.last(kMaxReplyBytes);
    if (!m_matchers.at(m_step).matches(m_reply))
        return;
    m_timer->stop();
    next();
}

void SequenceRunner::handleChannelClosed(const ChannelInfo &channel, CloseReason, const QString &)
{
    // Only chosen channels end the sequence when they close: with every channel as the target,
    // one client of a server leaving is no reason to stop, a send to nobody is.
    if (!m_running || m_target.kind != SendTarget::Kind::Channels ||
        !m_target.channels.contains(channel.id))
        return;
    finish(false, tr("Sequence \"%1\" stopped at step %2 (%3): the connection to %4 closed.")
                          .arg(m_sequence.name)
                          .arg(m_step + 1)
                          .arg(currentCommand(), channel.label()));
}

void SequenceRunner::handleStateChanged()
{
    if (!m_running || m_session->state() == Session::State::Open)
        return;
    finish(false, tr("Sequence \"%1\" stopped at step %2 (%3): the session closed.")
                          .arg(m_sequence.name)
                          .arg(m_step + 1)
                          .arg(currentCommand()));
}

void SequenceRunner::handleError(const QString &message, ChannelId)
{
    // Errors of other sends (a user's, another stage's) are not this sequence's to judge.
    if (m_sending && m_sendError.isEmpty())
        m_sendError = message;
}

bool SequenceRunner::isTargetChannel(ChannelId id) const
{
    return m_target.kind != SendTarget::Kind::Channels || m_target.channels.contains(id);
}

QString SequenceRunner::currentCommand() const
{
    return m_step >= 0 && m_step < m_sequence.steps.size() ? m_sequence.steps.at(m_step).command
                                                           : QString();
}

void SequenceRunner::finish(bool ok, const QString &message)
{
    m_timer->stop();
    m_running = false;
    m_waiting = false;
    m_step = -1;
    m_reply.clear();
    emit finished(ok, message);
}
