// Start-up: exec of netdebug to its window's first paint, and its resident memory after a second
// of idling; next to a bare QApplication with one empty QWidget of the same size.
#include "bench.h"
#include "measure.h"
#include "report.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <unistd.h>

namespace {

struct Launch
{
    double firstPaintMs = Row::kNone;
    double idleRssMB = Row::kNone;
};

Launch launch(const Config &config, std::vector<std::string> argv, const std::string &platform,
              const std::string &display, const std::string &log, int run)
{
    ChildSpec spec = config.spec(std::move(argv), log);
    // Each launch starts from no settings, as on a first start.
    setEnv(spec, "XDG_CONFIG_HOME", config.scratch + "/config-" + log + std::to_string(run));
    setEnv(spec, "NETDEBUG_BENCH_FIRST_PAINT", "1");
    setEnv(spec, "QT_QPA_PLATFORM", platform);
    if (!display.empty())
        setEnv(spec, "DISPLAY", display);
    ChildProcess child;
    std::string error, painted, rss;
    Launch result;
    if (!child.start(spec, &error) || !child.readTagged("first-paint-ns", &painted, 30000) ||
        !child.readTagged("idle-rss-kb", &rss, 30000)) {
        return result;
    }
    int exitCode = -1;
    // A launch counts only if the program also ended cleanly.
    if (!child.wait(10000, &exitCode) || exitCode != 0)
        return result;
    result.firstPaintMs = (std::stod(painted) - double(child.startedNs())) / 1e6;
    result.idleRssMB = std::stod(rss) * 1024 / kMB;
    return result;
}

std::string findProgram(const std::string &name)
{
    const char *path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        const std::string candidate = dir + '/' + name;
        if (access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

double median(std::vector<double> values)
{
    return Measure::percentile(std::move(values), 50);
}

std::string range(const std::vector<double> &values)
{
    if (values.empty())
        return "no run";
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return "median of " + std::to_string(values.size()) + ", " + formatNumber(*low, 0) + ".." +
           formatNumber(*high, 0);
}

// Offscreen launches must paint (the run fails otherwise); on Xvfb the display server and its
// libraries are the environment's, so launches that fail there are reported as n/a.
void measurePlatform(const Config &config, Report &report, const std::string &scenario,
                     const std::string &platform, const std::string &display, bool required)
{
    std::vector<double> paint, rss, basePaint, baseRss;
    for (int run = 0; run < config.startupRuns; ++run) {
        // Alternated, so that both see the same noise and the same warm caches.
        const Launch app = launch(config, {config.gui}, platform, display, "startup-app", run);
        const Launch bare = launch(config, {config.self, "--scenario", "startup-baseline"},
                                   platform, display, "startup-baseline", run);
        for (auto [value, list] : {std::pair{app.firstPaintMs, &paint},
                                   {app.idleRssMB, &rss},
                                   {bare.firstPaintMs, &basePaint},
                                   {bare.idleRssMB, &baseRss}}) {
            if (!std::isnan(value))
                list->push_back(value);
        }
    }
    const bool allPainted =
            int(paint.size()) == config.startupRuns && int(basePaint.size()) == config.startupRuns;
    const std::string painted = std::to_string(paint.size()) + " + " +
                                std::to_string(basePaint.size()) + " of " +
                                std::to_string(config.startupRuns) + " each" +
                                (allPainted ? "" : "; see " + config.logPath("startup-app"));
    if (required || allPainted)
        report.check(scenario, "launches that painted and exited", allPainted, painted);
    if (!allPainted && !required) {
        paint.clear();
        rss.clear();
    }
    Row row;
    row.scenario = scenario;
    row.metric = "exec to first paint, ms";
    row.value = median(paint);
    row.baseline = median(basePaint);
    row.target = Target::atMost(300);
    row.decimals = 0;
    row.note = paint.empty() && !required ? "n/a: " + painted : range(paint);
    report.add(row);
    row.metric = "idle RSS MB";
    row.value = median(rss);
    row.baseline = median(baseRss);
    row.target = Target::atMost(60);
    row.decimals = 1;
    row.note = "after 1 s idle";
    report.add(row);
}

// Signals the first completed paint of a window and its idle memory, as app/main.cpp does under
// NETDEBUG_BENCH_FIRST_PAINT.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After the whole paint pass, not at its start.
            QTimer::singleShot(0, this, [] {
                std::printf("first-paint-ns %lld\n", (long long)Measure::nowNs());
                std::fflush(stdout);
            });
            QTimer::singleShot(1000, this, [] {
                std::printf("idle-rss-kb %ld\n", Measure::rssKb());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

void runStartup(const Config &config, Report &report)
{
    measurePlatform(config, report, "start-up offscreen", "offscreen", {}, true);
    if (config.quick)
        return; // the smoke run needs no display server
    const std::string xvfb = findProgram("Xvfb");
    ChildProcess server;
    std::string error, display;
    ChildSpec spec = config.spec(
            {xvfb, "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"}, "xvfb");
    if (xvfb.empty() || !server.start(spec, &error) || !server.readLine(&display, 15000)) {
        Row row;
        row.scenario = "start-up Xvfb";
        row.metric = "exec to first paint, ms";
        row.note = xvfb.empty() ? "n/a: Xvfb is not installed" : "n/a: Xvfb did not start";
        report.add(row);
        return;
    }
    measurePlatform(config, report, "start-up Xvfb", "xcb", ":" + display, false);
    server.terminate();
}

int startupBaselineChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1000, 700);
    FirstPaintProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
