#pragma once

#include "payloadcodec.h"
#include "replymatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// A payload saved under a name, with everything that decides its bytes.
struct SavedCommand
{
    QString name;
    PayloadSpec payload;

    bool operator==(const SavedCommand &other) const = default;
};

// One step of a sequence: after delayMs, send the named command; then, if asked, wait up to
// timeoutMs for a reply that matches. A text pattern reads the reply in the encoding of the
// step's command: a device answers in the encoding it is spoken to in.
struct SequenceStep
{
    QString command;
    int delayMs = 0;
    bool waitForReply = false;
    ReplyMatcher::Kind matchKind = ReplyMatcher::Kind::Any;
    QString matchPattern;
    int timeoutMs = 1000;

    bool operator==(const SequenceStep &other) const = default;
};

// Saved commands run in order, repeat times (0: until stopped).
struct Sequence
{
    QString name;
    QList<SequenceStep> steps;
    int repeat = 1;

    bool operator==(const Sequence &other) const = default;
};

// The saved commands and sequences, and their file: a JSON document described in
// docs/commands.md, so that a team can share a device's command set.
class CommandSet
{
    Q_DECLARE_TR_FUNCTIONS(CommandSet)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxDelayMs = 24 * 60 * 60 * 1000;
    static constexpr int kMaxRepeat = 1000000;

    QList<SavedCommand> commands;
    QList<Sequence> sequences;

    bool operator==(const CommandSet &other) const = default;

    const SavedCommand *command(const QString &name) const;
    const Sequence *sequence(const QString &name) const;

    // Everything that would make a command or a sequence unusable, as one sentence naming it:
    // an empty or repeated name, a payload that does not build (bad hex, an unknown encoding, a
    // checksum range too large), a step naming no saved command, a pattern that does not
    // compile, a delay or timeout out of range. Empty when all is well.
    QString problem() const;

    QByteArray toJson() const;
    // Reads a file written by toJson() (or by hand, as docs/commands.md describes). Refuses, with
    // *error naming the problem and where it is, malformed JSON, another format or version, a
    // field of the wrong type, and everything problem() finds.
    static std::optional<CommandSet> fromJson(const QByteArray &json, QString *error);

    // A name not used yet by a command or a sequence, from base: base itself if it is free,
    // else "Login (2)", "Login (3)"...
    QString unusedName(const QString &base) const;
};
