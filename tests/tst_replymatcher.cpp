#include "replymatcher.h"

#include <QTest>

Q_DECLARE_METATYPE(ReplyMatcher::Kind)

using Kind = ReplyMatcher::Kind;

// Checks which received bytes each kind of matcher accepts, text in the encoding it is given
// (GBK included), hex patterns with ?? wildcards, and that set() refuses every pattern it cannot
// use with a message that says why and leaves the matcher as it was.
class tst_ReplyMatcher : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void defaultMatchesAnything();
    void matches_data();
    void matches();
    void refusals_data();
    void refusals();
    void refusalKeepsTheMatcher();
};

void tst_ReplyMatcher::keys_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("key");

    QTest::newRow("any") << Kind::Any << "any";
    QTest::newRow("exact") << Kind::Exact << "exact";
    QTest::newRow("prefix") << Kind::Prefix << "prefix";
    QTest::newRow("contains") << Kind::Contains << "contains";
    QTest::newRow("regex") << Kind::Regex << "regex";
    QTest::newRow("hex") << Kind::Hex << "hex";
}

void tst_ReplyMatcher::keys()
{
    QFETCH(Kind, kind);
    QFETCH(QString, key);

    QCOMPARE(ReplyMatcher::key(kind), key);
    QCOMPARE(ReplyMatcher::fromKey(key), kind);
    QCOMPARE(ReplyMatcher::fromKey(key.toUpper()), kind);
    QVERIFY(!ReplyMatcher::displayName(kind).isEmpty());
    QCOMPARE(ReplyMatcher::fromKey(key + QStringLiteral("es")), std::nullopt);
}

void tst_ReplyMatcher::defaultMatchesAnything()
{
    const ReplyMatcher matcher;
    QCOMPARE(matcher.kind(), Kind::Any);
    QVERIFY(matcher.pattern().isEmpty());
    QVERIFY(matcher.matches("x"));
    QVERIFY(matcher.matches(QByteArray("\0", 1)));
    QVERIFY(!matcher.matches(QByteArray()));
}

void tst_ReplyMatcher::matches_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("expected");

    const QString utf8 = QStringLiteral("UTF-8");
    const QString gbk = QStringLiteral("GBK");
    const QByteArray temperatureGbk("\xb5\xb1\xc7\xb0\xce\xc2\xb6\xc8: 25"); // 当前温度: 25

    QTest::newRow("any, some bytes") << Kind::Any << "" << utf8 << QByteArray("\xff") << true;
    QTest::newRow("any, nothing") << Kind::Any << "" << utf8 << QByteArray() << false;

    QTest::newRow("exact") << Kind::Exact << "OK" << utf8 << QByteArray("OK") << true;
    QTest::newRow("exact, more after")
            << Kind::Exact << "OK" << utf8 << QByteArray("OK\r\n") << false;
    QTest::newRow("exact, other case") << Kind::Exact << "OK" << utf8 << QByteArray("ok") << false;
    QTest::newRow("exact, nothing") << Kind::Exact << "OK" << utf8 << QByteArray() << false;

    QTest::newRow("prefix") << Kind::Prefix << "+CSQ:" << utf8 << QByteArray("+CSQ: 23,99") << true;
    QTest::newRow("prefix, elsewhere")
            << Kind::Prefix << "+CSQ:" << utf8 << QByteArray("\r\n+CSQ: 23,99") << false;
    QTest::newRow("prefix, data shorter")
            << Kind::Prefix << "+CSQ:" << utf8 << QByteArray("+CS") << false;

    QTest::newRow("contains") << Kind::Contains << "OK" << utf8 << QByteArray("\r\nOK\r\n") << true;
    QTest::newRow("contains, absent")
            << Kind::Contains << "OK" << utf8 << QByteArray("ERROR") << false;
    // A byte that is not UTF-8 becomes U+FFFD; the rest of the reply still reads.
    QTest::newRow("contains after invalid bytes")
            << Kind::Contains << "OK" << utf8 << QByteArray("\xff\xfe OK") << true;

    QTest::newRow("regex anywhere")
            << Kind::Regex << "\\d{3}" << utf8 << QByteArray("abc123") << true;
    QTest::newRow("regex anchored") << Kind::Regex << "^\\+CSQ: (\\d+),\\d+" << utf8
                                    << QByteArray("+CSQ: 23,99\r\n") << true;
    QTest::newRow("regex anchored, not at start")
            << Kind::Regex << "^OK$" << utf8 << QByteArray("NOK") << false;
    QTest::newRow("regex, no match")
            << Kind::Regex << "ERROR \\d+" << utf8 << QByteArray("ERROR x") << false;

    QTest::newRow("gbk exact") << Kind::Exact << QString::fromUtf16(u"你好") << gbk
                               << QByteArray("\xc4\xe3\xba\xc3") << true;
    // The same bytes read as UTF-8 are not those characters.
    QTest::newRow("gbk bytes read as utf-8") << Kind::Exact << QString::fromUtf16(u"你好") << utf8
                                             << QByteArray("\xc4\xe3\xba\xc3") << false;
    QTest::newRow("gbk contains") << Kind::Contains << QString::fromUtf16(u"温度") << gbk
                                  << temperatureGbk << true;
    QTest::newRow("gbk prefix") << Kind::Prefix << QString::fromUtf16(u"当前") << gbk
                                << temperatureGbk << true;
    QTest::newRow("gbk regex") << Kind::Regex << QString::fromUtf16(u"温度: (\\d+)$") << gbk
                               << temperatureGbk << true;
    QTest::newRow("gbk contains, absent")
            << Kind::Contains << QString::fromUtf16(u"成功") << gbk << temperatureGbk << false;
    // 露 is c2 b6 in GBK, the second half of 温 and the first of 度: text is matched as
    // characters, not as bytes.
    QTest::newRow("gbk, no match across characters")
            << Kind::Contains << QString::fromUtf16(u"露") << gbk << temperatureGbk << false;

    QTest::newRow("hex") << Kind::Hex << "01 03" << utf8 << QByteArray::fromHex("0103") << true;
    QTest::newRow("hex, longer data")
            << Kind::Hex << "01 03" << utf8 << QByteArray::fromHex("010302abcd") << true;
    QTest::newRow("hex, not at start")
            << Kind::Hex << "03 02" << utf8 << QByteArray::fromHex("010302") << false;
    QTest::newRow("hex, data shorter")
            << Kind::Hex << "01 03 02" << utf8 << QByteArray::fromHex("0103") << false;
    QTest::newRow("hex wildcard") << Kind::Hex << "01 03 ?? 02" << utf8
                                  << QByteArray::fromHex("0103ff02") << true;
    QTest::newRow("hex wildcard, zero")
            << Kind::Hex << "01 03 ?? 02" << utf8 << QByteArray::fromHex("01030002") << true;
    QTest::newRow("hex wildcard, other byte wrong")
            << Kind::Hex << "01 03 ?? 02" << utf8 << QByteArray::fromHex("0104ff02") << false;
    QTest::newRow("hex wildcard needs a byte")
            << Kind::Hex << "01 03 ??" << utf8 << QByteArray::fromHex("0103") << false;
    QTest::newRow("hex without spaces")
            << Kind::Hex << "0103??02" << utf8 << QByteArray::fromHex("01037702") << true;
    QTest::newRow("hex lower case")
            << Kind::Hex << "ab cD" << utf8 << QByteArray::fromHex("abcd") << true;
    QTest::newRow("hex tabs and many spaces")
            << Kind::Hex << "\t01   ??\t" << utf8 << QByteArray::fromHex("0100") << true;
    QTest::newRow("hex only wildcards, nothing")
            << Kind::Hex << "??" << utf8 << QByteArray() << false;
    QTest::newRow("hex 00 is not a wildcard")
            << Kind::Hex << "00" << utf8 << QByteArray::fromHex("01") << false;
    // A hex pattern does not decode, so the encoding does not matter.
    QTest::newRow("hex ignores the encoding")
            << Kind::Hex << "ff" << QString() << QByteArray("\xff") << true;
    QTest::newRow("any ignores the encoding")
            << Kind::Any << "" << QStringLiteral("no-such") << QByteArray("x") << true;
}

void tst_ReplyMatcher::matches()
{
    QFETCH(Kind, kind);
    QFETCH(QString, pattern);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, data);
    QFETCH(bool, expected);

    ReplyMatcher matcher;
    QString error;
    QVERIFY2(matcher.set(kind, pattern, encoding, &error), qPrintable(error));
    QCOMPARE(matcher.kind(), kind);
    QCOMPARE(matcher.pattern(), pattern);
    QCOMPARE(matcher.matches(data), expected);
}

void tst_ReplyMatcher::refusals_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("fragments");

    const QString utf8 = QStringLiteral("UTF-8");
    // Regular expressions: the message also holds Qt's own errorString(), checked below.
    QTest::newRow("regex unclosed group") << Kind::Regex << "(" << utf8 << QStringList{"2"};
    QTest::newRow("regex unclosed class") << Kind::Regex << "OK[" << utf8 << QStringList{"4"};
    QTest::newRow("regex nothing to repeat") << Kind::Regex << "*a" << utf8 << QStringList{"1"};
    QTest::newRow("regex quantifier out of order")
            << Kind::Regex << "a{2,1}" << utf8 << QStringList{"6"};

    for (Kind kind : {Kind::Exact, Kind::Prefix, Kind::Contains, Kind::Regex, Kind::Hex}) {
        QTest::addRow("empty %s", qPrintable(ReplyMatcher::key(kind)))
                << kind << "" << utf8 << QStringList{"empty"};
    }

    QTest::newRow("hex odd") << Kind::Hex << "0" << utf8 << QStringList{"position 1", "odd"};
    QTest::newRow("hex odd later")
            << Kind::Hex << "01 0" << utf8 << QStringList{"position 4", "odd"};
    QTest::newRow("hex odd run") << Kind::Hex << "01 020" << utf8
                                 << QStringList{"position 4", "odd"};
    QTest::newRow("hex bad character") << Kind::Hex << "01 0G" << utf8 << QStringList{"position 5"};
    QTest::newRow("hex 0x prefix") << Kind::Hex << "0x01" << utf8 << QStringList{"position 2"};
    QTest::newRow("hex comma") << Kind::Hex << "01,02" << utf8 << QStringList{"position 3"};
    QTest::newRow("hex half wildcard")
            << Kind::Hex << "01 ?A" << utf8 << QStringList{"position 4", "?A"};
    QTest::newRow("hex half wildcard, low")
            << Kind::Hex << "1?" << utf8 << QStringList{"position 1", "1?"};
    QTest::newRow("hex odd wildcards")
            << Kind::Hex << "???" << utf8 << QStringList{"position 1", "odd"};
    QTest::newRow("hex spaces only") << Kind::Hex << "   " << utf8 << QStringList{"no bytes"};
    QTest::newRow("hex chinese") << Kind::Hex << QString::fromUtf16(u"01 你") << utf8
                                 << QStringList{"position 4"};

    QTest::newRow("unknown encoding") << Kind::Exact << "OK"
                                      << "no-such" << QStringList{"no-such"};
    QTest::newRow("no encoding") << Kind::Contains << "OK"
                                 << "" << QStringList{"encoding"};
    QTest::newRow("regex, unknown encoding") << Kind::Regex << "OK"
                                             << "no-such" << QStringList{"no-such"};
}

void tst_ReplyMatcher::refusals()
{
    QFETCH(Kind, kind);
    QFETCH(QString, pattern);
    QFETCH(QString, encoding);
    QFETCH(QStringList, fragments);

    ReplyMatcher matcher;
    QString error;
    QVERIFY(!matcher.set(kind, pattern, encoding, &error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error));
    const QRegularExpression regex(pattern);
    if (kind == Kind::Regex && !pattern.isEmpty() && !regex.isValid()) {
        QVERIFY2(error.contains(regex.errorString()), qPrintable(error));
        QVERIFY2(error.contains(QString::number(regex.patternErrorOffset() + 1)),
                 qPrintable(error));
    }
    QVERIFY(!matcher.set(kind, pattern, encoding, nullptr));
}

void tst_ReplyMatcher::refusalKeepsTheMatcher()
{
    ReplyMatcher matcher;
    QVERIFY(matcher.set(Kind::Hex, QStringLiteral("01 ??"), QString(), nullptr));
    QString error;
    QVERIFY(!matcher.set(Kind::Regex, QStringLiteral("(unclosed"), QStringLiteral("UTF-8"),
                         &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!matcher.set(Kind::Hex, QStringLiteral("02 0"), QString(), &error));
    QCOMPARE(matcher.kind(), Kind::Hex);
    QCOMPARE(matcher.pattern(), QStringLiteral("01 ??"));
    QVERIFY(matcher.matches(QByteArray::fromHex("01ee")));
    QVERIFY(!matcher.matches(QByteArray::fromHex("02ee")));

    // And a later good set() takes effect.
    QVERIFY(matcher.set(Kind::Contains, QStringLiteral("OK"), QStringLiteral("UTF-8"), nullptr));
    QVERIFY(matcher.matches("+OK"));
    QVERIFY(!matcher.matches(QByteArray::fromHex("01ee")));
}

QTEST_GUILESS_MAIN(tst_ReplyMatcher)
#include "tst_replymatcher.moc"
