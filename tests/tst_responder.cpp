#include "responder.h"
#include "sessiontesthelpers.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace SessionTest;

// Checks the Responder stage (echo, fixed reply) on every kind of session, with real peers:
// answers go to the channel a message came from, before the stages after it hear of the message,
// and nothing is answered when it is off or its reply is empty.
class tst_Responder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();

    void offByDefault();
    void echo();
    void echoIsByteExact();
    void fixedReply();
    void offAnswersNothing();
    void emptyReplyAnswersNothing();
    void modeChangesApplyToTheNextMessage();
    void answerGoesToItsChannel();
    void answerComesAfterTheMessage();
    void deletedResponderAnswersNothing();
};

void tst_Responder::initTestCase_data()
{
    addKindRows();
}

void tst_Responder::offByDefault()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness);
    QObject owner;
    auto *child = new Responder(harness->session());
    auto *owned = new Responder(harness->session(), &owner);

    QCOMPARE(child->mode(), Responder::Mode::Off);
    QCOMPARE(child->reply(), QByteArray());
    QCOMPARE(child->answers(), 0);
    // It belongs to the session unless told otherwise.
    QCOMPARE(child->parent(), harness->session());
    QCOMPARE(owned->parent(), &owner);
}

void tst_Responder::echo()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Responder responder(session);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    // After the peer opened its channel: a UDP remote opens with a datagram of its own.
    responder.setMode(Responder::Mode::Echo);
    QCOMPARE(responder.mode(), Responder::Mode::Echo);
    QSignalSpy received(session, &Session::received);
    QSignalSpy sent(session, &Session::sent);

    peer->write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("ping"), kTimeout);
    QCOMPARE(responder.answers(), qint64(received.size()));
    QCOMPARE(sent.size(), received.size());
    for (const QList<QVariant> &call : std::as_const(sent))
        QCOMPARE(call.at(0).value<QList<ChannelId>>(), QList<ChannelId>{peer->id()});
    QCOMPARE(session->channel(peer->id()).txBytes, 4);
}

void tst_Responder::echoIsByteExact()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    if (!harness->channelsAreConnections())
        QSKIP("A datagram holds at most 65,507 bytes; tst_udpsession checks large ones");
    Responder responder(session);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    responder.setMode(Responder::Mode::Echo);
    QSignalSpy received(session, &Session::received);

    // Several reads' worth, every byte value.
    QByteArray payload(4 * kMaxReadChunk + 123, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char &byte : payload)
        byte = char(random.bounded(256));
    peer->write(payload);
    QTRY_COMPARE_WITH_TIMEOUT(peer->received().size(), payload.size(), kTimeout);
    QVERIFY(peer->received() == payload);
    QVERIFY(received.size() > 1);
    QCOMPARE(responder.answers(), qint64(received.size()));
}

void tst_Responder::fixedReply()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Responder responder(session);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    responder.setMode(Responder::Mode::Reply);
    responder.setReply("ACK\r\n");
    QCOMPARE(responder.reply(), QByteArray("ACK\r\n"));

    // One answer for each message, whatever it said.
    peer->write("first");
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("ACK\r\n"), kTimeout);
    peer->write(QByteArray("\x00\xff", 2));
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("ACK\r\nACK\r\n"), kTimeout);
    QCOMPARE(responder.answers(), 2);
    QCOMPARE(receivedBeforeMarker(session, peer), QByteArray("ACK\r\nACK\r\n"));
}

void tst_Responder::offAnswersNothing()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Responder responder(session);
    responder.setReply("never");
    responder.setMode(Responder::Mode::Echo);
    responder.setMode(Responder::Mode::Off);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QSignalSpy received(session, &Session::received);
    QSignalSpy sent(session, &Session::sent);

    peer->write("ping");
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kTimeout);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(receivedBeforeMarker(session, peer), QByteArray());
    QCOMPARE(responder.answers(), 0);
}

void tst_Responder::emptyReplyAnswersNothing()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Responder responder(session);
    responder.setMode(Responder::Mode::Reply);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QSignalSpy received(session, &Session::received);
    QSignalSpy sent(session, &Session::sent);

    peer->write("anyone?");
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kTimeout);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(receivedBeforeMarker(session, peer), QByteArray());
    QCOMPARE(responder.answers(), 0);
}

void tst_Responder::modeChangesApplyToTheNextMessage()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Responder responder(session);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    QSignalSpy received(session, &Session::received);

    responder.setMode(Responder::Mode::Echo);
    peer->write("one");
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("one"), kTimeout);
    responder.setReply("R");
    responder.setMode(Responder::Mode::Reply);
    peer->write("two");
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("oneR"), kTimeout);
    responder.setReply("S");
    peer->write("three");
    QTRY_COMPARE_WITH_TIMEOUT(peer->received(), QByteArray("oneRS"), kTimeout);
    responder.setMode(Responder::Mode::Off);
    const qsizetype heard = received.size();
    peer->write("four");
    QTRY_VERIFY_WITH_TIMEOUT(received.size() > heard, kTimeout);
    QCOMPARE(receivedBeforeMarker(session, peer), QByteArray("oneRS"));
    QCOMPARE(responder.answers(), 3);
}

void tst_Responder::answerGoesToItsChannel()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (harness->maxChannels() < 2)
        QSKIP("This kind of session has one channel");
    Session *session = harness->session();
    Responder responder(session);
    Peer *first = harness->addPeer();
    Peer *second = harness->addPeer();
    QVERIFY(first && second);
    responder.setMode(Responder::Mode::Echo);

    first->write("from the first");
    second->write("from the second");
    QTRY_COMPARE_WITH_TIMEOUT(first->received(), QByteArray("from the first"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(second->received(), QByteArray("from the second"), kTimeout);
    QCOMPARE(receivedBeforeMarker(session, first), QByteArray("from the first"));
    QCOMPARE(receivedBeforeMarker(session, second), QByteArray("from the second"));

    // A fixed reply too goes only where the message came from.
    responder.setMode(Responder::Mode::Reply);
    responder.setReply("ok");
    second->write("again");
    QTRY_VERIFY_WITH_TIMEOUT(second->received().endsWith("ok"), kTimeout);
    QCOMPARE(receivedBeforeMarker(session, first), QByteArray("from the first") + kMarker);
}

void tst_Responder::answerComesAfterTheMessage()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Responder responder(session);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    responder.setMode(Responder::Mode::Reply);
    responder.setReply("pong");
    // A later stage, such as the log: it hears of each message before the answer to it.
    QStringList events;
    connect(session, &Session::received, this, [&events](ChannelId, const QByteArray &) {
        events.append(QStringLiteral("received"));
    });
    connect(session, &Session::sent, this,
            [&events](const QList<ChannelId> &, const QByteArray &data) {
                events.append(QStringLiteral("sent ") + QString::fromLatin1(data));
            });

    peer->write("ping");
    QTRY_VERIFY_WITH_TIMEOUT(peer->received().startsWith("pong"), kTimeout);
    QVERIFY(!events.isEmpty() && events.size() % 2 == 0);
    for (qsizetype i = 0; i < events.size(); i += 2) {
        QCOMPARE(events.at(i), QStringLiteral("received"));
        QCOMPARE(events.at(i + 1), QStringLiteral("sent pong"));
    }
}

void tst_Responder::deletedResponderAnswersNothing()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    QPointer<Responder> responder = new Responder(session);
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    responder->setMode(Responder::Mode::Echo);
    QSignalSpy received(session, &Session::received);

    delete responder;
    peer->write("hello?");
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kTimeout);
    QCOMPARE(receivedBeforeMarker(session, peer), QByteArray());
}

QTEST_GUILESS_MAIN(tst_Responder)
#include "tst_responder.moc"
