#include "eventprinter.h"

#include "filesender.h"
#include "jsonline.h"
#include "payloadcodec.h"
#include "socketerrors.h"

#include <QDateTime>
#include <cstdio>
#include <limits>
#include <unistd.h>

namespace {

constexpr qsizetype kHexBytesPerLine = 16;

QByteArray hexDump(QByteArrayView data)
{
    QByteArray out;
    for (qsizetype i = 0; i < data.size(); i += kHexBytesPerLine) {
        out += PayloadCodec::toHex(data.sliced(i, qMin(kHexBytesPerLine, data.size() - i)))
                       .toLatin1();
        out += '\n';
    }
    return out;
}

QString jsonHex(QByteArrayView data)
{
    return PayloadCodec::toHex(data, '\0').toLower();
}

StreamDecoder makeDecoder(const QString &encoding)
{
    StreamDecoder decoder(encoding);
    decoder.setEscapeBackslashes(true);
    return decoder;
}

} // namespace

EventPrinter::EventPrinter(const OutputOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_stdoutIsTerminal(isatty(STDOUT_FILENO) == 1)
    , m_sentDecoder(makeDecoder(options.encoding))
{}

QString EventPrinter::openOutput()
{
    if (m_options.outputPath.isEmpty())
        return {};
    m_output.setFileName(m_options.outputPath);
    // The permissions apply when the file is created: received data may be private.
    if (!m_output.open(QIODevice::WriteOnly | QIODevice::Truncate,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return tr("Cannot write --output file \"%1\": %2")
                .arg(m_options.outputPath, m_output.errorString());
    }
    return {};
}

void EventPrinter::attach(Session *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_streams.clear();
    connect(session, &Session::channelOpened, this, &EventPrinter::handleOpened);
    connect(session, &Session::received, this, &EventPrinter::handleReceived);
    connect(session, &Session::sent, this, &EventPrinter::handleSent);
    connect(session, &Session::channelClosed, this, &EventPrinter::handleClosed);
    connect(session, &Session::errorOccurred, this, &EventPrinter::handleError);
    if (auto *server = qobject_cast<TcpServerSession *>(session))
        connect(server, &TcpServerSession::peerRefused, this, &EventPrinter::handleRefused);
}

void EventPrinter::listening(Session::Kind kind, const QHostAddress &address, quint16 port)
{
    const bool udp = kind == Session::Kind::Udp;
    const bool dualStack = address == QHostAddress::Any;
    const QString endpoint =
            formatEndpoint(dualStack ? QHostAddress(QHostAddress::AnyIPv6) : address, port);
    if (m_options.json) {
        writeStdout(jsonEvent(QStringLiteral("listening"), QString())
                            .add(u"address", endpoint)
                            .add(u"port", port)
                            .add(u"transport", udp ? u"udp" : u"tcp")
                            .toLine());
        return;
    }
    if (udp) {
        writeStderrLine(
                dualStack ? tr("listening on %1 (UDP, all interfaces, IPv4 and IPv6)").arg(endpoint)
                          : tr("listening on %1 (UDP)").arg(endpoint));
        return;
    }
    writeStderrLine(dualStack ? tr("listening on %1 (all interfaces, IPv4 and IPv6)").arg(endpoint)
                              : tr("listening on %1").arg(endpoint));
}

void EventPrinter::joined(const QHostAddress &group, const QString &interfaceName)
{
    note(interfaceName.isEmpty()
                 ? tr("joined multicast group %1 on the system's choice of interface")
                           .arg(group.toString())
                 : tr("joined multicast group %1 on %2").arg(group.toString(), interfaceName));
}

void EventPrinter::handleOpened(const ChannelInfo &channel)
{
    Stream &stream = streamFor(channel.id);
    stream.label = channel.label();
    stream.decoder.reset();
    // A UDP remote is no connection: every datagram names its sender instead.
    if (!m_session || isUdp())
        return;
    const bool client = m_session->kind() == Session::Kind::TcpClient;
    if (m_options.json) {
        JsonLine line = jsonEvent(QStringLiteral("connected"), stream.label);
        if (client)
            line.add(u"local", channel.localLabel);
        writeStdout(line.toLine());
        return;
    }
    writeStderrLine(client ? tr("connected to %1 from %2").arg(stream.label, channel.localLabel)
                           : tr("%1 connected").arg(stream.label));
}

void EventPrinter::handleRefused(const QHostAddress &address, quint16 port,
                                 TcpServerSession::Refusal refusal, const QString &reason)
{
    const auto *server = qobject_cast<TcpServerSession *>(m_session);
    if (!server)
        return;
    const QString peer = formatEndpoint(address, port);
    const int limit = server->effectiveMaxConnections();
    if (m_options.json) {
        JsonLine line = jsonEvent(QStringLiteral("closed"), peer);
        if (refusal == TcpServerSession::Refusal::NotAllowed)
            line.add(u"reason", u"not-allowed");
        else
            line.add(u"reason", u"too-many-clients").add(u"limit", limit);
        writeStdout(line.toLine());
        return;
    }
    if (refusal == TcpServerSession::Refusal::NotAllowed) {
        writeStderrLine(tr("%1 refused: not in the --allow list").arg(peer));
    } else if (server->maxConnections() > 0 && limit == server->maxConnections()) {
        writeStderrLine(
                tr("%1 refused: %n client(s) already connected (--max-clients)", nullptr, limit)
                        .arg(peer));
    } else {
        // Beyond what the open-files limit allows; the reason says so.
        writeStderrLine(tr("%1 refused: %2", "peer, reason").arg(peer, reason));
    }
}

void EventPrinter::handleReceived(ChannelId id, const QByteArray &data)
{
    writeReceivedToFile(data);
    Stream &stream = streamFor(id);
    const bool datagram = isUdp();
    if (m_options.json) {
        JsonLine line = jsonEvent(QStringLiteral("rx"), stream.label);
        line.add(u"bytes", data.size());
        if (!writesFile()) {
            line.add(u"hex", jsonHex(data));
            // Each sender's datagrams are one stream, as in the window's log: a character split
            // between two datagrams shows whole in the second.
            line.add(u"text", stream.decoder.decode(data));
        }
        writeStdout(line.toLine());
        return;
    }
    if (datagram) {
        // Without it nothing would tell who sent the datagram, or where one ends.
        writeStderrLine(
                tr("received %n byte(s) from %1", nullptr, int(data.size())).arg(stream.label));
    }
    if (writesFile())
        return;
    if (m_options.hex) {
        writeStdout(hexDump(data));
        return;
    }
    if (!datagram) {
        writeText(stream.decoder.decode(data));
        return;
    }
    // One datagram, one line; decoded as part of its sender's stream, as above.
    QString text = stream.decoder.decode(data);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    writeText(text);
}

void EventPrinter::handleSent(const QList<ChannelId> &ids, const QByteArray &data,
                              Session::SendKind kind)
{
    // A file's pieces are one event, fileSent(), not thousands of lines of hex.
    if (kind == Session::SendKind::Transfer)
        return;
    // Decoded once for every channel it went to.
    const QString text = m_options.json ? decodeWhole(m_sentDecoder, data) : QString();
    for (ChannelId id : ids) {
        const QString peer = labelOf(id);
        if (m_options.json) {
            writeStdout(jsonEvent(QStringLiteral("tx"), peer)
                                .add(u"bytes", data.size())
                                .add(u"hex", jsonHex(data))
                                .add(u"text", text)
                                .toLine());
            continue;
        }
        writeStderrLine(tr("sent %n byte(s) to %1", nullptr, int(data.size())).arg(peer));
    }
}

void EventPrinter::handleClosed(const ChannelInfo &channel, CloseReason reason,
                                const QString &detail)
{
    QString peer = channel.label();
    const auto it = m_streams.find(channel.id);
    if (it != m_streams.end()) {
        peer = it->second.label;
        // A character that never completed is shown as escapes rather than lost.
        const QString rest = it->second.decoder.finish();
        m_streams.erase(it);
        if (!rest.isEmpty() && !m_options.json && !m_options.hex && !writesFile())
            writeText(rest);
    }
    // A UDP remote closes only when the socket does, or when too many remotes were heard from.
    if (isUdp())
        return;
    if (m_options.json) {
        JsonLine line = jsonEvent(QStringLiteral("closed"), peer);
        line.add(u"reason", SocketErrors::reasonKey(reason));
        if (!detail.isEmpty())
            line.add(u"detail", detail);
        writeStdout(line.toLine());
        return;
    }
    const QString reasonText = SocketErrors::reasonText(reason);
    writeStderrLine(detail.isEmpty() ? tr("%1 closed: %2").arg(peer, reasonText)
                                     : tr("%1 closed: %2 (%3)").arg(peer, reasonText, detail));
}

void EventPrinter::handleError(const QString &message, ChannelId channel)
{
    error(channel != 0 ? labelOf(channel) : m_sessionPeer, message);
}

void EventPrinter::note(const QString &message)
{
    if (!m_options.json)
        writeStderrLine(message);
}

void EventPrinter::fileSent(const FileTransferResult &result, const QString &peer)
{
    const QString sha256 = QString::fromLatin1(result.sha256).toLower();
    if (m_options.json) {
        writeStdout(jsonEvent(QStringLiteral("file"), peer)
                            .add(u"path", result.path)
                            .add(u"bytes", result.bytesSent)
                            .add(u"sha256", sha256)
                            .add(u"ms", result.elapsedMs)
                            .toLine());
        return;
    }
    // %n counts in an int; a file may hold more bytes than that.
    const QString size = result.bytesSent <= std::numeric_limits<int>::max()
                                 ? tr("%n byte(s)", nullptr, int(result.bytesSent))
                                 : tr("%L1 bytes").arg(result.bytesSent);
    writeStderrLine(tr("sent file %1 to %2: %3 in %L4 ms, SHA-256 %5")
                            .arg(result.path, peer, size)
                            .arg(result.elapsedMs)
                            .arg(sha256));
}

void EventPrinter::error(const QString &peer, const QString &message)
{
    if (m_options.json)
        writeStdout(jsonEvent(QStringLiteral("error"), peer).add(u"message", message).toLine());
    printError(message);
}

void EventPrinter::printError(const QString &message)
{
    // One line, whatever the message holds, so that scripts can rely on it.
    QString line = message;
    line.replace(u'\n', u' ');
    writeStderrLine(tr("netdebug-cli: %1").arg(line));
}

void EventPrinter::writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void EventPrinter::writeStderrLine(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void EventPrinter::writeText(const QString &text)
{
    // On a terminal, a peer's escape sequences could retitle the window or rewrite the screen;
    // piped or redirected output stays exact for the program that reads it.
    writeStdout(
            (m_stdoutIsTerminal ? StreamDecoder::escapeControls(text, true) : text).toLocal8Bit());
}

void EventPrinter::writeReceivedToFile(const QByteArray &data)
{
    if (!m_output.isOpen())
        return;
    // Flushed at once, so that what arrived is on disk even if the process is killed.
    if (m_output.write(data) != data.size() || !m_output.flush()) {
        error(QString(), tr("Cannot write --output file \"%1\": %2")
                                 .arg(m_options.outputPath, m_output.errorString()));
        m_output.close();
    }
}

JsonLine EventPrinter::jsonEvent(const QString &event, const QString &peer)
{
    JsonLine line;
    line.add(u"time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!peer.isEmpty())
        line.add(u"peer", peer);
    line.add(u"event", event);
    return line;
}

EventPrinter::Stream &EventPrinter::streamFor(ChannelId id)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end())
        it = m_streams.emplace(id, Stream{labelOf(id), makeDecoder(m_options.encoding)}).first;
    return it->second;
}

QString EventPrinter::labelOf(ChannelId id) const
{
    if (const auto it = m_streams.find(id); it != m_streams.end())
        return it->second.label;
    return m_session && m_session->hasChannel(id) ? m_session->channel(id).label() : QString();
}

QString EventPrinter::decodeWhole(StreamDecoder &decoder, const QByteArray &data)
{
    // In their own statements: the order matters (see StreamDecoder).
    QString text = decoder.decode(data);
    text += decoder.finish();
    return text;
}
