#include "sessiontesthelpers.h"
#include "socketerrors.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace SessionTest;

namespace {

ChannelInfo infoArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<ChannelInfo>(spy.at(call).at(0));
}

CloseReason reasonArg(const QSignalSpy &spy, int call)
{
    return qvariant_cast<CloseReason>(spy.at(call).at(1));
}

QList<ChannelId> idsArg(const QSignalSpy &spy, int call)
{
    return spy.at(call).at(0).value<QList<ChannelId>>();
}

QList<ChannelId> sorted(QList<ChannelId> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// The one vocabulary every kind of session speaks, checked by the same test bodies against each
// kind (one row of global data per kind, see SessionTest::addKindRows()): channels open with their
// label, bytes flow both ways on a channel, every send is one sent(), channels close with the
// reason, and signals keep the order that the Session class promises.
class tst_Session : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();

    void kindAndKey();
    void channelIdsAreNew();
    void channelOpened();
    void receivedOnItsChannel();
    void sendReachesPeer();
    void sendToAll();
    void sendSkipsChannelsNotOpen();
    void closeChannel();
    void closedByPeer();
    void resetByPeer();
    void closeEndsEveryChannel();
    void replyFromReceivedComesAfterIt();
    void resetFoundByWriteClosesAfterSent();

private:
    // As many peers as the kind can have, up to count.
    static QList<Peer *> addPeers(KindHarness &harness, int count);
};

void tst_Session::initTestCase_data()
{
    addKindRows();
}

QList<Peer *> tst_Session::addPeers(KindHarness &harness, int count)
{
    QList<Peer *> peers;
    for (int i = 0; i < qMin(count, harness.maxChannels()); ++i) {
        if (Peer *peer = harness.addPeer())
            peers.append(peer);
    }
    return peers;
}

void tst_Session::kindAndKey()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness);

    QCOMPARE(harness->session()->kind(), kind);
    QCOMPARE(harness->session()->state(), Session::State::Closed);
    QCOMPARE(harness->session()->receivesDatagrams(), kind == Session::Kind::Udp);
    const QString key = Session::kindKey(kind);
    QVERIFY(!key.isEmpty());
    QCOMPARE(Session::kindFromKey(key), std::optional<Session::Kind>(kind));
    // Keys are fixed English, for settings and machine-readable output.
    QCOMPARE(Session::kindKey(Session::Kind::TcpServer), QStringLiteral("tcp-server"));
    QCOMPARE(Session::kindKey(Session::Kind::TcpClient), QStringLiteral("tcp-client"));
    QCOMPARE(Session::kindKey(Session::Kind::Udp), QStringLiteral("udp"));
    QCOMPARE(Session::kindFromKey(QStringLiteral("TCP-Server")), std::nullopt);
    QCOMPARE(Session::kindFromKey(QString()), std::nullopt);
}

void tst_Session::channelIdsAreNew()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());

    // A channel that closes and opens again is a new channel, never an old id reused.
    const ChannelId before = Session::nextChannelId();
    Peer *first = harness->addPeer();
    QVERIFY(first);
    QVERIFY(first->id() > before);
    harness->session()->closeChannel(first->id());
    QTRY_COMPARE_WITH_TIMEOUT(harness->session()->channelCount(), 0, kTimeout);
    Peer *second = harness->addPeer();
    QVERIFY(second);
    QVERIFY(second->id() > first->id());
    QVERIFY(Session::nextChannelId() > second->id());
}

void tst_Session::channelOpened()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness);
    Session *session = harness->session();
    QSignalSpy states(session, &Session::stateChanged);
    QSignalSpy opened(session, &Session::channelOpened);
    QVERIFY(harness->open());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();

    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QCOMPARE(opened.size(), 1);
    const ChannelInfo info = infoArg(opened, 0);
    QCOMPARE(info.id, peer->id());
    QVERIFY(info.id != 0);
    QCOMPARE(info.label(), QStringLiteral("127.0.0.1:%1").arg(peer->port()));
    QCOMPARE(info.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(info.port, peer->port());
    QCOMPARE(info.state, ChannelInfo::State::Open);
    QVERIFY(info.openedAt >= before && info.openedAt <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(info.rxBytes, 0); // what opened a UDP remote is counted after it opened
    QCOMPARE(info.txBytes, 0);

    QCOMPARE(session->state(), Session::State::Open);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.last().at(0).value<Session::State>(), Session::State::Open);
    QCOMPARE(session->channelIds(), QList<ChannelId>{info.id});
    QCOMPARE(session->channelCount(), 1);
    QVERIFY(session->hasChannel(info.id));
    QCOMPARE(session->channel(info.id).label(), info.label());
    QCOMPARE(session->channel(info.id).openedAt, info.openedAt);
    // No channel has id 0, and an unknown id gives an empty ChannelInfo.
    QVERIFY(!session->hasChannel(0));
    QVERIFY(!session->hasChannel(info.id + 1000));
    QCOMPARE(session->channel(info.id + 1000).id, ChannelId(0));
}

void tst_Session::receivedOnItsChannel()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QHash<ChannelId, QByteArray> received;
    connect(session, &Session::received, this,
            [&received](ChannelId id, const QByteArray &data) { received[id] += data; });

    const QByteArray message("hello\0\xff", 7);
    peer->write(message);
    QTRY_COMPARE_WITH_TIMEOUT(received.value(peer->id()), message, kTimeout);
    QCOMPARE(received.keys(), QList<ChannelId>{peer->id()});
    const ChannelInfo info = session->channel(peer->id());
    QCOMPARE(info.rxBytes, message.size() + harness->openingBytes());
    QVERIFY(info.rxCount >= 1);
    QCOMPARE(info.txBytes, 0);
}

void tst_Session::sendReachesPeer()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QSignalSpy sent(session, &Session::sent);

    const QByteArray first("\x00\x80 first \r\n", 11);
    QCOMPARE(session->send(peer->id(), first), 1);
    // Reported at once, and once.
    QCOMPARE(sent.size(), 1);
    QCOMPARE(idsArg(sent, 0), QList<ChannelId>{peer->id()});
    QCOMPARE(sent.at(0).at(1).toByteArray(), first);
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), first, kTimeout);

    QCOMPARE(session->send(QList<ChannelId>{peer->id()}, "second"), 1);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).at(1).toByteArray(), QByteArray("second"));
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), first + "second", kTimeout);
    const ChannelInfo info = session->channel(peer->id());
    QCOMPARE(info.txBytes, first.size() + 6);
    QCOMPARE(info.txCount, 2);
    QCOMPARE(info.rxBytes, harness->openingBytes());
}

void tst_Session::sendToAll()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    const QList<Peer *> peers = addPeers(*harness, 2);
    QCOMPARE(peers.size(), qMin(2, harness->maxChannels()));
    QSignalSpy sent(session, &Session::sent);

    QCOMPARE(session->sendToAll("to all"), peers.size());
    // One sent() for the call, naming every channel it reached.
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sorted(idsArg(sent, 0)), session->channelIds());
    QCOMPARE(sent.at(0).at(1).toByteArray(), QByteArray("to all"));
    for (Peer *peer : peers)
        QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("to all"), kTimeout);
}

void tst_Session::sendSkipsChannelsNotOpen()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    QSignalSpy sent(session, &Session::sent);

    // Before any channel: nothing goes anywhere, and nothing is reported as sent.
    QCOMPARE(session->sendToAll("nobody"), 0);
    QCOMPARE(session->send(ChannelId(0), "nobody"), 0);
    QCOMPARE(sent.size(), 0);

    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const ChannelId unknown = peer->id() + 1000;
    QCOMPARE(session->send(unknown, "nobody"), 0);
    QCOMPARE(sent.size(), 0);
    // A list with an unknown id still reaches the others, and says which.
    QCOMPARE(session->send(QList<ChannelId>{unknown, peer->id()}, "some"), 1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(idsArg(sent, 0), QList<ChannelId>{peer->id()});
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("some"), kTimeout);

    // A channel that has closed takes nothing more.
    const ChannelId closed = peer->id();
    session->closeChannel(closed);
    QTRY_VERIFY_WITH_TIMEOUT(!session->hasChannel(closed), kTimeout);
    QCOMPARE(session->send(closed, "late"), 0);
    QCOMPARE(sent.size(), 1);
}

void tst_Session::closeChannel()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const ChannelId id = peer->id();
    const QString label = session->channel(id).label();
    QSignalSpy closed(session, &Session::channelClosed);
    QStringList events;
    connect(session, &Session::channelChanged, this, [&events](ChannelId changed) {
        events.append(QStringLiteral("changed %1").arg(changed));
    });
    connect(session, &Session::channelClosed, this,
            [&events] { events.append(QStringLiteral("closed")); });

    QCOMPARE(session->send(id, "last"), 1);
    session->closeChannel(id);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    const ChannelInfo info = infoArg(closed, 0);
    QCOMPARE(info.id, id);
    QCOMPARE(info.label(), label);
    QCOMPARE(info.state, ChannelInfo::State::Closed);
    QCOMPARE(info.txBytes, 4);
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByUser);
    QVERIFY(!session->hasChannel(id));
    QCOMPARE(session->channelCount(), 0);
    QCOMPARE(session->channel(id).id, ChannelId(0));
    // A connection is closing first, and its peer is told (after what was sent before).
    if (harness->channelsAreConnections()) {
        QCOMPARE(events,
                 QStringList({QStringLiteral("changed %1").arg(id), QStringLiteral("closed")}));
        QTRY_VERIFY_WITH_TIMEOUT(peer->sawClose(), kTimeout);
        QCOMPARE(peer->received(), QByteArray("last"));
    }

    // Closing it again, or an id never seen, does nothing.
    session->closeChannel(id);
    session->closeChannel(0);
    QCOMPARE(closed.size(), 1);
}

void tst_Session::closedByPeer()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (!harness->channelsAreConnections())
        QSKIP("A remote of this kind cannot close its channel");
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QStringList events;
    connect(session, &Session::received, this, [&events](ChannelId, const QByteArray &data) {
        events.append(QString::fromLatin1(data));
    });
    QSignalSpy closed(session, &Session::channelClosed);

    peer->write("last words");
    peer->close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(infoArg(closed, 0).id, peer->id());
    QCOMPARE(reasonArg(closed, 0), CloseReason::ClosedByPeer);
    QCOMPARE(closed.at(0).at(2).toString(), QString());
    // What came before the close was reported before it.
    QCOMPARE(events.join(QString()), QStringLiteral("last words"));
    QCOMPARE(infoArg(closed, 0).rxBytes, 10);
    QVERIFY(!session->hasChannel(peer->id()));
}

void tst_Session::resetByPeer()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (!harness->channelsAreConnections())
        QSKIP("A remote of this kind cannot reset its channel");
    Session *session = harness->session();
    const QList<Peer *> peers = addPeers(*harness, 2);
    QVERIFY(!peers.isEmpty());
    QSignalSpy closed(session, &Session::channelClosed);

    peers.first()->reset();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(infoArg(closed, 0).id, peers.first()->id());
    QCOMPARE(reasonArg(closed, 0), CloseReason::ResetByPeer);
    QVERIFY(!session->hasChannel(peers.first()->id()));
    // Any other channel lives on, both ways.
    for (Peer *other : peers.mid(1)) {
        QVERIFY(session->hasChannel(other->id()));
        QCOMPARE(session->send(other->id(), "still here"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(other->received(), QByteArray("still here"), kTimeout);
    }
    QCOMPARE(closed.size(), 1);
}

void tst_Session::closeEndsEveryChannel()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    const QList<Peer *> peers = addPeers(*harness, 3);
    QCOMPARE(peers.size(), qMin(3, harness->maxChannels()));
    QSignalSpy closed(session, &Session::channelClosed);
    QSignalSpy states(session, &Session::stateChanged);

    session->close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), peers.size(), kTimeout);
    QList<ChannelId> closedIds;
    for (int call = 0; call < closed.size(); ++call) {
        QCOMPARE(reasonArg(closed, call), CloseReason::ClosedByUser);
        closedIds.append(infoArg(closed, call).id);
    }
    QList<ChannelId> peerIds;
    for (Peer *peer : peers)
        peerIds.append(peer->id());
    QCOMPARE(sorted(closedIds), sorted(peerIds));
    QCOMPARE(session->state(), Session::State::Closed);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.last().at(0).value<Session::State>(), Session::State::Closed);
    QCOMPARE(session->channelCount(), 0);
    QCOMPARE(session->channelIds(), QList<ChannelId>());
    if (harness->channelsAreConnections()) {
        for (Peer *peer : peers)
            QTRY_VERIFY_WITH_TIMEOUT(peer->sawClose(), kTimeout);
    }

    // Closing a closed session reports nothing.
    const qsizetype stateCount = states.size();
    session->close();
    QCOMPARE(states.size(), stateCount);
    QCOMPARE(closed.size(), peers.size());
}

// A stage that answers from inside received() (echo, auto-reply) must not make the stages after
// it hear of the answer before the message: they see received(), then the sent() of the reply.
void tst_Session::replyFromReceivedComesAfterIt()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    connect(session, &Session::received, this, [session](ChannelId id, const QByteArray &data) {
        QCOMPARE(session->send(id, "re:" + data), 1);
    });
    QStringList events;
    connect(session, &Session::received, this, [&events](ChannelId, const QByteArray &data) {
        events.append(QStringLiteral("received ") + QString::fromLatin1(data));
    });
    connect(session, &Session::sent, this,
            [&events](const QList<ChannelId> &, const QByteArray &data) {
                events.append(QStringLiteral("sent ") + QString::fromLatin1(data));
            });

    peer->write("ping");
    QTRY_VERIFY_WITH_TIMEOUT(peer->received().size() >= 7, kTimeout);
    // TCP may cut "ping" in pieces; each piece is heard, then its reply.
    QVERIFY(!events.isEmpty() && events.size() % 2 == 0);
    QString pieces;
    for (qsizetype i = 0; i < events.size(); i += 2) {
        QVERIFY2(events.at(i).startsWith(QStringLiteral("received ")),
                 qPrintable(events.join(u'|')));
        const QString piece = events.at(i).mid(9);
        QCOMPARE(events.at(i + 1), QStringLiteral("sent re:") + piece);
        pieces += piece;
    }
    QCOMPARE(pieces, QStringLiteral("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(peer->received().size(), qsizetype(3 * (events.size() / 2) + 4),
                              kTimeout);
}

// A send that finds the connection reset reports the send, then the close: a channel closes only
// after what was reported on it.
void tst_Session::resetFoundByWriteClosesAfterSent()
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
    QStringList events;
    connect(session, &Session::sent, this,
            [&events](const QList<ChannelId> &, const QByteArray &data) {
                events.append(QStringLiteral("sent ") + QString::fromLatin1(data));
            });
    connect(session, &Session::channelClosed, this,
            [&events](const ChannelInfo &, CloseReason reason) {
                events.append(QStringLiteral("closed ") + SocketErrors::reasonKey(reason));
            });
    connect(session, &Session::errorOccurred, this, [&events](const QString &message) {
        events.append(QStringLiteral("error ") + message);
    });

    peer->reset();
    // The event loop does not run: the session learns of the reset from its own write.
    QVERIFY(FaultTest::waitForHangUp(descriptor, kTimeout));
    QCOMPARE(session->send(peer->id(), "too late"), 1);
    QCOMPARE(events, QStringList({QStringLiteral("sent too late"),
                                  QStringLiteral("closed reset-by-peer")}));
    QVERIFY(!session->hasChannel(peer->id()));
}

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"
