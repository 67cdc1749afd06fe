#include "sendcommand.h"

#include "eventprinter.h"
#include "socketerrors.h"
#include "tcpclientsession.h"
#include "udpsession.h"

#include <QTimer>

SendCommand::SendCommand(const SendOptions &options, EventPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(printer)
    , m_repeatTimer(new QTimer(this))
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
    m_repeatTimer->setSingleShot(true);
    m_waitTimer->setSingleShot(true);
    // A coarse timer may fire 5 % early; --wait and --interval mean no sooner.
    m_repeatTimer->setTimerType(Qt::PreciseTimer);
    m_waitTimer->setTimerType(Qt::PreciseTimer);
    connect(m_repeatTimer, &QTimer::timeout, this, &SendCommand::sendNext);
    connect(m_waitTimer, &QTimer::timeout, this, &SendCommand::handleWaitOver);
    connect(m_session, &Session::channelOpened, this, &SendCommand::handleOpened);
    connect(m_session, &Session::sent, this, &SendCommand::handleSent);
    connect(m_session, &Session::received, this, &SendCommand::handleReceived);
    connect(m_session, &Session::channelClosed, this, &SendCommand::handleClosed);
    connect(m_session, &Session::errorOccurred, this, &SendCommand::handleError);
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
    m_sendsLeft = m_options.repeat;
    sendNext();
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
    m_sendsLeft = m_options.payload.isEmpty() ? 0 : m_options.repeat;
    if (m_sendsLeft > 0)
        sendNext();
    else
        startWaiting();
}

bool SendCommand::sendOnce()
{
    if (m_udp)
        return m_udp->sendTo(m_options.host, m_options.port, m_options.payload);
    return m_client->send(m_channel, m_options.payload) > 0;
}

void SendCommand::sendNext()
{
    if (m_finishing || m_sendsLeft <= 0)
        return;
    if (!sendOnce() || m_finishing)
        return; // errorOccurred() has been reported and ends the run
    if (--m_sendsLeft > 0)
        m_repeatTimer->start(m_options.intervalMs);
}

void SendCommand::handleSent()
{
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
    // by any member of the group.
    m_replied = true;
    if (m_options.untilReply && m_waiting)
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
    if (m_sendsLeft > 0) {
        fail(tr("%1 closed the connection before the payload was sent %n time(s).", nullptr,
                m_options.repeat)
                     .arg(m_peer));
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

void SendCommand::fail(const QString &message)
{
    if (m_finishing)
        return;
    m_printer->error(m_peer, message);
    finish(1);
}

void SendCommand::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    m_repeatTimer->stop();
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
