#include "responder.h"

#include "session.h"

Responder::Responder(Session *session, QObject *parent)
    : QObject(parent ? parent : session)
    , m_session(session)
{
    connect(session, &Session::received, this, &Responder::handleReceived);
}

void Responder::setMode(Mode mode)
{
    m_mode = mode;
}

void Responder::setReply(const QByteArray &reply)
{
    m_reply = reply;
}

void Responder::handleReceived(ChannelId channel, const QByteArray &data)
{
    // A UDP datagram may be empty; echoing it is still an answer.
    const bool echo = m_mode == Mode::Echo && (!data.isEmpty() || m_session->receivesDatagrams());
    const bool reply = m_mode == Mode::Reply && !m_reply.isEmpty();
    if (!echo && !reply)
        return;
    if (m_session->send(channel, echo ? data : m_reply) > 0)
        ++m_answers;
}
