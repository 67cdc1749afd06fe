#pragma once

#include "sendtarget.h"
#include "streamhasher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QObject>
#include <functional>

class QTimer;
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
    // Sends pieces while the sockets have room, for a bounded time, then waits or goes on later.
    void pump();
    bool hasRoom() const;
    // Sends one piece; false when the transfer ended meanwhile (or with it), or waits for the
    // lookup of a host name.
    bool sendPiece(const QByteArray &piece);
    // Stops sending to a target channel that closed or failed (error: why, empty for a close).
    void dropChannel(ChannelId id, const QString &error);
    // Fails the transfer now, or after the send under way (see m_sending); error() makes the
    // sentence then, with the bytes that send added.
    void failSoon(std::function<QString()> error);
    // After a send, or a channel dropped between sends: fails when nothing is left to send to.
    bool checkTargets();
    void handleBytesWritten();
    // Sends the first piece to a host and port; the channel it reaches takes the rest.
    bool sendToAddress(const QByteArray &piece);
    // After a send: a failure it caused, or a piece that reached nobody, ends the transfer.
    bool failedAfterSend(int reached);
    void adoptAddressChannel(ChannelId id);
    void finish(FileTransferResult::Outcome outcome, const QString &error);
    void stopWork();

    Session *m_session = nullptr;
    QTimer *m_pumpTimer = nullptr;  // the next pass, or the pause between datagrams
    QTimer *m_stallTimer = nullptr; // looks again when no bytesWritten() came
    QMetaObject::Connection m_writtenConnection;
    QMetaObject::Connection m_sentConnection; // while the first piece to an address waits
    QByteArray m_addressPiece;                // that piece, known by its data when it leaves
    QList<ChannelId> m_channels;              // still sent to; empty until an address has a channel
    QHash<ChannelId, QString> m_labels;       // of every channel it started with
    ChannelId m_lastDropped = 0;              // the last channel it stopped sending to, and why
    QString m_lastDropError;
    std::function<QString()> m_failure; // found during a send, acted on after it
    QFile m_file;
    StreamHasher m_hash;
    QElapsedTimer m_clock;
    SendTarget m_target;
    Options m_options;
    qint64 m_size = 0;
    qint64 m_sent = 0;
    qint64 m_pieceSize = kTcpChunk;
    qint64 m_highWater = kHighWater;
    qint64 m_lastProgressMs = 0;
    qint64 m_elapsedMs = 0; // once it has ended
    quint64 m_run = 0;      // one number per transfer, to tell whether it ended meanwhile
    int m_targets = 0;
    bool m_running = false;
    bool m_sending = false; // inside the session's send(), whose consequences may arrive in it
};

Q_DECLARE_METATYPE(FileTransferResult)
