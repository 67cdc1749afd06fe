#include "socketerrors.h"

#include <QTest>
#include <cerrno>

namespace {

const QList<CloseReason> kReasons{CloseReason::ClosedByPeer, CloseReason::ResetByPeer,
                                  CloseReason::ClosedByUser, CloseReason::TimedOut,
                                  CloseReason::Error,        CloseReason::Forgotten};

} // namespace

// Checks the words NetDebug uses for socket failures, the reasons a channel closes, and its
// checks of typed port numbers and listen addresses.
class tst_SocketErrors : public QObject
{
    Q_OBJECT

private slots:
    void describeBindAddress_data();
    void describeBindAddress();
    void checkPort_data();
    void checkPort();
    void checkListenAddress_data();
    void checkListenAddress();
    void reasonText_data();
    void reasonText();
    void reasonTextsDiffer();
    void reasonKeysDiffer();
    void reasonWithDetail();
    void reasonFor_data();
    void reasonFor();
    void listenError_data();
    void listenError();
    void connectError_data();
    void connectError();
};

void tst_SocketErrors::checkPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowZero");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("port");

    QTest::newRow("0 allowed") << "0" << true << true << 0;
    QTest::newRow("0 not allowed") << "0" << false << false << 0;
    QTest::newRow("1") << "1" << false << true << 1;
    QTest::newRow("80") << "80" << false << true << 80;
    QTest::newRow("65535") << "65535" << false << true << 65535;
    QTest::newRow("65535 zero allowed") << "65535" << true << true << 65535;
    QTest::newRow("65536") << "65536" << true << false << 0;
    QTest::newRow("99999999999") << "99999999999" << true << false << 0;
    QTest::newRow("-1") << "-1" << true << false << 0;
    QTest::newRow("abc") << "abc" << true << false << 0;
    QTest::newRow("empty") << "" << true << false << 0;
    QTest::newRow("blank") << "   " << false << false << 0;
    QTest::newRow("spaces around") << " 80 " << false << true << 80;
    QTest::newRow("decimal point") << "80.5" << false << false << 0;
    QTest::newRow("hex") << "0x50" << false << false << 0;
    QTest::newRow("number and text") << "80abc" << false << false << 0;
}

void tst_SocketErrors::checkPort()
{
    QFETCH(QString, text);
    QFETCH(bool, allowZero);
    QFETCH(bool, valid);
    QFETCH(int, port);

    quint16 parsed = 4242;
    const QString error = SocketErrors::checkPort(text, allowZero, &parsed);
    if (valid) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed, quint16(port));
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(parsed, quint16(4242)); // left alone on failure
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("65535")), qPrintable(error));
    }
    // The port pointer is optional.
    QCOMPARE(SocketErrors::checkPort(text, allowZero, nullptr).isEmpty(), valid);
}

void tst_SocketErrors::checkListenAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("loopback") << "127.0.0.1" << true;
    QTest::newRow("IPv6 loopback") << "::1" << true;
    QTest::newRow("any") << "0.0.0.0" << true;
    QTest::newRow("IPv4 multicast") << "239.1.2.3" << false;
    QTest::newRow("IPv6 multicast") << "ff02::1" << false;
    QTest::newRow("broadcast") << "255.255.255.255" << false;
}

void tst_SocketErrors::checkListenAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);

    const QString error = SocketErrors::checkListenAddress(QHostAddress(address));
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(address), qPrintable(error));
}

void tst_SocketErrors::reasonText_data()
{
    QTest::addColumn<CloseReason>("reason");
    QTest::addColumn<QString>("key");

    QTest::newRow("closed by peer") << CloseReason::ClosedByPeer << "closed-by-peer";
    QTest::newRow("reset by peer") << CloseReason::ResetByPeer << "reset-by-peer";
    QTest::newRow("closed by user") << CloseReason::ClosedByUser << "closed-by-user";
    QTest::newRow("timed out") << CloseReason::TimedOut << "timed-out";
    QTest::newRow("error") << CloseReason::Error << "error";
    QTest::newRow("forgotten") << CloseReason::Forgotten << "forgotten";
}

void tst_SocketErrors::reasonText()
{
    QFETCH(CloseReason, reason);
    QFETCH(QString, key);

    QVERIFY(!SocketErrors::reasonText(reason).trimmed().isEmpty());
    // Machine-readable output keeps fixed English keys, whatever the language.
    QCOMPARE(SocketErrors::reasonKey(reason), key);
}

void tst_SocketErrors::reasonTextsDiffer()
{
    QSet<QString> texts;
    for (CloseReason reason : kReasons)
        texts.insert(SocketErrors::reasonText(reason));
    QCOMPARE(texts.size(), kReasons.size());
}

void tst_SocketErrors::reasonKeysDiffer()
{
    QSet<QString> keys;
    for (CloseReason reason : kReasons)
        keys.insert(SocketErrors::reasonKey(reason));
    QCOMPARE(keys.size(), kReasons.size());
}

void tst_SocketErrors::reasonWithDetail()
{
    const QString reason = SocketErrors::reasonText(CloseReason::Error);
    QCOMPARE(SocketErrors::reasonWithDetail(CloseReason::Error, QString()), reason);
    const QString withDetail = SocketErrors::reasonWithDetail(
            CloseReason::Error, QStringLiteral("Network unreachable"));
    QVERIFY2(withDetail.startsWith(reason), qPrintable(withDetail));
    QVERIFY2(withDetail.endsWith(QLatin1String("Network unreachable")), qPrintable(withDetail));
}

void tst_SocketErrors::reasonFor_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<int>("savedErrno");
    QTest::addColumn<CloseReason>("expected");

    QTest::newRow("remote close") << QAbstractSocket::RemoteHostClosedError << 0
                                  << CloseReason::ClosedByPeer;
    QTest::newRow("remote close, EAGAIN left")
            << QAbstractSocket::RemoteHostClosedError << EAGAIN << CloseReason::ClosedByPeer;
    QTest::newRow("remote close found by a write")
            << QAbstractSocket::RemoteHostClosedError << EPIPE << CloseReason::ClosedByPeer;
    QTest::newRow("reset") << QAbstractSocket::RemoteHostClosedError << ECONNRESET
                           << CloseReason::ResetByPeer;
    QTest::newRow("timeout") << QAbstractSocket::SocketTimeoutError << 0 << CloseReason::TimedOut;
    QTest::newRow("network error")
            << QAbstractSocket::NetworkError << ECONNRESET << CloseReason::Error;
}

void tst_SocketErrors::reasonFor()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(int, savedErrno);
    QFETCH(CloseReason, expected);

    QCOMPARE(SocketErrors::reasonFor(error, savedErrno), expected);
}

void tst_SocketErrors::listenError_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("in use") << QAbstractSocket::AddressInUseError
                            << QStringList{"4567", "127.0.0.1"};
    QTest::newRow("access") << QAbstractSocket::SocketAccessError << QStringList{"4567"};
    QTest::newRow("not available")
            << QAbstractSocket::SocketAddressNotAvailableError << QStringList{"127.0.0.1"};
    QTest::newRow("unsupported") << QAbstractSocket::UnsupportedSocketOperationError
                                 << QStringList{"127.0.0.1"};
    QTest::newRow("other") << QAbstractSocket::UnknownSocketError
                           << QStringList{"4567", "127.0.0.1", "qt says no"};
}

void tst_SocketErrors::listenError()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QStringList, mentions);

    const QString message = SocketErrors::listenError(error, QStringLiteral("qt says no"),
                                                      QStringLiteral("127.0.0.1"), 4567);
    for (const QString &word : mentions)
        QVERIFY2(message.contains(word), qPrintable(message));
}

void tst_SocketErrors::connectError_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("refused") << QAbstractSocket::ConnectionRefusedError
                             << QStringList{"refused", "example.org", "4567"};
    QTest::newRow("not found") << QAbstractSocket::HostNotFoundError << QStringList{"example.org"};
    QTest::newRow("timeout") << QAbstractSocket::SocketTimeoutError
                             << QStringList{"timed out", "example.org", "4567"};
    QTest::newRow("network") << QAbstractSocket::NetworkError
                             << QStringList{"example.org", "4567", "qt says no"};
    QTest::newRow("other") << QAbstractSocket::UnknownSocketError
                           << QStringList{"example.org", "4567", "qt says no"};
}

void tst_SocketErrors::connectError()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QStringList, mentions);

    const QString message = SocketErrors::connectError(error, QStringLiteral("qt says no"),
                                                       QStringLiteral("example.org"), 4567);
    for (const QString &word : mentions)
        QVERIFY2(message.contains(word), qPrintable(message));
}

void tst_SocketErrors::describeBindAddress_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ipv4") << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1";
    QTest::newRow("ipv6") << QHostAddress(QHostAddress::LocalHostIPv6) << "[::1]";
    QTest::newRow("any ipv4") << QHostAddress(QHostAddress::AnyIPv4) << "all IPv4 interfaces";
    QTest::newRow("any ipv6") << QHostAddress(QHostAddress::AnyIPv6) << "all IPv6 interfaces";
    QTest::newRow("any") << QHostAddress(QHostAddress::Any) << "all interfaces (IPv4 + IPv6)";
    QTest::newRow("v4-mapped") << QHostAddress(QStringLiteral("::ffff:127.0.0.1"))
                               << "[::ffff:127.0.0.1]";
}

void tst_SocketErrors::describeBindAddress()
{
    QFETCH(QHostAddress, address);
    QFETCH(QString, expected);

    QCOMPARE(SocketErrors::describeBindAddress(address), expected);
}

QTEST_GUILESS_MAIN(tst_SocketErrors)
#include "tst_socketerrors.moc"
