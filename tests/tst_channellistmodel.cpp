#include "channellistmodel.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

namespace {

constexpr int kTimeout = 5000;

using Field = ChannelListModel::Field;

} // namespace

Q_DECLARE_METATYPE(QList<ChannelListModel::Field>)

// Checks the table of a session's channels against real sessions and real sockets: the columns
// each kind has, rows that come and go with the channels (a server's peers, a client's
// connection), and each channel's address and traffic. Every model runs under
// QAbstractItemModelTester.
class tst_ChannelListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fieldsFor_data();
    void fieldsFor();
    void serverHeaders();
    void rowsAppearOnTheTimer();
    void rowsAppearOnFlush();
    void countersUpdateAfterTraffic();
    void closedPeerDisappears();
    void peerGoneBeforeFlushNeverAppears();
    void peerClosedBeforeModelHearsOfItNeverAppears();
    void closeRemovesAllRows();
    void clientRowFollowsConnection();
    void formatBytes();

private:
    // Connects count clients and waits until the server has them all.
    void connectClients(int count);
    int rowOfClient(const QTcpSocket &client) const;
    int column(Field field) const { return m_model->columnOf(field); }
    QString text(int row, Field field) const
    {
        return m_model->index(row, column(field)).data().toString();
    }

    std::unique_ptr<TcpServerSession> m_server;
    std::unique_ptr<ChannelListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::vector<std::unique_ptr<QTcpSocket>> m_clients;
};

void tst_ChannelListModel::init()
{
    m_server = std::make_unique<TcpServerSession>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_model = std::make_unique<ChannelListModel>(m_server.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ChannelListModel::cleanup()
{
    m_clients.clear();
    m_tester.reset();
    m_model.reset();
    m_server.reset();
}

void tst_ChannelListModel::connectClients(int count)
{
    const int before = m_server->channelCount();
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, m_server->listenPort());
        m_clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->channelCount(), before + count, kTimeout);
    for (const auto &client : m_clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, kTimeout);
}

int tst_ChannelListModel::rowOfClient(const QTcpSocket &client) const
{
    const QString label = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (text(row, Field::Peer) == label)
            return row;
    }
    return -1;
}

void tst_ChannelListModel::fieldsFor_data()
{
    QTest::addColumn<Session::Kind>("kind");
    QTest::addColumn<QList<Field>>("expected");

    QTest::newRow("tcp-server") << Session::Kind::TcpServer
                                << QList<Field>{Field::Peer, Field::OpenedAt, Field::Received,
                                                Field::Sent, Field::State};
    // A client's one connection has the same columns; its local end is in the tooltip.
    QTest::newRow("tcp-client") << Session::Kind::TcpClient
                                << QList<Field>{Field::Peer, Field::OpenedAt, Field::Received,
                                                Field::Sent, Field::State};
    // A UDP remote has no state; it is there from the first datagram to the last.
    QTest::newRow("udp") << Session::Kind::Udp
                         << QList<Field>{Field::Peer, Field::Seen, Field::Received, Field::Sent};
}

void tst_ChannelListModel::fieldsFor()
{
    QFETCH(Session::Kind, kind);
    QFETCH(QList<Field>, expected);

    const QList<Field> fields = ChannelListModel::fieldsFor(kind);
    QCOMPARE(fields, expected);
    // Whatever the kind, the peer comes first, each field once.
    QCOMPARE(fields.first(), Field::Peer);
    QCOMPARE(QSet<Field>(fields.begin(), fields.end()).size(), fields.size());
}

void tst_ChannelListModel::serverHeaders()
{
    QCOMPARE(m_model->session(), m_server.get());
    QCOMPARE(m_model->fields(), ChannelListModel::fieldsFor(Session::Kind::TcpServer));
    QCOMPARE(m_model->columnCount(), m_model->fields().size());
    QCOMPARE(m_model->rowCount(), 0);
    QSet<QString> titles;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(m_model->columnOf(m_model->fields().at(column)), column);
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!title.isEmpty());
        titles.insert(title);
    }
    QCOMPARE(titles.size(), m_model->columnCount());
    QCOMPARE(m_model->headerData(column(Field::Peer), Qt::Horizontal).toString(),
             QStringLiteral("Peer"));
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
    QVERIFY(!m_model->headerData(m_model->columnCount(), Qt::Horizontal).isValid());
    // Fields a server does not have have no column.
    QCOMPARE(m_model->columnOf(Field::Seen), -1);
}

void tst_ChannelListModel::rowsAppearOnTheTimer()
{
    connectClients(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, kTimeout);

    QSet<QString> labels;
    for (int row = 0; row < 3; ++row)
        labels.insert(text(row, Field::Peer));
    QSet<QString> expected;
    for (const auto &client : m_clients)
        expected.insert(QStringLiteral("127.0.0.1:%1").arg(client->localPort()));
    QCOMPARE(labels, expected);

    for (int row = 0; row < 3; ++row) {
        const ChannelId id = m_model->channelAt(row);
        QVERIFY(m_server->hasChannel(id));
        QCOMPARE(m_model->rowOf(id), row);
        QCOMPARE(m_model->index(row, 0).data(ChannelListModel::ChannelIdRole).value<ChannelId>(),
                 id);
        QCOMPARE(text(row, Field::Peer), m_server->channel(id).label());
        QVERIFY(!text(row, Field::OpenedAt).isEmpty());
        QVERIFY(!m_model->index(row, column(Field::OpenedAt))
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
    }
    // Rows keep the order the channels opened in.
    QCOMPARE(
            QList<ChannelId>({m_model->channelAt(0), m_model->channelAt(1), m_model->channelAt(2)}),
            m_server->channelIds());
    QCOMPARE(m_model->channelAt(-1), ChannelId(0));
    QCOMPARE(m_model->channelAt(3), ChannelId(0));
    QCOMPARE(m_model->rowOf(ChannelId(4242)), -1);
}

void tst_ChannelListModel::rowsAppearOnFlush()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    connectClients(3);
    if (QTest::currentTestFailed())
        return;
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!inserted.isEmpty());
    for (const auto &client : m_clients)
        QVERIFY(rowOfClient(*client) >= 0);
}

void tst_ChannelListModel::countersUpdateAfterTraffic()
{
    connectClients(3);
    if (QTest::currentTestFailed())
        return;
    m_model->flush();
    const int row = rowOfClient(*m_clients[1]);
    QVERIFY(row >= 0);
    const ChannelId id = m_model->channelAt(row);
    const QString zero = ChannelListModel::formatBytes(0);
    QCOMPARE(text(row, Field::Received), zero);
    QCOMPARE(text(row, Field::Sent), zero);
    QCOMPARE(text(row, Field::State), QStringLiteral("Connected"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_clients[1]->write(QByteArray(1500, 'r'));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->channel(id).rxBytes, 1500, kTimeout);
    QCOMPARE(m_server->send(id, QByteArray(10, 's')), 1);
    // Told on the timer, not on every read.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeout);
    m_model->flush();
    QCOMPARE(text(row, Field::Received), ChannelListModel::formatBytes(1500));
    QCOMPARE(text(row, Field::Sent), ChannelListModel::formatBytes(10));
    const QString toolTip =
            m_model->index(row, column(Field::Received)).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QLocale().toString(qint64(1500))), qPrintable(toolTip));

    // The other peers' counters are their own.
    const int other = rowOfClient(*m_clients[0]);
    QCOMPARE(text(other, Field::Received), zero);
    QCOMPARE(text(other, Field::Sent), zero);
}

void tst_ChannelListModel::closedPeerDisappears()
{
    connectClients(3);
    if (QTest::currentTestFailed())
        return;
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
    const ChannelId leaving = m_model->channelAt(rowOfClient(*m_clients[1]));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    m_clients[1]->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, kTimeout);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOf(leaving), -1);
    QVERIFY(rowOfClient(*m_clients[0]) >= 0);
    QVERIFY(rowOfClient(*m_clients[2]) >= 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_server->hasChannel(m_model->channelAt(row)));
}

void tst_ChannelListModel::peerGoneBeforeFlushNeverAppears()
{
    // The server drops each peer as it arrives, before the model's batch is applied.
    connect(m_server.get(), &Session::channelOpened, m_server.get(),
            [this](const ChannelInfo &peer) { m_server->closeChannel(peer.id); });
    QSignalSpy closed(m_server.get(), &Session::channelClosed);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    auto client = std::make_unique<QTcpSocket>();
    client->connectToHost(QHostAddress::LocalHost, m_server->listenPort());
    m_clients.push_back(std::move(client));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(inserted.size(), 0);
}

void tst_ChannelListModel::peerClosedBeforeModelHearsOfItNeverAppears()
{
    // A handler connected before the model closes each peer at once: the channel is gone by the
    // time the model hears it opened, and must not leave a row behind.
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &Session::channelOpened, &server,
            [&server](const ChannelInfo &peer) { server.closeChannel(peer.id); });
    ChannelListModel model(&server);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy closed(&server, &Session::channelClosed);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    model.flush();
    QCOMPARE(server.channelCount(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ChannelListModel::closeRemovesAllRows()
{
    connectClients(3);
    if (QTest::currentTestFailed())
        return;
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);

    m_server->close();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 0, kTimeout);
    // Listening again, new peers get rows again.
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_clients.clear();
    connectClients(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, kTimeout);
}

void tst_ChannelListModel::clientRowFollowsConnection()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TcpClientSession client;
    ChannelListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.fields(), ChannelListModel::fieldsFor(Session::Kind::TcpClient));
    QCOMPARE(model.columnCount(), model.fields().size());
    const int peerColumn = model.columnOf(Field::Peer);
    QCOMPARE(model.headerData(peerColumn, Qt::Horizontal).toString(), QStringLiteral("Server"));
    QCOMPARE(model.rowCount(), 0);

    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, kTimeout);
    const ChannelId first = client.channelId();
    QCOMPARE(model.channelAt(0), first);
    QCOMPARE(model.index(0, peerColumn).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
    QVERIFY(model.index(0, peerColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(client.channel(first).localLabel));
    QCOMPARE(model.index(0, model.columnOf(Field::State)).data().toString(),
             QStringLiteral("Connected"));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), kTimeout);
    std::unique_ptr<QTcpSocket> serverSide(server.nextPendingConnection());

    serverSide->write(QByteArray(300, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(client.channel(first).rxBytes, 300, kTimeout);
    model.flush();
    QCOMPARE(model.index(0, model.columnOf(Field::Received)).data().toString(),
             ChannelListModel::formatBytes(300));

    // The connection ends: its row goes; the next connection is a new row.
    serverSide->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, kTimeout);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, kTimeout);
    QVERIFY(model.channelAt(0) != first);
    QCOMPARE(model.channelAt(0), client.channelId());
}

void tst_ChannelListModel::formatBytes()
{
    QVERIFY(!ChannelListModel::formatBytes(0).isEmpty());
    QVERIFY(ChannelListModel::formatBytes(1500) != ChannelListModel::formatBytes(10));
    QVERIFY(ChannelListModel::formatBytes(10).contains(QLatin1String("10")));
}

QTEST_GUILESS_MAIN(tst_ChannelListModel)
#include "tst_channellistmodel.moc"
