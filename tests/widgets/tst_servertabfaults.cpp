#include "../faulttesthelpers.h"
#include "channel.h"
#include "logmodel.h"
#include "servertab.h"
#include "systemlimits.h"
#include "tcpserversession.h"
#include "widgettesthelpers.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <atomic>
#include <memory>
#include <thread>

// The TCP Server tab, driven as a user does, against peers that misbehave: a flood with no line
// break, a reset in the middle of a large send, an address that is not this computer's.
class tst_ServerTabFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void floodWithoutLineBreaksStaysBounded();
    void resetDuringLargeSendIsLogged();
    void foreignAddressIsReported();

private:
    void listen(const QString &address, quint16 *port);

    std::unique_ptr<ServerTab> m_tab;
};

void tst_ServerTabFaults::initTestCase()
{
    WidgetTest::isolateSettings();
    SystemLimits::raiseFileLimit();
}

void tst_ServerTabFaults::init()
{
    m_tab = std::make_unique<ServerTab>();
    WidgetTest::showAndActivate(m_tab.get());
}

void tst_ServerTabFaults::cleanup()
{
    m_tab.reset();
}

void tst_ServerTabFaults::listen(const QString &address, quint16 *port)
{
    FIND_NAMED(QComboBox, addressField, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Listen");
    RUN_STEP(WidgetTest::replaceText(addressField->lineEdit(), address));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));
    QVERIFY(m_tab->server()->isListening());
    *port = m_tab->server()->listenPort();
}

void tst_ServerTabFaults::floodWithoutLineBreaksStaysBounded()
{
    const qint64 total = FaultTest::scaled(1024LL * 1024 * 1024, 64 * 1024 * 1024);
    quint16 port = 0;
    RUN_STEP(listen(QStringLiteral("127.0.0.1"), &port));
    LogModel *log = m_tab->logModel();
    QVERIFY(!log->hexMode()); // text: every byte goes through the decoder
    TcpServerSession *server = m_tab->server();
    QSignalSpy disconnected(server, &Session::channelClosed);

    const int fd = FaultTest::connectTo(port, true);
    QVERIFY(fd >= 0);
    QTRY_COMPARE(server->channelCount(), 1);
    const ChannelId id = server->channelIds().constFirst();
    log->flush();
    const qint64 rssBefore = FaultTest::residentBytes();

    // The GUI thread must keep answering: a 10 ms timer measures how late it gets to run.
    QElapsedTimer sinceTick;
    qint64 maxLateMs = 0;
    qint64 maxStored = 0;
    qint64 maxRss = rssBefore;
    int ticks = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        maxLateMs = qMax(maxLateMs, sinceTick.restart() - 10);
        maxStored = qMax(maxStored, log->storedBytes());
        if (++ticks % 20 == 0)
            maxRss = qMax(maxRss, FaultTest::residentBytes());
    });

    // One long line: printable bytes, never a line break.
    std::atomic<bool> sentAll{false};
    std::thread sender([fd, total, &sentAll] {
        QByteArray chunk(256 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            chunk[i] = char('A' + i % 26);
        for (qint64 sent = 0; sent < total;) {
            const qsizetype size = qsizetype(qMin<qint64>(chunk.size(), total - sent));
            if (!FaultTest::sendAll(fd, chunk.constData(), size_t(size)))
                break;
            sent += size;
        }
        sentAll = true;
        char byte = 0;
        ::recv(fd, &byte, 1, 0); // until the server closes
    });
    // However the test ends: the socket is shut down to unblock the sender, which is joined
    // before its descriptor is closed.
    struct Joiner
    {
        std::thread &thread;
        int fd;
        ~Joiner()
        {
            ::shutdown(fd, SHUT_RDWR);
            thread.join();
            ::close(fd);
        }
    } joiner{sender, fd};

    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    const bool arrived = FaultTest::waitUntil(
            [&] { return log->rxBytes() == total && server->channel(id).rxBytes == total; }, 90000);
    ticker.stop();
    log->flush();
    qInfo("%lld MiB in %lld ms; the GUI thread was at most %lld ms late; log held at most %lld "
          "bytes; RSS grew by %lld MiB",
          total >> 20, qint64(clock.elapsed()), maxLateMs, maxStored, (maxRss - rssBefore) >> 20);
    QVERIFY2(arrived, qPrintable(QStringLiteral("log counted %1, peer %2 of %3 bytes")
                                         .arg(log->rxBytes())
                                         .arg(server->channel(id).rxBytes)
                                         .arg(total)));
    QVERIFY(sentAll);
    QVERIFY(ticks > 0);
    QVERIFY2(maxLateMs < 1000, qPrintable(QString::number(maxLateMs)));
    QVERIFY2(maxStored <= log->maxBytes(), qPrintable(QString::number(maxStored)));
    QVERIFY(log->storedBytes() <= log->maxBytes());
    if (FaultTest::kSanitized)
        qInfo("RSS not checked: AddressSanitizer keeps freed memory in quarantine");
    else
        QVERIFY2(maxRss - rssBefore < 150LL * 1024 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 MiB").arg((maxRss - rssBefore) >> 20)));

    // The log is live: it shows the newest data, and dropped the oldest to stay within bounds.
    QVERIFY(log->trimmedEntries() > 0);
    const LogEntry &last = log->entry(log->rowCount() - 1);
    QCOMPARE(last.kind, LogEntry::Kind::Received);
    QVERIFY(!last.data.isEmpty());
    QVERIFY(!last.data.contains('\n'));

    server->closeChannel(id);
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(qvariant_cast<ChannelInfo>(disconnected.at(0).at(0)).rxBytes, total);
    QCOMPARE(log->rxBytes(), total);
}

void tst_ServerTabFaults::resetDuringLargeSendIsLogged()
{
    quint16 port = 0;
    RUN_STEP(listen(QStringLiteral("127.0.0.1"), &port));
    TcpServerSession *server = m_tab->server();
    QTcpSocket first, victim, third;
    QByteArray firstGot, thirdGot;
    connect(&first, &QIODevice::readyRead, this, [&] { firstGot += first.readAll(); });
    connect(&third, &QIODevice::readyRead, this, [&] { thirdGot += third.readAll(); });
    // The victim reads slowly: Qt stops taking from the kernel once 64 KiB wait unread.
    victim.setReadBufferSize(64 * 1024);
    for (QTcpSocket *socket : {&first, &victim, &third}) {
        socket->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket->waitForConnected(5000));
    }
    QTRY_COMPARE(server->channelCount(), 3);
    const QString victimLabel = formatEndpoint(victim.localAddress(), victim.localPort());
    ChannelId victimId = 0;
    for (ChannelId id : server->channelIds()) {
        if (server->channel(id).label() == victimLabel)
            victimId = id;
    }
    QVERIFY(victimId != 0);

    QCOMPARE(server->send(victimId, QByteArray(32 * 1024 * 1024, 'z')), 1);
    QTRY_VERIFY(victim.bytesAvailable() >= 64 * 1024);
    const linger abortive{1, 0};
    QCOMPARE(::setsockopt(int(victim.socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive,
                          sizeof abortive),
             0);
    victim.abort();

    QTRY_COMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected).size(),
                 1);
    const QString message =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected)
                    .constFirst();
    QVERIFY2(message.contains(victimLabel) && (message.contains(QStringLiteral("reset by peer")) ||
                                               message.contains(QStringLiteral("error"))),
             qPrintable(message));
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    QTRY_COMPARE(peers->model()->rowCount(), 2);

    // The others are served as before, both ways, from the user's Send button.
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("still here")));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(firstGot, QByteArray("still here"));
    QTRY_COMPARE(thirdGot, QByteArray("still here"));
    first.write("first");
    third.write("third");
    QTRY_COMPARE(m_tab->logModel()->rxBytes(), qint64(10));
    QVERIFY(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).isEmpty());
}

void tst_ServerTabFaults::foreignAddressIsReported()
{
    // TEST-NET-1: documentation only, never an address of this computer. Nothing is sent to it.
    if (QNetworkInterface::allAddresses().contains(QHostAddress(QStringLiteral("192.0.2.1"))))
        QSKIP("This machine has 192.0.2.1");
    FIND_NAMED(QComboBox, address, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Listen");
    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), QStringLiteral("192.0.2.1")));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));

    QVERIFY(!m_tab->server()->isListening());
    QCOMPARE(button->text(), QStringLiteral("Listen"));
    const QStringList shown =
            WidgetTest::visibleLabelsContaining(m_tab.get(), QStringLiteral("192.0.2.1"));
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("not an address of this computer")),
             qPrintable(shown.first()));
    const QStringList errors = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first(), shown.first());

    // The tab goes on working.
    quint16 port = 0;
    RUN_STEP(listen(QStringLiteral("127.0.0.1"), &port));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(m_tab->server()->channelCount(), 1);
}

QTEST_MAIN(tst_ServerTabFaults)
#include "tst_servertabfaults.moc"
