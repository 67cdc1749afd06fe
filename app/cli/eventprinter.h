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
    void refused(const QString &peer, int limit);
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
    // With --output, received data goes only to the file, never to stdout.
    bool writesFile() const { return !m_options.outputPath.isEmpty(); }
    void writeJson(const QString &event, const QString &peer, QJsonObject fields);
    StreamDecoder &decoderFor(PeerId stream);

    OutputOptions m_options;
    QFile m_output;
    std::map<PeerId, StreamDecoder> m_decoders;
};
