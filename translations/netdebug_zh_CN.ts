<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是 &quot;%4&quot;。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use one of %2.</source>
        <translation>未知编码 &quot;%1&quot;：可用的编码有 %2。</translation>
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
        <source>Cannot read --file &quot;%1&quot;: %2</source>
        <translation>无法读取 --file &quot;%1&quot;：%2</translation>
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
        <source>Cannot read --file &quot;%1&quot;: it is larger than %2 MiB.</source>
        <translation>无法读取 --file &quot;%1&quot;：文件大于 %2 MiB。</translation>
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
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>listen PORT: serve TCP clients on PORT (0 picks a free port):</source>
        <translation>listen PORT：在 PORT 端口上接受 TCP 客户端（0 表示自动选择空闲端口）：</translation>
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
        <source>send every received chunk back to its sender</source>
        <translation>把收到的每段数据原样发回给发送方</translation>
    </message>
    <message>
        <source>answer every received chunk with TEXT</source>
        <translation>每收到一段数据就回复 TEXT</translation>
    </message>
    <message>
        <source>answer every received chunk with these bytes</source>
        <translation>每收到一段数据就回复这些字节</translation>
    </message>
    <message>
        <source>exit after the first client disconnects</source>
        <translation>第一个客户端断开后退出</translation>
    </message>
    <message>
        <source>stop after SEC seconds, with exit code 0</source>
        <translation>SEC 秒后停止，退出码为 0</translation>
    </message>
    <message>
        <source>send HOST PORT [TEXT]: connect, send TEXT, print the replies:</source>
        <translation>send HOST PORT [TEXT]：连接后发送 TEXT，并显示收到的回复：</translation>
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
        <source>read replies for MS milliseconds after the last send (default: 1000)</source>
        <translation>最后一次发送后继续接收回复 MS 毫秒（默认：1000）</translation>
    </message>
    <message>
        <source>exit as soon as a reply has arrived and everything was sent</source>
        <translation>全部发送完毕且收到回复后立即退出</translation>
    </message>
    <message>
        <source>send the payload N times (default: 1)</source>
        <translation>发送 N 次（默认：1）</translation>
    </message>
    <message>
        <source>pause MS milliseconds between repeats (default: 1000)</source>
        <translation>每次发送间隔 MS 毫秒（默认：1000）</translation>
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
        <source>print every event as one JSON object per line on stdout</source>
        <translation>在 stdout 上输出事件，每行一个 JSON 对象</translation>
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
        <source>Exit codes: 0 success, 1 network failure, 2 usage error or bad input.</source>
        <translation>退出码：0 成功，1 网络故障，2 用法错误或输入有误。</translation>
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
        <source>A TCP server that shows what its clients send, and a TCP client that sends
a payload and shows the replies.</source>
        <translation>TCP 服务器：显示客户端发来的数据。
TCP 客户端：发送数据并显示收到的回复。</translation>
    </message>
    <message>
        <source>serve at most N clients at the same time; close any further one immediately</source>
        <translation>最多同时服务 N 个客户端；超出的连接立即关闭</translation>
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
        <source>serve only clients from these addresses or subnets, separated by commas or spaces, as in &quot;127.0.0.1,192.168.1.0/24,::1&quot;; close any other immediately</source>
        <translation>只服务来自这些地址或子网的客户端（以逗号或空格分隔，例如 &quot;127.0.0.1,192.168.1.0/24,::1&quot;）；其他连接立即关闭</translation>
    </message>
    <message>
        <source>serve only the local network 192.168.1.x and this computer over IPv6</source>
        <translation>只服务本地网络 192.168.1.x 和通过 IPv6 连接的本机</translation>
    </message>
    <message>
        <source>send the raw bytes of this file (at most 1 GiB)</source>
        <translation>发送该文件的原始字节（最大 1 GiB）</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NetDebug</source>
        <translation>NetDebug 网络调试助手</translation>
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
        <source>Listen for connections and talk to the peers that connect</source>
        <translation>监听连接，并与连入的客户端收发数据</translation>
    </message>
    <message>
        <source>Connect to a server and talk to it</source>
        <translation>连接到服务器并收发数据</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
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
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Listen / Stop</source>
        <translation>开始 / 停止监听(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;onnect / Disconnect</source>
        <translation>连接 / 断开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Server Tab</source>
        <translation>服务器标签页(&amp;S)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;NetDebug %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A network debugging assistant: a TCP server and client for sending exact bytes as text or hex and reading what comes back in UTF-8, GBK and other encodings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NetDebug %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;网络调试助手：TCP 服务器和客户端，可以文本或十六进制形式精确发送字节，并以 UTF-8、GBK 等编码查看收到的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clien&amp;t Tab</source>
        <translation>客户端标签页(&amp;T)</translation>
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
    <name>PeerEventLog</name>
    <message>
        <source>%1 connected</source>
        <translation>%1 已连接</translation>
    </message>
    <message>
        <source>%1 disconnected (%2)</source>
        <translation>%1 已断开（%2）</translation>
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
</context>
<context>
    <name>PeerInfo</name>
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
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
</context>
<context>
    <name>PeerListModel</name>
    <message>
        <source>Peer</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>连接时间</translation>
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
</context>
<context>
    <name>PeerListView</name>
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
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>已连接 %n 个客户端</numerusform>
        </translation>
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
        <source>Text encoding for sending and for showing received text</source>
        <translation>发送文本和显示接收文本所用的编码</translation>
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
        <source>Address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>Where to listen: all interfaces, loopback only, or one address of this computer</source>
        <translation>在哪里监听：所有网络接口、仅本机回环，或本机的某个地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free port</source>
        <translation>要监听的 TCP 端口；0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <source>All interfaces (IPv4 + IPv6)</source>
        <translation>所有网络接口（IPv4 + IPv6）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Choose an address from the list or type one of this computer&apos;s addresses.</source>
        <translation>&quot;%1&quot; 不是 IP 地址。请从列表中选择，或输入本机的某个地址。</translation>
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
    <message numerus="yes">
        <source>[%n peer(s)]</source>
        <translation>
            <numerusform>[%n 个客户端]</numerusform>
        </translation>
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
</context>
<context>
    <name>TcpClientBackend</name>
    <message>
        <source>Enter a host name or an IP address to connect to.</source>
        <translation>请输入要连接的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Not connected: connect to a server before sending.</source>
        <translation>未连接：请先连接服务器再发送。</translation>
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
    <message>
        <source>Port 0 cannot be used to connect: enter a port from 1 to 65535.</source>
        <translation>端口 0 无法用于连接：请输入 1 到 65535 之间的端口。</translation>
    </message>
</context>
<context>
    <name>TcpServerBackend</name>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>向 %1 发送失败：%2</translation>
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
    <message>
        <source>&quot;%1&quot; is not an IP address or subnet: write addresses such as 127.0.0.1 or ::1, or subnets such as 192.168.1.0/24 or fe80::/10.</source>
        <translation>&quot;%1&quot; 不是 IP 地址或子网：请填写 127.0.0.1 或 ::1 这样的地址，或 192.168.1.0/24 或 fe80::/10 这样的子网。</translation>
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
    <message>
        <source>Cannot accept new connections: %1. Trying again every half second.</source>
        <translation>无法接受新连接：%1。每半秒重试一次。</translation>
    </message>
    <message>
        <source>Cannot accept new connections: too many open files (the limit is %1). Waiting peers are accepted as soon as connections close.</source>
        <translation>无法接受新连接：打开的文件过多（上限为 %1）。一旦有连接关闭，等待中的对端就会被接受。</translation>
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
