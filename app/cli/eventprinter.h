#pragma once

#include "clioptions.h"
#include "peerinfo.h"
#include "streamdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <map>

// Shows what happens on connections: event lines on stderr (or JSON lines on stdout), received
// data on stdout as text or hex, or raw into the --output file. Each stream has its own decoder.
class EventPrinter
{
    Q_DECLARE_TR_FUNCTIONS(EventPrinter)

public:
    explicit EventPrinter(const OutputOptions &options);

    // Opens the --output file, if any; returns why it could not be opened, or an empty string.
    QString openOutput();

    void listening(const QHostAddress &address, quint16 port);
    void clientConnected(PeerId stream, const QString &peer);
    void connectedTo(PeerId stream, const QString &peer, const QString &local);
    // A client beyond --max-clients, closed at once.
    void refused(const QString &peer, int limit);
    // A client beyond what the open-files limit allows, closed at once; reason says so.
    void refusedBySystem(const QString &peer, int limit, const QString &reason);
    // A client outside the --allow list, closed at once.
    void notAllowed(const QString &peer);
    void received(PeerId stream, const QString &peer, const QByteArray &data);
    void sent(const QString &peer, const QByteArray &data);
    void closed(PeerId stream, const QString &peer, DisconnectReason reason, const QString &detail);
    void note(const QString &message);
    // An error reaches stderr as one line in every mode; with --json it is an event as well.
    void error(const QString &peer, const QString &message);

    static void printError(const QString &message);
    static void writeStdout(const QByteArray &bytes);
    static void writeStderrLine(const QString &line);

private:
    // Received text to stdout; control characters escaped when stdout is a terminal.
    void writeText(const QString &text);
    // With --output, received data goes only to the file, never to stdout.
    bool writesFile() const { return !m_options.outputPath.isEmpty(); }
    void writeJson(const QString &event, const QString &peer, QJsonObject fields);
    StreamDecoder &decoderFor(PeerId stream);

    OutputOptions m_options;
    bool m_stdoutIsTerminal = false;
    QFile m_output;
    std::map<PeerId, StreamDecoder> m_decoders;
};
