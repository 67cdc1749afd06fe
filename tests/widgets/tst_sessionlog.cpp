#include "logmodel.h"
#include "peereventlog.h"

#include <QTest>
#include <memory>

namespace {

QString peer(int i)
{
    return QStringLiteral("127.0.0.1:%1").arg(40000 + i);
}

} // namespace

// Connects and disconnects: one entry each when they come one by one, one entry per window and
// reason during a storm, always in the order they happened.
class tst_PeerEventLog : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void fewEventsGetOneEntryEach();
    void aStormIsGroupedAndNamesEveryPeer();
    void groupsFollowKindAndReasonInOrder();
    void flushWritesTheGroupNow();
    void quietWindowEndsTheGrouping();
    void groupOfOneReadsLikeASingleEvent();
    void reRenderEndsTheStreamsOfAGroup();

private:
    QStringList messages();

    std::unique_ptr<LogModel> m_log;
    std::unique_ptr<PeerEventLog> m_events;
};

void tst_PeerEventLog::init()
{
    m_log = std::make_unique<LogModel>();
    m_events = std::make_unique<PeerEventLog>(m_log.get());
}

QStringList tst_PeerEventLog::messages()
{
    m_log->flush();
    QStringList result;
    for (int row = 0; row < m_log->rowCount(); ++row)
        result.append(m_log->entry(row).message);
    return result;
}

void tst_PeerEventLog::fewEventsGetOneEntryEach()
{
    m_events->connected(peer(1));
    m_events->connected(peer(2));
    m_events->disconnected(peer(1), QStringLiteral("closed by peer"));
    const QStringList expected{peer(1) + QStringLiteral(" connected"),
                               peer(2) + QStringLiteral(" connected"),
                               peer(1) + QStringLiteral(" disconnected (closed by peer)")};
    QCOMPARE(messages(), expected);
    QCOMPARE(m_log->entry(0).peer, peer(1));
    QCOMPARE(m_log->entry(2).kind, LogEntry::Kind::Disconnected);
}

void tst_PeerEventLog::aStormIsGroupedAndNamesEveryPeer()
{
    const int storm = 1000;
    for (int i = 0; i < storm; ++i)
        m_events->connected(peer(i));
    // The first ones at once, the rest when the window ends.
    QCOMPARE(messages().size(), PeerEventLog::kSingleEntries);
    QTRY_COMPARE(messages().size(), PeerEventLog::kSingleEntries + 1);
    const QString group = messages().last();
    const int grouped = storm - PeerEventLog::kSingleEntries;
    // "%n peer(s)" reads "peers" once the English plural forms are installed.
    QVERIFY2(group.startsWith(QStringLiteral("%1 peer").arg(grouped)), qPrintable(group));
    QVERIFY2(group.contains(QStringLiteral(" connected: ")), qPrintable(group));
    for (int i = PeerEventLog::kSingleEntries; i < storm; ++i)
        QVERIFY2(group.contains(peer(i)), qPrintable(peer(i)));
    QCOMPARE(m_log->entry(m_log->rowCount() - 1).kind, LogEntry::Kind::Connected);
}

void tst_PeerEventLog::groupsFollowKindAndReasonInOrder()
{
    for (int i = 0; i < PeerEventLog::kSingleEntries; ++i)
        m_events->connected(peer(i));
    m_events->connected(peer(100));
    m_events->connected(peer(101));
    m_events->disconnected(peer(100), QStringLiteral("reset by peer"));
    m_events->disconnected(peer(101), QStringLiteral("reset by peer"));
    m_events->disconnected(peer(1), QStringLiteral("closed by peer"));
    m_events->flush();
    const QStringList all = messages();
    const QStringList groups = all.mid(PeerEventLog::kSingleEntries);
    QCOMPARE(groups.size(), 3);
    const QString pair = QStringLiteral(": %1, %2").arg(peer(100), peer(101));
    QVERIFY2(groups[0].startsWith(u"2 peer") &&
                     groups[0].endsWith(QStringLiteral(" connected") + pair),
             qPrintable(groups[0]));
    QVERIFY2(groups[1].startsWith(u"2 peer") &&
                     groups[1].endsWith(QStringLiteral(" disconnected (reset by peer)") + pair),
             qPrintable(groups[1]));
    QCOMPARE(groups[2], peer(1) + QStringLiteral(" disconnected (closed by peer)"));
}

void tst_PeerEventLog::flushWritesTheGroupNow()
{
    for (int i = 0; i < PeerEventLog::kSingleEntries + 5; ++i)
        m_events->connected(peer(i));
    QCOMPARE(messages().size(), PeerEventLog::kSingleEntries);
    m_events->flush();
    QCOMPARE(messages().size(), PeerEventLog::kSingleEntries + 1);
    m_events->flush(); // nothing left to write
    QCOMPARE(messages().size(), PeerEventLog::kSingleEntries + 1);
}

void tst_PeerEventLog::quietWindowEndsTheGrouping()
{
    for (int i = 0; i < PeerEventLog::kSingleEntries + 1; ++i)
        m_events->connected(peer(i));
    QTRY_COMPARE(messages().size(), PeerEventLog::kSingleEntries + 1);
    // A window with the storm still going keeps grouping; a quiet one after it ends it.
    QTest::qWait(3 * PeerEventLog::kWindowMs);
    m_events->connected(peer(500));
    QCOMPARE(messages().size(), PeerEventLog::kSingleEntries + 2);
    QCOMPARE(messages().last(), peer(500) + QStringLiteral(" connected"));
}

void tst_PeerEventLog::groupOfOneReadsLikeASingleEvent()
{
    for (int i = 0; i < PeerEventLog::kSingleEntries; ++i)
        m_events->connected(peer(i));
    m_events->disconnected(peer(7), QStringLiteral("closed by user"));
    m_events->flush();
    QCOMPARE(messages().last(), peer(7) + QStringLiteral(" disconnected (closed by user)"));
    QCOMPARE(m_log->entry(m_log->rowCount() - 1).peer, peer(7));
}

void tst_PeerEventLog::reRenderEndsTheStreamsOfAGroup()
{
    // Each peer's stream ends in the middle of a character; as the server tab does, the log
    // ends the streams, then the disconnects are logged (here as a group).
    const int storm = 2 * PeerEventLog::kSingleEntries;
    for (int i = 0; i < storm; ++i)
        m_log->addData(LogEntry::Kind::Received, peer(i), QByteArray("x\xE4"));
    for (int i = 0; i < storm; ++i) {
        m_log->endStreams(peer(i));
        m_events->disconnected(peer(i), QStringLiteral("closed by peer"));
    }
    m_events->flush();
    m_log->flush();
    auto rxTexts = [this] {
        QStringList texts;
        for (int row = 0; row < m_log->rowCount(); ++row) {
            if (m_log->entry(row).kind == LogEntry::Kind::Received)
                texts.append(m_log->entry(row).text);
        }
        return texts;
    };
    const QStringList live = rxTexts();
    QCOMPARE(live.size(), storm);
    QCOMPARE(live.last(), QStringLiteral("x\\xE4"));
    // Re-rendered, the grouped disconnect ends the same streams at the same place.
    QVERIFY(m_log->setEncoding(QStringLiteral("GBK")));
    QVERIFY(m_log->setEncoding(QStringLiteral("UTF-8")));
    QCOMPARE(rxTexts(), live);
}

QTEST_GUILESS_MAIN(tst_PeerEventLog)
#include "tst_peereventlog.moc"
