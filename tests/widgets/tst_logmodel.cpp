#include "logmodel.h"
#include "payloadcodec.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

// Two channels and the labels they are shown with. The log keys its streams by id; the labels
// are only what it shows.
constexpr ChannelId kA = 101;
constexpr ChannelId kB = 102;
const QString kPeerA = QStringLiteral("127.0.0.1:40001");
const QString kPeerB = QStringLiteral("[::1]:40002");

} // namespace

// Checks the connection log: batching and coalescing of reads, datagrams that stay whole, streams
// keyed by channel id, rendering from the raw bytes in any encoding or as hex, its bounds under a
// flood, pausing, saving, and the header of the details view.
class tst_LogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsEmpty();
    void sendsApartAreSeparateEntries();
    void eventsAndData();
    void flushTimerInsertsRows();
    void flushInsertsOneBatch();
    void coalescesReadsOfOnePeer();
    void coalescedEntriesStayBounded();
    void separateEntries();
    void datagramsAreNeverMerged();
    void emptyDatagramIsAnEntry();
    void streamsAreKeyedByChannelNotLabel();
    void sendToManyStandsAlone();
    void channelRoleHoldsTheId();
    void detailsHeaderSaysWhatTheRowCuts();
    void hexMode();
    void switchHexAndTextRerenders();
    void switchEncodingRerenders();
    void unknownEncodingRefused();
    void gbkCharacterSplitAcrossFlushes();
    void utf8CharacterSplitAcrossCoalescedReads();
    void endStreamsShowsUnfinishedCharacter();
    void rerenderKeepsByteAccounting();
    void resumeShowsCharacterCutByPause();
    void backslashesAreEscaped();
    void longPayloadTruncatedForDisplayOnly();
    void timestamps();
    void boundedUnderFlood_data();
    void boundedUnderFlood();
    void defaultLimitsHoldBytes();
    void limitsHaveMinimums();
    void pausedCountsButDoesNotShow();
    void clear();
    void countersChanged();
    void saveWritesWholePayload();
    void saveHexWritesWholePayload();
    void hugePayloadKeepsHistory_data();
    void hugePayloadKeepsHistory();
    void hugePayloadCutInsideCharacter();

private:
    QString display(int row) const;

    std::unique_ptr<LogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_LogModel::init()
{
    m_model = std::make_unique<LogModel>();
    m_model->setShowTimestamps(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_LogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QString tst_LogModel::display(int row) const
{
    return m_model->index(row).data(Qt::DisplayRole).toString();
}

void tst_LogModel::startsEmpty()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->storedBytes(), 0);
    QCOMPARE(m_model->trimmedEntries(), 0);
    QCOMPARE(m_model->rxBytes(), 0);
    QCOMPARE(m_model->txBytes(), 0);
    QCOMPARE(m_model->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(m_model->maxEntries(), LogModel::kDefaultMaxEntries);
    QCOMPARE(m_model->maxBytes(), LogModel::kDefaultMaxBytes);
    QVERIFY(!m_model->hexMode());
    QVERIFY(!m_model->isPaused());
}

void tst_LogModel::eventsAndData()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    m_model->addEvent(LogEntry::Kind::Listening, QStringLiteral("Listening on port 5000"));
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "hello");
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "world");
    m_model->addEvent(LogEntry::Kind::Disconnected, kA, kPeerA, QStringLiteral("closed by peer"));
    QCOMPARE(m_model->rowCount(), 0); // pending until the flush
    QVERIFY(m_model->storedBytes() > 0);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 4);

    const QModelIndex event = m_model->index(0);
    QCOMPARE(event.data(LogModel::KindRole).toInt(), int(LogEntry::Kind::Listening));
    QCOMPARE(event.data(LogModel::PeerRole).toString(), QString());
    QVERIFY(event.data(LogModel::DataRole).toByteArray().isEmpty());
    QCOMPARE(display(0), QStringLiteral("Listening on port 5000"));
    QVERIFY(event.data(LogModel::TimeRole).toLongLong() >= before);
    QVERIFY(event.data(LogModel::TimeRole).toLongLong() <= QDateTime::currentMSecsSinceEpoch());

    const QModelIndex rx = m_model->index(1);
    QCOMPARE(rx.data(LogModel::KindRole).toInt(), int(LogEntry::Kind::Received));
    QCOMPARE(rx.data(LogModel::PeerRole).toString(), kPeerA);
    QCOMPARE(rx.data(LogModel::DataRole).toByteArray(), QByteArray("hello"));
    QVERIFY2(display(1).startsWith(QLatin1String("RX ") + kPeerA), qPrintable(display(1)));
    QVERIFY2(display(1).endsWith(QLatin1String(": hello")), qPrintable(display(1)));
    QVERIFY(rx.data(Qt::ToolTipRole).toString().contains(u'1')); // one read
    QVERIFY(!event.data(Qt::ToolTipRole).isValid());

    QCOMPARE(m_model->index(2).data(LogModel::KindRole).toInt(), int(LogEntry::Kind::Sent));
    QVERIFY2(display(2).startsWith(QLatin1String("TX ") + kPeerA), qPrintable(display(2)));
    QVERIFY2(display(2).endsWith(QLatin1String(": world")), qPrintable(display(2)));
    QCOMPARE(m_model->index(3).data(LogModel::PeerRole).toString(), kPeerA);
    QVERIFY(display(3).contains(QLatin1String("closed by peer")));
    QCOMPARE(m_model->entry(1).reads, 1);
}

void tst_LogModel::flushTimerInsertsRows()
{
    m_model->setFlushInterval(10);
    QCOMPARE(m_model->flushInterval(), 10);
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "tick");
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 5000);
    QCOMPARE(m_model->index(0).data(LogModel::DataRole).toByteArray(), QByteArray("tick"));
}

void tst_LogModel::flushInsertsOneBatch()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        m_model->addEvent(LogEntry::Kind::Info, QString::number(i));
    m_model->flush();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    QCOMPARE(display(499), QStringLiteral("499"));
    m_model->flush(); // nothing pending: no empty insert
    QCOMPARE(inserted.size(), 1);
}

void tst_LogModel::coalescesReadsOfOnePeer()
{
    QByteArray all;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray chunk = QByteArray::number(i) + ',';
        all += chunk;
        m_model->addData(LogEntry::Kind::Received, kA, kPeerA, chunk);
    }
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0).data(LogModel::DataRole).toByteArray(), all);
    QCOMPARE(m_model->entry(0).reads, 1000);
    QCOMPARE(m_model->rxBytes(), all.size());
    const QString tip = m_model->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("1000")), qPrintable(tip)); // the number of reads
    QVERIFY(m_model->index(0)
                    .data(LogModel::FullTextRole)
                    .toString()
                    .endsWith(QString::fromLatin1(all)));
}

void tst_LogModel::coalescedEntriesStayBounded()
{
    QByteArray all;
    for (int i = 0; i < 300; ++i) {
        const QByteArray chunk(1000, char('a' + i % 26));
        all += chunk;
        m_model->addData(LogEntry::Kind::Received, kA, kPeerA, chunk);
    }
    m_model->flush();
    QVERIFY(m_model->rowCount() > 1);
    QByteArray joined;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QByteArray data = m_model->index(row).data(LogModel::DataRole).toByteArray();
        QVERIFY(data.size() <= LogModel::kMaxCoalescedBytes);
        joined += data;
    }
    QCOMPARE(joined.size(), all.size());
    QVERIFY(joined == all);
}

void tst_LogModel::separateEntries()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "a1");
    m_model->addData(LogEntry::Kind::Received, kB, kPeerB, "b1");
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "a2");
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "a3"); // other direction
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("event"));
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "a4"); // after an event
    m_model->flush();
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "a5"); // after a flush
    m_model->flush();

    QCOMPARE(m_model->rowCount(), 7);
    const QList<QByteArray> expected{"a1", "b1", "a2", "a3", "", "a4", "a5"};
    for (int row = 0; row < 7; ++row)
        QCOMPARE(m_model->index(row).data(LogModel::DataRole).toByteArray(), expected.at(row));
    QCOMPARE(m_model->index(1).data(LogModel::PeerRole).toString(), kPeerB);
    QCOMPARE(m_model->rxBytes(), 6);
    QCOMPARE(m_model->txBytes(), 6);
}

void tst_LogModel::datagramsAreNeverMerged()
{
    // Ten datagrams from one remote, back to back: ten entries, each exactly one datagram.
    for (int i = 0; i < 10; ++i)
        m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray::number(i), true);
    // A stream read after them does not join the last datagram either.
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "stream");
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "+more");
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 11);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(m_model->entry(i).data, QByteArray::number(i));
        QVERIFY(m_model->entry(i).datagram);
        QCOMPARE(m_model->entry(i).reads, 1);
        QVERIFY2(display(i).endsWith(QStringLiteral(" (1 byte(s)): %1").arg(i)),
                 qPrintable(display(i)));
    }
    QCOMPARE(m_model->entry(10).data, QByteArray("stream+more"));
    QVERIFY(!m_model->entry(10).datagram);
    QCOMPARE(m_model->rxBytes(), 10 + 11);
}

void tst_LogModel::emptyDatagramIsAnEntry()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray(), true);
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, QByteArray(), true);
    // An empty read of a stream is nothing at all.
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray());
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(0).kind, LogEntry::Kind::Received);
    QCOMPARE(m_model->entry(1).kind, LogEntry::Kind::Sent);
    QVERIFY(m_model->entry(0).data.isEmpty());
    QVERIFY2(display(0).startsWith(QStringLiteral("RX %1 (0 byte(s))").arg(kPeerA)),
             qPrintable(display(0)));
    QCOMPARE(m_model->rxBytes(), 0);
    QCOMPARE(m_model->txBytes(), 0);
}

void tst_LogModel::streamsAreKeyedByChannelNotLabel()
{
    // Two connections that show the same label (a peer that reconnected from the same port, or
    // two sessions' channels): each has a stream of its own, and reads are not merged across them.
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "\xe4\xbd");
    m_model->addData(LogEntry::Kind::Received, kB, kPeerA, "\xa0");
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(0).channel, kA);
    QCOMPARE(m_model->entry(1).channel, kB);
    // The byte of B does not complete the character A began.
    QVERIFY2(display(1).endsWith(QLatin1String(": \\xA0")), qPrintable(display(1)));
    m_model->endStreams(kA);
    QVERIFY2(display(0).endsWith(QLatin1String(": \\xE4\\xBD")), qPrintable(display(0)));
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "ok");
    m_model->flush();
    QVERIFY2(display(2).endsWith(QLatin1String(": ok")), qPrintable(display(2)));
}

void tst_LogModel::sendToManyStandsAlone()
{
    // Twelve channels got one payload: one entry, counted twelve times.
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "x\xe4");
    m_model->addSentToMany(QStringLiteral("[12 peers]"), QByteArray("\xbd\xa0!"), 12);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(1).channel, ChannelId(0));
    QCOMPARE(m_model->entry(1).peer, QStringLiteral("[12 peers]"));
    QCOMPARE(m_model->txBytes(), 2 + 12 * 3);
    // Its bytes are no channel's stream: they neither finish A's character nor wait for more.
    QVERIFY2(display(1).endsWith(QLatin1String(": \\xBD\\xA0!")), qPrintable(display(1)));
    QVERIFY2(display(0).endsWith(QLatin1String(": x")), qPrintable(display(0)));
}

void tst_LogModel::channelRoleHoldsTheId()
{
    m_model->addEvent(LogEntry::Kind::Connected, kB, kPeerB, QStringLiteral("connected"));
    m_model->addData(LogEntry::Kind::Received, kB, kPeerB, "b");
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("of the whole session"));
    m_model->flush();
    QCOMPARE(m_model->index(0).data(LogModel::ChannelRole).value<ChannelId>(), kB);
    QCOMPARE(m_model->index(1).data(LogModel::ChannelRole).value<ChannelId>(), kB);
    QCOMPARE(m_model->index(2).data(LogModel::ChannelRole).value<ChannelId>(), ChannelId(0));
    QCOMPARE(m_model->index(2).data(LogModel::PeerRole).toString(), QString());
}

void tst_LogModel::detailsHeaderSaysWhatTheRowCuts()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray(5000, 'r'));
    m_model->addData(LogEntry::Kind::Sent, kB, kPeerB, "tx");
    m_model->addEvent(LogEntry::Kind::Disconnected, kA, kPeerA, QStringLiteral("gone"));
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("note"));
    m_model->flush();
    static const QRegularExpression when(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
    const QString rx = m_model->detailsHeader(m_model->entry(0));
    QVERIFY2(when.match(rx).hasMatch(), qPrintable(rx));
    QVERIFY2(rx.endsWith(QStringLiteral(", Received from %1: 5000 byte(s)").arg(kPeerA)),
             qPrintable(rx));
    const QString tx = m_model->detailsHeader(m_model->entry(1));
    QVERIFY2(tx.endsWith(QStringLiteral(", Sent to %1: 2 byte(s)").arg(kPeerB)), qPrintable(tx));
    QVERIFY2(m_model->detailsHeader(m_model->entry(2)).endsWith(QStringLiteral(", ") + kPeerA),
             qPrintable(m_model->detailsHeader(m_model->entry(2))));
    QVERIFY(when.match(m_model->detailsHeader(m_model->entry(3))).hasMatch());

    // A payload larger than an entry keeps says how much of it the log has.
    m_model->setLimits(1000, 1024 * 1024);
    const qsizetype kept = m_model->maxKeptPayload();
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray(kept + 10, 'k'));
    m_model->flush();
    const QString cut = m_model->detailsHeader(m_model->entry(m_model->rowCount() - 1));
    QVERIFY2(cut.endsWith(QStringLiteral(": %1 byte(s) (the log keeps only the first %2 byte(s))")
                                  .arg(kept + 10)
                                  .arg(kept)),
             qPrintable(cut));
}

void tst_LogModel::hexMode()
{
    m_model->setHexMode(true);
    QVERIFY(m_model->hexMode());
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray("He\x00\xff", 4));
    m_model->flush();
    QVERIFY2(display(0).endsWith(QLatin1String(": 48 65 00 FF")), qPrintable(display(0)));
}

void tst_LogModel::switchHexAndTextRerenders()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "Hello");
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("between"));
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "Hi");
    m_model->flush();
    QVERIFY(display(0).endsWith(QLatin1String(": Hello")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setHexMode(true);
    QVERIFY(changed.size() >= 1);
    QVERIFY2(display(0).endsWith(QLatin1String(": 48 65 6C 6C 6F")), qPrintable(display(0)));
    QCOMPARE(display(1), QStringLiteral("between"));
    QVERIFY2(display(2).endsWith(QLatin1String(": 48 69")), qPrintable(display(2)));

    m_model->setHexMode(false);
    QVERIFY(display(0).endsWith(QLatin1String(": Hello")));
    QVERIFY(display(2).endsWith(QLatin1String(": Hi")));
    QCOMPARE(m_model->index(0).data(LogModel::DataRole).toByteArray(), QByteArray("Hello"));
}

void tst_LogModel::switchEncodingRerenders()
{
    const QByteArray gbk("\xc4\xe3\xba\xc3\xa3\xac\xca\xc0\xbd\xe7"); // 你好，世界
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, gbk);
    m_model->flush();
    // Not UTF-8: every byte shows as an escape, none is lost.
    QVERIFY2(display(0).contains(QLatin1String(": \\xC4\\xE3\\xBA")), qPrintable(display(0)));
    QVERIFY(!display(0).contains(QString::fromUtf16(u"你")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(m_model->setEncoding(QStringLiteral("GBK")));
    QCOMPARE(m_model->encoding(), QStringLiteral("GBK"));
    QVERIFY(changed.size() >= 1);
    QVERIFY2(display(0).endsWith(QString::fromUtf16(u": 你好，世界")), qPrintable(display(0)));
    QCOMPARE(m_model->index(0).data(LogModel::DataRole).toByteArray(), gbk);

    // New data is decoded in the new encoding as well.
    m_model->addData(LogEntry::Kind::Received, kB, kPeerB, "\xcd\xf8\xc2\xe7");
    m_model->flush();
    QVERIFY2(display(1).endsWith(QString::fromUtf16(u": 网络")), qPrintable(display(1)));

    QVERIFY(m_model->setEncoding(QStringLiteral("UTF-8")));
    QVERIFY2(display(0).contains(QLatin1String(": \\xC4\\xE3\\xBA")), qPrintable(display(0)));
}

void tst_LogModel::unknownEncodingRefused()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "abc");
    m_model->flush();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setEncoding(QStringLiteral("no-such-encoding")));
    QCOMPARE(m_model->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(changed.size(), 0);
    QVERIFY(display(0).endsWith(QLatin1String(": abc")));
    QVERIFY(m_model->setEncoding(QStringLiteral("UTF-8"))); // unchanged is fine
}

void tst_LogModel::gbkCharacterSplitAcrossFlushes()
{
    QVERIFY(m_model->setEncoding(QStringLiteral("GBK")));
    // 你好! with 好 (BA C3) split between two reads that land in different batches.
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "\xc4\xe3\xba");
    m_model->flush();
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "\xc3!");
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY2(display(0).endsWith(QString::fromUtf16(u": 你")), qPrintable(display(0)));
    QVERIFY2(display(1).endsWith(QString::fromUtf16(u": 好!")), qPrintable(display(1)));

    // Re-rendering the history from the raw bytes gives the same.
    m_model->setHexMode(true);
    QVERIFY(display(0).endsWith(QLatin1String(": C4 E3 BA")));
    m_model->setHexMode(false);
    QVERIFY2(display(0).endsWith(QString::fromUtf16(u": 你")), qPrintable(display(0)));
    QVERIFY2(display(1).endsWith(QString::fromUtf16(u": 好!")), qPrintable(display(1)));
}

void tst_LogModel::utf8CharacterSplitAcrossCoalescedReads()
{
    const QByteArray text = QString::fromUtf16(u"网络调试助手😀").toUtf8();
    for (char byte : text)
        m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray(1, byte));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY2(display(0).endsWith(QString::fromUtf16(u": 网络调试助手😀")), qPrintable(display(0)));
}

void tst_LogModel::rerenderKeepsByteAccounting()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "abc\xe4\xb8");
    m_model->flush();
    m_model->endStreams(kA);
    m_model->addEvent(LogEntry::Kind::Disconnected, kA, kPeerA, QStringLiteral("closed"));
    m_model->flush();
    const qint64 before = m_model->storedBytes();
    m_model->setHexMode(true);
    m_model->setHexMode(false);
    QVERIFY2(display(0).endsWith(QLatin1String(": abc\\xE4\\xB8")), qPrintable(display(0)));
    QCOMPARE(m_model->storedBytes(), before);
}

void tst_LogModel::resumeShowsCharacterCutByPause()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "x\xe4\xb8");
    m_model->flush();
    m_model->setPaused(true);
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "\xad");
    m_model->setPaused(false);
    m_model->flush();
    // The two bytes held before the pause are shown, not silently dropped.
    QVERIFY2(display(0).endsWith(QLatin1String(": x\\xE4\\xB8")), qPrintable(display(0)));
    QCOMPARE(m_model->rxBytes(), 4);
}

void tst_LogModel::endStreamsShowsUnfinishedCharacter()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "ok\xe4\xbd");
    m_model->flush();
    QVERIFY2(display(0).endsWith(QLatin1String(": ok")), qPrintable(display(0)));
    m_model->endStreams(kA);
    QVERIFY2(display(0).endsWith(QLatin1String(": ok\\xE4\\xBD")), qPrintable(display(0)));

    // Also while the entry is still pending; and the peer's next stream starts afresh.
    m_model->addData(LogEntry::Kind::Received, kB, kPeerB, "\xe4");
    m_model->endStreams(kB);
    m_model->addEvent(LogEntry::Kind::Disconnected, kB, kPeerB, QStringLiteral("closed"));
    m_model->addData(LogEntry::Kind::Received, kB, kPeerB, "\xbd\xa0");
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY2(display(1).endsWith(QLatin1String(": \\xE4")), qPrintable(display(1)));
    QVERIFY2(display(3).endsWith(QLatin1String(": \\xBD\\xA0")), qPrintable(display(3)));

    // Re-rendered from the raw bytes, the history reads the same.
    m_model->setHexMode(true);
    m_model->setHexMode(false);
    QVERIFY2(display(1).endsWith(QLatin1String(": \\xE4")), qPrintable(display(1)));
    QVERIFY2(display(3).endsWith(QLatin1String(": \\xBD\\xA0")), qPrintable(display(3)));
}

void tst_LogModel::backslashesAreEscaped()
{
    // A literal backslash shows as \\, so that \xHH always stands for one byte.
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "C:\\x41\xff");
    m_model->addData(LogEntry::Kind::Received, kB, kPeerB, "a\r\nb\tc\x01");
    m_model->flush();
    QVERIFY2(display(0).endsWith(QLatin1String(": C:\\\\x41\\xFF")), qPrintable(display(0)));
    QVERIFY2(display(1).endsWith(QLatin1String(": a\\r\\nb\\tc\\x01")), qPrintable(display(1)));
}

void tst_LogModel::longPayloadTruncatedForDisplayOnly()
{
    const QByteArray big(5000, 'x');
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, big);
    m_model->flush();
    const QString shown = display(0);
    QVERIFY(shown.size() < LogModel::kDisplayLimit + 200);
    QVERIFY(!shown.contains(QString(5000, u'x')));
    const QString full = m_model->index(0).data(LogModel::FullTextRole).toString();
    QVERIFY(full.endsWith(QString(5000, u'x')));
    QCOMPARE(m_model->index(0).data(LogModel::DataRole).toByteArray(), big);

    m_model->setHexMode(true);
    QVERIFY(display(0).size() < LogModel::kDisplayLimit + 200);
    QVERIFY(m_model->index(0)
                    .data(LogModel::FullTextRole)
                    .toString()
                    .endsWith(PayloadCodec::toHex(big)));
}

void tst_LogModel::timestamps()
{
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("hello"));
    m_model->flush();
    QCOMPARE(display(0), QStringLiteral("hello"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setShowTimestamps(true);
    QVERIFY(m_model->showTimestamps());
    QCOMPARE(changed.size(), 1);
    static const QRegularExpression stamped(
            QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d hello$"));
    QVERIFY2(stamped.match(display(0)).hasMatch(), qPrintable(display(0)));
}

void tst_LogModel::boundedUnderFlood_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<bool>("events");

    QTest::newRow("100k events") << 100000 << 0 << true;
    QTest::newRow("100k small reads") << 100000 << 16 << false;
    QTest::newRow("20k 1 KiB reads") << 20000 << 1024 << false;
}

void tst_LogModel::boundedUnderFlood()
{
    QFETCH(int, total);
    QFETCH(int, payloadSize);
    QFETCH(bool, events);

    const int maxEntries = 1000;
    const qint64 maxBytes = 256 * 1024;
    m_model->setLimits(maxEntries, maxBytes);
    QCOMPARE(m_model->maxEntries(), maxEntries);
    QCOMPARE(m_model->maxBytes(), maxBytes);

    qint64 lastTrimmed = 0;
    for (int i = 0; i < total; ++i) {
        const QByteArray payload = QByteArray::number(i).leftJustified(payloadSize, '.');
        if (events)
            m_model->addEvent(LogEntry::Kind::Info, QString::number(i));
        else // alternating peers, so that the reads are not coalesced
            m_model->addData(LogEntry::Kind::Received, i % 2 ? kA : kB, i % 2 ? kPeerA : kPeerB,
                             payload);
        if (i % 997 == 0 || i == total - 1) {
            m_model->flush();
            QVERIFY(m_model->rowCount() <= maxEntries);
            QVERIFY(m_model->storedBytes() <= maxBytes);
            QVERIFY(m_model->trimmedEntries() >= lastTrimmed);
            lastTrimmed = m_model->trimmedEntries();
        }
    }
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(m_model->trimmedEntries() > 0);
    // Every entry is either shown or counted as trimmed, and the newest ones are kept.
    QCOMPARE(m_model->rowCount() + m_model->trimmedEntries(), qint64(total));
    const QModelIndex last = m_model->index(m_model->rowCount() - 1);
    if (events) {
        QCOMPARE(last.data().toString(), QString::number(total - 1));
    } else {
        QCOMPARE(last.data(LogModel::DataRole).toByteArray(),
                 QByteArray::number(total - 1).leftJustified(payloadSize, '.'));
        QCOMPARE(m_model->rxBytes(), qint64(total) * payloadSize);
    }
}

void tst_LogModel::defaultLimitsHoldBytes()
{
    // 100k reads of 300 bytes cost about twice the default byte limit, decoded text included.
    const QByteArray payload(300, 'd');
    for (int i = 0; i < 100000; ++i) {
        m_model->addData(LogEntry::Kind::Received, i % 2 ? kA : kB, i % 2 ? kPeerA : kPeerB,
                         payload);
        if (i % 5000 == 0) {
            m_model->flush();
            QVERIFY(m_model->storedBytes() <= m_model->maxBytes());
        }
    }
    m_model->flush();
    QVERIFY(m_model->storedBytes() <= LogModel::kDefaultMaxBytes);
    QVERIFY(m_model->rowCount() <= LogModel::kDefaultMaxEntries);
    QVERIFY(m_model->trimmedEntries() > 0);
    QCOMPARE(m_model->rowCount() + m_model->trimmedEntries(), 100000);
    QCOMPARE(m_model->rxBytes(), 100000 * 300);
}

void tst_LogModel::limitsHaveMinimums()
{
    for (int i = 0; i < 10; ++i)
        m_model->addEvent(LogEntry::Kind::Info, QString::number(i));
    m_model->setLimits(0, 0);
    QCOMPARE(m_model->maxEntries(), 1);
    QCOMPARE(m_model->maxBytes(), 1024);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(display(0), QStringLiteral("9"));
}

void tst_LogModel::pausedCountsButDoesNotShow()
{
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "before");
    m_model->flush();
    QSignalSpy counters(m_model.get(), &LogModel::countersChanged);

    m_model->setPaused(true);
    QVERIFY(m_model->isPaused());
    for (int i = 0; i < 10; ++i)
        m_model->addData(LogEntry::Kind::Received, kA, kPeerA, QByteArray(100, 'p'));
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "tx while paused");
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rxBytes(), 6 + 1000);
    QCOMPARE(m_model->txBytes(), 15);
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.at(0).at(0).toLongLong(), 1006);

    m_model->setPaused(false);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1).data(LogModel::KindRole).toInt(), int(LogEntry::Kind::Info));
    const QString resumed = display(1);
    QVERIFY2(resumed.contains(QLatin1String("11")), qPrintable(resumed));      // reads
    QVERIFY2(resumed.contains(QLocale().toString(1015)), qPrintable(resumed)); // bytes

    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "after");
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(display(2).endsWith(QLatin1String(": after")));

    // A pause with nothing received adds no row.
    m_model->setPaused(true);
    m_model->setPaused(false);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
}

void tst_LogModel::clear()
{
    for (int i = 0; i < 10; ++i)
        m_model->addEvent(LogEntry::Kind::Info, QString::number(i));
    m_model->flush();
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("pending"));
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "abc");
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->storedBytes(), 0);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0); // pending entries went as well
    QCOMPARE(m_model->rxBytes(), 3);  // counters are not the log

    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("fresh"));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(display(0), QStringLiteral("fresh"));
}

void tst_LogModel::countersChanged()
{
    QSignalSpy counters(m_model.get(), &LogModel::countersChanged);
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "12345");
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "123");
    QCOMPARE(counters.size(), 0); // batched with the rows
    m_model->flush();
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.at(0).at(0).toLongLong(), 5);
    QCOMPARE(counters.at(0).at(1).toLongLong(), 3);
    m_model->flush(); // nothing new
    QCOMPARE(counters.size(), 1);

    m_model->resetCounters();
    QCOMPARE(counters.size(), 2);
    QCOMPARE(counters.at(1).at(0).toLongLong(), 0);
    QCOMPARE(counters.at(1).at(1).toLongLong(), 0);
    QCOMPARE(m_model->rxBytes(), 0);
    QCOMPARE(m_model->txBytes(), 0);
    QCOMPARE(m_model->rowCount(), 2); // the log stays
}

void tst_LogModel::saveWritesWholePayload()
{
    QByteArray big;
    for (int i = 0; i < 1000; ++i)
        big += "line " + QByteArray::number(i) + ' ';
    m_model->addEvent(LogEntry::Kind::Connected, kA, kPeerA, QStringLiteral("connected"));
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, big);
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, "two\r\nlines");
    m_model->flush();

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(m_model->saveTo(&buffer));
    const QString saved = QString::fromUtf8(buffer.data());
    QVERIFY(saved.endsWith(u'\n'));
    const QStringList lines = saved.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // one entry, one line
    QVERIFY(lines.at(0).contains(QLatin1String("connected")));
    QVERIFY2(lines.at(1).endsWith(QString::fromLatin1(big)), "the whole payload, not the display");
    QVERIFY(lines.at(1).contains(kPeerA));
    QVERIFY2(lines.at(2).endsWith(QLatin1String(": two\\r\\nlines")), qPrintable(lines.at(2)));
}

void tst_LogModel::saveHexWritesWholePayload()
{
    QByteArray big(4000, Qt::Uninitialized);
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i);
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, big);
    m_model->setHexMode(true);
    m_model->flush();

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(m_model->saveTo(&buffer));
    const QString saved = QString::fromUtf8(buffer.data());
    QVERIFY(saved.endsWith(PayloadCodec::toHex(big) + u'\n'));
}

void tst_LogModel::hugePayloadKeepsHistory_data()
{
    QTest::addColumn<bool>("hex");

    QTest::newRow("text") << false;
    QTest::newRow("hex") << true;
}

void tst_LogModel::hugePayloadKeepsHistory()
{
    QFETCH(bool, hex);

    m_model->setHexMode(hex);
    m_model->addEvent(LogEntry::Kind::Connected, kA, kPeerA, QStringLiteral("connected"));
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, "before");
    m_model->flush();
    const QString earlier = display(1);

    // A file of 20 MiB sent at once, a payload that costs more than the whole log may hold.
    const qint64 size = 20 * 1024 * 1024;
    QByteArray file(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        file[i] = "0123456789abcdef"[i % 16];
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, file);
    m_model->flush();

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(display(0), QStringLiteral("connected"));
    QCOMPARE(display(1), earlier);
    QCOMPARE(m_model->trimmedEntries(), 0);
    QCOMPARE(m_model->txBytes(), size);
    QCOMPARE(m_model->rxBytes(), 6);
    QVERIFY(m_model->storedBytes() <= m_model->maxBytes() / 4 + 1024);

    const qsizetype kept = m_model->maxKeptPayload();
    const QByteArray head = file.first(kept);
    QCOMPARE(m_model->entry(2).data, head);
    QCOMPARE(m_model->entry(2).payloadSize(), size);
    const QString rendered = hex ? PayloadCodec::toHex(head) : QString::fromLatin1(head);
    const QString header = QStringLiteral("TX %1 (%2 byte(s)): ").arg(kPeerA).arg(size);
    const QString notKept =
            QStringLiteral(" … (%1 more byte(s) not kept in the log)").arg(size - kept);
    const QString full = header + rendered + notKept;
    QCOMPARE(m_model->index(2).data(LogModel::FullTextRole).toString(), full);
    const QString shown = display(2);
    QVERIFY2(shown.startsWith(header + rendered.left(100)), qPrintable(shown.left(200)));
    QVERIFY2(shown.endsWith(QStringLiteral(" … (truncated; the log keeps only the first %1 "
                                           "byte(s))")
                                    .arg(kept)),
             qPrintable(shown.right(200)));
    QVERIFY(shown.size() < LogModel::kDisplayLimit + 200);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(m_model->saveTo(&buffer));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2), full);

    // Re-rendered from what is kept, the entry reads the same.
    m_model->setHexMode(!hex);
    m_model->setHexMode(hex);
    QVERIFY(m_model->setEncoding(QStringLiteral("GBK")));
    QVERIFY(m_model->setEncoding(QStringLiteral("UTF-8")));
    QCOMPARE(m_model->index(2).data(LogModel::FullTextRole).toString(), full);
    QCOMPARE(display(2), shown);

    // The stream goes on: the next entry of the same stream decodes as it should.
    m_model->addData(LogEntry::Kind::Sent, kA, kPeerA, QString::fromUtf16(u"你好").toUtf8());
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->txBytes(), size + 6);
    m_model->setHexMode(false);
    QVERIFY2(display(3).endsWith(QString::fromUtf16(u" (6 byte(s)): 你好")),
             qPrintable(display(3)));
}

void tst_LogModel::hugePayloadCutInsideCharacter()
{
    m_model->setLimits(1000, 1024 * 1024);
    const qsizetype kept = m_model->maxKeptPayload();
    QVERIFY(kept > 100 && kept < 64 * 1024);
    const QByteArray ni = QString::fromUtf16(u"你").toUtf8();

    // The head ends with the first byte of 你, and the payload with the first two of another.
    QByteArray payload = QByteArray(kept - 1, 'a') + ni + QByteArray(100000, 'b') + ni.first(2);
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, payload);
    m_model->addData(LogEntry::Kind::Received, kA, kPeerA, ni.sliced(2) + "ok");
    // Binary shown as \xHH escapes takes the most text per byte and still stays within bounds.
    m_model->addData(LogEntry::Kind::Received, kB, kPeerB, QByteArray(300000, '\xff'));
    m_model->flush();

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rxBytes(), payload.size() + 3 + 300000);
    QVERIFY(m_model->storedBytes() <= m_model->maxBytes() / 2);
    const QString cut = QStringLiteral("a\\xE4 … (%1 more byte(s) not kept in the log)")
                                .arg(payload.size() - kept);
    const auto fullText = [this](int row) {
        return m_model->index(row).data(LogModel::FullTextRole).toString();
    };
    QVERIFY2(fullText(0).endsWith(cut), qPrintable(fullText(0).right(100)));
    // The stream starts afresh after the bytes the log does not have.
    QVERIFY2(display(1).endsWith(QLatin1String(": \\xA0ok")), qPrintable(display(1)));
    QVERIFY2(fullText(2).endsWith(QStringLiteral("\\xFF … (%1 more byte(s) not kept in the log)")
                                          .arg(300000 - kept)),
             qPrintable(fullText(2).right(100)));

    m_model->setHexMode(true);
    QVERIFY2(fullText(0).endsWith(QStringLiteral("61 E4 … (%1 more byte(s) not kept in the log)")
                                          .arg(payload.size() - kept)),
             qPrintable(fullText(0).right(100)));
    m_model->setHexMode(false);
    QVERIFY2(fullText(0).endsWith(cut), qPrintable(fullText(0).right(100)));
    QVERIFY2(display(1).endsWith(QLatin1String(": \\xA0ok")), qPrintable(display(1)));
}

void tst_LogModel::sendsApartAreSeparateEntries()
{
    // A burst of sends (a 1 ms series) shares an entry; sends further apart are rows of their own,
    // even when they wait for the same flush. Reads of a stream merge either way.
    m_model->addData(LogEntry::Kind::Sent, 1, QStringLiteral("p"), "a");
    m_model->addData(LogEntry::Kind::Sent, 1, QStringLiteral("p"), "b");
    QTest::qWait(30);
    m_model->addData(LogEntry::Kind::Sent, 1, QStringLiteral("p"), "c");
    m_model->addData(LogEntry::Kind::Received, 1, QStringLiteral("p"), "x");
    QTest::qWait(30);
    m_model->addData(LogEntry::Kind::Received, 1, QStringLiteral("p"), "y");
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->entry(0).data, QByteArray("ab"));
    QCOMPARE(m_model->entry(1).data, QByteArray("c"));
    QCOMPARE(m_model->entry(2).data, QByteArray("xy"));
}

QTEST_GUILESS_MAIN(tst_LogModel)
#include "tst_logmodel.moc"
