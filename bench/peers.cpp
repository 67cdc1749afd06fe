// Peers: 10,000 concurrent connections to the server tab (and to a raw epoll server): time until
// all are accepted and listed, memory per peer, one "send to all", and release after they leave.
// The driver's part; the measured sides are in peersides.cpp.
#include "bench.h"
#include "measure.h"
#include "peerclients.h"
#include "peerprotocol.h"
#include "report.h"
#include "tcpserversession.h"

using namespace PeerProtocol;

namespace {

struct Figures
{
    double accepted = Row::kNone;
    double listedSeconds = Row::kNone; // none unless every peer was accepted and listed
    double stallP99 = Row::kNone;      // the window's timer lateness while accepting
    double stallMax = Row::kNone;
    double overflows = Row::kNone;
    double rssPerPeerKiB = Row::kNone;
    double rssPerPeerAfterSendKiB = Row::kNone;
    double sendAllMs = Row::kNone;
    double goneMs = Row::kNone; // none if some were still connected kReleaseNs after
    double stillOpen = Row::kNone;
    double fdsBefore = Row::kNone;
    double fdsAfter = Row::kNone;
    double fdsMs = Row::kNone;
    double rssGrowthMB = Row::kNone;
    double trimmedGrowthMB = Row::kNone;
    double heapGrowthMB = Row::kNone;
    double logMB = Row::kNone;
};

Figures measure(const Config &config, Report &report, const std::string &scenario,
                const char *childScenario, int backlog)
{
    Figures figures;
    const std::string log = std::string("peers-") + childScenario + std::to_string(backlog);
    ChildSpec spec =
            config.spec({config.self, "--scenario", childScenario, "--peers",
                         std::to_string(config.peers), "--backlog", std::to_string(backlog)},
                        log);
    spec.pipeStdin = true;
    ChildProcess child;
    std::string error;
    if (!child.start(spec, &error)) {
        report.failure(scenario, error);
        return figures;
    }
    auto read = [&](const char *tag, QJsonObject *fields) {
        return readReport(child, tag, kPhaseTimeoutMs, fields, report, scenario, config, log);
    };
    QJsonObject ready, listed, sent, settled, result;
    if (!read("READY", &ready))
        return figures;
    PeerClients clients(config.peers);
    const ListenCounters before = ListenCounters::read();
    const std::int64_t startNs = Measure::nowNs();
    const int connected =
            clients.connectAll(std::uint16_t(ready["port"].toInt()), kPhaseTimeoutMs, &error);
    report.check(scenario, "client handshakes completed", connected == config.peers,
                 std::to_string(connected) + " of " + std::to_string(config.peers) +
                         (error.empty() ? "" : " (" + error + ")"));
    if (!read("LISTED", &listed))
        return figures;
    const ListenCounters after = ListenCounters::read();
    const int accepted = listed["accepted"].toInt();
    clients.watchForData();
    child.writeLine("SENDALL");
    std::int64_t lastNs = 0;
    const int reached = clients.receiveAll(kPayload, accepted, 60000, &lastNs);
    child.writeLine("RECEIVED");
    if (!read("SENT", &sent) || !read("SETTLED", &settled))
        return figures;
    report.check(scenario, "accepted peers that got the 64 bytes", reached == accepted,
                 std::to_string(reached) + " of " + std::to_string(accepted));
    const std::int64_t closeNs = Measure::nowNs();
    clients.closeAll();
    child.writeLine("CLOSED");
    if (!read("RESULT", &result))
        return figures;
    int exitCode = -1;
    child.wait(30000, &exitCode);
    report.check(scenario, "measured side exited", exitCode == 0,
                 "exit " + std::to_string(exitCode));

    const double rssBefore = ready["rssKb"].toDouble();
    figures.accepted = accepted;
    figures.stallP99 = listed["stallP99"].toDouble(Row::kNone);
    figures.stallMax = listed["stallMax"].toDouble(Row::kNone);
    if (listed["listedNs"].toDouble() > 0)
        figures.listedSeconds = (listed["listedNs"].toDouble() - double(startNs)) / 1e9;
    figures.overflows = double(after.overflows - before.overflows);
    if (accepted > 0) {
        figures.rssPerPeerKiB = (listed["rssKb"].toDouble() - rssBefore) / accepted;
        figures.rssPerPeerAfterSendKiB = (settled["rssKb"].toDouble() - rssBefore) / accepted;
    }
    if (reached == accepted && accepted > 0)
        figures.sendAllMs = (double(lastNs) - sent["startNs"].toDouble()) / 1e6;
    if (result["goneNs"].toDouble() > 0)
        figures.goneMs = (result["goneNs"].toDouble() - double(closeNs)) / 1e6;
    figures.stillOpen = result["stillOpen"].toDouble();
    figures.fdsBefore = ready["fds"].toDouble();
    figures.fdsAfter = result["fds"].toDouble();
    figures.fdsMs = (result["fdsNs"].toDouble() - double(closeNs)) / 1e6;
    figures.rssGrowthMB = (result["rssKb"].toDouble() - rssBefore) * 1024 / kMB;
    figures.trimmedGrowthMB = (result["trimmedRssKb"].toDouble() - rssBefore) * 1024 / kMB;
    figures.heapGrowthMB = (result["heapKb"].toDouble() - ready["heapKb"].toDouble()) * 1024 / kMB;
    figures.logMB = result["logBytes"].toDouble(Row::kNone) / kMB;
    return figures;
}

void addRows(Report &report, const std::string &name, const Figures &gui, const Figures &raw,
             int peers)
{
    auto add = [&](const std::string &metric, double value, double baseline, Target target,
                   int decimals, const std::string &note = {}) {
        report.addFigure(name, metric, value, baseline, target, decimals, note);
    };
    const std::string count = std::to_string(peers);
    add("peers accepted of " + count, gui.accepted, raw.accepted, Target::atLeast(peers), 0);
    add("all " + count + " accepted and listed, s", gui.listedSeconds, raw.listedSeconds,
        Target::atMost(3), 2);
    add("GUI stall p99 while accepting, ms", gui.stallP99, raw.stallP99, Target::atMost(50), 1,
        "10 ms timer's lateness");
    add("GUI stall max while accepting, ms", gui.stallMax, raw.stallMax, Target::atMost(200), 1);
    add("kernel listen-queue overflows", gui.overflows, raw.overflows, Target::none(), 0,
        "system-wide counter");
    add("RSS per accepted peer KiB", gui.rssPerPeerKiB, raw.rssPerPeerKiB, Target::atMost(16), 2);
    add("RSS per peer after send to all KiB", gui.rssPerPeerAfterSendKiB,
        raw.rssPerPeerAfterSendKiB, Target::none(), 2);
    add("send to all reaches all accepted, ms", gui.sendAllMs, raw.sendAllMs, Target::atMost(1000),
        1);
    add("all gone after close, ms", gui.goneMs, raw.goneMs, Target::none(), 1);
    add("connections still open 10 s after", gui.stillOpen, raw.stillOpen, Target::none(), 0,
        "clients closed all");
    add("fds after all left", gui.fdsAfter, gui.fdsBefore, Target::ratioAtMost(1.0), 0,
        "baseline: before they came; waited " + formatNumber(gui.fdsMs, 0) + " ms");
    add("RSS growth after all left, MB", gui.rssGrowthMB, raw.rssGrowthMB, Target::atMost(20), 1);
    add("  the same after malloc_trim(0), MB", gui.trimmedGrowthMB, raw.trimmedGrowthMB,
        Target::none(), 1, "freed memory the allocator kept");
    add("  malloc'd bytes still in use, growth, MB", gui.heapGrowthMB, raw.heapGrowthMB,
        Target::none(), 1, "mallinfo2");
    add("  the log's own estimate of what it holds, MB", gui.logMB, Row::kNone, Target::none(), 1,
        "by design: history kept after peers leave");
}

} // namespace

void runPeers(const Config &config, Report &report)
{
    // Both at the server tab's default listen backlog, so that only the server differs.
    const int defaultBacklog = TcpServerSession::kDefaultBacklog;
    const Figures raw =
            measure(config, report, "peers raw epoll server", "peers-raw", defaultBacklog);
    const Figures gui = measure(config, report, "peers GUI server tab", "peers-gui", 0);
    addRows(report, "peers GUI server tab", gui, raw, config.peers);
}
