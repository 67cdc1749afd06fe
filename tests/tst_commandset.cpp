#include "commandset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

Q_DECLARE_METATYPE(CommandSet)

namespace {

SavedCommand command(const QString &name, const QString &text, bool hex = false)
{
    SavedCommand command;
    command.name = name;
    command.payload.text = text;
    command.payload.hex = hex;
    return command;
}

SequenceStep step(const QString &command, int delayMs = 0)
{
    SequenceStep step;
    step.command = command;
    step.delayMs = delayMs;
    return step;
}

SequenceStep waitingStep(const QString &command, ReplyMatcher::Kind kind, const QString &pattern,
                         int timeoutMs = 1000)
{
    SequenceStep waiting = step(command);
    waiting.waitForReply = true;
    waiting.matchKind = kind;
    waiting.matchPattern = pattern;
    waiting.timeoutMs = timeoutMs;
    return waiting;
}

// Every value each field can take, somewhere in the set.
CommandSet fullSet()
{
    CommandSet set;
    const QList<ChecksumKind> kinds = Checksum::kinds();
    const ChecksumOrder orders[] = {ChecksumOrder::Conventional, ChecksumOrder::BigEndian,
                                    ChecksumOrder::LittleEndian};
    const LineEnding endings[] = {LineEnding::None, LineEnding::CR, LineEnding::LF,
                                  LineEnding::CRLF};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        SavedCommand saved =
                command(QStringLiteral("Frame %1").arg(i), QStringLiteral("01 02 03"), true);
        saved.payload.lineEnding = endings[i % 4];
        saved.payload.checksum.kind = kinds.at(i);
        saved.payload.checksum.order = orders[i % 3];
        saved.payload.checksum.skipHead = int(i % 2);
        saved.payload.checksum.skipTail = int(i % 3 == 1);
        saved.payload.checksum.beforeLineEnding = i % 2 == 1;
        set.commands.append(saved);
    }
    SavedCommand gbk = command(QString::fromUtf16(u"查询温度"), QString::fromUtf16(u"温度?\\r\\n"));
    gbk.payload.encoding = QStringLiteral("GBK");
    gbk.payload.escapes = true;
    set.commands.append(gbk);
    SavedCommand quotes =
            command(QStringLiteral("Quotes \"and\" \\ %1"), QStringLiteral("say \"hi\"\n\ttab"));
    quotes.payload.lineEnding = LineEnding::LF;
    set.commands.append(quotes);

    Sequence login;
    login.name = QStringLiteral("Login");
    login.repeat = 0;
    login.steps = {
            step(QStringLiteral("Frame 0"), 250),
            waitingStep(QStringLiteral("Frame 1"), ReplyMatcher::Kind::Any, QString(), 1),
            waitingStep(QStringLiteral("Frame 2"), ReplyMatcher::Kind::Exact, QStringLiteral("OK")),
            waitingStep(QStringLiteral("Frame 3"), ReplyMatcher::Kind::Prefix,
                        QStringLiteral("+CSQ:"), 5000),
            waitingStep(QString::fromUtf16(u"查询温度"), ReplyMatcher::Kind::Contains,
                        QString::fromUtf16(u"温度")),
            waitingStep(QStringLiteral("Frame 4"), ReplyMatcher::Kind::Regex,
                        QStringLiteral("^\\d+ \"ok\"$"), CommandSet::kMaxDelayMs),
            waitingStep(QStringLiteral("Frame 5"), ReplyMatcher::Kind::Hex,
                        QStringLiteral("01 03 ?? 02"))};
    Sequence poll;
    poll.name = QStringLiteral("Frame 0"); // sequences have names of their own
    poll.repeat = CommandSet::kMaxRepeat;
    poll.steps = {step(QStringLiteral("Frame 0"), CommandSet::kMaxDelayMs)};
    set.sequences = {login, poll};
    return set;
}

// A file with the right header around the given members.
QByteArray file(const char *members)
{
    QByteArray json = R"({"format": "netdebug-commands", "version": 1)";
    if (*members)
        json += ", ";
    return json + members + "}";
}

// What a refusal of malformed JSON must say: Qt's reason, and where.
QStringList parseErrorFragments(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    return {QStringLiteral("not valid JSON"), error.errorString(),
            QStringLiteral("offset %1").arg(error.offset)};
}

} // namespace

// Checks the command file: what toJson() writes reads back as the same set, a short
// hand-written file gets the documented defaults, and every bad file or set is refused with a
// message that says what is wrong and where.
class tst_CommandSet : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void writesEveryField();
    void shortFile();
    void keysAnyCase();
    void documentedExamples_data();
    void documentedExamples();
    void badFiles_data();
    void badFiles();
    void problem_data();
    void problem();
    void lookup();
    void unusedName_data();
    void unusedName();
};

void tst_CommandSet::roundTrip_data()
{
    QTest::addColumn<CommandSet>("set");

    QTest::newRow("empty") << CommandSet();
    QTest::newRow("every field") << fullSet();
    CommandSet commandsOnly;
    commandsOnly.commands = {command(QStringLiteral("AT"), QStringLiteral("AT"))};
    QTest::newRow("commands only") << commandsOnly;
}

void tst_CommandSet::roundTrip()
{
    QFETCH(CommandSet, set);

    QCOMPARE(set.problem(), QString());
    const QByteArray json = set.toJson();
    QString error = QStringLiteral("stale");
    const std::optional<CommandSet> back = CommandSet::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(*back == set);
    // Written again, the file is the same: saving an unchanged set changes nothing.
    QCOMPARE(back->toJson(), json);
}

void tst_CommandSet::writesEveryField()
{
    const QByteArray json = fullSet().toJson();
    QVERIFY(json.contains("\n    \"commands\": [")); // indented, one field a line
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("netdebug-commands"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);

    const QJsonObject first = root.value(QLatin1String("commands")).toArray().first().toObject();
    QCOMPARE(first.keys(), (QStringList{"checksum", "encoding", "escapes", "lineEnding", "mode",
                                        "name", "text"}));
    QCOMPARE(first.value(QLatin1String("checksum")).toObject().keys(),
             (QStringList{"kind", "order", "position", "skipHead", "skipTail"}));

    const QJsonArray steps = root.value(QLatin1String("sequences"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("steps"))
                                     .toArray();
    // No wait is no "wait"; a wait has all three fields.
    QCOMPARE(steps.at(0).toObject().keys(), (QStringList{"command", "delayMs"}));
    QCOMPARE(steps.at(1).toObject().keys(), (QStringList{"command", "delayMs", "wait"}));
    QCOMPARE(steps.at(1).toObject().value(QLatin1String("wait")).toObject().keys(),
             (QStringList{"kind", "pattern", "timeoutMs"}));
}

void tst_CommandSet::shortFile()
{
    const QByteArray json = file(R"(
        "commands": [
            {"name": "AT", "text": "AT"},
            {"name": "Read", "text": "01 03 00 00 00 0A", "mode": "hex",
             "checksum": {"kind": "crc16-modbus"}}
        ],
        "sequences": [
            {"name": "Poll", "steps": [
                {"command": "AT"},
                {"command": "Read", "delayMs": 100, "wait": {"kind": "contains", "pattern": "OK"}},
                {"command": "Read", "wait": {"kind": "any"}}
            ]}
        ])");
    QString error;
    const std::optional<CommandSet> set = CommandSet::fromJson(json, &error);
    QVERIFY2(set, qPrintable(error));

    QCOMPARE(set->commands.size(), 2);
    const PayloadSpec &at = set->commands.at(0).payload;
    QCOMPARE(at.text, QStringLiteral("AT"));
    QCOMPARE(at.hex, false);
    QCOMPARE(at.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(at.escapes, false);
    QCOMPARE(at.lineEnding, LineEnding::None);
    QVERIFY(at.checksum == ChecksumSpec());

    const PayloadSpec &read = set->commands.at(1).payload;
    QCOMPARE(read.hex, true);
    QCOMPARE(read.checksum.kind, ChecksumKind::Crc16Modbus);
    QCOMPARE(read.checksum.order, ChecksumOrder::Conventional);
    QCOMPARE(read.checksum.skipHead, 0);
    QCOMPARE(read.checksum.skipTail, 0);
    QCOMPARE(read.checksum.beforeLineEnding, false);
    QCOMPARE(PayloadCodec::build(read).bytes, QByteArray::fromHex("01030000000ac5cd"));

    QCOMPARE(set->sequences.size(), 1);
    const Sequence &poll = set->sequences.first();
    QCOMPARE(poll.repeat, 1);
    QCOMPARE(poll.steps.size(), 3);
    QVERIFY(poll.steps.at(0) == step(QStringLiteral("AT")));
    SequenceStep expected =
            waitingStep(QStringLiteral("Read"), ReplyMatcher::Kind::Contains, QStringLiteral("OK"));
    expected.delayMs = 100;
    QVERIFY(poll.steps.at(1) == expected);
    QVERIFY(poll.steps.at(2) ==
            waitingStep(QStringLiteral("Read"), ReplyMatcher::Kind::Any, QString()));

    // Nothing but the header is an empty set.
    const std::optional<CommandSet> empty = CommandSet::fromJson(file(""), &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(*empty == CommandSet());
}

void tst_CommandSet::keysAnyCase()
{
    const QByteArray json = file(R"(
        "commands": [{"name": "A", "text": "41", "mode": "HEX", "lineEnding": "CRLF",
                      "checksum": {"kind": "CRC16-Modbus", "order": "BE",
                                   "position": "Before-Line-Ending"}}],
        "sequences": [{"name": "S", "steps": [{"command": "A",
                                              "wait": {"kind": "Regex", "pattern": "x"}}]}])");
    QString error;
    const std::optional<CommandSet> set = CommandSet::fromJson(json, &error);
    QVERIFY2(set, qPrintable(error));
    const PayloadSpec &payload = set->commands.first().payload;
    QCOMPARE(payload.hex, true);
    QCOMPARE(payload.lineEnding, LineEnding::CRLF);
    QCOMPARE(payload.checksum.kind, ChecksumKind::Crc16Modbus);
    QCOMPARE(payload.checksum.order, ChecksumOrder::BigEndian);
    QCOMPARE(payload.checksum.beforeLineEnding, true);
    QCOMPARE(set->sequences.first().steps.first().matchKind, ReplyMatcher::Kind::Regex);
}

void tst_CommandSet::documentedExamples_data()
{
    QTest::addColumn<QByteArray>("json");

    const QString docs = QStringLiteral(NETDEBUG_DOCS_DIR);
    QFile example(docs + QStringLiteral("/commands-example.json"));
    QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.fileName()));
    QTest::newRow("commands-example.json") << example.readAll();

    QFile page(docs + QStringLiteral("/commands.md"));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    const QByteArray markdown = page.readAll();
    int blocks = 0;
    for (qsizetype start = markdown.indexOf("```json\n"); start >= 0;
         start = markdown.indexOf("```json\n", start)) {
        start += 8;
        const qsizetype end = markdown.indexOf("```", start);
        QVERIFY(end > start);
        QTest::addRow("commands.md block %d", ++blocks) << markdown.mid(start, end - start);
        start = end + 3;
    }
    QVERIFY(blocks > 0);
}

void tst_CommandSet::documentedExamples()
{
    QFETCH(QByteArray, json);

    QString error;
    const std::optional<CommandSet> set = CommandSet::fromJson(json, &error);
    QVERIFY2(set, qPrintable(error));
    QVERIFY(!set->commands.isEmpty());
    QVERIFY(!set->sequences.isEmpty());
    const std::optional<CommandSet> again = CommandSet::fromJson(set->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *set);
}

void tst_CommandSet::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments");

    // The file as a whole.
    QTest::newRow("empty file") << QByteArray() << QStringList{"not valid JSON"};
    const QByteArray truncated(R"({"format": "netdebug-commands", "version": 1,)");
    QTest::newRow("malformed") << truncated << parseErrorFragments(truncated);
    const QByteArray noComma(R"({"format": "netdebug-commands" "version": 1})");
    QTest::newRow("missing comma") << noComma << parseErrorFragments(noComma);
    QTest::newRow("not an object") << QByteArray("[]") << QStringList{"JSON object"};
    QTest::newRow("no format") << QByteArray(R"({"version": 1})")
                               << QStringList{"\"format\"", "netdebug-commands"};
    QTest::newRow("wrong format") << QByteArray(R"({"format": "netdebug-settings", "version": 1})")
                                  << QStringList{"\"format\"", "netdebug-commands"};
    QTest::newRow("format not text")
            << QByteArray(R"({"format": 1, "version": 1})") << QStringList{"netdebug-commands"};
    QTest::newRow("newer version") << QByteArray(R"({"format": "netdebug-commands", "version": 2})")
                                   << QStringList{"version 2", "reads version 1"};
    QTest::newRow("version 0") << QByteArray(R"({"format": "netdebug-commands", "version": 0})")
                               << QStringList{"version 0", "reads version 1"};
    QTest::newRow("fractional version")
            << QByteArray(R"({"format": "netdebug-commands", "version": 1.5})")
            << QStringList{"version 1.5", "reads version 1"};
    QTest::newRow("version as text")
            << QByteArray(R"({"format": "netdebug-commands", "version": "1"})")
            << QStringList{"\"version\"", "whole number"};
    QTest::newRow("no version") << QByteArray(R"({"format": "netdebug-commands"})")
                                << QStringList{"\"version\""};
    QTest::newRow("unknown top-level field")
            << file(R"("comment": "mine")") << QStringList{"\"comment\"", "not a field"};
    QTest::newRow("commands not an array")
            << file(R"("commands": {})") << QStringList{"\"commands\"", "array"};
    QTest::newRow("sequences not an array")
            << file(R"("sequences": "none")") << QStringList{"\"sequences\"", "array"};

    // Commands.
    QTest::newRow("command not an object") << file(R"("commands": [{"name": "A", "text": ""}, 7])")
                                           << QStringList{"Command 2", "JSON object"};
    QTest::newRow("command without name") << file(R"("commands": [{"text": "AT"}])")
                                          << QStringList{"Command 1", "\"name\"", "missing"};
    QTest::newRow("name not text") << file(R"("commands": [{"name": 5, "text": "AT"}])")
                                   << QStringList{"Command 1", "\"name\"", "text"};
    QTest::newRow("command without text") << file(R"("commands": [{"name": "AT"}])")
                                          << QStringList{"Command 1 (\"AT\")", "\"text\""};
    QTest::newRow("text not text") << file(R"("commands": [{"name": "AT", "text": ["A"]}])")
                                   << QStringList{"Command 1 (\"AT\")", "\"text\""};
    QTest::newRow("bad hex in command 2")
            << file(R"("commands": [{"name": "AT", "text": "AT"},
                                    {"name": "Read holding", "text": "01 0G", "mode": "hex"}])")
            << QStringList{"Command 2 (\"Read holding\")", PayloadCodec::parseHex(u"01 0G").error};
    QTest::newRow("odd hex") << file(R"("commands": [{"name": "R", "text": "010", "mode": "hex"}])")
                             << QStringList{"Command 1 (\"R\")",
                                            PayloadCodec::parseHex(u"010").error};
    QTest::newRow("bad escape")
            << file(R"("commands": [{"name": "E", "text": "a\\q", "escapes": true}])")
            << QStringList{"Command 1 (\"E\")",
                           PayloadCodec::encodeText(u"a\\q", QStringLiteral("UTF-8"), true).error};
    QTest::newRow("unknown encoding")
            << file(R"("commands": [{"name": "E", "text": "a", "encoding": "no-such"}])")
            << QStringList{"Command 1 (\"E\")", "no-such"};
    QTest::newRow("encoding not text")
            << file(R"("commands": [{"name": "E", "text": "a", "encoding": null}])")
            << QStringList{"\"encoding\"", "text"};
    QTest::newRow("unknown mode")
            << file(R"("commands": [{"name": "M", "text": "a", "mode": "binary"}])")
            << QStringList{"Command 1 (\"M\")", "\"mode\"", "binary", "text, hex"};
    QTest::newRow("unknown line ending")
            << file(R"("commands": [{"name": "L", "text": "a", "lineEnding": "\\r\\n"}])")
            << QStringList{"\"lineEnding\"", "none, cr, lf, crlf"};
    QTest::newRow("escapes not a bool")
            << file(R"("commands": [{"name": "E", "text": "a", "escapes": "yes"}])")
            << QStringList{"\"escapes\"", "true or false"};
    QTest::newRow("unknown command field")
            << file(R"("commands": [{"name": "T", "text": "a", "lineEnd": "crlf"}])")
            << QStringList{"Command 1 (\"T\")", "\"lineEnd\"", "not a field"};
    QTest::newRow("empty name") << file(R"("commands": [{"name": "", "text": "a"}])")
                                << QStringList{"Command 1", "empty"};
    QTest::newRow("blank name") << file(R"("commands": [{"name": "  ", "text": "a"}])")
                                << QStringList{"Command 1", "empty"};
    QTest::newRow("duplicate command names")
            << file(R"("commands": [{"name": "A", "text": "a"}, {"name": "B", "text": "b"},
                                    {"name": "A", "text": "c"}])")
            << QStringList{"Command 3 (\"A\")", "command 1"};

    // Checksums.
    QTest::newRow("checksum not an object")
            << file(R"("commands": [{"name": "C", "text": "a", "checksum": "crc32"}])")
            << QStringList{"Command 1 (\"C\")", "\"checksum\"", "object"};
    QTest::newRow("checksum without kind")
            << file(R"("commands": [{"name": "C", "text": "a", "checksum": {"order": "le"}}])")
            << QStringList{"Command 1 (\"C\")", "\"checksum.kind\"", "missing"};
    QTest::newRow("unknown checksum kind")
            << file(R"("commands": [{"name": "C", "text": "a", "checksum": {"kind": "crc16"}}])")
            << QStringList{"\"checksum.kind\"", "\"crc16\"", "crc16-modbus"};
    QTest::newRow("unknown checksum order")
            << file(R"("commands": [{"name": "C", "text": "a",
                                     "checksum": {"kind": "crc32", "order": "big"}}])")
            << QStringList{"\"checksum.order\"", "conventional, be, le"};
    QTest::newRow("unknown checksum position")
            << file(R"("commands": [{"name": "C", "text": "a",
                                     "checksum": {"kind": "crc32", "position": "before"}}])")
            << QStringList{"\"checksum.position\"", "after-line-ending, before-line-ending"};
    QTest::newRow("negative skip")
            << file(R"("commands": [{"name": "C", "text": "a",
                                     "checksum": {"kind": "crc32", "skipHead": -1}}])")
            << QStringList{"Command 1 (\"C\")", "\"checksum.skipHead\"", "0 to 1048576"};
    QTest::newRow("fractional skip") << file(R"("commands": [{"name": "C", "text": "abc",
                                     "checksum": {"kind": "crc32", "skipTail": 1.5}}])")
                                     << QStringList{"\"checksum.skipTail\"", "whole number"};
    QTest::newRow("skip as text") << file(R"("commands": [{"name": "C", "text": "abc",
                                     "checksum": {"kind": "crc32", "skipTail": "1"}}])")
                                  << QStringList{"\"checksum.skipTail\"", "whole number"};
    QTest::newRow("skip more than the payload")
            << file(R"("commands": [{"name": "C", "text": "abc",
                                     "checksum": {"kind": "crc32", "skipHead": 2, "skipTail": 2}}])")
            << QStringList{"Command 1 (\"C\")", "first 2", "last 2", "3"};
    QTest::newRow("unknown checksum field") << file(R"("commands": [{"name": "C", "text": "a",
                                     "checksum": {"kind": "crc32", "skip": 1}}])")
                                            << QStringList{"\"checksum.skip\"", "not a field"};

    // Sequences and their steps.
    const char *ok = R"("commands": [{"name": "AT", "text": "AT"}, {"name": "Bin", "text": "01",
                                      "mode": "hex", "encoding": "no-such"}], )";
    const auto withCommands = [ok](const char *sequences) {
        return file((QByteArray(ok) + sequences).constData());
    };
    QTest::newRow("sequence not an object")
            << withCommands(R"("sequences": [[]])") << QStringList{"Sequence 1", "JSON object"};
    QTest::newRow("sequence without name")
            << withCommands(R"("sequences": [{"steps": [{"command": "AT"}]}])")
            << QStringList{"Sequence 1", "\"name\"", "missing"};
    QTest::newRow("sequence without steps")
            << withCommands(R"("sequences": [{"name": "S"}])")
            << QStringList{"Sequence 1 (\"S\")", "\"steps\"", "missing"};
    QTest::newRow("steps not an array")
            << withCommands(R"("sequences": [{"name": "S", "steps": {"command": "AT"}}])")
            << QStringList{"Sequence 1 (\"S\")", "\"steps\"", "array"};
    QTest::newRow("no steps") << withCommands(R"("sequences": [{"name": "S", "steps": []}])")
                              << QStringList{"Sequence 1 (\"S\")", "no steps"};
    QTest::newRow("empty sequence name")
            << withCommands(R"("sequences": [{"name": "", "steps": [{"command": "AT"}]}])")
            << QStringList{"Sequence 1", "empty"};
    QTest::newRow("duplicate sequence names")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT"}]},
                                             {"name": "S", "steps": [{"command": "AT"}]}])")
            << QStringList{"Sequence 2 (\"S\")", "sequence 1"};
    QTest::newRow("unknown sequence field")
            << withCommands(R"("sequences": [{"name": "S", "loop": 2,
                                              "steps": [{"command": "AT"}]}])")
            << QStringList{"Sequence 1 (\"S\")", "\"loop\""};
    QTest::newRow("negative repeat")
            << withCommands(R"("sequences": [{"name": "S", "repeat": -1,
                                              "steps": [{"command": "AT"}]}])")
            << QStringList{"Sequence 1 (\"S\")", "\"repeat\"", "0 to 1000000"};
    QTest::newRow("repeat too large")
            << withCommands(R"("sequences": [{"name": "S", "repeat": 1000001,
                                              "steps": [{"command": "AT"}]}])")
            << QStringList{"\"repeat\"", "0 to 1000000"};
    QTest::newRow("step not an object")
            << withCommands(R"("sequences": [{"name": "S", "steps": ["AT"]}])")
            << QStringList{"Sequence \"S\", step 1", "JSON object"};
    QTest::newRow("step without command")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"delayMs": 5}]}])")
            << QStringList{"Sequence \"S\", step 1", "\"command\"", "missing"};
    QTest::newRow("missing command in a step")
            << withCommands(R"("sequences": [{"name": "Login",
                                              "steps": [{"command": "AT"}, {"command": "Nope"}]}])")
            << QStringList{"Sequence \"Login\", step 2", "\"Nope\""};
    // Commands and sequences have names of their own: a sequence is not a command.
    QTest::newRow("step names a sequence")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "S"}]}])")
            << QStringList{"Sequence \"S\", step 1", "\"S\""};
    QTest::newRow("negative delay")
            << withCommands(R"("sequences": [{"name": "S",
                                              "steps": [{"command": "AT", "delayMs": -1}]}])")
            << QStringList{"Sequence \"S\", step 1", "\"delayMs\"", "0 to 86400000"};
    QTest::newRow("delay too long") << withCommands(R"("sequences": [{"name": "S",
                                              "steps": [{"command": "AT", "delayMs": 86400001}]}])")
                                    << QStringList{"\"delayMs\"", "0 to 86400000"};
    QTest::newRow("huge delay") << withCommands(R"("sequences": [{"name": "S",
                                              "steps": [{"command": "AT", "delayMs": 1e300}]}])")
                                << QStringList{"\"delayMs\"", "0 to 86400000"};
    QTest::newRow("unknown step field")
            << withCommands(R"("sequences": [{"name": "S",
                                              "steps": [{"command": "AT", "delay": 5}]}])")
            << QStringList{"Sequence \"S\", step 1", "\"delay\"", "not a field"};
    QTest::newRow("wait not an object")
            << withCommands(R"("sequences": [{"name": "S",
                                              "steps": [{"command": "AT", "wait": true}]}])")
            << QStringList{"Sequence \"S\", step 1", "\"wait\"", "object"};
    QTest::newRow("wait without kind")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT",
                                              "wait": {"pattern": "OK"}}]}])")
            << QStringList{"Sequence \"S\", step 1", "\"wait.kind\"", "missing"};
    QTest::newRow("unknown wait kind")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT",
                                              "wait": {"kind": "startswith", "pattern": "OK"}}]}])")
            << QStringList{"\"wait.kind\"", "startswith",
                           "any, exact, prefix, contains, regex, hex"};
    QTest::newRow("pattern not text")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT",
                                              "wait": {"kind": "exact", "pattern": 1}}]}])")
            << QStringList{"\"wait.pattern\"", "text"};
    QTest::newRow("zero timeout")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT",
                                              "wait": {"kind": "any", "timeoutMs": 0}}]}])")
            << QStringList{"Sequence \"S\", step 1", "\"wait.timeoutMs\"", "1 to 86400000"};
    QTest::newRow("unknown wait field")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT",
                                              "wait": {"kind": "any", "timeout": 5}}]}])")
            << QStringList{"\"wait.timeout\"", "not a field"};
    QTest::newRow("bad regex")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT"},
                                              {"command": "AT",
                                               "wait": {"kind": "regex", "pattern": "(OK"}}]}])")
            << QStringList{"Sequence \"S\", step 2", QRegularExpression("(OK").errorString()};
    QTest::newRow("empty pattern")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT",
                                              "wait": {"kind": "contains"}}]}])")
            << QStringList{"Sequence \"S\", step 1", "empty"};
    QTest::newRow("bad hex pattern")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "AT",
                                              "wait": {"kind": "hex", "pattern": "01 0"}}]}])")
            << QStringList{"Sequence \"S\", step 1", "position 4"};
    // A hex command builds without its encoding, but a text reply to it is read in it.
    QTest::newRow("reply in an unknown encoding")
            << withCommands(R"("sequences": [{"name": "S", "steps": [{"command": "Bin",
                                              "wait": {"kind": "exact", "pattern": "OK"}}]}])")
            << QStringList{"Sequence \"S\", step 1", "no-such"};
}

void tst_CommandSet::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);

    QString error;
    QVERIFY(!CommandSet::fromJson(json, &error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(!CommandSet::fromJson(json, nullptr));
}

void tst_CommandSet::problem_data()
{
    QTest::addColumn<CommandSet>("set");
    QTest::addColumn<QStringList>("fragments"); // empty: no problem

    const CommandSet good = fullSet();
    QTest::newRow("good") << good << QStringList();

    CommandSet set = good;
    set.commands[1].name.clear();
    QTest::newRow("empty command name") << set << QStringList{"Command 2", "empty"};

    set = good;
    set.commands[4].name = set.commands[2].name;
    QTest::newRow("duplicate command name")
            << set << QStringList{"Command 5 (\"Frame 2\")", "command 3"};

    set = good;
    set.commands[0].payload.text = QStringLiteral("01 0G");
    QTest::newRow("bad hex") << set
                             << QStringList{"Command 1 (\"Frame 0\")",
                                            PayloadCodec::parseHex(u"01 0G").error};

    set = good;
    set.commands[9].payload.encoding = QStringLiteral("no-such");
    QTest::newRow("unknown encoding") << set << QStringList{"Command 10", "no-such"};

    set = good;
    set.commands[0].payload.checksum.skipHead = Checksum::kMaxSkip + 1;
    set.commands[0].payload.text.clear();
    QTest::newRow("skip beyond the largest")
            << set << QStringList{"Command 1 (\"Frame 0\")", QString::number(Checksum::kMaxSkip)};

    set = good;
    set.commands[3].payload.checksum.skipTail = -1;
    QTest::newRow("negative skip") << set << QStringList{"Command 4 (\"Frame 3\")", "0 to"};

    set = good;
    set.commands[3].payload.checksum.skipTail = 4;
    QTest::newRow("skip more than the payload")
            << set << QStringList{"Command 4 (\"Frame 3\")", "last 4"};

    set = good;
    set.sequences[0].name = QStringLiteral(" ");
    QTest::newRow("empty sequence name") << set << QStringList{"Sequence 1", "empty"};

    set = good;
    set.sequences[1].name = set.sequences[0].name;
    QTest::newRow("duplicate sequence name")
            << set << QStringList{"Sequence 2 (\"Login\")", "sequence 1"};

    set = good;
    set.sequences[0].steps.clear();
    QTest::newRow("no steps") << set << QStringList{"Sequence 1 (\"Login\")", "no steps"};

    set = good;
    set.sequences[0].steps[2].command = QStringLiteral("Gone");
    QTest::newRow("missing command") << set << QStringList{"Sequence \"Login\", step 3", "Gone"};

    set = good;
    set.sequences[0].steps[5].matchPattern = QStringLiteral("[");
    QTest::newRow("bad regex") << set
                               << QStringList{
                                          "Sequence \"Login\", step 6",
                                          QRegularExpression(QStringLiteral("[")).errorString()};

    set = good;
    set.sequences[0].steps[6].matchPattern = QStringLiteral("0");
    QTest::newRow("bad hex pattern") << set << QStringList{"Sequence \"Login\", step 7", "odd"};

    set = good;
    set.sequences[0].steps[0].delayMs = -1;
    QTest::newRow("negative delay") << set << QStringList{"Sequence \"Login\", step 1", "-1"};

    set = good;
    set.sequences[1].steps[0].delayMs = CommandSet::kMaxDelayMs + 1;
    QTest::newRow("delay too long")
            << set << QStringList{"Sequence \"Frame 0\", step 1", "86400001", "86400000"};

    set = good;
    set.sequences[0].steps[1].timeoutMs = 0;
    QTest::newRow("zero timeout") << set << QStringList{"Sequence \"Login\", step 2", "0 ms"};

    set = good;
    set.sequences[0].repeat = -1;
    QTest::newRow("negative repeat") << set << QStringList{"Sequence 1 (\"Login\")", "-1"};

    set = good;
    set.sequences[1].repeat = CommandSet::kMaxRepeat + 1;
    QTest::newRow("repeat too large") << set << QStringList{"Sequence 2", "1000001"};

    // What a step does not wait for is not checked.
    set = good;
    set.sequences[0].steps[0].matchKind = ReplyMatcher::Kind::Regex;
    set.sequences[0].steps[0].matchPattern = QStringLiteral("(");
    set.sequences[0].steps[0].timeoutMs = 0;
    QTest::newRow("no wait, no pattern checked") << set << QStringList();
}

void tst_CommandSet::problem()
{
    QFETCH(CommandSet, set);
    QFETCH(QStringList, fragments);

    const QString problem = set.problem();
    if (fragments.isEmpty()) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY(!problem.isEmpty());
    for (const QString &fragment : fragments)
        QVERIFY2(problem.contains(fragment), qPrintable(problem));
    // A file holding the set is refused too, naming the same place.
    QString error;
    QVERIFY(!CommandSet::fromJson(set.toJson(), &error));
    QVERIFY2(error.contains(fragments.first()), qPrintable(error));
}

void tst_CommandSet::lookup()
{
    const CommandSet set = fullSet();
    const SavedCommand *found = set.command(QStringLiteral("Frame 2"));
    QVERIFY(found);
    QCOMPARE(found, &set.commands.at(2));
    QVERIFY(!set.command(QStringLiteral("frame 2"))); // names are exact
    QVERIFY(!set.command(QStringLiteral("Login")));
    QCOMPARE(set.sequence(QStringLiteral("Login")), &set.sequences.at(0));
    QCOMPARE(set.sequence(QStringLiteral("Frame 0")), &set.sequences.at(1));
    QVERIFY(!set.sequence(QStringLiteral("Frame 1")));
}

void tst_CommandSet::unusedName_data()
{
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QStringList>("sequences");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");

    QTest::newRow("free") << QStringList{"A"} << QStringList() << "Command 3"
                          << "Command 3";
    QTest::newRow("empty set") << QStringList() << QStringList() << "Login"
                               << "Login";
    QTest::newRow("taken") << QStringList{"Login"} << QStringList() << "Login"
                           << "Login (2)";
    QTest::newRow("taken twice") << QStringList{"Login", "Login (2)"} << QStringList() << "Login"
                                 << "Login (3)";
    QTest::newRow("gap is filled") << QStringList{"Login", "Login (3)"} << QStringList() << "Login"
                                   << "Login (2)";
    QTest::newRow("taken by a sequence") << QStringList() << QStringList{"Poll"} << "Poll"
                                         << "Poll (2)";
    QTest::newRow("taken in both") << QStringList{"Poll"} << QStringList{"Poll (2)"} << "Poll"
                                   << "Poll (3)";
    QTest::newRow("names are exact") << QStringList{"login"} << QStringList() << "Login"
                                     << "Login";
}

void tst_CommandSet::unusedName()
{
    QFETCH(QStringList, commands);
    QFETCH(QStringList, sequences);
    QFETCH(QString, base);
    QFETCH(QString, expected);

    CommandSet set;
    for (const QString &name : commands)
        set.commands.append(command(name, QString()));
    for (const QString &name : sequences)
        set.sequences.append(Sequence{name, {}, 1});
    QCOMPARE(set.unusedName(base), expected);
}

QTEST_GUILESS_MAIN(tst_CommandSet)
#include "tst_commandset.moc"
