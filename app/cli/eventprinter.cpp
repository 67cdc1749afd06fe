#include "eventprinter.h"

#include "payloadcodec.h"
#include "socketerrors.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>
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

} // namespace

EventPrinter::EventPrinter(const OutputOptions &options)
    : m_options(options)
    , m_stdoutIsTerminal(isatty(STDOUT_FILENO) == 1)
{}

void EventPrinter::writeText(const QString &text)
{
    // On a terminal, a peer's escape sequences could retitle the window or rewrite the screen;
    // piped or redirected output stays exact for the program that reads it.
    writeStdout(
            (m_stdoutIsTerminal ? StreamDecoder::escapeControls(text, true) : text).toLocal8Bit());
}

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

void EventPrinter::listening(const QHostAddress &address, quint16 port)
{
    const bool dualStack = address == QHostAddress::Any;
    const QString endpoint =
            formatEndpoint(dualStack ? QHostAddress(QHostAddress::AnyIPv6) : address, port);
    if (m_options.json) {
        writeJson(QStringLiteral("listening"), QString(),
                  {{QStringLiteral("address"), endpoint}, {QStringLiteral("port"), port}});
        return;
    }
    writeStderrLine(dualStack ? tr("listening on %1 (all interfaces, IPv4 and IPv6)").arg(endpoint)
                              : tr("listening on %1").arg(endpoint));
}

void EventPrinter::clientConnected(PeerId stream, const QString &peer)
{
    decoderFor(stream).reset();
    if (m_options.json)
        writeJson(QStringLiteral("connected"), peer, {});
    else
        writeStderrLine(tr("%1 connected").arg(peer));
}

void EventPrinter::connectedTo(PeerId stream, const QString &peer, const QString &local)
{
    decoderFor(stream).reset();
    if (m_options.json)
        writeJson(QStringLiteral("connected"), peer, {{QStringLiteral("local"), local}});
    else
        writeStderrLine(tr("connected to %1 from %2").arg(peer, local));
}

void EventPrinter::refused(const QString &peer, int limit)
{
    if (m_options.json) {
        writeJson(QStringLiteral("closed"), peer,
                  {{QStringLiteral("reason"), QStringLiteral("too-many-clients")},
                   {QStringLiteral("limit"), limit}});
        return;
    }
    writeStderrLine(tr("%1 refused: %n client(s) already connected (--max-clients)", nullptr, limit)
                            .arg(peer));
}

void EventPrinter::refusedBySystem(const QString &peer, int limit, const QString &reason)
{
    if (m_options.json) {
        writeJson(QStringLiteral("closed"), peer,
                  {{QStringLiteral("reason"), QStringLiteral("too-many-clients")},
                   {QStringLiteral("limit"), limit}});
        return;
    }
    writeStderrLine(tr("%1 refused: %2", "peer, reason").arg(peer, reason));
}

void EventPrinter::notAllowed(const QString &peer)
{
    if (m_options.json) {
        writeJson(QStringLiteral("closed"), peer,
                  {{QStringLiteral("reason"), QStringLiteral("not-allowed")}});
        return;
    }
    writeStderrLine(tr("%1 refused: not in the --allow list").arg(peer));
}

void EventPrinter::received(PeerId stream, const QString &peer, const QByteArray &data)
{
    if (m_output.isOpen()) {
        // Flushed at once, so that what arrived is on disk even if the process is killed.
        if (m_output.write(data) != data.size() || !m_output.flush()) {
            error(QString(), tr("Cannot write --output file \"%1\": %2")
                                     .arg(m_options.outputPath, m_output.errorString()));
            m_output.close();
        }
    }
    if (m_options.json) {
        QJsonObject fields{{QStringLiteral("bytes"), data.size()}};
        if (!writesFile()) {
            fields.insert(QStringLiteral("hex"), jsonHex(data));
            fields.insert(QStringLiteral("text"), decoderFor(stream).decode(data));
        }
        writeJson(QStringLiteral("rx"), peer, fields);
        return;
    }
    if (writesFile())
        return;
    if (m_options.hex)
        writeStdout(hexDump(data));
    else
        writeText(decoderFor(stream).decode(data));
}

void EventPrinter::sent(const QString &peer, const QByteArray &data)
{
    if (m_options.json) {
        writeJson(QStringLiteral("tx"), peer,
                  {{QStringLiteral("bytes"), data.size()},
                   {QStringLiteral("hex"), jsonHex(data)},
                   {QStringLiteral("text"), StreamDecoder::decodeAll(m_options.encoding, data)}});
        return;
    }
    writeStderrLine(tr("sent %n byte(s) to %1", nullptr, int(data.size())).arg(peer));
}

void EventPrinter::closed(PeerId stream, const QString &peer, DisconnectReason reason,
                          const QString &detail)
{
    const auto it = m_decoders.find(stream);
    if (it != m_decoders.end()) {
        // A character that never completed is shown as escapes rather than lost.
        const QString rest = it->second.finish();
        m_decoders.erase(it);
        if (!rest.isEmpty() && !m_options.json && !m_options.hex && !writesFile())
            writeText(rest);
    }
    const QString reasonText = SocketErrors::reasonText(reason);
    if (m_options.json) {
        QJsonObject fields{{QStringLiteral("reason"), SocketErrors::reasonKey(reason)}};
        if (!detail.isEmpty())
            fields.insert(QStringLiteral("detail"), detail);
        writeJson(QStringLiteral("closed"), peer, fields);
        return;
    }
    writeStderrLine(detail.isEmpty() ? tr("%1 closed: %2").arg(peer, reasonText)
                                     : tr("%1 closed: %2 (%3)").arg(peer, reasonText, detail));
}

void EventPrinter::note(const QString &message)
{
    if (!m_options.json)
        writeStderrLine(message);
}

void EventPrinter::error(const QString &peer, const QString &message)
{
    if (m_options.json) {
        writeJson(QStringLiteral("error"), peer, {{QStringLiteral("message"), message}});
    }
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

void EventPrinter::writeJson(const QString &event, const QString &peer, QJsonObject fields)
{
    fields.insert(QStringLiteral("time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("event"), event);
    if (!peer.isEmpty())
        fields.insert(QStringLiteral("peer"), peer);
    writeStdout(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
}

StreamDecoder &EventPrinter::decoderFor(PeerId stream)
{
    return m_decoders.try_emplace(stream, m_options.encoding).first->second;
}
