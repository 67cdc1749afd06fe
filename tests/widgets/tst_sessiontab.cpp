#include "clienttab.h"
#include "filesendbar.h"
#include "filesender.h"
#include "logmodel.h"
#include "periodicsender.h"
#include "repeatfields.h"
#include "sendpane.h"
#include "servertab.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "udpsession.h"
#include "udptab.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <memory>

namespace {

// A file of a known pattern in dir; its SHA-256 in *hash.
QString makeFile(const QTemporaryDir &dir, qint64 size, QByteArray *hash)
{
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 written = 0; written < size; written += block.size()) {
        for (char &c : block) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        const QByteArray piece = block.left(qMin<qint64>(block.size(), size - written));
        file.write(piece);
        sha.addData(piece);
    }
    *hash = sha.result().toHex();
    return path;
}

} // namespace

// What every session tab does for the sender: a periodic series from the send pane (Repeat,
// Interval, Count, Stop sending) and Send file…, driven through the real tabs against real
// loopback peers.
class tst_SessionTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void repeatSendsCountTimes();
    void stopSendingStopsTheSeries();
    void seriesStopsWhenTheServerCloses();
    void editDuringSeriesTakesEffect();
    void serverRepeatGoesToEveryPeer();
    void fileArrivesExactWithOneEntry();
    void cancelStopsTheFile();
    void nothingElseIsSentDuringAFile();
    void missingFileIsReported();
    void udpFileGoesAsDatagrams();
    void sendOptionsAreSavedAndRestored();

private:
    void connectClient();
    void setRepeat(int intervalMs, int count);

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<ClientTab> m_tab;
    QTcpSocket *m_peer = nullptr;
    QByteArray m_received;
};

void tst_SessionTab::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_SessionTab::init()
{
    m_received.clear();
    m_peer = nullptr;
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_tab = std::make_unique<ClientTab>();
    WidgetTest::showAndActivate(m_tab.get());
}

void tst_SessionTab::cleanup()
{
    m_tab.reset();
    m_server.reset();
}

void tst_SessionTab::connectClient()
{
    FIND_NAMED(QLineEdit, host, m_tab.get(), "Host");
    FIND_NAMED(QLineEdit, port, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Connect");
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, QString::number(m_server->serverPort())));
    RUN_STEP(WidgetTest::click(button));
    QTRY_VERIFY(m_server->hasPendingConnections());
    m_peer = m_server->nextPendingConnection();
    connect(m_peer, &QTcpSocket::readyRead, this, [this] { m_received += m_peer->readAll(); });
    QTRY_COMPARE(button->text(), QStringLiteral("Disconnect"));
}

void tst_SessionTab::setRepeat(int intervalMs, int count)
{
    FIND_NAMED(QCheckBox, repeat, m_tab.get(), "Repeat");
    FIND_NAMED(QSpinBox, interval, m_tab.get(), "Interval");
    FIND_NAMED(QSpinBox, countBox, m_tab.get(), "Count");
    if (!repeat->isChecked())
        RUN_STEP(WidgetTest::click(repeat));
    interval->setValue(intervalMs);
    countBox->setValue(count);
}

void tst_SessionTab::repeatSendsCountTimes()
{
    RUN_STEP(connectClient());
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("tick;")));
    RUN_STEP(setRepeat(2, 100));
    QElapsedTimer clock;
    clock.start();
    RUN_STEP(WidgetTest::click(send));
    // While it runs, Send is Stop sending.
    QCOMPARE(send->text(), QStringLiteral("Stop sending"));
    QCOMPARE(send->accessibleName(), QStringLiteral("Stop sending"));
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 500, 10000);
    qInfo("100 sends at 2 ms took %lld ms", clock.elapsed());
    QTRY_COMPARE(send->text(), QStringLiteral("Send"));
    QCOMPARE(m_received, QByteArray("tick;").repeated(100));
    QVERIFY(!WidgetTest::visibleLabelsContaining(m_tab.get(), QStringLiteral("Sent 100 of 100"))
                     .isEmpty());
    const QStringList infos = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Info);
    QVERIFY2(infos.filter(QStringLiteral("100")).size() >= 1, qPrintable(infos.join(u'\n')));
    QVERIFY(!m_tab->periodicSender()->isRunning());
}

void tst_SessionTab::stopSendingStopsTheSeries()
{
    RUN_STEP(connectClient());
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("x")));
    RUN_STEP(setRepeat(5, 0));
    RUN_STEP(WidgetTest::click(send));
    QTRY_VERIFY(m_received.size() >= 5);
    RUN_STEP(WidgetTest::click(send)); // Stop sending
    QCOMPARE(send->text(), QStringLiteral("Send"));
    const qint64 sent = m_tab->periodicSender()->sentCount();
    QTRY_COMPARE(m_received.size(), sent);
    QTest::qWait(50);
    QCOMPARE(m_received.size(), sent); // nothing after the stop
}

void tst_SessionTab::seriesStopsWhenTheServerCloses()
{
    RUN_STEP(connectClient());
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("x")));
    RUN_STEP(setRepeat(5, 0));
    RUN_STEP(WidgetTest::click(send));
    QTRY_VERIFY(m_received.size() >= 3);
    m_peer->close();
    QTRY_COMPARE(send->text(), QStringLiteral("Send"));
    QVERIFY(!m_tab->periodicSender()->isRunning());
    QTRY_VERIFY(m_tab->statusIsError() ||
                !WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error)
                         .filter(QStringLiteral("Periodic"))
                         .isEmpty());
}

void tst_SessionTab::editDuringSeriesTakesEffect()
{
    RUN_STEP(connectClient());
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("a")));
    RUN_STEP(setRepeat(10, 0));
    RUN_STEP(WidgetTest::click(send));
    QTRY_VERIFY(m_received.size() >= 2);
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("b")));
    QTRY_VERIFY(m_received.endsWith("bb"));
    RUN_STEP(WidgetTest::click(send));
    QVERIFY(m_received.startsWith("aa"));
}

void tst_SessionTab::serverRepeatGoesToEveryPeer()
{
    ServerTab server;
    WidgetTest::showAndActivate(&server);
    FIND_NAMED(QLineEdit, port, &server, "Port");
    FIND_NAMED(QPushButton, listen, &server, "Listen");
    RUN_STEP(WidgetTest::replaceText(port, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(listen));
    QTRY_VERIFY(server.session()->state() == Session::State::Open);
    const quint16 serverPort = server.server()->listenPort();
    QTcpSocket a, b;
    a.connectToHost(QHostAddress::LocalHost, serverPort);
    b.connectToHost(QHostAddress::LocalHost, serverPort);
    QTRY_COMPARE(server.session()->channelCount(), 2);
    FIND_NAMED(QPlainTextEdit, editor, &server, "Payload");
    FIND_NAMED(QPushButton, send, &server, "Send");
    FIND_NAMED(QCheckBox, repeat, &server, "Repeat");
    FIND_NAMED(QSpinBox, interval, &server, "Interval");
    FIND_NAMED(QSpinBox, count, &server, "Count");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("ab")));
    RUN_STEP(WidgetTest::click(repeat));
    interval->setValue(3);
    count->setValue(20);
    RUN_STEP(WidgetTest::click(send));
    QByteArray atA, atB;
    QTRY_VERIFY((atA += a.readAll()).size() == 40 && (atB += b.readAll()).size() == 40);
    QCOMPARE(atA, QByteArray("ab").repeated(20));
    QCOMPARE(atB, atA);
}

void tst_SessionTab::fileArrivesExactWithOneEntry()
{
    QTemporaryDir dir;
    QByteArray hash;
    const QString path = makeFile(dir, 8 * 1024 * 1024 + 13, &hash);
    QVERIFY(!path.isEmpty());
    RUN_STEP(connectClient());
    const qsizetype sentRowsBefore =
            WidgetTest::loggedEntries(m_tab->logModel(), LogEntry::Kind::Sent).size();
    QVERIFY(m_tab->sendFile(path));
    FIND_NAMED(QProgressBar, progress, m_tab.get(), "File progress");
    FIND_NAMED(QPushButton, cancel, m_tab.get(), "Cancel");
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 8 * 1024 * 1024 + 13, 20000);
    QCOMPARE(QCryptographicHash::hash(m_received, QCryptographicHash::Sha256).toHex(), hash);
    QTRY_VERIFY(!progress->isVisible());
    // One entry for the transfer, with the digest; not a row per piece.
    QCOMPARE(WidgetTest::loggedEntries(m_tab->logModel(), LogEntry::Kind::Sent).size(),
             sentRowsBefore);
    const QStringList infos = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Info);
    QCOMPARE(infos.filter(QString::fromLatin1(hash)).size(), 1);
    // The counters still count every byte.
    QTRY_COMPARE(m_tab->logModel()->txBytes(), 8 * 1024 * 1024 + 13);
    QCOMPARE(m_tab->client()->channel(m_tab->client()->channelId()).txBytes, 8 * 1024 * 1024 + 13);
}

void tst_SessionTab::cancelStopsTheFile()
{
    QTemporaryDir dir;
    QByteArray hash;
    const QString path = makeFile(dir, 64 * 1024 * 1024, &hash);
    RUN_STEP(connectClient());
    // The peer does not read, so that the transfer waits for it and Cancel finds it running.
    m_peer->disconnect(this);
    m_peer->setReadBufferSize(64 * 1024);
    QVERIFY(m_tab->sendFile(path));
    FIND_NAMED(QPushButton, cancel, m_tab.get(), "Cancel");
    QTRY_VERIFY(m_tab->fileSender()->bytesSent() > 0);
    RUN_STEP(WidgetTest::click(cancel));
    QVERIFY(!m_tab->fileSender()->isRunning());
    const qint64 sent = m_tab->fileSender()->bytesSent();
    QVERIFY(sent < 64 * 1024 * 1024);
    const QStringList infos = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Info);
    QCOMPARE(infos.filter(QStringLiteral("Cancelled")).size(), 1);
}

void tst_SessionTab::nothingElseIsSentDuringAFile()
{
    QTemporaryDir dir;
    QByteArray hash;
    const QString path = makeFile(dir, 64 * 1024 * 1024, &hash);
    RUN_STEP(connectClient());
    m_peer->disconnect(this); // a peer that does not read keeps the transfer running
    m_peer->setReadBufferSize(64 * 1024);
    QVERIFY(m_tab->sendFile(path));
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("between the pieces")));
    RUN_STEP(WidgetTest::click(send));
    QVERIFY(m_tab->statusIsError());
    QVERIFY2(m_tab->statusText().contains(QStringLiteral("file")), qPrintable(m_tab->statusText()));
    QVERIFY(m_tab->fileSender()->isRunning());
    QVERIFY(WidgetTest::loggedEntries(m_tab->logModel(), LogEntry::Kind::Sent).isEmpty());
    m_tab->fileSender()->cancel();
}

void tst_SessionTab::missingFileIsReported()
{
    RUN_STEP(connectClient());
    QVERIFY(!m_tab->sendFile(QStringLiteral("/nonexistent/netdebug-file")));
    QVERIFY(m_tab->statusIsError());
    QVERIFY2(m_tab->statusText().contains(QStringLiteral("netdebug-file")),
             qPrintable(m_tab->statusText()));
    QVERIFY(!m_tab->fileSender()->isRunning());
}

void tst_SessionTab::udpFileGoesAsDatagrams()
{
    QTemporaryDir dir;
    QByteArray hash;
    const QString path = makeFile(dir, 100 * 1000, &hash);
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    UdpTab udp;
    WidgetTest::showAndActivate(&udp);
    FIND_NAMED(QPushButton, open, &udp, "Open");
    FIND_NAMED(QLineEdit, remoteHost, &udp, "Remote host");
    FIND_NAMED(QLineEdit, remotePort, &udp, "Remote port");
    FIND_NAMED(QSpinBox, size, &udp, "Datagram size");
    FIND_NAMED(QSpinBox, pause, &udp, "Pause");
    RUN_STEP(WidgetTest::click(open));
    QTRY_VERIFY(udp.session()->state() == Session::State::Open);
    RUN_STEP(WidgetTest::replaceText(remoteHost, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(remotePort, QString::number(receiver.localPort())));
    size->setValue(1000);
    // A pause between datagrams, so that a receiver that reads only between them loses none.
    pause->setValue(1);
    QVERIFY(udp.sendFile(path));
    QByteArray received;
    int datagrams = 0;
    qsizetype largest = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 while (receiver.hasPendingDatagrams()) {
                                     QByteArray datagram(receiver.pendingDatagramSize(),
                                                         Qt::Uninitialized);
                                     receiver.readDatagram(datagram.data(), datagram.size());
                                     largest = qMax(largest, datagram.size());
                                     received += datagram;
                                     ++datagrams;
                                 }
                                 return received.size() >= 100 * 1000;
                             }()),
                             10000);
    QCOMPARE(datagrams, 100);
    QCOMPARE(largest, 1000);
    QCOMPARE(QCryptographicHash::hash(received, QCryptographicHash::Sha256).toHex(), hash);
}

void tst_SessionTab::sendOptionsAreSavedAndRestored()
{
    FIND_NAMED(QComboBox, checksum, m_tab.get(), "Checksum");
    FIND_NAMED(QCheckBox, clear, m_tab.get(), "Clear after send");
    RUN_STEP(WidgetTest::chooseItem(checksum, QStringLiteral("CRC-16/MODBUS")));
    RUN_STEP(WidgetTest::click(clear));
    RUN_STEP(setRepeat(250, 7));
    QSettings settings;
    settings.beginGroup(QStringLiteral("t"));
    m_tab->saveSettings(settings);
    ClientTab restored;
    restored.restoreSettings(settings);
    QCOMPARE(restored.sendPane()->spec().checksum.kind, ChecksumKind::Crc16Modbus);
    QVERIFY(restored.sendPane()->repeatFields()->isRepeating());
    QCOMPARE(restored.sendPane()->repeatFields()->intervalMs(), 250);
    QCOMPARE(restored.sendPane()->repeatFields()->count(), 7);
    FIND_NAMED(QCheckBox, restoredClear, &restored, "Clear after send");
    QVERIFY(restoredClear->isChecked());
}

QTEST_MAIN(tst_SessionTab)
#include "tst_sessiontab.moc"
