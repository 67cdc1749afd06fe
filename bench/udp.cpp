// UDP: a flood of small datagrams into a raw recvmmsg loop and into the real UDP tab. The
// driver's part; the measured sides are in udpsides.cpp.
#include "bench.h"
#include "measure.h"
#include "report.h"
#include "runs.h"
#include "udpflood.h"

#include <QJsonObject>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kBatch = 64;
constexpr int kMarkerPauseMs = 300;

struct Flood
{
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::int64_t sent = 0;
    std::string error;
};

int connectUdp(std::uint16_t port, std::string *error)
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (fd < 0 || connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        *error = std::string("connect: ") + std::strerror(errno);
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}

// As fast as one sender can go, in batches; then markers, until the receiver has answered.
void sendFlood(std::uint16_t port, std::int64_t count, const std::atomic<bool> *answered,
               Flood *flood)
{
    const int fd = connectUdp(port, &flood->error);
    if (fd < 0)
        return;
    std::vector<unsigned char> payloads(std::size_t(kBatch) * UdpFlood::kSize);
    std::vector<iovec> vectors(kBatch);
    std::vector<mmsghdr> messages(kBatch);
    flood->startNs = Measure::nowNs();
    while (flood->sent < count) {
        const int batch = int(std::min<std::int64_t>(kBatch, count - flood->sent));
        for (int i = 0; i < batch; ++i) {
            unsigned char *payload = payloads.data() + std::size_t(i) * UdpFlood::kSize;
            UdpFlood::fill(std::uint64_t(flood->sent + i), payload);
            vectors[size_t(i)] = {payload, std::size_t(UdpFlood::kSize)};
            messages[size_t(i)] = {};
            messages[size_t(i)].msg_hdr.msg_iov = &vectors[size_t(i)];
            messages[size_t(i)].msg_hdr.msg_iovlen = 1;
        }
        const int done = sendmmsg(fd, messages.data(), unsigned(batch), 0);
        if (done < 0 && (errno == EINTR || errno == ENOBUFS || errno == ECONNREFUSED))
            continue;
        if (done < 0) {
            flood->error = std::string("sendmmsg: ") + std::strerror(errno);
            break;
        }
        flood->sent += done;
    }
    flood->endNs = Measure::nowNs();
    unsigned char marker[UdpFlood::kSize];
    UdpFlood::fill(UdpFlood::kMarker, marker);
    for (int tries = 0; tries < 600 && !answered->load(); ++tries) {
        std::this_thread::sleep_for(std::chrono::milliseconds(kMarkerPauseMs));
        send(fd, marker, sizeof marker, 0);
    }
    close(fd);
}

struct Figures
{
    double rate = Row::kNone; // datagrams received per second of the flood
    double delivered = Row::kNone;
    double cpuSeconds = Row::kNone;
    double peakMB = Row::kNone;
    double stallP99 = Row::kNone;
    double stallMax = Row::kNone;
    double idleP99 = Row::kNone;
    double idleMax = Row::kNone;
    int stallSamples = 0;
    bool accounted = false;
    std::string note = "not run";
};

Figures measure(const Config &config, Report &report, const std::string &scenario,
                const char *childScenario, std::int64_t count)
{
    Figures figures;
    const std::string log = std::string("udp-") + childScenario;
    ChildProcess child;
    std::string error;
    if (!child.start(config.spec({config.self, "--scenario", childScenario}, log), &error)) {
        report.failure(scenario, error);
        return figures;
    }
    QJsonObject ready, result;
    if (!readReport(child, "READY", 60000, &ready, report, scenario, config, log))
        return figures;
    Flood flood;
    std::atomic<bool> answered{false};
    std::thread sender(sendFlood, std::uint16_t(ready["port"].toInt()), count, &answered, &flood);
    const bool finished =
            readReport(child, "RESULT", kIngestTimeoutMs, &result, report, scenario, config, log);
    answered = true;
    if (!finished)
        child.kill();
    sender.join();
    rusage usage{};
    int exitCode = -1;
    child.wait(30000, &exitCode, &usage);
    if (!finished)
        return figures;
    const auto received = std::int64_t(result["received"].toDouble());
    const auto dropped = std::int64_t(result["dropped"].toDouble());
    const auto wrong = std::int64_t(result["wrong"].toDouble());
    const bool logOk = result["logOk"].toBool(true);
    figures.accounted = flood.error.empty() && flood.sent == count && exitCode == 0 && wrong == 0 &&
                        logOk && dropped >= 0 && received + dropped == flood.sent;
    figures.note = std::to_string(received) + " received + " + std::to_string(dropped) +
                   " dropped by the kernel of " + std::to_string(flood.sent) + " sent, " +
                   std::to_string(wrong) + " wrong" + (logOk ? "" : ", log content WRONG") +
                   ", exit " + std::to_string(exitCode) +
                   (flood.error.empty() ? "" : " (" + flood.error + ")");
    const auto lastNs = std::int64_t(result["lastNs"].toDouble());
    if (received > 0 && lastNs > flood.startNs)
        figures.rate = double(received) / (double(lastNs - flood.startNs) / 1e9);
    figures.delivered = 100.0 * double(received) / double(std::max<std::int64_t>(1, flood.sent));
    figures.cpuSeconds = result["cpuSeconds"].toDouble(Row::kNone);
    figures.peakMB = double(usage.ru_maxrss) * 1024 / kMB;
    figures.stallP99 = result["stallP99"].toDouble(Row::kNone);
    figures.stallMax = result["stallMax"].toDouble(Row::kNone);
    figures.idleP99 = result["idleP99"].toDouble(Row::kNone);
    figures.idleMax = result["idleMax"].toDouble(Row::kNone);
    figures.stallSamples = result["stallSamples"].toInt();
    return figures;
}

void addCheck(Report &report, const std::string &scenario, const std::vector<Figures> &runs)
{
    bool passed = !runs.empty();
    std::string note = "no run";
    for (const Figures &run : runs) {
        if (passed || note == "no run")
            note = run.note;
        passed = passed && run.accounted;
    }
    report.check(scenario,
                 "every datagram received (content checked) or dropped by the kernel, " +
                         std::to_string(runs.size()) + " run(s)",
                 passed, note);
}

} // namespace

void runUdp(const Config &config, Report &report)
{
    const std::int64_t count = config.quick ? 100000 : 1000000;
    const std::string raw = "udp (a) raw recvmmsg sink";
    const std::string gui = "udp (b) GUI, hex log";
    // As for TCP (ingest (e)): the datagrams' bytes are not text, so most of them show as \xHH
    // escapes, the slowest text there is.
    const std::string text = "udp (c) GUI, text log";
    std::vector<Figures> rawRuns, guiRuns, textRuns;
    const int rounds = config.quick ? 1 : 3;
    for (int round = 0; round < rounds; ++round) {
        rawRuns.push_back(measure(config, report, raw, "udp-raw", count));
        guiRuns.push_back(measure(config, report, gui, "udp-gui-hex", count));
        textRuns.push_back(measure(config, report, text, "udp-gui-text", count));
    }
    addCheck(report, raw, rawRuns);
    addCheck(report, gui, guiRuns);
    addCheck(report, text, textRuns);
    const std::string size = std::to_string(count) + " x 64 B";
    const double rawRate = Runs::median(rawRuns, &Figures::rate);
    report.addFigure(raw, "datagrams/s received, " + size, rawRate, Row::kNone, Target::none(), 0);
    report.addFigure(raw, "delivered %", Runs::median(rawRuns, &Figures::delivered), Row::kNone,
                     Target::none(), 1);
    report.addFigure(raw, "peak RSS MB", Runs::worst(rawRuns, &Figures::peakMB), Row::kNone,
                     Target::none(), 1);
    report.addFigure(gui, "datagrams/s received", Runs::median(guiRuns, &Figures::rate), rawRate,
                     Target::ratioAtLeast(0.5), 0);
    report.addFigure(gui, "delivered %", Runs::median(guiRuns, &Figures::delivered),
                     Runs::median(rawRuns, &Figures::delivered), Target::none(), 1);
    const int samples = guiRuns.empty() ? 0 : guiRuns.back().stallSamples;
    report.addFigure(gui, "GUI stall p99 ms", Runs::median(guiRuns, &Figures::stallP99),
                     Runs::median(guiRuns, &Figures::idleP99), Target::atMost(50), 1,
                     "baseline: same window idle; " + std::to_string(samples) +
                             " samples (last run)");
    report.addFigure(gui, "GUI stall max ms", Runs::worst(guiRuns, &Figures::stallMax),
                     Runs::worst(guiRuns, &Figures::idleMax), Target::atMost(200), 1,
                     "worst run; baseline: same window idle");
    report.addFigure(gui, "peak RSS MB", Runs::worst(guiRuns, &Figures::peakMB),
                     Runs::worst(rawRuns, &Figures::peakMB), Target::atMost(200), 1, "worst run");
    report.addFigure(gui, "CPU s (receiver)", Runs::median(guiRuns, &Figures::cpuSeconds),
                     Runs::median(rawRuns, &Figures::cpuSeconds), Target::none(), 2);
    report.addFigure(text, "datagrams/s received", Runs::median(textRuns, &Figures::rate), rawRate,
                     Target::none(), 0);
    report.addFigure(text, "GUI stall p99 ms", Runs::median(textRuns, &Figures::stallP99),
                     Runs::median(textRuns, &Figures::idleP99), Target::atMost(50), 1,
                     "baseline: same window idle");
    report.addFigure(text, "peak RSS MB", Runs::worst(textRuns, &Figures::peakMB),
                     Runs::worst(rawRuns, &Figures::peakMB), Target::atMost(200), 1, "worst run");
}
