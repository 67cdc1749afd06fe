// Periodic send: a 16-byte message every millisecond for 10 s, from the real client tab (Repeat,
// Interval 1 ms, Count) and from a raw loop that sleeps to an absolute schedule, into a sink of
// the driver that takes the time each message arrives. The driver's part; the measured sides are
// in periodicsides.cpp.
#include "bench.h"
#include "measure.h"
#include "periodicseries.h"
#include "rawsink.h"
#include "report.h"

#include <QJsonObject>
#include <algorithm>

using namespace PeriodicSeries;

namespace {

constexpr std::int64_t kIntervalNs = std::int64_t(kIntervalMs) * 1000000;

// What the sink saw: when each whole message arrived, and whether every byte was the message's
// byte at its place.
struct Arrivals
{
    std::vector<std::int64_t> ns;
    std::int64_t bytes = 0;
    std::int64_t wrongBytes = 0;

    void take(const char *data, std::size_t size, std::int64_t nowNs)
    {
        for (std::size_t i = 0; i < size; ++i, ++bytes) {
            const auto at = std::size_t(bytes % std::int64_t(kMessageSize));
            wrongBytes += data[i] != kMessage[at] ? 1 : 0;
            if (at == kMessageSize - 1)
                ns.push_back(nowNs);
        }
    }

    // Messages per second from the first arrival to the last.
    double rate() const
    {
        if (ns.size() < 2 || ns.back() <= ns.front())
            return Row::kNone;
        return double(ns.size() - 1) / (double(ns.back() - ns.front()) / 1e9);
    }

    // For message n: arrival - (start + n x interval), in ms. The sink cannot know when the
    // sender's schedule started; start is the earliest that fits every arrival (the least
    // delayed message's), not the first arrival, which, itself late, would make later ones look
    // early.
    std::vector<double> scheduleErrorsMs() const
    {
        std::vector<double> result;
        if (ns.empty())
            return result;
        std::int64_t start = ns.front();
        for (std::size_t n = 0; n < ns.size(); ++n)
            start = std::min(start, ns[n] - std::int64_t(n) * kIntervalNs);
        result.reserve(ns.size());
        for (std::size_t n = 0; n < ns.size(); ++n)
            result.push_back(double(ns[n] - start - std::int64_t(n) * kIntervalNs) / 1e6);
        return result;
    }
};

// One side's series as the sink and the side itself saw it.
struct Figures
{
    double rate = Row::kNone;
    double errorP50 = Row::kNone;
    double errorP99 = Row::kNone;
    double latenessP50 = Row::kNone; // the sender's own: how late each send left, in ms
    double latenessP99 = Row::kNone;
    double stallP99 = Row::kNone;
    double idleP99 = Row::kNone;
    int stallSamples = 0;
    bool exact = false;
    std::string note = "not run";
};

// Whether the sink got exactly count messages, each byte right, and the sender says it sent count.
void account(const Arrivals &arrivals, const QJsonObject &result, std::int64_t count,
             const std::string &sinkError, int exitCode, Figures *figures)
{
    const auto received = std::int64_t(arrivals.ns.size());
    const auto sent = std::int64_t(result["sent"].toDouble());
    const bool completed = result["completed"].toBool();
    figures->exact = completed && sinkError.empty() && exitCode == 0 && sent == count &&
                     received == count && arrivals.wrongBytes == 0 &&
                     arrivals.bytes == count * std::int64_t(kMessageSize);
    figures->note = std::to_string(received) + " of " + std::to_string(count) +
                    " (sender: " + std::to_string(sent) + "), " +
                    std::to_string(arrivals.wrongBytes) + " wrong bytes, exit " +
                    std::to_string(exitCode);
    if (!completed)
        figures->note += ": " + result["message"].toString().toStdString();
    if (!sinkError.empty())
        figures->note += " (" + sinkError + ")";
}

Figures measure(const Config &config, Report &report, const std::string &scenario,
                const char *childScenario, std::int64_t count)
{
    Figures figures;
    Arrivals arrivals;
    arrivals.ns.reserve(std::size_t(count));
    RawSink sink(64 * 1024, [&arrivals](const char *data, std::size_t size, std::int64_t nowNs) {
        arrivals.take(data, size, nowNs);
    });
    ChildProcess child;
    std::string error;
    if (!sink.start(&error) ||
        !child.start(config.spec({config.self, "--scenario", childScenario, "--port",
                                  std::to_string(sink.port()), "--count", std::to_string(count)},
                                 childScenario),
                     &error)) {
        report.failure(scenario, error);
        return figures;
    }
    QJsonObject result;
    const int timeoutMs = int(count) * kIntervalMs + 120000;
    const bool finished = readReport(child, "RESULT", timeoutMs, &result, report, scenario, config,
                                     childScenario);
    // The sender has closed its end (or was killed): the sink has seen the end of the stream.
    sink.join();
    int exitCode = -1;
    child.wait(30000, &exitCode);
    if (!finished)
        return figures;
    account(arrivals, result, count, sink.error(), exitCode, &figures);
    const std::vector<double> errors = arrivals.scheduleErrorsMs();
    figures.rate = arrivals.rate();
    figures.errorP50 = Measure::percentile(errors, 50);
    figures.errorP99 = Measure::percentile(errors, 99);
    figures.latenessP50 = result["latenessP50"].toDouble(Row::kNone);
    figures.latenessP99 = result["latenessP99"].toDouble(Row::kNone);
    figures.stallP99 = result["stallP99"].toDouble(Row::kNone);
    figures.idleP99 = result["idleP99"].toDouble(Row::kNone);
    figures.stallSamples = result["stallSamples"].toInt();
    return figures;
}

} // namespace

void runPeriodic(const Config &config, Report &report)
{
    const std::int64_t count = std::int64_t(config.periodicSeconds) * 1000 / kIntervalMs;
    const std::string raw = "periodic (a) raw clock_nanosleep loop";
    const std::string gui = "periodic (b) client tab, Repeat";
    const Figures rawRun = measure(config, report, raw, "periodic-raw", count);
    const Figures guiRun = measure(config, report, gui, "periodic-gui", count);
    const std::string counted = "messages received == Count, content checked";
    report.check(raw, counted, rawRun.exact, rawRun.note);
    report.check(gui, counted, guiRun.exact, guiRun.note);

    const std::string series =
            std::to_string(count) + " x 16 B, every " + std::to_string(kIntervalMs) + " ms";
    report.addFigure(raw, "sends/s, " + series, rawRun.rate, Row::kNone, Target::none(), 1);
    report.addFigure(raw, "schedule error p50 ms", rawRun.errorP50, Row::kNone, Target::none(), 3);
    report.addFigure(raw, "schedule error p99 ms", rawRun.errorP99, Row::kNone, Target::none(), 3);
    report.addFigure(raw, "sender lateness p99 ms", rawRun.latenessP99, Row::kNone, Target::none(),
                     3, "wake-up after clock_nanosleep");
    report.addFigure(gui, "sends/s", guiRun.rate, rawRun.rate, Target::ratioAtLeast(0.95), 1);
    report.addFigure(gui, "schedule error p50 ms", guiRun.errorP50, rawRun.errorP50, Target::none(),
                     3);
    // Reported, not a target: PeriodicSender waits on a QTimer, whose resolution is 1 ms.
    report.addFigure(gui, "schedule error p99 ms", guiRun.errorP99, rawRun.errorP99, Target::none(),
                     3);
    report.addFigure(gui, "sender lateness p99 ms", guiRun.latenessP99, rawRun.latenessP99,
                     Target::none(), 3, "PeriodicSender::lastLatenessUs() at each send");
    report.addFigure(gui, "GUI stall p99 ms", guiRun.stallP99, guiRun.idleP99, Target::none(), 1,
                     "baseline: same window idle; " + std::to_string(guiRun.stallSamples) +
                             " samples");
}
