#include "sequencerunner.h"
#include "sessiontesthelpers.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace SessionTest;

Q_DECLARE_METATYPE(Sequence)

namespace {

SavedCommand textCommand(const QString &name, const QString &text)
{
    SavedCommand command;
    command.name = name;
    command.payload.text = text;
    return command;
}

// HELLO is answered, PING never is, X is a frame that needs no answer.
CommandSet deviceCommands()
{
    CommandSet commands;
    commands.commands = {textCommand(QStringLiteral("HELLO"), QStringLiteral("HELLO")),
                         textCommand(QStringLiteral("PING"), QStringLiteral("PING")),
                         textCommand(QStringLiteral("X"), QStringLiteral("X"))};
    return commands;
}

SequenceStep step(const QString &command, int delayMs = 0)
{
    SequenceStep result;
    result.command = command;
    result.delayMs = delayMs;
    return result;
}

SequenceStep waitingStep(const QString &command, ReplyMatcher::Kind kind, const QString &pattern,
                         int timeoutMs, int delayMs = 0)
{
    SequenceStep result = step(command, delayMs);
    result.waitForReply = true;
    result.matchKind = kind;
    result.matchPattern = pattern;
    result.timeoutMs = timeoutMs;
    return result;
}

Sequence sequence(const QString &name, const QList<SequenceStep> &steps, int repeat = 1)
{
    Sequence result;
    result.name = name;
    result.steps = steps;
    result.repeat = repeat;
    return result;
}

// The device at the far end of a channel: answers "OK" to every "HELLO" it receives and, when
// asked to, closes the connection when a "PING" arrives. It looks at what its peer received
// every millisecond, which works for a stream and for datagrams alike.
class ScriptedDevice : public QObject
{
public:
    explicit ScriptedDevice(Peer *peer)
        : m_peer(peer)
    {
        m_poll.setInterval(1);
        connect(&m_poll, &QTimer::timeout, this, &ScriptedDevice::poll);
        m_poll.start();
    }

    bool closeOnPing = false;

private:
    void poll()
    {
        const QByteArray received = m_peer->received();
        for (qsizetype hellos = received.count("HELLO"); m_answered < hellos; ++m_answered)
            m_peer->write("OK");
        if (closeOnPing && !m_closed && received.contains("PING")) {
            m_closed = true;
            m_peer->close();
        }
    }

    Peer *m_peer = nullptr;
    QTimer m_poll;
    qsizetype m_answered = 0;
    bool m_closed = false;
};

// The arguments of one finished() signal.
struct Outcome
{
    bool ok = false;
    QString message;
};

Outcome outcomeOf(const QSignalSpy &finished)
{
    if (finished.size() != 1)
        return {false, QStringLiteral("<finished() emitted %1 times>").arg(finished.size())};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

} // namespace

// Checks the SequenceRunner stage on every kind of session against a scripted device: steps,
// delays, replies and their timeouts, rounds, and every way a sequence stops or refuses to start.
class tst_SequenceRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();

    void completesWithWaits();
    void timeoutNamesTheStep();
    void delaysAreRespected();
    void repeatsRounds();
    void peerCloseStops();
    void sessionCloseStops();
    void stopByTheUser();
    void sendToNobodyStops();
    void refusedSendStops();
    void repliesFromOtherChannelsDoNotCount();
    void keepsTheNewestReplyBytes();
    void startRefusals_data();
    void startRefusals();

private:
    // An open session of the row's kind with one peer, and the target that is that peer.
    struct Setup
    {
        std::unique_ptr<KindHarness> harness;
        Peer *peer = nullptr;
        SendTarget target;
    };
    static Setup setUp(Session::Kind kind);
};

void tst_SequenceRunner::initTestCase_data()
{
    addKindRows();
}

tst_SequenceRunner::Setup tst_SequenceRunner::setUp(Session::Kind kind)
{
    Setup setup;
    setup.harness = makeHarness(kind);
    if (!setup.harness || !setup.harness->open())
        return setup;
    setup.peer = setup.harness->addPeer();
    if (setup.peer)
        setup.target = SendTarget::to({setup.peer->id()});
    return setup;
}

void tst_SequenceRunner::completesWithWaits()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    Session *session = setup.harness->session();
    const qsizetype opening = setup.peer->received().size();
    ScriptedDevice device(setup.peer);
    SequenceRunner runner(session);
    QSignalSpy started(&runner, &SequenceRunner::stepStarted);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    const Sequence greet = sequence(QStringLiteral("Greet"),
                                    {waitingStep(QStringLiteral("HELLO"), ReplyMatcher::Kind::Exact,
                                                 QStringLiteral("OK"), 3000),
                                     step(QStringLiteral("X"), 20),
                                     waitingStep(QStringLiteral("HELLO"), ReplyMatcher::Kind::Hex,
                                                 QStringLiteral("4F ??"), 3000, 10)});

    QString error;
    QVERIFY2(runner.start(greet, deviceCommands(), setup.target, &error), qPrintable(error));
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.sequenceName(), QStringLiteral("Greet"));
    QCOMPARE(runner.currentStep(), 0);
    QCOMPARE(runner.round(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(u"Greet"), qPrintable(outcome.message));
    QCOMPARE(setup.peer->received().mid(opening), QByteArray("HELLOXHELLO"));
    QCOMPARE(started.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(started.at(i).at(0).toInt(), i);
        QCOMPARE(started.at(i).at(1).toInt(), 1);
    }
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.currentStep(), -1);
}

void tst_SequenceRunner::timeoutNamesTheStep()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    ScriptedDevice device(setup.peer);
    SequenceRunner runner(setup.harness->session());
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QElapsedTimer sentAt;
    connect(setup.harness->session(), &Session::sent, this,
            [&sentAt](const QList<ChannelId> &, const QByteArray &data) {
                if (data == "PING")
                    sentAt.start();
            });
    const Sequence login = sequence(
            QStringLiteral("Login"),
            {waitingStep(QStringLiteral("HELLO"), ReplyMatcher::Kind::Contains,
                         QStringLiteral("OK"), 3000),
             waitingStep(QStringLiteral("PING"), ReplyMatcher::Kind::Any, QString(), 200)});

    QString error;
    QVERIFY2(runner.start(login, deviceCommands(), setup.target, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QVERIFY(sentAt.isValid());
    QVERIFY2(sentAt.elapsed() >= 200, qPrintable(QString::number(sentAt.elapsed())));
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message,
             QStringLiteral("Sequence \"Login\" stopped at step 2 (PING): no matching reply "
                            "within 200 ms."));
    QVERIFY(!runner.isRunning());
}

void tst_SequenceRunner::delaysAreRespected()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    SequenceRunner runner(setup.harness->session());
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QElapsedTimer clock;
    QList<qint64> sentAtNs;
    connect(setup.harness->session(), &Session::sent, this,
            [&] { sentAtNs.append(clock.nsecsElapsed()); });
    const QList<int> delays{60, 0, 150, 100};
    QList<SequenceStep> steps;
    for (int delay : delays)
        steps.append(step(QStringLiteral("X"), delay));

    QString error;
    clock.start();
    QVERIFY2(runner.start(sequence(QStringLiteral("Paced"), steps), deviceCommands(), setup.target,
                          &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QVERIFY(outcomeOf(finished).ok);
    QCOMPARE(sentAtNs.size(), delays.size());
    for (qsizetype i = 0; i < delays.size(); ++i) {
        const qint64 gapUs = (sentAtNs.at(i) - (i == 0 ? 0 : sentAtNs.at(i - 1))) / 1000;
        const qint64 delayUs = delays.at(i) * 1000;
        // Never sooner than the delay (the timer counts whole milliseconds), not much later.
        QVERIFY2(gapUs >= delayUs - 1000 && gapUs < delayUs + 1000 * 1000,
                 qPrintable(QStringLiteral("step %1: %2 us after the one before, delay %3 ms")
                                    .arg(i + 1)
                                    .arg(gapUs)
                                    .arg(delays.at(i))));
    }
}

void tst_SequenceRunner::repeatsRounds()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    const qsizetype opening = setup.peer->received().size();
    ScriptedDevice device(setup.peer);
    SequenceRunner runner(setup.harness->session());
    QSignalSpy started(&runner, &SequenceRunner::stepStarted);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    const Sequence polling =
            sequence(QStringLiteral("Poll"),
                     {waitingStep(QStringLiteral("HELLO"), ReplyMatcher::Kind::Exact,
                                  QStringLiteral("OK"), 3000),
                      step(QStringLiteral("X"), 5)},
                     3);

    QString error;
    QVERIFY2(runner.start(polling, deviceCommands(), setup.target, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    // The English plural needs the translation that the model library does not load.
    QVERIFY2(outcome.message.startsWith(u"Sequence \"Poll\" completed: 3 round"),
             qPrintable(outcome.message));
    QTRY_COMPARE_WITH_TIMEOUT(setup.peer->received().mid(opening), QByteArray("HELLOXHELLOXHELLOX"),
                              kTimeout);
    QCOMPARE(runner.round(), 3);
    QCOMPARE(started.size(), 6);
    QCOMPARE(started.last().at(0).toInt(), 1);
    QCOMPARE(started.last().at(1).toInt(), 3);
}

void tst_SequenceRunner::peerCloseStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    if (!setup.harness->channelsAreConnections())
        QSKIP("A UDP remote has no connection to close; sessionCloseStops covers UDP");
    ScriptedDevice device(setup.peer);
    device.closeOnPing = true;
    SequenceRunner runner(setup.harness->session());
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    const Sequence login = sequence(
            QStringLiteral("Login"),
            {waitingStep(QStringLiteral("HELLO"), ReplyMatcher::Kind::Exact, QStringLiteral("OK"),
                         3000),
             waitingStep(QStringLiteral("PING"), ReplyMatcher::Kind::Any, QString(), 60000),
             step(QStringLiteral("X"))});

    QString error;
    QVERIFY2(runner.start(login, deviceCommands(), setup.target, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.startsWith(u"Sequence \"Login\" stopped at step 2 (PING): ") &&
                     outcome.message.contains(u"closed"),
             qPrintable(outcome.message));
    QVERIFY(!setup.peer->received().contains('X'));
}

void tst_SequenceRunner::sessionCloseStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    Session *session = setup.harness->session();
    SequenceRunner runner(session);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    connect(session, &Session::sent, this,
            [session](const QList<ChannelId> &, const QByteArray &data) {
                if (data == "PING")
                    QTimer::singleShot(10, session, &Session::close);
            });
    // Every open channel as the target: only the session's end stops it, not a channel's.
    QString error;
    QVERIFY2(runner.start(sequence(QStringLiteral("Watch"),
                                   {step(QStringLiteral("X")),
                                    waitingStep(QStringLiteral("PING"), ReplyMatcher::Kind::Any,
                                                QString(), 60000)}),
                          deviceCommands(), SendTarget::all(), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message,
             QStringLiteral("Sequence \"Watch\" stopped at step 2 (PING): the session closed."));
}

void tst_SequenceRunner::stopByTheUser()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    Session *session = setup.harness->session();
    SequenceRunner runner(session);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QSignalSpy sent(session, &Session::sent);
    QString error;
    QVERIFY2(runner.start(sequence(QStringLiteral("Long"),
                                   {waitingStep(QStringLiteral("PING"), ReplyMatcher::Kind::Any,
                                                QString(), 60000),
                                    step(QStringLiteral("X"))}),
                          deviceCommands(), setup.target, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kTimeout);

    runner.stop();
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message,
             QStringLiteral("Sequence \"Long\" stopped by the user at step 1 (PING)."));
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.currentStep(), -1);
    // Stopped means stopped: nothing more goes out, and a second stop() says nothing.
    runner.stop();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(sent.size(), 1);
}

void tst_SequenceRunner::sendToNobodyStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    SequenceRunner runner(setup.harness->session());
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    // A channel that was never open, as one that has closed since it was chosen.
    const SendTarget gone = SendTarget::to({Session::nextChannelId()});
    QString error;
    QVERIFY2(runner.start(sequence(QStringLiteral("Lost"),
                                   {step(QStringLiteral("X"), 5), step(QStringLiteral("PING"))}),
                          deviceCommands(), gone, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message,
             QStringLiteral("Sequence \"Lost\" stopped at step 1 (X): the command reached no "
                            "open connection."));
}

void tst_SequenceRunner::refusedSendStops()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    Session *session = setup.harness->session();
    if (!session->receivesDatagrams())
        QSKIP("A byte stream takes a payload of any size");
    CommandSet commands = deviceCommands();
    SavedCommand huge = textCommand(QStringLiteral("HUGE"), QString(70000, u'h'));
    commands.commands.append(huge);
    SequenceRunner runner(session);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QSignalSpy errors(session, &Session::errorOccurred);
    QString error;
    QVERIFY2(runner.start(sequence(QStringLiteral("Big"),
                                   {step(QStringLiteral("X")), step(QStringLiteral("HUGE")),
                                    step(QStringLiteral("X"))}),
                          commands, setup.target, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QCOMPARE(errors.size(), 1);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message, QStringLiteral("Sequence \"Big\" stopped at step 2 (HUGE): %1")
                                      .arg(errors.first().at(0).toString()));
}

void tst_SequenceRunner::repliesFromOtherChannelsDoNotCount()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    if (setup.harness->maxChannels() < 2)
        QSKIP("This kind of session has one channel");
    Peer *other = setup.harness->addPeer();
    QVERIFY(other);
    Session *session = setup.harness->session();
    SequenceRunner runner(session);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    connect(session, &Session::sent, this,
            [other](const QList<ChannelId> &, const QByteArray &) { other->write("OK"); });
    QString error;
    QVERIFY2(runner.start(sequence(QStringLiteral("Picky"),
                                   {waitingStep(QStringLiteral("PING"), ReplyMatcher::Kind::Any,
                                                QString(), 300)}),
                          deviceCommands(), setup.target, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(u"no matching reply within 300 ms"),
             qPrintable(outcome.message));
}

void tst_SequenceRunner::keepsTheNewestReplyBytes()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const Setup setup = setUp(kind);
    QVERIFY(setup.peer);
    Session *session = setup.harness->session();
    SequenceRunner runner(session);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    Peer *peer = setup.peer;
    // More than is kept, in pieces a datagram can carry; only the newest kMaxReplyBytes count.
    const qsizetype filler = SequenceRunner::kMaxReplyBytes + 5000;
    connect(session, &Session::sent, this, [peer, filler] {
        for (qsizetype done = 0; done < filler; done += 30000)
            peer->write(QByteArray(qMin<qsizetype>(30000, filler - done), 'x'));
        peer->write("OK");
    });
    const QString pattern = QStringLiteral("^x{%1}OK$").arg(SequenceRunner::kMaxReplyBytes - 2);
    QString error;
    QVERIFY2(runner.start(sequence(QStringLiteral("Flood"),
                                   {waitingStep(QStringLiteral("PING"), ReplyMatcher::Kind::Regex,
                                                pattern, 3000)}),
                          deviceCommands(), setup.target, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
}

void tst_SequenceRunner::startRefusals_data()
{
    QTest::addColumn<Sequence>("sequence");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QStringList>("mentions");
    const Sequence good =
            sequence(QStringLiteral("Good"), {step(QStringLiteral("X"))}); // refused only if closed
    QTest::newRow("no steps") << sequence(QStringLiteral("Empty"), {}) << true
                              << QStringList{QStringLiteral("\"Empty\""),
                                             QStringLiteral("no steps")};
    QTest::newRow("missing command")
            << sequence(QStringLiteral("Typo"),
                        {step(QStringLiteral("X")), step(QStringLiteral("HELO"))})
            << true
            << QStringList{QStringLiteral("\"Typo\""), QStringLiteral("step 2"),
                           QStringLiteral("\"HELO\"")};
    QTest::newRow("bad regex") << sequence(QStringLiteral("Regex"),
                                           {step(QStringLiteral("X")),
                                            waitingStep(QStringLiteral("HELLO"),
                                                        ReplyMatcher::Kind::Regex,
                                                        QStringLiteral("(OK"), 1000)})
                               << true
                               << QStringList{QStringLiteral("\"Regex\""), QStringLiteral("step 2"),
                                              QStringLiteral("HELLO")};
    QTest::newRow("bad hex pattern")
            << sequence(QStringLiteral("Hex"),
                        {waitingStep(QStringLiteral("HELLO"), ReplyMatcher::Kind::Hex,
                                     QStringLiteral("4G"), 1000)})
            << true << QStringList{QStringLiteral("step 1"), QStringLiteral("HELLO")};
    QTest::newRow("no timeout") << sequence(QStringLiteral("Zero"),
                                            {waitingStep(QStringLiteral("HELLO"),
                                                         ReplyMatcher::Kind::Any, QString(), 0)})
                                << true
                                << QStringList{QStringLiteral("step 1"), QStringLiteral("timeout")};
    QTest::newRow("negative delay")
            << sequence(QStringLiteral("Back"), {step(QStringLiteral("X"), -5)}) << true
            << QStringList{QStringLiteral("step 1"), QStringLiteral("delay")};
    QTest::newRow("session not open")
            << good << false << QStringList{QStringLiteral("\"Good\""), QStringLiteral("not open")};
}

void tst_SequenceRunner::startRefusals()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    QFETCH(Sequence, sequence);
    QFETCH(bool, open);
    QFETCH(QStringList, mentions);
    const auto harness = makeHarness(kind);
    QVERIFY(harness);
    Peer *peer = nullptr;
    if (open) {
        QVERIFY(harness->open());
        peer = harness->addPeer();
        QVERIFY(peer);
    }
    Session *session = harness->session();
    SequenceRunner runner(session);
    QSignalSpy started(&runner, &SequenceRunner::stepStarted);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QSignalSpy sent(session, &Session::sent);

    QString error;
    QVERIFY(!runner.start(sequence, deviceCommands(),
                          peer ? SendTarget::to({peer->id()}) : SendTarget::all(), &error));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(error.contains(mention), qPrintable(error));
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.currentStep(), -1);
    QTest::qWait(30);
    QCOMPARE(started.size(), 0);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(sent.size(), 0);
}

QTEST_GUILESS_MAIN(tst_SequenceRunner)
#include "tst_sequencerunner.moc"
