// Send file: 1 GiB from a file of a known pattern, sent by the real client tab
// (SessionTab::sendFile(), no dialog) and by raw senders (sendfile(2), and a read/write loop),
// into a sink of the driver that checks every byte at its offset. The driver's part; the measured
// sides are in filesendsides.cpp.
#include "bench.h"
#include "measure.h"
#include "rawsink.h"
#include "report.h"
#include "runs.h"
#include "sockets.h"

#include <QJsonObject>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <unistd.h>

namespace {

// The file every side sends: byte N is Sockets::floodPattern()[N % its size]. Written in pieces,
// never held whole, and removed when this goes.
struct PatternFile
{
    std::string path;
    std::int64_t size = 0;
    QByteArray sha256; // hex, as FileSender reports it
    std::string error; // why it could not be written or digested

    PatternFile(std::string at, std::int64_t bytes)
        : path(std::move(at))
        , size(bytes)
    {}
    ~PatternFile() { unlink(path.c_str()); }
};

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

bool writePattern(PatternFile *file)
{
    const std::vector<char> &pattern = Sockets::floodPattern();
    const int fd = open(file->path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    std::int64_t done = 0;
    while (fd >= 0 && done < file->size) {
        const auto length = std::size_t(
                std::min<std::int64_t>(std::int64_t(pattern.size()), file->size - done));
        if (!writeAll(fd, pattern.data(), length))
            break;
        done += std::int64_t(length);
    }
    // On disk before the first transfer: the kernel writing a gigabyte back while one is
    // measured would slow that one alone.
    const bool written = fd >= 0 && done == file->size && fsync(fd) == 0;
    if (!written)
        file->error = file->path + ": " + std::strerror(errno);
    if (fd >= 0)
        close(fd);
    return written;
}

// The first program of that name on PATH, or an empty string.
std::string findProgram(const std::string &name)
{
    const char *path = std::getenv("PATH");
    std::istringstream dirs(path && *path ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        const std::string candidate = dir + "/" + name;
        if (!dir.empty() && access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

// The file's SHA-256 by coreutils' sha256sum: an implementation that is neither the tab's nor
// Qt's, which FileSender uses.
bool digest(const Config &config, PatternFile *file)
{
    const std::string program = findProgram("sha256sum");
    ChildProcess child;
    std::string line;
    if (program.empty()) {
        file->error = "no sha256sum on PATH";
        return false;
    }
    if (!child.start(config.spec({program, file->path}, "file-sha256sum"), &file->error))
        return false;
    const bool read = child.readLine(&line, 120000);
    int exitCode = -1;
    child.wait(10000, &exitCode);
    if (!read || exitCode != 0 || line.size() < 64) {
        file->error = "sha256sum failed; see " + config.logPath("file-sha256sum");
        return false;
    }
    file->sha256 = QByteArray::fromStdString(line.substr(0, 64));
    return true;
}

// What the sink received: how many bytes, whether each was the file's byte at its offset, and
// when the last of the file arrived.
struct Received
{
    std::int64_t expected = 0;
    std::int64_t bytes = 0;
    std::int64_t firstWrong = -1; // where the first span that differed begins
    std::int64_t completeNs = 0;

    void take(const char *data, std::size_t size, std::int64_t nowNs)
    {
        const std::vector<char> &pattern = Sockets::floodPattern();
        while (size > 0) {
            const auto at = std::size_t(bytes % std::int64_t(pattern.size()));
            const std::size_t n = std::min(size, pattern.size() - at);
            if (firstWrong < 0 && std::memcmp(data, pattern.data() + at, n) != 0)
                firstWrong = bytes;
            data += n;
            size -= n;
            bytes += std::int64_t(n);
        }
        if (completeNs == 0 && bytes >= expected)
            completeNs = nowNs;
    }
};

// One round of one sender: its rate, the window's figures, and the three checks.
struct Figures
{
    double mbPerSecond = Row::kNone;
    double peakMB = Row::kNone;
    double stallP99 = Row::kNone;
    double idleP99 = Row::kNone;
    int stallSamples = 0;
    bool bytesMatched = false;
    bool contentMatched = false;
    bool digestMatched = false;
    bool exact = false; // bytes and content
    std::string bytesNote = "not run";
    std::string exactNote = "not run";
    std::string contentNote = "not run";
    std::string digestNote = "not run";
};

void account(const PatternFile &file, const Received &received, const QJsonObject &result,
             const std::string &sinkError, int exitCode, Figures *figures)
{
    const auto sent = std::int64_t(result["sent"].toDouble());
    const std::string error = result["error"].toString().toStdString();
    figures->bytesMatched = result["completed"].toBool() && exitCode == 0 && sinkError.empty() &&
                            sent == file.size && received.bytes == file.size;
    figures->bytesNote = std::to_string(received.bytes) + " of " + std::to_string(file.size) +
                         " (sender: " + std::to_string(sent) + "), exit " +
                         std::to_string(exitCode) + (error.empty() ? "" : ": " + error) +
                         (sinkError.empty() ? "" : " (" + sinkError + ")");
    figures->contentMatched = received.firstWrong < 0 && received.bytes == file.size;
    if (received.firstWrong >= 0)
        figures->contentNote =
                "differs within the bytes from offset " + std::to_string(received.firstWrong);
    else if (received.bytes == file.size)
        figures->contentNote = "every byte as in the file";
    else
        figures->contentNote = "the bytes received as in the file, but not all of it";
    figures->exact = figures->bytesMatched && figures->contentMatched;
    figures->exactNote = figures->bytesNote + "; " + figures->contentNote;
    const QByteArray logged = result["loggedSha256"].toString().toLatin1();
    const QByteArray reported = result["sha256"].toString().toLatin1();
    figures->digestMatched = logged == file.sha256 && reported == file.sha256;
    figures->digestNote = "logged " + (logged.isEmpty() ? "nothing" : logged.left(16) + "...") +
                          ", file " + file.sha256.left(16) + "..." +
                          (reported == logged ? "" : ", FileTransferResult differs");
}

Figures measure(const Config &config, Report &report, const std::string &scenario,
                const char *childScenario, const PatternFile &file)
{
    Figures figures;
    Received received;
    received.expected = file.size;
    // Reads as large as the ingest's raw sink's: it takes whatever has arrived at once.
    RawSink sink(1024 * 1024, [&received](const char *data, std::size_t size, std::int64_t nowNs) {
        received.take(data, size, nowNs);
    });
    ChildProcess child;
    std::string error;
    if (!sink.start(&error) ||
        !child.start(config.spec({config.self, "--scenario", childScenario, "--port",
                                  std::to_string(sink.port()), "--file", file.path},
                                 childScenario),
                     &error)) {
        report.failure(scenario, error);
        return figures;
    }
    QJsonObject result;
    const bool finished = readReport(child, "RESULT", kIngestTimeoutMs, &result, report, scenario,
                                     config, childScenario);
    sink.join(); // the sender has closed its end, or was killed
    rusage usage{};
    int exitCode = -1;
    child.wait(30000, &exitCode, &usage);
    if (!finished)
        return figures;
    account(file, received, result, sink.error(), exitCode, &figures);
    // Done when the sender is done and the sink has every byte, whichever comes last.
    const auto startNs = std::int64_t(result["startNs"].toDouble());
    const std::int64_t doneNs =
            std::max(std::int64_t(result["doneNs"].toDouble()), received.completeNs);
    if (figures.bytesMatched && doneNs > startNs)
        figures.mbPerSecond = double(file.size) / (double(doneNs - startNs) / 1e9) / kMB;
    figures.peakMB = double(usage.ru_maxrss) * 1024 / kMB;
    figures.stallP99 = result["stallP99"].toDouble(Row::kNone);
    figures.idleP99 = result["idleP99"].toDouble(Row::kNone);
    figures.stallSamples = result["stallSamples"].toInt();
    return figures;
}

// One check over every round: passed if each round passed; the note of the first that failed.
void addCheck(Report &report, const std::string &scenario, const std::string &metric,
              const std::vector<Figures> &runs, bool Figures::*passed, std::string Figures::*note)
{
    bool all = !runs.empty();
    std::string shown = "no run";
    for (const Figures &run : runs) {
        if (all || shown == "no run")
            shown = run.*note;
        all = all && run.*passed;
    }
    report.check(scenario, metric + ", " + std::to_string(runs.size()) + " run(s)", all, shown);
}

// The rows of the three senders; the faster raw sender is the GUI's baseline.
void addRows(Report &report, const Config &config, const std::string names[3],
             const std::vector<Figures> runs[3])
{
    const std::vector<Figures> &sendfileRuns = runs[0], &readWriteRuns = runs[1],
                               &guiRuns = runs[2];
    const double sendfileRate = Runs::median(sendfileRuns, &Figures::mbPerSecond);
    const double readWriteRate = Runs::median(readWriteRuns, &Figures::mbPerSecond);
    const bool sendfileFaster = !(readWriteRate > sendfileRate); // NaN: sendfile's stands
    const double rawRate = sendfileFaster ? sendfileRate : readWriteRate;
    const double rawPeak = std::max(Runs::worst(sendfileRuns, &Figures::peakMB),
                                    Runs::worst(readWriteRuns, &Figures::peakMB));
    const std::string size = std::to_string(config.fileBytes >> 20) + " MiB";
    report.addFigure(names[0], "throughput MB/s, " + size, sendfileRate, Row::kNone, Target::none(),
                     1, Runs::range(sendfileRuns, &Figures::mbPerSecond));
    report.addFigure(names[1], "throughput MB/s", readWriteRate, sendfileRate, Target::none(), 1,
                     Runs::range(readWriteRuns, &Figures::mbPerSecond));
    std::string note = std::string("baseline: the faster raw sender, ") +
                       (sendfileFaster ? "sendfile(2)" : "read/write");
    if (const std::string range = Runs::range(guiRuns, &Figures::mbPerSecond); !range.empty())
        note += "; " + range;
    report.addFigure(names[2], "throughput MB/s", Runs::median(guiRuns, &Figures::mbPerSecond),
                     rawRate, Target::ratioAtLeast(0.7), 1, note);
    const int samples = guiRuns.empty() ? 0 : guiRuns.back().stallSamples;
    report.addFigure(names[2], "GUI stall p99 ms", Runs::median(guiRuns, &Figures::stallP99),
                     Runs::median(guiRuns, &Figures::idleP99), Target::atMost(50), 1,
                     "baseline: same window idle; " + std::to_string(samples) +
                             " samples (last run)");
    report.addFigure(names[2], "peak RSS MB", Runs::worst(guiRuns, &Figures::peakMB), rawPeak,
                     Target::atMost(120), 1, "worst run; baseline: the raw senders'");
}

} // namespace

void runFileSend(const Config &config, Report &report)
{
    const std::string names[3] = {"file (a) raw sendfile(2)", "file (b) raw read/write 64 KiB",
                                  "file (c) client tab, sendFile()"};
    PatternFile file(config.scratch + "/file-send.bin", config.fileBytes);
    if (!writePattern(&file) || !digest(config, &file)) {
        report.failure(names[2], "no file to send: " + file.error);
        return;
    }
    std::vector<Figures> runs[3];
    const char *children[3] = {"file-raw-sendfile", "file-raw-rw", "file-gui"};
    // Interleaved rounds, so that every sender meets the same noise of this shared machine.
    const int rounds = config.quick ? 1 : 3;
    for (int round = 0; round < rounds; ++round) {
        for (int side = 0; side < 3; ++side)
            runs[side].push_back(measure(config, report, names[side], children[side], file));
    }
    for (int side = 0; side < 2; ++side) {
        addCheck(report, names[side], "bytes received == file, content checked", runs[side],
                 &Figures::exact, &Figures::exactNote);
    }
    addCheck(report, names[2], "bytes received == file, exit 0", runs[2], &Figures::bytesMatched,
             &Figures::bytesNote);
    addCheck(report, names[2], "content == file (sink's pattern check)", runs[2],
             &Figures::contentMatched, &Figures::contentNote);
    addCheck(report, names[2], "logged SHA-256 == file's", runs[2], &Figures::digestMatched,
             &Figures::digestNote);
    addRows(report, config, names, runs);
}
