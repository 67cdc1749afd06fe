#pragma once

#include "allowlist.h"
#include "commandset.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// What the command line asks for, as values: read and checked by CliOptions and UdpCliOptions,
// carried out by the commands.

// The options both commands understand.
struct CommonOptions
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}};
    QCommandLineOption encoding{QStringLiteral("encoding"), QString(), QStringLiteral("NAME")};
    QCommandLineOption escapes{QStringLiteral("escapes")};
    QCommandLineOption output{QStringLiteral("output"), QString(), QStringLiteral("FILE")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption udp{QStringLiteral("udp")};
    QCommandLineOption join{QStringLiteral("join"), QString(), QStringLiteral("GROUP")};
    QCommandLineOption multicastInterface{QStringLiteral("multicast-interface"), QString(),
                                          QStringLiteral("IF")};
    QCommandLineOption ttl{QStringLiteral("ttl"), QString(), QStringLiteral("N")};
    QCommandLineOption broadcast{QStringLiteral("broadcast")};
    // Appended to what send sends and to what listen replies.
    QCommandLineOption checksum{QStringLiteral("checksum"), QString(), QStringLiteral("NAME")};
    QCommandLineOption checksumRange{QStringLiteral("checksum-range"), QString(),
                                     QStringLiteral("SKIP_HEAD:SKIP_TAIL")};
    QCommandLineOption checksumOrder{QStringLiteral("checksum-order"), QString(),
                                     QStringLiteral("ORDER")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({help, version, encoding, escapes, output, json, udp, join,
                           multicastInterface, ttl, broadcast, checksum, checksumRange,
                           checksumOrder});
    }
};

// How received data and events are shown; shared by both commands.
struct OutputOptions
{
    QString encoding = QStringLiteral("UTF-8");
    bool hex = false;   // listen: a hex dump instead of text
    bool json = false;  // one JSON object per event on stdout
    QString outputPath; // every received byte goes here, raw
};

// The UDP socket both commands open with --udp, and its options.
struct UdpOptions
{
    bool enabled = false; // --udp
    QList<QHostAddress> groups;
    QString multicastInterface; // empty: the system's choice
    int ttl = 1;
    bool broadcast = false; // SO_BROADCAST, off unless asked for
};

// What "listen" was asked to do, checked.
struct ListenOptions
{
    enum class Answer { None, Echo, Fixed };

    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = 0;
    Answer answer = Answer::None;
    QByteArray reply;
    bool once = false;
    int maxClients = 0;   // 0: no limit
    SubnetList allowList; // empty: every client may connect
    int timeoutMs = 0;    // 0: no limit
    OutputOptions output;
    UdpOptions udp;
};

// What "send" was asked to do, checked; the payload is already built, the file checked and the
// sequence loaded.
struct SendOptions
{
    // Bytes: a TEXT, --hex or a saved command, sent --repeat times. File: streamed from disk,
    // never held in memory. Sequence: a saved sequence, run step by step.
    enum class Payload { Bytes, File, Sequence };
    static constexpr int kMaxRepeat = 1000000;

    QString host;
    quint16 port = 0;
    Payload what = Payload::Bytes;
    QByteArray payload;        // Bytes; empty over TCP: only connect and read
    QString filePath;          // File
    QByteArray fileLineEnding; // File: sent after the file, as when files were read whole
    int datagramSize = 0;      // File with --udp: 0 for the largest datagram
    int pauseMs = 0;           // File with --udp: between datagrams
    CommandSet commands;       // Sequence: the commands its steps send
    Sequence sequence;
    int waitMs = 1000;
    bool untilReply = false;
    int repeat = 1; // 0: until interrupted
    int intervalMs = 1000;
    OutputOptions output;
    UdpOptions udp;
    // With --udp: what the socket is bound to, of the family a literal HOST needs.
    QHostAddress udpBindAddress = QHostAddress(QHostAddress::Any);
};

// The outcome of reading the command line: a command to run, help, the version, or an error.
struct CliRequest
{
    enum class Action { Listen, Send, Help, Version, UsageError };

    Action action = Action::UsageError;
    ListenOptions listen;
    SendOptions send;
    QString error;
};

// Reading one option's value, as every part of the command line's reading does.
class OptionReader
{
    Q_DECLARE_TR_FUNCTIONS(OptionReader)

public:
    // "--name", as the user types it.
    static QString optionName(const QCommandLineOption &option);
    // A whole number from minimum to maximum; false, with a message naming the option, if not.
    // An option not given leaves value as it is.
    static bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option,
                        int minimum, int maximum, int *value, QString *error);
};
