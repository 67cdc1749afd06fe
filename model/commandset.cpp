#include "commandset.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>
#include <cmath>
#include <initializer_list>

namespace {

constexpr QLatin1String kFormatName("netdebug-commands");

QString orderKey(ChecksumOrder order)
{
    switch (order) {
    case ChecksumOrder::Conventional: return QStringLiteral("conventional");
    case ChecksumOrder::BigEndian: return QStringLiteral("be");
    case ChecksumOrder::LittleEndian: return QStringLiteral("le");
    }
    return {};
}

QString positionKey(bool beforeLineEnding)
{
    return beforeLineEnding ? QStringLiteral("before-line-ending")
                            : QStringLiteral("after-line-ending");
}

QString modeKey(bool hex)
{
    return hex ? QStringLiteral("hex") : QStringLiteral("text");
}

QString located(const QString &where, const QString &what)
{
    if (where.isEmpty())
        return what;
    return CommandSet::tr("%1: %2", "where in the command set: what is wrong").arg(where, what);
}

QString commandPlace(qsizetype index, const QString &name)
{
    if (name.trimmed().isEmpty())
        return CommandSet::tr("Command %1").arg(index + 1);
    return CommandSet::tr("Command %1 (\"%2\")").arg(QString::number(index + 1), name);
}

QString sequencePlace(qsizetype index, const QString &name)
{
    if (name.trimmed().isEmpty())
        return CommandSet::tr("Sequence %1").arg(index + 1);
    return CommandSet::tr("Sequence %1 (\"%2\")").arg(QString::number(index + 1), name);
}

QString stepPlace(qsizetype sequenceIndex, const QString &sequenceName, qsizetype step)
{
    if (sequenceName.trimmed().isEmpty()) {
        return CommandSet::tr("Sequence %1, step %2")
                .arg(QString::number(sequenceIndex + 1), QString::number(step + 1));
    }
    return CommandSet::tr("Sequence \"%1\", step %2").arg(sequenceName, QString::number(step + 1));
}

// Reads the fields of one JSON object, the first problem ending the read: each read returns
// false once a field is of the wrong type or missing where it is needed, and error() says which
// and where. Fields of an inner object are named by their path ("checksum.kind").
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &where, const QString &path = QString())
        : m_object(object)
        , m_where(where)
        , m_path(path)
    {}

    const QString &error() const { return m_error; }
    void setWhere(const QString &where) { m_where = where; }
    const QString &where() const { return m_where; }

    // A hand-written field with a typo ("lineEnd") would otherwise be dropped without a word,
    // and the command would go out without its line ending or its checksum.
    bool onlyKnown(std::initializer_list<const char *> keys)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            bool known = false;
            for (const char *key : keys)
                known = known || it.key() == QLatin1String(key);
            if (!known) {
                return fail(CommandSet::tr("\"%1\" is not a field this NetDebug knows.")
                                    .arg(m_path + it.key()));
            }
        }
        return true;
    }

    bool text(const char *key, QString *out, bool required = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return required ? missing(key) : true;
        if (!value.isString())
            return fail(CommandSet::tr("\"%1\" must be text.").arg(name(key)));
        *out = value.toString();
        return true;
    }

    bool boolean(const char *key, bool *out)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(CommandSet::tr("\"%1\" must be true or false.").arg(name(key)));
        *out = value.toBool();
        return true;
    }

    bool integer(const char *key, int *out, int min, int max)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        // The range is checked on the double: converting one outside int's range is undefined.
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
            return fail(CommandSet::tr("\"%1\" must be a whole number from %2 to %3.")
                                .arg(name(key), QString::number(min), QString::number(max)));
        }
        *out = int(number);
        return true;
    }

    bool object(const char *key, QJsonObject *out, bool *present)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        *present = !value.isUndefined();
        if (!*present)
            return true;
        if (!value.isObject())
            return fail(CommandSet::tr("\"%1\" must be an object.").arg(name(key)));
        *out = value.toObject();
        return true;
    }

    bool array(const char *key, QJsonArray *out, bool required = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return required ? missing(key) : true;
        if (!value.isArray())
            return fail(CommandSet::tr("\"%1\" must be an array.").arg(name(key)));
        *out = value.toArray();
        return true;
    }

    // One of a fixed set of keys, which every reader of keys here takes case-insensitively.
    template<typename T, typename FromKey>
    bool choice(const char *key, T *out, FromKey fromKey, const QStringList &keys,
                bool required = false)
    {
        if (!m_object.contains(QLatin1String(key)))
            return required ? missing(key) : true;
        QString text;
        if (!this->text(key, &text))
            return false;
        if (const std::optional<T> value = fromKey(text)) {
            *out = *value;
            return true;
        }
        return fail(CommandSet::tr("\"%1\" cannot be \"%2\"; use one of: %3.")
                            .arg(name(key), text, keys.join(QLatin1String(", "))));
    }

    bool fail(const QString &what)
    {
        m_error = located(m_where, what);
        return false;
    }

private:
    QString name(const char *key) const { return m_path + QLatin1String(key); }

    bool missing(const char *key)
    {
        return fail(CommandSet::tr("\"%1\" is missing.").arg(name(key)));
    }

    QJsonObject m_object;
    QString m_where;
    QString m_path;
    QString m_error;
};

std::optional<bool> modeFromKey(const QString &key)
{
    for (bool hex : {false, true}) {
        if (key.compare(modeKey(hex), Qt::CaseInsensitive) == 0)
            return hex;
    }
    return std::nullopt;
}

constexpr ChecksumOrder kOrders[] = {ChecksumOrder::Conventional, ChecksumOrder::BigEndian,
                                     ChecksumOrder::LittleEndian};

std::optional<ChecksumOrder> orderFromKey(const QString &key)
{
    for (ChecksumOrder order : kOrders) {
        if (key.compare(orderKey(order), Qt::CaseInsensitive) == 0)
            return order;
    }
    return std::nullopt;
}

std::optional<bool> positionFromKey(const QString &key)
{
    for (bool before : {false, true}) {
        if (key.compare(positionKey(before), Qt::CaseInsensitive) == 0)
            return before;
    }
    return std::nullopt;
}

QStringList checksumKeys()
{
    QStringList keys;
    for (ChecksumKind kind : Checksum::kinds())
        keys.append(Checksum::key(kind));
    return keys;
}

QStringList orderKeys()
{
    QStringList keys;
    for (ChecksumOrder order : kOrders)
        keys.append(orderKey(order));
    return keys;
}

QStringList lineEndingKeys()
{
    QStringList keys;
    for (LineEnding ending : {LineEnding::None, LineEnding::CR, LineEnding::LF, LineEnding::CRLF})
        keys.append(PayloadCodec::lineEndingKey(ending));
    return keys;
}

QStringList matchKeys()
{
    QStringList keys;
    for (ReplyMatcher::Kind kind :
         {ReplyMatcher::Kind::Any, ReplyMatcher::Kind::Exact, ReplyMatcher::Kind::Prefix,
          ReplyMatcher::Kind::Contains, ReplyMatcher::Kind::Regex, ReplyMatcher::Kind::Hex})
        keys.append(ReplyMatcher::key(kind));
    return keys;
}

// The reads below fill *error with the reader's message when one fails.
bool readChecksum(const ObjectReader &command, const QJsonObject &object, ChecksumSpec *spec,
                  QString *error)
{
    ObjectReader reader(object, command.where(), QStringLiteral("checksum."));
    const bool ok = reader.onlyKnown({"kind", "order", "skipHead", "skipTail", "position"}) &&
                    reader.choice("kind", &spec->kind, &Checksum::fromKey, checksumKeys(), true) &&
                    reader.choice("order", &spec->order, &orderFromKey, orderKeys()) &&
                    reader.integer("skipHead", &spec->skipHead, 0, Checksum::kMaxSkip) &&
                    reader.integer("skipTail", &spec->skipTail, 0, Checksum::kMaxSkip) &&
                    reader.choice("position", &spec->beforeLineEnding, &positionFromKey,
                                  {positionKey(false), positionKey(true)});
    *error = reader.error();
    return ok;
}

bool readCommand(const QJsonValue &value, qsizetype index, SavedCommand *command, QString *error)
{
    if (!value.isObject()) {
        *error =
                located(commandPlace(index, QString()), CommandSet::tr("It is not a JSON object."));
        return false;
    }
    ObjectReader reader(value.toObject(), commandPlace(index, QString()));
    if (!reader.text("name", &command->name, true)) {
        *error = reader.error();
        return false;
    }
    reader.setWhere(commandPlace(index, command->name));
    PayloadSpec &payload = command->payload;
    QJsonObject checksum;
    bool hasChecksum = false;
    const bool ok =
            reader.onlyKnown(
                    {"name", "text", "mode", "encoding", "escapes", "lineEnding", "checksum"}) &&
            reader.text("text", &payload.text, true) &&
            reader.choice("mode", &payload.hex, &modeFromKey, {modeKey(false), modeKey(true)}) &&
            reader.text("encoding", &payload.encoding) &&
            reader.boolean("escapes", &payload.escapes) &&
            reader.choice("lineEnding", &payload.lineEnding, &PayloadCodec::lineEndingFromKey,
                          lineEndingKeys()) &&
            reader.object("checksum", &checksum, &hasChecksum);
    if (!ok) {
        *error = reader.error();
        return false;
    }
    return !hasChecksum || readChecksum(reader, checksum, &payload.checksum, error);
}

bool readStep(const QJsonValue &value, const QString &where, SequenceStep *step, QString *error)
{
    if (!value.isObject()) {
        *error = located(where, CommandSet::tr("It is not a JSON object."));
        return false;
    }
    ObjectReader reader(value.toObject(), where);
    QJsonObject wait;
    const bool ok = reader.onlyKnown({"command", "delayMs", "wait"}) &&
                    reader.text("command", &step->command, true) &&
                    reader.integer("delayMs", &step->delayMs, 0, CommandSet::kMaxDelayMs) &&
                    reader.object("wait", &wait, &step->waitForReply);
    if (!ok) {
        *error = reader.error();
        return false;
    }
    if (!step->waitForReply)
        return true;
    ObjectReader waitReader(wait, where, QStringLiteral("wait."));
    const bool waitOk =
            waitReader.onlyKnown({"kind", "pattern", "timeoutMs"}) &&
            waitReader.choice("kind", &step->matchKind, &ReplyMatcher::fromKey, matchKeys(),
                              true) &&
            waitReader.text("pattern", &step->matchPattern) &&
            waitReader.integer("timeoutMs", &step->timeoutMs, 1, CommandSet::kMaxDelayMs);
    *error = waitReader.error();
    return waitOk;
}

bool readSequence(const QJsonValue &value, qsizetype index, Sequence *sequence, QString *error)
{
    if (!value.isObject()) {
        *error = located(sequencePlace(index, QString()),
                         CommandSet::tr("It is not a JSON object."));
        return false;
    }
    ObjectReader reader(value.toObject(), sequencePlace(index, QString()));
    if (!reader.text("name", &sequence->name, true)) {
        *error = reader.error();
        return false;
    }
    reader.setWhere(sequencePlace(index, sequence->name));
    QJsonArray steps;
    const bool ok = reader.onlyKnown({"name", "repeat", "steps"}) &&
                    reader.integer("repeat", &sequence->repeat, 0, CommandSet::kMaxRepeat) &&
                    reader.array("steps", &steps, true);
    if (!ok) {
        *error = reader.error();
        return false;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        SequenceStep step;
        if (!readStep(steps.at(i), stepPlace(index, sequence->name, i), &step, error))
            return false;
        sequence->steps.append(step);
    }
    return true;
}

} // namespace

const SavedCommand *CommandSet::command(const QString &name) const
{
    for (const SavedCommand &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

const Sequence *CommandSet::sequence(const QString &name) const
{
    for (const Sequence &sequence : sequences) {
        if (sequence.name == name)
            return &sequence;
    }
    return nullptr;
}

QString CommandSet::problem() const
{
    QHash<QString, qsizetype> commandIndex;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const SavedCommand &command = commands.at(i);
        const QString where = commandPlace(i, command.name);
        if (command.name.trimmed().isEmpty())
            return located(where, tr("The name is empty."));
        if (const auto it = commandIndex.constFind(command.name); it != commandIndex.constEnd())
            return located(where, tr("The name is already used by command %1.").arg(*it + 1));
        commandIndex.insert(command.name, i);
        const ChecksumSpec &checksum = command.payload.checksum;
        if (checksum.skipHead < 0 || checksum.skipHead > Checksum::kMaxSkip ||
            checksum.skipTail < 0 || checksum.skipTail > Checksum::kMaxSkip) {
            return located(where, tr("The checksum can skip from 0 to %1 bytes at the start and "
                                     "at the end.")
                                          .arg(Checksum::kMaxSkip));
        }
        if (const PayloadResult built = PayloadCodec::build(command.payload); !built.ok())
            return located(where, built.error);
    }

    QHash<QString, qsizetype> sequenceIndex;
    for (qsizetype i = 0; i < sequences.size(); ++i) {
        const Sequence &sequence = sequences.at(i);
        const QString where = sequencePlace(i, sequence.name);
        if (sequence.name.trimmed().isEmpty())
            return located(where, tr("The name is empty."));
        if (const auto it = sequenceIndex.constFind(sequence.name); it != sequenceIndex.constEnd())
            return located(where, tr("The name is already used by sequence %1.").arg(*it + 1));
        sequenceIndex.insert(sequence.name, i);
        if (sequence.repeat < 0 || sequence.repeat > kMaxRepeat) {
            return located(where, tr("It repeats %1 times; use from 1 to %2 times, or 0 to "
                                     "repeat until stopped.")
                                          .arg(QString::number(sequence.repeat),
                                               QString::number(kMaxRepeat)));
        }
        if (sequence.steps.isEmpty())
            return located(where, tr("It has no steps."));
        for (qsizetype k = 0; k < sequence.steps.size(); ++k) {
            const SequenceStep &step = sequence.steps.at(k);
            const QString stepWhere = stepPlace(i, sequence.name, k);
            const auto it = commandIndex.constFind(step.command);
            if (it == commandIndex.constEnd()) {
                return located(stepWhere,
                               tr("There is no saved command named \"%1\".").arg(step.command));
            }
            if (step.delayMs < 0 || step.delayMs > kMaxDelayMs) {
                return located(stepWhere, tr("The delay of %1 ms is out of range; use from 0 to "
                                             "%2 ms.")
                                                  .arg(QString::number(step.delayMs),
                                                       QString::number(kMaxDelayMs)));
            }
            if (!step.waitForReply)
                continue;
            if (step.timeoutMs < 1 || step.timeoutMs > kMaxDelayMs) {
                return located(stepWhere, tr("The timeout of %1 ms is out of range; use from 1 "
                                             "to %2 ms.")
                                                  .arg(QString::number(step.timeoutMs),
                                                       QString::number(kMaxDelayMs)));
            }
            // A text reply is read in the encoding its command is written in.
            ReplyMatcher matcher;
            QString error;
            if (!matcher.set(step.matchKind, step.matchPattern, commands.at(*it).payload.encoding,
                             &error))
                return located(stepWhere, error);
        }
    }
    return {};
}

QByteArray CommandSet::toJson() const
{
    QJsonArray commandArray;
    for (const SavedCommand &command : commands) {
        const PayloadSpec &payload = command.payload;
        const ChecksumSpec &checksum = payload.checksum;
        commandArray.append(QJsonObject{
                {QLatin1String("name"), command.name},
                {QLatin1String("text"), payload.text},
                {QLatin1String("mode"), modeKey(payload.hex)},
                {QLatin1String("encoding"), payload.encoding},
                {QLatin1String("escapes"), payload.escapes},
                {QLatin1String("lineEnding"), PayloadCodec::lineEndingKey(payload.lineEnding)},
                {QLatin1String("checksum"),
                 QJsonObject{{QLatin1String("kind"), Checksum::key(checksum.kind)},
                             {QLatin1String("order"), orderKey(checksum.order)},
                             {QLatin1String("skipHead"), checksum.skipHead},
                             {QLatin1String("skipTail"), checksum.skipTail},
                             {QLatin1String("position"), positionKey(checksum.beforeLineEnding)}}},
        });
    }

    QJsonArray sequenceArray;
    for (const Sequence &sequence : sequences) {
        QJsonArray steps;
        for (const SequenceStep &step : sequence.steps) {
            QJsonObject object{{QLatin1String("command"), step.command},
                               {QLatin1String("delayMs"), step.delayMs}};
            // The format has no "do not wait" object: no wait is no "wait".
            if (step.waitForReply) {
                object.insert(
                        QLatin1String("wait"),
                        QJsonObject{{QLatin1String("kind"), ReplyMatcher::key(step.matchKind)},
                                    {QLatin1String("pattern"), step.matchPattern},
                                    {QLatin1String("timeoutMs"), step.timeoutMs}});
            }
            steps.append(object);
        }
        sequenceArray.append(QJsonObject{{QLatin1String("name"), sequence.name},
                                         {QLatin1String("repeat"), sequence.repeat},
                                         {QLatin1String("steps"), steps}});
    }

    const QJsonObject root{{QLatin1String("format"), kFormatName},
                           {QLatin1String("version"), kFormatVersion},
                           {QLatin1String("commands"), commandArray},
                           {QLatin1String("sequences"), sequenceArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<CommandSet> CommandSet::fromJson(const QByteArray &json, QString *error)
{
    QString problem;
    const auto refuse = [error](const QString &message) -> std::optional<CommandSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(tr("The file is not valid JSON: %1 (at offset %2).")
                              .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject())
        return refuse(tr("The file does not hold a JSON object; a command set is one object with "
                         "\"format\", \"version\", \"commands\" and \"sequences\"."));
    const QJsonObject root = document.object();

    if (root.value(QLatin1String("format")) != QJsonValue(kFormatName)) {
        return refuse(tr("This is not a NetDebug command set: its \"format\" is not \"%1\".")
                              .arg(kFormatName));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble()) {
        return refuse(tr("\"version\" must be a whole number; this NetDebug reads version %1.")
                              .arg(kFormatVersion));
    }
    if (version.toDouble() != kFormatVersion) {
        return refuse(
                tr("The file is version %1 of the command set format; this NetDebug reads "
                   "version %2.")
                        .arg(QString::number(version.toDouble()), QString::number(kFormatVersion)));
    }

    ObjectReader reader(root, QString());
    QJsonArray commandArray;
    QJsonArray sequenceArray;
    if (!reader.onlyKnown({"format", "version", "commands", "sequences"}) ||
        !reader.array("commands", &commandArray) || !reader.array("sequences", &sequenceArray))
        return refuse(reader.error());

    CommandSet set;
    for (qsizetype i = 0; i < commandArray.size(); ++i) {
        SavedCommand command;
        if (!readCommand(commandArray.at(i), i, &command, &problem))
            return refuse(problem);
        set.commands.append(command);
    }
    for (qsizetype i = 0; i < sequenceArray.size(); ++i) {
        Sequence sequence;
        if (!readSequence(sequenceArray.at(i), i, &sequence, &problem))
            return refuse(problem);
        set.sequences.append(sequence);
    }
    problem = set.problem();
    if (!problem.isEmpty())
        return refuse(problem);
    if (error)
        error->clear();
    return set;
}

QString CommandSet::unusedName(const QString &base) const
{
    const auto used = [this](const QString &name) { return command(name) || sequence(name); };
    if (!used(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 (%2)").arg(base, QString::number(n));
        if (!used(name))
            return name;
    }
}
