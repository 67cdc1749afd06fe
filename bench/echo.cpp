// Echo: sequential 64-byte round trips through netdebug-cli listen --echo and through a plain
// blocking echo server, alternated in blocks so that both see the same machine noise.
#include "bench.h"
#include "guiharness.h"
#include "measure.h"
#include "report.h"
#include "sockets.h"

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr size_t kMessageSize = 64;
constexpr int kBlock = 500;

// One round trip of a message that differs from the last; false if the echo is not exact.
bool roundTrip(int fd, int sequence, std::vector<double> *microseconds)
{
    char message[kMessageSize];
    char reply[kMessageSize];
    for (size_t i = 0; i < kMessageSize; ++i)
        message[i] = char('a' + (size_t(sequence) + i) % 26);
    const std::int64_t start = Measure::nowNs();
    if (!Sockets::sendAll(fd, message, sizeof message) ||
        !Sockets::receiveExactly(fd, reply, sizeof reply))
        return false;
    const std::int64_t end = Measure::nowNs();
    if (microseconds)
        microseconds->push_back(double(end - start) / 1e3);
    return std::memcmp(message, reply, sizeof message) == 0;
}

int connectNoDelay(std::uint16_t port, std::string *error)
{
    const int fd = Sockets::connectLoopback(port, error);
    const int on = 1;
    if (fd >= 0)
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return fd;
}

void addRow(Report &report, const std::string &metric, double value, double baseline, Target target)
{
    report.addFigure("echo cli --echo", metric, value, baseline, target, 1);
}

} // namespace

void runEcho(const Config &config, Report &report)
{
    const std::string scenario = "echo cli --echo";
    ChildSpec cliSpec = config.spec(
            {config.cli, "listen", "0", "--bind", "127.0.0.1", "--echo", "--once"}, "echo-cli");
    cliSpec.pipeStdout = false; // received text goes to /dev/null, events to the log file
    ChildProcess cli, raw;
    std::string error, line;
    QJsonObject ready;
    if (!cli.start(cliSpec, &error) ||
        !raw.start(config.spec({config.self, "--scenario", "echo-raw"}, "echo-raw"), &error)) {
        report.failure(scenario, error);
        return;
    }
    if (!waitForLineInFile(config.logPath("echo-cli"), "listening on", &line, 30000)) {
        report.failure(scenario, "netdebug-cli did not report listening");
        return;
    }
    if (!readReport(raw, "READY", 30000, &ready, report, scenario, config, "echo-raw"))
        return;
    const int cliFd =
            connectNoDelay(std::uint16_t(std::stoi(line.substr(line.rfind(':') + 1))), &error);
    const int rawFd = connectNoDelay(std::uint16_t(ready["port"].toInt()), &error);
    if (cliFd < 0 || rawFd < 0) {
        report.failure(scenario, error);
        return;
    }
    bool exact = true;
    const int warmUp = std::min(200, config.echoes / 10);
    for (int i = 0; i < warmUp; ++i) {
        exact = roundTrip(rawFd, i, nullptr) && exact;
        exact = roundTrip(cliFd, i, nullptr) && exact;
    }
    std::vector<double> rawTimes, cliTimes;
    for (int done = 0; exact && done < config.echoes; done += kBlock) {
        const int block = std::min(kBlock, config.echoes - done);
        for (int i = 0; exact && i < block; ++i)
            exact = roundTrip(rawFd, done + i, &rawTimes);
        for (int i = 0; exact && i < block; ++i)
            exact = roundTrip(cliFd, done + i, &cliTimes);
    }
    close(cliFd);
    close(rawFd);
    int cliExit = -1;
    const bool cliEnded = cli.wait(10000, &cliExit); // --once: ends when its client leaves
    int rawExit = -1;
    raw.wait(10000, &rawExit);
    report.check(scenario, "round trips echoed exactly",
                 exact && int(cliTimes.size()) == config.echoes &&
                         int(rawTimes.size()) == config.echoes,
                 std::to_string(cliTimes.size()) + " + " + std::to_string(rawTimes.size()) +
                         " of " + std::to_string(config.echoes) + " each");
    report.check(scenario, "netdebug-cli --once and the raw server exited",
                 cliEnded && cliExit == 0 && rawExit == 0,
                 "exit " + std::to_string(cliExit) + ", " + std::to_string(rawExit));
    addRow(report, "RTT p50 us", Measure::percentile(cliTimes, 50),
           Measure::percentile(rawTimes, 50), Target::ratioAtMost(1.5));
    addRow(report, "RTT p99 us", Measure::percentile(cliTimes, 99),
           Measure::percentile(rawTimes, 99), Target::none());
}

int echoRawChild()
{
    std::uint16_t port = 0;
    const int listener = Sockets::listenLoopback(1, &port);
    if (listener < 0)
        return 1;
    Harness::tell("READY", {{"port", port}});
    const int fd = Sockets::acceptWithin(listener, 60000);
    if (fd < 0)
        return 1;
    const timeval timeout{120, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::vector<char> buffer(64 * 1024);
    double echoed = 0;
    for (;;) {
        const ssize_t n = recv(fd, buffer.data(), buffer.size(), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || !Sockets::sendAll(fd, buffer.data(), size_t(n)))
            break;
        echoed += double(n);
    }
    close(fd);
    close(listener);
    Harness::tell("RESULT", {{"echoed", echoed}});
    return 0;
}
