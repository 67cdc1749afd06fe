// The measured sides of the peers scenarios: the real main window, and a raw epoll server.
#include "bench.h"
#include "guiharness.h"
#include "logmodel.h"
#include "measure.h"
#include "peerprotocol.h"
#include "servertab.h"
#include "sockets.h"
#include "tcpserversession.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <cerrno>
#include <malloc.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace PeerProtocol;

namespace {

// Bytes the program holds from malloc, whatever the resident size says.
double heapInUseKb()
{
    return double(mallinfo2().uordblks) / 1024;
}

// After all peers left: waits (by running wait) until the descriptors are back to the baseline
// or kReleaseNs pass, then reports them and the memory, also after malloc_trim() to tell memory
// held by the program from freed memory the allocator keeps.
void reportRelease(std::int64_t goneNs, int baselineFds, const std::function<void(int)> &wait,
                   QJsonObject fields = {})
{
    const std::int64_t deadline = Measure::nowNs() + kReleaseNs;
    while (Measure::openFds() > baselineFds && Measure::nowNs() < deadline)
        wait(100);
    const int fds = Measure::openFds();
    const std::int64_t fdsNs = Measure::nowNs();
    const long rss = Measure::rssKb();
    malloc_trim(0);
    fields.insert("goneNs", double(goneNs));
    fields.insert("fds", fds);
    fields.insert("fdsNs", double(fdsNs));
    fields.insert("rssKb", double(rss));
    fields.insert("trimmedRssKb", double(Measure::rssKb()));
    fields.insert("heapKb", heapInUseKb());
    Harness::tell("RESULT", fields);
}

} // namespace

int peersGuiChild(int argc, char **argv, int peers, int backlog)
{
    Harness::prepareGuiProcess();
    QApplication app(argc, argv);
    BenchWindow bench;
    TcpServerSession *backend = bench.server()->server();
    if (backlog > 0)
        backend->setBacklog(backlog); // as the Options dialog does
    const quint16 port = bench.listen();
    if (port == 0) {
        Harness::tell("FAILED", {{"error", "could not listen"}});
        return 1;
    }
    QAbstractItemModel *model = bench.peerModel();
    StdinLines commands;
    auto command = [&](const char *expected) {
        return Harness::waitUntil([&] { return commands.hasLine(); }, kPhaseTimeoutMs) &&
               commands.takeLine() == QLatin1String(expected);
    };
    Harness::settle(500);
    const int baselineFds = Measure::openFds();
    StallProbe probe; // the window's answering while the storm is accepted
    probe.start();
    Harness::tell("READY", {{"port", port},
                            {"rssKb", double(Measure::rssKb())},
                            {"heapKb", heapInUseKb()},
                            {"fds", baselineFds}});

    std::int64_t listedNs = 0;
    std::int64_t lastPeerNs = Measure::nowNs();
    auto checkListed = [&] {
        if (listedNs == 0 && model->rowCount() == peers && backend->channelCount() == peers)
            listedNs = Measure::nowNs();
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, checkListed);
    QObject::connect(backend, &Session::channelOpened, &app, [&] {
        lastPeerNs = Measure::nowNs();
        checkListed();
    });
    Harness::waitUntil([&] { return listedNs != 0 || Measure::nowNs() - lastPeerNs > kQuietNs; },
                       kPhaseTimeoutMs);
    probe.finish();
    Harness::settle(500); // the log's and the peer list's batched work done
    Harness::tell("LISTED", {{"listedNs", double(listedNs)},
                             {"stallP99", Measure::percentile(probe.samples(), 99)},
                             {"stallMax", Measure::maximum(probe.samples())},
                             {"accepted", backend->channelCount()},
                             {"rows", model->rowCount()},
                             {"rssKb", double(Measure::rssKb())},
                             {"logRows", bench.server()->logModel()->rowCount()}});

    if (!command("SENDALL"))
        return 1;
    const std::int64_t startNs = Measure::nowNs();
    const bool clicked = bench.sendToAll(QString::fromStdString(kPayload));
    Harness::tell("SENT", {{"startNs", double(startNs)},
                           {"returnedNs", double(Measure::nowNs())},
                           {"clicked", clicked}});
    if (!command("RECEIVED"))
        return 1;
    Harness::settle(200);
    Harness::tell("SETTLED", {{"rssKb", double(Measure::rssKb())}});

    std::int64_t goneNs = 0;
    auto checkGone = [&] {
        if (goneNs == 0 && model->rowCount() == 0 && backend->channelCount() == 0)
            goneNs = Measure::nowNs();
    };
    QObject::connect(backend, &Session::channelClosed, &app, checkGone);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, &app, checkGone);
    if (!command("CLOSED"))
        return 1;
    Harness::waitUntil([&] { return goneNs != 0; }, int(kReleaseNs / 1000000));
    // Sockets are freed with deleteLater(); let that and the batched work happen.
    Harness::settle(200);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    Harness::settle(1000);
    LogModel *log = bench.server()->logModel();
    reportRelease(goneNs, baselineFds, &Harness::settle,
                  {{"stillOpen", backend->channelCount()},
                   {"logRows", log->rowCount()},
                   {"logBytes", double(log->storedBytes())}});
    return 0;
}

int peersRawChild(int peers, int backlog)
{
    std::uint16_t port = 0;
    const int listener = Sockets::listenLoopback(backlog, &port, true);
    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    if (listener < 0 || epoll < 0)
        return 1;
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = listener;
    epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event);
    event.data.fd = STDIN_FILENO;
    epoll_ctl(epoll, EPOLL_CTL_ADD, STDIN_FILENO, &event);
    std::vector<int> peerFds;
    peerFds.reserve(size_t(peers));
    const int baselineFds = Measure::openFds();
    Harness::tell("READY", {{"port", port},
                            {"rssKb", double(Measure::rssKb())},
                            {"heapKb", heapInUseKb()},
                            {"fds", baselineFds}});

    int open = 0;
    bool listed = false;
    std::string commands;
    std::int64_t closedNs = 0;
    std::int64_t lastCloseNs = 0;
    std::int64_t goneNs = 0;
    std::int64_t lastPeerNs = Measure::nowNs();
    std::vector<epoll_event> events(1024);
    const std::int64_t deadline = Measure::nowNs() + std::int64_t(3) * kPhaseTimeoutMs * 1000000;
    while (Measure::nowNs() < deadline && goneNs == 0 &&
           !(closedNs != 0 && Measure::nowNs() - closedNs > kReleaseNs)) {
        const int n = epoll_wait(epoll, events.data(), int(events.size()), 100);
        for (int e = 0; e < n; ++e) {
            const int fd = events[e].data.fd;
            if (fd == listener) {
                for (int peer; (peer = accept4(listener, nullptr, nullptr,
                                               SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0;) {
                    event.events = EPOLLIN;
                    event.data.fd = peer;
                    epoll_ctl(epoll, EPOLL_CTL_ADD, peer, &event);
                    peerFds.push_back(peer);
                    ++open;
                    lastPeerNs = Measure::nowNs();
                }
            } else if (fd == STDIN_FILENO) {
                char chunk[256];
                const ssize_t got = read(STDIN_FILENO, chunk, sizeof chunk);
                if (got <= 0) {
                    epoll_ctl(epoll, EPOLL_CTL_DEL, STDIN_FILENO, nullptr);
                    continue;
                }
                commands.append(chunk, size_t(got));
                for (size_t end; (end = commands.find('\n')) != std::string::npos;) {
                    const std::string line = commands.substr(0, end);
                    commands.erase(0, end + 1);
                    if (line == "SENDALL") {
                        const std::int64_t startNs = Measure::nowNs();
                        for (int peer : peerFds)
                            send(peer, kPayload.data(), kPayload.size(), MSG_NOSIGNAL);
                        Harness::tell("SENT", {{"startNs", double(startNs)},
                                               {"returnedNs", double(Measure::nowNs())}});
                    } else if (line == "RECEIVED") {
                        Harness::tell("SETTLED", {{"rssKb", double(Measure::rssKb())}});
                    } else if (line == "CLOSED") {
                        closedNs = Measure::nowNs();
                    }
                }
            } else {
                char buffer[256];
                const ssize_t got = recv(fd, buffer, sizeof buffer, 0);
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                    epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nullptr);
                    close(fd);
                    --open;
                    lastCloseNs = Measure::nowNs();
                }
            }
        }
        // The clients may close before CLOSED is read: gone is when the last one was closed.
        if (closedNs != 0 && open == 0 && goneNs == 0)
            goneNs = lastCloseNs != 0 ? lastCloseNs : closedNs;
        const bool all = open == peers;
        if (!listed && (all || Measure::nowNs() - lastPeerNs > kQuietNs)) {
            listed = true;
            Harness::tell("LISTED", {{"listedNs", all ? double(lastPeerNs) : 0.0},
                                     {"accepted", open},
                                     {"rssKb", double(Measure::rssKb())}});
        }
    }
    reportRelease(Measure::nowNs(), baselineFds, [](int ms) { usleep(useconds_t(ms) * 1000); });
    return open == 0 ? 0 : 1;
}
