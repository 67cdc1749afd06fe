#pragma once

#include "channel.h"
#include "sendtarget.h"

#include <QList>
#include <QObject>
#include <deque>
#include <functional>
#include <optional>

// One thing the user opened: a TCP server, a TCP client or a UDP socket. Every kind speaks the
// same vocabulary: it opens and closes channels (a TCP connection, a UDP remote), reports what
// was received on a channel and sent to one or several, errors, and its own state. The log, the
// command line's printer and features such as echo are stages: they connect to these signals and
// send through send(), and the session knows nothing of them.
//
// Signals never nest. What a session reports while one of its signals is being delivered (a
// reply sent by a stage that heard received(), a connection that the reply's write found reset)
// is delivered after that signal has reached every receiver, in the order it happened. So every
// stage hears of a message before it hears of the answer to it, and a channel closes only after
// what was reported on it. Never delete a session from one of its own signals (deleteLater()),
// and never run a nested event loop (a modal dialog, waitFor...()) in a slot of one: until the
// slot returns, everything the session reports waits.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Kind { TcpServer, TcpClient, Udp };
    Q_ENUM(Kind)
    // Closed: not listening, connected or bound. Opening: looking up or connecting. Open:
    // listening, connected or bound. Closing: waiting for the last data to go out.
    enum class State { Closed, Opening, Open, Closing };
    Q_ENUM(State)
    // Message: one payload the user (or a stage answering, repeating, running a sequence) sent.
    // Transfer: one piece of a file; logs show the transfer as one entry, not its pieces.
    enum class SendKind { Message, Transfer };
    Q_ENUM(SendKind)

    ~Session() override;

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    // Whether every received() is one whole message (a UDP datagram, never merged with the next
    // or split) rather than a piece of a byte stream.
    bool receivesDatagrams() const { return m_kind == Kind::Udp; }

    // Stops listening, disconnects or unbinds; every channel closes as closed by the user.
    virtual void close() = 0;

    // In ascending order of id, which is the order they opened.
    virtual QList<ChannelId> channelIds() const = 0;
    virtual int channelCount() const = 0;
    virtual bool hasChannel(ChannelId id) const = 0;
    // A default ChannelInfo (id 0) for a channel that is not (or no longer) open.
    virtual ChannelInfo channel(ChannelId id) const = 0;
    // Closes one channel as the user asked: gracefully for TCP, forgetting a UDP remote.
    virtual void closeChannel(ChannelId id) = 0;

    // Sends the bytes to each channel; returns how many of them it went to. One sent() reports
    // the whole call with the channels reached. Channels no longer open are skipped (the count
    // tells); an open channel that would not take the bytes is reported with errorOccurred(). A
    // write that finds the connection broken counts as reached: the close follows the sent().
    int send(const QList<ChannelId> &ids, const QByteArray &data,
             SendKind kind = SendKind::Message);
    int send(ChannelId id, const QByteArray &data);
    int sendToAll(const QByteArray &data);
    // To the channels of the target, or for Kind::Address to a host and port (a UdpSession; other
    // kinds report an error and send nothing). Returns how many it went to (an address: 1 once it
    // is accepted; a name may still fail to resolve, reported with errorOccurred()).
    int send(const SendTarget &target, const QByteArray &data, SendKind kind = SendKind::Message);

    // Bytes handed to send() for the channel that the kernel has not taken yet (UDP: for the whole
    // socket, whichever the channel). A sender of large data waits for bytesWritten() while this
    // is high.
    virtual qint64 bytesToWrite(ChannelId id) const;

    // Fixed English names for settings and machine-readable output: "tcp-server", "tcp-client",
    // "udp".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    // A new channel id, never handed out before in this process.
    static ChannelId nextChannelId();

signals:
    void stateChanged(Session::State state);
    void channelOpened(const ChannelInfo &channel);
    // A channel's state changed (TCP: closing); counters change without it.
    void channelChanged(ChannelId id);
    void channelClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail);
    void received(ChannelId id, const QByteArray &data);
    void sent(const QList<ChannelId> &ids, const QByteArray &data, Session::SendKind kind);
    // The kernel took bytes that had been queued for the channel (0: for the UDP socket).
    void bytesWritten(ChannelId id, qint64 bytes);
    // channel is 0 for an error of the whole session (a port in use, a host not found).
    void errorOccurred(const QString &message, ChannelId channel);

protected:
    explicit Session(Kind kind, QObject *parent = nullptr);

    // Writes to one channel; false, after reporting why with errorOccurred(), when it could not.
    // Called with signals deferred (see Batch), so that a write that finds the connection closed
    // reports that after the send.
    virtual bool write(ChannelId id, const QByteArray &data) = 0;
    // Why the bytes cannot go to these channels at all (a datagram too large for UDP), or an
    // empty string. Checked once for a whole send, which then sends nothing: one message, not
    // one for each of ten thousand channels, and never half a send.
    virtual QString refusal(const QList<ChannelId> &ids, const QByteArray &data) const;
    // Sends to a host and port typed by the user; only a UdpSession can.
    virtual bool sendToHost(const QString &host, quint16 port, const QByteArray &data,
                            SendKind kind);

    void setState(State state);
    // Whether anybody listens to bytesWritten(): a session with ten thousand connections reports
    // every write only when a stage waits for them.
    bool reportsWrites() const;

    // Emits through emitter() now, or after the signal being delivered, if any (see the class
    // comment). Every signal of a session goes through here.
    template<typename Emitter>
    void notify(Emitter &&emitter)
    {
        if (m_depth > 0) {
            m_deferred.emplace_back(std::forward<Emitter>(emitter));
            return;
        }
        const Batch batch(this);
        emitter();
    }

    // While one exists, signals wait; the last one to go delivers them.
    class Batch
    {
    public:
        explicit Batch(Session *session);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        Session *m_session;
    };

private:
    void deliverDeferred();

    Kind m_kind;
    State m_state = State::Closed;
    int m_depth = 0;
    std::deque<std::function<void()>> m_deferred;
};

Q_DECLARE_METATYPE(Session::State)
Q_DECLARE_METATYPE(Session::SendKind)
