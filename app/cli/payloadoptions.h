#pragma once

#include "clirequest.h"
#include "payloadcodec.h"

#include <QCoreApplication>
#include <QString>

// Reads and checks what decides the bytes send sends and listen answers with, beyond the TEXT or
// hex itself: the checksum options, a --file to stream, and a --commands file with the command
// or sequence that --run names.
class PayloadCliOptions
{
    Q_DECLARE_TR_FUNCTIONS(PayloadCliOptions)

public:
    // A commands file is a few kilobytes; a device or a mistaken path may be endless.
    static constexpr qint64 kMaxCommandsFileBytes = 16 * 1024 * 1024;

    // Whether any of --checksum, --checksum-range and --checksum-order was given.
    static bool checksumGiven(const QCommandLineParser &parser, const CommonOptions &common);
    // The checksum the options ask for; none when none was given. The check goes after the line
    // ending, as the send pane's default puts it.
    static bool readChecksum(const QCommandLineParser &parser, const CommonOptions &common,
                             ChecksumSpec *spec, QString *error);
    // spec's bytes, as the send pane builds them. When it fails, *inChecksum tells whether the
    // checksum's range was the problem rather than the text or hex.
    static PayloadResult build(const PayloadSpec &spec, bool *inChecksum);

    // Refuses, before any socket opens, a --file that cannot be streamed: missing, a directory,
    // a device or pipe, not readable. The file is not read.
    static bool checkFile(const QString &path, QString *error);

    // Reads a --commands file.
    static bool loadCommands(const QString &path, CommandSet *commands, QString *error);
    // Finds what --run names in the commands: a command becomes options->payload, a sequence
    // options->sequence (with what its steps send in options->commands). "command:NAME" and
    // "sequence:NAME" tell a command and a sequence of the same name apart.
    static bool resolveRun(const QString &name, const QString &path, const CommandSet &commands,
                           SendOptions *options, QString *error);

private:
    static QString quotedNames(const QStringList &names);
};
