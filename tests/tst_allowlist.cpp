#include "allowlist.h"

#include <QTest>

namespace {

SubnetList parsed(const QString &text)
{
    SubnetList subnets;
    AllowList::parse(text, &subnets, nullptr);
    return subnets;
}

} // namespace

// Checks the server's allow-list as the user types it (parse), as it is written back (format),
// and which peers it lets in (admits), IPv4 peers of dual-stack sockets included.
class tst_AllowList : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void optionalOutputs();
    void admits_data();
    void admits();
};

void tst_AllowList::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    // Valid: the list as format() writes it back; invalid: the entry the error names.
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("spaces only") << "  \t " << true << "";
    QTest::newRow("one IPv4 address") << "127.0.0.1" << true << "127.0.0.1";
    QTest::newRow("IPv4 subnet") << "192.168.1.0/24" << true << "192.168.1.0/24";
    QTest::newRow("host bits are dropped") << "192.168.1.77/24" << true << "192.168.1.0/24";
    QTest::newRow("IPv4 /32 is an address") << "10.1.2.3/32" << true << "10.1.2.3";
    QTest::newRow("IPv6 address") << "::1" << true << "::1";
    QTest::newRow("bracketed IPv6") << "[::1]" << true << "::1";
    QTest::newRow("IPv6 subnet") << "fe80::/10" << true << "fe80::/10";
    QTest::newRow("IPv6 /128 is an address") << "2001:db8::1/128" << true << "2001:db8::1";
    // The IPv4 address it maps, so that it admits that peer on IPv4-only servers too.
    QTest::newRow("v4-mapped address") << "::ffff:127.0.0.1" << true << "127.0.0.1";
    QTest::newRow("mixed separators") << "127.0.0.1,192.168.1.0/24 ::1 ,, fe80::/10" << true
                                      << "127.0.0.1, 192.168.1.0/24, ::1, fe80::/10";
    QTest::newRow("semicolons and new lines") << "10.0.0.1;\n10.0.0.2\r\n"
                                              << true << "10.0.0.1, 10.0.0.2";
    QTest::newRow("everything") << "0.0.0.0/0" << true << "0.0.0.0/0";
    QTest::newRow("prefix too long") << "10.0.0.0/33" << false << "10.0.0.0/33";
    QTest::newRow("IPv6 prefix too long") << "::1/129" << false << "::1/129";
    QTest::newRow("host name") << "example.com" << false << "example.com";
    QTest::newRow("bad second entry") << "127.0.0.1, 300.1.1.1" << false << "300.1.1.1";
    QTest::newRow("no prefix after slash") << "1.2.3.4/" << false << "1.2.3.4/";
    QTest::newRow("no address before slash") << "/24" << false << "/24";
    QTest::newRow("letters in prefix") << "10.0.0.0/abc" << false << "10.0.0.0/abc";
    QTest::newRow("negative prefix") << "10.0.0.0/-1" << false << "10.0.0.0/-1";
}

void tst_AllowList::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    SubnetList subnets{{QHostAddress(QStringLiteral("10.9.8.7")), 32}};
    const SubnetList before = subnets;
    QString error;
    QCOMPARE(AllowList::parse(text, &subnets, &error), valid);
    if (valid) {
        QCOMPARE(AllowList::format(subnets), expected);
        QVERIFY(error.isEmpty());
        // What is written back reads back the same.
        SubnetList again;
        QVERIFY(AllowList::parse(expected, &again, nullptr));
        QCOMPARE(again, subnets);
    } else {
        QVERIFY2(error.contains(QStringLiteral("\"%1\"").arg(expected)), qPrintable(error));
        // A list is taken whole or not at all.
        QCOMPARE(subnets, before);
    }
}

void tst_AllowList::optionalOutputs()
{
    // Only checking: neither the list nor the error is wanted.
    QVERIFY(AllowList::parse(QStringLiteral("127.0.0.1"), nullptr, nullptr));
    QVERIFY(!AllowList::parse(QStringLiteral("nonsense"), nullptr, nullptr));
    QCOMPARE(AllowList::format({}), QString());
}

void tst_AllowList::admits_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("admitted");
    const auto row = [](const char *name, const char *list, const char *address, bool admitted) {
        QTest::newRow(name) << QString::fromLatin1(list) << QString::fromLatin1(address)
                            << admitted;
    };

    row("empty list admits IPv4", "", "203.0.113.9", true);
    row("empty list admits IPv6", "", "2001:db8::1", true);
    row("address itself", "127.0.0.2", "127.0.0.2", true);
    row("another address", "127.0.0.2", "127.0.0.1", false);
    row("in IPv4 subnet", "192.168.1.0/24", "192.168.1.200", true);
    row("outside IPv4 subnet", "192.168.1.0/24", "192.168.2.1", false);
    row("in IPv6 subnet", "fe80::/10", "fe80::1234", true);
    row("outside IPv6 subnet", "fe80::/10", "2001:db8::1", false);
    row("second entry matches", "10.0.0.0/8, ::1", "::1", true);
    // An IPv4 peer of a dual-stack socket arrives as ::ffff:a.b.c.d and matches IPv4 entries.
    row("v4-mapped in IPv4 subnet", "127.0.0.0/8", "::ffff:127.0.0.1", true);
    row("v4-mapped is the address", "127.0.0.1", "::ffff:127.0.0.1", true);
    row("v4-mapped outside IPv4 subnet", "10.0.0.0/8", "::ffff:127.0.0.1", false);
    row("v4-mapped against everything IPv4", "0.0.0.0/0", "::ffff:1.2.3.4", true);
    row("v4-mapped is not ::1", "::1", "::ffff:127.0.0.1", false);
    // ...and an entry written v4-mapped still matches it.
    row("v4-mapped entry, v4-mapped peer", "::ffff:127.0.0.1", "::ffff:127.0.0.1", true);
    row("IPv6 loopback is not IPv4 loopback", "127.0.0.0/8", "::1", false);
    row("IPv4 everything is not IPv6", "0.0.0.0/0", "::1", false);
    row("IPv6 everything", "::/0", "2001:db8::1", true);
}

void tst_AllowList::admits()
{
    QFETCH(QString, list);
    QFETCH(QString, address);
    QFETCH(bool, admitted);

    SubnetList subnets;
    QString error;
    QVERIFY2(AllowList::parse(list, &subnets, &error), qPrintable(error));
    const QHostAddress peer(address);
    QVERIFY(!peer.isNull());
    QCOMPARE(AllowList::admits(subnets, peer), admitted);
    QCOMPARE(AllowList::admits(parsed(AllowList::format(subnets)), peer), admitted);
}

QTEST_GUILESS_MAIN(tst_AllowList)
#include "tst_allowlist.moc"
