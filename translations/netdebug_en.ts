<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given: use &quot;listen&quot; or &quot;send&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: the command (listen or send) comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use &quot;listen&quot; or &quot;send&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen needs a PORT, as in &quot;netdebug-cli listen 8080&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: listen takes only a PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 0.001 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose only one of --echo, --reply and --reply-hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs a HOST and a PORT, as in &quot;netdebug-cli send 127.0.0.1 8080 hello&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs a PORT after the host &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: put a TEXT with spaces in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs a host name or an IP address, not an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line-ending must be none, cr, lf or crlf, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one payload: a TEXT, --hex or --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: it is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netdebug-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --reply-hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In TEXT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --bind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow needs addresses or subnets, as in &quot;192.168.1.0/24,::1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --allow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: it is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTab</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server, or close the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name, IPv4 address or IPv6 address of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port of the server, 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host name or an IP address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempt cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <source>No encoding was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not available in this build of Qt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPrinter</name>
    <message>
        <source>Cannot write --output file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1 (all interfaces, IPv4 and IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 refused: %n client(s) already connected (--max-clients)</source>
        <translation>
            <numerusform>%1 refused: %n client already connected (--max-clients)</numerusform>
            <numerusform>%1 refused: %n clients already connected (--max-clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n byte(s) to %1</source>
        <translation>
            <numerusform>sent %n byte to %1</numerusform>
            <numerusform>sent %n bytes to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netdebug-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <comment>peer, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: not in the --allow list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen PORT: serve TCP clients on PORT (0 picks a free port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen on this IPv4 or IPv6 address only (default: all interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print received data as a hex dump, not as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send every received chunk back to its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer every received chunk with TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer every received chunk with these bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit after the first client disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after SEC seconds, with exit code 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send HOST PORT [TEXT]: connect, send TEXT, print the replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send these bytes instead of a TEXT, as in &quot;48 69 0D 0A&quot; or 0x4869</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append none, cr, lf or crlf to the payload (default: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read replies for MS milliseconds after the last send (default: 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit as soon as a reply has arrived and everything was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the payload N times (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause MS milliseconds between repeats (default: 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of both commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding of texts and of received data (default: %1; available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every received byte to FILE, created readable by you only; received data is then not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every event as one JSON object per line on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received data goes to stdout; events and errors go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 network failure, 2 usage error or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what clients send to port 8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an echo server for four clients, for one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show GBK text and answer each chunk in GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex dump, answering with two bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the bytes, log events as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a text and print the replies for a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP request, done at the first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Modbus/TCP request given as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a file, save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five lines, 200 ms apart, events as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a text in GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP server that shows what its clients send, and a TCP client that sends
a payload and shows the replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve at most N clients at the same time; close any further one immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>honor \r \n \t \0 \\ and \xHH in TEXT and --reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port on the loopback address, until the first client leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve only clients from these addresses or subnets, separated by commas or spaces, as in &quot;127.0.0.1,192.168.1.0/24,::1&quot;; close any other immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve only the local network 192.168.1.x and this computer over IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the raw bytes of this file (at most 1 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <source>stopping: the --timeout of %1 ms has passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message numerus="yes">
        <source>RX %1 (%n byte(s))</source>
        <translation>
            <numerusform>RX %1 (%n byte)</numerusform>
            <numerusform>RX %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TX %1 (%n byte(s))</source>
        <translation>
            <numerusform>TX %1 (%n byte)</numerusform>
            <numerusform>TX %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (truncated; the log keeps only the first %n byte(s))</source>
        <translation>
            <numerusform> … (truncated; the log keeps only the first %n byte)</numerusform>
            <numerusform> … (truncated; the log keeps only the first %n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (%n more byte(s) not kept in the log)</source>
        <translation>
            <numerusform> … (%n more byte not kept in the log)</numerusform>
            <numerusform> … (%n more bytes not kept in the log)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (%n more byte(s))</source>
        <translation>
            <numerusform> … (%n more byte)</numerusform>
            <numerusform> … (%n more bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source> … (truncated; save the log to see all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n read(s)</source>
        <translation>
            <numerusform>Merged from %n read</numerusform>
            <numerusform>Merged from %n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Display resumed: %n read(s) arrived while paused and were counted but not shown (bytes: %1).</source>
        <translation>
            <numerusform>Display resumed: %n read arrived while paused and was counted but not shown (bytes: %1).</numerusform>
            <numerusform>Display resumed: %n reads arrived while paused and were counted but not shown (bytes: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show received and sent data as hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when each event happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new entries; scrolling up holds the view until you scroll back to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing data while still counting it; events are still logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole log to a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the RX and TX counters to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX %1 · TX %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received: %1
Bytes sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NetDebug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for connections and talk to the peers that connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server and talk to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen / Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect / Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NetDebug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NetDebug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NetDebug %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A network debugging assistant: a TCP server and client for sending exact bytes as text or hex and reading what comes back in UTF-8, GBK and other encodings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clien&amp;t Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadCodec</name>
    <message>
        <source>Invalid hex character %1 at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;0x&quot; at position %1 has no hex digits after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex number at position %1 has an odd number of digits (%2); write each byte as two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be written in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lone backslash at position %1 ends the text; write \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape \x at position %1 needs two hex digits, as in \x0D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape \%1 at position %2; use \r \n \t \0 \\ or \xHH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerEventLog</name>
    <message>
        <source>%1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected: %1</source>
        <translation>
            <numerusform>%n peer connected: %1</numerusform>
            <numerusform>%n peers connected: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) disconnected (%1): %2</source>
        <translation>
            <numerusform>%n peer disconnected (%1): %2</numerusform>
            <numerusform>%n peers disconnected (%1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerInfo</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerListModel</name>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerListView</name>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected peers. With none selected, Send goes to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connections of the selected peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n peer connected</numerusform>
            <numerusform>%n peers connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>No reply from %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 closed the connection before the payload was sent %n time(s).</source>
        <translation>
            <numerusform>%1 closed the connection before the payload was sent %n time.</numerusform>
            <numerusform>%1 closed the connection before the payload was sent %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without replying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPane</name>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text or hex bytes to send; Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the payload as hex bytes, such as 48 65 6C 6C 6F; switching converts what is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In text, \r \n \t \0 \\ and \xHH stand for the bytes they name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR LF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the payload (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the payload to every connected peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding for sending and for showing received text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes added after the payload on every send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads sent recently; choose one to load it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot switch to hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch to text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: the payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerOptionsDialog</name>
    <message>
        <source>Server Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System limit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone; or e.g. 192.168.1.0/24, ::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers beyond this many are closed as soon as they connect; 0 means no limit beyond what the system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many connections the system queues before they are accepted; takes effect at the next Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and subnets that may connect, separated by commas or spaces; empty lets everyone connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop accepting connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to listen: all interfaces, loopback only, or one address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interfaces (IPv4 + IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Choose an address from the list or type one of this computer&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start listening and wait for a peer to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the selected peers are no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: no peer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many peers may connect at once, the listen backlog, and which peers may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, port %2 — only allowed peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <comment>peer, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n peer(s)]</source>
        <translation>
            <numerusform>[%n peer]</numerusform>
            <numerusform>[%n peers]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketErrors</name>
    <message>
        <source>closed by peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2. Choose another port, or 0 for any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied to listen on port %1: ports below 1024 need administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: it is not an address of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: this computer does not support that kind of address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 port %2 refused: nothing is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 port %2 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 0 to 65535 (0 picks a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multicast or broadcast address, which no TCP connection can reach. Listen on an address of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>disconnect reason: error detail</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientBackend</name>
    <message>
        <source>Enter a host name or an IP address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a server before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be used to connect: enter a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServerBackend</name>
    <message>
        <source>Could not send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all interfaces (IPv4 + IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all IPv4 interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all IPv6 interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or subnet: write addresses such as 127.0.0.1 or ::1, or subnets such as 192.168.1.0/24 or fe80::/10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the limit of %n connection(s) is reached</source>
        <translation>
            <numerusform>the limit of %n connection is reached</numerusform>
            <numerusform>the limit of %n connections is reached</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1. Trying again every half second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot accept new connections: too many open files (the limit is %1). Waiting peers are accepted as soon as connections close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>netdebug: unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDebug, a network debugging assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
