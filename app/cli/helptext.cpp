#include "helptext.h"

#include "checksum.h"
#include "clirequest.h"
#include "encodings.h"
#include "periodicsender.h"

#include <QList>
#include <QPair>

namespace {

using Rows = QList<QPair<QString, QString>>;

constexpr int kColumn = 24;
constexpr int kWidth = 100;

// Columns a character takes on a terminal: East Asian wide and full-width ones take two.
int columnsOf(QChar c)
{
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                      (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                      (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                      (u >= 0xFFE0 && u <= 0xFFE6);
    return wide ? 2 : 1;
}

// Breaks a text into lines of at most width columns: at spaces, and between wide characters,
// which languages such as Chinese write without spaces.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    int columns = 0;
    // A unit is a word or one wide character; spaced, a space came before it.
    auto add = [&](const QString &unit, int unitColumns, bool spaced) {
        const int gap = spaced && !line.isEmpty() ? 1 : 0;
        if (!line.isEmpty() && columns + gap + unitColumns > width) {
            lines.append(line);
            line.clear();
            columns = 0;
        } else if (gap > 0) {
            line += u' ';
            ++columns;
        }
        line += unit;
        columns += unitColumns;
    };
    QString word;
    bool spaceBefore = false;
    auto addWord = [&] {
        if (word.isEmpty())
            return;
        add(word, int(word.size()), spaceBefore);
        word.clear();
        spaceBefore = false;
    };
    for (const QChar c : text) {
        if (c == u' ') {
            addWord();
            spaceBefore = true;
        } else if (columnsOf(c) == 2) {
            addWord();
            add(QString(c), 2, spaceBefore);
            spaceBefore = false;
        } else {
            word += c;
        }
    }
    addWord();
    lines.append(line);
    return lines;
}

void appendSection(QString &out, const QString &title, const Rows &rows)
{
    const QString indent(kColumn, u' ');
    out += title + u'\n';
    for (const auto &[syntax, description] : rows) {
        const QString left = QStringLiteral("  ") + syntax;
        const QStringList lines = wrapped(description, kWidth - kColumn);
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

void appendParagraph(QString &out, const QString &text)
{
    out += wrapped(text, kWidth).join(u'\n') + QStringLiteral("\n\n");
}

QString checksumNames()
{
    QStringList names;
    for (ChecksumKind kind : Checksum::kinds())
        names.append(Checksum::key(kind));
    return names.join(QStringLiteral(", "));
}

} // namespace

QString HelpText::text()
{
    QString out;
    out += tr("Usage:") + u'\n';
    out += QStringLiteral("  netdebug-cli listen PORT [options]\n"
                          "  netdebug-cli listen PORT --udp [options]\n"
                          "  netdebug-cli send HOST PORT [TEXT] [options]\n"
                          "  netdebug-cli send HOST PORT TEXT|--hex HEX|--file PATH --udp "
                          "[options]\n"
                          "  netdebug-cli send HOST PORT --commands FILE --run NAME [options]\n"
                          "  netdebug-cli --help | --version\n\n");
    appendParagraph(out, tr("A TCP server that shows what its clients send, and a TCP client that "
                            "sends a payload and shows the replies. With --udp, both use a UDP "
                            "socket instead: datagrams, broadcast and multicast."));

    appendSection(
            out,
            tr("listen PORT: serve TCP clients on PORT, or with --udp receive datagrams there (0 "
               "picks a free port):"),
            {
                    {QStringLiteral("--bind ADDR"),
                     tr("listen on this IPv4 or IPv6 address only (default: all interfaces)")},
                    {QStringLiteral("--hex"), tr("print received data as a hex dump, not as text")},
                    {QStringLiteral("--echo"),
                     tr("send every received chunk or datagram back to its sender")},
                    {QStringLiteral("--reply TEXT"),
                     tr("answer every received chunk or datagram with TEXT (an empty TEXT answers "
                        "nothing)")},
                    {QStringLiteral("--reply-hex HEX"),
                     tr("answer every received chunk or datagram with these bytes")},
                    {QStringLiteral("--once"),
                     tr("exit after the first client disconnects (TCP only)")},
                    {QStringLiteral("--max-clients N"),
                     tr("serve at most N clients at the same time; close any further one "
                        "immediately (TCP only)")},
                    {QStringLiteral("--allow LIST"),
                     tr("serve only clients from these addresses or subnets, separated by commas "
                        "or spaces, as in \"127.0.0.1,192.168.1.0/24,::1\"; close any other "
                        "immediately (TCP only)")},
                    {QStringLiteral("--timeout SEC"),
                     tr("stop after SEC seconds, with exit code 0")},
            });
    appendSection(
            out,
            tr("send HOST PORT [TEXT]: send TEXT over TCP, or with --udp as one datagram; print "
               "the "
               "replies:"),
            {
                    {QStringLiteral("--hex HEX"),
                     tr("send these bytes instead of a TEXT, as in \"48 69 0D 0A\" or 0x4869")},
                    {QStringLiteral("--file PATH"),
                     tr("stream the raw bytes of this file, of any size, without holding it in "
                        "memory; with --udp, in datagrams of --datagram-size bytes. A "
                        "--line-ending follows the file, as a datagram of its own with --udp. "
                        "Reported once, with its size and SHA-256")},
                    {QStringLiteral("--datagram-size N"),
                     tr("with --udp --file: the bytes of each datagram, from 1 to what one "
                        "datagram carries (default: that most, so that a file that fits goes as "
                        "one datagram)")},
                    {QStringLiteral("--pause MS"),
                     tr("with --udp --file: wait MS milliseconds between datagrams (default: 0)")},
                    {QStringLiteral("--commands FILE"),
                     tr("a command set saved by the window, for --run (its format: "
                        "docs/commands.md)")},
                    {QStringLiteral("--run NAME"),
                     tr("send the command NAME of the --commands file as a payload (--repeat "
                        "applies), or run the sequence NAME step by step; a step whose reply "
                        "does not come in time ends it with exit code 1, naming the step. When a "
                        "command and a sequence share the name, write command:NAME or "
                        "sequence:NAME")},
                    {QStringLiteral("--line-ending END"),
                     tr("append none, cr, lf or crlf to the payload (default: none)")},
                    {QStringLiteral("--wait MS"),
                     tr("read replies for MS milliseconds after the last send, the file or the "
                        "sequence (default: 1000)")},
                    {QStringLiteral("--until-reply"),
                     tr("exit as soon as a reply has arrived and everything was sent")},
                    {QStringLiteral("--repeat N"),
                     tr("send the payload N times, up to %L1, the first at once; 0 sends until "
                        "interrupted (Ctrl+C), or with --until-reply until a reply arrives "
                        "(default: 1)")
                             .arg(SendOptions::kMaxRepeat)},
                    {QStringLiteral("--interval MS"),
                     tr("send a repeat every MS milliseconds, from %1 to %L2 (default: 1000)")
                             .arg(PeriodicSender::kMinIntervalMs)
                             .arg(PeriodicSender::kMaxIntervalMs)},
            });
    appendSection(
            out, tr("UDP, for both commands:"),
            {
                    {QStringLiteral("--udp"),
                     tr("use a UDP socket instead of TCP. listen binds PORT (and --bind ADDR) and "
                        "shows every datagram with its sender. send sends the payload as one "
                        "datagram each time (a --file in datagrams of --datagram-size bytes), all "
                        "from one free port, and counts every datagram that arrives during the "
                        "wait as a reply")},
                    {QStringLiteral("--join GROUP"),
                     tr("join this IPv4 or IPv6 multicast group; may be repeated. Needs a socket "
                        "bound to all interfaces, the default")},
                    {QStringLiteral("--multicast-interface IF"),
                     tr("the network interface, by name or by one of its addresses (lo, "
                        "127.0.0.1), to join groups on and to send multicast datagrams from "
                        "(default: the system's choice)")},
                    {QStringLiteral("--ttl N"),
                     tr("how many hops a multicast datagram may travel, from 1 to 255 (default: "
                        "1, the local network only)")},
                    {QStringLiteral("--broadcast"),
                     tr("allow sending to broadcast addresses (SO_BROADCAST, off by default so "
                        "that nothing is broadcast by accident); receiving broadcasts needs no "
                        "option")},
            });
    appendSection(out, tr("Options of both commands:"),
                  {
                          {QStringLiteral("--encoding NAME"),
                           tr("encoding of texts and of received data (default: %1; available: %2)")
                                   .arg(Encodings::defaultEncoding(),
                                        Encodings::available().join(QStringLiteral(", ")))},
                          {QStringLiteral("--escapes"),
                           tr("honor \\r \\n \\t \\0 \\\\ and \\xHH in TEXT and --reply")},
                          {QStringLiteral("--checksum NAME"),
                           tr("append a checksum to TEXT or --hex (send), or to --reply or "
                              "--reply-hex (listen), after the line ending, with the same bytes "
                              "as the window's send pane: %1 (default: none)")
                                   .arg(checksumNames())},
                          {QStringLiteral("--checksum-range SKIP_HEAD:SKIP_TAIL"),
                           tr("leave this many bytes at the start and at the end out of the "
                              "checksum, as in 1:0 for a frame whose first byte is a header "
                              "(default: 0:0)")},
                          {QStringLiteral("--checksum-order ORDER"),
                           tr("be puts the high byte of a checksum first, le the low byte "
                              "(default: the checksum's own convention, low byte first for "
                              "crc16-modbus, high byte first for the others)")},
                          {QStringLiteral("--output FILE"),
                           tr("write every received byte to FILE, created readable by you only; "
                              "received data is then not printed")},
                          {QStringLiteral("--json"),
                           tr("print every event as one JSON object per line on stdout, its keys "
                              "in this order: time, peer, event, then the event's fields")},
                          {QStringLiteral("-h, --help"), tr("show this help")},
                          {QStringLiteral("-v, --version"), tr("show the version")},
                  });

    appendParagraph(out, tr("Received data goes to stdout; events and errors go to stderr."));
    appendParagraph(out,
                    tr("Text shows a byte that does not decode in the encoding as \\xHH, and a "
                       "backslash of the data as \\\\, so that \\xCA always stands for one byte: "
                       "on stdout and in the \"text\" of JSON events alike. The hex dump, the "
                       "\"hex\" of JSON events and the --output file are exact."));
    appendParagraph(out,
                    tr("With --udp every datagram is one event, never merged with another nor "
                       "split, an empty one too; as text it is announced on stderr with its size "
                       "and sender, and printed on a line of its own. --once, --max-clients and "
                       "--allow are usage errors with --udp, and the UDP options are usage "
                       "errors without it. send --udp needs a payload: \"\" sends an empty "
                       "datagram."));
    appendParagraph(out,
                    tr("When HOST is an address, a TEXT, --hex or saved command larger than one "
                       "datagram carries (65,507 bytes over IPv4, 65,527 over IPv6) and a "
                       "broadcast address without --broadcast are refused before anything is "
                       "sent, with exit code "
                       "2; for a host name they fail when it is sent to, with exit code 1. An "
                       "ICMP error that arrives during the wait, such as port unreachable, ends "
                       "send with exit code 1."));
    appendParagraph(out, tr("Exit codes: 0 success, 1 network failure or a sequence that stopped "
                            "short, 2 usage error or bad input."));

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
                    {QStringLiteral("netdebug-cli send 192.168.1.20 4001 --hex \"01 03 00 00 00 "
                                    "01\" --checksum crc16-modbus"),
                     tr("a Modbus RTU request with its CRC: 01 03 00 00 00 01 84 0A")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 9000 --hex \"AA 01 02\" "
                                    "--checksum sum8 --checksum-range 1:0"),
                     tr("a sum over all but the header byte AA")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 9000 --hex \"01 02\" "
                                    "--checksum crc32 --checksum-order le"),
                     tr("a CRC-32, low byte first")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 9000 --commands device.json "
                                    "--run Login"),
                     tr("run the sequence Login of a command set saved by the window")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 9000 PING --line-ending crlf "
                                    "--repeat 5 --interval 200 --json"),
                     tr("five lines, 200 ms apart, events as JSON")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 9000 你好 --encoding GBK"),
                     tr("send a text in GBK")},
                    {QStringLiteral("netdebug-cli listen 5000 --udp --echo"),
                     tr("a UDP echo server: every datagram goes back to its sender")},
                    {QStringLiteral("netdebug-cli send 127.0.0.1 5000 --udp --hex \"01 02\" "
                                    "--until-reply --wait 2000"),
                     tr("one datagram, done at the first datagram that comes back")},
                    {QStringLiteral("netdebug-cli listen 5000 --udp --join 239.255.0.42 "
                                    "--multicast-interface lo --json"),
                     tr("receive multicast group 239.255.0.42 on the loopback interface, events "
                        "as JSON with each sender")},
                    {QStringLiteral("netdebug-cli send 239.255.0.42 5000 hello --udp "
                                    "--multicast-interface 127.0.0.1"),
                     tr("send one datagram to that group from the loopback interface")},
                    {QStringLiteral("netdebug-cli send 239.255.0.42 5000 hello --udp "
                                    "--multicast-interface eth0 --ttl 4"),
                     tr("the same group over eth0, across up to three routers")},
                    {QStringLiteral("netdebug-cli send 192.168.1.255 9 --udp --broadcast --hex "
                                    "\"FF FF\""),
                     tr("a broadcast to the local network 192.168.1.x")},
                    {QStringLiteral("netdebug-cli send 10.0.0.5 5000 --udp --file image.bin "
                                    "--datagram-size 512 --pause 2"),
                     tr("a file in datagrams of 512 bytes, 2 ms apart")},
            });
    return out;
}
