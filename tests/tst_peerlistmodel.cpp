#include "peerlistmodel.h"
#include "tcpserverbackend.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

namespace {

constexpr int kTimeout = 5000;

} // namespace

// Checks the server's peer table against a real TcpServerBackend and real client sockets: rows
// come and go with the connections, and show each peer's address and traffic.
class tst_PeerListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headers();
    void rowsAppearOnTheTimer();
    void rowsAppearOnFlush();
    void countersUpdateAfterTraffic();
    void disconnectedPeerDisappears();
    void peerGoneBeforeFlushNeverAppears();
    void peerClosedBeforeModelHearsOfItNeverAppears();
    void stopRemovesAllRows();
    void formatBytes();

private:
    // Connects count clients and waits until the backend has them all.
    void connectClients(int count);
    int rowOfClient(const QTcpSocket &client) const;

    std::unique_ptr<TcpServerBackend> m_server;
    std::unique_ptr<PeerListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::vector<std::unique_ptr<QTcpSocket>> m_clients;
};

void tst_PeerListModel::init()
{
    m_server = std::make_unique<TcpServerBackend>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_model = std::make_unique<PeerListModel>(m_server.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PeerListModel::cleanup()
{
    m_clients.clear();
    m_tester.reset();
    m_model.reset();
    m_server.reset();
}

void tst_PeerListModel::connectClients(int count)
{
    const int before = m_server->peerCount();
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, m_server->listenPort());
        m_clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->peerCount(), before + count, kTimeout);
    for (const auto &client : m_clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, kTimeout);
}

int tst_PeerListModel::rowOfClient(const QTcpSocket &client) const
{
    const QString label = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, PeerListModel::PeerColumn).data().toString() == label)
            return row;
    }
    return -1;
}

void tst_PeerListModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(PeerListModel::ColumnCount));
    QCOMPARE(m_model->rowCount(), 0);
    QSet<QString> titles;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!title.isEmpty());
        titles.insert(title);
    }
    QCOMPARE(titles.size(), m_model->columnCount());
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
}

void tst_PeerListModel::rowsAppearOnTheTimer()
{
    connectClients(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, kTimeout);

    QSet<QString> labels;
    for (int row = 0; row < 3; ++row)
        labels.insert(m_model->index(row, PeerListModel::PeerColumn).data().toString());
    QSet<QString> expected;
    for (const auto &client : m_clients)
        expected.insert(QStringLiteral("127.0.0.1:%1").arg(client->localPort()));
    QCOMPARE(labels, expected);

    for (int row = 0; row < 3; ++row) {
        const PeerId id = m_model->peerAt(row);
        QVERIFY(m_server->hasPeer(id));
        QCOMPARE(m_model->rowOf(id), row);
        QCOMPARE(m_model->index(row, 0).data(PeerListModel::PeerIdRole).value<PeerId>(), id);
        QCOMPARE(m_model->index(row, PeerListModel::PeerColumn).data().toString(),
                 m_server->peer(id).label());
        QVERIFY(!m_model->index(row, PeerListModel::SinceColumn).data().toString().isEmpty());
        QVERIFY(!m_model->index(row, PeerListModel::SinceColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
    }
    QCOMPARE(m_model->peerAt(-1), PeerId(0));
    QCOMPARE(m_model->peerAt(3), PeerId(0));
    QCOMPARE(m_model->rowOf(PeerId(4242)), -1);
}

void tst_PeerListModel::rowsAppearOnFlush()
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

void tst_PeerListModel::countersUpdateAfterTraffic()
{
    connectClients(3);
    if (QTest::currentTestFailed())
        return;
    m_model->flush();
    const int row = rowOfClient(*m_clients[1]);
    QVERIFY(row >= 0);
    const PeerId id = m_model->peerAt(row);
    const QString zero = PeerListModel::formatBytes(0);
    QCOMPARE(m_model->index(row, PeerListModel::ReceivedColumn).data().toString(), zero);
    QCOMPARE(m_model->index(row, PeerListModel::SentColumn).data().toString(), zero);
    QCOMPARE(m_model->index(row, PeerListModel::StateColumn).data().toString(),
             QStringLiteral("Connected"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_clients[1]->write(QByteArray(1500, 'r'));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->peer(id).rxBytes, 1500, kTimeout);
    QCOMPARE(m_server->send(id, QByteArray(10, 's')), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeout);
    m_model->flush();
    QCOMPARE(m_model->index(row, PeerListModel::ReceivedColumn).data().toString(),
             PeerListModel::formatBytes(1500));
    QCOMPARE(m_model->index(row, PeerListModel::SentColumn).data().toString(),
             PeerListModel::formatBytes(10));

    // The other peers' counters are their own.
    const int other = rowOfClient(*m_clients[0]);
    QCOMPARE(m_model->index(other, PeerListModel::ReceivedColumn).data().toString(), zero);
    QCOMPARE(m_model->index(other, PeerListModel::SentColumn).data().toString(), zero);
}

void tst_PeerListModel::disconnectedPeerDisappears()
{
    connectClients(3);
    if (QTest::currentTestFailed())
        return;
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
    const PeerId leaving = m_model->peerAt(rowOfClient(*m_clients[1]));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    m_clients[1]->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, kTimeout);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOf(leaving), -1);
    QVERIFY(rowOfClient(*m_clients[0]) >= 0);
    QVERIFY(rowOfClient(*m_clients[2]) >= 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_server->hasPeer(m_model->peerAt(row)));
}

void tst_PeerListModel::peerGoneBeforeFlushNeverAppears()
{
    // The server drops each peer as it arrives, before the model's batch is applied.
    connect(m_server.get(), &TcpServerBackend::peerConnected, m_server.get(),
            [this](const PeerInfo &peer) { m_server->disconnectPeer(peer.id); });
    QSignalSpy disconnected(m_server.get(), &TcpServerBackend::peerDisconnected);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    auto client = std::make_unique<QTcpSocket>();
    client->connectToHost(QHostAddress::LocalHost, m_server->listenPort());
    m_clients.push_back(std::move(client));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(inserted.size(), 0);
}

void tst_PeerListModel::peerClosedBeforeModelHearsOfItNeverAppears()
{
    // A handler connected before the model closes each peer at once: the model hears of the
    // disconnect before the connect, and must not keep a row for a peer that is gone.
    TcpServerBackend server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &TcpServerBackend::peerConnected, &server,
            [&server](const PeerInfo &peer) { server.disconnectPeer(peer.id); });
    PeerListModel model(&server);
    QSignalSpy disconnected(&server, &TcpServerBackend::peerDisconnected);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kTimeout);
    model.flush();
    QCOMPARE(server.peerCount(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_PeerListModel::stopRemovesAllRows()
{
    connectClients(3);
    if (QTest::currentTestFailed())
        return;
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);

    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 0, kTimeout);
}

void tst_PeerListModel::formatBytes()
{
    QVERIFY(!PeerListModel::formatBytes(0).isEmpty());
    QVERIFY(PeerListModel::formatBytes(1500) != PeerListModel::formatBytes(10));
    QVERIFY(PeerListModel::formatBytes(10).contains(QLatin1String("10")));
}

QTEST_GUILESS_MAIN(tst_PeerListModel)
#include "tst_peerlistmodel.moc"
