#include "faulttesthelpers.h"
#include "tcpconnection.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <atomic>
#include <memory>
#include <sys/ioctl.h>
#include <thread>
#include <utility>

namespace {

constexpr int kTimeout = 5000;
// More than the kernel buffers of a loopback connection hold when nobody reads: a write this
// large is still partly queued in the socket when the test goes on.
constexpr qsizetype kMoreThanTheKernelHolds = 32 * 1024 * 1024;

// Bytes in which a lost, repeated or reordered piece shows: a block of a prime length that
// does not line up with any buffer size, repeated.
QByteArray pattern(qsizetype size)
{
    static const QByteArray block = [] {
        QByteArray bytes(65521, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7 + i / 251) & 0xff);
        return bytes;
    }();
    return block.repeated(size / block.size() + 1).left(size);
}

// What one end of the test's connections does to end it.
enum class Ending {
    PeerCloses,
    PeerResets,
    Close,
    CloseAsTimedOut,
    Abort,
    AbortAsError,
    PeerResetsWhileClosing,
    WriteFindsReset,
};

} // namespace

Q_DECLARE_METATYPE(Ending)

// Checks TcpConnection, the one TCP connection shared by the server and the client, against a
// plain POSIX socket at the other end: bounded reads, writes that leave at once, the graceful
// close and its grace period, abort, and the reason each way of ending gives.
class tst_TcpConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void takesOverTheSocket();
    void labelsOfPeerAndLocalEnd();
    void readsAreBounded();
    void readPendingTakesWhatArrivedFirst();
    void writeLeavesAtOnce();
    void dataBeforePeerClose();
    void gracefulCloseDeliversQueuedData();
    void gracePeriodEndsAStalledClose();
    void abortDropsQueuedData();
    void closedOnlyOnce();
    void reasons_data();
    void reasons();

private:
    // Connects m_peer to m_server and makes m_connection of the accepted socket; with wrap false,
    // leaves the accepted socket in m_accepted instead.
    void connectPair(bool wrap = true);
    // Wraps m_accepted.
    void wrap();
    int connectionDescriptor() const { return int(m_connection->socket()->socketDescriptor()); }

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<TcpConnection> m_connection;
    QTcpSocket *m_accepted = nullptr;
    int m_peer = -1;
};

void tst_TcpConnection::init()
{
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_TcpConnection::cleanup()
{
    m_connection.reset();
    m_server.reset();
    m_accepted = nullptr;
    if (m_peer >= 0)
        ::close(m_peer);
    m_peer = -1;
}

void tst_TcpConnection::connectPair(bool wrapIt)
{
    m_peer = FaultTest::connectTo(m_server->serverPort(), true);
    QVERIFY(m_peer >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->hasPendingConnections(), kTimeout);
    m_accepted = m_server->nextPendingConnection();
    QVERIFY(m_accepted);
    if (wrapIt)
        wrap();
}

void tst_TcpConnection::wrap()
{
    m_connection = std::make_unique<TcpConnection>(m_accepted);
    m_accepted = nullptr;
}

void tst_TcpConnection::takesOverTheSocket()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QTcpSocket *socket = m_connection->socket();
    QCOMPARE(socket->parent(), m_connection.get());
    QCOMPARE(socket->readBufferSize(), kMaxReadChunk);
    // What the user sends leaves as it is: no Nagle delay merging small sends.
    QCOMPARE(socket->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(m_connection->state(), QAbstractSocket::ConnectedState);
    QVERIFY(!m_connection->isClosing());

    // It goes with the connection.
    QSignalSpy destroyed(socket, &QObject::destroyed);
    m_connection.reset();
    QCOMPARE(destroyed.size(), 1);
    char byte = 0;
    QCOMPARE(::recv(m_peer, &byte, 1, 0), ssize_t(0));
}

void tst_TcpConnection::labelsOfPeerAndLocalEnd()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    sockaddr_in local{};
    socklen_t length = sizeof local;
    QCOMPARE(::getsockname(m_peer, reinterpret_cast<sockaddr *>(&local), &length), 0);
    QCOMPARE(m_connection->peerAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(m_connection->peerPort(), ntohs(local.sin_port));
    QCOMPARE(m_connection->localLabel(),
             QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort()));

    // On a dual-stack socket an IPv4 peer is ::ffff:127.0.0.1 to Qt, and plain IPv4 here.
    QTcpServer dualStack;
    if (!dualStack.listen(QHostAddress::Any, 0))
        QSKIP("Cannot listen on all interfaces here");
    const int peer = FaultTest::connectTo(dualStack.serverPort(), true);
    QVERIFY(peer >= 0);
    const auto closePeer = qScopeGuard([peer] { ::close(peer); });
    QTRY_VERIFY_WITH_TIMEOUT(dualStack.hasPendingConnections(), kTimeout);
    TcpConnection connection(dualStack.nextPendingConnection());
    QCOMPARE(connection.peerAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(connection.localLabel().startsWith(QStringLiteral("127.0.0.1:")));
}

void tst_TcpConnection::readsAreBounded()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QByteArray received;
    qsizetype largest = 0;
    int reads = 0;
    connect(m_connection.get(), &TcpConnection::dataRead, this, [&](const QByteArray &data) {
        received += data;
        largest = qMax(largest, data.size());
        ++reads;
    });

    // A peer that floods, from its own thread, as fast as the kernel takes it.
    const QByteArray flood = pattern(8 * 1024 * 1024);
    std::atomic<bool> sentAll{false};
    std::thread writer(
            [&] { sentAll = FaultTest::sendAll(m_peer, flood.constData(), size_t(flood.size())); });
    const auto join = qScopeGuard([&] {
        if (!sentAll)
            ::shutdown(m_peer, SHUT_RDWR);
        writer.join();
    });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), flood.size(), 20000);
    QVERIFY(received == flood);
    QVERIFY2(largest <= kMaxReadChunk, qPrintable(QString::number(largest)));
    QVERIFY(reads > 1);
}

void tst_TcpConnection::readPendingTakesWhatArrivedFirst()
{
    // Taken over with more than one chunk already read by the socket (it had no read limit).
    connectPair(false);
    if (QTest::currentTestFailed())
        return;
    const QByteArray early = pattern(4 * kMaxReadChunk + 1000);
    std::thread writer(
            [&] { FaultTest::sendAll(m_peer, early.constData(), size_t(early.size())); });
    QTRY_COMPARE_WITH_TIMEOUT(m_accepted->bytesAvailable(), early.size(), kTimeout);
    writer.join();
    wrap();
    QList<qsizetype> sizes;
    QByteArray received;
    connect(m_connection.get(), &TcpConnection::dataRead, this, [&](const QByteArray &data) {
        sizes.append(data.size());
        received += data;
    });

    // One bounded chunk now; the rest on later passes of the event loop, though nothing more
    // arrives to wake the socket.
    m_connection->readPending();
    QCOMPARE(sizes, QList<qsizetype>{kMaxReadChunk});
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), early.size(), kTimeout);
    QVERIFY(received == early);
    for (qsizetype size : std::as_const(sizes))
        QVERIFY(size <= kMaxReadChunk);
    // Nothing is read twice, and a later message still arrives.
    QVERIFY(FaultTest::sendAll(m_peer, "late", 4));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), early.size() + 4, kTimeout);
    QVERIFY(received.endsWith("late"));
    m_connection->readPending();
    QCOMPARE(received.size(), early.size() + 4);
}

void tst_TcpConnection::writeLeavesAtOnce()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_connection->write("now"));
    // No event loop runs: the bytes must already be with the kernel.
    pollfd readable{m_peer, POLLIN, 0};
    QCOMPARE(::poll(&readable, 1, kTimeout), 1);
    char buffer[8] = {};
    QCOMPARE(::recv(m_peer, buffer, sizeof buffer, MSG_DONTWAIT), ssize_t(3));
    QCOMPARE(QByteArray(buffer, 3), QByteArray("now"));
    QVERIFY(m_connection->write(QByteArray()));
}

void tst_TcpConnection::dataBeforePeerClose()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QStringList events;
    connect(m_connection.get(), &TcpConnection::dataRead, this,
            [&events](const QByteArray &data) { events.append(QString::fromLatin1(data)); });
    connect(m_connection.get(), &TcpConnection::closed, this,
            [&events] { events.append(QStringLiteral("<closed>")); });

    QVERIFY(FaultTest::sendAll(m_peer, "last words", 10));
    ::shutdown(m_peer, SHUT_WR);
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("<closed>")), kTimeout);
    QCOMPARE(events.join(QString()), QStringLiteral("last words<closed>"));
}

void tst_TcpConnection::gracefulCloseDeliversQueuedData()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_connection.get(), &TcpConnection::closed);
    const QByteArray payload = pattern(kMoreThanTheKernelHolds);
    QVERIFY(m_connection->write(payload));
    QElapsedTimer clock;
    clock.start();
    m_connection->close();
    QVERIFY(m_connection->isClosing());
    QCOMPARE(closed.size(), 0);
    QCOMPARE(m_connection->state(), QAbstractSocket::ClosingState);
    // Nothing more goes out on a closing connection.
    QVERIFY(!m_connection->write("more"));

    // The peer reads it all, then the end of the stream.
    QByteArray received;
    std::atomic<bool> ended{false};
    std::thread reader([&] {
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        for (;;) {
            const ssize_t got = ::recv(m_peer, buffer.data(), size_t(buffer.size()), 0);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                ended = got == 0;
                return;
            }
            received.append(buffer.constData(), got);
        }
    });
    const auto join = qScopeGuard([&] {
        ::shutdown(m_peer, SHUT_RDWR);
        reader.join();
    });
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QVERIFY2(clock.elapsed() < TcpConnection::kCloseGraceMs,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(closed.at(0).at(0).value<CloseReason>(), CloseReason::ClosedByUser);
    QCOMPARE(closed.at(0).at(1).toString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(ended, kTimeout);
    QCOMPARE(received.size(), payload.size());
    QVERIFY(received == payload);
}

void tst_TcpConnection::gracePeriodEndsAStalledClose()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_connection.get(), &TcpConnection::closed);
    // The peer never reads: what is queued can never all go out.
    QVERIFY(m_connection->write(pattern(kMoreThanTheKernelHolds)));
    QElapsedTimer clock;
    clock.start();
    m_connection->close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TcpConnection::kCloseGraceMs + kTimeout);
    // A coarse timer may fire up to 5% early.
    QVERIFY2(clock.elapsed() >= TcpConnection::kCloseGraceMs * 95 / 100,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(closed.at(0).at(0).value<CloseReason>(), CloseReason::ClosedByUser);
    QCOMPARE(m_connection->state(), QAbstractSocket::UnconnectedState);

    // The peer finds the connection gone with the rest never sent.
    qint64 total = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t got = ::recv(m_peer, buffer.data(), size_t(buffer.size()), MSG_DONTWAIT);
        if (got <= 0)
            break;
        total += got;
    }
    QVERIFY(total < kMoreThanTheKernelHolds);
}

void tst_TcpConnection::abortDropsQueuedData()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_connection.get(), &TcpConnection::closed);
    QVERIFY(m_connection->write(pattern(kMoreThanTheKernelHolds)));

    m_connection->abort();
    // At once, without the event loop.
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<CloseReason>(), CloseReason::ClosedByUser);
    QCOMPARE(m_connection->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(m_connection->isClosing());
    QVERIFY(!m_connection->write("more"));
}

void tst_TcpConnection::closedOnlyOnce()
{
    connectPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_connection.get(), &TcpConnection::closed);
    QVERIFY(m_connection->write(pattern(kMoreThanTheKernelHolds)));
    m_connection->close(CloseReason::TimedOut);
    // A second close changes nothing; an abort ends the wait at once, with its own reason.
    m_connection->close(CloseReason::ClosedByUser);
    QCOMPARE(closed.size(), 0);
    m_connection->abort(CloseReason::Error);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<CloseReason>(), CloseReason::Error);
    m_connection->close();
    m_connection->abort();
    QCoreApplication::processEvents();
    QCOMPARE(closed.size(), 1);
}

void tst_TcpConnection::reasons_data()
{
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<CloseReason>("expected");

    QTest::newRow("peer closes") << Ending::PeerCloses << CloseReason::ClosedByPeer;
    QTest::newRow("peer resets") << Ending::PeerResets << CloseReason::ResetByPeer;
    QTest::newRow("close") << Ending::Close << CloseReason::ClosedByUser;
    QTest::newRow("close as timed out") << Ending::CloseAsTimedOut << CloseReason::TimedOut;
    QTest::newRow("abort") << Ending::Abort << CloseReason::ClosedByUser;
    QTest::newRow("abort as error") << Ending::AbortAsError << CloseReason::Error;
    // Once the user closes, the close is the user's, whatever the peer does meanwhile.
    QTest::newRow("peer resets while closing")
            << Ending::PeerResetsWhileClosing << CloseReason::ClosedByUser;
    QTest::newRow("write finds reset") << Ending::WriteFindsReset << CloseReason::ResetByPeer;
}

void tst_TcpConnection::reasons()
{
    QFETCH(Ending, ending);
    QFETCH(CloseReason, expected);

    connectPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy closed(m_connection.get(), &TcpConnection::closed);
    switch (ending) {
    case Ending::PeerCloses: ::close(std::exchange(m_peer, -1)); break;
    case Ending::PeerResets: FaultTest::resetAndClose(std::exchange(m_peer, -1)); break;
    case Ending::Close: m_connection->close(); break;
    case Ending::CloseAsTimedOut: m_connection->close(CloseReason::TimedOut); break;
    case Ending::Abort: m_connection->abort(); break;
    case Ending::AbortAsError: m_connection->abort(CloseReason::Error); break;
    case Ending::PeerResetsWhileClosing:
        QVERIFY(m_connection->write(pattern(kMoreThanTheKernelHolds)));
        m_connection->close();
        QCOMPARE(closed.size(), 0);
        FaultTest::resetAndClose(std::exchange(m_peer, -1));
        break;
    case Ending::WriteFindsReset: {
        const int descriptor = connectionDescriptor();
        FaultTest::resetAndClose(std::exchange(m_peer, -1));
        QVERIFY(FaultTest::waitForHangUp(descriptor, kTimeout));
        // The bytes are taken, then the push out finds the reset and ends the connection.
        m_connection->write("too late");
        QCOMPARE(closed.size(), 1);
        break;
    }
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TcpConnection::kCloseGraceMs + kTimeout);
    QCOMPARE(closed.at(0).at(0).value<CloseReason>(), expected);
    QCOMPARE(closed.at(0).at(1).toString(), QString());
    QCOMPARE(m_connection->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(!m_connection->write("after"));
    QCoreApplication::processEvents();
    QCOMPARE(closed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_TcpConnection)
#include "tst_tcpconnection.moc"
