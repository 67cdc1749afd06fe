#include "helptext.h"

#include "encodings.h"

#include <QList>
#include <QPair>

namespace {

using Rows = QList<QPair<QString, QString>>;

constexpr int kColumn = 24;
constexpr int kWidth = 100;

// Breaks a description into lines that fit beside the option column.
QStringList wrapped(const QString &text)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kWidth - kColumn) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    lines.append(line);
    return lines;
}

void appendSection(QString &out, const QString &title, const Rows &rows)
{
    const QString indent(kColumn, u' ');
    out += title + u'\n';
    for (const auto &[syntax, description] : rows) {
        const QString left = QStringLiteral("  ") + syntax;
        const QStringList lines = wrapped(description);
        qsizetype next = 0;
        if (left.size() < kColumn)
            out += left.leftJustified(kColumn) + lines.at(next++) + u'\n';
        else
            out += left + u'\n';
        for (; next < lines.size(); ++next)
            out += indent + lines.at(next) + u'\n';
    }
    out += u'\n';
}

} // namespace

QString HelpText::text()
{
    QString out;
    out += tr("Usage:") + u'\n';
    out += QStringLiteral("  netdebug-cli listen PORT [options]\n"
                          "  netdebug-cli send HOST PORT [TEXT] [options]\n"
                          "  netdebug-cli --help | --version\n\n");
    out += tr("A TCP server that shows what its clients send, and a TCP client that sends\n"
              "a payload and shows the replies.") +
           QStringLiteral("\n\n");

    appendSection(
            out, tr("listen PORT: serve TCP clients on PORT (0 picks a free port):"),
            {
                    {QStringLiteral("--bind ADDR"),
                     tr("listen on this IPv4 or IPv6 address only (default: all interfaces)")},
                    {QStringLiteral("--hex"), tr("print received data as a hex dump, not as text")},
                    {QStringLiteral("--echo"), tr("send every received chunk back to its sender")},
                    {QStringLiteral("--reply TEXT"), tr("answer every received chunk with TEXT")},
                    {QStringLiteral("--reply-hex HEX"),
                     tr("answer every received chunk with these bytes")},
                    {QStringLiteral("--once"), tr("exit after the first client disconnects")},
                    {QStringLiteral("--max-clients N"),
                     tr("serve at most N clients at the same time; close any further one "
                        "immediately")},
                    {QStringLiteral("--allow LIST"),
                     tr("serve only clients from these addresses or subnets, separated by commas "
                        "or spaces, as in \"127.0.0.1,192.168.1.0/24,::1\"; close any other "
                        "immediately")},
                    {QStringLiteral("--timeout SEC"),
                     tr("stop after SEC seconds, with exit code 0")},
            });
    appendSection(
            out, tr("send HOST PORT [TEXT]: connect, send TEXT, print the replies:"),
            {
                    {QStringLiteral("--hex HEX"),
                     tr("send these bytes instead of a TEXT, as in \"48 69 0D 0A\" or 0x4869")},
                    {QStringLiteral("--file PATH"),
                     tr("send the raw bytes of this file (at most 1 GiB)")},
                    {QStringLiteral("--line-ending END"),
                     tr("append none, cr, lf or crlf to the payload (default: none)")},
                    {QStringLiteral("--wait MS"),
                     tr("read replies for MS milliseconds after the last send (default: 1000)")},
                    {QStringLiteral("--until-reply"),
                     tr("exit as soon as a reply has arrived and everything was sent")},
                    {QStringLiteral("--repeat N"), tr("send the payload N times (default: 1)")},
                    {QStringLiteral("--interval MS"),
                     tr("pause MS milliseconds between repeats (default: 1000)")},
            });
    appendSection(out, tr("Options of both commands:"),
                  {
                          {QStringLiteral("--encoding NAME"),
                           tr("encoding of texts and of received data (default: %1; available: %2)")
                                   .arg(Encodings::defaultEncoding(),
                                        Encodings::available().join(QStringLiteral(", ")))},
                          {QStringLiteral("--escapes"),
                           tr("honor \\r \\n \\t \\0 \\\\ and \\xHH in TEXT and --reply")},
                          {QStringLiteral("--output FILE"),
                           tr("write every received byte to FILE, created readable by you only; "
                              "received data is then not printed")},
                          {QStringLiteral("--json"),
                           tr("print every event as one JSON object per line on stdout")},
                          {QStringLiteral("-h, --help"), tr("show this help")},
                          {QStringLiteral("-v, --version"), tr("show the version")},
                  });

    out += tr("Received data goes to stdout; events and errors go to stderr.") + u'\n';
    out += tr("Exit codes: 0 success, 1 network failure, 2 usage error or bad input.") +
           QStringLiteral("\n\n");

    appendSection(
            out, tr("Examples:"),
            {
                    {QStringLiteral("netdebug-cli listen 8080"),
                     tr("show what clients send to port 8080")},
                    {QStringLiteral("netdebug-cli listen 0 --bind 127.0.0.1 --once"),
                     tr("any free port on the loopback address, until the first client leaves")},
                    {QStringLiteral("netdebug-cli listen 9000 --echo --max-clients 4 "
                                    "--timeout 60"),
                     tr("an echo server for four clients, for one minute")},
                    {QStringLiteral("netdebug-cli listen 9000 --allow 192.168.1.0/24,::1"),
                     tr("serve only the local network 192.168.1.x and this computer over IPv6")},
                    {QStringLiteral("netdebug-cli listen 9000 --encoding GBK --reply "
                                    "\"收到\\r\\n\" --escapes"),
                     tr("show GBK text and answer each chunk in GBK")},
                    {QStringLiteral("netdebug-cli listen 502 --hex --reply-hex \"00 01\""),
                     tr("hex dump, answering with two bytes")},
                    {QStringLiteral("netdebug-cli listen 9000 --output capture.bin --json"),
                     tr("save the bytes, log events as JSON")},
                    {QStringLiteral("netdebug-cli send 127.0.0.1 8080 hello"),
                     tr("send a text and print the replies for a second")},
                    {QStringLiteral("netdebug-cli send example.com 80 \"GET / HTTP/1.0\\r\\n"
                                    "\\r\\n\" --escapes --until-reply --wait 5000"),
                     tr("an HTTP request, done at the first reply")},
                    {QStringLiteral("netdebug-cli send 192.168.1.10 502 --hex \"00 01 00 00 00 "
                                    "06 01 03 00 00 00 0A\""),
                     tr("a Modbus/TCP request given as hex")},
                    {QStringLiteral("netdebug-cli send ::1 7 --file request.bin --output "
                                    "reply.bin"),
                     tr("send a file, save the reply")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 9000 PING --line-ending crlf "
                                    "--repeat 5 --interval 200 --json"),
                     tr("five lines, 200 ms apart, events as JSON")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 9000 你好 --encoding GBK"),
                     tr("send a text in GBK")},
            });
    return out;
}
