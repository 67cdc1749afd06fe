#include "allowlist.h"

#include "channel.h"

#include <QRegularExpression>
#include <QStringList>

bool AllowList::parse(const QString &text, SubnetList *out, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    SubnetList subnets;
    const QStringList entries = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        QPair<QHostAddress, int> subnet;
        if (entry.contains(u'/')) {
            // parseSubnet() takes "/24" for 0.0.0.0/24; an entry needs an address.
            if (!entry.startsWith(u'/'))
                subnet = QHostAddress::parseSubnet(entry);
        } else {
            QHostAddress address;
            // A v4-mapped address (::ffff:a.b.c.d) is the IPv4 address, on any kind of server.
            if (address.setAddress(withoutBrackets(entry))) {
                address = normalizedAddress(address);
                subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
            }
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            if (error) {
                *error = tr("\"%1\" is not an IP address or subnet: write addresses such as "
                            "127.0.0.1 or ::1, or subnets such as 192.168.1.0/24 or fe80::/10.")
                                 .arg(entry);
            }
            return false;
        }
        subnets.append(subnet);
    }
    if (out)
        *out = subnets;
    return true;
}

QString AllowList::format(const SubnetList &subnets)
{
    QStringList entries;
    for (const auto &[address, prefix] : subnets) {
        const int whole = address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        entries.append(prefix == whole
                               ? address.toString()
                               : QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
    }
    return entries.join(QStringLiteral(", "));
}

bool AllowList::admits(const SubnetList &subnets, const QHostAddress &address)
{
    if (subnets.isEmpty())
        return true;
    const QHostAddress normalized = normalizedAddress(address);
    for (const auto &subnet : subnets) {
        if (normalized.isInSubnet(subnet) || address.isInSubnet(subnet))
            return true;
    }
    return false;
}
