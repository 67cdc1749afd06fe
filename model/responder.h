#pragma once

#include "channel.h"

#include <QByteArray>
#include <QObject>

class Session;

// A stage that answers what a session receives, on the channel it came from: every piece of a
// TCP stream or every UDP datagram, with the same bytes (echo) or a fixed reply. Off, it does
// nothing. The answer leaves before later stages hear of what it answers.
class Responder : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Off, Echo, Reply };
    Q_ENUM(Mode)

    // Attaches to the session; it is the session's child unless parent says otherwise.
    explicit Responder(Session *session, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QByteArray reply() const { return m_reply; }
    // The fixed reply; an empty one answers nothing (an empty UDP datagram is still a datagram,
    // but an empty answer to every message is not what anyone asks for).
    void setReply(const QByteArray &reply);
    // How many answers were sent.
    qint64 answers() const { return m_answers; }

private:
    void handleReceived(ChannelId channel, const QByteArray &data);

    Session *m_session = nullptr;
    Mode m_mode = Mode::Off;
    QByteArray m_reply;
    qint64 m_answers = 0;
};
