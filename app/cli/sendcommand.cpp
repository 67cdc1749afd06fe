#include "sendcommand.h"

#include "eventprinter.h"
#include "filesender.h"
#include "sequencerunner.h"
#include "socketerrors.h"
#include "tcpclientsession.h"
#include "udpsession.h"

#include <QTimer>
#include <limits>

SendCommand::SendCommand(const SendOptions &options, EventPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(printer)
    , m_waitTimer(new QTimer(this))
{
    QHostAddress address;
    m_peer = address.setAddress(withoutBrackets(m_options.host))
                     ? formatEndpoint(address, m_options.port)
                     : QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    if (m_options.udp.enabled) {
        m_udp = new UdpSession(this);
        m_session = m_udp;
    } else {
        m_client = new TcpClientSession(this);
        m_session = m_client;
    }
    m_printer->setSessionPeer(m_peer);
    m_printer->attach(m_session);
    m_waitTimer->setSingleShot(true);
    // A coarse timer may fire 5 % early; --wait means no sooner.
    m_waitTimer->setTimerType(Qt::PreciseTimer);
    connect(m_waitTimer, &QTimer::timeout, this, &SendCommand::handleWaitOver);
    connect(m_session, &Session::channelOpened, this, &SendCommand::handleOpened);
    connect(m_session, &Session::sent, this, &SendCommand::handleSent);
    connect(m_session, &Session::received, this, &SendCommand::handleReceived);
    connect(m_session, &Session::channelClosed, this, &SendCommand::handleClosed);
    connect(m_session, &Session::errorOccurred, this, &SendCommand::handleError);

    // The stages come after the command's own connections: of a close or an error, the command
    // hears first, and decides whether the stage's word on it is still wanted.
    switch (m_options.what) {
    case SendOptions::Payload::Bytes:
        m_periodic = new PeriodicSender(m_session, this);
        connect(m_periodic, &PeriodicSender::stopped, this, &SendCommand::handlePeriodicStopped);
        break;
    case SendOptions::Payload::File:
        m_fileSender = new FileSender(m_session, this);
        connect(m_fileSender, &FileSender::finished, this, &SendCommand::handleFileFinished);
        break;
    case SendOptions::Payload::Sequence:
        m_runner = new SequenceRunner(m_session, this);
        connect(m_runner, &SequenceRunner::finished, this, &SendCommand::handleSequenceFinished);
        break;
    }
}

void SendCommand::start()
{
    if (m_udp)
        startUdp();
    else
        m_client->connectToHost(m_options.host, m_options.port);
}

void SendCommand::startUdp()
{
    const UdpOptions &udp = m_options.udp;
    // Off unless asked for, so that no script broadcasts by accident.
    m_udp->setBroadcastEnabled(udp.broadcast);
    // Every failure below has been reported, and has ended the run.
    if (!m_udp->open(m_options.udpBindAddress, 0) || !m_udp->setMulticastTtl(udp.ttl))
        return;
    if (!udp.multicastInterface.isEmpty() && !m_udp->setMulticastInterface(udp.multicastInterface))
        return;
    for (const QHostAddress &group : udp.groups) {
        if (!m_udp->joinGroup(group, udp.multicastInterface))
            return;
        m_printer->joined(group, udp.multicastInterface);
    }
    startSending();
}

void SendCommand::handleOpened(const ChannelInfo &channel)
{
    // A UDP remote opens with the first datagram to or from it; only a connection starts sending.
    if (m_udp)
        return;
    m_channel = channel.id;
    m_peer = channel.label();
    m_printer->setSessionPeer(m_peer);
    // An empty payload only connects and listens for what the server says.
    if (m_options.what == SendOptions::Payload::Bytes && m_options.payload.isEmpty())
        startWaiting();
    else
        startSending();
}

SendTarget SendCommand::target() const
{
    return m_udp ? SendTarget::address(m_options.host, m_options.port)
                 : SendTarget::to({m_channel});
}

void SendCommand::startSending()
{
    if (m_finishing)
        return;
    QString error;
    switch (m_options.what) {
    case SendOptions::Payload::Bytes: {
        const QByteArray payload = m_options.payload;
        // Refusals and failures are reported through stopped().
        m_periodic->start(target(), m_options.intervalMs, m_options.repeat, [payload] {
            return PayloadResult{payload, {}, -1};
        });
        return;
    }
    case SendOptions::Payload::File: {
        FileSender::Options file;
        file.datagramSize = m_udp ? m_options.datagramSize : FileSender::kDefaultDatagramSize;
        file.pauseMs = m_options.pauseMs;
        if (!m_fileSender->start(m_options.filePath, target(), file, &error))
            fail(error);
        return;
    }
    case SendOptions::Payload::Sequence:
        if (!m_runner->start(m_options.sequence, m_options.commands, target(), &error))
            fail(error);
        return;
    }
}

bool SendCommand::stageRunning() const
{
    return (m_fileSender && m_fileSender->isRunning()) || (m_runner && m_runner->isRunning());
}

void SendCommand::handleSent(const QList<ChannelId> &, const QByteArray &, Session::SendKind kind)
{
    // Only a payload's sends are counted; a file and a sequence say when they are done.
    if (m_options.what != SendOptions::Payload::Bytes || kind != Session::SendKind::Message)
        return;
    // The wait starts once the session has sent the last datagram, which for a host name is
    // after the lookup: not when it was handed over.
    if (++m_sent == m_options.repeat && !m_waiting && !m_finishing)
        startWaiting();
}

void SendCommand::startWaiting()
{
    m_waiting = true;
    if (m_options.untilReply && m_replied)
        finish(0);
    else
        m_waitTimer->start(m_options.waitMs);
}

void SendCommand::handleReceived()
{
    // Over UDP every datagram counts, from whichever remote: a multicast request may be answered
    // by any member of the group. A payload sent until interrupted is done at the first reply.
    m_replied = true;
    const bool endless = m_options.what == SendOptions::Payload::Bytes && m_options.repeat == 0;
    if (m_options.untilReply && (m_waiting || endless))
        finish(0);
}

void SendCommand::handleWaitOver()
{
    if (m_options.untilReply && !m_replied) {
        fail(tr("No reply from %1 within %2 ms.").arg(m_peer).arg(m_options.waitMs));
        return;
    }
    finish(0);
}

void SendCommand::handleClosed(const ChannelInfo &channel, CloseReason reason,
                               const QString &detail)
{
    if (m_udp || channel.id != m_channel)
        return;
    m_channel = 0;
    if (m_finishing) {
        emit finished(m_exitCode);
        return;
    }
    // A file or a sequence under way says what the close interrupted: the bytes sent, the step.
    if (stageRunning())
        return;
    switch (reason) {
    case CloseReason::ClosedByPeer:
    case CloseReason::ClosedByUser:
    case CloseReason::Forgotten: break;
    case CloseReason::ResetByPeer:
    case CloseReason::TimedOut:
    case CloseReason::Error:
        fail(detail.isEmpty() ? tr("The connection to %1 ended: %2.")
                                        .arg(m_peer, SocketErrors::reasonText(reason))
                              : tr("The connection to %1 ended: %2 (%3).")
                                        .arg(m_peer, SocketErrors::reasonText(reason), detail));
        return;
    }
    const bool payload = m_options.what == SendOptions::Payload::Bytes;
    if (payload && m_options.repeat == 0) {
        fail(tr("%1 closed the connection after the payload was sent %n time(s).", nullptr,
                int(qMin<qint64>(m_sent, std::numeric_limits<int>::max())))
                     .arg(m_peer));
    } else if (payload && m_sent < m_options.repeat && !m_options.payload.isEmpty()) {
        fail(tr("%1 closed the connection before the payload was sent %n time(s).", nullptr,
                m_options.repeat)
                     .arg(m_peer));
    } else if (!m_waiting && !payload) {
        // Between the end of a file and the wait there is nothing to be interrupted; before the
        // file started, the connection went before anything was sent.
        fail(tr("%1 closed the connection before anything was sent.").arg(m_peer));
    } else if (m_options.untilReply && !m_replied) {
        fail(tr("%1 closed the connection without replying.").arg(m_peer));
    } else {
        finish(0);
    }
}

void SendCommand::handleError(const QString &)
{
    // The printer has shown the message. While the run ends (a UDP socket closing with
    // datagrams it could not send yet), the error still makes it a failure.
    if (m_finishing) {
        m_exitCode = 1;
        return;
    }
    finish(1);
}

void SendCommand::handlePeriodicStopped(PeriodicSender::StopReason reason, const QString &message)
{
    switch (reason) {
    case PeriodicSender::StopReason::Completed:
    case PeriodicSender::StopReason::Stopped:
    // A close is the command's to report (handleClosed()), with what it means for the run.
    case PeriodicSender::StopReason::SessionClosed:
    case PeriodicSender::StopReason::ChannelClosed: return;
    case PeriodicSender::StopReason::SendFailed:
    case PeriodicSender::StopReason::InvalidPayload:
        // A failed send has reported its error, which ended the run; any other reason is said.
        fail(message);
        return;
    }
}

void SendCommand::handleFileFinished(const FileTransferResult &result)
{
    switch (result.outcome) {
    case FileTransferResult::Outcome::Completed:
        m_printer->fileSent(result, m_peer);
        if (!m_options.fileLineEnding.isEmpty() &&
            m_session->send(target(), m_options.fileLineEnding) == 0)
            return; // the session has said why, and that ended the run
        startWaiting();
        return;
    case FileTransferResult::Outcome::Cancelled: return;
    case FileTransferResult::Outcome::Failed: fail(result.error); return;
    }
}

void SendCommand::handleSequenceFinished(bool ok, const QString &message)
{
    if (!ok) {
        fail(message);
        return;
    }
    m_printer->note(message);
    startWaiting();
}

void SendCommand::fail(const QString &message)
{
    if (m_finishing)
        return;
    m_printer->error(m_peer, message);
    finish(1);
}

void SendCommand::stopStages()
{
    if (m_periodic) {
        m_periodic->disconnect(this);
        m_periodic->stop();
    }
    if (m_fileSender) {
        m_fileSender->disconnect(this);
        m_fileSender->cancel();
    }
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->stop();
    }
}

void SendCommand::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    stopStages();
    m_waitTimer->stop();
    if (m_channel != 0) {
        // A graceful close lets queued bytes go out; channelClosed() then ends the run.
        m_client->disconnectFromHost();
        return;
    }
    if (m_client)
        m_client->abort(); // an attempt still connecting
    else
        m_udp->close();
    // Later, not now: finish() may run in a slot of the session, whose signals (an error of the
    // close, say) wait until it returns, and may still make the run a failure.
    QMetaObject::invokeMethod(
            this, [this] { emit finished(m_exitCode); }, Qt::QueuedConnection);
}
