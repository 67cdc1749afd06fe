// netdebug-bench: measures NetDebug against raw baselines and prints one table. Without
// --scenario it is the driver; with it, one measured side (see bench.h).
#include "bench.h"
#include "measure.h"
#include "report.h"
#include "systemlimits.h"

#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <set>
#include <sstream>
#include <unistd.h>

namespace {

const char kUsage[] =
        "usage: netdebug-bench [--quick] [--json FILE] [--only LIST] [--bytes N] [--peers N]\n"
        "                      [--echoes N] [--keep]\n"
        "  --quick      smoke run: 64 MiB ingest, 100,000 datagrams, 1,000 peers, 1,000 echoes,\n"
        "               3 launches, 2 s of periodic send, a 64 MiB file\n"
        "  --json FILE  also write the table as JSON\n"
        "  --only LIST  comma-separated sections: ingest,udp,peers,echo,startup,periodic,file\n"
        "               (default: all)\n"
        "  --keep       keep the scratch directory (child logs) after the run\n"
        "Exit status 0 when every scenario ran and every byte count matched; the targets'\n"
        "verdicts do not change it.\n";

struct Arguments
{
    Config config;
    std::string scenario;
    std::string json;
    std::set<std::string> sections{"ingest", "udp", "peers", "echo", "startup", "periodic", "file"};
    int backlog = 0; // for the peers scenarios; 0: the server tab's default
    // For the sides that send to a sink of the driver's: its port, how many messages, which file.
    std::uint16_t port = 0;
    std::int64_t count = 0;
    std::string file;
    bool keep = false;
    bool valid = true;
};

Arguments parse(int argc, char **argv)
{
    Arguments args;
    std::int64_t bytes = 0;
    int peers = 0, echoes = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--quick") {
            args.config.quick = true;
        } else if (arg == "--keep") {
            args.keep = true;
        } else if (arg == "--scenario" && hasValue) {
            args.scenario = argv[++i];
        } else if (arg == "--json" && hasValue) {
            args.json = argv[++i];
        } else if (arg == "--bytes" && hasValue) {
            bytes = std::atoll(argv[++i]);
        } else if (arg == "--peers" && hasValue) {
            peers = std::atoi(argv[++i]);
        } else if (arg == "--backlog" && hasValue) {
            args.backlog = std::atoi(argv[++i]);
        } else if (arg == "--port" && hasValue) {
            args.port = std::uint16_t(std::atoi(argv[++i]));
        } else if (arg == "--count" && hasValue) {
            args.count = std::atoll(argv[++i]);
        } else if (arg == "--file" && hasValue) {
            args.file = argv[++i];
        } else if (arg == "--echoes" && hasValue) {
            echoes = std::atoi(argv[++i]);
        } else if (arg == "--only" && hasValue) {
            args.sections.clear();
            std::istringstream list(argv[++i]);
            for (std::string name; std::getline(list, name, ',');)
                args.sections.insert(name);
        } else if (arg.rfind("-platform", 0) == 0 || arg.rfind("--platform", 0) == 0) {
            ++i; // Qt's own option, for the GUI children
        } else {
            args.valid = false;
        }
    }
    Config &config = args.config;
    if (config.quick) {
        config.ingestBytes = std::int64_t(64) << 20;
        config.peers = 1000;
        config.echoes = 1000;
        config.startupRuns = 3;
        config.periodicSeconds = 2;
        config.fileBytes = std::int64_t(64) << 20;
    }
    config.ingestBytes = bytes > 0 ? bytes : config.ingestBytes;
    config.peers = peers > 0 ? peers : config.peers;
    config.echoes = echoes > 0 ? echoes : config.echoes;
    return args;
}

int runChild(const Arguments &args, int argc, char **argv)
{
    const Config &config = args.config;
    if (args.scenario == "ingest-raw")
        return ingestRawChild(config.ingestBytes);
    if (args.scenario == "ingest-gui-hex")
        return ingestGuiChild(argc, argv, LogDisplay::Hex, config.ingestBytes);
    if (args.scenario == "ingest-gui-text")
        return ingestGuiChild(argc, argv, LogDisplay::Text, config.ingestBytes);
    if (args.scenario == "ingest-gui-paused")
        return ingestGuiChild(argc, argv, LogDisplay::Paused, config.ingestBytes);
    if (args.scenario == "peers-gui")
        return peersGuiChild(argc, argv, config.peers, args.backlog);
    if (args.scenario == "peers-raw")
        return peersRawChild(config.peers, args.backlog);
    if (args.scenario == "echo-raw")
        return echoRawChild();
    if (args.scenario == "startup-baseline")
        return startupBaselineChild(argc, argv);
    if (args.scenario == "udp-raw")
        return udpRawChild();
    if (args.scenario == "udp-gui-hex")
        return udpGuiChild(argc, argv, LogDisplay::Hex);
    if (args.scenario == "udp-gui-text")
        return udpGuiChild(argc, argv, LogDisplay::Text);
    if (args.scenario == "periodic-raw")
        return periodicRawChild(args.port, args.count);
    if (args.scenario == "periodic-gui")
        return periodicGuiChild(argc, argv, args.port, args.count);
    if (args.scenario == "file-raw-sendfile")
        return fileRawChild(args.port, args.file, FileCopy::Sendfile);
    if (args.scenario == "file-raw-rw")
        return fileRawChild(args.port, args.file, FileCopy::ReadWrite);
    if (args.scenario == "file-gui")
        return fileGuiChild(argc, argv, args.port, args.file);
    std::fprintf(stderr, "netdebug-bench: unknown scenario %s\n", args.scenario.c_str());
    return 2;
}

std::string describe(const Config &config)
{
    double load[3] = {};
    getloadavg(load, 3);
    char text[512];
    std::snprintf(text, sizeof text,
                  "%s build, %ld CPUs, load %.2f %.2f %.2f at start; ingest %lld MiB, %d peers, "
                  "%d echoes, %d launches per platform, periodic send %d s, file %lld MiB",
                  NETDEBUG_BENCH_BUILD_TYPE, sysconf(_SC_NPROCESSORS_ONLN), load[0], load[1],
                  load[2], (long long)(config.ingestBytes >> 20), config.peers, config.echoes,
                  config.startupRuns, config.periodicSeconds, (long long)(config.fileBytes >> 20));
    return text;
}

} // namespace

std::string Config::logPath(const std::string &logName) const
{
    return scratch + "/" + logName + ".log";
}

ChildSpec Config::spec(std::vector<std::string> argv, const std::string &logName) const
{
    ChildSpec result;
    result.argv = std::move(argv);
    result.stderrPath = logPath(logName);
    setEnv(result, "XDG_CONFIG_HOME", scratch + "/config");
    setEnv(result, "LC_ALL", "C.UTF-8");
    setEnv(result, "LANGUAGE", "");
    if (const char *platform = std::getenv("QT_QPA_PLATFORM"); !platform || !*platform)
        setEnv(result, "QT_QPA_PLATFORM", "offscreen");
    return result;
}

bool readReport(ChildProcess &child, const char *tag, int timeoutMs, QJsonObject *fields,
                Report &report, const std::string &scenario, const Config &config,
                const std::string &logName)
{
    const std::int64_t deadline = Measure::nowNs() + std::int64_t(timeoutMs) * 1000000;
    const std::string prefix = std::string(tag) + ' ';
    std::string line;
    while (Measure::nowNs() < deadline) {
        const int left = int((deadline - Measure::nowNs()) / 1000000);
        if (!child.readLine(&line, std::max(1, left)))
            break;
        if (line.compare(0, prefix.size(), prefix) == 0) {
            *fields = QJsonDocument::fromJson(QByteArray::fromStdString(line.substr(prefix.size())))
                              .object();
            return true;
        }
        if (line.compare(0, 7, "FAILED ") == 0) {
            report.failure(scenario, line + "; see " + config.logPath(logName));
            child.kill();
            return false;
        }
    }
    report.failure(scenario, std::string("no ") + tag + " within " +
                                     std::to_string(timeoutMs / 1000) + " s; see " +
                                     config.logPath(logName));
    child.kill();
    return false;
}

int main(int argc, char **argv)
{
    Arguments args = parse(argc, argv);
    if (!args.valid) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (!args.scenario.empty())
        return runChild(args, argc, argv);

    // The peer clients need a descriptor each, as does the server under test.
    SystemLimits::raiseFileLimit();
    Config &config = args.config;
    config.self = selfPath();
    config.gui = NETDEBUG_BENCH_GUI;
    config.cli = NETDEBUG_BENCH_CLI;
    const char *tmp = std::getenv("TMPDIR");
    std::string scratch = std::string(tmp && *tmp ? tmp : "/tmp") + "/netdebug-bench-XXXXXX";
    if (!mkdtemp(scratch.data())) {
        std::perror("netdebug-bench: mkdtemp");
        return 1;
    }
    config.scratch = scratch;
    const std::string configuration = describe(config);
    std::printf("netdebug-bench: %s\n", configuration.c_str());
    if (std::string(NETDEBUG_BENCH_BUILD_TYPE) != "Release") {
        std::printf("netdebug-bench: not a Release build: the figures say little about the "
                    "product (configure with -DCMAKE_BUILD_TYPE=Release)\n");
    }
    std::fflush(stdout);

    Report report;
    const struct
    {
        const char *name;
        void (*run)(const Config &, Report &);
    } sections[] = {{"ingest", runIngest}, {"udp", runUdp},         {"peers", runPeers},
                    {"echo", runEcho},     {"startup", runStartup}, {"periodic", runPeriodic},
                    {"file", runFileSend}};
    for (const auto &section : sections) {
        if (!args.sections.count(section.name))
            continue;
        const std::int64_t start = Measure::nowNs();
        section.run(config, report);
        std::fprintf(stderr, "netdebug-bench: %s done in %.1f s\n", section.name,
                     double(Measure::nowNs() - start) / 1e9);
    }
    std::printf("\n");
    report.print(stdout);
    const bool passed = report.allChecksPassed();
    std::printf("\nByte counts and completion: %s. Verdicts: PASS/MISS against the issue's "
                "targets; ratio = value / baseline.\n",
                passed ? "all OK" : "FAILED (see the FAIL rows)");
    if (!args.json.empty() && !report.writeJson(args.json, configuration)) {
        std::fprintf(stderr, "netdebug-bench: cannot write %s\n", args.json.c_str());
        return 1;
    }
    if (args.keep || !passed)
        std::printf("Child logs kept in %s\n", scratch.c_str());
    else
        std::system(("rm -rf '" + scratch + "'").c_str());
    return passed ? 0 : 1;
}
