#include "filesender.h"
#include "sessiontesthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <thread>
#include <unistd.h>

using namespace SessionTest;

namespace {

// Writes size bytes of a pseudo-random pattern (every byte value, no repeating period a
// misplaced piece could hide in) to path, a piece at a time; returns their SHA-256 in hex, or an
// empty array when the file could not be written.
QByteArray writePattern(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QRandomGenerator random(seed);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray piece(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        random.fillRange(reinterpret_cast<quint32 *>(piece.data()), piece.size() / 4);
        const qint64 n = qMin<qint64>(left, piece.size());
        if (file.write(piece.constData(), n) != n)
            return {};
        hash.addData(QByteArrayView(piece.constData(), n));
        left -= n;
    }
    return hash.result().toHex();
}

FileTransferResult resultOf(const QSignalSpy &spy, int call = 0)
{
    return spy.at(call).at(0).value<FileTransferResult>();
}

// Reads what a session sends to a TCP peer at a fixed pace, a bounded piece per tick, keeping
// only the count, the SHA-256 and the last bytes: a 256 MiB file is never held in memory, and a
// sender that does not wait for the reader fills its own memory instead.
class StreamReader : public QObject
{
public:
    StreamReader(QTcpSocket *socket, qint64 chunk, int everyMs)
        : m_socket(socket)
        , m_chunk(chunk)
    {
        // The reader of the helpers keeps everything; this one takes over.
        QObject::disconnect(socket, &QIODevice::readyRead, socket, nullptr);
        // What Qt reads ahead is bounded too: the rest waits in the kernel, which slows the
        // sender down.
        socket->setReadBufferSize(chunk);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(everyMs);
        connect(&m_timer, &QTimer::timeout, this, &StreamReader::readSome);
    }

    void resume() { m_timer.start(); }
    void pause() { m_timer.stop(); }
    qint64 bytes() const { return m_bytes; }
    QByteArray tail() const { return m_tail; }
    QByteArray sha256() { return m_hash.result().toHex(); }
    // Called at each tick, before reading: a probe of the sender's side.
    std::function<void()> onTick;

private:
    void readSome()
    {
        if (onTick)
            onTick();
        const QByteArray data = m_socket->read(m_chunk);
        if (data.isEmpty())
            return;
        m_bytes += data.size();
        m_hash.addData(data);
        m_tail = (m_tail + data).right(64);
    }

    QTcpSocket *m_socket;
    qint64 m_chunk;
    QTimer m_timer;
    qint64 m_bytes = 0;
    QByteArray m_tail;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// A UDP peer that reads on a thread of its own, with a receive buffer as large as the system
// allows: the sender does not wait for a UDP receiver, so the receiver must keep up. Keeps the
// count, the SHA-256 and the sizes of the datagrams.
class DatagramSink
{
public:
    DatagramSink()
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        const int buffer = 64 * 1024 * 1024; // capped at net.core.rmem_max
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
        // Wakes up now and then to see whether it should stop.
        const timeval timeout{0, 20 * 1000};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~DatagramSink()
    {
        stop();
        ::close(m_fd);
    }
    DatagramSink(const DatagramSink &) = delete;
    DatagramSink &operator=(const DatagramSink &) = delete;

    quint16 port() const { return m_port; }
    // One datagram to the session, which makes this peer one of its remotes.
    bool hello(quint16 sessionPort)
    {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(sessionPort);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return ::sendto(m_fd, "hello", 5, 0, reinterpret_cast<sockaddr *>(&to), sizeof to) == 5;
    }
    void start()
    {
        m_thread = std::thread([this] {
            QByteArray buffer(65536, Qt::Uninitialized);
            while (!m_stop.load()) {
                const ssize_t n = ::recv(m_fd, buffer.data(), size_t(buffer.size()), 0);
                if (n < 0)
                    continue;
                m_hash.addData(QByteArrayView(buffer.constData(), n));
                m_sizes.append(int(n));
                m_bytes.fetch_add(n);
            }
        });
    }
    // After stop(), sizes() and sha256() may be read.
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 bytes() const { return m_bytes.load(); }
    QList<int> sizes() const { return m_sizes; }
    QByteArray sha256() { return m_hash.result().toHex(); }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_bytes{0};
    QList<int> m_sizes;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

// Checks the FileSender stage on every kind of session with real peers: a large file arrives
// byte-exact at a peer that reads slowly while the memory stays bounded, datagrams arrive
// complete and in order, and a transfer ends once, with a result that says what happened, when
// it completes, is cancelled, loses its peer or cannot start.
class tst_FileSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();

    void largeFileToSlowReader();
    void datagramsArriveInOrder();
    void pausedDatagrams();
    void toHostName();
    void cancelStopsAtOnce();
    void peerLeavingFails();
    void resetFoundBySendFails();
    void laterChannelsGetNothing();
    void fileShrinkingFails();
    void emptyFile();
    void refusesToStart_data();
    void refusesToStart();

private:
    // A peer whose reading the test controls; nullptr for a UDP peer.
    static std::unique_ptr<StreamReader> readerFor(Peer *peer, qint64 chunk, int everyMs);
    // Sends the marker from the session; true once the peer has it after exactly expected
    // bytes (TCP) or datagrams' bytes (UDP).
    static bool markerArrivesAfter(Session *session, Peer *peer, StreamReader *reader,
                                   qint64 expected);

    QTemporaryDir m_dir;
    QByteArray m_largeHash; // of the file largeFileToSlowReader() sends
};

void tst_FileSender::initTestCase_data()
{
    addKindRows();
}

void tst_FileSender::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<StreamReader> tst_FileSender::readerFor(Peer *peer, qint64 chunk, int everyMs)
{
    auto *tcp = dynamic_cast<TcpPeer *>(peer);
    return tcp ? std::make_unique<StreamReader>(tcp->socket(), chunk, everyMs) : nullptr;
}

bool tst_FileSender::markerArrivesAfter(Session *session, Peer *peer, StreamReader *reader,
                                        qint64 expected)
{
    if (session->send(peer->id(), kMarker) != 1)
        return false;
    if (reader) {
        reader->resume();
        return FaultTest::waitUntil([&] { return reader->bytes() >= expected + kMarker.size(); },
                                    kTimeout) &&
               reader->bytes() == expected + kMarker.size() && reader->tail().endsWith(kMarker);
    }
    return FaultTest::waitUntil(
                   [&] { return peer->received().size() >= expected + kMarker.size(); },
                   kTimeout) &&
           peer->received().size() == expected + kMarker.size() &&
           peer->received().endsWith(kMarker);
}

void tst_FileSender::largeFileToSlowReader()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (!harness->channelsAreConnections())
        QSKIP("A file in datagrams: datagramsArriveInOrder");
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    // 256 MiB; the sanitizer build (NETDEBUG_FAULT_SCALE=0.0625) sends 16 MiB, as its code runs
    // several times slower and its memory figures say little.
    const qint64 size = FaultTest::scaled(256 * 1024 * 1024, 4 * 1024 * 1024);
    // Written once for both kinds: a quarter of a gigabyte takes seconds.
    const QString path = m_dir.filePath(QStringLiteral("large.bin"));
    if (m_largeHash.isEmpty())
        m_largeHash = writePattern(path, size, 256);
    const QByteArray fileHash = m_largeHash;
    QVERIFY(!fileHash.isEmpty());
    const auto reader = readerFor(peer, 64 * 1024, 1);
    QVERIFY(reader);
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);
    QSignalSpy progressed(&sender, &FileSender::progressed);
    qint64 mostQueued = 0;
    qint64 mostResident = 0;
    const qint64 residentBefore = FaultTest::residentBytes();
    reader->onTick = [&] { mostQueued = qMax(mostQueued, session->bytesToWrite(peer->id())); };
    connect(&sender, &FileSender::progressed, this,
            [&] { mostResident = qMax(mostResident, FaultTest::residentBytes()); });

    QString error;
    QVERIFY2(sender.start(path, SendTarget::to({peer->id()}), {}, &error), qPrintable(error));
    QVERIFY(sender.isRunning());
    QCOMPARE(sender.path(), path);
    QCOMPARE(sender.fileSize(), size);
    reader->resume();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(FaultTest::waitUntil([&] { return reader->bytes() >= size; }, 100000));
    const qint64 elapsedMs = clock.elapsed();
    mostResident = qMax(mostResident, FaultTest::residentBytes());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);

    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Completed);
    QCOMPARE(result.path, path);
    QCOMPARE(result.fileSize, size);
    QCOMPARE(result.bytesSent, size);
    QCOMPARE(result.targets, 1);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.sha256, fileHash);
    QCOMPARE(reader->bytes(), size);
    QCOMPARE(reader->sha256(), fileHash);
    QVERIFY(!sender.isRunning());
    QCOMPARE(sender.bytesSent(), size);
    // It waited for the reader: never much more than the high-water mark in the socket's queue.
    QVERIFY2(mostQueued <= FileSender::kHighWater + FileSender::kTcpChunk,
             qPrintable(QString::number(mostQueued)));
    // About ten a second, and a last one with everything.
    QVERIFY2(progressed.size() <= result.elapsedMs / 100 + 3,
             qPrintable(QString::number(progressed.size())));
    QCOMPARE(progressed.last().at(0).toLongLong(), size);
    QCOMPARE(progressed.last().at(1).toLongLong(), size);
    const qint64 growth = mostResident - residentBefore;
    qInfo("%lld MiB to a reader of 64 KiB a millisecond in %lld ms; at most %lld KiB queued; "
          "resident memory grew by %lld KiB at most",
          size / (1024 * 1024), elapsedMs, mostQueued / 1024, growth / 1024);
    if (!FaultTest::kSanitized)
        QVERIFY2(growth < 100 * 1000 * 1000, qPrintable(QString::number(growth)));
    // Once.
    QTest::qWait(60);
    QCOMPARE(finished.size(), 1);
}

void tst_FileSender::datagramsArriveInOrder()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (harness->channelsAreConnections())
        QSKIP("A file over a stream: largeFileToSlowReader");
    auto *session = qobject_cast<UdpSession *>(harness->session());
    QVERIFY(session);
    DatagramSink sink;
    QVERIFY(sink.port() != 0);
    QVERIFY(sink.hello(session->localPort()));
    QVERIFY(QTest::qWaitFor([&] { return session->channelCount() == 1; }, kTimeout));
    const ChannelId id = session->channelIds().constFirst();
    QCOMPARE(session->channel(id).port, sink.port());
    // 1 MiB and a piece, in 1 KiB datagrams: as fast as the kernel takes them, which on two busy
    // cores can outrun any reader, so no more than the sink's receive buffer holds unread (UDP
    // drops what a full buffer cannot take; the Pause option is for slower receivers).
    const qint64 size = 1024 * 1024 + 100;
    const QString path = m_dir.filePath(QStringLiteral("datagrams.bin"));
    const QByteArray fileHash = writePattern(path, size, 8);
    QVERIFY(!fileHash.isEmpty());
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);
    QSignalSpy sent(session, &Session::sent);
    sink.start();

    QString error;
    QVERIFY2(sender.start(path, SendTarget::all(), {1024, 0}, &error), qPrintable(error));
    QVERIFY(FaultTest::waitUntil([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY(FaultTest::waitUntil([&] { return sink.bytes() >= size; }, kTimeout));
    sink.stop();

    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Completed);
    QCOMPARE(result.bytesSent, size);
    QCOMPARE(result.sha256, fileHash);
    // Every datagram one piece of the file, none lost, merged or out of order.
    const QList<int> sizes = sink.sizes();
    QCOMPARE(sizes.size(), (size + 1023) / 1024);
    for (qsizetype i = 0; i + 1 < sizes.size(); ++i)
        QCOMPARE(sizes.at(i), 1024);
    QCOMPARE(sizes.last(), int(size % 1024));
    QCOMPARE(sink.sha256(), fileHash);
    // Each piece is a transfer, for logs to show as one.
    QVERIFY(!sent.isEmpty());
    for (const QList<QVariant> &call : std::as_const(sent))
        QCOMPARE(call.at(2).value<Session::SendKind>(), Session::SendKind::Transfer);
    qInfo("%lld KiB in %lld datagrams in %lld ms", size / 1024, qint64(sizes.size()),
          result.elapsedMs);
}

void tst_FileSender::pausedDatagrams()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (harness->channelsAreConnections())
        QSKIP("Only UDP pauses between pieces");
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const QString path = m_dir.filePath(QStringLiteral("paused.bin"));
    const QByteArray fileHash = writePattern(path, 20 * 100, 20);
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);
    QSignalSpy sent(session, &Session::sent);

    // To a host and port, as typed: 20 datagrams of 100 bytes, 5 ms apart.
    QString error;
    QVERIFY2(sender.start(path, SendTarget::address(QStringLiteral("127.0.0.1"), peer->port()),
                          {100, 5}, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Completed);
    QCOMPARE(result.targets, 1);
    QCOMPARE(result.sha256, fileHash);
    QCOMPARE(sent.size(), 20);
    // 19 pauses.
    QVERIFY2(result.elapsedMs >= 19 * 5, qPrintable(QString::number(result.elapsedMs)));
    QTRY_COMPARE_WITH_TIMEOUT(peer->received().size(), 2000, kTimeout);
    QCOMPARE(QCryptographicHash::hash(peer->received(), QCryptographicHash::Sha256).toHex(),
             fileHash);
}

void tst_FileSender::toHostName()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (harness->channelsAreConnections())
        QSKIP("Only UDP sends to a host and port");
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    // Few enough datagrams for the peer's receive buffer to hold them all.
    const qint64 size = 64 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("named.bin"));
    const QByteArray fileHash = writePattern(path, size, 7);
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);

    // The name is looked up once: the channel its first datagram reached takes the rest.
    QString error;
    QVERIFY2(sender.start(path, SendTarget::address(QStringLiteral("localhost"), peer->port()),
                          {1024, 0}, &error),
             qPrintable(error));
    QVERIFY(FaultTest::waitUntil([&] { return !finished.isEmpty(); }, kTimeout));
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Completed);
    QCOMPARE(result.sha256, fileHash);
    QCOMPARE(session->channel(peer->id()).txCount, size / 1024);
    QVERIFY(FaultTest::waitUntil([&] { return peer->received().size() >= size; }, kTimeout));
    QCOMPARE(QCryptographicHash::hash(peer->received(), QCryptographicHash::Sha256).toHex(),
             fileHash);

    // A name that does not resolve (RFC 6761 reserves .invalid) fails with the reason.
    QVERIFY2(sender.start(path,
                          SendTarget::address(QStringLiteral("no-such-host.invalid"), peer->port()),
                          {1024, 0}, &error),
             qPrintable(error));
    if (!FaultTest::waitUntil([&] { return finished.size() == 2; }, 20000)) {
        sender.cancel();
        QSKIP("The resolver gave no answer in time");
    }
    const FileTransferResult failed = resultOf(finished, 1);
    QCOMPARE(failed.outcome, FileTransferResult::Outcome::Failed);
    QCOMPARE(failed.bytesSent, 0);
    QVERIFY2(failed.error.contains(QLatin1String("no-such-host.invalid")),
             qPrintable(failed.error));
}

void tst_FileSender::cancelStopsAtOnce()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const qint64 size = 32 * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("cancel.bin"));
    QVERIFY(!writePattern(path, size, 32).isEmpty());
    // A TCP peer that reads nothing yet, so that the transfer waits; UDP goes slowly by itself.
    const auto reader = readerFor(peer, 256 * 1024, 1);
    const FileSender::Options options{1024, 1};
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);

    QString error;
    QVERIFY2(sender.start(path, SendTarget::to({peer->id()}), options, &error), qPrintable(error));
    QVERIFY(FaultTest::waitUntil([&] { return sender.bytesSent() >= 10 * 1024; }, kTimeout));
    QSignalSpy sent(session, &Session::sent);
    sender.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!sender.isRunning());
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Cancelled);
    QVERIFY(result.bytesSent > 0 && result.bytesSent < size);
    QCOMPARE(sender.bytesSent(), result.bytesSent);
    // What was handed to the session still arrives, and nothing after it.
    QVERIFY(markerArrivesAfter(session, peer, reader.get(), result.bytesSent));
    QCOMPARE(sent.size(), 1); // the marker
    sender.cancel();
    QCOMPARE(finished.size(), 1);
}

void tst_FileSender::peerLeavingFails()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const qint64 size = 32 * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("leave.bin"));
    QVERIFY(!writePattern(path, size, 33).isEmpty());
    const auto reader = readerFor(peer, 256 * 1024, 1);
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);

    QString error;
    QVERIFY2(sender.start(path, SendTarget::to({peer->id()}), {1024, 1}, &error),
             qPrintable(error));
    QVERIFY(FaultTest::waitUntil([&] { return sender.bytesSent() >= 10 * 1024; }, kTimeout));
    // A UDP remote has no connection to close: the user forgets it.
    if (harness->channelsAreConnections())
        peer->close();
    else
        session->closeChannel(peer->id());
    QVERIFY(FaultTest::waitUntil([&] { return !finished.isEmpty(); }, kTimeout));
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Failed);
    QVERIFY(result.bytesSent < size);
    const QString label = QStringLiteral("127.0.0.1:%1").arg(peer->port());
    QVERIFY2(result.error.contains(label), qPrintable(result.error));
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY(!sender.isRunning());
    QTest::qWait(60);
    QCOMPARE(finished.size(), 1);
}

void tst_FileSender::resetFoundBySendFails()
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
    const QString path = m_dir.filePath(QStringLiteral("reset.bin"));
    QVERIFY(!writePattern(path, 1024 * 1024, 9).isEmpty());
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);

    peer->reset();
    // The event loop has not run: the reset is found by the first pieces, or just before them.
    QVERIFY(FaultTest::waitForHangUp(descriptor, kTimeout));
    QString error;
    QVERIFY2(sender.start(path, SendTarget::to({peer->id()}), {}, &error), qPrintable(error));
    QVERIFY(FaultTest::waitUntil([&] { return !finished.isEmpty(); }, kTimeout));
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Failed);
    // The connection that went, also where it was a client's whole session.
    const QString label = QStringLiteral("127.0.0.1:%1").arg(peer->port());
    QVERIFY2(result.error.contains(label), qPrintable(result.error));
    QVERIFY(!sender.isRunning());
}

void tst_FileSender::laterChannelsGetNothing()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    if (harness->maxChannels() < 3)
        QSKIP("This kind of session has one channel");
    Session *session = harness->session();
    Peer *leaving = harness->addPeer();
    Peer *staying = harness->addPeer();
    QVERIFY(leaving && staying);
    const qint64 size = harness->channelsAreConnections() ? 16 * 1024 * 1024 : 256 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("all.bin"));
    const QByteArray fileHash = writePattern(path, size, 3);
    // TCP peers hold the transfer back until they read; UDP goes a datagram a millisecond.
    const auto leavingReader = readerFor(leaving, 256 * 1024, 1);
    const auto stayingReader = readerFor(staying, 256 * 1024, 1);
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);

    QString error;
    QVERIFY2(sender.start(path, SendTarget::all(), {1024, 1}, &error), qPrintable(error));
    QVERIFY(FaultTest::waitUntil([&] { return sender.bytesSent() >= 10 * 1024; }, kTimeout));
    Peer *late = harness->addPeer();
    QVERIFY(late);
    const auto lateReader = readerFor(late, 256 * 1024, 1);
    if (harness->channelsAreConnections())
        leaving->close();
    else
        session->closeChannel(leaving->id());
    QVERIFY(FaultTest::waitUntil([&] { return !session->hasChannel(leaving->id()); }, kTimeout));
    if (stayingReader)
        stayingReader->resume();
    QVERIFY(FaultTest::waitUntil([&] { return !finished.isEmpty(); }, 30000));

    // The one that left is dropped; the one that came later was not there when it began.
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Completed);
    QCOMPARE(result.targets, 2);
    QCOMPARE(result.sha256, fileHash);
    if (stayingReader) {
        QVERIFY(FaultTest::waitUntil([&] { return stayingReader->bytes() >= size; }, kTimeout));
        QCOMPARE(stayingReader->sha256(), fileHash);
    } else {
        QVERIFY(FaultTest::waitUntil([&] { return staying->received().size() >= size; }, kTimeout));
        QCOMPARE(QCryptographicHash::hash(staying->received(), QCryptographicHash::Sha256).toHex(),
                 fileHash);
    }
    QVERIFY(markerArrivesAfter(session, late, lateReader.get(), 0));
}

void tst_FileSender::fileShrinkingFails()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const qint64 size = 32 * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("shrink.bin"));
    QVERIFY(!writePattern(path, size, 5).isEmpty());
    const auto reader = readerFor(peer, 256 * 1024, 1);
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);

    QString error;
    QVERIFY2(sender.start(path, SendTarget::to({peer->id()}), {1024, 1}, &error),
             qPrintable(error));
    QVERIFY(FaultTest::waitUntil([&] { return sender.bytesSent() >= 10 * 1024; }, kTimeout));
    // Another program cuts the file short while it is being sent.
    QVERIFY(QFile::resize(path, sender.bytesSent() + 10));
    if (reader)
        reader->resume();
    QVERIFY(FaultTest::waitUntil([&] { return !finished.isEmpty(); }, kTimeout));
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Failed);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("shorter")), qPrintable(result.error));
    QVERIFY(result.bytesSent <= result.fileSize);
}

void tst_FileSender::emptyFile()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    Peer *peer = harness->addPeer();
    QVERIFY(peer);
    const QString path = m_dir.filePath(QStringLiteral("empty.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    FileSender sender(session);
    QSignalSpy finished(&sender, &FileSender::finished);
    QSignalSpy sent(session, &Session::sent);

    QString error;
    QVERIFY2(sender.start(path, SendTarget::all(), {}, &error), qPrintable(error));
    // Not from inside start(): its caller sees it return first.
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    const FileTransferResult result = resultOf(finished);
    QCOMPARE(result.outcome, FileTransferResult::Outcome::Completed);
    QCOMPARE(result.fileSize, 0);
    QCOMPARE(result.bytesSent, 0);
    QCOMPARE(result.sha256,
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sent.size(), 0);
    const auto reader = readerFor(peer, 64 * 1024, 1);
    QVERIFY(markerArrivesAfter(session, peer, reader.get(), 0));
}

void tst_FileSender::refusesToStart_data()
{
    QTest::addColumn<QString>("problem");
    for (const char *problem :
         {"missing", "directory", "unreadable", "device", "running", "not open", "no channel",
          "datagram 0", "datagram too large", "negative pause", "address over TCP"})
        QTest::newRow(problem) << QString::fromLatin1(problem);
}

void tst_FileSender::refusesToStart()
{
    QFETCH_GLOBAL(Session::Kind, kind);
    QFETCH(QString, problem);
    const auto harness = makeHarness(kind);
    QVERIFY(harness && harness->open());
    Session *session = harness->session();
    const bool udp = !harness->channelsAreConnections();
    if (problem.startsWith(QLatin1String("datagram")) ||
        problem == QLatin1String("negative pause")) {
        if (!udp)
            QSKIP("Options for datagrams only");
    }
    if (problem == QLatin1String("address over TCP") && udp)
        QSKIP("A UDP session sends to addresses");
    Peer *peer = problem == QLatin1String("no channel") ? nullptr : harness->addPeer();
    QVERIFY(peer || problem == QLatin1String("no channel"));
    QString path = m_dir.filePath(QStringLiteral("refused-%1.bin").arg(Session::kindKey(kind)));
    QVERIFY(!writePattern(path, 4096, 1).isEmpty());
    SendTarget target = SendTarget::all();
    FileSender::Options options;
    FileSender sender(session);
    FileSender other(session);

    if (problem == QLatin1String("missing")) {
        path = m_dir.filePath(QStringLiteral("no such file"));
    } else if (problem == QLatin1String("directory")) {
        path = m_dir.path();
    } else if (problem == QLatin1String("unreadable")) {
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        // The superuser reads whatever the permissions say; a write-only kernel setting it
        // cannot.
        if (QFile(path).open(QIODevice::ReadOnly)) {
            path = QStringLiteral("/proc/sys/vm/compact_memory");
            if (QFile(path).open(QIODevice::ReadOnly) || !QFile::exists(path))
                QSKIP("No file here that this user cannot read");
        }
    } else if (problem == QLatin1String("device")) {
        path = QStringLiteral("/dev/zero");
    } else if (problem == QLatin1String("running")) {
        QString error;
        QVERIFY2(sender.start(path, target, options, &error), qPrintable(error));
    } else if (problem == QLatin1String("not open")) {
        session->close();
    } else if (problem == QLatin1String("datagram 0")) {
        options.datagramSize = 0;
    } else if (problem == QLatin1String("datagram too large")) {
        options.datagramSize = UdpSession::kMaxIPv4Payload + 1;
    } else if (problem == QLatin1String("negative pause")) {
        options.pauseMs = -1;
    } else if (problem == QLatin1String("address over TCP")) {
        target = SendTarget::address(QStringLiteral("127.0.0.1"), peer->port());
    }
    FileSender &refusing = problem == QLatin1String("running") ? sender : other;
    QSignalSpy finished(&refusing, &FileSender::finished);
    QSignalSpy sentBySession(session, &Session::sent);
    const bool wasRunning = refusing.isRunning();

    QString error;
    QVERIFY(!refusing.start(path, target, options, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(refusing.isRunning(), wasRunning);
    if (wasRunning)
        refusing.cancel();
    QTest::qWait(20);
    // Nothing sent; only the cancelled one ends.
    if (!wasRunning)
        QCOMPARE(sentBySession.size(), 0);
    QCOMPARE(finished.size(), wasRunning ? 1 : 0);
}

QTEST_GUILESS_MAIN(tst_FileSender)
#include "tst_filesender.moc"
