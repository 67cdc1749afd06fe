// The measured sides of the ingest scenarios: a raw recv loop, and the real main window.
#include "bench.h"
#include "guiharness.h"
#include "logmodel.h"
#include "measure.h"
#include "servertab.h"
#include "sockets.h"
#include "tcpserversession.h"

#include <QApplication>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

int ingestRawChild(std::int64_t bytes)
{
    std::uint16_t port = 0;
    const int listener = Sockets::listenLoopback(1, &port);
    if (listener < 0)
        return 1;
    Harness::tell("READY", {{"port", port}});
    const int fd = Sockets::acceptWithin(listener, 60000);
    if (fd < 0)
        return 1;
    const timeval timeout{60, 0}; // a vanished sender ends the loop
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const double cpuBefore = Measure::cpuSeconds();
    // At least as large as the server tab's read chunk (kMaxReadChunk), so that the baseline
    // reads no smaller.
    std::vector<char> buffer(1024 * 1024);
    std::int64_t received = 0;
    std::int64_t doneNs = 0;
    double cpuAfter = 0;
    for (;;) {
        const ssize_t n = recv(fd, buffer.data(), buffer.size(), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        received += n;
        if (doneNs == 0 && received >= bytes) {
            doneNs = Measure::nowNs();
            cpuAfter = Measure::cpuSeconds();
        }
    }
    close(fd);
    close(listener);
    Harness::tell("RESULT", {{"rx", double(received)},
                             {"doneNs", double(doneNs)},
                             {"cpuSeconds", cpuAfter - cpuBefore}});
    return 0;
}

int ingestGuiChild(int argc, char **argv, LogDisplay display, std::int64_t bytes)
{
    Harness::prepareGuiProcess();
    QApplication app(argc, argv);
    BenchWindow bench;
    const quint16 port = bench.listen();
    const bool paused = display == LogDisplay::Paused;
    if (port == 0 || !bench.setHexDisplay(display != LogDisplay::Text) ||
        (paused && !bench.pauseDisplay())) {
        Harness::tell("FAILED", {{"error", "could not set up the server tab"}});
        return 1;
    }
    TcpServerSession *backend = bench.server()->server();
    LogModel *log = bench.server()->logModel();
    Harness::settle(300); // first paint and layout out of the way

    StallProbe probe;
    probe.start();
    Harness::settle(1000);
    const std::vector<double> idle = probe.samples();

    struct
    {
        std::int64_t doneNs = 0;
        bool started = false;
        double cpuBefore = 0;
        double cpuAfter = 0;
        qint64 peerRx = 0;
        std::vector<double> stalls;
    } flood;
    // Connected after the server tab's own handlers, so the log has counted the read already.
    QObject::connect(backend, &Session::received, &probe, [&](ChannelId id, const QByteArray &) {
        if (!flood.started) {
            flood.started = true;
            flood.cpuBefore = Measure::cpuSeconds();
            probe.restart();
        }
        if (flood.doneNs == 0 && log->rxBytes() >= bytes) {
            flood.doneNs = Measure::nowNs();
            flood.cpuAfter = Measure::cpuSeconds();
            probe.finish();
            flood.stalls = probe.samples();
            flood.peerRx = backend->channel(id).rxBytes;
        }
    });
    Harness::tell("READY", {{"port", port}});
    Harness::waitUntil([&] { return flood.doneNs != 0; }, kIngestTimeoutMs - 60000);
    Harness::tell("RESULT", {{"rx", double(log->rxBytes())},
                             {"peerRx", double(flood.doneNs ? flood.peerRx : -1)},
                             {"doneNs", double(flood.doneNs)},
                             {"cpuSeconds", flood.cpuAfter - flood.cpuBefore},
                             {"stallP99", Measure::percentile(flood.stalls, 99)},
                             {"stallMax", Measure::maximum(flood.stalls)},
                             {"stallSamples", int(flood.stalls.size())},
                             {"idleP99", Measure::percentile(idle, 99)},
                             {"idleMax", Measure::maximum(idle)},
                             {"logRows", log->rowCount()}});
    return flood.doneNs ? 0 : 1;
}
