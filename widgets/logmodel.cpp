#include "logmodel.h"

#include "encodings.h"
#include "payloadcodec.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace {

// How far back endStreams() looks for the stream's last entry.
constexpr int kEndStreamSearch = 10000;

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100);
    connect(m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return lineFor(e, false);
    case Qt::ToolTipRole:
        return e.isData() && !e.datagram ? tr("Merged from %n read(s)", nullptr, e.reads)
                                         : QVariant();
    case KindRole: return int(e.kind);
    case TimeRole: return e.time;
    case PeerRole: return e.peer;
    case ChannelRole: return e.channel;
    case DataRole: return e.data;
    case FullTextRole: return lineFor(e, true);
    default: break;
    }
    return {};
}

QString LogModel::headerFor(const LogEntry &e) const
{
    QString header;
    if (m_showTimestamps) {
        header = QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("HH:mm:ss.zzz")) +
                 u' ';
    }
    switch (e.kind) {
    case LogEntry::Kind::Received:
        return header + tr("RX %1 (%n byte(s))", nullptr, int(e.payloadSize())).arg(e.peer);
    case LogEntry::Kind::Sent:
        return header + tr("TX %1 (%n byte(s))", nullptr, int(e.payloadSize())).arg(e.peer);
    default: break;
    }
    return header;
}

QString LogModel::detailsHeader(const LogEntry &e) const
{
    const QString time = QDateTime::fromMSecsSinceEpoch(e.time).toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString what;
    switch (e.kind) {
    case LogEntry::Kind::Received:
        what = tr("Received from %1: %n byte(s)", nullptr, int(e.payloadSize())).arg(e.peer);
        break;
    case LogEntry::Kind::Sent:
        what = tr("Sent to %1: %n byte(s)", nullptr, int(e.payloadSize())).arg(e.peer);
        break;
    default: return e.peer.isEmpty() ? time : tr("%1, %2", "time, peer").arg(time, e.peer);
    }
    if (e.bytesNotKept > 0) {
        what += u' ' + tr("(the log keeps only the first %n byte(s))", nullptr, int(e.data.size()));
    }
    return tr("%1, %2", "time, what").arg(time, what);
}

QString LogModel::payloadFor(const LogEntry &e, bool full) const
{
    const qsizetype limit = full ? std::numeric_limits<qsizetype>::max() : kDisplayLimit;
    if (m_hexMode) {
        const qsizetype bytes = full ? e.data.size() : qMin<qsizetype>(e.data.size(), limit / 3);
        const QString hex = PayloadCodec::toHex(QByteArrayView(e.data).first(bytes));
        return hex + omissionNote(e, bytes < e.data.size(), bytes);
    }
    // One entry, one line: control characters show as escapes, in the view and in saved logs.
    const QString text = StreamDecoder::escapeControls(e.text, false, limit);
    return text + omissionNote(e, !full && text.size() >= limit, e.data.size());
}

QString LogModel::omissionNote(const LogEntry &e, bool cutForView, qsizetype shownBytes) const
{
    // Saving or copying the row gives what the log keeps, so the note says where that ends.
    if (e.bytesNotKept > 0 && cutForView) {
        return tr(" … (truncated; the log keeps only the first %n byte(s))", nullptr,
                  int(e.data.size()));
    }
    if (e.bytesNotKept > 0)
        return tr(" … (%n more byte(s) not kept in the log)", nullptr, int(e.bytesNotKept));
    if (!cutForView)
        return {};
    if (m_hexMode)
        return tr(" … (%n more byte(s))", nullptr, int(e.data.size() - shownBytes));
    return tr(" … (truncated; save the log to see all of it)");
}

QString LogModel::lineFor(const LogEntry &e, bool full) const
{
    if (!e.isData())
        return headerFor(e) + e.message;
    return headerFor(e) + QStringLiteral(": ") + payloadFor(e, full);
}

bool LogModel::saveTo(QIODevice *device) const
{
    for (const LogEntry &e : m_entries) {
        QString line = lineFor(e, true);
        line += u'\n';
        if (device->write(line.toUtf8()) < 0)
            return false;
    }
    return true;
}

void LogModel::addEvent(LogEntry::Kind kind, ChannelId channel, const QString &peer,
                        const QString &message, const QList<ChannelId> &endedChannels)
{
    LogEntry entry;
    entry.time = QDateTime::currentMSecsSinceEpoch();
    entry.kind = kind;
    entry.channel = channel;
    entry.peer = peer;
    entry.message = message;
    entry.endedChannels = endedChannels;
    append(std::move(entry));
}

void LogModel::addData(LogEntry::Kind direction, ChannelId channel, const QString &peer,
                       const QByteArray &data, bool datagram)
{
    if (data.isEmpty() && !datagram)
        return;
    (direction == LogEntry::Kind::Sent ? m_txBytes : m_rxBytes) += data.size();
    m_countersDirty = true;
    if (m_paused) {
        m_pausedBytes += data.size();
        ++m_pausedReads;
        scheduleFlush();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A send is a message of the user's: it shares an entry only within a burst (a fast periodic
    // series), so that sends a tenth of a second apart show as the separate sends they are.
    const bool sendBurst = direction != LogEntry::Kind::Sent || now - m_lastSentMs < kSendBurstMs;
    if (direction == LogEntry::Kind::Sent)
        m_lastSentMs = now;
    if (!m_pending.empty() && !datagram && sendBurst) {
        LogEntry &last = m_pending.back();
        // A coalesced entry never grows past what one entry may keep (a small byte limit).
        // The channel says whose stream it is; only sends to many (channel 0) tell by label.
        if (last.kind == direction && last.channel == channel && !last.datagram &&
            (channel != 0 || last.peer == peer) && last.bytesNotKept == 0 &&
            last.data.size() + data.size() <=
                    qMin<qsizetype>(kMaxCoalescedBytes, maxKeptPayload())) {
            m_pendingBytes -= costOf(last);
            last.data += data;
            ++last.reads;
            decodeInto(last, data);
            m_pendingBytes += costOf(last);
            scheduleFlush();
            keepWithinByteLimit();
            return;
        }
    }
    LogEntry entry;
    entry.time = now;
    entry.kind = direction;
    entry.channel = channel;
    entry.peer = peer;
    entry.reads = 1;
    entry.datagram = datagram;
    if (data.size() > maxKeptPayload()) {
        entry.data = data.first(maxKeptPayload());
        entry.bytesNotKept = data.size() - entry.data.size();
    } else {
        entry.data = data;
    }
    decodeInto(entry, entry.data);
    append(std::move(entry));
}

void LogModel::endStreams(ChannelId channel)
{
    for (const bool sent : {false, true}) {
        const auto it = m_decoders.find({channel, sent});
        if (it == m_decoders.end())
            continue;
        const QString rest = it->second.finish();
        m_decoders.erase(it);
        if (rest.isEmpty())
            continue;
        auto matches = [&](const LogEntry &e) {
            return e.isData() && e.channel == channel && (e.kind == LogEntry::Kind::Sent) == sent;
        };
        const auto pending = std::find_if(m_pending.rbegin(), m_pending.rend(), matches);
        const qint64 cost = rest.size() * qint64(sizeof(QChar));
        if (pending != m_pending.rend()) {
            pending->text += rest;
            m_pendingBytes += cost;
            continue;
        }
        const int last = int(m_entries.size()) - 1;
        for (int row = last; row >= 0 && row > last - kEndStreamSearch; --row) {
            if (matches(m_entries[size_t(row)])) {
                m_entries[size_t(row)].text += rest;
                m_storedBytes += cost;
                emit dataChanged(index(row), index(row));
                break;
            }
        }
    }
}

void LogModel::append(LogEntry &&entry)
{
    m_pendingBytes += costOf(entry);
    m_pending.push_back(std::move(entry));
    scheduleFlush();
    keepWithinByteLimit();
}

void LogModel::countSent(qint64 bytes)
{
    m_txBytes += bytes;
    m_countersDirty = true;
    scheduleFlush();
}

void LogModel::keepWithinByteLimit()
{
    // A flood can outrun the flush timer (a busy event loop fires it late), and what waits for
    // it counts as held too. Over the limit, flush now and free a quarter of it, so that this
    // happens once per quarter of the limit, not on every read.
    if (m_storedBytes + m_pendingBytes <= m_maxBytes)
        return;
    flush();
    trimTo(m_maxEntries, m_maxBytes - m_maxBytes / 4);
}

void LogModel::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void LogModel::flush()
{
    m_flushTimer->stop();
    if (!m_pending.empty()) {
        // Make room first, so rows that would be trimmed at once are never inserted.
        const qsizetype incoming = qsizetype(m_pending.size());
        trimTo(qMax<qsizetype>(0, m_maxEntries - incoming), m_maxBytes - m_pendingBytes);
        size_t skip = 0;
        while (skip < m_pending.size() &&
               (qsizetype(m_pending.size() - skip) > m_maxEntries || m_pendingBytes > m_maxBytes)) {
            m_pendingBytes -= costOf(m_pending[skip]);
            ++skip;
            ++m_trimmed;
        }
        const int first = int(m_entries.size());
        const int count = int(m_pending.size() - skip);
        if (count > 0) {
            beginInsertRows({}, first, first + count - 1);
            for (size_t i = skip; i < m_pending.size(); ++i) {
                m_storedBytes += costOf(m_pending[i]);
                m_entries.push_back(std::move(m_pending[i]));
            }
            endInsertRows();
        }
        m_pending.clear();
        m_pendingBytes = 0;
    }
    if (m_countersDirty) {
        m_countersDirty = false;
        emit countersChanged(m_rxBytes, m_txBytes);
    }
}

void LogModel::trimTo(qsizetype maxCount, qint64 maxBytes)
{
    qsizetype remove = 0;
    qint64 bytes = m_storedBytes;
    const qsizetype size = qsizetype(m_entries.size());
    while (remove < size && (size - remove > maxCount || bytes > qMax<qint64>(0, maxBytes))) {
        bytes -= costOf(m_entries[size_t(remove)]);
        ++remove;
    }
    if (remove == 0)
        return;
    beginRemoveRows({}, 0, int(remove - 1));
    m_entries.erase(m_entries.begin(), m_entries.begin() + remove);
    m_storedBytes = bytes;
    m_trimmed += remove;
    endRemoveRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    m_storedBytes = m_pendingBytes = 0;
    m_trimmed = 0;
    endResetModel();
}

void LogModel::setHexMode(bool hex)
{
    if (m_hexMode == hex)
        return;
    flush();
    m_hexMode = hex;
    redecodeAll();
}

void LogModel::setShowTimestamps(bool show)
{
    if (m_showTimestamps == show)
        return;
    m_showTimestamps = show;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

bool LogModel::setEncoding(const QString &encoding)
{
    if (encoding == m_encoding)
        return true;
    if (!StreamDecoder(encoding).isValid())
        return false;
    flush();
    m_encoding = encoding;
    redecodeAll();
    return true;
}

void LogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused || m_pausedReads == 0)
        return;
    // The streams were cut by the pause: bytes of a character left unfinished before it are shown
    // as \xHH, and what follows starts afresh.
    QSet<ChannelId> channels;
    for (const auto &[key, decoder] : m_decoders)
        channels.insert(key.first);
    for (ChannelId channel : std::as_const(channels))
        endStreams(channel);
    addEvent(LogEntry::Kind::Info,
             tr("Display resumed: %n read(s) arrived while paused and were counted but not "
                "shown (bytes: %1).",
                nullptr, int(m_pausedReads))
                     .arg(QLocale().toString(m_pausedBytes)));
    m_pausedBytes = m_pausedReads = 0;
}

void LogModel::setLimits(int maxEntries, qint64 maxBytes)
{
    m_maxEntries = qMax(1, maxEntries);
    m_maxBytes = qMax<qint64>(1024, maxBytes);
    flush();
    trimTo(m_maxEntries, m_maxBytes);
}

qsizetype LogModel::maxKeptPayload() const
{
    // Even as \xHH escapes (four characters of two bytes for each byte) the head and its text stay
    // within a quarter of the limit.
    return qsizetype(qMax<qint64>(1, m_maxBytes / 4 / 9));
}

int LogModel::flushInterval() const
{
    return m_flushTimer->interval();
}

void LogModel::setFlushInterval(int milliseconds)
{
    m_flushTimer->setInterval(qMax(0, milliseconds));
}

void LogModel::resetCounters()
{
    m_rxBytes = m_txBytes = 0;
    emit countersChanged(0, 0);
}

LogModel::StreamKey LogModel::streamKey(const LogEntry &entry)
{
    return {entry.channel, entry.kind == LogEntry::Kind::Sent};
}

StreamDecoder &LogModel::decoderFor(const LogEntry &entry)
{
    const StreamKey key = streamKey(entry);
    auto it = m_decoders.find(key);
    if (it == m_decoders.end()) {
        StreamDecoder decoder(m_encoding);
        // A literal backslash shows as \\, so that \xHH in the log always means one byte.
        decoder.setEscapeBackslashes(true);
        it = m_decoders.emplace(key, std::move(decoder)).first;
    }
    return it->second;
}

void LogModel::decodeInto(LogEntry &entry, QByteArrayView data)
{
    if (m_hexMode)
        return;
    StreamDecoder &decoder = decoderFor(entry);
    entry.text += decoder.decode(data);
    // The stream goes on in bytes the log does not have. Live and when re-rendered alike, a
    // character cut at the end of the head shows as \xHH, as the note after it explains, and the
    // stream's next entry starts afresh. An entry of no channel (a send to many) stands alone.
    if (entry.bytesNotKept > 0 || entry.channel == 0)
        entry.text += decoder.finish();
}

void LogModel::redecodeAll()
{
    m_decoders.clear();
    m_storedBytes = 0;
    std::map<StreamKey, LogEntry *> lastOfStream;
    for (LogEntry &e : m_entries) {
        e.text.clear();
        if (e.isData() && !m_hexMode) {
            decodeInto(e, e.data);
            lastOfStream[streamKey(e)] = &e;
        } else if (e.kind == LogEntry::Kind::Disconnected && !m_hexMode) {
            // As when it happened: the end of the channels' streams completes their last entries.
            if (e.channel != 0)
                m_storedBytes += finishStreams(e.channel, lastOfStream);
            for (ChannelId channel : std::as_const(e.endedChannels))
                m_storedBytes += finishStreams(channel, lastOfStream);
        }
        m_storedBytes += costOf(e);
    }
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    trimTo(m_maxEntries, m_maxBytes);
}

qint64 LogModel::finishStreams(ChannelId channel, std::map<StreamKey, LogEntry *> &lastOfStream)
{
    qint64 added = 0;
    for (const bool sent : {false, true}) {
        const StreamKey key{channel, sent};
        const auto decoder = m_decoders.find(key);
        const auto last = lastOfStream.find(key);
        if (decoder == m_decoders.end() || last == lastOfStream.end())
            continue;
        const QString rest = decoder->second.finish();
        last->second->text += rest;
        added += rest.size() * qint64(sizeof(QChar));
        m_decoders.erase(decoder);
    }
    return added; // that entry's own cost was counted when redecodeAll() passed it
}

qint64 LogModel::costOf(const LogEntry &entry)
{
    // Payload, its decoded text, and the entry's own bookkeeping.
    return entry.data.size() + entry.text.size() * 2 + entry.message.size() * 2 +
           entry.peer.size() * 2 + entry.endedChannels.size() * qint64(sizeof(ChannelId)) + 96;
}

void LogModel::addSentToMany(const QString &peers, const QByteArray &data, int copies)
{
    m_txBytes += data.size() * qint64(qMax(0, copies - 1)); // addData() counts one
    addData(LogEntry::Kind::Sent, 0, peers, data);
}
