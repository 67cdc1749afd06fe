#include "checksum.h"

#include <QRandomGenerator>
#include <QTest>

Q_DECLARE_METATYPE(ChecksumKind)
Q_DECLARE_METATYPE(ChecksumOrder)

namespace {

// A CRC as the Rocksoft model defines it, one bit at a time: the independent reference for the
// table-driven code under test.
struct CrcModel
{
    int width;
    quint32 poly;
    quint32 init;
    bool reflected; // refin and refout together, as in every CRC here
    quint32 xorOut;
};

quint32 reflect(quint32 value, int bits)
{
    quint32 out = 0;
    for (int i = 0; i < bits; ++i) {
        if (value & (1u << i))
            out |= 1u << (bits - 1 - i);
    }
    return out;
}

quint32 bitwiseCrc(const CrcModel &model, QByteArrayView data)
{
    const quint32 top = 1u << (model.width - 1);
    const quint32 mask = model.width == 32 ? 0xFFFFFFFFu : (1u << model.width) - 1;
    quint32 crc = model.init;
    for (char c : data) {
        const quint32 byte = model.reflected ? reflect(quint8(c), 8) : quint8(c);
        crc ^= byte << (model.width - 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = ((crc & top) ? (crc << 1) ^ model.poly : crc << 1) & mask;
    }
    if (model.reflected)
        crc = reflect(crc, model.width);
    return (crc ^ model.xorOut) & mask;
}

QByteArray bytes(const char *hex)
{
    return QByteArray::fromHex(hex);
}

} // namespace

// Checks every checksum against its published check value and a bitwise reference, the byte
// order of the value on the wire, and which bytes append() covers and where the check goes.
class tst_Checksum : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void displayNames();
    void checkValue_data();
    void checkValue();
    void knownFrames_data();
    void knownFrames();
    void matchesBitwiseDefinition_data();
    void matchesBitwiseDefinition();
    void encode_data();
    void encode();
    void append_data();
    void append();
    void appendErrors_data();
    void appendErrors();
};

void tst_Checksum::keys()
{
    const QList<ChecksumKind> kinds = Checksum::kinds();
    QCOMPARE(kinds.size(), 9);
    QCOMPARE(kinds.first(), ChecksumKind::None);
    QStringList seen;
    for (ChecksumKind kind : kinds) {
        const QString key = Checksum::key(kind);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.append(key);
        QCOMPARE(Checksum::fromKey(key), kind);
        QCOMPARE(Checksum::fromKey(key.toUpper()), kind);
    }
    QCOMPARE(Checksum::key(ChecksumKind::Crc16Modbus), QStringLiteral("crc16-modbus"));
    QCOMPARE(Checksum::key(ChecksumKind::Crc16CcittFalse), QStringLiteral("crc16-ccitt-false"));
    QCOMPARE(Checksum::fromKey(QStringLiteral("crc16")), std::nullopt);
    QCOMPARE(Checksum::fromKey(QString()), std::nullopt);
}

void tst_Checksum::displayNames()
{
    const QStringList expected = {QStringLiteral("None"),
                                  QStringLiteral("Sum 8"),
                                  QStringLiteral("XOR 8"),
                                  QStringLiteral("CRC-8"),
                                  QStringLiteral("CRC-16/MODBUS"),
                                  QStringLiteral("CRC-16/CCITT-FALSE"),
                                  QStringLiteral("CRC-16/XMODEM"),
                                  QStringLiteral("CRC-32"),
                                  QStringLiteral("LRC")};
    QStringList names;
    for (ChecksumKind kind : Checksum::kinds())
        names.append(Checksum::displayName(kind));
    QCOMPARE(names, expected);
}

void tst_Checksum::checkValue_data()
{
    QTest::addColumn<ChecksumKind>("kind");
    QTest::addColumn<quint32>("check");
    QTest::addColumn<int>("width");
    QTest::addColumn<QByteArray>("wire"); // conventional order

    // The "check" of each catalogue entry: the value for the ASCII bytes "123456789".
    QTest::newRow("none") << ChecksumKind::None << 0u << 0 << QByteArray();
    QTest::newRow("sum8") << ChecksumKind::Sum8 << 0xDDu << 1 << bytes("dd");
    QTest::newRow("xor8") << ChecksumKind::Xor8 << 0x31u << 1 << bytes("31");
    QTest::newRow("crc8") << ChecksumKind::Crc8 << 0xF4u << 1 << bytes("f4");
    QTest::newRow("crc16-modbus") << ChecksumKind::Crc16Modbus << 0x4B37u << 2 << bytes("374b");
    QTest::newRow("crc16-ccitt-false")
            << ChecksumKind::Crc16CcittFalse << 0x29B1u << 2 << bytes("29b1");
    QTest::newRow("crc16-xmodem") << ChecksumKind::Crc16Xmodem << 0x31C3u << 2 << bytes("31c3");
    QTest::newRow("crc32") << ChecksumKind::Crc32 << 0xCBF43926u << 4 << bytes("cbf43926");
    QTest::newRow("lrc") << ChecksumKind::Lrc << 0x23u << 1 << bytes("23");
}

void tst_Checksum::checkValue()
{
    QFETCH(ChecksumKind, kind);
    QFETCH(quint32, check);
    QFETCH(int, width);
    QFETCH(QByteArray, wire);

    QCOMPARE(Checksum::compute(kind, "123456789"), check);
    QCOMPARE(Checksum::width(kind), width);
    QCOMPARE(Checksum::encode(kind, check, ChecksumOrder::Conventional).toHex(), wire.toHex());
}

void tst_Checksum::knownFrames_data()
{
    QTest::addColumn<ChecksumKind>("kind");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("wire");

    // Modbus RTU "read holding registers" requests as device manuals print them.
    QTest::newRow("modbus read 10 registers")
            << ChecksumKind::Crc16Modbus << bytes("01030000000a") << bytes("c5cd");
    QTest::newRow("modbus read 1 register")
            << ChecksumKind::Crc16Modbus << bytes("010300000001") << bytes("840a");
    // Modbus ASCII ":010300000001FB": the LRC of the same six bytes.
    QTest::newRow("modbus ascii lrc") << ChecksumKind::Lrc << bytes("010300000001") << bytes("fb");
    QTest::newRow("crc32 fox") << ChecksumKind::Crc32
                               << QByteArray("The quick brown fox jumps over the lazy dog")
                               << bytes("414fa339");
    QTest::newRow("crc32 empty") << ChecksumKind::Crc32 << QByteArray() << bytes("00000000");
    QTest::newRow("ccitt-false empty")
            << ChecksumKind::Crc16CcittFalse << QByteArray() << bytes("ffff");
    QTest::newRow("modbus empty") << ChecksumKind::Crc16Modbus << QByteArray() << bytes("ffff");
    QTest::newRow("sum8 wraps") << ChecksumKind::Sum8 << bytes("ff02") << bytes("01");
    QTest::newRow("lrc of zero sum") << ChecksumKind::Lrc << bytes("ff01") << bytes("00");
    QTest::newRow("xor8 cancels") << ChecksumKind::Xor8 << bytes("5a5a") << bytes("00");
}

void tst_Checksum::knownFrames()
{
    QFETCH(ChecksumKind, kind);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, wire);

    const quint32 value = Checksum::compute(kind, data);
    QCOMPARE(Checksum::encode(kind, value, ChecksumOrder::Conventional).toHex(), wire.toHex());
}

void tst_Checksum::matchesBitwiseDefinition_data()
{
    QTest::addColumn<ChecksumKind>("kind");
    QTest::addColumn<int>("width");
    QTest::addColumn<quint32>("poly");
    QTest::addColumn<quint32>("init");
    QTest::addColumn<bool>("reflected");
    QTest::addColumn<quint32>("xorOut");

    // The parameters of the CRC catalogue entries.
    QTest::newRow("crc8") << ChecksumKind::Crc8 << 8 << 0x07u << 0u << false << 0u;
    QTest::newRow("crc16-modbus") << ChecksumKind::Crc16Modbus << 16 << 0x8005u << 0xFFFFu << true
                                  << 0u;
    QTest::newRow("crc16-ccitt-false")
            << ChecksumKind::Crc16CcittFalse << 16 << 0x1021u << 0xFFFFu << false << 0u;
    QTest::newRow("crc16-xmodem") << ChecksumKind::Crc16Xmodem << 16 << 0x1021u << 0u << false
                                  << 0u;
    QTest::newRow("crc32") << ChecksumKind::Crc32 << 32 << 0x04C11DB7u << 0xFFFFFFFFu << true
                           << 0xFFFFFFFFu;
}

void tst_Checksum::matchesBitwiseDefinition()
{
    QFETCH(ChecksumKind, kind);
    QFETCH(int, width);
    QFETCH(quint32, poly);
    QFETCH(quint32, init);
    QFETCH(bool, reflected);
    QFETCH(quint32, xorOut);

    const CrcModel model{width, poly, init, reflected, xorOut};
    QCOMPARE(bitwiseCrc(model, "123456789"), Checksum::compute(kind, "123456789"));
    QRandomGenerator random(77); // fixed seed: a failure can be reproduced
    // Every length up to a few hundred bytes, then the largest payload a send takes.
    for (int length = 0; length < 300; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &byte : data)
            byte = char(random.bounded(256));
        QCOMPARE(Checksum::compute(kind, data), bitwiseCrc(model, data));
    }
    QByteArray large(64 * 1024, Qt::Uninitialized);
    for (char &byte : large)
        byte = char(random.bounded(256));
    QCOMPARE(Checksum::compute(kind, large), bitwiseCrc(model, large));
}

void tst_Checksum::encode_data()
{
    QTest::addColumn<ChecksumKind>("kind");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<ChecksumOrder>("order");
    QTest::addColumn<QByteArray>("expected");

    const auto be = ChecksumOrder::BigEndian;
    const auto le = ChecksumOrder::LittleEndian;
    const auto conventional = ChecksumOrder::Conventional;
    QTest::newRow("modbus conventional is low first")
            << ChecksumKind::Crc16Modbus << 0x4B37u << conventional << bytes("374b");
    QTest::newRow("modbus be") << ChecksumKind::Crc16Modbus << 0x4B37u << be << bytes("4b37");
    QTest::newRow("modbus le") << ChecksumKind::Crc16Modbus << 0x4B37u << le << bytes("374b");
    QTest::newRow("ccitt conventional is high first")
            << ChecksumKind::Crc16CcittFalse << 0x29B1u << conventional << bytes("29b1");
    QTest::newRow("ccitt le") << ChecksumKind::Crc16CcittFalse << 0x29B1u << le << bytes("b129");
    QTest::newRow("xmodem be") << ChecksumKind::Crc16Xmodem << 0x31C3u << be << bytes("31c3");
    QTest::newRow("crc32 conventional")
            << ChecksumKind::Crc32 << 0xCBF43926u << conventional << bytes("cbf43926");
    QTest::newRow("crc32 le") << ChecksumKind::Crc32 << 0xCBF43926u << le << bytes("2639f4cb");
    QTest::newRow("one byte ignores order") << ChecksumKind::Crc8 << 0xF4u << le << bytes("f4");
    QTest::newRow("none is empty") << ChecksumKind::None << 0u << be << QByteArray();
}

void tst_Checksum::encode()
{
    QFETCH(ChecksumKind, kind);
    QFETCH(quint32, value);
    QFETCH(ChecksumOrder, order);
    QFETCH(QByteArray, expected);

    QCOMPARE(Checksum::encode(kind, value, order).toHex(), expected.toHex());
}

void tst_Checksum::append_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("lineEnding");
    QTest::addColumn<ChecksumKind>("kind");
    QTest::addColumn<ChecksumOrder>("order");
    QTest::addColumn<int>("skipHead");
    QTest::addColumn<int>("skipTail");
    QTest::addColumn<bool>("beforeLineEnding");
    QTest::addColumn<QByteArray>("expected");

    const auto conventional = ChecksumOrder::Conventional;
    const QByteArray crlf("\r\n");
    // 'A' + 'B' = 0x83; with CR LF 0x9A.
    QTest::newRow("after line ending covers it")
            << QByteArray("AB") << crlf << ChecksumKind::Sum8 << conventional << 0 << 0 << false
            << QByteArray("AB\r\n\x9a");
    QTest::newRow("before line ending leaves it out")
            << QByteArray("AB") << crlf << ChecksumKind::Sum8 << conventional << 0 << 0 << true
            << QByteArray("AB\x83\r\n");
    QTest::newRow("no line ending")
            << bytes("01030000000a") << QByteArray() << ChecksumKind::Crc16Modbus << conventional
            << 0 << 0 << false << bytes("01030000000ac5cd");
    QTest::newRow("modbus big endian")
            << bytes("01030000000a") << QByteArray() << ChecksumKind::Crc16Modbus
            << ChecksumOrder::BigEndian << 0 << 0 << false << bytes("01030000000acdc5");
    QTest::newRow("ccitt little endian")
            << QByteArray("123456789") << QByteArray() << ChecksumKind::Crc16CcittFalse
            << ChecksumOrder::LittleEndian << 0 << 0 << false << QByteArray("123456789\xb1\x29");
    QTest::newRow("skip head") << QByteArray("\x02"
                                             "123456789")
                               << QByteArray() << ChecksumKind::Crc16Xmodem << conventional << 1
                               << 0 << false
                               << QByteArray("\x02"
                                             "123456789\x31\xc3");
    QTest::newRow("skip tail") << QByteArray("123456789\x03") << QByteArray() << ChecksumKind::Crc32
                               << conventional << 0 << 1 << false
                               << QByteArray("123456789\x03\xcb\xf4\x39\x26");
    QTest::newRow("skip both, before CR")
            << QByteArray("\x02"
                          "123456789\x03")
            << QByteArray("\r") << ChecksumKind::Crc8 << conventional << 1 << 1 << true
            << QByteArray("\x02"
                          "123456789\x03\xf4\r");
    QTest::newRow("skip the line ending it covers")
            << QByteArray("123456789") << crlf << ChecksumKind::Crc16CcittFalse << conventional << 0
            << 2 << false << QByteArray("123456789\r\n\x29\xb1");
    QTest::newRow("skip into the line ending")
            << QByteArray("12") << crlf << ChecksumKind::Sum8 << conventional << 1 << 2 << false
            << QByteArray("12\r\n\x32");
    QTest::newRow("skip everything") << QByteArray("ab") << QByteArray() << ChecksumKind::Crc32
                                     << conventional << 1 << 1 << false << bytes("616200000000");
    QTest::newRow("lrc before LF")
            << QByteArray("123456789") << QByteArray("\n") << ChecksumKind::Lrc << conventional << 0
            << 0 << true << QByteArray("123456789\x23\n");
    QTest::newRow("xor8") << QByteArray("123456789") << QByteArray() << ChecksumKind::Xor8
                          << conventional << 0 << 0 << false << QByteArray("123456789\x31");
    QTest::newRow("empty payload") << QByteArray() << QByteArray() << ChecksumKind::Crc16Modbus
                                   << conventional << 0 << 0 << false << bytes("ffff");
    QTest::newRow("empty payload, check covers CR LF")
            << QByteArray() << crlf << ChecksumKind::Sum8 << conventional << 0 << 0 << false
            << QByteArray("\r\n\x17");
    QTest::newRow("empty payload before CR LF")
            << QByteArray() << crlf << ChecksumKind::Sum8 << conventional << 0 << 0 << true
            << QByteArray("\x00\r\n", 3);
    QTest::newRow("none appends the line ending")
            << QByteArray("AT") << crlf << ChecksumKind::None << conventional << 0 << 0 << true
            << QByteArray("AT\r\n");
    // Without a check there is no range to be wrong.
    QTest::newRow("none ignores the range")
            << QByteArray("AT") << crlf << ChecksumKind::None << conventional << 9 << 9 << false
            << QByteArray("AT\r\n");
}

void tst_Checksum::append()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, lineEnding);
    QFETCH(ChecksumKind, kind);
    QFETCH(ChecksumOrder, order);
    QFETCH(int, skipHead);
    QFETCH(int, skipTail);
    QFETCH(bool, beforeLineEnding);
    QFETCH(QByteArray, expected);

    const ChecksumSpec spec{kind, order, skipHead, skipTail, beforeLineEnding};
    QString error;
    QVERIFY2(Checksum::append(&payload, lineEnding, spec, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(payload.toHex(' '), expected.toHex(' '));
}

void tst_Checksum::appendErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("lineEnding");
    QTest::addColumn<int>("skipHead");
    QTest::addColumn<int>("skipTail");
    QTest::addColumn<bool>("beforeLineEnding");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("head too large")
            << QByteArray("ab") << QByteArray() << 3 << 0 << false << QStringList{"3", "0", "2"};
    QTest::newRow("tail too large")
            << QByteArray("abc") << QByteArray() << 0 << 4 << false << QStringList{"4", "3"};
    QTest::newRow("both too large")
            << QByteArray("abcd") << QByteArray() << 3 << 2 << false << QStringList{"3", "2", "4"};
    // Before the line ending the check covers the payload only.
    QTest::newRow("line ending not covered")
            << QByteArray("ab") << QByteArray("\r\n") << 2 << 1 << true << QStringList{"2", "1"};
    QTest::newRow("empty payload")
            << QByteArray() << QByteArray() << 1 << 0 << false << QStringList{"1", "0"};
    QTest::newRow("largest skips")
            << QByteArray("ab") << QByteArray() << Checksum::kMaxSkip << Checksum::kMaxSkip << false
            << QStringList{QString::number(Checksum::kMaxSkip)};
    QTest::newRow("negative head")
            << QByteArray("ab") << QByteArray() << -1 << 0 << false << QStringList{"-1"};
    QTest::newRow("negative tail")
            << QByteArray("ab") << QByteArray() << 0 << -5 << true << QStringList{"-5"};
}

void tst_Checksum::appendErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, lineEnding);
    QFETCH(int, skipHead);
    QFETCH(int, skipTail);
    QFETCH(bool, beforeLineEnding);
    QFETCH(QStringList, fragments);

    const QByteArray before = payload;
    for (ChecksumKind kind : Checksum::kinds()) {
        if (kind == ChecksumKind::None)
            continue;
        const ChecksumSpec spec{kind, ChecksumOrder::Conventional, skipHead, skipTail,
                                beforeLineEnding};
        QString error;
        QVERIFY(!Checksum::append(&payload, lineEnding, spec, &error));
        QCOMPARE(payload, before); // nothing appended, not even the line ending
        for (const QString &fragment : fragments)
            QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY(!Checksum::append(&payload, lineEnding, spec, nullptr));
    }
}

QTEST_GUILESS_MAIN(tst_Checksum)
#include "tst_checksum.moc"
