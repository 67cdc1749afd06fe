<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressCombo</name>
    <message>
        <source>All interfaces (IPv4 + IPv6)</source>
        <translation>所有网络接口（IPv4 + IPv6）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Choose an address from the list or type one of this computer&apos;s addresses.</source>
        <translation>&quot;%1&quot; 不是 IP 地址。请从列表中选择，或输入本机的某个地址。</translation>
    </message>
</context>
<context>
    <name>AllowList</name>
    <message>
        <source>&quot;%1&quot; is not an IP address or subnet: write addresses such as 127.0.0.1 or ::1, or subnets such as 192.168.1.0/24 or fe80::/10.</source>
        <translation>&quot;%1&quot; 不是 IP 地址或子网：请填写 127.0.0.1 或 ::1 这样的地址，或 192.168.1.0/24 或 fe80::/10 这样的子网。</translation>
    </message>
</context>
<context>
    <name>BindFields</name>
    <message>
        <source>Address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
</context>
<context>
    <name>ChannelInfo</name>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>%1–%2</source>
        <comment>first seen, last seen</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>bytes in datagrams</comment>
        <translation>%1（%2 个）</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <comment>peer, local end</comment>
        <translation>%1（本地地址 %2）</translation>
    </message>
    <message>
        <source>First seen %1
Last seen %2</source>
        <translation>首次收发：%1
最后收发：%2</translation>
    </message>
    <message>
        <source>Bytes: %1; datagrams: %2</source>
        <translation>字节数：%1；数据报数：%2</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>字节数：%1</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>收发时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When the connection was made</source>
        <translation>建立连接的时间</translation>
    </message>
    <message>
        <source>When the first and the last datagram came or went</source>
        <translation>第一个和最后一个数据报的收发时间</translation>
    </message>
    <message>
        <source>Bytes received, in how many datagrams</source>
        <translation>接收的字节数和数据报个数</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>接收的字节数</translation>
    </message>
    <message>
        <source>Bytes sent, in how many datagrams</source>
        <translation>发送的字节数和数据报个数</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>发送的字节数</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>ChannelListView</name>
    <message>
        <source>Peers</source>
        <translation>客户端列表</translation>
    </message>
    <message>
        <source>Connected peers. With none selected, Send goes to all of them.</source>
        <translation>已连接的客户端。未选中任何客户端时，“发送”会发给全部客户端。</translation>
    </message>
    <message>
        <source>Disconnect peer</source>
        <translation>断开客户端</translation>
    </message>
    <message>
        <source>Close the connections of the selected peers</source>
        <translation>断开选中客户端的连接</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The connection to the server</source>
        <translation>与服务器的连接</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>远端列表</translation>
    </message>
    <message>
        <source>Addresses and ports that sent to this socket or were sent to. With none selected, Send goes to Remote host and Remote port.</source>
        <translation>与本套接字收发过数据的地址和端口。未选中任何远端时，“发送”会发往“远端主机”和“远端端口”。</translation>
    </message>
    <message>
        <source>Forget remote</source>
        <translation>移除远端</translation>
    </message>
    <message>
        <source>Remove the selected remotes from the list</source>
        <translation>从列表中移除选中的远端</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>已连接 %n 个客户端</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message numerus="yes">
        <source>%n remote(s)</source>
        <translation>
            <numerusform>%n 个远端</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checksum</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The checksum cannot skip a negative number of bytes (%1 at the start, %2 at the end).</source>
        <translation>校验值不能跳过负数个字节（开头 %1 个，结尾 %2 个）。</translation>
    </message>
    <message numerus="yes">
        <source>The checksum cannot skip the first %1 and the last %2 bytes: only %n byte(s) come before it.</source>
        <translation>
            <numerusform>校验值无法跳过开头 %1 个和结尾 %2 个字节：它前面只有 %n 个字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksumFields</name>
    <message>
        <source>Usual order</source>
        <translation>常规字节序</translation>
    </message>
    <message>
        <source>High byte first</source>
        <translation>高字节在前</translation>
    </message>
    <message>
        <source>Low byte first</source>
        <translation>低字节在前</translation>
    </message>
    <message>
        <source> B</source>
        <comment>bytes</comment>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Before line ending</source>
        <translation>放在行尾符之前</translation>
    </message>
    <message>
        <source>Put the check value between the payload and the line ending, computed over the payload only; otherwise it goes last and covers the line ending too</source>
        <translation>把校验值放在数据与行尾符之间，只对数据计算；否则放在最后，并把行尾符一并计入</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>字节序</translation>
    </message>
    <message>
        <source>Byte order of the check value on the wire; usually CRC-16/MODBUS goes low byte first and every other high byte first</source>
        <translation>校验值在线路上的字节顺序；通常 CRC-16/MODBUS 低字节在前，其余算法高字节在前</translation>
    </message>
    <message>
        <source>Skip first</source>
        <translation>跳过开头</translation>
    </message>
    <message>
        <source>Bytes at the start left out of the check, such as a header</source>
        <translation>开头不参与校验的字节数，例如帧头</translation>
    </message>
    <message>
        <source>Skip last</source>
        <translation>跳过末尾</translation>
    </message>
    <message>
        <source>Bytes at the end left out of the check</source>
        <translation>末尾不参与校验的字节数</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>A check value appended to every send</source>
        <translation>每次发送时附加在末尾的校验值</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given: use &quot;listen&quot; or &quot;send&quot; (see --help).</source>
        <translation>未指定命令：请使用 &quot;listen&quot; 或 &quot;send&quot;（参见 --help）。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: the command (listen or send) comes first.</source>
        <translation>未知选项 &quot;%1&quot;：命令（listen 或 send）必须放在最前面。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use &quot;listen&quot; or &quot;send&quot;.</source>
        <translation>未知命令 &quot;%1&quot;：请使用 &quot;listen&quot; 或 &quot;send&quot;。</translation>
    </message>
    <message>
        <source>listen needs a PORT, as in &quot;netdebug-cli listen 8080&quot;.</source>
        <translation>listen 需要指定 PORT，例如 &quot;netdebug-cli listen 8080&quot;。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: listen takes only a PORT.</source>
        <translation>多余的参数 &quot;%1&quot;：listen 只接受一个 PORT。</translation>
    </message>
    <message>
        <source>--bind needs an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation>--bind 需要 IPv4 或 IPv6 地址，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 0.001 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout 需要 0.001 到 %1 之间的秒数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Choose only one of --echo, --reply and --reply-hex.</source>
        <translation>--echo、--reply 和 --reply-hex 只能选择其一。</translation>
    </message>
    <message>
        <source>send needs a HOST and a PORT, as in &quot;netdebug-cli send 127.0.0.1 8080 hello&quot;.</source>
        <translation>send 需要指定 HOST 和 PORT，例如 &quot;netdebug-cli send 127.0.0.1 8080 hello&quot;。</translation>
    </message>
    <message>
        <source>send needs a PORT after the host &quot;%1&quot;.</source>
        <translation>send 需要在主机 &quot;%1&quot; 之后指定 PORT。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: put a TEXT with spaces in quotes.</source>
        <translation>多余的参数 &quot;%1&quot;：含空格的 TEXT 请用引号括起来。</translation>
    </message>
    <message>
        <source>send needs a host name or an IP address, not an empty one.</source>
        <translation>send 需要主机名或 IP 地址，不能为空。</translation>
    </message>
    <message>
        <source>--line-ending must be none, cr, lf or crlf, not &quot;%1&quot;.</source>
        <translation>--line-ending 只能是 none、cr、lf 或 crlf，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Give only one payload: a TEXT, --hex or --file.</source>
        <translation>只能指定一种发送内容：TEXT、--hex 或 --file。</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output 需要指定文件名。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use one of %2.</source>
        <translation>未知编码 &quot;%1&quot;：可用的编码有 %2。</translation>
    </message>
    <message>
        <source>netdebug-cli %1</source>
        <translation>netdebug-cli %1</translation>
    </message>
    <message>
        <source>In --reply-hex: %1</source>
        <translation>--reply-hex 参数有误：%1</translation>
    </message>
    <message>
        <source>In --reply: %1</source>
        <translation>--reply 参数有误：%1</translation>
    </message>
    <message>
        <source>In --hex: %1</source>
        <translation>--hex 参数有误：%1</translation>
    </message>
    <message>
        <source>In TEXT: %1</source>
        <translation>TEXT 参数有误：%1</translation>
    </message>
    <message>
        <source>In --bind: %1</source>
        <translation>--bind 参数有误：%1</translation>
    </message>
    <message>
        <source>--allow needs addresses or subnets, as in &quot;192.168.1.0/24,::1&quot;.</source>
        <translation>--allow 需要地址或子网，例如 &quot;192.168.1.0/24,::1&quot;。</translation>
    </message>
    <message>
        <source>In --allow: %1</source>
        <translation>--allow 参数有误：%1</translation>
    </message>
    <message>
        <source>--once waits for a TCP client to disconnect, and UDP has no connections: leave out --once (--timeout SEC ends a UDP listener).</source>
        <translation>--once 等待 TCP 客户端断开，而 UDP 没有连接：请去掉 --once（UDP 监听可用 --timeout SEC 结束）。</translation>
    </message>
    <message>
        <source>--max-clients limits TCP connections, and UDP has none: leave out --max-clients with --udp.</source>
        <translation>--max-clients 限制的是 TCP 连接数，而 UDP 没有连接：使用 --udp 时请去掉 --max-clients。</translation>
    </message>
    <message>
        <source>--allow admits TCP clients by address, which a UDP listener does not do: leave out --allow with --udp.</source>
        <translation>--allow 按地址放行 TCP 客户端，UDP 监听不会这样做：使用 --udp 时请去掉 --allow。</translation>
    </message>
    <message>
        <source>--bind %1 is a multicast group: to receive it, leave out --bind and add --join %1.</source>
        <translation>--bind %1 是组播组：要接收该组的数据，请去掉 --bind 并添加 --join %1。</translation>
    </message>
    <message>
        <source>--join needs a socket bound to all interfaces, which multicast datagrams reach: leave out --bind %1, or bind to 0.0.0.0 or ::.</source>
        <translation>--join 需要绑定到所有网络接口的套接字，组播数据报才能到达：请去掉 --bind %1，或绑定到 0.0.0.0 或 ::。</translation>
    </message>
    <message>
        <source>The reply of %1 bytes does not fit in a UDP datagram, which carries at most %2 bytes.</source>
        <translation>%1 字节的回复放不进一个 UDP 数据报，一个数据报最多承载 %2 字节。</translation>
    </message>
    <message>
        <source>The payload of %1 bytes does not fit in one UDP datagram: over IPv4 a datagram carries at most %2 bytes.</source>
        <translation>%1 字节的发送内容放不进一个 UDP 数据报：IPv4 下一个数据报最多承载 %2 字节。</translation>
    </message>
    <message>
        <source>The payload of %1 bytes does not fit in one UDP datagram: over IPv6 a datagram carries at most %2 bytes.</source>
        <translation>%1 字节的发送内容放不进一个 UDP 数据报：IPv6 下一个数据报最多承载 %2 字节。</translation>
    </message>
    <message>
        <source>%1 is a broadcast address: add --broadcast to send there.</source>
        <translation>%1 是广播地址：要向其发送，请添加 --broadcast。</translation>
    </message>
    <message>
        <source>--checksum is appended to the answer of --reply or --reply-hex: add one of them, or leave out the checksum options.</source>
        <translation>--checksum 附加在 --reply 或 --reply-hex 的应答之后：请添加其中之一，或去掉校验选项。</translation>
    </message>
    <message>
        <source>In --checksum-range: %1</source>
        <translation>--checksum-range 参数有误：%1</translation>
    </message>
    <message>
        <source>--run NAME sends a command or a sequence of a commands file: add --commands FILE.</source>
        <translation>--run NAME 发送命令集文件中的一条命令或一个序列：请添加 --commands FILE。</translation>
    </message>
    <message>
        <source>--commands FILE needs --run NAME, the command or the sequence of the file to send.</source>
        <translation>--commands FILE 需要配合 --run NAME，指定要发送该文件中的哪条命令或哪个序列。</translation>
    </message>
    <message>
        <source>--run sends a saved command or sequence: leave out the TEXT, --hex and --file.</source>
        <translation>--run 发送已保存的命令或序列：请去掉 TEXT、--hex 和 --file。</translation>
    </message>
    <message>
        <source>send --udp needs a payload: a TEXT (&quot;&quot; for an empty datagram), --hex, --file or --run.</source>
        <translation>send --udp 需要指定发送内容：TEXT（&quot;&quot; 表示空数据报）、--hex、--file 或 --run。</translation>
    </message>
    <message>
        <source>%1 sets how a --file goes out in UDP datagrams: add --udp, or leave out %1.</source>
        <translation>%1 设置 --file 以 UDP 数据报发送的方式：请添加 --udp，或去掉 %1。</translation>
    </message>
    <message>
        <source>%1 sets how a --file goes out in UDP datagrams: add --file PATH, or leave out %1.</source>
        <translation>%1 设置 --file 以 UDP 数据报发送的方式：请添加 --file PATH，或去掉 %1。</translation>
    </message>
    <message>
        <source>The checksum options apply to a TEXT or --hex; a --file is sent as it is.</source>
        <translation>校验选项只适用于 TEXT 或 --hex；--file 按原样发送。</translation>
    </message>
    <message>
        <source>--repeat and --interval apply to a TEXT, --hex or a saved command; a --file is sent once.</source>
        <translation>--repeat 和 --interval 只适用于 TEXT、--hex 或已保存的命令；--file 只发送一次。</translation>
    </message>
    <message>
        <source>%1 is part of each command of a --commands file: leave it out with --run.</source>
        <translation>%1 已包含在 --commands 文件的每条命令中：使用 --run 时请去掉它。</translation>
    </message>
    <message>
        <source>--repeat and --interval apply to a command; the sequence &quot;%1&quot; repeats as its file says.</source>
        <translation>--repeat 和 --interval 只适用于命令；序列 &quot;%1&quot; 按其文件中的设置重复。</translation>
    </message>
    <message>
        <source>--until-reply applies to a command; the steps of the sequence &quot;%1&quot; wait for their own replies.</source>
        <translation>--until-reply 只适用于命令；序列 &quot;%1&quot; 的各步骤会各自等待回复。</translation>
    </message>
    <message>
        <source>--checksum needs a payload to go after: a TEXT or --hex.</source>
        <translation>--checksum 需要附加在发送内容之后：请指定 TEXT 或 --hex。</translation>
    </message>
    <message>
        <source>--datagram-size %1 does not fit in a UDP datagram to %2, which carries at most %3 bytes.</source>
        <translation>--datagram-size %1 超出了发往 %2 的 UDP 数据报容量：一个数据报最多承载 %3 字节。</translation>
    </message>
</context>
<context>
    <name>ClientTab</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect to the server, or close the connection</source>
        <translation>连接到服务器，或断开当前连接</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Host name, IPv4 address or IPv6 address of the server</source>
        <translation>服务器的主机名、IPv4 地址或 IPv6 地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TCP port of the server, 1 to 65535</source>
        <translation>服务器的 TCP 端口，范围 1～65535</translation>
    </message>
    <message>
        <source>Enter a host name or an IP address to connect to.</source>
        <translation>请输入要连接的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connect to a server to send.</source>
        <translation>请先连接服务器再发送。</translation>
    </message>
    <message>
        <source>Connected to %1 from %2</source>
        <translation>已连接到 %1（本地地址 %2）</translation>
    </message>
    <message>
        <source>Disconnected from %1 (%2)</source>
        <translation>已与 %1 断开连接（%2）</translation>
    </message>
    <message>
        <source>Connection attempt cancelled.</source>
        <translation>已取消连接。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在解析 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>正在连接 %1 端口 %2…</translation>
    </message>
    <message>
        <source>Not connected. Enter a host and a port, then Connect.</source>
        <translation>未连接。请输入主机和端口，然后点击“连接”。</translation>
    </message>
    <message>
        <source>Not connected: connect to a server before sending.</source>
        <translation>未连接：请先连接服务器再发送。</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>The payload is hex bytes, such as 01 03 00 00</source>
        <translation>数据是十六进制字节，例如 01 03 00 00</translation>
    </message>
    <message>
        <source>Escapes</source>
        <translation>转义</translation>
    </message>
    <message>
        <source>In text, \r \n \t \0 \\ and \xHH stand for the bytes they name</source>
        <translation>文本中的 \r \n \t \0 \\ 和 \xHH 表示它们所代表的字节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What the command is called</source>
        <translation>命令的名称</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The text or hex bytes to send</source>
        <translation>要发送的文本或十六进制字节</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Text encoding of the payload</source>
        <translation>数据的文本编码</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>行尾</translation>
    </message>
    <message>
        <source>Bytes added after the payload</source>
        <translation>附加在数据之后的字节</translation>
    </message>
    <message>
        <source>Bytes to send</source>
        <translation>待发送字节</translation>
    </message>
    <message>
        <source>In hex, exactly what the command sends</source>
        <translation>以十六进制显示该命令实际发送的字节</translation>
    </message>
    <message>
        <source>Give the command a name.</source>
        <translation>请为命令命名。</translation>
    </message>
    <message>
        <source>Another command is called &quot;%1&quot; already.</source>
        <translation>已有名为“%1”的命令。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1（%n 字节）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandListModel</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>CommandSet</name>
    <message>
        <source>%1: %2</source>
        <comment>where in the command set: what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message>
        <source>Command %1 (&quot;%2&quot;)</source>
        <translation>命令 %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>序列 %1</translation>
    </message>
    <message>
        <source>Sequence %1 (&quot;%2&quot;)</source>
        <translation>序列 %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Sequence %1, step %2</source>
        <translation>序列 %1 第 %2 步</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step %2</source>
        <translation>序列 &quot;%1&quot; 第 %2 步</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this NetDebug knows.</source>
        <translation>&quot;%1&quot; 不是本版 NetDebug 认识的字段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; 必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; 必须是对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array.</source>
        <translation>&quot;%1&quot; 必须是数组。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation>&quot;%1&quot; 不能是 &quot;%2&quot;；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>缺少 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>它不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The name is already used by command %1.</source>
        <translation>该名称已被命令 %1 使用。</translation>
    </message>
    <message>
        <source>The checksum can skip from 0 to %1 bytes at the start and at the end.</source>
        <translation>校验值在开头和结尾各可跳过 0 到 %1 个字节。</translation>
    </message>
    <message>
        <source>The name is already used by sequence %1.</source>
        <translation>该名称已被序列 %1 使用。</translation>
    </message>
    <message>
        <source>It repeats %1 times; use from 1 to %2 times, or 0 to repeat until stopped.</source>
        <translation>重复次数为 %1：请使用 1 到 %2 次，或用 0 表示一直重复直到停止。</translation>
    </message>
    <message>
        <source>It has no steps.</source>
        <translation>它没有任何步骤。</translation>
    </message>
    <message>
        <source>There is no saved command named &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的已保存命令。</translation>
    </message>
    <message>
        <source>The delay of %1 ms is out of range; use from 0 to %2 ms.</source>
        <translation>延时 %1 毫秒超出范围：请使用 0 到 %2 毫秒。</translation>
    </message>
    <message>
        <source>The timeout of %1 ms is out of range; use from 1 to %2 ms.</source>
        <translation>超时 %1 毫秒超出范围：请使用 1 到 %2 毫秒。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at offset %2).</source>
        <translation>文件不是有效的 JSON：%1（位于偏移 %2）。</translation>
    </message>
    <message>
        <source>The file does not hold a JSON object; a command set is one object with &quot;format&quot;, &quot;version&quot;, &quot;commands&quot; and &quot;sequences&quot;.</source>
        <translation>文件内容不是一个 JSON 对象：命令集是一个包含 &quot;format&quot;、&quot;version&quot;、&quot;commands&quot; 和 &quot;sequences&quot; 的对象。</translation>
    </message>
    <message>
        <source>This is not a NetDebug command set: its &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>这不是 NetDebug 命令集：其 &quot;format&quot; 不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number; this NetDebug reads version %1.</source>
        <translation>&quot;version&quot; 必须是整数；本版 NetDebug 读取第 %1 版。</translation>
    </message>
    <message>
        <source>The file is version %1 of the command set format; this NetDebug reads version %2.</source>
        <translation>该文件使用第 %1 版命令集格式；本版 NetDebug 读取第 %2 版。</translation>
    </message>
</context>
<context>
    <name>CommandsPanel</name>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save the send pane&apos;s payload as a new command</source>
        <translation>把发送区的数据保存为新命令</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the selected command</source>
        <translation>修改所选命令</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected command</source>
        <translation>复制所选命令</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected command</source>
        <translation>删除所选命令</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected command up</source>
        <translation>把所选命令上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected command down</source>
        <translation>把所选命令下移</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add the commands and sequences of a file exported before</source>
        <translation>添加之前导出的文件中的命令和序列</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save every command and sequence to a file others can import</source>
        <translation>把所有命令和序列保存为他人可导入的文件</translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is a step of the sequence &quot;%2&quot;: remove the step first.</source>
        <translation>命令“%1”是序列“%2”中的一步：请先删除该步骤。</translation>
    </message>
    <message>
        <source>Import commands</source>
        <translation>导入命令</translation>
    </message>
    <message>
        <source>NetDebug commands (*.json)</source>
        <translation>NetDebug 命令 (*.json)</translation>
    </message>
    <message>
        <source>Export commands</source>
        <translation>导出命令</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Could not import %1: the file is larger than 16 MiB.</source>
        <translation>无法导入 %1：文件大于 16 MiB。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n command(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条命令。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file held %n sequence(s).</source>
        <translation>
            <numerusform>文件中包含 %n 个序列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n command(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条命令到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved commands could not be read, and are kept as they were: %1</source>
        <translation>无法读取已保存的命令，已原样保留：%1</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation>CR (\r)</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CR LF (\r\n)</source>
        <translation>CR LF (\r\n)</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <source>No encoding was chosen.</source>
        <translation>未选择编码。</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not available in this build of Qt.</source>
        <translation>当前 Qt 版本不支持编码 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>EventPrinter</name>
    <message>
        <source>Cannot write --output file &quot;%1&quot;: %2</source>
        <translation>无法写入 --output 文件 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>listening on %1 (all interfaces, IPv4 and IPv6)</source>
        <translation>正在监听 %1（所有网络接口，IPv4 和 IPv6）</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 已连接</translation>
    </message>
    <message>
        <source>connected to %1 from %2</source>
        <translation>已连接到 %1（本地地址 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 refused: %n client(s) already connected (--max-clients)</source>
        <translation>
            <numerusform>已拒绝 %1：已有 %n 个客户端连接（--max-clients）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n byte(s) to %1</source>
        <translation>
            <numerusform>已向 %1 发送 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed: %2</source>
        <translation>%1 连接已关闭：%2</translation>
    </message>
    <message>
        <source>%1 closed: %2 (%3)</source>
        <translation>%1 连接已关闭：%2（%3）</translation>
    </message>
    <message>
        <source>netdebug-cli: %1</source>
        <translation>netdebug-cli: %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <comment>peer, reason</comment>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message>
        <source>%1 refused: not in the --allow list</source>
        <translation>已拒绝 %1：不在 --allow 列表中</translation>
    </message>
    <message>
        <source>listening on %1 (UDP, all interfaces, IPv4 and IPv6)</source>
        <translation>正在监听 %1（UDP，所有网络接口，IPv4 和 IPv6）</translation>
    </message>
    <message>
        <source>listening on %1 (UDP)</source>
        <translation>正在监听 %1（UDP）</translation>
    </message>
    <message>
        <source>joined multicast group %1 on the system&apos;s choice of interface</source>
        <translation>已在系统选择的网络接口上加入组播组 %1</translation>
    </message>
    <message>
        <source>joined multicast group %1 on %2</source>
        <translation>已在 %2 上加入组播组 %1</translation>
    </message>
    <message numerus="yes">
        <source>received %n byte(s) from %1</source>
        <translation>
            <numerusform>从 %1 收到 %n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <source>sent file %1 to %2: %3 in %L4 ms, SHA-256 %5</source>
        <translation>已将文件 %1 发送到 %2：%3，用时 %L4 毫秒，SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>FileSendBar</name>
    <message>
        <source>Send file…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <source>Stream a file of any size to the same targets as Send, as fast as the connection takes it</source>
        <translation>把任意大小的文件发送给与“发送”相同的目标，速度取决于连接能接收多快</translation>
    </message>
    <message>
        <source> B</source>
        <comment>bytes</comment>
        <translation> 字节</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Datagram size</source>
        <translation>数据报大小</translation>
    </message>
    <message>
        <source>A file goes over UDP as datagrams of this many bytes</source>
        <translation>通过 UDP 发送文件时每个数据报的字节数</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Time between two datagrams of a file; 0 sends as fast as the socket takes them</source>
        <translation>文件两个数据报之间的等待时间；0 表示尽快发送</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>文件进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop sending the file now</source>
        <translation>立即停止发送文件</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4/s, %5 s left</source>
        <translation>%1：%2 / %3，%4/秒，剩余 %5 秒</translation>
    </message>
</context>
<context>
    <name>FileSender</name>
    <message>
        <source>Sending %1 failed: the session was closed after %L2 of %L3 bytes.</source>
        <translation>发送 %1 失败：已发送 %L2 / %L3 字节时会话被关闭。</translation>
    </message>
    <message>
        <source>Sending %1 failed after %L2 of %L3 bytes: %4</source>
        <translation>发送 %1 失败（已发送 %L2 / %L3 字节）：%4</translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation>请选择要发送的文件。</translation>
    </message>
    <message>
        <source>Cannot send %1: %2 is still being sent; cancel it first.</source>
        <translation>无法发送 %1：%2 仍在发送中，请先取消。</translation>
    </message>
    <message>
        <source>Cannot send %1: the session is not open.</source>
        <translation>无法发送 %1：会话未打开。</translation>
    </message>
    <message>
        <source>Cannot send %1 to %2: this session sends only to its own connections.</source>
        <translation>无法将 %1 发送到 %2：此会话只能发送到它自己的连接。</translation>
    </message>
    <message>
        <source>Cannot send %1: there is no remote to send it to.</source>
        <translation>无法发送 %1：没有可发送的远端。</translation>
    </message>
    <message>
        <source>Cannot send %1: there is no connection to send it to.</source>
        <translation>无法发送 %1：没有可发送的连接。</translation>
    </message>
    <message>
        <source>Cannot send %1: a datagram carries from 1 to %L2 bytes, not %L3.</source>
        <translation>无法发送 %1：一个数据报可携带 1 到 %L2 字节，而不是 %L3 字节。</translation>
    </message>
    <message>
        <source>Cannot send %1: the pause between datagrams cannot be negative.</source>
        <translation>无法发送 %1：数据报之间的间隔不能为负数。</translation>
    </message>
    <message>
        <source>Cannot send %1: there is no such file.</source>
        <translation>无法发送 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot send %1: it is a folder, not a file.</source>
        <translation>无法发送 %1：这是一个文件夹，而不是文件。</translation>
    </message>
    <message>
        <source>Cannot send %1: it is not a regular file.</source>
        <translation>无法发送 %1：这不是普通文件。</translation>
    </message>
    <message>
        <source>Cannot send %1: it cannot be read (%2).</source>
        <translation>无法发送 %1：无法读取该文件（%2）。</translation>
    </message>
    <message>
        <source>Sending %1 failed: reading it failed after %L2 of %L3 bytes (%4).</source>
        <translation>发送 %1 失败：已发送 %L2 / %L3 字节时读取文件出错（%4）。</translation>
    </message>
    <message>
        <source>Sending %1 failed: the file became shorter while it was sent, after %L2 of %L3 bytes.</source>
        <translation>发送 %1 失败：文件在发送过程中变短了，此时已发送 %L2 / %L3 字节。</translation>
    </message>
    <message>
        <source>Sending %1 failed: a piece reached nobody, after %L2 of %L3 bytes.</source>
        <translation>发送 %1 失败：已发送 %L2 / %L3 字节时，有一块数据没有送达任何目标。</translation>
    </message>
    <message>
        <source>Sending %1 failed: remote %2 was removed from the list after %L3 of %L4 bytes.</source>
        <translation>发送 %1 失败：已发送 %L3 / %L4 字节时远端 %2 被从列表中移除。</translation>
    </message>
    <message>
        <source>Sending %1 failed: the connection to %2 closed after %L3 of %L4 bytes.</source>
        <translation>发送 %1 失败：已发送 %L3 / %L4 字节时与 %2 的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>listen on this IPv4 or IPv6 address only (default: all interfaces)</source>
        <translation>只在此 IPv4 或 IPv6 地址上监听（默认：所有网络接口）</translation>
    </message>
    <message>
        <source>print received data as a hex dump, not as text</source>
        <translation>以十六进制而非文本显示接收的数据</translation>
    </message>
    <message>
        <source>stop after SEC seconds, with exit code 0</source>
        <translation>SEC 秒后停止，退出码为 0</translation>
    </message>
    <message>
        <source>send these bytes instead of a TEXT, as in &quot;48 69 0D 0A&quot; or 0x4869</source>
        <translation>发送这些字节而不是 TEXT，例如 &quot;48 69 0D 0A&quot; 或 0x4869</translation>
    </message>
    <message>
        <source>append none, cr, lf or crlf to the payload (default: none)</source>
        <translation>在发送内容末尾追加 none、cr、lf 或 crlf（默认：none）</translation>
    </message>
    <message>
        <source>exit as soon as a reply has arrived and everything was sent</source>
        <translation>全部发送完毕且收到回复后立即退出</translation>
    </message>
    <message>
        <source>Options of both commands:</source>
        <translation>两个命令共用的选项：</translation>
    </message>
    <message>
        <source>encoding of texts and of received data (default: %1; available: %2)</source>
        <translation>文本和接收数据的编码（默认：%1；可选：%2）</translation>
    </message>
    <message>
        <source>write every received byte to FILE, created readable by you only; received data is then not printed</source>
        <translation>将收到的全部字节写入 FILE（新建文件仅本人可读），此时不再显示接收的数据</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Received data goes to stdout; events and errors go to stderr.</source>
        <translation>接收的数据输出到 stdout，事件和错误输出到 stderr。</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>show what clients send to port 8080</source>
        <translation>显示客户端发到 8080 端口的数据</translation>
    </message>
    <message>
        <source>an echo server for four clients, for one minute</source>
        <translation>回显服务器，最多 4 个客户端，运行 1 分钟</translation>
    </message>
    <message>
        <source>show GBK text and answer each chunk in GBK</source>
        <translation>按 GBK 显示文本，并用 GBK 回复每段数据</translation>
    </message>
    <message>
        <source>hex dump, answering with two bytes</source>
        <translation>十六进制显示，并回复两个字节</translation>
    </message>
    <message>
        <source>save the bytes, log events as JSON</source>
        <translation>保存收到的字节，以 JSON 输出事件</translation>
    </message>
    <message>
        <source>send a text and print the replies for a second</source>
        <translation>发送文本，并显示 1 秒内收到的回复</translation>
    </message>
    <message>
        <source>an HTTP request, done at the first reply</source>
        <translation>发送 HTTP 请求，收到第一个回复即结束</translation>
    </message>
    <message>
        <source>a Modbus/TCP request given as hex</source>
        <translation>以十六进制发送 Modbus/TCP 请求</translation>
    </message>
    <message>
        <source>send a file, save the reply</source>
        <translation>发送文件，并保存回复</translation>
    </message>
    <message>
        <source>five lines, 200 ms apart, events as JSON</source>
        <translation>发送 5 行，间隔 200 毫秒，以 JSON 输出事件</translation>
    </message>
    <message>
        <source>send a text in GBK</source>
        <translation>以 GBK 编码发送文本</translation>
    </message>
    <message>
        <source>honor \r \n \t \0 \\ and \xHH in TEXT and --reply</source>
        <translation>在 TEXT 和 --reply 中解释 \r \n \t \0 \\ 和 \xHH</translation>
    </message>
    <message>
        <source>any free port on the loopback address, until the first client leaves</source>
        <translation>回环地址上的任意空闲端口，直到第一个客户端离开</translation>
    </message>
    <message>
        <source>serve only the local network 192.168.1.x and this computer over IPv6</source>
        <translation>只服务本地网络 192.168.1.x 和通过 IPv6 连接的本机</translation>
    </message>
    <message>
        <source>A TCP server that shows what its clients send, and a TCP client that sends a payload and shows the replies. With --udp, both use a UDP socket instead: datagrams, broadcast and multicast.</source>
        <translation>TCP 服务器：显示客户端发来的数据；TCP 客户端：发送数据并显示收到的回复。加上 --udp 后，两者都改用 UDP 套接字：收发数据报、广播和组播。</translation>
    </message>
    <message>
        <source>listen PORT: serve TCP clients on PORT, or with --udp receive datagrams there (0 picks a free port):</source>
        <translation>listen PORT：在 PORT 端口上接受 TCP 客户端，或加 --udp 在该端口接收数据报（0 表示自动选择空闲端口）：</translation>
    </message>
    <message>
        <source>send every received chunk or datagram back to its sender</source>
        <translation>把收到的每段数据或每个数据报原样发回给发送方</translation>
    </message>
    <message>
        <source>answer every received chunk or datagram with TEXT (an empty TEXT answers nothing)</source>
        <translation>每收到一段数据或一个数据报就回复 TEXT（TEXT 为空则不回复）</translation>
    </message>
    <message>
        <source>answer every received chunk or datagram with these bytes</source>
        <translation>每收到一段数据或一个数据报就回复这些字节</translation>
    </message>
    <message>
        <source>exit after the first client disconnects (TCP only)</source>
        <translation>第一个客户端断开后退出（仅限 TCP）</translation>
    </message>
    <message>
        <source>serve at most N clients at the same time; close any further one immediately (TCP only)</source>
        <translation>最多同时服务 N 个客户端；超出的连接立即关闭（仅限 TCP）</translation>
    </message>
    <message>
        <source>serve only clients from these addresses or subnets, separated by commas or spaces, as in &quot;127.0.0.1,192.168.1.0/24,::1&quot;; close any other immediately (TCP only)</source>
        <translation>只服务来自这些地址或子网的客户端（逗号或空格分隔，例如 &quot;127.0.0.1,192.168.1.0/24,::1&quot;）；其他连接立即关闭（仅限 TCP）</translation>
    </message>
    <message>
        <source>send HOST PORT [TEXT]: send TEXT over TCP, or with --udp as one datagram; print the replies:</source>
        <translation>send HOST PORT [TEXT]：通过 TCP 发送 TEXT，或加 --udp 作为一个数据报发送；并显示收到的回复：</translation>
    </message>
    <message>
        <source>UDP, for both commands:</source>
        <translation>两个命令共用的 UDP 选项：</translation>
    </message>
    <message>
        <source>join this IPv4 or IPv6 multicast group; may be repeated. Needs a socket bound to all interfaces, the default</source>
        <translation>加入此 IPv4 或 IPv6 组播组，可多次指定。套接字须绑定到所有网络接口（即默认设置）</translation>
    </message>
    <message>
        <source>the network interface, by name or by one of its addresses (lo, 127.0.0.1), to join groups on and to send multicast datagrams from (default: the system&apos;s choice)</source>
        <translation>加入组播组和发送组播数据报所用的网络接口，用接口名或其某个地址指定，如 lo、127.0.0.1（默认：由系统选择）</translation>
    </message>
    <message>
        <source>how many hops a multicast datagram may travel, from 1 to 255 (default: 1, the local network only)</source>
        <translation>组播数据报最多可经过的跳数，范围 1～255（默认：1，仅限本地网络）</translation>
    </message>
    <message>
        <source>allow sending to broadcast addresses (SO_BROADCAST, off by default so that nothing is broadcast by accident); receiving broadcasts needs no option</source>
        <translation>允许向广播地址发送（SO_BROADCAST；默认关闭，以免误发广播）；接收广播无需此选项</translation>
    </message>
    <message>
        <source>print every event as one JSON object per line on stdout, its keys in this order: time, peer, event, then the event&apos;s fields</source>
        <translation>在 stdout 上输出事件，每行一个 JSON 对象，键的顺序为：time、peer、event，然后是该事件的其他字段</translation>
    </message>
    <message>
        <source>Text shows a byte that does not decode in the encoding as \xHH, and a backslash of the data as \\, so that \xCA always stands for one byte: on stdout and in the &quot;text&quot; of JSON events alike. The hex dump, the &quot;hex&quot; of JSON events and the --output file are exact.</source>
        <translation>以文本显示时，无法按所选编码解码的字节显示为 \xHH，数据中的反斜杠显示为 \\，因此 \xCA 始终代表一个字节：stdout 和 JSON 事件的 &quot;text&quot; 都是如此。十六进制输出、JSON 事件的 &quot;hex&quot; 和 --output 文件则与原始数据完全一致。</translation>
    </message>
    <message>
        <source>With --udp every datagram is one event, never merged with another nor split, an empty one too; as text it is announced on stderr with its size and sender, and printed on a line of its own. --once, --max-clients and --allow are usage errors with --udp, and the UDP options are usage errors without it. send --udp needs a payload: &quot;&quot; sends an empty datagram.</source>
        <translation>使用 --udp 时，每个数据报（包括空数据报）都是一个事件，既不与其他数据报合并，也不会被拆分；以文本输出时，先在 stderr 上提示其大小和发送方，再单独占一行输出。--once、--max-clients 和 --allow 与 --udp 同时使用属于用法错误，不加 --udp 而使用 UDP 选项也属于用法错误。send --udp 必须指定发送内容：&quot;&quot; 表示发送空数据报。</translation>
    </message>
    <message>
        <source>a UDP echo server: every datagram goes back to its sender</source>
        <translation>UDP 回显服务器：每个数据报都原样发回给发送方</translation>
    </message>
    <message>
        <source>one datagram, done at the first datagram that comes back</source>
        <translation>发送一个数据报，收到第一个返回的数据报即结束</translation>
    </message>
    <message>
        <source>receive multicast group 239.255.0.42 on the loopback interface, events as JSON with each sender</source>
        <translation>在回环接口上接收组播组 239.255.0.42，以 JSON 输出事件（含每个发送方）</translation>
    </message>
    <message>
        <source>send one datagram to that group from the loopback interface</source>
        <translation>从回环接口向该组播组发送一个数据报</translation>
    </message>
    <message>
        <source>the same group over eth0, across up to three routers</source>
        <translation>经 eth0 发往同一组播组，最多经过三个路由器</translation>
    </message>
    <message>
        <source>a broadcast to the local network 192.168.1.x</source>
        <translation>向本地网络 192.168.1.x 发送广播</translation>
    </message>
    <message>
        <source>stream the raw bytes of this file, of any size, without holding it in memory; with --udp, in datagrams of --datagram-size bytes. A --line-ending follows the file, as a datagram of its own with --udp. Reported once, with its size and SHA-256</source>
        <translation>以流方式发送该文件的原始字节，大小不限，不会把文件整个读入内存；使用 --udp 时按 --datagram-size 字节一个数据报发送。--line-ending 跟在文件之后发送，使用 --udp 时单独作为一个数据报。发送完成后报告一次，附带大小和 SHA-256</translation>
    </message>
    <message>
        <source>with --udp --file: the bytes of each datagram, from 1 to what one datagram carries (default: that most, so that a file that fits goes as one datagram)</source>
        <translation>用于 --udp --file：每个数据报的字节数，从 1 到一个数据报的最大容量（默认：最大容量，因此放得下的文件作为一个数据报发送）</translation>
    </message>
    <message>
        <source>with --udp --file: wait MS milliseconds between datagrams (default: 0)</source>
        <translation>用于 --udp --file：数据报之间等待 MS 毫秒（默认：0）</translation>
    </message>
    <message>
        <source>a command set saved by the window, for --run (its format: docs/commands.md)</source>
        <translation>由窗口程序保存的命令集，供 --run 使用（格式见 docs/commands.md）</translation>
    </message>
    <message>
        <source>send the command NAME of the --commands file as a payload (--repeat applies), or run the sequence NAME step by step; a step whose reply does not come in time ends it with exit code 1, naming the step. When a command and a sequence share the name, write command:NAME or sequence:NAME</source>
        <translation>把 --commands 文件中名为 NAME 的命令作为发送内容发送（--repeat 有效），或逐步运行名为 NAME 的序列；某一步未在超时前收到回复时，以退出码 1 结束并指出是哪一步。命令与序列同名时，请写 command:NAME 或 sequence:NAME</translation>
    </message>
    <message>
        <source>read replies for MS milliseconds after the last send, the file or the sequence (default: 1000)</source>
        <translation>最后一次发送、文件或序列结束后继续接收回复 MS 毫秒（默认：1000）</translation>
    </message>
    <message>
        <source>send the payload N times, up to %L1, the first at once; 0 sends until interrupted (Ctrl+C), or with --until-reply until a reply arrives (default: 1)</source>
        <translation>发送 N 次，最多 %L1 次，第一次立即发送；0 表示一直发送直到被中断（Ctrl+C），与 --until-reply 同用时直到收到回复（默认：1）</translation>
    </message>
    <message>
        <source>send a repeat every MS milliseconds, from %1 to %L2 (default: 1000)</source>
        <translation>每隔 MS 毫秒重复发送一次，取值 %1 到 %L2（默认：1000）</translation>
    </message>
    <message>
        <source>use a UDP socket instead of TCP. listen binds PORT (and --bind ADDR) and shows every datagram with its sender. send sends the payload as one datagram each time (a --file in datagrams of --datagram-size bytes), all from one free port, and counts every datagram that arrives during the wait as a reply</source>
        <translation>改用 UDP 套接字而不是 TCP。listen 绑定 PORT（及 --bind ADDR），显示每个数据报及其发送方。send 每次把数据作为一个数据报发送（--file 按 --datagram-size 字节一个数据报发送），全部从同一个空闲端口发出，等待期间收到的每个数据报都算作回复</translation>
    </message>
    <message>
        <source>append a checksum to TEXT or --hex (send), or to --reply or --reply-hex (listen), after the line ending, with the same bytes as the window&apos;s send pane: %1 (default: none)</source>
        <translation>在 TEXT 或 --hex（send）、或 --reply 或 --reply-hex（listen）之后、行尾符之后附加校验值，字节与窗口程序发送面板生成的完全相同：%1（默认：none）</translation>
    </message>
    <message>
        <source>leave this many bytes at the start and at the end out of the checksum, as in 1:0 for a frame whose first byte is a header (default: 0:0)</source>
        <translation>校验时跳过开头和结尾的若干字节，例如首字节为帧头的帧使用 1:0（默认：0:0）</translation>
    </message>
    <message>
        <source>be puts the high byte of a checksum first, le the low byte (default: the checksum&apos;s own convention, low byte first for crc16-modbus, high byte first for the others)</source>
        <translation>be 表示校验值高字节在前，le 表示低字节在前（默认：按该算法的惯例，crc16-modbus 低字节在前，其余高字节在前）</translation>
    </message>
    <message>
        <source>When HOST is an address, a TEXT, --hex or saved command larger than one datagram carries (65,507 bytes over IPv4, 65,527 over IPv6) and a broadcast address without --broadcast are refused before anything is sent, with exit code 2; for a host name they fail when it is sent to, with exit code 1. An ICMP error that arrives during the wait, such as port unreachable, ends send with exit code 1.</source>
        <translation>HOST 为地址时，超出一个数据报容量（IPv4 为 65,507 字节，IPv6 为 65,527 字节）的 TEXT、--hex 或已保存命令，以及未加 --broadcast 的广播地址，会在发送前被拒绝，退出码为 2；HOST 为主机名时，这些情况在发送时才会失败，退出码为 1。等待期间收到 ICMP 错误（如端口不可达）时，send 以退出码 1 结束。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 network failure or a sequence that stopped short, 2 usage error or bad input.</source>
        <translation>退出码：0 成功，1 网络故障或序列中途停止，2 用法错误或输入有误。</translation>
    </message>
    <message>
        <source>a Modbus RTU request with its CRC: 01 03 00 00 00 01 84 0A</source>
        <translation>带 CRC 的 Modbus RTU 请求：01 03 00 00 00 01 84 0A</translation>
    </message>
    <message>
        <source>a sum over all but the header byte AA</source>
        <translation>对除帧头字节 AA 以外的字节求和</translation>
    </message>
    <message>
        <source>a CRC-32, low byte first</source>
        <translation>CRC-32，低字节在前</translation>
    </message>
    <message>
        <source>run the sequence Login of a command set saved by the window</source>
        <translation>运行窗口程序保存的命令集中的序列 Login</translation>
    </message>
    <message>
        <source>a file in datagrams of 512 bytes, 2 ms apart</source>
        <translation>以 512 字节的数据报发送文件，间隔 2 毫秒</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <source>stopping: the --timeout of %1 ms has passed</source>
        <translation>正在停止：已到达 --timeout 设定的 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>LogDetailsView</name>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>The selected entry&apos;s payload as hex; Ctrl+C copies it</source>
        <translation>选中记录的数据（十六进制）；按 Ctrl+C 复制</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The selected entry&apos;s payload as text in the log&apos;s encoding</source>
        <translation>选中记录的数据，按日志的显示编码显示为文本</translation>
    </message>
    <message>
        <source>Select a log entry to see all of it here.</source>
        <translation>选中一条日志记录，即可在此查看其完整内容。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message numerus="yes">
        <source>RX %1 (%n byte(s))</source>
        <translation>
            <numerusform>RX %1（%n 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TX %1 (%n byte(s))</source>
        <translation>
            <numerusform>TX %1（%n 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (truncated; the log keeps only the first %n byte(s))</source>
        <translation>
            <numerusform> …（已截断，日志只保留了前 %n 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (%n more byte(s) not kept in the log)</source>
        <translation>
            <numerusform> …（另有 %n 字节未保留在日志中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (%n more byte(s))</source>
        <translation>
            <numerusform> …（还有 %n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source> … (truncated; save the log to see all of it)</source>
        <translation> …（已截断，保存日志可查看完整内容）</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n read(s)</source>
        <translation>
            <numerusform>由 %n 次读取合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Display resumed: %n read(s) arrived while paused and were counted but not shown (bytes: %1).</source>
        <translation>
            <numerusform>已继续显示：暂停期间收到 %n 次数据，已计数但未显示（字节数：%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received from %1: %n byte(s)</source>
        <translation>
            <numerusform>接收自 %1：%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n byte(s)</source>
        <translation>
            <numerusform>发送至 %1：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>time, peer</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>(the log keeps only the first %n byte(s))</source>
        <translation>
            <numerusform>（日志只保留了前 %n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>time, what</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Hex display</source>
        <translation>十六进制显示</translation>
    </message>
    <message>
        <source>Show received and sent data as hex bytes</source>
        <translation>以十六进制字节显示接收和发送的数据</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Show when each event happened</source>
        <translation>显示每条记录的发生时间</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自动滚屏</translation>
    </message>
    <message>
        <source>Follow new entries; scrolling up holds the view until you scroll back to the end</source>
        <translation>自动跟随最新记录；向上滚动时保持当前位置，滚回底部后恢复跟随</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停显示</translation>
    </message>
    <message>
        <source>Stop showing data while still counting it; events are still logged</source>
        <translation>暂停显示数据，但仍然计数；事件照常记录</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>清除日志中的全部记录</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Write the whole log to a text file</source>
        <translation>将完整日志保存为文本文件</translation>
    </message>
    <message>
        <source>Reset counters</source>
        <translation>计数清零</translation>
    </message>
    <message>
        <source>Set the RX and TX counters to zero</source>
        <translation>将 RX 和 TX 计数清零</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续显示</translation>
    </message>
    <message>
        <source>RX %1 · TX %2</source>
        <translation>RX %1 · TX %2</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>文本文件 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Bytes received: %1
Bytes sent: %2</source>
        <translation>已接收字节：%1
已发送字节：%2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show the whole of the selected entry, as hex and as text, below the log</source>
        <translation>在日志下方以十六进制和文本显示选中记录的完整内容</translation>
    </message>
    <message>
        <source>Same as sending</source>
        <translation>与发送相同</translation>
    </message>
    <message>
        <source>Display encoding</source>
        <translation>显示编码</translation>
    </message>
    <message>
        <source>Encoding for showing received and sent text; by default the one chosen for sending</source>
        <translation>显示接收和发送文本所用的编码；默认与发送编码相同</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NetDebug</source>
        <translation>NetDebug 网络调试助手</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>保存日志(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About NetDebug</source>
        <translation>关于 NetDebug(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About NetDebug</source>
        <translation>关于 NetDebug</translation>
    </message>
    <message>
        <source>No session is open. Use File ▸ New TCP Server, New TCP Client or New UDP Session.</source>
        <translation>没有打开的会话。请使用“文件 ▸ 新建 TCP 服务器”、“新建 TCP 客户端”或“新建 UDP 会话”。</translation>
    </message>
    <message>
        <source>New TCP &amp;Client</source>
        <translation>新建 TCP 客户端(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;UDP Session</source>
        <translation>新建 UDP 会话(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rename Session…</source>
        <translation>重命名会话(&amp;R)…</translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation>关闭会话</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>会话(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open / Close</source>
        <translation>打开 / 关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Listen or stop, connect or disconnect, open or close the current session</source>
        <translation>开始或停止监听、连接或断开、打开或关闭当前会话</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>标签页 %1</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <source>Open a new TCP server, TCP client or UDP session</source>
        <translation>新建 TCP 服务器、TCP 客户端或 UDP 会话</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>session kind, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Close &quot;%1&quot;? Its %n open connection(s) will be closed.</source>
        <translation>
            <numerusform>关闭 &quot;%1&quot;？它的 %n 个连接将被断开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation>重命名会话</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>session name: status</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NetDebug %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A network debugging assistant: TCP servers, TCP clients and UDP sockets, for sending exact bytes as text or hex and reading what comes back in UTF-8, GBK and other encodings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NetDebug %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;网络调试助手：支持 TCP 服务器、TCP 客户端和 UDP 套接字，可以文本或十六进制形式精确发送字节，并以 UTF-8、GBK 等编码查看收到的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New &amp;TCP Server</source>
        <translation>新建 TCP 服务器(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>命令(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Commands Panel</source>
        <translation>显示命令面板(&amp;C)</translation>
    </message>
    <message>
        <source>Send Command %1</source>
        <translation>发送命令 %1</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Show or hide the saved commands and sequences (Ctrl+1…9 send the first nine)</source>
        <translation>显示或隐藏已保存的命令和序列（Ctrl+1…9 发送前九条）</translation>
    </message>
</context>
<context>
    <name>MulticastPanel</name>
    <message>
        <source>Loopback</source>
        <translation>回环</translation>
    </message>
    <message>
        <source>Let this computer&apos;s own sockets receive the multicast datagrams sent from here</source>
        <translation>让本机自己的套接字也能收到从这里发出的组播数据报</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Receive what is sent to this group</source>
        <translation>接收发往此组播组的数据</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Stop receiving what is sent to this group</source>
        <translation>不再接收发往此组播组的数据</translation>
    </message>
    <message>
        <source>Joined groups</source>
        <translation>已加入的组播组</translation>
    </message>
    <message>
        <source>The multicast groups this socket has joined, and on which interface; choose one to leave it</source>
        <translation>本套接字已加入的组播组及所在的网络接口；选中一项后可退出该组</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>组播组</translation>
    </message>
    <message>
        <source>An IPv4 group (224.0.0.0 to 239.255.255.255) or an IPv6 group (ff00::/8)</source>
        <translation>IPv4 组播组（224.0.0.0～239.255.255.255）或 IPv6 组播组（ff00::/8）</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>The network interface to join on and to send multicast from</source>
        <translation>加入组播组和发送组播数据所用的网络接口</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>Show or hide the multicast groups and options</source>
        <translation>显示或隐藏组播组及选项</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface (addresses)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>group on interface</comment>
        <translation>%1（接口 %2）</translation>
    </message>
    <message>
        <source>Joined multicast group %1 on %2</source>
        <translation>已在 %2 上加入组播组 %1</translation>
    </message>
    <message>
        <source>Left multicast group %1 on %2</source>
        <translation>已在 %2 上退出组播组 %1</translation>
    </message>
    <message>
        <source>How many hops a multicast datagram sent from here may travel; 1 keeps it on this network</source>
        <translation>从这里发出的组播数据报最多可经过的跳数；1 表示只在本网络内</translation>
    </message>
    <message>
        <source>the system&apos;s choice of interface</source>
        <translation>系统选择的网络接口</translation>
    </message>
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是 &quot;%4&quot;。</translation>
    </message>
</context>
<context>
    <name>PayloadCliOptions</name>
    <message>
        <source>%1 says how to compute a --checksum: add --checksum NAME.</source>
        <translation>%1 用于指定 --checksum 的计算方式：请添加 --checksum NAME。</translation>
    </message>
    <message>
        <source>Unknown checksum &quot;%1&quot;: use one of %2.</source>
        <translation>未知的校验算法 &quot;%1&quot;：请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--checksum-range needs SKIP_HEAD:SKIP_TAIL, the bytes at the start and at the end that the checksum leaves out, each from 0 to %1, as in 1:0; not &quot;%2&quot;.</source>
        <translation>--checksum-range 需要 SKIP_HEAD:SKIP_TAIL 形式，即校验时跳过的开头和结尾字节数，各为 0 到 %1，例如 1:0；而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>--checksum-order must be be (high byte first), le (low byte first) or conventional (the checksum&apos;s own order), not &quot;%1&quot;.</source>
        <translation>--checksum-order 只能是 be（高字节在前）、le（低字节在前）或 conventional（算法自身的顺序），而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: no such file.</source>
        <translation>无法读取 --file &quot;%1&quot;：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: it is a directory.</source>
        <translation>无法读取 --file &quot;%1&quot;：这是一个目录。</translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: it is not a regular file, and a device or a pipe may never end.</source>
        <translation>无法读取 --file &quot;%1&quot;：它不是普通文件，设备或管道可能永远不会结束。</translation>
    </message>
    <message>
        <source>Cannot read --file &quot;%1&quot;: %2</source>
        <translation>无法读取 --file &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: no such file.</source>
        <translation>无法读取 --commands &quot;%1&quot;：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: it is a directory.</source>
        <translation>无法读取 --commands &quot;%1&quot;：这是一个目录。</translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: %2</source>
        <translation>无法读取 --commands &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>Cannot read --commands &quot;%1&quot;: it is larger than %2 MiB, far more than a command set holds.</source>
        <translation>无法读取 --commands &quot;%1&quot;：文件大于 %2 MiB，远超命令集应有的大小。</translation>
    </message>
    <message>
        <source>In --commands &quot;%1&quot;: %2</source>
        <translation>--commands &quot;%1&quot; 有误：%2</translation>
    </message>
    <message>
        <source>--run &quot;%1&quot; is ambiguous: %2 has a command and a sequence of that name. Use --run &quot;command:%1&quot; or --run &quot;sequence:%1&quot;.</source>
        <translation>--run &quot;%1&quot; 有歧义：%2 中有同名的命令和序列。请使用 --run &quot;command:%1&quot; 或 --run &quot;sequence:%1&quot;。</translation>
    </message>
    <message>
        <source>--run &quot;%1&quot;: %2 has no command or sequence of that name. Its commands: %3. Its sequences: %4.</source>
        <translation>--run &quot;%1&quot;：%2 中没有这个名称的命令或序列。其中的命令：%3。其中的序列：%4。</translation>
    </message>
    <message>
        <source>In --commands &quot;%1&quot;: the command &quot;%2&quot; does not build: %3</source>
        <translation>--commands &quot;%1&quot; 有误：无法生成命令 &quot;%2&quot; 的字节：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PayloadCodec</name>
    <message>
        <source>Invalid hex character %1 at position %2.</source>
        <translation>位置 %2 处的字符 %1 不是有效的十六进制字符。</translation>
    </message>
    <message>
        <source>&quot;0x&quot; at position %1 has no hex digits after it.</source>
        <translation>位置 %1 处的 &quot;0x&quot; 后面缺少十六进制数字。</translation>
    </message>
    <message>
        <source>The hex number at position %1 has an odd number of digits (%2); write each byte as two digits.</source>
        <translation>位置 %1 处的十六进制数有奇数位（%2 位）；每个字节请写成两位。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be written in %3.</source>
        <translation>位置 %2 处的字符 %1 无法用 %3 编码表示。</translation>
    </message>
    <message>
        <source>A lone backslash at position %1 ends the text; write \\ for a backslash.</source>
        <translation>位置 %1 处的文本以单个反斜杠结尾；反斜杠本身请写成 \\。</translation>
    </message>
    <message>
        <source>The escape \x at position %1 needs two hex digits, as in \x0D.</source>
        <translation>位置 %1 处的转义 \x 后面需要两位十六进制数字，例如 \x0D。</translation>
    </message>
    <message>
        <source>Unknown escape \%1 at position %2; use \r \n \t \0 \\ or \xHH.</source>
        <translation>位置 %2 处的转义字符 \%1 无法识别；请使用 \r \n \t \0 \\ 或 \xHH。</translation>
    </message>
</context>
<context>
    <name>PeriodicSender</name>
    <message>
        <source>Periodic send did not start: the interval must be from %1 to %2 ms, not %3.</source>
        <translation>定时发送未启动：间隔必须在 %1 到 %2 毫秒之间，而不是 %3。</translation>
    </message>
    <message>
        <source>Periodic send did not start: the number of sends cannot be negative (%1).</source>
        <translation>定时发送未启动：发送次数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>Periodic send did not start: there is no payload to send.</source>
        <translation>定时发送未启动：没有要发送的内容。</translation>
    </message>
    <message>
        <source>Periodic send did not start: the session is not open.</source>
        <translation>定时发送未启动：会话未打开。</translation>
    </message>
    <message>
        <source>Periodic send did not start: nothing was chosen to send to.</source>
        <translation>定时发送未启动：没有选择发送目标。</translation>
    </message>
    <message>
        <source>Periodic send did not start: one of the chosen connections or remotes is no longer open.</source>
        <translation>定时发送未启动：所选的某个连接或远端已不再打开。</translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped as asked after %n send(s).</source>
        <translation>
            <numerusform>定时发送已按要求停止，共发送 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the payload is not valid. %1</source>
        <translation>
            <numerusform>定时发送在发送 %n 次后停止：发送内容无效。%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): there is nothing to send to.</source>
        <translation>
            <numerusform>定时发送在发送 %n 次后停止：没有可发送的目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the last send reached nobody.</source>
        <translation>
            <numerusform>定时发送在发送 %n 次后停止：最后一次发送没有送达任何目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send completed after %n send(s).</source>
        <translation>
            <numerusform>定时发送已完成，共发送 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the session was closed.</source>
        <translation>
            <numerusform>定时发送在发送 %n 次后停止：会话已关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): remote %1 was removed from the list.</source>
        <translation>
            <numerusform>定时发送在发送 %n 次后停止：远端 %1 已从列表中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s): the connection to %1 closed.</source>
        <translation>
            <numerusform>定时发送在发送 %n 次后停止：与 %1 的连接已关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Periodic send stopped after %n send(s) because a send failed: %1</source>
        <translation>
            <numerusform>定时发送在发送 %n 次后因发送失败而停止：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatFields</name>
    <message>
        <source>Repeat</source>
        <translation>定时发送</translation>
    </message>
    <message>
        <source>Send the payload again and again on a fixed schedule; Send starts the series</source>
        <translation>按固定周期反复发送数据；点击“发送”开始</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Time from the start of one send to the start of the next, 1 ms to 24 h; send n leaves at start + n × interval</source>
        <translation>相邻两次发送开始之间的时间，1 毫秒到 24 小时；第 n 次发送在开始时刻 + n × 间隔发出</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>How many sends in the series; 0 sends until stopped</source>
        <translation>这一轮发送的次数；0 表示直到停止</translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation>已发送 %1 / %2</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>已发送 %1</translation>
    </message>
</context>
<context>
    <name>ReplyMatcher</name>
    <message>
        <source>Any reply</source>
        <translation>任意回复</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation>十六进制模式</translation>
    </message>
    <message>
        <source>The pattern is empty; write the reply to wait for.</source>
        <translation>模式为空：请填写要等待的回复。</translation>
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2.</source>
        <translation>正则表达式在位置 %1 处无效：%2。</translation>
    </message>
    <message>
        <source>The character at position %1 of the hex pattern is not a hex digit, ? or a space.</source>
        <translation>十六进制模式中位置 %1 处的字符不是十六进制数字、? 或空格。</translation>
    </message>
    <message>
        <source>The hex pattern at position %1 has an odd number of digits; write each byte as two digits, or ?? for any byte.</source>
        <translation>十六进制模式在位置 %1 处的数字个数为奇数：每个字节请写成两位数字，或用 ?? 表示任意字节。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 of the hex pattern is half a wildcard; write ?? for any byte, or two hex digits.</source>
        <translation>十六进制模式中位置 %2 处的 &quot;%1&quot; 只有一半是通配符：请用 ?? 表示任意字节，或写两位十六进制数字。</translation>
    </message>
    <message>
        <source>The hex pattern has no bytes; write the reply to wait for.</source>
        <translation>十六进制模式中没有字节：请填写要等待的回复。</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>No reply from %1 within %2 ms.</source>
        <translation>%1 在 %2 毫秒内没有回复。</translation>
    </message>
    <message>
        <source>The connection to %1 ended: %2.</source>
        <translation>与 %1 的连接已断开：%2。</translation>
    </message>
    <message>
        <source>The connection to %1 ended: %2 (%3).</source>
        <translation>与 %1 的连接已断开：%2（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 closed the connection before the payload was sent %n time(s).</source>
        <translation>
            <numerusform>%1 在数据发送完 %n 次之前关闭了连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without replying.</source>
        <translation>%1 未回复就关闭了连接。</translation>
    </message>
    <message numerus="yes">
        <source>%1 closed the connection after the payload was sent %n time(s).</source>
        <translation>
            <numerusform>%1 在数据发送了 %n 次之后关闭了连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection before anything was sent.</source>
        <translation>%1 在发送任何内容之前就关闭了连接。</translation>
    </message>
</context>
<context>
    <name>SendPane</name>
    <message>
        <source>Payload</source>
        <translation>发送内容</translation>
    </message>
    <message>
        <source>Type the text or hex bytes to send; Ctrl+Enter sends.</source>
        <translation>输入要发送的文本或十六进制字节，按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Type the payload as hex bytes, such as 48 65 6C 6C 6F; switching converts what is written</source>
        <translation>以十六进制字节输入发送内容，如 48 65 6C 6C 6F；切换时会转换已输入的内容</translation>
    </message>
    <message>
        <source>Escapes</source>
        <translation>转义字符</translation>
    </message>
    <message>
        <source>In text, \r \n \t \0 \\ and \xHH stand for the bytes they name</source>
        <translation>文本中的 \r \n \t \0 \\ 和 \xHH 按其代表的字节发送</translation>
    </message>
    <message>
        <source>Recent payloads</source>
        <translation>最近发送的内容</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the payload (Ctrl+Enter)</source>
        <translation>发送内容（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>发送给全部</translation>
    </message>
    <message>
        <source>Send the payload to every connected peer</source>
        <translation>将内容发送给所有已连接的客户端</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>Bytes added after the payload on every send</source>
        <translation>每次发送时追加在内容末尾的字节</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Payloads sent recently; choose one to load it</source>
        <translation>最近发送的内容，选择一项即可载入</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot switch to hex: %1</source>
        <translation>无法切换到十六进制：%1</translation>
    </message>
    <message>
        <source>Cannot switch to text: %1</source>
        <translation>无法切换到文本：%1</translation>
    </message>
    <message>
        <source>Nothing to send: the payload is empty.</source>
        <translation>无法发送：发送内容为空。</translation>
    </message>
    <message>
        <source>Text encoding for sending, and for showing text unless the log&apos;s Display encoding says otherwise</source>
        <translation>发送文本所用的编码；日志的“显示编码”未另行指定时，也用于显示文本</translation>
    </message>
    <message>
        <source>Bytes to send</source>
        <translation>待发送字节</translation>
    </message>
    <message>
        <source>In hex, exactly what the next Send sends: the payload after escapes and encoding, the line ending and the checksum</source>
        <translation>以十六进制显示下一次“发送”实际发出的字节：经过转义和编码的数据、行尾符和校验值</translation>
    </message>
    <message>
        <source>Clear after send</source>
        <translation>发送后清空</translation>
    </message>
    <message>
        <source>Empty the editor after each send that went out</source>
        <translation>每次发送成功后清空编辑框</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Stop the periodic send</source>
        <translation>停止定时发送</translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Delay before</source>
        <translation>发送前延时</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Add a step at the end</source>
        <translation>在末尾添加一个步骤</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>删除所选步骤</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>把所选步骤上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>把所选步骤下移</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What the sequence is called</source>
        <translation>序列的名称</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>How many times the whole sequence runs; 0 runs it until stopped</source>
        <translation>整个序列运行的次数；0 表示直到停止</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>不等待回复</translation>
    </message>
    <message>
        <source>Give the sequence a name.</source>
        <translation>请为序列命名。</translation>
    </message>
    <message>
        <source>Another sequence is called &quot;%1&quot; already.</source>
        <translation>已有名为“%1”的序列。</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>请至少添加一个步骤。</translation>
    </message>
</context>
<context>
    <name>SequenceRunner</name>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: sequence &quot;%2&quot; is still running.</source>
        <translation>序列 &quot;%1&quot; 无法启动：序列 &quot;%2&quot; 仍在运行。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: it has no steps.</source>
        <translation>序列 &quot;%1&quot; 无法启动：它没有任何步骤。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: it repeats %2 times, and at most %3 rounds (or 0, until stopped) are possible.</source>
        <translation>序列 &quot;%1&quot; 无法启动：它重复 %2 次，而最多只能重复 %3 轮（或用 0 表示一直重复直到停止）。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: step %2 sends the command &quot;%3&quot;, which is not saved.</source>
        <translation>序列 &quot;%1&quot; 无法启动：第 %2 步发送的命令 &quot;%3&quot; 不存在。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the delay of step %2 (%3) must be from 0 to %4 ms, not %5 ms.</source>
        <translation>序列 &quot;%1&quot; 无法启动：第 %2 步（%3）的延时必须在 0 到 %4 毫秒之间，而不是 %5 毫秒。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the command of step %2 (%3) does not build: %4</source>
        <translation>序列 &quot;%1&quot; 无法启动：无法生成第 %2 步（%3）的命令字节：%4</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the timeout of step %2 (%3) must be from 1 to %4 ms, not %5 ms.</source>
        <translation>序列 &quot;%1&quot; 无法启动：第 %2 步（%3）的超时必须在 1 到 %4 毫秒之间，而不是 %5 毫秒。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the reply that step %2 (%3) waits for cannot be matched: %4</source>
        <translation>序列 &quot;%1&quot; 无法启动：第 %2 步（%3）等待的回复无法匹配：%4</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; cannot start: the session is not open.</source>
        <translation>序列 &quot;%1&quot; 无法启动：会话未打开。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped by the user at step %2 (%3).</source>
        <translation>序列 &quot;%1&quot; 在第 %2 步（%3）被用户停止。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): no matching reply within %4 ms.</source>
        <translation>序列 &quot;%1&quot; 在第 %2 步（%3）停止：%4 毫秒内没有收到匹配的回复。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): %4</source>
        <translation>序列 &quot;%1&quot; 在第 %2 步（%3）停止：%4</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): the command reached no open connection.</source>
        <translation>序列 &quot;%1&quot; 在第 %2 步（%3）停止：命令没有发送到任何已打开的连接。</translation>
    </message>
    <message numerus="yes">
        <source>Sequence &quot;%1&quot; completed: %n round(s).</source>
        <translation>
            <numerusform>序列 &quot;%1&quot; 已完成：共 %n 轮。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): the connection to %4 closed.</source>
        <translation>序列 &quot;%1&quot; 在第 %2 步（%3）停止：与 %4 的连接已关闭。</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; stopped at step %2 (%3): the session closed.</source>
        <translation>序列 &quot;%1&quot; 在第 %2 步（%3）停止：会话已关闭。</translation>
    </message>
</context>
<context>
    <name>SequencesPage</name>
    <message>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Delay before</source>
        <translation>发送前延时</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Make a new sequence of saved commands</source>
        <translation>用已保存的命令新建一个序列</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the selected sequence</source>
        <translation>修改所选序列</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected sequence</source>
        <translation>删除所选序列</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the selected sequence in the current session</source>
        <translation>在当前会话中运行所选序列</translation>
    </message>
    <message>
        <source>Save a command first: a sequence runs saved commands.</source>
        <translation>请先保存命令：序列运行的是已保存的命令。</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>序列 %1</translation>
    </message>
    <message>
        <source>Choose a sequence to run.</source>
        <translation>请选择要运行的序列。</translation>
    </message>
    <message>
        <source>%1 %2, %3 ms</source>
        <translation>%1 %2，%3 毫秒</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>不等待回复</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>ServerOptionsDialog</name>
    <message>
        <source>Server Options</source>
        <translation>服务器选项</translation>
    </message>
    <message>
        <source>System limit (%1)</source>
        <translation>系统上限（%1）</translation>
    </message>
    <message>
        <source>Everyone; or e.g. 192.168.1.0/24, ::1</source>
        <translation>所有人；或例如 192.168.1.0/24, ::1</translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation>最大连接数</translation>
    </message>
    <message>
        <source>Peers beyond this many are closed as soon as they connect; 0 means no limit beyond what the system allows</source>
        <translation>超出此数量的对端一连接就会被关闭；0 表示除系统允许的上限外不作限制</translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation>监听队列长度</translation>
    </message>
    <message>
        <source>How many connections the system queues before they are accepted; takes effect at the next Listen</source>
        <translation>系统在接受连接之前最多排队的连接数；下次监听时生效</translation>
    </message>
    <message>
        <source>Allowed peers</source>
        <translation>允许的对端</translation>
    </message>
    <message>
        <source>Addresses and subnets that may connect, separated by commas or spaces; empty lets everyone connect</source>
        <translation>允许连接的地址和子网，以逗号或空格分隔；留空则允许所有人连接</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Listen</source>
        <translation>开始监听</translation>
    </message>
    <message>
        <source>Start or stop accepting connections</source>
        <translation>开始或停止接受连接</translation>
    </message>
    <message>
        <source>Where to listen: all interfaces, loopback only, or one address of this computer</source>
        <translation>在哪里监听：所有网络接口、仅本机回环，或本机的某个地址</translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free port</source>
        <translation>要监听的 TCP 端口；0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止监听</translation>
    </message>
    <message>
        <source>No peer is connected yet.</source>
        <translation>还没有客户端连接。</translation>
    </message>
    <message>
        <source>Start listening and wait for a peer to connect.</source>
        <translation>请先开始监听，等待客户端连接。</translation>
    </message>
    <message>
        <source>Listening on %1, port %2</source>
        <translation>正在监听 %1，端口 %2</translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation>已停止监听</translation>
    </message>
    <message>
        <source>Nothing was sent: the selected peers are no longer connected.</source>
        <translation>未发送：选中的客户端已断开连接。</translation>
    </message>
    <message>
        <source>Nothing was sent: no peer is connected.</source>
        <translation>未发送：没有已连接的客户端。</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <source>How many peers may connect at once, the listen backlog, and which peers may connect</source>
        <translation>同时允许多少个对端连接、监听队列长度，以及允许哪些对端连接</translation>
    </message>
    <message>
        <source>Listening on %1, port %2 — only allowed peers</source>
        <translation>正在监听 %1，端口 %2 — 仅限允许的对端</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <comment>peer, reason</comment>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message>
        <source>Not listening. Choose an address and a port, then Listen.</source>
        <translation>未监听。请选择地址和端口，然后点击“开始监听”。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot send to %1: this session sends only to its own connections.</source>
        <translation>无法发送到 %1：此会话只向自己的连接发送。</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message numerus="yes">
        <source>[%n peer(s)]</source>
        <translation>
            <numerusform>[%n 个对端]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 已连接</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connected to %1 from %2</source>
        <translation>已连接到 %1（本地地址 %2）</translation>
    </message>
    <message>
        <source>New remote %1</source>
        <translation>新远端 %1</translation>
    </message>
    <message>
        <source>%1 disconnected (%2)</source>
        <translation>%1 已断开（%2）</translation>
    </message>
    <message>
        <source>Disconnected from %1 (%2)</source>
        <translation>已与 %1 断开连接（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n new remote(s): %1</source>
        <translation>
            <numerusform>%n 个新远端：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected: %1</source>
        <translation>
            <numerusform>%n 个客户端已连接：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) disconnected (%1): %2</source>
        <translation>
            <numerusform>%n 个客户端已断开（%1）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n remote(s)]</source>
        <translation>
            <numerusform>[%n 个远端]</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote %1 removed from the list (%2)</source>
        <translation>远端 %1 已从列表中移除（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n remote(s) removed from the list (%1): %2</source>
        <translation>
            <numerusform>%n 个远端已从列表中移除（%1）：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <source>Send everything received back to whoever sent it, at once</source>
        <translation>把收到的数据立即原样发回给发送方</translation>
    </message>
    <message>
        <source>TCP Server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Sending the file %1 (%2).</source>
        <translation>正在发送文件 %1（%2）。</translation>
    </message>
    <message>
        <source>Sent the file %1: %2 in %3 s, SHA-256 %4.</source>
        <translation>文件 %1 已发送：%2，用时 %3 秒，SHA-256 %4。</translation>
    </message>
    <message>
        <source>Cancelled sending the file %1 after %2 of %3.</source>
        <translation>已取消发送文件 %1，已发送 %2 / %3。</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; cannot be sent: %2</source>
        <translation>无法发送命令“%1”：%2</translation>
    </message>
    <message>
        <source>Running the sequence &quot;%1&quot;.</source>
        <translation>正在运行序列“%1”。</translation>
    </message>
    <message>
        <source>A file is being sent: wait for it to finish, or cancel it, before sending anything else.</source>
        <translation>正在发送文件：请等待发送完成或取消后再发送其他内容。</translation>
    </message>
    <message numerus="yes">
        <source>Periodic send started: every %1 ms, %n time(s).</source>
        <translation>
            <numerusform>定时发送已开始：每 %1 毫秒一次，共 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Periodic send started: every %1 ms, until stopped.</source>
        <translation>定时发送已开始：每 %1 毫秒一次，直到停止。</translation>
    </message>
    <message>
        <source>Nothing to send: the payload is empty.</source>
        <translation>没有可发送的内容：数据为空。</translation>
    </message>
</context>
<context>
    <name>SocketErrors</name>
    <message>
        <source>closed by peer</source>
        <translation>对方关闭</translation>
    </message>
    <message>
        <source>reset by peer</source>
        <translation>被对方重置</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>用户关闭</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2. Choose another port, or 0 for any free port.</source>
        <translation>%2 上的端口 %1 已被占用。请换一个端口，或填 0 自动选择空闲端口。</translation>
    </message>
    <message>
        <source>Permission denied to listen on port %1: ports below 1024 need administrator rights.</source>
        <translation>没有权限监听端口 %1：1024 以下的端口需要管理员权限。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: it is not an address of this computer.</source>
        <translation>无法在 %1 上监听：这不是本机的地址。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: this computer does not support that kind of address.</source>
        <translation>无法在 %1 上监听：本机不支持此类地址。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Connection to %1 port %2 refused: nothing is listening there.</source>
        <translation>连接 %1 端口 %2 被拒绝：该端口没有程序在监听。</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>找不到主机 %1。</translation>
    </message>
    <message>
        <source>Connection to %1 port %2 timed out.</source>
        <translation>连接 %1 端口 %2 超时。</translation>
    </message>
    <message>
        <source>Cannot reach %1 port %2: %3</source>
        <translation>无法访问 %1 端口 %2：%3</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>无法连接 %1 端口 %2：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 0 to 65535 (0 picks a free port).</source>
        <translation>&quot;%1&quot; 不是有效端口：请输入 0～65535 之间的数字（0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; 不是有效端口：请输入 1～65535 之间的数字。</translation>
    </message>
    <message>
        <source>%1 is a multicast or broadcast address, which no TCP connection can reach. Listen on an address of this computer.</source>
        <translation>%1 是组播或广播地址，任何 TCP 连接都无法到达。请在本机的地址上监听。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>disconnect reason: error detail</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>forgotten</source>
        <translation>自动移除</translation>
    </message>
    <message>
        <source>all interfaces (IPv4 + IPv6)</source>
        <translation>所有网络接口（IPv4 + IPv6）</translation>
    </message>
    <message>
        <source>all IPv4 interfaces</source>
        <translation>所有 IPv4 网络接口</translation>
    </message>
    <message>
        <source>all IPv6 interfaces</source>
        <translation>所有 IPv6 网络接口</translation>
    </message>
</context>
<context>
    <name>TcpClientSession</name>
    <message>
        <source>Enter a host name or an IP address to connect to.</source>
        <translation>请输入要连接的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Port 0 cannot be used to connect: enter a port from 1 to 65535.</source>
        <translation>端口 0 无法用于连接：请输入 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Already connected or connecting: disconnect first.</source>
        <translation>已连接或正在连接：请先断开。</translation>
    </message>
    <message>
        <source>Could not send: %1</source>
        <translation>发送失败：%1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Looking up host…</source>
        <translation>正在解析主机…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
</context>
<context>
    <name>TcpServerSession</name>
    <message>
        <source>Cannot accept new connections: %1. Trying again every half second.</source>
        <translation>无法接受新连接：%1。每半秒重试一次。</translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>向 %1 发送失败：%2</translation>
    </message>
    <message>
        <source>Cannot accept new connections: too many open files (the limit is %1). Waiting peers are accepted as soon as connections close.</source>
        <translation>无法接受新连接：打开的文件过多（上限为 %1）。一旦有连接关闭，等待中的对端就会被接受。</translation>
    </message>
    <message>
        <source>not in the allow-list</source>
        <translation>不在允许列表中</translation>
    </message>
    <message numerus="yes">
        <source>the limit of %n connection(s) is reached</source>
        <translation>
            <numerusform>已达到 %n 个连接的上限</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UdpCliOptions</name>
    <message>
        <source>%1 is an option of UDP sockets: add --udp to use it.</source>
        <translation>%1 是 UDP 套接字的选项：请添加 --udp 后再使用。</translation>
    </message>
    <message>
        <source>In --join: %1</source>
        <translation>--join 参数有误：%1</translation>
    </message>
    <message>
        <source>--multicast-interface needs an interface name or one of its addresses, as in lo or 127.0.0.1.</source>
        <translation>--multicast-interface 需要网络接口名或该接口的某个地址，例如 lo 或 127.0.0.1。</translation>
    </message>
    <message>
        <source>Cannot join IPv4 group %1 on the IPv6 socket that sends to %2.</source>
        <translation>无法在发往 %2 的 IPv6 套接字上加入 IPv4 组播组 %1。</translation>
    </message>
    <message>
        <source>Cannot join IPv6 group %1 on the IPv4 socket that sends to %2.</source>
        <translation>无法在发往 %2 的 IPv4 套接字上加入 IPv6 组播组 %1。</translation>
    </message>
    <message>
        <source>Cannot join IPv4 group %1 on a socket bound to the IPv6 address %2: leave out --bind, or bind to 0.0.0.0.</source>
        <translation>无法在绑定到 IPv6 地址 %2 的套接字上加入 IPv4 组播组 %1：请去掉 --bind，或绑定到 0.0.0.0。</translation>
    </message>
    <message>
        <source>Cannot join IPv6 group %1 on a socket bound to the IPv4 address %2: leave out --bind, or bind to ::.</source>
        <translation>无法在绑定到 IPv4 地址 %2 的套接字上加入 IPv6 组播组 %1：请去掉 --bind，或绑定到 ::。</translation>
    </message>
    <message>
        <source>In --multicast-interface: %1</source>
        <translation>--multicast-interface 参数有误：%1</translation>
    </message>
</context>
<context>
    <name>UdpErrors</name>
    <message>
        <source>Cannot send %1 bytes to %2: one UDP datagram over IPv4 carries at most %3 bytes.</source>
        <translation>无法向 %2 发送 %1 字节：IPv4 下一个 UDP 数据报最多承载 %3 字节。</translation>
    </message>
    <message>
        <source>Cannot send %1 bytes to %2: one UDP datagram over IPv6 carries at most %3 bytes.</source>
        <translation>无法向 %2 发送 %1 字节：IPv6 下一个 UDP 数据报最多承载 %3 字节。</translation>
    </message>
    <message>
        <source>Cannot send to %1: this socket is bound to an IPv6 address and reaches no IPv4 address. Bind to all interfaces (IPv4 + IPv6) or to an IPv4 address.</source>
        <translation>无法发送到 %1：此套接字绑定在 IPv6 地址上，无法到达 IPv4 地址。请绑定到所有网络接口（IPv4 + IPv6）或某个 IPv4 地址。</translation>
    </message>
    <message>
        <source>Cannot send to %1: this socket is bound to an IPv4 address and reaches no IPv6 address. Bind to all interfaces (IPv4 + IPv6) or to an IPv6 address.</source>
        <translation>无法发送到 %1：此套接字绑定在 IPv4 地址上，无法到达 IPv6 地址。请绑定到所有网络接口（IPv4 + IPv6）或某个 IPv6 地址。</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2 datagrams (%3 bytes) already wait for the system to take them.</source>
        <translation>无法发送到 %1：已有 %2 个数据报（%3 字节）在等待系统发送。</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2. A firewall may forbid it.</source>
        <translation>无法发送到 %1：%2。可能被防火墙禁止。</translation>
    </message>
    <message>
        <source>Cannot send to multicast group %1: no route leads there from the interface multicast datagrams leave from (%2). Choose another interface.</source>
        <translation>无法发送到组播组 %1：从发送组播数据报的网络接口（%2）没有通往该组的路由。请选择其他网络接口。</translation>
    </message>
    <message>
        <source>Cannot send to %1: no route leads there (%2).</source>
        <translation>无法发送到 %1：没有通往该地址的路由（%2）。</translation>
    </message>
    <message>
        <source>Cannot send to %1 from the address this socket is bound to (%2).</source>
        <translation>无法从此套接字绑定的地址发送到 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2.</source>
        <translation>无法发送到 %1：%2。</translation>
    </message>
    <message>
        <source>The datagram to %1 is too large for the way there, whose packets carry at most %2 bytes (MTU).</source>
        <translation>发往 %1 的数据报过大：沿途的数据包最多承载 %2 字节（MTU）。</translation>
    </message>
    <message>
        <source>A firewall refused the datagram to %1 (ICMP administratively prohibited).</source>
        <translation>防火墙拒绝了发往 %1 的数据报（ICMP 管理禁止）。</translation>
    </message>
    <message>
        <source>The datagram to %1 expired on the way (ICMP time exceeded).</source>
        <translation>发往 %1 的数据报在途中超时（ICMP 超时）。</translation>
    </message>
    <message>
        <source>Nothing is listening on %1 (ICMP port unreachable).</source>
        <translation>%1 上没有程序在监听（ICMP 端口不可达）。</translation>
    </message>
    <message>
        <source>Host %1 cannot be reached (ICMP host unreachable).</source>
        <translation>无法到达主机 %1（ICMP 主机不可达）。</translation>
    </message>
    <message>
        <source>No route leads to %1 (ICMP network unreachable).</source>
        <translation>没有通往 %1 的路由（ICMP 网络不可达）。</translation>
    </message>
    <message>
        <source>Host %1 does not take UDP (ICMP protocol unreachable).</source>
        <translation>主机 %1 不接受 UDP（ICMP 协议不可达）。</translation>
    </message>
    <message>
        <source>The datagram to %1 was not delivered: %2 (ICMP type %3, code %4).</source>
        <translation>发往 %1 的数据报未送达：%2（ICMP 类型 %3，代码 %4）。</translation>
    </message>
    <message>
        <source>The datagram to %1 was not delivered: %2.</source>
        <translation>发往 %1 的数据报未送达：%2。</translation>
    </message>
    <message>
        <source>the system&apos;s choice of interface</source>
        <translation>系统选择的网络接口</translation>
    </message>
    <message>
        <source>Cannot send to %1: it is a broadcast address, and sending to broadcast addresses is off for this socket.</source>
        <translation>无法发送到 %1：这是广播地址，而此套接字未开启向广播地址发送。</translation>
    </message>
</context>
<context>
    <name>UdpLookupQueue</name>
    <message>
        <source>Cannot send to %1: the socket is not open.</source>
        <translation>无法发送到 %1：套接字未打开。</translation>
    </message>
    <message>
        <source>Cannot send: no host given.</source>
        <translation>无法发送：未指定主机。</translation>
    </message>
    <message>
        <source>Cannot send to %1 port 0: choose a port from 1 to 65535.</source>
        <translation>无法发送到 %1 端口 0：请选择 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Cannot send to %1: host not found (%2).</source>
        <translation>无法发送到 %1：找不到主机（%2）。</translation>
    </message>
</context>
<context>
    <name>UdpMulticast</name>
    <message>
        <source>Cannot join multicast group %1: the socket is not open.</source>
        <translation>无法加入组播组 %1：套接字未打开。</translation>
    </message>
    <message>
        <source>Cannot join IPv4 group %1 on a socket bound to an IPv6 address: bind to all interfaces (IPv4 + IPv6) or to an IPv4 address.</source>
        <translation>无法在绑定到 IPv6 地址的套接字上加入 IPv4 组播组 %1：请绑定到所有网络接口（IPv4 + IPv6）或某个 IPv4 地址。</translation>
    </message>
    <message>
        <source>Cannot join IPv6 group %1 on a socket bound to an IPv4 address: bind to all interfaces (IPv4 + IPv6) or to an IPv6 address.</source>
        <translation>无法在绑定到 IPv4 地址的套接字上加入 IPv6 组播组 %1：请绑定到所有网络接口（IPv4 + IPv6）或某个 IPv6 地址。</translation>
    </message>
    <message>
        <source>Multicast group %1 is already joined on %2.</source>
        <translation>已在 %2 上加入过组播组 %1。</translation>
    </message>
    <message>
        <source>Cannot join multicast group %1: this socket has joined as many groups as the system allows (net.ipv4.igmp_max_memberships).</source>
        <translation>无法加入组播组 %1：此套接字加入的组播组数已达系统上限（net.ipv4.igmp_max_memberships）。</translation>
    </message>
    <message>
        <source>Cannot join multicast group %1: the system has no interface to join it on. Choose an interface.</source>
        <translation>无法加入组播组 %1：系统没有可用于加入该组的网络接口。请选择一个网络接口。</translation>
    </message>
    <message>
        <source>Cannot join multicast group %1 on %2: %3</source>
        <translation>无法在 %2 上加入组播组 %1：%3</translation>
    </message>
    <message>
        <source>Multicast group %1 is not joined on %2.</source>
        <translation>尚未在 %2 上加入组播组 %1。</translation>
    </message>
    <message>
        <source>Cannot leave multicast group %1 on %2: %3</source>
        <translation>无法在 %2 上退出组播组 %1：%3</translation>
    </message>
    <message>
        <source>A multicast TTL is from 1 to 255, not %1.</source>
        <translation>组播 TTL 的范围是 1 到 255，而不是 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: enter a multicast group such as 239.255.0.1 or ff12::1.</source>
        <translation>&quot;%1&quot; 不是 IP 地址：请输入组播组地址，例如 239.255.0.1 或 ff12::1。</translation>
    </message>
    <message>
        <source>%1 is not a multicast address: IPv4 groups run from 224.0.0.0 to 239.255.255.255, and IPv6 groups begin with ff.</source>
        <translation>%1 不是组播地址：IPv4 组播地址范围为 224.0.0.0～239.255.255.255，IPv6 组播地址以 ff 开头。</translation>
    </message>
    <message>
        <source>There is no network interface named %1, nor one with that address.</source>
        <translation>没有名为 %1 的网络接口，也没有使用该地址的网络接口。</translation>
    </message>
    <message>
        <source>Cannot send multicast datagrams from %1: %2</source>
        <translation>无法从 %1 发送组播数据报：%2</translation>
    </message>
    <message>
        <source>Cannot set the multicast TTL to %1: %2</source>
        <translation>无法将组播 TTL 设为 %1：%2</translation>
    </message>
    <message>
        <source>Cannot turn multicast loopback on or off: %1</source>
        <translation>无法开启或关闭组播回环：%1</translation>
    </message>
</context>
<context>
    <name>UdpSession</name>
    <message>
        <source>A datagram sent earlier was not delivered: %1.</source>
        <translation>之前发送的某个数据报未送达：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) not sent: the socket was closed first.</source>
        <translation>
            <numerusform>%n 个数据报未发出：套接字已先关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot turn broadcast on or off: %1</source>
        <translation>无法开启或关闭广播：%1</translation>
    </message>
    <message>
        <source>Cannot receive multicast group %1 on a socket bound to %2, which takes only what is sent to that address: close it and open it on all interfaces (or on the group&apos;s address).</source>
        <translation>绑定到 %2 的套接字只接收发往该地址的数据，收不到组播组 %1：请关闭套接字，改为在所有网络接口（或该组播组地址）上打开。</translation>
    </message>
    <message>
        <source>the list of %1 remotes was full, and nothing came from or went to this one for longer than to the others</source>
        <translation>远端列表已满（%1 个），而此远端没有数据往来的时间比其他远端都长</translation>
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>Closed. Choose an address and a port, then Open.</source>
        <translation>已关闭。请选择地址和端口，然后点击“打开”。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Bind the socket to the address and port, or close it</source>
        <translation>将套接字绑定到该地址和端口，或关闭套接字</translation>
    </message>
    <message>
        <source>Where to receive: all interfaces, loopback only, or one address of this computer</source>
        <translation>在哪里接收：所有网络接口、仅本机回环，或本机的某个地址</translation>
    </message>
    <message>
        <source>UDP port to bind; 0 picks a free port</source>
        <translation>要绑定的 UDP 端口；0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>远端主机</translation>
    </message>
    <message>
        <source>Where Send goes when no remote is selected: a host name, an IP address, a broadcast or multicast address</source>
        <translation>未选中远端时“发送”的目标：主机名、IP 地址、广播地址或组播地址</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>远端端口</translation>
    </message>
    <message>
        <source>The UDP port Send goes to when no remote is selected</source>
        <translation>未选中远端时“发送”的目标 UDP 端口</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open the socket to send.</source>
        <translation>请先打开套接字再发送。</translation>
    </message>
    <message>
        <source>Open on %1, port %2</source>
        <translation>已打开 %1，端口 %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n datagram(s) that arrived faster than they could be read (%1 in all).</source>
        <translation>
            <numerusform>数据报到达过快、来不及读取，系统丢弃了 %n 个（累计 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: the selected remotes are no longer in the list.</source>
        <translation>未发送：选中的远端已不在列表中。</translation>
    </message>
    <message>
        <source>Remote port: %1</source>
        <translation>远端端口：%1</translation>
    </message>
    <message>
        <source>Enter a remote host to send to, or select remotes in the list.</source>
        <translation>请输入要发送到的远端主机，或在列表中选择远端。</translation>
    </message>
    <message>
        <source>Nothing was sent: no remote is in the list yet.</source>
        <translation>未发送：列表中还没有远端。</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>The settings file %1 could not be read; NetDebug starts with its defaults and will write a new one.</source>
        <translation>无法读取设置文件 %1；NetDebug 将以默认设置启动，并写入新的设置文件。</translation>
    </message>
    <message>
        <source>The settings were written by a newer version of NetDebug: this one starts with its defaults, and leaves them as they are.</source>
        <translation>这些设置由更新版本的 NetDebug 写入：本版本以默认设置启动，并保留原设置不变。</translation>
    </message>
    <message>
        <source>The settings could not be read (no version); NetDebug starts with its defaults.</source>
        <translation>无法读取设置（缺少版本号）；NetDebug 将以默认设置启动。</translation>
    </message>
    <message>
        <source>The saved sessions could not be read; NetDebug starts with its default sessions.</source>
        <translation>无法读取保存的会话；NetDebug 将以默认会话启动。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>netdebug: unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>netdebug: 未知语言 &quot;%1&quot;，请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>NetDebug, a network debugging assistant.</source>
        <translation>NetDebug 网络调试助手。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
</context>
</TS>
