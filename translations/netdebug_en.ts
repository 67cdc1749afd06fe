<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressCombo</name>
    <message>
        <source>All interfaces (IPv4 + IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Choose an address from the list or type one of this computer&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowList</name>
    <message>
        <source>&quot;%1&quot; is not an IP address or subnet: write addresses such as 127.0.0.1 or ::1, or subnets such as 192.168.1.0/24 or fe80::/10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindFields</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelInfo</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>%1–%2</source>
        <comment>first seen, last seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>bytes in datagrams</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <comment>peer, local end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1
Last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes: %1; datagrams: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
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
    <message>
        <source>When the connection was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the first and the last datagram came or went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received, in how many datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent, in how many datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelListView</name>
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
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and ports that sent to this socket or were sent to. With none selected, Send goes to Remote host and Remote port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected remotes from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n peer connected</numerusform>
            <numerusform>%n peers connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote(s)</source>
        <translation>
            <numerusform>%n remote</numerusform>
            <numerusform>%n remotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checksum</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum cannot skip a negative number of bytes (%1 at the start, %2 at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The checksum cannot skip the first %1 and the last %2 bytes: only %n byte(s) come before it.</source>
        <translation>
            <numerusform>The checksum cannot skip the first %1 and the last %2 bytes: only %n byte comes before it.</numerusform>
            <numerusform>The checksum cannot skip the first %1 and the last %2 bytes: only %n bytes come before it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksumFields</name>
    <message>
        <source>Usual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High byte first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low byte first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B</source>
        <comment>bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the check value between the payload and the line ending, computed over the payload only; otherwise it goes last and covers the line ending too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order of the check value on the wire; usually CRC-16/MODBUS goes low byte first and every other high byte first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the start left out of the check, such as a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the end left out of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check value appended to every send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Unknown encoding &quot;%1&quot;: use one of %2.</source>
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
        <source>--once waits for a TCP client to disconnect, and UDP has no connections: leave out --once (--timeout SEC ends a UDP listener).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-clients limits TCP connections, and UDP has none: leave out --max-clients with --udp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow admits TCP clients by address, which a UDP listener does not do: leave out --allow with --udp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind %1 is a multicast group: to receive it, leave out --bind and add --join %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--join needs a socket bound to all interfaces, which multicast datagrams reach: leave out --bind %1, or bind to 0.0.0.0 or ::.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply of %1 bytes does not fit in a UDP datagram, which carries at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of %1 bytes does not fit in one UDP datagram: over IPv4 a datagram carries at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of %1 bytes does not fit in one UDP datagram: over IPv6 a datagram carries at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a broadcast address: add --broadcast to send there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checksum is appended to the answer of --reply or --reply-hex: add one of them, or leave out the checksum options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --checksum-range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run NAME sends a command or a sequence of a commands file: add --commands FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--commands FILE needs --run NAME, the command or the sequence of the file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run sends a saved command or sequence: leave out the TEXT, --hex and --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send --udp needs a payload: a TEXT (&quot;&quot; for an empty datagram), --hex, --file or --run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets how a --file goes out in UDP datagrams: add --udp, or leave out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets how a --file goes out in UDP datagrams: add --file PATH, or leave out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum options apply to a TEXT or --hex; a --file is sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat and --interval apply to a TEXT, --hex or a saved command; a --file is sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of each command of a --commands file: leave it out with --run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat and --interval apply to a command; the sequence &quot;%1&quot; repeats as its file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until-reply applies to a command; the steps of the sequence &quot;%1&quot; wait for their own replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checksum needs a payload to go after: a TEXT or --hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--datagram-size %1 does not fit in a UDP datagram to %2, which carries at most %3 bytes.</source>
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
    <message>
        <source>Not connected. Enter a host and a port, then Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a server before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is hex bytes, such as 01 03 00 00</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the command is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text or hex bytes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes added after the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hex, exactly what the command sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another command is called &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandListModel</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSet</name>
    <message>
        <source>%1: %2</source>
        <comment>where in the command set: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this NetDebug knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is already used by command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum can skip from 0 to %1 bytes at the start and at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is already used by sequence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It repeats %1 times; use from 1 to %2 times, or 0 to repeat until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved command named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay of %1 ms is out of range; use from 0 to %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout of %1 ms is out of range; use from 1 to %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not hold a JSON object; a command set is one object with &quot;format&quot;, &quot;version&quot;, &quot;commands&quot; and &quot;sequences&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a NetDebug command set: its &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number; this NetDebug reads version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is version %1 of the command set format; this NetDebug reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandsPanel</name>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the send pane&apos;s payload as a new command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected command up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected command down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the commands and sequences of a file exported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every command and sequence to a file others can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is a step of the sequence &quot;%2&quot;: remove the step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDebug commands (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: the file is larger than 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n command(s) from %1.</source>
        <translation>
            <numerusform>Imported %n command from %1.</numerusform>
            <numerusform>Imported %n commands from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file held %n sequence(s).</source>
        <translation>
            <numerusform>The file held %n sequence.</numerusform>
            <numerusform>The file held %n sequences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n command(s) to %1.</source>
        <translation>
            <numerusform>Exported %n command to %1.</numerusform>
            <numerusform>Exported %n commands to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved commands could not be read, and are kept as they were: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
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
    <message>
        <source>listening on %1 (UDP, all interfaces, IPv4 and IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1 (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined multicast group %1 on the system&apos;s choice of interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined multicast group %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>received %n byte(s) from %1</source>
        <translation>
            <numerusform>received %n byte from %1</numerusform>
            <numerusform>received %n bytes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent file %1 to %2: %3 in %L4 ms, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSendBar</name>
    <message>
        <source>Send file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream a file of any size to the same targets as Send, as fast as the connection takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B</source>
        <comment>bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagram size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file goes over UDP as datagrams of this many bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between two datagrams of a file; 0 sends as fast as the socket takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending the file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4/s, %5 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSender</name>
    <message>
        <source>Sending %1 failed: the session was closed after %L2 of %L3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 failed after %L2 of %L3 bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: %2 is still being sent; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: the session is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1 to %2: this session sends only to its own connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: there is no remote to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: there is no connection to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: a datagram carries from 1 to %L2 bytes, not %L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: the pause between datagrams cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1: it cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 failed: reading it failed after %L2 of %L3 bytes (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 failed: the file became shorter while it was sent, after %L2 of %L3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 failed: a piece reached nobody, after %L2 of %L3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 failed: remote %2 was removed from the list after %L3 of %L4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 failed: the connection to %2 closed after %L3 of %L4 bytes.</source>
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
        <source>listen on this IPv4 or IPv6 address only (default: all interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print received data as a hex dump, not as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after SEC seconds, with exit code 0</source>
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
        <source>exit as soon as a reply has arrived and everything was sent</source>
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
        <source>honor \r \n \t \0 \\ and \xHH in TEXT and --reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port on the loopback address, until the first client leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve only the local network 192.168.1.x and this computer over IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP server that shows what its clients send, and a TCP client that sends a payload and shows the replies. With --udp, both use a UDP socket instead: datagrams, broadcast and multicast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen PORT: serve TCP clients on PORT, or with --udp receive datagrams there (0 picks a free port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send every received chunk or datagram back to its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer every received chunk or datagram with TEXT (an empty TEXT answers nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer every received chunk or datagram with these bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit after the first client disconnects (TCP only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve at most N clients at the same time; close any further one immediately (TCP only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve only clients from these addresses or subnets, separated by commas or spaces, as in &quot;127.0.0.1,192.168.1.0/24,::1&quot;; close any other immediately (TCP only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send HOST PORT [TEXT]: send TEXT over TCP, or with --udp as one datagram; print the replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP, for both commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join this IPv4 or IPv6 multicast group; may be repeated. Needs a socket bound to all interfaces, the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network interface, by name or by one of its addresses (lo, 127.0.0.1), to join groups on and to send multicast datagrams from (default: the system&apos;s choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many hops a multicast datagram may travel, from 1 to 255 (default: 1, the local network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow sending to broadcast addresses (SO_BROADCAST, off by default so that nothing is broadcast by accident); receiving broadcasts needs no option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every event as one JSON object per line on stdout, its keys in this order: time, peer, event, then the event&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shows a byte that does not decode in the encoding as \xHH, and a backslash of the data as \\, so that \xCA always stands for one byte: on stdout and in the &quot;text&quot; of JSON events alike. The hex dump, the &quot;hex&quot; of JSON events and the --output file are exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --udp every datagram is one event, never merged with another nor split, an empty one too; as text it is announced on stderr with its size and sender, and printed on a line of its own. --once, --max-clients and --allow are usage errors with --udp, and the UDP options are usage errors without it. send --udp needs a payload: &quot;&quot; sends an empty datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UDP echo server: every datagram goes back to its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one datagram, done at the first datagram that comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive multicast group 239.255.0.42 on the loopback interface, events as JSON with each sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send one datagram to that group from the loopback interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same group over eth0, across up to three routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broadcast to the local network 192.168.1.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream the raw bytes of this file, of any size, without holding it in memory; with --udp, in datagrams of --datagram-size bytes. A --line-ending follows the file, as a datagram of its own with --udp. Reported once, with its size and SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --udp --file: the bytes of each datagram, from 1 to what one datagram carries (default: that most, so that a file that fits goes as one datagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --udp --file: wait MS milliseconds between datagrams (default: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command set saved by the window, for --run (its format: docs/commands.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the command NAME of the --commands file as a payload (--repeat applies), or run the sequence NAME step by step; a step whose reply does not come in time ends it with exit code 1, naming the step. When a command and a sequence share the name, write command:NAME or sequence:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read replies for MS milliseconds after the last send, the file or the sequence (default: 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the payload N times, up to %L1, the first at once; 0 sends until interrupted (Ctrl+C), or with --until-reply until a reply arrives (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a repeat every MS milliseconds, from %1 to %L2 (default: 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a UDP socket instead of TCP. listen binds PORT (and --bind ADDR) and shows every datagram with its sender. send sends the payload as one datagram each time (a --file in datagrams of --datagram-size bytes), all from one free port, and counts every datagram that arrives during the wait as a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append a checksum to TEXT or --hex (send), or to --reply or --reply-hex (listen), after the line ending, with the same bytes as the window&apos;s send pane: %1 (default: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave this many bytes at the start and at the end out of the checksum, as in 1:0 for a frame whose first byte is a header (default: 0:0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be puts the high byte of a checksum first, le the low byte (default: the checksum&apos;s own convention, low byte first for crc16-modbus, high byte first for the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When HOST is an address, a TEXT, --hex or saved command larger than one datagram carries (65,507 bytes over IPv4, 65,527 over IPv6) and a broadcast address without --broadcast are refused before anything is sent, with exit code 2; for a host name they fail when it is sent to, with exit code 1. An ICMP error that arrives during the wait, such as port unreachable, ends send with exit code 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 network failure or a sequence that stopped short, 2 usage error or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Modbus RTU request with its CRC: 01 03 00 00 00 01 84 0A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sum over all but the header byte AA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CRC-32, low byte first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the sequence Login of a command set saved by the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file in datagrams of 512 bytes, 2 ms apart</source>
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
    <name>LogDetailsView</name>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry&apos;s payload as hex; Ctrl+C copies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry&apos;s payload as text in the log&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a log entry to see all of it here.</source>
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
    <message numerus="yes">
        <source>Received from %1: %n byte(s)</source>
        <translation>
            <numerusform>Received from %1: %n byte</numerusform>
            <numerusform>Received from %1: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n byte(s)</source>
        <translation>
            <numerusform>Sent to %1: %n byte</numerusform>
            <numerusform>Sent to %1: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>time, peer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(the log keeps only the first %n byte(s))</source>
        <translation>
            <numerusform>(the log keeps only the first %n byte)</numerusform>
            <numerusform>(the log keeps only the first %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>time, what</comment>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole of the selected entry, as hex and as text, below the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding for showing received and sent text; by default the one chosen for sending</source>
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
        <source>No session is open. Use File ▸ New TCP Server, New TCP Client or New UDP Session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New TCP &amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;UDP Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open / Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen or stop, connect or disconnect, open or close the current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new TCP server, TCP client or UDP session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>session kind, number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close &quot;%1&quot;? Its %n open connection(s) will be closed.</source>
        <translation>
            <numerusform>Close &quot;%1&quot;? Its %n open connection will be closed.</numerusform>
            <numerusform>Close &quot;%1&quot;? Its %n open connections will be closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>session name: status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NetDebug %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A network debugging assistant: TCP servers, TCP clients and UDP sockets, for sending exact bytes as text or hex and reading what comes back in UTF-8, GBK and other encodings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;TCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Commands Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the saved commands and sequences (Ctrl+1…9 send the first nine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MulticastPanel</name>
    <message>
        <source>Loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this computer&apos;s own sockets receive the multicast datagrams sent from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive what is sent to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop receiving what is sent to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multicast groups this socket has joined, and on which interface; choose one to leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 group (224.0.0.0 to 239.255.255.255) or an IPv6 group (ff00::/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface to join on and to send multicast from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the multicast groups and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface (addresses)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>group on interface</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined multicast group %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left multicast group %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hops a multicast datagram sent from here may travel; 1 keeps it on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s choice of interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadCliOptions</name>
    <message>
        <source>%1 says how to compute a --checksum: add --checksum NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown checksum &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checksum-range needs SKIP_HEAD:SKIP_TAIL, the bytes at the start and at the end that the checksum leaves out, each from 0 to %1, as in 1:0; not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checksum-order must be be (high byte first), le (low byte first) or conventional (the checksum&apos;s own order), not &quot;%1&quot;.</source>
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
        <source>Cannot read --file &quot;%1&quot;: it is not a regular file, and a device or a pipe may never end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: it is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: it is larger than %2 MiB, far more than a command set holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --commands &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run &quot;%1&quot; is ambiguous: %2 has a command and a sequence of that name. Use --run &quot;command:%1&quot; or --run &quot;sequence:%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run &quot;%1&quot;: %2 has no command or sequence of that name. Its commands: %3. Its sequences: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --commands &quot;%1&quot;: the command &quot;%2&quot; does not build: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
    <name>PeriodicSender</name>
    <message>
        <source>Periodic send did not start: the interval must be from %1 to %2 ms, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic send did not start: the number of sends cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic send did not start: there is no payload to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic send did not start: the session is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic send did not start: nothing was chosen to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic send did not start: one of the chosen connections or remotes is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped as asked after %n send(s).</source>
        <translation>
            <numerusform>Periodic send stopped as asked after %n send.</numerusform>
            <numerusform>Periodic send stopped as asked after %n sends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the payload is not valid. %1</source>
        <translation>
            <numerusform>Periodic send stopped after %n send: the payload is not valid. %1</numerusform>
            <numerusform>Periodic send stopped after %n sends: the payload is not valid. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): there is nothing to send to.</source>
        <translation>
            <numerusform>Periodic send stopped after %n send: there is nothing to send to.</numerusform>
            <numerusform>Periodic send stopped after %n sends: there is nothing to send to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the last send reached nobody.</source>
        <translation>
            <numerusform>Periodic send stopped after %n send: the last send reached nobody.</numerusform>
            <numerusform>Periodic send stopped after %n sends: the last send reached nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send completed after %n send(s).</source>
        <translation>
            <numerusform>Periodic send completed after %n send.</numerusform>
            <numerusform>Periodic send completed after %n sends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the session was closed.</source>
        <translation>
            <numerusform>Periodic send stopped after %n send: the session was closed.</numerusform>
            <numerusform>Periodic send stopped after %n sends: the session was closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): remote %1 was removed from the list.</source>
        <translation>
            <numerusform>Periodic send stopped after %n send: remote %1 was removed from the list.</numerusform>
            <numerusform>Periodic send stopped after %n sends: remote %1 was removed from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the connection to %1 closed.</source>
        <translation>
            <numerusform>Periodic send stopped after %n send: the connection to %1 closed.</numerusform>
            <numerusform>Periodic send stopped after %n sends: the connection to %1 closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s) because a send failed: %1</source>
        <translation>
            <numerusform>Periodic send stopped after %n send because a send failed: %1</numerusform>
            <numerusform>Periodic send stopped after %n sends because a send failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatFields</name>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the payload again and again on a fixed schedule; Send starts the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the start of one send to the start of the next, 1 ms to 24 h; send n leaves at start + n × interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sends in the series; 0 sends until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyMatcher</name>
    <message>
        <source>Any reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is empty; write the reply to wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character at position %1 of the hex pattern is not a hex digit, ? or a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern at position %1 has an odd number of digits; write each byte as two digits, or ?? for any byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 of the hex pattern is half a wildcard; write ?? for any byte, or two hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern has no bytes; write the reply to wait for.</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%1 closed the connection after the payload was sent %n time(s).</source>
        <translation>
            <numerusform>%1 closed the connection after the payload was sent %n time.</numerusform>
            <numerusform>%1 closed the connection after the payload was sent %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection before anything was sent.</source>
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
    <message>
        <source>Text encoding for sending, and for showing text unless the log&apos;s Display encoding says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hex, exactly what the next Send sends: the payload after escapes and encoding, the line ending and the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear after send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the editor after each send that went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the periodic send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sequence is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the whole sequence runs; 0 runs it until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sequence a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sequence is called &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceRunner</name>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: sequence &quot;%2&quot; is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: it has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: it repeats %2 times, and at most %3 rounds (or 0, until stopped) are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: step %2 sends the command &quot;%3&quot;, which is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the delay of step %2 (%3) must be from 0 to %4 ms, not %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the command of step %2 (%3) does not build: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the timeout of step %2 (%3) must be from 1 to %4 ms, not %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the reply that step %2 (%3) waits for cannot be matched: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the session is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped by the user at step %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): no matching reply within %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): the command reached no open connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sequence &quot;%1&quot; completed: %n round(s).</source>
        <translation>
            <numerusform>Sequence &quot;%1&quot; completed: %n round.</numerusform>
            <numerusform>Sequence &quot;%1&quot; completed: %n rounds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): the connection to %4 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): the session closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequencesPage</name>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new sequence of saved commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected sequence in the current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a command first: a sequence runs saved commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sequence to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
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
        <source>Where to listen: all interfaces, loopback only, or one address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free port</source>
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
    <message>
        <source>Not listening. Choose an address and a port, then Listen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot send to %1: this session sends only to its own connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message numerus="yes">
        <source>[%n peer(s)]</source>
        <translation>
            <numerusform>[%n peer]</numerusform>
            <numerusform>[%n peers]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New remote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new remote(s): %1</source>
        <translation>
            <numerusform>%n new remote: %1</numerusform>
            <numerusform>%n new remotes: %1</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>[%n remote(s)]</source>
        <translation>
            <numerusform>[%n remote]</numerusform>
            <numerusform>[%n remotes]</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote %1 removed from the list (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote(s) removed from the list (%1): %2</source>
        <translation>
            <numerusform>%n remote removed from the list (%1): %2</numerusform>
            <numerusform>%n remotes removed from the list (%1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything received back to whoever sent it, at once</source>
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
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the file %1: %2 in %3 s, SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled sending the file %1 after %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; cannot be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the sequence &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is being sent: wait for it to finish, or cancel it, before sending anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Periodic send started: every %1 ms, %n time(s).</source>
        <translation>
            <numerusform>Periodic send started: every %1 ms, %n time.</numerusform>
            <numerusform>Periodic send started: every %1 ms, %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Periodic send started: every %1 ms, until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: the payload is empty.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>forgotten</source>
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
</context>
<context>
    <name>TcpClientSession</name>
    <message>
        <source>Enter a host name or an IP address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be used to connect: enter a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected or connecting: disconnect first.</source>
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
</context>
<context>
    <name>TcpServerSession</name>
    <message>
        <source>Cannot accept new connections: %1. Trying again every half second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot accept new connections: too many open files (the limit is %1). Waiting peers are accepted as soon as connections close.</source>
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
</context>
<context>
    <name>UdpCliOptions</name>
    <message>
        <source>%1 is an option of UDP sockets: add --udp to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--multicast-interface needs an interface name or one of its addresses, as in lo or 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join IPv4 group %1 on the IPv6 socket that sends to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join IPv6 group %1 on the IPv4 socket that sends to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join IPv4 group %1 on a socket bound to the IPv6 address %2: leave out --bind, or bind to 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join IPv6 group %1 on a socket bound to the IPv4 address %2: leave out --bind, or bind to ::.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In --multicast-interface: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpErrors</name>
    <message>
        <source>Cannot send %1 bytes to %2: one UDP datagram over IPv4 carries at most %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send %1 bytes to %2: one UDP datagram over IPv6 carries at most %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: this socket is bound to an IPv6 address and reaches no IPv4 address. Bind to all interfaces (IPv4 + IPv6) or to an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: this socket is bound to an IPv4 address and reaches no IPv6 address. Bind to all interfaces (IPv4 + IPv6) or to an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: %2 datagrams (%3 bytes) already wait for the system to take them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: %2. A firewall may forbid it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to multicast group %1: no route leads there from the interface multicast datagrams leave from (%2). Choose another interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: no route leads there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1 from the address this socket is bound to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram to %1 is too large for the way there, whose packets carry at most %2 bytes (MTU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall refused the datagram to %1 (ICMP administratively prohibited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram to %1 expired on the way (ICMP time exceeded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening on %1 (ICMP port unreachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 cannot be reached (ICMP host unreachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route leads to %1 (ICMP network unreachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 does not take UDP (ICMP protocol unreachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram to %1 was not delivered: %2 (ICMP type %3, code %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram to %1 was not delivered: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s choice of interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: it is a broadcast address, and sending to broadcast addresses is off for this socket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpLookupQueue</name>
    <message>
        <source>Cannot send to %1: the socket is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send: no host given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1 port 0: choose a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: host not found (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpMulticast</name>
    <message>
        <source>Cannot join multicast group %1: the socket is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join IPv4 group %1 on a socket bound to an IPv6 address: bind to all interfaces (IPv4 + IPv6) or to an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join IPv6 group %1 on a socket bound to an IPv4 address: bind to all interfaces (IPv4 + IPv6) or to an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group %1 is already joined on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join multicast group %1: this socket has joined as many groups as the system allows (net.ipv4.igmp_max_memberships).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join multicast group %1: the system has no interface to join it on. Choose an interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join multicast group %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group %1 is not joined on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot leave multicast group %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multicast TTL is from 1 to 255, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: enter a multicast group such as 239.255.0.1 or ff12::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multicast address: IPv4 groups run from 224.0.0.0 to 239.255.255.255, and IPv6 groups begin with ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network interface named %1, nor one with that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send multicast datagrams from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the multicast TTL to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot turn multicast loopback on or off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpSession</name>
    <message>
        <source>A datagram sent earlier was not delivered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) not sent: the socket was closed first.</source>
        <translation>
            <numerusform>%n datagram not sent: the socket was closed first.</numerusform>
            <numerusform>%n datagrams not sent: the socket was closed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot turn broadcast on or off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot receive multicast group %1 on a socket bound to %2, which takes only what is sent to that address: close it and open it on all interfaces (or on the group&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of %1 remotes was full, and nothing came from or went to this one for longer than to the others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>Closed. Choose an address and a port, then Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the socket to the address and port, or close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to receive: all interfaces, loopback only, or one address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port to bind; 0 picks a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Send goes when no remote is selected: a host name, an IP address, a broadcast or multicast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UDP port Send goes to when no remote is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the socket to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n datagram(s) that arrived faster than they could be read (%1 in all).</source>
        <translation>
            <numerusform>The system dropped %n datagram that arrived faster than it could be read (%1 in all).</numerusform>
            <numerusform>The system dropped %n datagrams that arrived faster than they could be read (%1 in all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: the selected remotes are no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a remote host to send to, or select remotes in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: no remote is in the list yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>The settings file %1 could not be read; NetDebug starts with its defaults and will write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were written by a newer version of NetDebug: this one starts with its defaults, and leaves them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read (no version); NetDebug starts with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sessions could not be read; NetDebug starts with its default sessions.</source>
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
