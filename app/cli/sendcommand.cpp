#include "sendcommand.h"

#include "eventprinter.h"
#include "socketerrors.h"
#include "tcpclientbackend.h"

#include <QTimer>

SendCommand::SendCommand(const SendOptions &options, EventPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(printer)
    , m_client(new TcpClientBackend(this))
    , m_repeatTimer(new QTimer(this))
    , m_waitTimer(new QTimer(this))
{
    QHostAddress address;
    m_peer = address.setAddress(m_options.host)
                     ? formatEndpoint(address, m_options.port)
                     : QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    m_repeatTimer->setSingleShot(true);
    m_waitTimer->setSingleShot(true);
    connect(m_repeatTimer, &QTimer::timeout, this, &SendCommand::sendNext);
    connect(m_waitTimer, &QTimer::timeout, this, &SendCommand::handleWaitOver);
    connect(m_client, &TcpClientBackend::connected, this, &SendCommand::handleConnected);
    connect(m_client, &TcpClientBackend::dataReceived, this, &SendCommand::handleDataReceived);
    connect(m_client, &TcpClientBackend::dataSent, this,
            [this](const QByteArray &data) { m_printer->sent(m_peer, data); });
    connect(m_client, &TcpClientBackend::disconnected, this, &SendCommand::handleDisconnected);
    connect(m_client, &TcpClientBackend::errorOccurred, this, &SendCommand::handleError);
}

void SendCommand::start()
{
    m_client->connectToHost(m_options.host, m_options.port);
}

void SendCommand::handleConnected(const QString &peer, const QString &local)
{
    m_connected = true;
    m_peer = peer;
    m_printer->connectedTo(0, peer, local);
    // An empty payload only connects and listens for what the server says.
    m_sendsLeft = m_options.payload.isEmpty() ? 0 : m_options.repeat;
    if (m_sendsLeft > 0)
        sendNext();
    else
        startWaiting();
}

void SendCommand::sendNext()
{
    if (m_finishing || m_sendsLeft <= 0)
        return;
    if (!m_client->send(m_options.payload))
        return; // errorOccurred() has been reported and ends the run
    if (--m_sendsLeft > 0)
        m_repeatTimer->start(m_options.intervalMs);
    else
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

void SendCommand::handleDataReceived(const QByteArray &data)
{
    m_printer->received(0, m_peer, data);
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

void SendCommand::handleDisconnected(DisconnectReason reason, const QString &detail)
{
    m_connected = false;
    m_printer->closed(0, m_peer, reason, detail);
    if (m_finishing) {
        emit finished(m_exitCode);
        return;
    }
    switch (reason) {
    case DisconnectReason::ClosedByPeer:
    case DisconnectReason::ClosedByUser: break;
    case DisconnectReason::ResetByPeer:
    case DisconnectReason::TimedOut:
    case DisconnectReason::Error:
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

void SendCommand::handleError(const QString &message)
{
    fail(message);
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
    if (m_connected) {
        // A graceful close lets queued bytes go out; disconnected() then ends the run.
        m_client->disconnectFromHost();
        return;
    }
    emit finished(exitCode);
}
