// The measured sides of the file scenario: raw senders (sendfile(2), and a read/write loop), and
// the real main window's client tab sending the file with SessionTab::sendFile().
#include "bench.h"
#include "clienttab.h"
#include "filesender.h"
#include "guiharness.h"
#include "logmodel.h"
#include "measure.h"
#include "sockets.h"

#include <QApplication>
#include <QRegularExpression>
#include <cerrno>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

std::int64_t sendWithSendfile(int socket, int file, std::int64_t size)
{
    off_t offset = 0;
    while (offset < size) {
        const ssize_t n = sendfile(socket, file, &offset, std::size_t(size - offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
    }
    return offset;
}

std::int64_t sendWithReadWrite(int socket, int file, std::int64_t size)
{
    // FileSender's piece size: the baseline reads and writes no more at once than the tab does.
    std::vector<char> buffer(std::size_t(FileSender::kTcpChunk));
    std::int64_t sent = 0;
    while (sent < size) {
        const ssize_t n = read(file, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || !Sockets::sendAll(socket, buffer.data(), std::size_t(n)))
            break;
        sent += n;
    }
    return sent;
}

// The SHA-256 in the log's entry for the finished transfer ("Sent the file ...: ..., SHA-256
// <hex>."), as the user reads it; empty when there is none.
QString loggedSha256(LogModel *log)
{
    log->flush();
    static const QRegularExpression digest(QStringLiteral("SHA-256 ([0-9a-f]{64})"));
    for (int row = log->rowCount() - 1; row >= 0; --row) {
        const LogEntry &entry = log->entry(row);
        if (entry.kind != LogEntry::Kind::Info)
            continue;
        if (const QRegularExpressionMatch match = digest.match(entry.message); match.hasMatch())
            return match.captured(1);
    }
    return {};
}

// The transfer as the window ran it: when it ended, how, and the window's stalls meanwhile.
struct Transfer
{
    FileTransferResult result;
    std::vector<double> stalls;
    std::int64_t startNs = 0;
    std::int64_t doneNs = 0;
    double cpuBefore = 0;
    double cpuAfter = 0;
};

} // namespace

int fileRawChild(std::uint16_t port, const std::string &path, FileCopy how)
{
    std::string error;
    const int file = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat info
    {};
    const int socket = file >= 0 ? Sockets::connectLoopback(port, &error) : -1;
    if (file < 0 || fstat(file, &info) != 0 || socket < 0) {
        Harness::tell("FAILED", {{"error", QStringLiteral("cannot open the file or connect")}});
        return 1;
    }
    const double cpuBefore = Measure::cpuSeconds();
    const std::int64_t startNs = Measure::nowNs();
    const std::int64_t sent = how == FileCopy::Sendfile
                                      ? sendWithSendfile(socket, file, info.st_size)
                                      : sendWithReadWrite(socket, file, info.st_size);
    const std::int64_t doneNs = Measure::nowNs();
    const double cpuAfter = Measure::cpuSeconds();
    close(socket);
    close(file);
    Harness::tell("RESULT", {{"sent", double(sent)},
                             {"completed", sent == info.st_size},
                             {"startNs", double(startNs)},
                             {"doneNs", double(doneNs)},
                             {"cpuSeconds", cpuAfter - cpuBefore}});
    return sent == info.st_size ? 0 : 1;
}

int fileGuiChild(int argc, char **argv, std::uint16_t port, const std::string &path)
{
    Harness::prepareGuiProcess();
    QApplication app(argc, argv);
    BenchWindow bench;
    if (!bench.connectClient(port)) {
        Harness::tell("FAILED", {{"error", "the client tab did not connect to the sink"}});
        return 1;
    }
    ClientTab *tab = bench.client();
    Harness::settle(300); // first paint and layout out of the way

    StallProbe probe;
    probe.start();
    Harness::settle(1000);
    const std::vector<double> idle = probe.samples();

    Transfer transfer;
    QObject::connect(tab->fileSender(), &FileSender::finished, &probe,
                     [&](const FileTransferResult &result) {
                         transfer.doneNs = Measure::nowNs();
                         transfer.cpuAfter = Measure::cpuSeconds();
                         probe.finish();
                         transfer.stalls = probe.samples();
                         transfer.result = result;
                     });
    probe.restart();
    transfer.cpuBefore = Measure::cpuSeconds();
    transfer.startNs = Measure::nowNs();
    // As Send file… does after its dialog.
    if (!tab->sendFile(QString::fromStdString(path))) {
        Harness::tell("FAILED", {{"error", tab->statusText()}});
        return 1;
    }
    Harness::waitUntil([&transfer] { return transfer.doneNs != 0; }, kIngestTimeoutMs - 60000);
    const FileTransferResult &result = transfer.result;
    const bool completed = result.outcome == FileTransferResult::Outcome::Completed;
    const QString logged = loggedSha256(tab->logModel());
    // The sink counts until the stream ends; the bytes still queued go first.
    const bool closed = bench.disconnectClient();
    Harness::tell("RESULT",
                  {{"sent", double(result.bytesSent)},
                   {"completed", completed && closed},
                   {"error", transfer.doneNs == 0 ? QStringLiteral("no finished()") : result.error},
                   {"sha256", QString::fromLatin1(result.sha256)},
                   {"loggedSha256", logged},
                   {"startNs", double(transfer.startNs)},
                   {"doneNs", double(transfer.doneNs)},
                   {"cpuSeconds", transfer.cpuAfter - transfer.cpuBefore},
                   {"stallP99", Measure::percentile(transfer.stalls, 99)},
                   {"stallMax", Measure::maximum(transfer.stalls)},
                   {"stallSamples", int(transfer.stalls.size())},
                   {"idleP99", Measure::percentile(idle, 99)}});
    return completed && closed ? 0 : 1;
}
