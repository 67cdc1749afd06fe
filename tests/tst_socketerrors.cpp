#include "socketerrors.h"

#include <QTest>
#include <cerrno>

// Checks the words NetDebug uses for socket failures and its check of typed port numbers.
class tst_SocketErrors : public QObject
{
    Q_OBJECT

private slots:
    void checkPort_data();
    void checkPort();
    void reasonText_data();
    void reasonText();
    void reasonTextsDiffer();
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

void tst_SocketErrors::reasonText_data()
{
    QTest::addColumn<DisconnectReason>("reason");

    QTest::newRow("closed by peer") << DisconnectReason::ClosedByPeer;
    QTest::newRow("reset by peer") << DisconnectReason::ResetByPeer;
    QTest::newRow("closed by user") << DisconnectReason::ClosedByUser;
    QTest::newRow("timed out") << DisconnectReason::TimedOut;
    QTest::newRow("error") << DisconnectReason::Error;
}

void tst_SocketErrors::reasonText()
{
    QFETCH(DisconnectReason, reason);

    QVERIFY(!SocketErrors::reasonText(reason).trimmed().isEmpty());
}

void tst_SocketErrors::reasonTextsDiffer()
{
    QSet<QString> texts;
    for (DisconnectReason reason :
         {DisconnectReason::ClosedByPeer, DisconnectReason::ResetByPeer,
          DisconnectReason::ClosedByUser, DisconnectReason::TimedOut, DisconnectReason::Error})
        texts.insert(SocketErrors::reasonText(reason));
    QCOMPARE(texts.size(), 5);
}

void tst_SocketErrors::reasonFor_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<int>("savedErrno");
    QTest::addColumn<DisconnectReason>("expected");

    QTest::newRow("remote close") << QAbstractSocket::RemoteHostClosedError << 0
                                  << DisconnectReason::ClosedByPeer;
    QTest::newRow("remote close, EAGAIN left")
            << QAbstractSocket::RemoteHostClosedError << EAGAIN << DisconnectReason::ClosedByPeer;
    QTest::newRow("reset") << QAbstractSocket::RemoteHostClosedError << ECONNRESET
                           << DisconnectReason::ResetByPeer;
    QTest::newRow("timeout") << QAbstractSocket::SocketTimeoutError << 0
                             << DisconnectReason::TimedOut;
    QTest::newRow("network error")
            << QAbstractSocket::NetworkError << ECONNRESET << DisconnectReason::Error;
}

void tst_SocketErrors::reasonFor()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(int, savedErrno);
    QFETCH(DisconnectReason, expected);

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

QTEST_GUILESS_MAIN(tst_SocketErrors)
#include "tst_socketerrors.moc"
