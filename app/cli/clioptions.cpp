#include "clioptions.h"

#include "encodings.h"
#include "payloadcodec.h"
#include "payloadoptions.h"
#include "periodicsender.h"
#include "socketerrors.h"
#include "streamdecoder.h"
#include "udpoptions.h"
#include "udpsession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <limits>

namespace {

constexpr int kMaxMilliseconds = 24 * 60 * 60 * 1000;

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
           address == QHostAddress::AnyIPv6;
}

} // namespace

CliRequest CliOptions::usageError(const QString &message)
{
    CliRequest request;
    request.action = CliRequest::Action::UsageError;
    request.error = message;
    return request;
}

CliRequest CliOptions::parse(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty())
        return usageError(tr("No command given: use \"listen\" or \"send\" (see --help)."));
    CliRequest request;
    if (command == u"-h" || command == u"--help") {
        request.action = CliRequest::Action::Help;
        return request;
    }
    if (command == u"-v" || command == u"--version") {
        request.action = CliRequest::Action::Version;
        return request;
    }
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(2);
    if (command == u"listen")
        return parseListen(rest);
    if (command == u"send")
        return parseSend(rest);
    if (command.startsWith(u'-'))
        return usageError(tr("Unknown option \"%1\": the command (listen or send) comes first.")
                                  .arg(command));
    return usageError(tr("Unknown command \"%1\": use \"listen\" or \"send\".").arg(command));
}

std::optional<CliRequest> CliOptions::parseCommon(QCommandLineParser &parser,
                                                  const CommonOptions &common,
                                                  const QStringList &arguments)
{
    common.addTo(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(common.help) && !parser.isSet(common.version))
        return std::nullopt;
    CliRequest request;
    request.action =
            parser.isSet(common.help) ? CliRequest::Action::Help : CliRequest::Action::Version;
    return request;
}

CliRequest CliOptions::parseListen(const QStringList &arguments)
{
    const CommonOptions common;
    const QCommandLineOption bind(QStringLiteral("bind"), QString(), QStringLiteral("ADDR"));
    const QCommandLineOption hex(QStringLiteral("hex"));
    const QCommandLineOption echo(QStringLiteral("echo"));
    const QCommandLineOption reply(QStringLiteral("reply"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption replyHex(QStringLiteral("reply-hex"), QString(),
                                      QStringLiteral("HEX"));
    const QCommandLineOption once(QStringLiteral("once"));
    const QCommandLineOption maxClients(QStringLiteral("max-clients"), QString(),
                                        QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SEC"));
    const QCommandLineOption allow(QStringLiteral("allow"), QString(), QStringLiteral("LIST"));
    QCommandLineParser parser;
    parser.addOptions({bind, hex, echo, reply, replyHex, once, maxClients, timeout, allow});
    if (const std::optional<CliRequest> early = parseCommon(parser, common, arguments))
        return *early;

    CliRequest request;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("listen needs a PORT, as in \"netdebug-cli listen 8080\"."));
    if (positional.size() > 1)
        return usageError(
                tr("Unexpected argument \"%1\": listen takes only a PORT.").arg(positional.at(1)));

    ListenOptions &options = request.listen;
    QString error = SocketErrors::checkPort(positional.first(), true, &options.port);
    if (error.isEmpty())
        readOutput(parser, &options.output, &error);
    if (error.isEmpty())
        UdpCliOptions::read(parser, common, &options.udp, &error);
    if (!error.isEmpty())
        return usageError(error);
    const bool udp = options.udp.enabled;
    options.output.hex = parser.isSet(hex);
    options.once = parser.isSet(once);

    // Options of TCP connections, which a UDP socket does not have.
    if (udp && parser.isSet(once))
        return usageError(tr("--once waits for a TCP client to disconnect, and UDP has no "
                             "connections: leave out --once (--timeout SEC ends a UDP "
                             "listener)."));
    if (udp && parser.isSet(maxClients))
        return usageError(tr("--max-clients limits TCP connections, and UDP has none: leave out "
                             "--max-clients with --udp."));
    if (udp && parser.isSet(allow))
        return usageError(tr("--allow admits TCP clients by address, which a UDP listener does "
                             "not do: leave out --allow with --udp."));

    if (parser.isSet(bind)) {
        const QString address = withoutBrackets(parser.value(bind).trimmed());
        if (!options.bindAddress.setAddress(address))
            return usageError(tr("--bind needs an IPv4 or IPv6 address, not \"%1\".")
                                      .arg(parser.value(bind)));
        if (udp && options.bindAddress.isMulticast())
            return usageError(tr("--bind %1 is a multicast group: to receive it, leave out "
                                 "--bind and add --join %1.")
                                      .arg(options.bindAddress.toString()));
        if (!udp) {
            if (const QString problem = SocketErrors::checkListenAddress(options.bindAddress);
                !problem.isEmpty())
                return usageError(tr("In --bind: %1").arg(problem));
        }
    }
    if (!options.udp.groups.isEmpty() && !isAnyAddress(options.bindAddress))
        return usageError(tr("--join needs a socket bound to all interfaces, which multicast "
                             "datagrams reach: leave out --bind %1, or bind to 0.0.0.0 or ::.")
                                  .arg(options.bindAddress.toString()));
    if (const QString problem =
                UdpCliOptions::checkGroupsFit(options.udp, options.bindAddress, QString());
        !problem.isEmpty())
        return usageError(problem);

    if (!OptionReader::readInt(parser, maxClients, 1, std::numeric_limits<int>::max(),
                               &options.maxClients, &error))
        return usageError(error);
    if (parser.isSet(allow)) {
        if (parser.value(allow).trimmed().isEmpty())
            return usageError(tr("--allow needs addresses or subnets, as in "
                                 "\"192.168.1.0/24,::1\"."));
        if (!AllowList::parse(parser.value(allow), &options.allowList, &error))
            return usageError(tr("In --allow: %1").arg(error));
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).trimmed().toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds * 1000 > kMaxMilliseconds)
            return usageError(tr("--timeout needs a number of seconds from 0.001 to %1, not "
                                 "\"%2\".")
                                      .arg(kMaxMilliseconds / 1000)
                                      .arg(parser.value(timeout)));
        options.timeoutMs = qMax(1, qRound(seconds * 1000));
    }

    const int answers =
            int(parser.isSet(echo)) + int(parser.isSet(reply)) + int(parser.isSet(replyHex));
    if (answers > 1)
        return usageError(tr("Choose only one of --echo, --reply and --reply-hex."));
    if (parser.isSet(echo))
        options.answer = ListenOptions::Answer::Echo;
    PayloadSpec replySpec;
    if (!PayloadCliOptions::readChecksum(parser, common, &replySpec.checksum, &error))
        return usageError(error);
    const bool replies = parser.isSet(reply) || parser.isSet(replyHex);
    if (PayloadCliOptions::checksumGiven(parser, common) && !replies)
        return usageError(tr("--checksum is appended to the answer of --reply or --reply-hex: "
                             "add one of them, or leave out the checksum options."));
    if (replies) {
        const bool isHex = parser.isSet(replyHex);
        replySpec.text = parser.value(isHex ? replyHex : reply);
        replySpec.hex = isHex;
        replySpec.encoding = options.output.encoding;
        replySpec.escapes = parser.isSet(common.escapes);
        bool inChecksum = false;
        const PayloadResult payload = PayloadCliOptions::build(replySpec, &inChecksum);
        if (!payload.ok()) {
            if (inChecksum)
                return usageError(tr("In --checksum-range: %1").arg(payload.error));
            return usageError(isHex ? tr("In --reply-hex: %1").arg(payload.error)
                                    : tr("In --reply: %1").arg(payload.error));
        }
        // No UDP datagram can carry it; between the IPv4 and the IPv6 limit, only an IPv6
        // sender could be answered.
        const bool ipv4Only = options.bindAddress.protocol() == QAbstractSocket::IPv4Protocol;
        const int limit = ipv4Only ? UdpSession::kMaxIPv4Payload : UdpSession::kMaxIPv6Payload;
        if (udp && payload.bytes.size() > limit)
            return usageError(tr("The reply of %1 bytes does not fit in a UDP datagram, which "
                                 "carries at most %2 bytes.")
                                      .arg(payload.bytes.size())
                                      .arg(limit));
        options.answer = ListenOptions::Answer::Fixed;
        options.reply = payload.bytes;
    }
    request.action = CliRequest::Action::Listen;
    return request;
}

// The options only send understands.
struct CliOptions::SendSwitches
{
    QCommandLineOption hex{QStringLiteral("hex"), QString(), QStringLiteral("HEX")};
    QCommandLineOption file{QStringLiteral("file"), QString(), QStringLiteral("PATH")};
    QCommandLineOption datagramSize{QStringLiteral("datagram-size"), QString(),
                                    QStringLiteral("N")};
    QCommandLineOption pause{QStringLiteral("pause"), QString(), QStringLiteral("MS")};
    QCommandLineOption commands{QStringLiteral("commands"), QString(), QStringLiteral("FILE")};
    QCommandLineOption run{QStringLiteral("run"), QString(), QStringLiteral("NAME")};
    QCommandLineOption lineEnding{QStringLiteral("line-ending"), QString(), QStringLiteral("END")};
    QCommandLineOption wait{QStringLiteral("wait"), QString(), QStringLiteral("MS")};
    QCommandLineOption untilReply{QStringLiteral("until-reply")};
    QCommandLineOption repeat{QStringLiteral("repeat"), QString(), QStringLiteral("N")};
    QCommandLineOption interval{QStringLiteral("interval"), QString(), QStringLiteral("MS")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({hex, file, datagramSize, pause, commands, run, lineEnding, wait,
                           untilReply, repeat, interval});
    }
};

CliRequest CliOptions::parseSend(const QStringList &arguments)
{
    const CommonOptions common;
    const SendSwitches switches;
    QCommandLineParser parser;
    switches.addTo(parser);
    if (const std::optional<CliRequest> early = parseCommon(parser, common, arguments))
        return *early;

    CliRequest request;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("send needs a HOST and a PORT, as in \"netdebug-cli send "
                             "127.0.0.1 8080 hello\"."));
    if (positional.size() < 2)
        return usageError(tr("send needs a PORT after the host \"%1\".").arg(positional.at(0)));
    if (positional.size() > 3)
        return usageError(tr("Unexpected argument \"%1\": put a TEXT with spaces in quotes.")
                                  .arg(positional.at(3)));

    SendOptions &options = request.send;
    options.host = positional.at(0).trimmed();
    if (options.host.isEmpty())
        return usageError(tr("send needs a host name or an IP address, not an empty one."));
    QString error = SocketErrors::checkPort(positional.at(1), false, &options.port);
    if (error.isEmpty())
        readOutput(parser, &options.output, &error);
    if (error.isEmpty())
        UdpCliOptions::read(parser, common, &options.udp, &error);
    if (error.isEmpty())
        OptionReader::readInt(parser, switches.wait, 0, kMaxMilliseconds, &options.waitMs, &error);
    if (error.isEmpty()) {
        OptionReader::readInt(parser, switches.repeat, 0, SendOptions::kMaxRepeat, &options.repeat,
                              &error);
    }
    if (error.isEmpty()) {
        OptionReader::readInt(parser, switches.interval, PeriodicSender::kMinIntervalMs,
                              PeriodicSender::kMaxIntervalMs, &options.intervalMs, &error);
    }
    if (error.isEmpty())
        readSendPayload(parser, common, switches, positional.value(2), positional.size() == 3,
                        &options, &error);
    if (error.isEmpty() && options.udp.enabled)
        checkUdpSend(&options, &error);
    if (!error.isEmpty())
        return usageError(error);
    request.action = CliRequest::Action::Send;
    return request;
}

bool CliOptions::readSendPayload(const QCommandLineParser &parser, const CommonOptions &common,
                                 const SendSwitches &switches, const QString &text, bool hasText,
                                 SendOptions *options, QString *error)
{
    const auto refuse = [error](const QString &message) {
        *error = message;
        return false;
    };
    options->untilReply = parser.isSet(switches.untilReply);
    const bool udp = options->udp.enabled;
    LineEnding ending = LineEnding::None;
    if (parser.isSet(switches.lineEnding)) {
        const std::optional<LineEnding> named =
                PayloadCodec::lineEndingFromKey(parser.value(switches.lineEnding).trimmed());
        if (!named)
            return refuse(tr("--line-ending must be none, cr, lf or crlf, not \"%1\".")
                                  .arg(parser.value(switches.lineEnding)));
        ending = *named;
    }
    ChecksumSpec checksum;
    if (!PayloadCliOptions::readChecksum(parser, common, &checksum, error))
        return false;
    const bool hasChecksum = PayloadCliOptions::checksumGiven(parser, common);

    const bool hasHex = parser.isSet(switches.hex);
    const bool hasFile = parser.isSet(switches.file);
    const bool hasRun = parser.isSet(switches.run);
    if (hasRun && !parser.isSet(switches.commands))
        return refuse(tr("--run NAME sends a command or a sequence of a commands file: add "
                         "--commands FILE."));
    if (parser.isSet(switches.commands) && !hasRun)
        return refuse(tr("--commands FILE needs --run NAME, the command or the sequence of the "
                         "file to send."));
    if (hasRun && (hasText || hasHex || hasFile))
        return refuse(tr("--run sends a saved command or sequence: leave out the TEXT, --hex and "
                         "--file."));
    if (int(hasText) + int(hasHex) + int(hasFile) > 1)
        return refuse(tr("Give only one payload: a TEXT, --hex or --file."));
    // Over TCP no payload only connects and shows what the server says; a UDP socket has nothing
    // to do without one.
    if (udp && !hasText && !hasHex && !hasFile && !hasRun)
        return refuse(tr("send --udp needs a payload: a TEXT (\"\" for an empty datagram), "
                         "--hex, --file or --run."));
    for (const QCommandLineOption *option : {&switches.datagramSize, &switches.pause}) {
        if (!parser.isSet(*option))
            continue;
        if (!udp)
            return refuse(tr("%1 sets how a --file goes out in UDP datagrams: add --udp, or "
                             "leave out %1.")
                                  .arg(OptionReader::optionName(*option)));
        if (!hasFile)
            return refuse(tr("%1 sets how a --file goes out in UDP datagrams: add --file PATH, "
                             "or leave out %1.")
                                  .arg(OptionReader::optionName(*option)));
    }

    if (hasFile) {
        if (hasChecksum)
            return refuse(tr("The checksum options apply to a TEXT or --hex; a --file is sent as "
                             "it is."));
        if (parser.isSet(switches.repeat) || parser.isSet(switches.interval))
            return refuse(tr("--repeat and --interval apply to a TEXT, --hex or a saved "
                             "command; a --file is sent once."));
        const QString path = parser.value(switches.file);
        if (!PayloadCliOptions::checkFile(path, error))
            return false;
        options->what = SendOptions::Payload::File;
        options->filePath = path;
        // Appended to a file before files were streamed, so it still follows one.
        options->fileLineEnding = PayloadCodec::lineEndingBytes(ending);
        return OptionReader::readInt(parser, switches.datagramSize, 1, UdpSession::kMaxIPv6Payload,
                                     &options->datagramSize, error) &&
               OptionReader::readInt(parser, switches.pause, 0, kMaxMilliseconds, &options->pauseMs,
                                     error);
    }

    if (hasRun) {
        // What a saved command sends is all in the file, as in the window.
        for (const QCommandLineOption *option :
             {&switches.lineEnding, &common.escapes, &common.checksum, &common.checksumRange,
              &common.checksumOrder}) {
            if (parser.isSet(*option))
                return refuse(tr("%1 is part of each command of a --commands file: leave it out "
                                 "with --run.")
                                      .arg(OptionReader::optionName(*option)));
        }
        const QString path = parser.value(switches.commands);
        CommandSet set;
        if (!PayloadCliOptions::loadCommands(path, &set, error) ||
            !PayloadCliOptions::resolveRun(parser.value(switches.run), path, set, options, error))
            return false;
        if (options->what != SendOptions::Payload::Sequence)
            return true;
        if (parser.isSet(switches.repeat) || parser.isSet(switches.interval))
            return refuse(tr("--repeat and --interval apply to a command; the sequence \"%1\" "
                             "repeats as its file says.")
                                  .arg(options->sequence.name));
        if (options->untilReply)
            return refuse(tr("--until-reply applies to a command; the steps of the sequence "
                             "\"%1\" wait for their own replies.")
                                  .arg(options->sequence.name));
        return true;
    }

    if (hasChecksum && !hasText && !hasHex)
        return refuse(tr("--checksum needs a payload to go after: a TEXT or --hex."));
    PayloadSpec spec;
    spec.text = hasHex ? parser.value(switches.hex) : text;
    spec.hex = hasHex;
    spec.encoding = options->output.encoding;
    spec.escapes = parser.isSet(common.escapes);
    spec.lineEnding = ending;
    spec.checksum = checksum;
    bool inChecksum = false;
    const PayloadResult payload = PayloadCliOptions::build(spec, &inChecksum);
    if (!payload.ok()) {
        if (inChecksum)
            return refuse(tr("In --checksum-range: %1").arg(payload.error));
        return refuse(hasHex ? tr("In --hex: %1").arg(payload.error)
                             : tr("In TEXT: %1").arg(payload.error));
    }
    options->payload = payload.bytes;
    return true;
}

bool CliOptions::checkUdpSend(SendOptions *options, QString *error)
{
    // A literal address decides the socket's family, the largest datagram and whether it is a
    // broadcast; a name is looked up when it is sent to, and the session checks it then.
    QHostAddress literal;
    int limit = UdpSession::kMaxIPv4Payload; // a name may resolve to IPv4
    if (literal.setAddress(withoutBrackets(options->host))) {
        literal = normalizedAddress(literal);
        const bool ipv4 = literal.protocol() == QAbstractSocket::IPv4Protocol;
        options->udpBindAddress =
                QHostAddress(ipv4 ? QHostAddress::AnyIPv4 : QHostAddress::AnyIPv6);
        limit = ipv4 ? UdpSession::kMaxIPv4Payload : UdpSession::kMaxIPv6Payload;
        if (options->what == SendOptions::Payload::Bytes && options->payload.size() > limit) {
            *error = ipv4 ? tr("The payload of %1 bytes does not fit in one UDP datagram: over "
                               "IPv4 a datagram carries at most %2 bytes.")
                                     .arg(options->payload.size())
                                     .arg(limit)
                          : tr("The payload of %1 bytes does not fit in one UDP datagram: over "
                               "IPv6 a datagram carries at most %2 bytes.")
                                     .arg(options->payload.size())
                                     .arg(limit);
            return false;
        }
        if (!options->udp.broadcast && UdpSession::isBroadcastAddress(literal)) {
            *error = tr("%1 is a broadcast address: add --broadcast to send there.")
                             .arg(literal.toString());
            return false;
        }
    }
    if (options->what == SendOptions::Payload::File) {
        // A file that fits in one datagram goes as one, as before files were streamed.
        if (options->datagramSize == 0)
            options->datagramSize = limit;
        if (options->datagramSize > limit) {
            *error = tr("--datagram-size %1 does not fit in a UDP datagram to %2, which carries "
                        "at most %3 bytes.")
                             .arg(options->datagramSize)
                             .arg(options->host)
                             .arg(limit);
            return false;
        }
    }
    *error = UdpCliOptions::checkGroupsFit(options->udp, options->udpBindAddress, options->host);
    return error->isEmpty();
}

bool CliOptions::readOutput(const QCommandLineParser &parser, OutputOptions *output, QString *error)
{
    const QString encoding = QStringLiteral("encoding");
    const QString path = QStringLiteral("output");
    if (parser.isSet(encoding)) {
        output->encoding = parser.value(encoding).trimmed();
        *error = checkEncoding(output->encoding);
        if (!error->isEmpty())
            return false;
    }
    if (parser.isSet(path)) {
        output->outputPath = parser.value(path);
        if (output->outputPath.isEmpty()) {
            *error = tr("--output needs a file name.");
            return false;
        }
    }
    output->json = parser.isSet(QStringLiteral("json"));
    return true;
}

QString CliOptions::checkEncoding(const QString &name)
{
    // The stream decoder knows fewer encodings than ICU; both must accept the name.
    if (Encodings::isAvailable(name) && StreamDecoder(name).isValid())
        return {};
    return tr("Unknown encoding \"%1\": use one of %2.")
            .arg(name, Encodings::available().join(QStringLiteral(", ")));
}

QString CliOptions::versionText()
{
    return tr("netdebug-cli %1").arg(QStringLiteral(NETDEBUG_VERSION));
}
