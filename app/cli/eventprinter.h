#pragma once

#include "clioptions.h"
#include "session.h"
#include "streamdecoder.h"
#include "tcpserversession.h"

#include <QFile>
#include <QObject>
#include <map>

class JsonLine;
struct FileTransferResult;

// The command line's printer stage: shows what a session reports, as event lines on stderr (or
// JSON lines on stdout) and received data on stdout as text or hex, or raw into the --output
// file. Each channel has its own decoder. Text escapes a literal backslash as \\, so that \xHH
// always stands for one byte that does not decode.
class EventPrinter : public QObject
{
    Q_OBJECT

public:
    explicit EventPrinter(const OutputOptions &options, QObject *parent = nullptr);

    // Opens the --output file, if any; returns why it could not be opened, or an empty string.
    QString openOutput();

    // Prints what the session reports from now on; one session at a time.
    void attach(Session *session);
    // The peer named in errors of the whole session (channel 0), such as the host "send" talks
    // to; none by default.
    void setSessionPeer(const QString &peer) { m_sessionPeer = peer; }

    void listening(Session::Kind kind, const QHostAddress &address, quint16 port);
    void joined(const QHostAddress &group, const QString &interfaceName);
    void note(const QString &message);
    // A file that went out whole: once, however many pieces it took.
    void fileSent(const FileTransferResult &result, const QString &peer);
    // An error reaches stderr as one line in every mode; with --json it is an event as well.
    void error(const QString &peer, const QString &message);

    static void printError(const QString &message);
    static void writeStdout(const QByteArray &bytes);
    static void writeStderrLine(const QString &line);

private:
    // What is known of an open channel: its label outlives the channel's entry in the session
    // until the session reports it closed.
    struct Stream
    {
        QString label;
        StreamDecoder decoder;
    };

    void handleOpened(const ChannelInfo &channel);
    void handleReceived(ChannelId id, const QByteArray &data);
    void handleSent(const QList<ChannelId> &ids, const QByteArray &data, Session::SendKind kind);
    void handleClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail);
    void handleError(const QString &message, ChannelId channel);
    void handleRefused(const QHostAddress &address, quint16 port, TcpServerSession::Refusal refusal,
                       const QString &reason);

    bool isUdp() const { return m_session && m_session->kind() == Session::Kind::Udp; }
    // Received text to stdout; control characters escaped when stdout is a terminal.
    void writeText(const QString &text);
    // With --output, received data goes only to the file, never to stdout.
    bool writesFile() const { return !m_options.outputPath.isEmpty(); }
    void writeReceivedToFile(const QByteArray &data);
    // Starts an event line with its time, peer (when there is one) and name, in that order.
    static JsonLine jsonEvent(const QString &event, const QString &peer);
    Stream &streamFor(ChannelId id);
    QString labelOf(ChannelId id) const;
    // The text of a whole message, as a stream that ends with it.
    QString decodeWhole(StreamDecoder &decoder, const QByteArray &data);

    OutputOptions m_options;
    bool m_stdoutIsTerminal = false;
    QFile m_output;
    Session *m_session = nullptr;
    QString m_sessionPeer;
    std::map<ChannelId, Stream> m_streams;
    StreamDecoder m_sentDecoder;
};
