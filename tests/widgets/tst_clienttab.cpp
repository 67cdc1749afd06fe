#include "clienttab.h"
#include "logmodel.h"
#include "sendpane.h"
#include "tcpclientsession.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <sys/socket.h>

namespace {

QList<int> rowsOfKind(LogModel *log, LogEntry::Kind kind)
{
    log->flush();
    QList<int> rows;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).kind == kind)
            rows.append(row);
    }
    return rows;
}

QByteArray loggedData(LogModel *log, LogEntry::Kind kind)
{
    QByteArray data;
    for (int row : rowsOfKind(log, kind))
        data += log->entry(row).data;
    return data;
}

// The server's end of a connection: keeps everything the client sent.
class ServerSide : public QObject
{
public:
    explicit ServerSide(QTcpSocket *socket)
        : m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this,
                [this] { m_received += m_socket->readAll(); });
    }

    QTcpSocket *socket() const { return m_socket; }
    QByteArray received() const { return m_received; }

private:
    QTcpSocket *m_socket = nullptr;
    QByteArray m_received;
};

} // namespace

// Drives the TCP Client tab as a user does, against a real QTcpServer on loopback.
class tst_ClientTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void connectSendAndReceive();
    void hexPayloadArrivesExactly();
    void gbkCharacterSplitAcrossReads();
    void refusedConnectionIsReported();
    void invalidPortIsRejected_data();
    void invalidPortIsRejected();
    void emptyHostIsRejected();
    void serverCloseEndsConnection();
    void serverResetIsReported();
    void userDisconnects();
    void echoAnswersEveryRead();
    void connectionIsListed();

private:
    void connectToServer(std::unique_ptr<ServerSide> *serverSide);

    std::unique_ptr<ClientTab> m_tab;
    std::unique_ptr<QTcpServer> m_server;
};

void tst_ClientTab::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_ClientTab::init()
{
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_tab = std::make_unique<ClientTab>();
    WidgetTest::showAndActivate(m_tab.get());
}

void tst_ClientTab::cleanup()
{
    m_tab.reset();
    m_server.reset();
}

// Types the server's address into Host and Port and clicks Connect.
void tst_ClientTab::connectToServer(std::unique_ptr<ServerSide> *serverSide)
{
    FIND_NAMED(QLineEdit, host, m_tab.get(), "Host");
    FIND_NAMED(QLineEdit, port, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Connect");
    const qsizetype connectedBefore =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Connected).size();
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, QString::number(m_server->serverPort())));
    RUN_STEP(WidgetTest::click(button));

    QTRY_COMPARE(button->text(), QStringLiteral("Disconnect"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Disconnect"));
    QVERIFY(!host->isEnabled());
    QVERIFY(!port->isEnabled());
    QTRY_VERIFY(m_server->hasPendingConnections());
    QTcpSocket *socket = m_server->nextPendingConnection();
    QVERIFY(socket);
    QCOMPARE(socket->peerPort(), m_tab->client()
                                         ->channel(m_tab->client()->channelId())
                                         .localLabel.section(u':', -1)
                                         .toUShort());
    *serverSide = std::make_unique<ServerSide>(socket);
    QCOMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Connected).size(),
             connectedBefore + 1);
}

void tst_ClientTab::connectSendAndReceive()
{
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    QVERIFY(!send->isEnabled()); // not connected yet
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));
    QVERIFY(send->isEnabled());

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("hello, server")));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(server->received(), QByteArray("hello, server"));
    LogModel *log = m_tab->logModel();
    QCOMPARE(loggedData(log, LogEntry::Kind::Sent), QByteArray("hello, server"));
    QCOMPARE(log->txBytes(), 13);

    server->socket()->write("pong\x00\x01", 6);
    QTRY_COMPARE(loggedData(log, LogEntry::Kind::Received), QByteArray("pong\x00\x01", 6));
    const QList<int> received = rowsOfKind(log, LogEntry::Kind::Received);
    QVERIFY(!received.isEmpty());
    QCOMPARE(log->entry(received.first()).peer,
             m_tab->client()->channel(m_tab->client()->channelId()).label());
    QCOMPARE(log->entry(received.first()).peer,
             QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort()));
}

void tst_ClientTab::hexPayloadArrivesExactly()
{
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    FIND_NAMED(QCheckBox, hex, m_tab.get(), "Hex");
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));

    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("01 02 FF")));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(server->received(), QByteArray("\x01\x02\xFF"));
    QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Sent), QByteArray("\x01\x02\xFF"));
}

void tst_ClientTab::gbkCharacterSplitAcrossReads()
{
    FIND_NAMED(QComboBox, encoding, m_tab.get(), "Encoding");
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));
    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("GBK")));
    LogModel *log = m_tab->logModel();
    QCOMPARE(log->encoding(), QStringLiteral("GBK"));

    // 你好 in GBK is C4 E3 BA C3; the second character is cut in half between two writes.
    server->socket()->write("\xC4\xE3\xBA");
    QTRY_COMPARE(log->rxBytes(), 3); // the first part has been read on its own
    log->flush();
    server->socket()->write("\xC3");
    QTRY_COMPARE(log->rxBytes(), 4);
    log->flush();

    const QList<int> rows = rowsOfKind(log, LogEntry::Kind::Received);
    QCOMPARE(rows.size(), 2); // two reads, flushed apart
    QString text;
    for (int row : rows) {
        const QString display = log->index(row).data().toString();
        QVERIFY2(display.contains(log->entry(row).text), qPrintable(display));
        QVERIFY2(!display.contains(QStringLiteral("\\x")), qPrintable(display));
        QVERIFY(!display.contains(QChar(0xFFFD)));
        text += log->entry(row).text;
    }
    QCOMPARE(text, QStringLiteral("你好"));
    QVERIFY(log->index(rows.first()).data().toString().contains(QStringLiteral("你")));
    QVERIFY(log->index(rows.last()).data().toString().contains(QStringLiteral("好")));

    // A reply that arrives in one read shows whole.
    server->socket()->write("\xC4\xE3\xBA\xC3");
    QTRY_COMPARE(log->rxBytes(), 8);
    log->flush();
    const int last = rowsOfKind(log, LogEntry::Kind::Received).last();
    QVERIFY(log->index(last).data().toString().endsWith(QStringLiteral(": 你好")));
}

void tst_ClientTab::refusedConnectionIsReported()
{
    // A port that was free a moment ago, and on which nothing listens now.
    const quint16 closed = m_server->serverPort();
    m_server->close();

    FIND_NAMED(QLineEdit, host, m_tab.get(), "Host");
    FIND_NAMED(QLineEdit, port, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Connect");
    QSignalSpy states(m_tab->client(), &TcpClientSession::phaseChanged);
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(port, QString::number(closed)));
    RUN_STEP(WidgetTest::click(button));

    QTRY_COMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).size(), 1);
    const QString error =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).first();
    QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(closed)), qPrintable(error));
    QVERIFY(states.count() >= 2); // it did try, and gave up
    QCOMPARE(m_tab->client()->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(button->text(), QStringLiteral("Connect"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Connect"));
    QVERIFY(host->isEnabled());
    QVERIFY(port->isEnabled());
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_tab.get(), QStringLiteral("refused")).size(), 1);
    QVERIFY(rowsOfKind(m_tab->logModel(), LogEntry::Kind::Connected).isEmpty());
}

void tst_ClientTab::invalidPortIsRejected_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("65536") << QStringLiteral("65536");
    QTest::newRow("letter") << QStringLiteral("x");
    QTest::newRow("negative") << QStringLiteral("-80");
    QTest::newRow("empty") << QString();
}

void tst_ClientTab::invalidPortIsRejected()
{
    QFETCH(QString, port);
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Connect");
    QSignalSpy states(m_tab->client(), &TcpClientSession::phaseChanged);
    RUN_STEP(WidgetTest::replaceText(portField, port));
    RUN_STEP(WidgetTest::click(button));

    QCOMPARE(states.count(), 0); // no attempt was made
    QCOMPARE(m_tab->client()->phase(), TcpClientSession::Phase::Unconnected);
    QCOMPARE(button->text(), QStringLiteral("Connect"));
    const QStringList errors = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("\"%1\"").arg(port)),
             qPrintable(errors.first()));
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_tab.get(), errors.first()).size(), 1);
    QVERIFY(!m_server->hasPendingConnections());
}

void tst_ClientTab::emptyHostIsRejected()
{
    FIND_NAMED(QLineEdit, host, m_tab.get(), "Host");
    FIND_NAMED(QLineEdit, port, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Connect");
    QSignalSpy states(m_tab->client(), &TcpClientSession::phaseChanged);
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("   ")));
    RUN_STEP(WidgetTest::replaceText(port, QString::number(m_server->serverPort())));
    RUN_STEP(WidgetTest::click(button));

    QCOMPARE(states.count(), 0);
    QCOMPARE(button->text(), QStringLiteral("Connect"));
    const QStringList errors = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("host")), qPrintable(errors.first()));
    QCoreApplication::processEvents();
    QVERIFY(!m_server->hasPendingConnections());
}

void tst_ClientTab::serverCloseEndsConnection()
{
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));
    FIND_NAMED(QPushButton, button, m_tab.get(), "Disconnect");
    const QString peer = m_tab->client()->channel(m_tab->client()->channelId()).label();

    server->socket()->write("bye");
    server->socket()->disconnectFromHost();
    QTRY_COMPARE(button->text(), QStringLiteral("Connect"));
    QVERIFY(!send->isEnabled());
    const QList<int> disconnected = rowsOfKind(m_tab->logModel(), LogEntry::Kind::Disconnected);
    QCOMPARE(disconnected.size(), 1);
    const LogEntry &entry = m_tab->logModel()->entry(disconnected.first());
    QCOMPARE(entry.peer, peer);
    QVERIFY2(entry.message.contains(QStringLiteral("closed by peer")), qPrintable(entry.message));
    // What the server said just before closing is not lost.
    QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Received), QByteArray("bye"));
    QVERIFY(rowsOfKind(m_tab->logModel(), LogEntry::Kind::Received).first() < disconnected.first());
}

void tst_ClientTab::serverResetIsReported()
{
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));
    FIND_NAMED(QPushButton, button, m_tab.get(), "Disconnect");

    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger abortive{1, 0};
    QCOMPARE(::setsockopt(int(server->socket()->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &abortive, sizeof(abortive)),
             0);
    server->socket()->close();

    QTRY_COMPARE(button->text(), QStringLiteral("Connect"));
    const QStringList messages =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("reset")), qPrintable(messages.first()));
    // A reset is an error for the user to notice: it stays in the status line.
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_tab.get(), messages.first()).size(), 1);
}

void tst_ClientTab::userDisconnects()
{
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));
    FIND_NAMED(QPushButton, button, m_tab.get(), "Disconnect");
    QSignalSpy serverSaw(server->socket(), &QAbstractSocket::disconnected);
    RUN_STEP(WidgetTest::click(button));
    QTRY_COMPARE(serverSaw.count(), 1);
    QTRY_COMPARE(button->text(), QStringLiteral("Connect"));
    const QStringList messages =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("closed by user")),
             qPrintable(messages.first()));

    // And it can connect again.
    std::unique_ptr<ServerSide> again;
    RUN_STEP(connectToServer(&again));
    QCOMPARE(m_tab->client()->phase(), TcpClientSession::Phase::Connected);
}

void tst_ClientTab::echoAnswersEveryRead()
{
    FIND_NAMED(QCheckBox, echo, m_tab.get(), "Echo");
    RUN_STEP(WidgetTest::click(echo));
    QVERIFY(echo->isChecked());
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));
    server->socket()->write("ping 1");
    QTRY_COMPARE(server->received(), QByteArray("ping 1"));
    server->socket()->write("ping 2");
    QTRY_COMPARE(server->received(), QByteArray("ping 1ping 2"));
    QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Sent), QByteArray("ping 1ping 2"));
    QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Received), QByteArray("ping 1ping 2"));
}

void tst_ClientTab::connectionIsListed()
{
    FIND_NAMED(QTableView, connections, m_tab.get(), "Connections");
    QCOMPARE(connections->model()->rowCount(), 0);
    std::unique_ptr<ServerSide> server;
    RUN_STEP(connectToServer(&server));
    const QString label = QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort());
    QTRY_COMPARE(connections->model()->rowCount(), 1);
    QCOMPARE(connections->model()->index(0, 0).data().toString(), label);
    // The status line says where it is connected, from where.
    const QString local = QStringLiteral("127.0.0.1:%1").arg(server->socket()->peerPort());
    QCOMPARE(m_tab->statusText(), QStringLiteral("Connected to %1 from %2").arg(label, local));
    QVERIFY(!m_tab->statusIsError());
    server->socket()->write("12345");
    QTRY_COMPARE(m_tab->logModel()->rxBytes(), 5);
    int received = -1;
    for (int column = 0; column < connections->model()->columnCount(); ++column) {
        if (connections->model()->headerData(column, Qt::Horizontal).toString() == u"Received")
            received = column;
    }
    QVERIFY(received >= 0);
    // The local end is in the tooltip of the server's column.
    QVERIFY(connections->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(local));
    QTRY_COMPARE(connections->model()->index(0, received).data().toString(), QStringLiteral("5 B"));
    server->socket()->disconnectFromHost();
    QTRY_COMPARE(connections->model()->rowCount(), 0);
}

QTEST_MAIN(tst_ClientTab)
#include "tst_clienttab.moc"
