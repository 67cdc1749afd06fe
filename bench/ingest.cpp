// Ingest: 1 GiB over loopback into a raw recv loop, into the real server tab (hex log live, and
// paused), and into netdebug-cli listen --output FILE. The driver's part; the measured sides are
// in ingestsides.cpp.
#include "bench.h"
#include "measure.h"
#include "report.h"
#include "sockets.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

// What the sender did: it runs on its own thread of the driver, a process apart from the
// measured side.
struct Flood
{
    std::int64_t startNs = 0;
    std::int64_t sent = 0;
    std::string error;
};

void sendFlood(std::uint16_t port, std::int64_t bytes, Flood *flood)
{
    const std::vector<char> &pattern = Sockets::floodPattern();
    flood->startNs = Measure::nowNs();
    const int fd = Sockets::connectLoopback(port, &flood->error);
    if (fd < 0)
        return;
    // Each chunk starts at the pattern's start: byte N of the stream is pattern[N % size].
    while (flood->sent < bytes) {
        const size_t chunk =
                size_t(std::min<std::int64_t>(std::int64_t(pattern.size()), bytes - flood->sent));
        if (!Sockets::sendAll(fd, pattern.data(), chunk)) {
            flood->error = std::string("send: ") + std::strerror(errno);
            break;
        }
        flood->sent += std::int64_t(chunk);
    }
    close(fd);
}

// One run of one scenario.
struct Figures
{
    double mbPerSecond = Row::kNone;
    double cpuSeconds = Row::kNone;
    double peakMB = Row::kNone;
    double stallP99 = Row::kNone;
    double stallMax = Row::kNone;
    double idleP99 = Row::kNone;
    double idleMax = Row::kNone;
    bool bytesMatched = false;
    std::string bytesNote = "not run";
};

std::string join(const std::string &first, const std::string &second)
{
    return second.empty() ? first : first + "; " + second;
}

double throughput(std::int64_t bytes, std::int64_t startNs, std::int64_t doneNs)
{
    if (doneNs <= startNs)
        return Row::kNone;
    return double(bytes) / (double(doneNs - startNs) / 1e9) / kMB;
}

// Runs one measured child (raw sink or GUI) against a flood from this process.
Figures measureChild(const Config &config, Report &report, const std::string &scenario,
                     const char *childScenario)
{
    Figures figures;
    const std::string log = std::string("ingest-") + childScenario;
    ChildProcess child;
    std::string error;
    if (!child.start(config.spec({config.self, "--scenario", childScenario, "--bytes",
                                  std::to_string(config.ingestBytes)},
                                 log),
                     &error)) {
        report.failure(scenario, error);
        return figures;
    }
    QJsonObject ready, result;
    if (!readReport(child, "READY", 60000, &ready, report, scenario, config, log))
        return figures;
    Flood flood;
    std::thread sender(sendFlood, std::uint16_t(ready["port"].toInt()), config.ingestBytes, &flood);
    const bool finished =
            readReport(child, "RESULT", kIngestTimeoutMs, &result, report, scenario, config, log);
    if (!finished)
        child.kill(); // the sender then fails and ends
    sender.join();
    rusage usage{};
    int exitCode = -1;
    child.wait(30000, &exitCode, &usage);
    if (!finished)
        return figures;
    const auto rx = std::int64_t(result["rx"].toDouble());
    const auto peerRx = std::int64_t(result["peerRx"].toDouble(double(rx)));
    figures.bytesMatched = flood.error.empty() && rx == flood.sent && peerRx == flood.sent &&
                           flood.sent == config.ingestBytes && exitCode == 0;
    figures.bytesNote = std::to_string(rx) + " of " + std::to_string(flood.sent) + ", exit " +
                        std::to_string(exitCode) +
                        (flood.error.empty() ? "" : " (" + flood.error + ")");
    figures.mbPerSecond = throughput(rx, flood.startNs, std::int64_t(result["doneNs"].toDouble()));
    figures.cpuSeconds = result["cpuSeconds"].toDouble();
    figures.peakMB = double(usage.ru_maxrss) * 1024 / kMB;
    figures.stallP99 = result["stallP99"].toDouble(Row::kNone);
    figures.stallMax = result["stallMax"].toDouble(Row::kNone);
    figures.idleP99 = result["idleP99"].toDouble(Row::kNone);
    figures.idleMax = result["idleMax"].toDouble(Row::kNone);
    return figures;
}

// Whether the file holds exactly the flood, byte for byte.
bool fileHoldsFlood(const std::string &path, std::int64_t size)
{
    const std::vector<char> &pattern = Sockets::floodPattern();
    std::ifstream file(path, std::ios::binary);
    std::vector<char> chunk(pattern.size());
    for (std::int64_t at = 0; at < size; at += std::int64_t(chunk.size())) {
        const auto length = size_t(std::min<std::int64_t>(std::int64_t(chunk.size()), size - at));
        if (!file.read(chunk.data(), std::streamsize(length)) ||
            std::memcmp(chunk.data(), pattern.data(), length) != 0)
            return false;
    }
    return file.peek() == std::char_traits<char>::eof();
}

// netdebug-cli listen --output FILE: completion is the moment the file holds every byte.
Figures measureCli(const Config &config, Report &report, const std::string &scenario)
{
    Figures figures;
    const std::string output = config.scratch + "/ingest-output.bin";
    const std::string log = "ingest-cli";
    ChildProcess child;
    std::string error, line;
    ChildSpec spec = config.spec(
            {config.cli, "listen", "0", "--bind", "127.0.0.1", "--once", "--output", output}, log);
    spec.pipeStdout = false;
    if (!child.start(spec, &error) ||
        !waitForLineInFile(config.logPath(log), "listening on", &line, 30000)) {
        report.failure(scenario,
                       "netdebug-cli did not listen: " + error + "; see " + config.logPath(log));
        return figures;
    }
    const auto port = std::uint16_t(std::stoi(line.substr(line.rfind(':') + 1)));
    const double cpuBefore = Measure::processCpuSeconds(child.pid());
    Flood flood;
    std::thread sender(sendFlood, port, config.ingestBytes, &flood);
    std::int64_t doneNs = 0;
    const std::int64_t deadline = Measure::nowNs() + std::int64_t(kIngestTimeoutMs) * 1000000;
    struct stat info
    {};
    while (Measure::nowNs() < deadline) {
        if (stat(output.c_str(), &info) == 0 && info.st_size >= config.ingestBytes) {
            doneNs = Measure::nowNs();
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const double cpuAfter = Measure::processCpuSeconds(child.pid());
    if (doneNs == 0)
        child.kill();
    sender.join();
    rusage usage{};
    int exitCode = -1;
    const bool exited = child.wait(30000, &exitCode, &usage); // --once: the sender has closed
    info.st_size = stat(output.c_str(), &info) == 0 ? info.st_size : -1;
    figures.bytesMatched = exited && exitCode == 0 && flood.error.empty() &&
                           flood.sent == config.ingestBytes && info.st_size == flood.sent &&
                           fileHoldsFlood(output, info.st_size);
    figures.bytesNote = std::to_string(info.st_size) + " of " + std::to_string(flood.sent) +
                        (exited ? ", exit " + std::to_string(exitCode) : ", did not exit");
    unlink(output.c_str());
    if (doneNs == 0)
        return figures;
    figures.mbPerSecond = throughput(config.ingestBytes, flood.startNs, doneNs);
    figures.cpuSeconds = cpuAfter - cpuBefore;
    figures.peakMB = double(usage.ru_maxrss) * 1024 / kMB;
    return figures;
}

// The runs of one scenario, summarised: medians for rates and times, the worst for peaks.
struct Series
{
    std::string name;
    std::vector<Figures> runs;

    std::vector<double> values(double Figures::*field) const
    {
        std::vector<double> result;
        for (const Figures &run : runs) {
            if (!std::isnan(run.*field))
                result.push_back(run.*field);
        }
        return result;
    }
    double median(double Figures::*field) const { return Measure::percentile(values(field), 50); }
    double worst(double Figures::*field) const { return Measure::maximum(values(field)); }
    std::string range(double Figures::*field) const
    {
        const std::vector<double> all = values(field);
        if (all.size() < 2)
            return {};
        const auto [low, high] = std::minmax_element(all.begin(), all.end());
        return "median of " + std::to_string(all.size()) + ", " + formatNumber(*low, 1) + ".." +
               formatNumber(*high, 1);
    }
    void addCheck(Report &report, const std::string &metric) const
    {
        bool matched = !runs.empty();
        std::string note = "no run";
        for (const Figures &run : runs) {
            if (matched || note == "no run")
                note = run.bytesNote;
            matched = matched && run.bytesMatched;
        }
        report.check(name, metric + ", " + std::to_string(runs.size()) + " run(s)", matched, note);
    }
    void addRow(Report &report, const std::string &metric, double value, double baseline,
                Target target, int decimals, const std::string &note = {}) const
    {
        report.addFigure(name, metric, value, baseline, target, decimals, note);
    }
};

} // namespace

void runIngest(const Config &config, Report &report)
{
    Series raw{"ingest (a) raw sink", {}};
    Series hex{"ingest (b) GUI, hex log", {}};
    Series paused{"ingest (c) GUI, paused", {}};
    Series cli{"ingest (d) cli --output", {}};
    // Not one of the targets: the same flood shown as UTF-8 text. The data is pseudo-random, so
    // most bytes show as \xHH escapes, the slowest text there is.
    Series text{"ingest (e) GUI, text log", {}};
    // Interleaved rounds, and the raw sink once more at the end, so that every scenario meets
    // the same noise of this shared machine; medians are reported.
    const int rounds = config.quick ? 1 : 5;
    for (int round = 0; round < rounds; ++round) {
        raw.runs.push_back(measureChild(config, report, raw.name, "ingest-raw"));
        hex.runs.push_back(measureChild(config, report, hex.name, "ingest-gui-hex"));
        paused.runs.push_back(measureChild(config, report, paused.name, "ingest-gui-paused"));
        cli.runs.push_back(measureCli(config, report, cli.name));
        text.runs.push_back(measureChild(config, report, text.name, "ingest-gui-text"));
    }
    raw.runs.push_back(measureChild(config, report, raw.name, "ingest-raw"));
    for (const Series *series : {&raw, &hex, &paused, &text})
        series->addCheck(report, "bytes received == sent, exit 0");
    cli.addCheck(report, "file == bytes sent (compared), exit 0");

    const double rawRate = raw.median(&Figures::mbPerSecond);
    const double rawCpu = raw.median(&Figures::cpuSeconds);
    const double rawPeak = raw.worst(&Figures::peakMB);
    const std::string size = std::to_string(config.ingestBytes >> 20) + " MiB";
    raw.addRow(report, "throughput MB/s, " + size, rawRate, Row::kNone, Target::none(), 1,
               raw.range(&Figures::mbPerSecond));
    raw.addRow(report, "CPU s (receiver)", rawCpu, Row::kNone, Target::none(), 2);
    raw.addRow(report, "peak RSS MB", rawPeak, Row::kNone, Target::none(), 1);
    for (const auto &[series, ratio] : {std::pair{&hex, Target::ratioAtLeast(0.5)},
                                        {&paused, Target::ratioAtLeast(0.8)},
                                        {&text, Target::none()}}) {
        series->addRow(report, "throughput MB/s", series->median(&Figures::mbPerSecond), rawRate,
                       ratio, 1, series->range(&Figures::mbPerSecond));
        series->addRow(report, "GUI stall p99 ms", series->median(&Figures::stallP99),
                       series->median(&Figures::idleP99), Target::atMost(50), 1,
                       join("baseline: same window idle", series->range(&Figures::stallP99)));
        series->addRow(report, "GUI stall max ms", series->worst(&Figures::stallMax),
                       series->worst(&Figures::idleMax), Target::atMost(200), 1,
                       "worst run; baseline: same window idle");
        series->addRow(report, "peak RSS MB", series->worst(&Figures::peakMB), rawPeak,
                       Target::atMost(200), 1, "worst run");
        series->addRow(report, "CPU s (receiver)", series->median(&Figures::cpuSeconds), rawCpu,
                       Target::none(), 2);
    }
    cli.addRow(report, "throughput MB/s", cli.median(&Figures::mbPerSecond), rawRate,
               Target::none(), 1, cli.range(&Figures::mbPerSecond));
    cli.addRow(report, "peak RSS MB", cli.worst(&Figures::peakMB), rawPeak, Target::atMost(200), 1,
               "worst run");
    cli.addRow(report, "CPU s (receiver)", cli.median(&Figures::cpuSeconds), rawCpu, Target::none(),
               2);
}
