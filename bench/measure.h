#pragma once

#include <QObject>
#include <cstdint>
#include <sys/types.h>
#include <vector>

class QTimer;

// Clocks and process figures the benchmark reads (Linux: /proc and getrusage), and percentiles.
namespace Measure {

// CLOCK_MONOTONIC in nanoseconds: one clock for every process of the run, so that a time taken in
// the driver and one taken in a child can be subtracted.
std::int64_t nowNs();
// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when it cannot be read.
long statusKb(const char *field);
long rssKb();
long peakRssKb();
// Entries of /proc/self/fd, not counting the descriptor that lists them.
int openFds();
// User plus system CPU time of this process, all threads.
double cpuSeconds();
// User plus system CPU time of another process, from /proc/PID/stat (10 ms resolution).
double processCpuSeconds(pid_t pid);
// Nearest-rank percentile (p in 0..100); NaN for no values.
double percentile(std::vector<double> values, double p);
double maximum(const std::vector<double> &values);

} // namespace Measure

// How late the GUI thread serves a 10 ms precise timer: each sample is the time between two
// timeouts minus 10 ms, in milliseconds.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 10;

    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    // Forgets the samples so far; the next one is measured from now.
    void restart();
    // Stops, counting a stall still in progress (the timer overdue now) as a sample.
    void finish();
    const std::vector<double> &samples() const { return m_lateMs; }

private:
    void handleTimeout();

    QTimer *m_timer = nullptr;
    std::vector<double> m_lateMs;
    std::int64_t m_last = 0;
};
