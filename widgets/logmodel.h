#pragma once

#include "logentry.h"
#include "streamdecoder.h"

#include <QAbstractListModel>
#include <deque>
#include <map>
#include <utility>
#include <vector>

class QIODevice;
class QTimer;

// The connection log: a ring buffer bounded by entry count and by bytes held. New entries are
// collected and inserted in batches on a short timer, and consecutive reads from one peer in a
// batch become one entry, so a flood costs bounded view work. A payload too large for a share of
// the byte limit keeps only its head, so that it cannot push the rest of the history out.
// Counters count every byte, also while the display is paused.
class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        TimeRole,
        PeerRole,
        ChannelRole,
        DataRole,
        FullTextRole
    };

    static constexpr int kDefaultMaxEntries = 100000;
    static constexpr qint64 kDefaultMaxBytes = 48 * 1024 * 1024;
    static constexpr int kMaxCoalescedBytes = 64 * 1024;
    static constexpr int kDisplayLimit = 2000; // characters shown in one row

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // channel and peer name whom the event is about (0 and empty: the whole session);
    // endedChannels, for a Disconnected event of several channels, whose streams it ends.
    void addEvent(LogEntry::Kind kind, ChannelId channel, const QString &peer,
                  const QString &message, const QList<ChannelId> &endedChannels = {});
    void addEvent(LogEntry::Kind kind, const QString &message) { addEvent(kind, 0, {}, message); }
    // Data of one channel's stream; reads that follow each other closely share an entry. A
    // datagram is an entry of its own, never merged, even when it is empty.
    void addData(LogEntry::Kind direction, ChannelId channel, const QString &peer,
                 const QByteArray &data, bool datagram = false);
    // One payload sent to several channels: one entry, and the TX counter counts it once per
    // channel.
    void addSentToMany(const QString &peers, const QByteArray &data, int copies);
    // Bytes sent without an entry of their own (the pieces of a file): the TX counter counts them.
    void countSent(qint64 bytes);
    // The channel's streams ended: bytes of an unfinished character are shown as \xHH.
    void endStreams(ChannelId channel);
    // Inserts what is pending now instead of on the next timer tick.
    void flush();
    void clear();

    const LogEntry &entry(int row) const { return m_entries[size_t(row)]; }
    // The row as saved to a file: timestamp, peer, size and the whole payload.
    QString lineFor(const LogEntry &entry, bool full) const;
    bool saveTo(QIODevice *device) const;
    // What a details view shows above the payload: when, which way, who and how much, and what
    // the log did not keep.
    QString detailsHeader(const LogEntry &entry) const;

    bool hexMode() const { return m_hexMode; }
    void setHexMode(bool hex);
    bool showTimestamps() const { return m_showTimestamps; }
    void setShowTimestamps(bool show);
    QString encoding() const { return m_encoding; }
    // Re-renders the history in the new encoding; returns false for an unknown encoding.
    bool setEncoding(const QString &encoding);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    int maxEntries() const { return m_maxEntries; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setLimits(int maxEntries, qint64 maxBytes);
    // The most bytes of one payload an entry keeps; the rest is counted, not kept.
    qsizetype maxKeptPayload() const;
    qint64 storedBytes() const { return m_storedBytes + m_pendingBytes; }
    qint64 trimmedEntries() const { return m_trimmed; }
    int flushInterval() const;
    void setFlushInterval(int milliseconds);

    qint64 rxBytes() const { return m_rxBytes; }
    qint64 txBytes() const { return m_txBytes; }
    void resetCounters();

signals:
    void countersChanged(qint64 rxBytes, qint64 txBytes);

private:
    void append(LogEntry &&entry);
    void scheduleFlush();
    void keepWithinByteLimit();
    void trimTo(qsizetype maxCount, qint64 maxBytes);
    void decodeInto(LogEntry &entry, QByteArrayView data);
    void redecodeAll();
    // A stream: one channel, one direction.
    using StreamKey = std::pair<ChannelId, bool>;
    qint64 finishStreams(ChannelId channel, std::map<StreamKey, LogEntry *> &lastOfStream);
    StreamDecoder &decoderFor(const LogEntry &entry);
    static StreamKey streamKey(const LogEntry &entry);
    static qint64 costOf(const LogEntry &entry);
    QString payloadFor(const LogEntry &entry, bool full) const;
    QString omissionNote(const LogEntry &entry, bool cutForView, qsizetype shownBytes) const;
    QString headerFor(const LogEntry &entry) const;

    std::deque<LogEntry> m_entries;
    std::vector<LogEntry> m_pending;
    std::map<StreamKey, StreamDecoder> m_decoders;
    QTimer *m_flushTimer = nullptr;
    static constexpr qint64 kSendBurstMs = 10;
    qint64 m_lastSentMs = 0;
    QString m_encoding = QStringLiteral("UTF-8");
    int m_maxEntries = kDefaultMaxEntries;
    qint64 m_maxBytes = kDefaultMaxBytes;
    qint64 m_storedBytes = 0;
    qint64 m_pendingBytes = 0;
    qint64 m_trimmed = 0;
    qint64 m_rxBytes = 0;
    qint64 m_txBytes = 0;
    qint64 m_pausedBytes = 0;
    qint64 m_pausedReads = 0;
    bool m_countersDirty = false;
    bool m_hexMode = false;
    bool m_showTimestamps = true;
    bool m_paused = false;
};
