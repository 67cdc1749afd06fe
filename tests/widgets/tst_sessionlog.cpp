#include "../faulttesthelpers.h"
#include "logmodel.h"
#include "sessionlog.h"
#include "tcpserversession.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int kTimeout = 10000;

// How the server names the peer on this descriptor: its own address and port.
QString labelOf(int fd)
{
    sockaddr_in local{};
    socklen_t length = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return {};
    return QStringLiteral("127.0.0.1:%1").arg(ntohs(local.sin_port));
}

} // namespace

// The stage that writes a TCP server session's events into its log, attached to a real session
// with real peers: an entry per connect and disconnect when they come one by one, one entry per
// window and reason during a storm, always in the order they happened; data under the channel's
// label; a send to more than a few peers as one entry.
class tst_SessionLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fewEventsGetOneEntryEach();
    void dataIsLoggedUnderTheChannel();
    void aStormIsGroupedAndNamesEveryPeer();
    void groupsFollowKindAndReasonInOrder();
    void flushWritesTheGroupNow();
    void ownEventsFollowTheGroup();
    void quietWindowEndsTheGrouping();
    void groupOfOneReadsLikeASingleEvent();
    void reRenderEndsTheStreamsOfAGroup();
    void sendToFewIsAnEntryEach();
    void sendToManyIsOneEntry();

private:
    // Opens count raw connections at once; waits until the server has a channel for each.
    void connectPeers(int count);
    QStringList messages();
    // The entries of one kind, and the labels each of them names, in the log's order.
    QList<QStringList> labelsPerEntry(LogEntry::Kind kind);
    // Runs check() once the server has heard of its count-th peer, inside that signal, so that
    // no timer can run between the peers' events and the check.
    void atChannelCount(int count, const std::function<void()> &check);

    std::unique_ptr<LogModel> m_log;
    std::unique_ptr<TcpServerSession> m_session;
    SessionLog *m_events = nullptr;
    std::vector<int> m_fds;
    QStringList m_labels; // of m_fds, in the same order
};

void tst_SessionLog::init()
{
    m_log = std::make_unique<LogModel>();
    m_session = std::make_unique<TcpServerSession>();
    m_events = new SessionLog(m_session.get(), m_log.get());
    QCOMPARE(m_events->parent(), m_session.get());
    QVERIFY(m_session->listen(QHostAddress::LocalHost, 0));
}

void tst_SessionLog::cleanup()
{
    for (int fd : m_fds)
        ::close(fd);
    m_fds.clear();
    m_labels.clear();
    m_session.reset(); // and the stage with it, before the log it writes to
    m_log.reset();
}

void tst_SessionLog::connectPeers(int count)
{
    const int before = m_session->channelCount();
    for (int i = 0; i < count; ++i) {
        const int fd = FaultTest::connectTo(m_session->listenPort(), false);
        QVERIFY(fd >= 0);
        m_fds.push_back(fd);
    }
    QVERIFY(FaultTest::waitUntil([&] { return m_session->channelCount() == before + count; },
                                 kTimeout));
    for (size_t i = m_fds.size() - size_t(count); i < m_fds.size(); ++i)
        m_labels.append(labelOf(m_fds[i]));
}

QStringList tst_SessionLog::messages()
{
    m_log->flush();
    QStringList result;
    for (int row = 0; row < m_log->rowCount(); ++row)
        result.append(m_log->entry(row).message);
    return result;
}

QList<QStringList> tst_SessionLog::labelsPerEntry(LogEntry::Kind kind)
{
    m_log->flush();
    QList<QStringList> result;
    for (int row = 0; row < m_log->rowCount(); ++row) {
        const LogEntry &entry = m_log->entry(row);
        if (entry.kind != kind)
            continue;
        QStringList named;
        for (const QString &label : std::as_const(m_labels)) {
            if (entry.message.contains(label))
                named.append(label);
        }
        result.append(named);
    }
    return result;
}

void tst_SessionLog::atChannelCount(int count, const std::function<void()> &check)
{
    bool done = false;
    const QMetaObject::Connection connection =
            connect(m_session.get(), &Session::channelOpened, this, [&] {
                if (!done && m_session->channelCount() == count) {
                    done = true;
                    check();
                }
            });
    const int before = m_session->channelCount();
    for (int i = before; i < count; ++i) {
        const int fd = FaultTest::connectTo(m_session->listenPort(), false);
        QVERIFY(fd >= 0);
        m_fds.push_back(fd);
        m_labels.append(labelOf(fd));
    }
    const bool reached = FaultTest::waitUntil([&] { return done; }, kTimeout);
    disconnect(connection);
    QVERIFY(reached);
}

void tst_SessionLog::fewEventsGetOneEntryEach()
{
    connectPeers(1);
    if (QTest::currentTestFailed())
        return;
    connectPeers(1);
    if (QTest::currentTestFailed())
        return;
    const QList<ChannelId> ids = m_session->channelIds();
    QCOMPARE(ids.size(), 2);
    ::close(m_fds[0]);
    m_fds[0] = -1;
    QVERIFY(FaultTest::waitUntil([&] { return m_session->channelCount() == 1; }, kTimeout));
    const QStringList expected{m_labels[0] + QStringLiteral(" connected"),
                               m_labels[1] + QStringLiteral(" connected"),
                               m_labels[0] + QStringLiteral(" disconnected (closed by peer)")};
    QCOMPARE(messages(), expected);
    QCOMPARE(m_log->entry(0).peer, m_labels[0]);
    QCOMPARE(m_log->entry(0).channel, ids[0]);
    QCOMPARE(m_log->entry(1).channel, ids[1]);
    QCOMPARE(m_log->entry(2).kind, LogEntry::Kind::Disconnected);
    QCOMPARE(m_log->entry(2).channel, ids[0]);
    QCOMPARE(m_events->labelOf(ids[1]), m_labels[1]);
    QCOMPARE(m_events->labelOf(ids[0]), QString()); // gone with its channel
}

void tst_SessionLog::dataIsLoggedUnderTheChannel()
{
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, m_session->listenPort());
    QVERIFY(peer.waitForConnected(kTimeout));
    QTRY_COMPARE(m_session->channelCount(), 1);
    const ChannelId id = m_session->channelIds().constFirst();
    const QString label = QStringLiteral("127.0.0.1:%1").arg(peer.localPort());
    peer.write("abc");
    QTRY_COMPARE(m_log->rxBytes(), 3);
    QCOMPARE(m_session->send(id, "reply"), 1);
    QTRY_COMPARE(m_log->txBytes(), 5);
    m_log->flush();
    QCOMPARE(m_log->rowCount(), 3);
    QCOMPARE(m_log->entry(1).kind, LogEntry::Kind::Received);
    QCOMPARE(m_log->entry(1).peer, label);
    QCOMPARE(m_log->entry(1).channel, id);
    QCOMPARE(m_log->entry(1).data, QByteArray("abc"));
    QVERIFY(!m_log->entry(1).datagram); // a TCP read is a piece of a stream
    QCOMPARE(m_log->entry(2).kind, LogEntry::Kind::Sent);
    QCOMPARE(m_log->entry(2).peer, label);
    QCOMPARE(m_log->entry(2).data, QByteArray("reply"));
    // The tab's own events go in order with the session's.
    m_events->addEvent(LogEntry::Kind::Stopped, QStringLiteral("Stopped listening"));
    QCOMPARE(messages().last(), QStringLiteral("Stopped listening"));
}

void tst_SessionLog::aStormIsGroupedAndNamesEveryPeer()
{
    const int storm = 200;
    QSignalSpy opened(m_session.get(), &Session::channelOpened);
    connectPeers(storm);
    if (QTest::currentTestFailed())
        return;
    // Every peer named, once, when the window ends.
    QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                int named = 0;
                for (const QStringList &entry : labelsPerEntry(LogEntry::Kind::Connected))
                    named += int(entry.size());
                return named == storm;
            }(),
            kTimeout);
    const QList<QStringList> entries = labelsPerEntry(LogEntry::Kind::Connected);
    QVERIFY2(entries.size() < storm / 4, qPrintable(QString::number(entries.size())));
    // The first ones have entries of their own.
    QCOMPARE(entries.first().size(), 1);
    QCOMPARE(m_log->entry(0).message, entries.first().first() + QStringLiteral(" connected"));
    // In the order the session reported them.
    QStringList order;
    for (const QStringList &entry : entries)
        order += entry;
    QStringList reported;
    for (const QList<QVariant> &event : std::as_const(opened))
        reported.append(qvariant_cast<ChannelInfo>(event.at(0)).label());
    QCOMPARE(order, reported);
    // A group is an entry of the whole session that counts the peers it names.
    bool sawGroup = false;
    for (int row = 0; row < m_log->rowCount(); ++row) {
        const LogEntry &entry = m_log->entry(row);
        const qsizetype named = entries.at(row).size();
        if (named < 2)
            continue;
        sawGroup = true;
        QCOMPARE(entry.channel, ChannelId(0));
        QVERIFY(entry.peer.isEmpty());
        // "%n peer(s)" reads "peers" once the English plural forms are installed.
        QVERIFY2(entry.message.startsWith(QStringLiteral("%1 peer").arg(named)),
                 qPrintable(entry.message.left(80)));
        QVERIFY2(entry.message.contains(QStringLiteral(" connected: ")),
                 qPrintable(entry.message.left(80)));
    }
    QVERIFY(sawGroup);
}

void tst_SessionLog::groupsFollowKindAndReasonInOrder()
{
    const int peers = 40;
    connectPeers(peers);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_session.get(), &Session::channelClosed);
    // Half reset, half closed, all at once.
    for (int i = 0; i < peers; ++i) {
        if (i < peers / 2)
            FaultTest::resetAndClose(m_fds[size_t(i)]);
        else
            ::close(m_fds[size_t(i)]);
        m_fds[size_t(i)] = -1;
    }
    QVERIFY(FaultTest::waitUntil([&] { return m_session->channelCount() == 0; }, kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                int named = 0;
                for (const QStringList &entry : labelsPerEntry(LogEntry::Kind::Disconnected))
                    named += int(entry.size());
                return named == peers;
            }(),
            kTimeout);
    // Each peer is named once, with the reason it had, in the order the session reported.
    QStringList order;
    int row = 0;
    for (const QStringList &entry : labelsPerEntry(LogEntry::Kind::Disconnected)) {
        while (m_log->entry(row).kind != LogEntry::Kind::Disconnected)
            ++row;
        const QString message = m_log->entry(row++).message;
        QVERIFY(!entry.isEmpty());
        for (const QString &label : entry) {
            const bool wasReset = m_labels.indexOf(label) < peers / 2;
            QVERIFY2(message.contains(wasReset ? QStringLiteral("(reset by peer)")
                                               : QStringLiteral("(closed by peer)")),
                     qPrintable(message.left(120)));
        }
        if (entry.size() == 1) {
            QVERIFY2(message.startsWith(entry.first() + QStringLiteral(" disconnected (")),
                     qPrintable(message));
        } else {
            QVERIFY2(message.startsWith(QStringLiteral("%1 peer").arg(entry.size())),
                     qPrintable(message.left(120)));
        }
        order += entry;
    }
    QStringList reported;
    for (const QList<QVariant> &event : std::as_const(closed))
        reported.append(qvariant_cast<ChannelInfo>(event.at(0)).label());
    QCOMPARE(order, reported);
}

void tst_SessionLog::flushWritesTheGroupNow()
{
    const int count = SessionLog::kSingleEntries + 5;
    int namedAfterFlush = 0;
    qsizetype rowsAfterFlush = 0;
    atChannelCount(count, [&] {
        m_events->flush();
        for (const QStringList &entry : labelsPerEntry(LogEntry::Kind::Connected))
            namedAfterFlush += int(entry.size());
        rowsAfterFlush = messages().size();
        m_events->flush(); // nothing left to write
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(namedAfterFlush, count);
    QVERIFY(rowsAfterFlush <= count);
    QCOMPARE(messages().size(), rowsAfterFlush);
}

void tst_SessionLog::ownEventsFollowTheGroup()
{
    const int count = SessionLog::kSingleEntries + 8;
    atChannelCount(count,
                   [&] { m_events->addEvent(LogEntry::Kind::Info, QStringLiteral("between")); });
    if (QTest::currentTestFailed())
        return;
    // What was grouped is logged before what the tab logs next.
    const QStringList all = messages();
    QCOMPARE(all.last(), QStringLiteral("between"));
    int named = 0;
    for (const QStringList &entry : labelsPerEntry(LogEntry::Kind::Connected))
        named += int(entry.size());
    QCOMPARE(named, count);
}

void tst_SessionLog::quietWindowEndsTheGrouping()
{
    connectPeers(SessionLog::kSingleEntries + 1);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(labelsPerEntry(LogEntry::Kind::Connected).last().size(), 1);
    // A window with the storm still going keeps grouping; a quiet one after it ends it.
    QTest::qWait(3 * SessionLog::kWindowMs);
    QString last;
    ChannelId lastChannel = 0;
    atChannelCount(SessionLog::kSingleEntries + 2, [&] {
        last = messages().last();
        lastChannel = m_log->entry(m_log->rowCount() - 1).channel;
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(last, m_labels.last() + QStringLiteral(" connected"));
    QCOMPARE(lastChannel, m_session->channelIds().constLast());
}

void tst_SessionLog::groupOfOneReadsLikeASingleEvent()
{
    QString message;
    QString peer;
    ChannelId channel = 0;
    atChannelCount(SessionLog::kSingleEntries + 1, [&] {
        m_events->flush();
        m_log->flush();
        const LogEntry &entry = m_log->entry(m_log->rowCount() - 1);
        message = entry.message;
        peer = entry.peer;
        channel = entry.channel;
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(message, m_labels.last() + QStringLiteral(" connected"));
    QCOMPARE(peer, m_labels.last());
    QCOMPARE(channel, m_session->channelIds().constLast());
}

void tst_SessionLog::reRenderEndsTheStreamsOfAGroup()
{
    // Each peer's stream ends in the middle of a character, then the peer leaves; the log ends
    // the streams, then the disconnects are logged (as a group, in a storm).
    const int storm = 2 * SessionLog::kSingleEntries;
    QSignalSpy closed(m_session.get(), &Session::channelClosed);
    for (int i = 0; i < storm; ++i) {
        const int fd = FaultTest::connectTo(m_session->listenPort(), true);
        QVERIFY(fd >= 0);
        QVERIFY(FaultTest::sendAll(fd, "x\xE4", 2));
        m_fds.push_back(fd);
        m_labels.append(labelOf(fd));
    }
    for (int &fd : m_fds) {
        ::close(fd);
        fd = -1;
    }
    QVERIFY(FaultTest::waitUntil([&] { return closed.size() == storm; }, kTimeout));
    m_events->flush();
    auto rxTexts = [this] {
        m_log->flush();
        QStringList texts;
        for (int row = 0; row < m_log->rowCount(); ++row) {
            if (m_log->entry(row).kind == LogEntry::Kind::Received)
                texts.append(m_log->entry(row).text);
        }
        return texts;
    };
    const QStringList live = rxTexts();
    QCOMPARE(live, QStringList(storm, QStringLiteral("x\\xE4")));
    // Re-rendered, the disconnects end the same streams at the same place.
    QVERIFY(m_log->setEncoding(QStringLiteral("GBK")));
    QVERIFY(m_log->setEncoding(QStringLiteral("UTF-8")));
    QCOMPARE(rxTexts(), live);
}

void tst_SessionLog::sendToFewIsAnEntryEach()
{
    connectPeers(SessionLog::kSeparateSendEntries);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_session->sendToAll("hello"), SessionLog::kSeparateSendEntries);
    m_log->flush();
    QStringList peers;
    for (int row = 0; row < m_log->rowCount(); ++row) {
        const LogEntry &entry = m_log->entry(row);
        if (entry.kind != LogEntry::Kind::Sent)
            continue;
        QCOMPARE(entry.data, QByteArray("hello"));
        QCOMPARE(m_events->labelOf(entry.channel), entry.peer);
        peers.append(entry.peer);
    }
    QStringList expected = m_labels;
    expected.sort();
    peers.sort();
    QCOMPARE(peers, expected);
    QCOMPARE(m_log->txBytes(), 5 * SessionLog::kSeparateSendEntries);
}

void tst_SessionLog::sendToManyIsOneEntry()
{
    const int count = SessionLog::kSeparateSendEntries + 4;
    connectPeers(count);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_session->sendToAll("to all"), count);
    m_log->flush();
    QList<const LogEntry *> sent;
    for (int row = 0; row < m_log->rowCount(); ++row) {
        if (m_log->entry(row).kind == LogEntry::Kind::Sent)
            sent.append(&m_log->entry(row));
    }
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first()->data, QByteArray("to all"));
    QCOMPARE(sent.first()->channel, ChannelId(0));
    QVERIFY2(sent.first()->peer.contains(QStringLiteral("%1 peer").arg(count)),
             qPrintable(sent.first()->peer));
    // The counter counts every copy.
    QCOMPARE(m_log->txBytes(), 6 * count);
}

QTEST_GUILESS_MAIN(tst_SessionLog)
#include "tst_sessionlog.moc"
