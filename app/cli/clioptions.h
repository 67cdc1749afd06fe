#pragma once

#include "allowlist.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

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

    void addTo(QCommandLineParser &parser) const
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({help, version, encoding, escapes, output, json, udp, join,
                           multicastInterface, ttl, broadcast});
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

// What "send" was asked to do, checked; the payload is already built.
struct SendOptions
{
    QString host;
    quint16 port = 0;
    QByteArray payload;
    int waitMs = 1000;
    bool untilReply = false;
    int repeat = 1;
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

// Reads and checks the whole command line, so that bad input is refused before any socket opens.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    static CliRequest parse(const QStringList &arguments);
    static QString versionText();
    // What UdpCliOptions reads with too: an option as messages name it (--ttl), and a whole
    // number from minimum to maximum, left as it is when the option is not given.
    static QString optionName(const QCommandLineOption &option);
    static bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option,
                        int minimum, int maximum, int *value, QString *error);

private:
    // Parses what both commands share; returns the whole request when nothing more is needed
    // (a usage error, --help or --version).
    static std::optional<CliRequest> parseCommon(QCommandLineParser &parser,
                                                 const CommonOptions &common,
                                                 const QStringList &arguments);
    static CliRequest parseListen(const QStringList &arguments);
    static CliRequest parseSend(const QStringList &arguments);
    static CliRequest usageError(const QString &message);
    static bool readOutput(const QCommandLineParser &parser, OutputOptions *output, QString *error);
    static QString checkEncoding(const QString &name);
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);
};
