#pragma once

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

// The SHA-256 of a stream of pieces, computed on a thread of its own so that hashing a file being
// sent overlaps sending it. Qt 6.4's own SHA-256 runs at about a tenth of loopback speed; where the
// build found OpenSSL's libcrypto, that (with the CPU's SHA instructions) is used instead.
class StreamHasher
{
public:
    // Pieces waiting for the thread, at most: add() waits while more are queued.
    static constexpr qsizetype kMaxQueuedBytes = 8 * 1024 * 1024;

    StreamHasher();
    ~StreamHasher();
    StreamHasher(const StreamHasher &) = delete;
    StreamHasher &operator=(const StreamHasher &) = delete;

    // Starts a new digest, dropping what the last one had.
    void reset();
    // Queues a piece (shared, not copied).
    void add(const QByteArray &piece);
    // Waits for what is queued and returns the digest in hex; then reset() before the next.
    QByteArray result();

private:
    struct Digest;

    void run();

    std::unique_ptr<Digest> m_digest;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qsizetype m_queuedBytes = 0;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};
