#include "clioptions.h"

#include "encodings.h"
#include "payloadcodec.h"
#include "socketerrors.h"
#include "streamdecoder.h"
#include "udpoptions.h"
#include "udpsession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <limits>

namespace {

constexpr int kMaxMilliseconds = 24 * 60 * 60 * 1000;
// The largest --file payload: it is held in memory, and a device such as /dev/zero never ends.
constexpr qint64 kMaxFileMiB = 1024;
constexpr qint64 kMaxFileBytes = kMaxFileMiB * 1024 * 1024;
constexpr qint64 kFileChunkBytes = 1024 * 1024;

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
    if (parser.isSet(reply) || parser.isSet(replyHex)) {
        const bool isHex = parser.isSet(replyHex);
        const PayloadResult payload = PayloadCodec::build(
                parser.value(isHex ? replyHex : reply), isHex, options.output.encoding,
                parser.isSet(common.escapes), LineEnding::None);
        if (!payload.ok()) {
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

CliRequest CliOptions::parseSend(const QStringList &arguments)
{
    const CommonOptions common;
    const QCommandLineOption hex(QStringLiteral("hex"), QString(), QStringLiteral("HEX"));
    const QCommandLineOption file(QStringLiteral("file"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption lineEnding(QStringLiteral("line-ending"), QString(),
                                        QStringLiteral("END"));
    const QCommandLineOption wait(QStringLiteral("wait"), QString(), QStringLiteral("MS"));
    const QCommandLineOption untilReply(QStringLiteral("until-reply"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QString(), QStringLiteral("N"));
    const QCommandLineOption interval(QStringLiteral("interval"), QString(), QStringLiteral("MS"));
    QCommandLineParser parser;
    parser.addOptions({hex, file, lineEnding, wait, untilReply, repeat, interval});
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
        OptionReader::readInt(parser, wait, 0, kMaxMilliseconds, &options.waitMs, &error);
    if (error.isEmpty())
        OptionReader::readInt(parser, repeat, 1, 1000000, &options.repeat, &error);
    if (error.isEmpty())
        OptionReader::readInt(parser, interval, 0, kMaxMilliseconds, &options.intervalMs, &error);
    if (!error.isEmpty())
        return usageError(error);
    options.untilReply = parser.isSet(untilReply);

    LineEnding ending = LineEnding::None;
    if (parser.isSet(lineEnding)) {
        const QString name = parser.value(lineEnding).trimmed().toLower();
        if (name == u"cr")
            ending = LineEnding::CR;
        else if (name == u"lf")
            ending = LineEnding::LF;
        else if (name == u"crlf")
            ending = LineEnding::CRLF;
        else if (name != u"none")
            return usageError(tr("--line-ending must be none, cr, lf or crlf, not \"%1\".")
                                      .arg(parser.value(lineEnding)));
    }

    const bool hasText = positional.size() == 3;
    if (int(hasText) + int(parser.isSet(hex)) + int(parser.isSet(file)) > 1)
        return usageError(tr("Give only one payload: a TEXT, --hex or --file."));
    // Over TCP no payload only connects and shows what the server says; a UDP socket has nothing
    // to do without one.
    if (options.udp.enabled && !hasText && !parser.isSet(hex) && !parser.isSet(file))
        return usageError(tr("send --udp needs a payload: a TEXT (\"\" for an empty datagram), "
                             "--hex or --file."));
    if (parser.isSet(file)) {
        if (!readFile(parser.value(file), &options.payload, &error))
            return usageError(error);
        options.payload += PayloadCodec::lineEndingBytes(ending);
    } else {
        const bool isHex = parser.isSet(hex);
        const PayloadResult payload =
                PayloadCodec::build(isHex ? parser.value(hex) : positional.value(2), isHex,
                                    options.output.encoding, parser.isSet(common.escapes), ending);
        if (!payload.ok())
            return usageError(isHex ? tr("In --hex: %1").arg(payload.error)
                                    : tr("In TEXT: %1").arg(payload.error));
        options.payload = payload.bytes;
    }

    if (options.udp.enabled) {
        // A literal address decides the socket's family, the largest datagram and whether it is
        // a broadcast; a name is looked up when it is sent to, and the session checks it then.
        QHostAddress literal;
        if (literal.setAddress(withoutBrackets(options.host))) {
            literal = normalizedAddress(literal);
            const bool ipv4 = literal.protocol() == QAbstractSocket::IPv4Protocol;
            options.udpBindAddress =
                    QHostAddress(ipv4 ? QHostAddress::AnyIPv4 : QHostAddress::AnyIPv6);
            const int limit = ipv4 ? UdpSession::kMaxIPv4Payload : UdpSession::kMaxIPv6Payload;
            if (options.payload.size() > limit) {
                return usageError(
                        ipv4 ? tr("The payload of %1 bytes does not fit in one UDP datagram: over "
                                  "IPv4 a datagram carries at most %2 bytes.")
                                        .arg(options.payload.size())
                                        .arg(limit)
                             : tr("The payload of %1 bytes does not fit in one UDP datagram: over "
                                  "IPv6 a datagram carries at most %2 bytes.")
                                        .arg(options.payload.size())
                                        .arg(limit));
            }
            if (!options.udp.broadcast && UdpSession::isBroadcastAddress(literal))
                return usageError(tr("%1 is a broadcast address: add --broadcast to send there.")
                                          .arg(literal.toString()));
        }
        if (const QString problem = UdpCliOptions::checkGroupsFit(
                    options.udp, options.udpBindAddress, options.host);
            !problem.isEmpty())
            return usageError(problem);
    }
    request.action = CliRequest::Action::Send;
    return request;
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

bool CliOptions::readFile(const QString &path, QByteArray *bytes, QString *error)
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read --file \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    bytes->clear();
    while (true) {
        const QByteArray chunk = file.read(kFileChunkBytes);
        if (chunk.isEmpty())
            break;
        if (bytes->size() + chunk.size() > kMaxFileBytes) {
            bytes->clear();
            *error = tr("Cannot read --file \"%1\": it is larger than %2 MiB.")
                             .arg(path)
                             .arg(kMaxFileMiB);
            return false;
        }
        bytes->append(chunk);
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read --file \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString CliOptions::versionText()
{
    return tr("netdebug-cli %1").arg(QStringLiteral(NETDEBUG_VERSION));
}
