#pragma once

#include "clirequest.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Reads and checks the whole command line, so that bad input is refused before any socket opens.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    static CliRequest parse(const QStringList &arguments);
    static QString versionText();

private:
    // Parses what both commands share; returns the whole request when nothing more is needed
    // (a usage error, --help or --version).
    static std::optional<CliRequest> parseCommon(QCommandLineParser &parser,
                                                 const CommonOptions &common,
                                                 const QStringList &arguments);
    static CliRequest parseListen(const QStringList &arguments);
    struct SendSwitches;
    static CliRequest parseSend(const QStringList &arguments);
    // What send sends: a TEXT (text, when hasText) or --hex built with its line ending and
    // checksum, a --file to stream, or what --run names in a --commands file.
    static bool readSendPayload(const QCommandLineParser &parser, const CommonOptions &common,
                                const SendSwitches &switches, const QString &text, bool hasText,
                                SendOptions *options, QString *error);
    // What a UDP socket can send, to a literal address at least; the socket's family.
    static bool checkUdpSend(SendOptions *options, QString *error);
    static CliRequest usageError(const QString &message);
    static bool readOutput(const QCommandLineParser &parser, OutputOptions *output, QString *error);
    static QString checkEncoding(const QString &name);
};
