// The measured sides of the UDP flood: a raw recvmmsg loop, and the real main window's UDP tab.
#include "bench.h"
#include "guiharness.h"
#include "logmodel.h"
#include "measure.h"
#include "udpflood.h"
#include "udpsession.h"
#include "udptab.h"

#include <QApplication>
#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

// What both sides count, reported alike.
struct Tally
{
    std::int64_t received = 0;
    std::int64_t wrong = 0;    // not a datagram of the flood, or out of order
    std::int64_t dropped = -1; // by the kernel, as SO_RXQ_OVFL counts them
    std::int64_t firstNs = 0;
    std::int64_t lastNs = 0;
    std::uint64_t lastSequence = 0;
    bool ended = false; // the marker arrived

    void take(const unsigned char *data, std::size_t size)
    {
        std::uint64_t sequence = 0;
        if (!UdpFlood::check(data, size, &sequence)) {
            ++wrong;
            return;
        }
        if (sequence == UdpFlood::kMarker) {
            ended = true;
            return;
        }
        const std::int64_t now = Measure::nowNs();
        if (received == 0)
            firstNs = now;
        else if (sequence <= lastSequence)
            ++wrong;
        lastNs = now;
        lastSequence = sequence;
        ++received;
    }

    QJsonObject fields() const
    {
        return {{"received", double(received)}, {"wrong", double(wrong)},
                {"dropped", double(dropped)},   {"firstNs", double(firstNs)},
                {"lastNs", double(lastNs)},     {"ended", ended}};
    }
};

} // namespace

int udpRawChild()
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    // The same receive buffer as the UDP tab asks for, and the same count of kernel drops.
    const int buffer = UdpSession::kReceiveBufferBytes;
    const int on = 1;
    const timeval timeout{5, 0}; // a vanished sender ends the loop
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer) != 0 ||
        setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &on, sizeof on) != 0 ||
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout) != 0 ||
        bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        Harness::tell("FAILED", {{"error", "could not bind a UDP socket"}});
        return 1;
    }
    Harness::tell("READY", {{"port", ntohs(address.sin_port)}});
    constexpr int kBatch = 64;
    std::vector<unsigned char> payloads(std::size_t(kBatch) * 2048);
    std::vector<mmsghdr> messages(kBatch);
    std::vector<iovec> vectors(kBatch);
    std::vector<std::array<char, CMSG_SPACE(sizeof(std::uint32_t))>> controls(kBatch);
    Tally tally;
    const double cpuBefore = Measure::cpuSeconds();
    while (!tally.ended) {
        for (int i = 0; i < kBatch; ++i) {
            vectors[size_t(i)] = {payloads.data() + size_t(i) * 2048, 2048};
            messages[size_t(i)].msg_hdr = {};
            messages[size_t(i)].msg_hdr.msg_iov = &vectors[size_t(i)];
            messages[size_t(i)].msg_hdr.msg_iovlen = 1;
            messages[size_t(i)].msg_hdr.msg_control = controls[size_t(i)].data();
            messages[size_t(i)].msg_hdr.msg_controllen = controls[size_t(i)].size();
        }
        const int count = recvmmsg(fd, messages.data(), kBatch, MSG_WAITFORONE, nullptr);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        for (int i = 0; i < count; ++i) {
            msghdr &header = messages[size_t(i)].msg_hdr;
            tally.take(static_cast<unsigned char *>(header.msg_iov->iov_base),
                       messages[size_t(i)].msg_len);
            for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(&header, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
                    std::uint32_t drops = 0;
                    std::memcpy(&drops, CMSG_DATA(c), sizeof drops);
                    tally.dropped = drops;
                }
            }
        }
    }
    const double cpuAfter = Measure::cpuSeconds();
    close(fd);
    if (tally.dropped < 0)
        tally.dropped = 0; // no cmsg: nothing was dropped before the last datagram
    QJsonObject result = tally.fields();
    result.insert("cpuSeconds", cpuAfter - cpuBefore);
    Harness::tell("RESULT", result);
    return 0;
}

int udpGuiChild(int argc, char **argv, LogDisplay display)
{
    Harness::prepareGuiProcess();
    QApplication app(argc, argv);
    BenchWindow bench;
    const quint16 port = bench.openUdp();
    if (port == 0 || !bench.setHexDisplay(display == LogDisplay::Hex, bench.udp())) {
        Harness::tell("FAILED", {{"error", "could not open the UDP tab"}});
        return 1;
    }
    UdpSession *udp = bench.udp()->udp();
    LogModel *log = bench.udp()->logModel();
    Harness::settle(300); // first paint and layout out of the way

    StallProbe probe;
    probe.start();
    Harness::settle(1000);
    const std::vector<double> idle = probe.samples();

    Tally tally;
    double cpuBefore = 0, cpuAfter = 0;
    std::vector<double> stalls;
    // Connected after the tab's own receivers: the log has taken each datagram already.
    QObject::connect(udp, &Session::received, &probe, [&](ChannelId, const QByteArray &data) {
        if (tally.received == 0 && !tally.ended) {
            cpuBefore = Measure::cpuSeconds();
            probe.restart();
        }
        const bool wasEnded = tally.ended;
        tally.take(reinterpret_cast<const unsigned char *>(data.constData()),
                   std::size_t(data.size()));
        if (tally.ended && !wasEnded) {
            cpuAfter = Measure::cpuSeconds();
            probe.finish();
            stalls = probe.samples();
        }
    });
    Harness::tell("READY", {{"port", port}});
    Harness::waitUntil([&] { return tally.ended; }, kIngestTimeoutMs - 60000);
    tally.dropped = udp->droppedDatagrams();

    // The log's entries check out too: each one a datagram of the flood, in order, the last of
    // them the last one received.
    log->flush();
    std::int64_t logged = 0, misordered = 0;
    std::uint64_t previous = 0, lastLogged = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        const LogEntry &entry = log->entry(row);
        std::uint64_t sequence = 0;
        if (entry.kind != LogEntry::Kind::Received ||
            !UdpFlood::check(reinterpret_cast<const unsigned char *>(entry.data.constData()),
                             std::size_t(entry.data.size()), &sequence) ||
            sequence == UdpFlood::kMarker)
            continue;
        if (logged > 0 && sequence <= previous)
            ++misordered;
        previous = lastLogged = sequence;
        ++logged;
    }
    QJsonObject result = tally.fields();
    result.insert("cpuSeconds", cpuAfter - cpuBefore);
    result.insert("stallP99", Measure::percentile(stalls, 99));
    result.insert("stallMax", Measure::maximum(stalls));
    result.insert("stallSamples", int(stalls.size()));
    result.insert("idleP99", Measure::percentile(idle, 99));
    result.insert("idleMax", Measure::maximum(idle));
    result.insert("logRows", log->rowCount());
    result.insert("logged", double(logged));
    result.insert("logOk", misordered == 0 && logged > 0 && lastLogged == tally.lastSequence);
    Harness::tell("RESULT", result);
    return tally.ended ? 0 : 1;
}
