#include "periodicsender.h"
#include "sessiontesthelpers.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace SessionTest;

namespace {

// Send n of a series whose every payload is a record of the same size, numbered: what a peer
// received then says how many sends arrived, and in which order, on a stream as in datagrams.
constexpr int kRecordSize = 16;

QByteArray record(qint64 n)
{
    return QByteArray::number(n).rightJustified(kRecordSize - 1, '0') + '\n';
}

QByteArray records(qint64 count)
{
    QByteArray all;
    all.reserve(count * kRecordSize);
    for (qint64 n = 0; n < count; ++n)
        all += record(n);
    return all;
}

PeriodicSender::PayloadSource fixed(const QByteArray &bytes)
{
    return [bytes] { return PayloadResult{bytes, {}, -1}; };
}

PeriodicSender::StopReason reasonOf(const QSignalSpy &spy, int call = 0)
{
    return spy.at(call).at(0).value<PeriodicSender::StopReason>();
}

QString messageOf(const QSignalSpy &spy, int call = 0)
{
    return spy.at(call).at(1).toString();
}

} // namespace

// Checks the PeriodicSender stage on every kind of session with real peers: the count is exact,
// the schedule does not drift, and it stops at once and with a message that says why when it is
// told to or cannot go on.
class tst_PeriodicSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();

    void countIsExact();
    void thousandSendsEveryTwoMs();
    void stopStopsAtOnce();
    void editedPayloadGoesNext();
    void peerLeavingStops();
    void resetFoundByItsOwnSendStops();
    void sessionClosingStops();
    void allTargetStopsWhenNobodyIsLeft();
    void invalidPayloadStops();
    void refusesToStart_data();
    void refusesToStart();
    void addressTarget();
    void noBurstAfterStall();
    void stoppedReceiverMayRestartOrDelete();
};

void tst_PeriodicSender::initTestCase_data()
{
    addKindRows();
}

void tst_PeriodicSender::countIsExact()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    QSignalSpy progressed(&sender, &PeriodicSender::progressed);
    qint64 n = 0;

    QVERIFY(sender.start(SendTarget::to({peer->id()}), 5, 7, [&n] {
        return PayloadResult{record(n++), {}, -1};
    }));
    QVERIFY(sender.isRunning());
    // The first leaves at once.
    QCOMPARE(sender.sentCount(), 1);
    QCOMPARE(sender.count(), 7);
    QCOMPARE(sender.intervalMs(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeout);
    QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::Completed);
    QVERIFY2(messageOf(stopped).contains(QLatin1String("after 7 send")),
             qPrintable(messageOf(stopped)));
    QVERIFY(!sender.isRunning());
    QCOMPARE(sender.sentCount(), 7);
    QCOMPARE(progressed.size(), 7);
    QCOMPARE(progressed.last().at(0).toLongLong(), 7);
    QCOMPARE(receivedBeforeMarker(session, peer), records(7));
    QCOMPARE(session->channel(peer->id()).txCount, 8);
}

void tst_PeriodicSender::thousandSendsEveryTwoMs()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    qint64 maxLatenessUs = 0;
    qint64 totalLatenessUs = 0;
    connect(&sender, &PeriodicSender::progressed, this, [&] {
        maxLatenessUs = qMax(maxLatenessUs, sender.lastLatenessUs());
        totalLatenessUs += sender.lastLatenessUs();
    });
    constexpr int kSends = 1000;
    constexpr int kIntervalMs = 2;
    qint64 n = 0;
    QElapsedTimer clock;
    clock.start();

    QVERIFY(sender.start(SendTarget::to({peer->id()}), kIntervalMs, kSends, [&n] {
        return PayloadResult{record(n++), {}, -1};
    }));
    // A real event loop, as in the application: QTest's waits sleep 10 ms between rounds, and
    // the sends would leave in bursts after each.
    QVERIFY(FaultTest::waitUntil([&stopped] { return stopped.size() == 1; }, 10000));
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::Completed);
    QCOMPARE(sender.sentCount(), kSends);
    // Every record once, in order: for UDP, as many datagrams as sends.
    QTRY_COMPARE_WITH_TIMEOUT(peer->received().size(), qsizetype(kSends) * kRecordSize, kTimeout);
    QVERIFY(peer->received() == records(kSends));
    qInfo("%d sends every %d ms took %lld ms (schedule: %d ms); late by %lld us on average, "
          "%lld us at most",
          kSends, kIntervalMs, elapsedMs, (kSends - 1) * kIntervalMs, totalLatenessUs / kSends,
          maxLatenessUs);
    // Never ahead of the schedule; well within a generous bound behind it.
    QVERIFY(elapsedMs >= (kSends - 1) * kIntervalMs);
    QVERIFY2(elapsedMs < 6000, qPrintable(QString::number(elapsedMs)));
}

void tst_PeriodicSender::stopStopsAtOnce()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    qint64 n = 0;

    QVERIFY(sender.start(SendTarget::all(), 2, 0, [&n] {
        return PayloadResult{record(n++), {}, -1};
    }));
    QTRY_VERIFY_WITH_TIMEOUT(sender.sentCount() >= 3, kTimeout);
    sender.stop();
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::Stopped);
    const qint64 sent = sender.sentCount();
    QVERIFY2(messageOf(stopped).contains(QStringLiteral("after %1 send").arg(sent)),
             qPrintable(messageOf(stopped)));
    QVERIFY(!sender.isRunning());
    // Twenty intervals: a series still going would have sent again by now.
    QSignalSpy sentBySession(session, &Session::sent);
    QTest::qWait(40);
    QCOMPARE(sentBySession.size(), 0);
    QCOMPARE(sender.sentCount(), sent);
    QCOMPARE(receivedBeforeMarker(session, peer), records(sent));
    // A second stop() is nothing.
    sender.stop();
    QCOMPARE(stopped.size(), 1);
}

void tst_PeriodicSender::editedPayloadGoesNext()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    // What the user has typed; edited while the series runs.
    QByteArray text("A");
    connect(&sender, &PeriodicSender::progressed, this, [&text](qint64 sent) {
        if (sent == 2)
            text = "B";
    });

    QVERIFY(sender.start(SendTarget::to({peer->id()}), 3, 4, [&text] {
        return PayloadResult{text, {}, -1};
    }));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeout);
    QCOMPARE(receivedBeforeMarker(session, peer), QByteArray("AABB"));
}

void tst_PeriodicSender::peerLeavingStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);

    QVERIFY(sender.start(SendTarget::to({peer->id()}), 2, 0, fixed("tick")));
    QTRY_VERIFY_WITH_TIMEOUT(sender.sentCount() >= 3, kTimeout);
    // A UDP remote has no connection to close: the user forgets it.
    if (harness->channelsAreConnections())
        peer->close();
    else
        session->closeChannel(peer->id());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeout);
    QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::ChannelClosed);
    const QString label = QStringLiteral("127.0.0.1:%1").arg(peer->port());
    QVERIFY2(messageOf(stopped).contains(label), qPrintable(messageOf(stopped)));
    QVERIFY2(messageOf(stopped).contains(QStringLiteral("after %1 send").arg(sender.sentCount())),
             qPrintable(messageOf(stopped)));
    QVERIFY(!sender.isRunning());
}

void tst_PeriodicSender::resetFoundByItsOwnSendStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (!harness->channelsAreConnections())
        QSKIP("A remote of this kind cannot reset its channel");
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const int descriptor = harness->sessionDescriptor(peer->id());
    QVERIFY(descriptor >= 0);
    QPointer<PeriodicSender> sender = new PeriodicSender(session);
    QList<PeriodicSender::StopReason> reasons;
    QStringList messages;
    // A log that lets the sender go as soon as it stops, from inside the session's send.
    connect(sender, &PeriodicSender::stopped, this,
            [&](PeriodicSender::StopReason reason, const QString &message) {
                reasons.append(reason);
                messages.append(message);
                sender->deleteLater();
            });

    peer->reset();
    // The event loop does not run: the first send, made by start(), finds the reset, and the
    // close is reported inside that send.
    QVERIFY(FaultTest::waitForHangUp(descriptor, kTimeout));
    QVERIFY(sender->start(SendTarget::to({peer->id()}), 2, 0, fixed("too late")));
    QCOMPARE(reasons, QList<PeriodicSender::StopReason>{PeriodicSender::StopReason::ChannelClosed});
    // The send that found it counts: it reached the channel before the close.
    QVERIFY2(messages.constFirst().contains(QLatin1String("after 1 send")),
             qPrintable(messages.constFirst()));
    QCOMPARE(sender->sentCount(), 1);
    QVERIFY(!sender->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(sender.isNull(), kTimeout);
    QCOMPARE(reasons.size(), 1);
}

void tst_PeriodicSender::sessionClosingStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    // To every channel, and to the one chosen: both end with the session.
    for (const bool chosen : {false, true}) {
        const auto harness = makeHarness(kind);
        QVERIFY(harness && harness->open());
        Session *session = harness->session();
        Peer *peer = harness->addPeer();
        QVERIFY(peer);
        PeriodicSender sender(session);
        QSignalSpy stopped(&sender, &PeriodicSender::stopped);

        const SendTarget target = chosen ? SendTarget::to({peer->id()}) : SendTarget::all();
        QVERIFY(sender.start(target, 2, 0, fixed("tick")));
        QTRY_VERIFY_WITH_TIMEOUT(sender.sentCount() >= 2, kTimeout);
        session->close();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeout);
        QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::SessionClosed);
        QVERIFY(!sender.isRunning());
        QVERIFY2(messageOf(stopped).contains(
                         QStringLiteral("after %1 send").arg(sender.sentCount())),
                 qPrintable(messageOf(stopped)));
    }
}

void tst_PeriodicSender::allTargetStopsWhenNobodyIsLeft()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *first = harness->addPeer();
    QVERIFY(first);
    Peer *second = harness->maxChannels() > 1 ? harness->addPeer() : nullptr;
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    const auto leave = [&](Peer *peer) {
        if (harness->channelsAreConnections())
            peer->close();
        else
            session->closeChannel(peer->id());
    };

    QVERIFY(sender.start(SendTarget::all(), 2, 0, fixed("tick")));
    QTRY_VERIFY_WITH_TIMEOUT(sender.sentCount() >= 2, kTimeout);
    if (second) {
        // One leaving is not the end: the others still get the series.
        leave(first);
        QTRY_VERIFY_WITH_TIMEOUT(!session->hasChannel(first->id()), kTimeout);
        const qint64 sent = sender.sentCount();
        QTRY_VERIFY_WITH_TIMEOUT(sender.sentCount() > sent + 2, kTimeout);
        QVERIFY(stopped.isEmpty());
        leave(second);
    } else {
        leave(first);
    }
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeout);
    // A client's only connection is the session: when it goes, the session has closed.
    if (session->state() == Session::State::Open) {
        QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::SendFailed);
        QVERIFY2(messageOf(stopped).contains(QLatin1String("nothing to send to")),
                 qPrintable(messageOf(stopped)));
    } else {
        QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::SessionClosed);
    }
}

void tst_PeriodicSender::invalidPayloadStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    // The text as the user edits it: valid hex, then not.
    QString text = QStringLiteral("41 42");
    connect(&sender, &PeriodicSender::progressed, this, [&text](qint64 sent) {
        if (sent == 2)
            text = QStringLiteral("41 4g");
    });
    const PeriodicSender::PayloadSource source = [&text] { return PayloadCodec::parseHex(text); };

    QVERIFY(sender.start(SendTarget::to({peer->id()}), 2, 0, source));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeout);
    QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::InvalidPayload);
    QCOMPARE(sender.sentCount(), 2);
    const QString error = PayloadCodec::parseHex(text).error;
    QVERIFY(!error.isEmpty());
    QVERIFY2(messageOf(stopped).contains(error), qPrintable(messageOf(stopped)));
    QVERIFY2(messageOf(stopped).contains(QLatin1String("after 2 send")),
             qPrintable(messageOf(stopped)));
    QCOMPARE(receivedBeforeMarker(session, peer), QByteArray("ABAB"));

    // Invalid from the first: it does not start.
    QVERIFY(!sender.start(SendTarget::to({peer->id()}), 2, 0, source));
    QCOMPARE(stopped.size(), 2);
    QCOMPARE(reasonOf(stopped, 1), PeriodicSender::StopReason::InvalidPayload);
    QVERIFY(!sender.isRunning());
    QCOMPARE(sender.sentCount(), 0);
}

void tst_PeriodicSender::refusesToStart_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("withPayload");
    QTest::addColumn<PeriodicSender::StopReason>("reason");
    QTest::addColumn<QString>("says");
    using R = PeriodicSender::StopReason;
    const QString interval = QStringLiteral("interval");
    QTest::newRow("interval 0") << 0 << qint64(1) << true << true << R::SendFailed << interval;
    QTest::newRow("interval negative")
            << -5 << qint64(1) << true << true << R::SendFailed << interval;
    QTest::newRow("interval over a day") << PeriodicSender::kMaxIntervalMs + 1 << qint64(1) << true
                                         << true << R::SendFailed << interval;
    QTest::newRow("count negative")
            << 10 << qint64(-1) << true << true << R::SendFailed << QStringLiteral("negative");
    QTest::newRow("no payload") << 10 << qint64(1) << true << false << R::InvalidPayload
                                << QStringLiteral("payload");
    QTest::newRow("session not open")
            << 10 << qint64(1) << false << true << R::SessionClosed << QStringLiteral("not open");
}

void tst_PeriodicSender::refusesToStart()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    QFETCH(int, intervalMs);
    QFETCH(qint64, count);
    QFETCH(bool, open);
    QFETCH(bool, withPayload);
    QFETCH(PeriodicSender::StopReason, reason);
    QFETCH(QString, says);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    if (!open)
        session->close();
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    QSignalSpy sent(session, &Session::sent);

    QVERIFY(!sender.start(SendTarget::all(), intervalMs, count,
                          withPayload ? fixed("x") : PeriodicSender::PayloadSource()));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(reasonOf(stopped), reason);
    QVERIFY2(messageOf(stopped).contains(says), qPrintable(messageOf(stopped)));
    QVERIFY(!sender.isRunning());
    QCOMPARE(sender.sentCount(), 0);
    QTest::qWait(20);
    QCOMPARE(sent.size(), 0);
}

void tst_PeriodicSender::addressTarget()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    const SendTarget target = SendTarget::address(QStringLiteral("127.0.0.1"), peer->port());

    if (harness->channelsAreConnections()) {
        // Only a UDP session sends to a host and port: the first send fails, with the reason.
        QVERIFY(!sender.start(target, 2, 3, fixed("x")));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::SendFailed);
        QVERIFY2(messageOf(stopped).contains(QLatin1String("127.0.0.1")),
                 qPrintable(messageOf(stopped)));
        return;
    }
    qint64 n = 0;
    QVERIFY(sender.start(target, 2, 5, [&n] { return PayloadResult{record(n++), {}, -1}; }));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeout);
    QCOMPARE(reasonOf(stopped), PeriodicSender::StopReason::Completed);
    QCOMPARE(receivedBeforeMarker(session, peer), records(5));
}

void tst_PeriodicSender::noBurstAfterStall()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    PeriodicSender sender(session);
    qint64 largestPass = 0;
    qint64 lastSeen = 0;
    // The sends of one pass of the event loop arrive with no event in between.
    QTimer watch;
    watch.setInterval(0);
    connect(&watch, &QTimer::timeout, this, [&] {
        largestPass = qMax(largestPass, sender.sentCount() - lastSeen);
        lastSeen = sender.sentCount();
    });

    QVERIFY(sender.start(SendTarget::to({peer->id()}), 1, 0, fixed("t")));
    QTRY_VERIFY_WITH_TIMEOUT(sender.sentCount() >= 3, kTimeout);
    lastSeen = sender.sentCount();
    watch.start();
    // The event loop blocked for 300 intervals, as by a suspended machine or a slow slot.
    QThread::msleep(300);
    const qint64 before = sender.sentCount();
    QTRY_VERIFY_WITH_TIMEOUT(sender.sentCount() >= before + PeriodicSender::kMaxCatchUp, kTimeout);
    QCOMPARE(largestPass, qint64(PeriodicSender::kMaxCatchUp));
    // What was missed beyond that is not sent later: the series goes on at its own rate.
    QElapsedTimer clock;
    clock.start();
    const qint64 after = sender.sentCount();
    QTest::qWait(100);
    const qint64 more = sender.sentCount() - after;
    QVERIFY2(more <= clock.elapsed() + 10, qPrintable(QString::number(more)));
    sender.stop();
}

void tst_PeriodicSender::stoppedReceiverMayRestartOrDelete()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QPointer<PeriodicSender> sender = new PeriodicSender(session);
    QCOMPARE(sender->parent(), session);
    int stops = 0;
    qint64 n = 0;
    const PeriodicSender::PayloadSource numbered = [&n] {
        return PayloadResult{record(n++), {}, -1};
    };
    // A log that starts the next series from the end of the last, then lets the sender go.
    connect(sender, &PeriodicSender::stopped, this, [&](PeriodicSender::StopReason reason) {
        QCOMPARE(reason, PeriodicSender::StopReason::Completed);
        if (++stops == 1)
            QVERIFY(sender->start(SendTarget::to({peer->id()}), 2, 2, numbered));
        else
            sender->deleteLater();
    });

    QVERIFY(sender->start(SendTarget::to({peer->id()}), 2, 1, numbered));
    QTRY_VERIFY_WITH_TIMEOUT(sender.isNull(), kTimeout);
    QCOMPARE(stops, 2);
    QCOMPARE(receivedBeforeMarker(session, peer), records(3));
}

QTEST_GUILESS_MAIN(tst_PeriodicSender)
#include "tst_periodicsender.moc"
