// Fuzzes CommandSet::fromJson with arbitrary bytes as a command file.
//
// Properties:
// - It never crashes, and answers either a set with no error or no set with an error.
// - An accepted set obeys the rules docs/commands.md states, checked here from the page and
//   not through problem(): every name is non-blank and unique among its kind, every command
//   builds, every sequence has steps, every step names a command, and every number lies in its
//   documented range (a step that does not wait keeps the defaults of its wait).
// - An accepted set has no problem(), and survives its own file: toJson() reads back as an
//   equal set, which writes the very same file again.

#include "commandset.h"
#include "fuzzcheck.h"

#include <QSet>
#include <cstdint>

namespace {

QString describeSet(const QByteArray &json)
{
    return fuzz::describeText(QString::fromUtf8(json));
}

void checkDocumentedRules(const CommandSet &set, const QByteArray &input)
{
    QSet<QString> commandNames;
    for (const SavedCommand &command : set.commands) {
        FUZZ_CHECK(!command.name.trimmed().isEmpty(), describeSet(input));
        FUZZ_CHECK(!commandNames.contains(command.name),
                   QStringLiteral("%1: command \"%2\" twice")
                           .arg(describeSet(input), fuzz::describeText(command.name)));
        commandNames.insert(command.name);
        const ChecksumSpec &checksum = command.payload.checksum;
        FUZZ_CHECK(checksum.skipHead >= 0 && checksum.skipHead <= Checksum::kMaxSkip &&
                           checksum.skipTail >= 0 && checksum.skipTail <= Checksum::kMaxSkip,
                   describeSet(input));
        const PayloadResult built = PayloadCodec::build(command.payload);
        FUZZ_CHECK(built.ok(), QStringLiteral("%1: command \"%2\" does not build: %3")
                                       .arg(describeSet(input), command.name, built.error));
    }

    QSet<QString> sequenceNames;
    for (const Sequence &sequence : set.sequences) {
        FUZZ_CHECK(!sequence.name.trimmed().isEmpty(), describeSet(input));
        FUZZ_CHECK(!sequenceNames.contains(sequence.name), describeSet(input));
        sequenceNames.insert(sequence.name);
        FUZZ_CHECK(sequence.repeat >= 0 && sequence.repeat <= CommandSet::kMaxRepeat,
                   describeSet(input));
        FUZZ_CHECK(!sequence.steps.isEmpty(), describeSet(input));
        for (const SequenceStep &step : sequence.steps) {
            FUZZ_CHECK(commandNames.contains(step.command),
                       QStringLiteral("%1: step names \"%2\"")
                               .arg(describeSet(input), fuzz::describeText(step.command)));
            FUZZ_CHECK(step.delayMs >= 0 && step.delayMs <= CommandSet::kMaxDelayMs,
                       describeSet(input));
            if (step.waitForReply) {
                FUZZ_CHECK(step.timeoutMs >= 1 && step.timeoutMs <= CommandSet::kMaxDelayMs,
                           describeSet(input));
                FUZZ_CHECK(step.matchKind == ReplyMatcher::Kind::Any ||
                                   !step.matchPattern.isEmpty(),
                           describeSet(input));
            } else {
                const SequenceStep defaults;
                FUZZ_CHECK(step.matchKind == defaults.matchKind &&
                                   step.matchPattern == defaults.matchPattern &&
                                   step.timeoutMs == defaults.timeoutMs,
                           describeSet(input));
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<CommandSet> set = CommandSet::fromJson(input, &error);
    if (!set) {
        FUZZ_CHECK(!error.isEmpty(), describeSet(input));
        return 0;
    }
    FUZZ_CHECK(error.isEmpty(),
               QStringLiteral("%1 accepted with \"%2\"").arg(describeSet(input), error));
    checkDocumentedRules(*set, input);
    const QString problem = set->problem();
    FUZZ_CHECK(problem.isEmpty(),
               QStringLiteral("%1 accepted, but: %2").arg(describeSet(input), problem));

    const QByteArray written = set->toJson();
    const std::optional<CommandSet> again = CommandSet::fromJson(written, &error);
    FUZZ_CHECK(again.has_value(), QStringLiteral("%1 accepted, written as %2, refused: %3")
                                          .arg(describeSet(input), describeSet(written), error));
    FUZZ_CHECK(*again == *set, QStringLiteral("%1 accepted, written as %2, read back different")
                                       .arg(describeSet(input), describeSet(written)));
    const QByteArray rewritten = again->toJson();
    FUZZ_CHECK(rewritten == written,
               QStringLiteral("%1 written as %2, then as %3")
                       .arg(describeSet(input), describeSet(written), describeSet(rewritten)));
    return 0;
}
