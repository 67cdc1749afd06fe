#include "listencommand.h"

#include "eventprinter.h"
#include "responder.h"
#include "tcpserversession.h"
#include "udpsession.h"

#include <QTimer>

ListenCommand::ListenCommand(const ListenOptions &options, EventPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(printer)
    , m_timeout(new QTimer(this))
{
    if (m_options.udp.enabled) {
        m_udp = new UdpSession(this);
        m_session = m_udp;
    } else {
        m_server = new TcpServerSession(this);
        // The session refuses clients beyond the cap, and outside the allow-list, before
        // reading anything from them.
        m_server->setMaxConnections(m_options.maxClients);
        m_server->setAllowList(m_options.allowList);
        m_session = m_server;
    }
    // Attached first, so that an answer leaves before anything is printed; the session still
    // reports the answer after what it answers.
    m_responder = new Responder(m_session);
    switch (m_options.answer) {
    case ListenOptions::Answer::None: break;
    case ListenOptions::Answer::Echo: m_responder->setMode(Responder::Mode::Echo); break;
    case ListenOptions::Answer::Fixed:
        m_responder->setReply(m_options.reply);
        m_responder->setMode(Responder::Mode::Reply);
        break;
    }
    m_printer->attach(m_session);
    connect(m_session, &Session::channelClosed, this, &ListenCommand::handleChannelClosed);
    m_timeout->setSingleShot(true);
    // A coarse timer may fire 5 % early; "stop after SEC seconds" means no sooner.
    m_timeout->setTimerType(Qt::PreciseTimer);
    connect(m_timeout, &QTimer::timeout, this, &ListenCommand::handleTimeout);
}

bool ListenCommand::start()
{
    if (!(m_udp ? startUdp() : startTcp()))
        return false;
    if (m_options.timeoutMs > 0)
        m_timeout->start(m_options.timeoutMs);
    return true;
}

bool ListenCommand::startTcp()
{
    if (!m_server->listen(m_options.bindAddress, m_options.port))
        return false;
    m_printer->listening(m_session->kind(), m_server->listenAddress(), m_server->listenPort());
    return true;
}

bool ListenCommand::startUdp()
{
    const UdpOptions &udp = m_options.udp;
    // Off unless asked for, so that no script broadcasts by accident.
    m_udp->setBroadcastEnabled(udp.broadcast);
    if (!m_udp->open(m_options.bindAddress, m_options.port))
        return false;
    bool ok = m_udp->setMulticastTtl(udp.ttl);
    if (ok && !udp.multicastInterface.isEmpty())
        ok = m_udp->setMulticastInterface(udp.multicastInterface);
    for (const QHostAddress &group : udp.groups) {
        if (!ok)
            break;
        ok = m_udp->joinGroup(group, udp.multicastInterface);
        if (ok)
            m_printer->joined(group, udp.multicastInterface);
    }
    if (!ok) {
        m_udp->close();
        return false;
    }
    // Only now: a script that waits for this line may send to the groups at once.
    m_printer->listening(m_session->kind(), m_udp->localAddress(), m_udp->localPort());
    return true;
}

void ListenCommand::handleChannelClosed()
{
    if (m_options.once)
        finish(0);
}

void ListenCommand::handleTimeout()
{
    m_printer->note(tr("stopping: the --timeout of %1 ms has passed").arg(m_options.timeoutMs));
    finish(0);
}

void ListenCommand::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_timeout->stop();
    // Nothing more is answered while the remaining channels close.
    m_responder->setMode(Responder::Mode::Off);
    // Closes the remaining connections, which reports each of them as closed.
    m_session->close();
    emit finished(exitCode);
}
