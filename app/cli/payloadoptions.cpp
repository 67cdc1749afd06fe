#include "payloadoptions.h"

#include "checksum.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

bool PayloadCliOptions::checksumGiven(const QCommandLineParser &parser, const CommonOptions &common)
{
    return parser.isSet(common.checksum) || parser.isSet(common.checksumRange) ||
           parser.isSet(common.checksumOrder);
}

bool PayloadCliOptions::readChecksum(const QCommandLineParser &parser, const CommonOptions &common,
                                     ChecksumSpec *spec, QString *error)
{
    *spec = ChecksumSpec();
    if (!checksumGiven(parser, common))
        return true;
    if (!parser.isSet(common.checksum)) {
        const QCommandLineOption &given =
                parser.isSet(common.checksumRange) ? common.checksumRange : common.checksumOrder;
        *error = tr("%1 says how to compute a --checksum: add --checksum NAME.")
                         .arg(OptionReader::optionName(given));
        return false;
    }
    const QString name = parser.value(common.checksum).trimmed();
    const std::optional<ChecksumKind> kind = Checksum::fromKey(name);
    if (!kind) {
        QStringList names;
        for (ChecksumKind known : Checksum::kinds())
            names.append(Checksum::key(known));
        *error = tr("Unknown checksum \"%1\": use one of %2.")
                         .arg(parser.value(common.checksum), names.join(QStringLiteral(", ")));
        return false;
    }
    spec->kind = *kind;

    if (parser.isSet(common.checksumRange)) {
        static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*:\\s*(\\d+)\\s*$"));
        const QString text = parser.value(common.checksumRange);
        const QRegularExpressionMatch match = pattern.match(text);
        bool headOk = false;
        bool tailOk = false;
        const int head = match.hasMatch() ? match.captured(1).toInt(&headOk) : -1;
        const int tail = match.hasMatch() ? match.captured(2).toInt(&tailOk) : -1;
        if (!headOk || !tailOk || head > Checksum::kMaxSkip || tail > Checksum::kMaxSkip) {
            *error = tr("--checksum-range needs SKIP_HEAD:SKIP_TAIL, the bytes at the start and "
                        "at the end that the checksum leaves out, each from 0 to %1, as in 1:0; "
                        "not \"%2\".")
                             .arg(Checksum::kMaxSkip)
                             .arg(text);
            return false;
        }
        spec->skipHead = head;
        spec->skipTail = tail;
    }

    if (parser.isSet(common.checksumOrder)) {
        const QString order = parser.value(common.checksumOrder).trimmed().toLower();
        if (order == u"be") {
            spec->order = ChecksumOrder::BigEndian;
        } else if (order == u"le") {
            spec->order = ChecksumOrder::LittleEndian;
        } else if (order == u"conventional") {
            spec->order = ChecksumOrder::Conventional;
        } else {
            *error = tr("--checksum-order must be be (high byte first), le (low byte first) or "
                        "conventional (the checksum's own order), not \"%1\".")
                             .arg(parser.value(common.checksumOrder));
            return false;
        }
    }
    return true;
}

PayloadResult PayloadCliOptions::build(const PayloadSpec &spec, bool *inChecksum)
{
    *inChecksum = false;
    // Without the checksum first: a bad character of the text is the text's problem, whatever the
    // range.
    PayloadSpec plain = spec;
    plain.checksum = ChecksumSpec();
    const PayloadResult text = PayloadCodec::build(plain);
    if (!text.ok() || spec.checksum.kind == ChecksumKind::None)
        return text;
    const PayloadResult whole = PayloadCodec::build(spec);
    *inChecksum = !whole.ok();
    return whole;
}

bool PayloadCliOptions::checkFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("Cannot read --file \"%1\": no such file.").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = tr("Cannot read --file \"%1\": it is a directory.").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("Cannot read --file \"%1\": it is not a regular file, and a device or a pipe "
                    "may never end.")
                         .arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read --file \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PayloadCliOptions::loadCommands(const QString &path, CommandSet *commands, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("Cannot read --commands \"%1\": no such file.").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = tr("Cannot read --commands \"%1\": it is a directory.").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read --commands \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = file.read(kMaxCommandsFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read --commands \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    if (json.size() > kMaxCommandsFileBytes) {
        *error = tr("Cannot read --commands \"%1\": it is larger than %2 MiB, far more than a "
                    "command set holds.")
                         .arg(path)
                         .arg(kMaxCommandsFileBytes / (1024 * 1024));
        return false;
    }
    QString problem;
    std::optional<CommandSet> read = CommandSet::fromJson(json, &problem);
    if (!read) {
        *error = tr("In --commands \"%1\": %2").arg(path, problem);
        return false;
    }
    *commands = std::move(*read);
    return true;
}

bool PayloadCliOptions::resolveRun(const QString &name, const QString &path,
                                   const CommandSet &commands, SendOptions *options, QString *error)
{
    const SavedCommand *command = commands.command(name);
    const Sequence *sequence = commands.sequence(name);
    // The format lets a sequence share its command's name; a prefix then says which is meant.
    static const QString commandPrefix = QStringLiteral("command:");
    static const QString sequencePrefix = QStringLiteral("sequence:");
    if (!command && !sequence) {
        if (name.startsWith(commandPrefix))
            command = commands.command(name.mid(commandPrefix.size()));
        else if (name.startsWith(sequencePrefix))
            sequence = commands.sequence(name.mid(sequencePrefix.size()));
    }
    if (command && sequence) {
        *error = tr("--run \"%1\" is ambiguous: %2 has a command and a sequence of that name. "
                    "Use --run \"command:%1\" or --run \"sequence:%1\".")
                         .arg(name, path);
        return false;
    }
    if (sequence) {
        options->what = SendOptions::Payload::Sequence;
        options->sequence = *sequence;
        options->commands = commands;
        return true;
    }
    if (!command) {
        QStringList commandNames;
        for (const SavedCommand &saved : commands.commands)
            commandNames.append(saved.name);
        QStringList sequenceNames;
        for (const Sequence &saved : commands.sequences)
            sequenceNames.append(saved.name);
        *error = tr("--run \"%1\": %2 has no command or sequence of that name. Its commands: %3. "
                    "Its sequences: %4.")
                         .arg(name, path, quotedNames(commandNames), quotedNames(sequenceNames));
        return false;
    }
    bool inChecksum = false;
    const PayloadResult payload = build(command->payload, &inChecksum);
    if (!payload.ok()) {
        // CommandSet::fromJson() refuses such a command already; this is the last guard.
        *error = tr("In --commands \"%1\": the command \"%2\" does not build: %3")
                         .arg(path, name, payload.error);
        return false;
    }
    options->what = SendOptions::Payload::Bytes;
    options->payload = payload.bytes;
    return true;
}

QString PayloadCliOptions::quotedNames(const QStringList &names)
{
    if (names.isEmpty())
        return tr("none");
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(QStringLiteral(", "));
}
