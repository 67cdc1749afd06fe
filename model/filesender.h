#pragma once

#include "sendtarget.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>

class Session;

// What a finished, cancelled or failed file transfer did: one entry in the log.
struct FileTransferResult
{
    enum class Outcome { Completed, Cancelled, Failed };

    Outcome outcome = Outcome::Failed;
    QString path;
    qint64 fileSize = 0;
    qint64 bytesSent = 0; // of the file, to each target
    QByteArray sha256;    // of the bytes sent, hex
    qint64 elapsedMs = 0;
    int targets = 0; // channels it went to (UDP to an address: 1)
    QString error;   // Failed: why, in a sentence
};

// A stage that streams a file to a session's target: in pieces, never holding the file in
// memory, and only as fast as the sockets take it (it waits for the session's bytesWritten()
// when more than kHighWater bytes are queued). Over UDP each piece is one datagram of
// datagramSize bytes, with an optional pause between datagrams. The pieces are sent as
// Session::SendKind::Transfer, so that logs show the transfer (finished()), not each piece.
class FileSender : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kTcpChunk = 64 * 1024;
    static constexpr qint64 kHighWater = 1024 * 1024;
    static constexpr int kDefaultDatagramSize = 1024;

    struct Options
    {
        int datagramSize = kDefaultDatagramSize; // UDP only; 1 up to the datagram limit
        int pauseMs = 0;                         // UDP only: between datagrams
    };

    explicit FileSender(Session *session, QObject *parent = nullptr);
    ~FileSender() override;

    // Opens the file and starts. False, with *error naming the problem (no such file, not
    // readable, a directory, already sending, the session not open, a bad datagram size), when it
    // cannot start; nothing is sent then.
    bool start(const QString &path, const SendTarget &target, const Options &options,
               QString *error);
    // Stops at once; finished(Cancelled) follows.
    void cancel();

    bool isRunning() const { return m_running; }
    QString path() const;
    qint64 fileSize() const { return m_size; }
    qint64 bytesSent() const { return m_sent; }
    qint64 elapsedMs() const;

signals:
    // At most about ten times a second, and at the end.
    void progressed(qint64 sent, qint64 total);
    void finished(const FileTransferResult &result);

private:
    Session *m_session = nullptr;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QElapsedTimer m_clock;
    SendTarget m_target;
    Options m_options;
    qint64 m_size = 0;
    qint64 m_sent = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(FileTransferResult)
