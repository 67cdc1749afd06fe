#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QPair>

// Subnets whose peers may connect: an address and a prefix length, as QHostAddress::parseSubnet()
// returns them. Empty: everyone.
using SubnetList = QList<QPair<QHostAddress, int>>;

// Reading, writing and checking the list of addresses and subnets a server admits.
class AllowList
{
    Q_DECLARE_TR_FUNCTIONS(AllowList)

public:
    // Reads entries such as "127.0.0.1, 192.168.1.0/24 ::1 fe80::/10", separated by commas or
    // spaces; a single address stands for itself (/32 or /128). On a bad entry returns false and
    // an error naming it.
    static bool parse(const QString &text, SubnetList *out, QString *error);
    // The list as parse() reads it back.
    static QString format(const SubnetList &subnets);
    // Whether the list lets address in; an IPv4 peer of a dual-stack socket matches IPv4 subnets.
    static bool admits(const SubnetList &subnets, const QHostAddress &address);
};
