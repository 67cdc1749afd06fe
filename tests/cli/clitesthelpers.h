#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

// What the netdebug-cli suites share: the program under test, a runner for it, loopback peers
// for both of its commands and the checks several suites make.

inline QString cliPath()
{
    return qEnvironmentVariable("NETDEBUG_CLI", QStringLiteral(NETDEBUG_CLI_PATH));
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

inline const QByteArray kGbkNiHao = QByteArrayLiteral("\xC4\xE3\xBA\xC3"); // 你好 in GBK

// One run of the real netdebug-cli, with its stdout and stderr collected as they arrive.
class CliProcess : public QObject
{
public:
    explicit CliProcess(QObject *parent = nullptr)
        : QObject(parent)
    {
        setLanguage(QStringLiteral("C"));
        connect(&process, &QProcess::readyReadStandardOutput, this,
                [this] { out += process.readAllStandardOutput(); });
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { err += process.readAllStandardError(); });
        connect(&process, &QProcess::finished, this, [this] {
            out += process.readAllStandardOutput();
            err += process.readAllStandardError();
            elapsedMs = clock.elapsed();
            done = true;
        });
    }
    ~CliProcess() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // The messages the tests look for are the untranslated ones.
    void setLanguage(const QString &lang)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.insert(QStringLiteral("LANG"), lang);
        process.setProcessEnvironment(environment);
    }
    void start(const QStringList &arguments) { startProgram(cliPath(), arguments); }
    void startProgram(const QString &program, const QStringList &arguments)
    {
        clock.start();
        process.start(program, arguments);
    }
    // Runs to the end without an event loop; for runs that talk to no peer of the test.
    bool run(const QStringList &arguments)
    {
        start(arguments);
        if (!process.waitForFinished(20000))
            return false;
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        done = true;
        return true;
    }
    int exitCode() const
    {
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    // The port from the "listening on ADDR:PORT" line on stderr, or 0 until it is there.
    quint16 listeningPort() const
    {
        static const QRegularExpression pattern(QStringLiteral("listening on \\S+:(\\d+)"));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(err));
        return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }
    // The JSON lines whose "event" is event, as printed.
    QList<QByteArray> rawJsonLines(const QByteArray &event) const
    {
        QList<QByteArray> lines;
        const QByteArray field = "\"event\":\"" + event + '"';
        for (const QByteArray &line : out.split('\n')) {
            if (line.contains(field))
                lines.append(line);
        }
        return lines;
    }
    // The port of the first JSON "listening" event, or 0 until it is there.
    quint16 jsonListeningPort() const
    {
        for (const QJsonObject &object : jsonLines()) {
            if (object.value(QStringLiteral("event")).toString() == u"listening")
                return quint16(object.value(QStringLiteral("port")).toInt());
        }
        return 0;
    }
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            objects.append(
                    error.error == QJsonParseError::NoError && document.isObject()
                            ? document.object()
                            : QJsonObject{{QStringLiteral("invalid"), QString::fromUtf8(line)}});
        }
        return objects;
    }

    QProcess process;
    QElapsedTimer clock;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = -1;
    bool done = false;
};

// A test client of "listen" that keeps everything the server sends it.
class Client : public QObject
{
public:
    explicit Client(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&socket, &QIODevice::readyRead, this, [this] { received += socket.readAll(); });
    }
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    QString label() const { return QStringLiteral("127.0.0.1:%1").arg(socket.localPort()); }

    QTcpSocket socket;
    QByteArray received;
};

// A loopback server for "send" that records what it receives and can answer the first chunk.
class RecordingServer : public QObject
{
public:
    explicit RecordingServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (!reply.isEmpty() && !replied) {
                        replied = true;
                        socket->write(reply);
                        if (closeAfterReply)
                            socket->disconnectFromHost();
                    }
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QString port() const { return QString::number(server.serverPort()); }

    QTcpServer server;
    QByteArray received;
    QByteArray reply;
    bool replied = false;
    bool closeAfterReply = false;
    int connections = 0;
};

// The top-level keys of one JSON line, in the order they were written. A key-like stretch inside
// a string value cannot match: its quotes are escaped.
inline QStringList jsonKeys(const QByteArray &line)
{
    static const QRegularExpression key(QStringLiteral("(?:^\\{|,)\"([a-z]+)\":"));
    QStringList keys;
    QRegularExpressionMatchIterator it = key.globalMatch(QString::fromUtf8(line));
    while (it.hasNext())
        keys.append(it.next().captured(1));
    return keys;
}

// A UDP peer of the tests: keeps every datagram it receives, with its sender, and can answer
// each one.
class UdpPeer : public QObject
{
public:
    explicit UdpPeer(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                     QObject *parent = nullptr)
        : QObject(parent)
    {
        bound = socket.bind(address, 0);
        connect(&socket, &QIODevice::readyRead, this, [this] {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram datagram = socket.receiveDatagram();
                received.append(datagram);
                datagrams.append(datagram.data());
                if (!reply.isEmpty())
                    socket.writeDatagram(reply, datagram.senderAddress(), datagram.senderPort());
            }
        });
    }
    QString port() const { return QString::number(socket.localPort()); }
    // "127.0.0.1:5555" or "[::1]:5555", as the program names a peer.
    QString label() const
    {
        const QHostAddress address = socket.localAddress();
        return address.protocol() == QAbstractSocket::IPv6Protocol
                       ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(socket.localPort())
                       : QStringLiteral("%1:%2").arg(address.toString()).arg(socket.localPort());
    }

    QUdpSocket socket;
    bool bound = false;
    QList<QNetworkDatagram> received;
    QList<QByteArray> datagrams;
    QByteArray reply;
};

// Starts "listen 0 <options>" and waits for the port it reports on stderr.
inline bool startListen(CliProcess &cli, const QStringList &options, quint16 *port)
{
    cli.start(QStringList{QStringLiteral("listen"), QStringLiteral("0")} + options);
    const bool ok = QTest::qWaitFor([&] { return cli.listeningPort() != 0 || cli.done; }, 10000);
    *port = cli.listeningPort();
    return ok && *port != 0;
}

// Checks that a file the program wrote can be read and written by its owner only.
inline void verifyUserOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
}
