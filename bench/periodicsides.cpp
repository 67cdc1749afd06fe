// The measured sides of the periodic scenario: a raw loop that sleeps to an absolute schedule,
// and the real main window's client tab with Repeat ticked.
#include "bench.h"
#include "clienttab.h"
#include "guiharness.h"
#include "measure.h"
#include "periodicsender.h"
#include "periodicseries.h"
#include "sockets.h"

#include <QApplication>
#include <cerrno>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace PeriodicSeries;

namespace {

constexpr std::int64_t kIntervalNs = std::int64_t(kIntervalMs) * 1000000;

void sleepUntil(std::int64_t ns)
{
    const timespec due{time_t(ns / 1000000000), long(ns % 1000000000)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &due, nullptr) == EINTR) {
    }
}

// The series as the window ran it: how late each send left by the sender's own clock, the
// window's stalls meanwhile, and how it ended.
struct Series
{
    std::vector<double> latenessMs;
    std::vector<double> stalls;
    bool stopped = false;
    bool completed = false;
    QString message;
    double cpuBefore = 0;
    double cpuAfter = 0;
};

} // namespace

int periodicRawChild(std::uint16_t port, std::int64_t count)
{
    std::string error;
    const int fd = Sockets::connectLoopback(port, &error);
    if (fd < 0) {
        Harness::tell("FAILED", {{"error", QString::fromStdString(error)}});
        return 1;
    }
    // As the client tab's connections are (LowDelayOption): each message leaves when written.
    const int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    std::vector<double> latenessMs;
    latenessMs.reserve(std::size_t(count));
    const std::int64_t startNs = Measure::nowNs();
    std::int64_t sent = 0;
    for (; sent < count; ++sent) {
        const std::int64_t dueNs = startNs + sent * kIntervalNs;
        sleepUntil(dueNs);
        latenessMs.push_back(double(Measure::nowNs() - dueNs) / 1e6);
        if (!Sockets::sendAll(fd, kMessage, kMessageSize))
            break;
    }
    close(fd);
    Harness::tell("RESULT", {{"sent", double(sent)},
                             {"completed", sent == count},
                             {"message", sent == count ? "" : "a send failed"},
                             {"latenessP50", Measure::percentile(latenessMs, 50)},
                             {"latenessP99", Measure::percentile(latenessMs, 99)}});
    return sent == count ? 0 : 1;
}

int periodicGuiChild(int argc, char **argv, std::uint16_t port, std::int64_t count)
{
    Harness::prepareGuiProcess();
    QApplication app(argc, argv);
    BenchWindow bench;
    if (!bench.connectClient(port)) {
        Harness::tell("FAILED", {{"error", "the client tab did not connect to the sink"}});
        return 1;
    }
    PeriodicSender *sender = bench.client()->periodicSender();
    Harness::settle(300); // first paint and layout out of the way

    StallProbe probe;
    probe.start();
    Harness::settle(1000);
    const std::vector<double> idle = probe.samples();

    Series series;
    series.latenessMs.reserve(std::size_t(count));
    QObject::connect(sender, &PeriodicSender::progressed, &probe, [&series, sender](qint64) {
        series.latenessMs.push_back(double(sender->lastLatenessUs()) / 1e3);
    });
    QObject::connect(sender, &PeriodicSender::stopped, &probe,
                     [&](PeriodicSender::StopReason reason, const QString &message) {
                         series.cpuAfter = Measure::cpuSeconds();
                         probe.finish();
                         series.stalls = probe.samples();
                         series.stopped = true;
                         series.completed = reason == PeriodicSender::StopReason::Completed;
                         series.message = message;
                     });
    probe.restart();
    series.cpuBefore = Measure::cpuSeconds();
    if (!bench.startSeries(QString::fromLatin1(kMessage), kIntervalMs, int(count))) {
        Harness::tell("FAILED", {{"error", "the periodic send did not start"}});
        return 1;
    }
    Harness::waitUntil([&series] { return series.stopped; }, int(count) * kIntervalMs + 60000);
    // The sink counts until the stream ends.
    const bool closed = bench.disconnectClient();
    if (!series.stopped)
        series.message = QStringLiteral("the series had not ended after its time and a minute");
    else if (!closed)
        series.message = QStringLiteral("the connection did not close");
    Harness::tell("RESULT", {{"sent", double(sender->sentCount())},
                             {"completed", series.completed && closed},
                             {"message", series.message},
                             {"latenessP50", Measure::percentile(series.latenessMs, 50)},
                             {"latenessP99", Measure::percentile(series.latenessMs, 99)},
                             {"stallP99", Measure::percentile(series.stalls, 99)},
                             {"stallMax", Measure::maximum(series.stalls)},
                             {"stallSamples", int(series.stalls.size())},
                             {"idleP99", Measure::percentile(idle, 99)},
                             {"cpuSeconds", series.cpuAfter - series.cpuBefore}});
    return series.completed && closed ? 0 : 1;
}
