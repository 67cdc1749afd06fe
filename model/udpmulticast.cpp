#include "udpmulticast.h"

#include "udperrors.h"
#include "udpsocket.h"

#include <QNetworkInterface>
#include <algorithm>
#include <cerrno>

QList<UdpMulticast::Group> UdpMulticast::groups() const
{
    QList<Group> groups;
    groups.reserve(qsizetype(m_memberships.size()));
    for (const Membership &membership : m_memberships)
        groups.append(membership.group);
    return groups;
}

QStringList UdpMulticast::apply()
{
    QStringList problems{applyTtl(m_ttl), applyLoopback(m_loopback)};
    if (!m_interfaceName.isEmpty())
        problems.append(applyInterface(m_interfaceName));
    problems.removeAll(QString());
    return problems;
}

QString UdpMulticast::join(const QHostAddress &group, const QString &interfaceName)
{
    const QString name = interfaceName.trimmed();
    const QHostAddress address = normalizedAddress(group);
    if (!m_socket->isOpen())
        return tr("Cannot join multicast group %1: the socket is not open.")
                .arg(address.toString());
    const QString problem = checkGroup(address.toString(), nullptr);
    if (!problem.isEmpty())
        return problem;
    if (!m_socket->reaches(address)) {
        return address.protocol() == QAbstractSocket::IPv4Protocol
                       ? tr("Cannot join IPv4 group %1 on a socket bound to an IPv6 address: bind "
                            "to all interfaces (IPv4 + IPv6) or to an IPv4 address.")
                                 .arg(address.toString())
                       : tr("Cannot join IPv6 group %1 on a socket bound to an IPv4 address: bind "
                            "to all interfaces (IPv4 + IPv6) or to an IPv6 address.")
                                 .arg(address.toString());
    }
    const Group wanted{address, name};
    const QString alreadyJoined =
            tr("Multicast group %1 is already joined on %2.")
                    .arg(address.toString(), UdpErrors::describeInterface(name));
    const auto joined = [&](const Membership &membership) { return membership.group == wanted; };
    if (std::any_of(m_memberships.begin(), m_memberships.end(), joined))
        return alreadyJoined;
    InterfaceChoice choice;
    const QString interfaceProblem = resolveInterface(name, &choice);
    if (!interfaceProblem.isEmpty())
        return interfaceProblem;
    if (const int error = m_socket->setMembership(address, choice.index, choice.ipv4, true)) {
        switch (error) {
        case EADDRINUSE: return alreadyJoined;
        case ENOBUFS:
            return tr("Cannot join multicast group %1: this socket has joined as many groups as "
                      "the system allows (net.ipv4.igmp_max_memberships).")
                    .arg(address.toString());
        case ENODEV:
            if (name.isEmpty()) {
                return tr("Cannot join multicast group %1: the system has no interface to join "
                          "it on. Choose an interface.")
                        .arg(address.toString());
            }
            break;
        default: break;
        }
        return tr("Cannot join multicast group %1 on %2: %3")
                .arg(address.toString(), UdpErrors::describeInterface(name),
                     qt_error_string(error));
    }
    m_memberships.push_back(Membership{wanted, choice});
    return {};
}

QString UdpMulticast::leave(const QHostAddress &group, const QString &interfaceName)
{
    const Group wanted{normalizedAddress(group), interfaceName.trimmed()};
    const QString where = UdpErrors::describeInterface(wanted.interfaceName);
    const auto it =
            std::find_if(m_memberships.begin(), m_memberships.end(),
                         [&](const Membership &membership) { return membership.group == wanted; });
    if (it == m_memberships.end())
        return tr("Multicast group %1 is not joined on %2.").arg(wanted.group.toString(), where);
    const int error =
            m_socket->setMembership(wanted.group, it->interface.index, it->interface.ipv4, false);
    // ENODEV, EADDRNOTAVAIL: the interface went away, and the membership with it.
    if (error != 0 && error != ENODEV && error != EADDRNOTAVAIL) {
        return tr("Cannot leave multicast group %1 on %2: %3")
                .arg(wanted.group.toString(), where, qt_error_string(error));
    }
    m_memberships.erase(it);
    return {};
}

QString UdpMulticast::setInterface(const QString &interfaceName)
{
    const QString name = interfaceName.trimmed();
    if (name == m_interfaceName)
        return {};
    const QString problem = applyInterface(name);
    if (problem.isEmpty())
        m_interfaceName = name;
    return problem;
}

QString UdpMulticast::setTtl(int ttl)
{
    if (ttl < 1 || ttl > 255)
        return tr("A multicast TTL is from 1 to 255, not %1.").arg(ttl);
    if (ttl == m_ttl)
        return {};
    const QString problem = m_socket->isOpen() ? applyTtl(ttl) : QString();
    if (problem.isEmpty())
        m_ttl = ttl;
    return problem;
}

QString UdpMulticast::setLoopback(bool on)
{
    if (on == m_loopback)
        return {};
    const QString problem = m_socket->isOpen() ? applyLoopback(on) : QString();
    if (problem.isEmpty())
        m_loopback = on;
    return problem;
}

bool UdpMulticast::forgetGroups()
{
    const bool hadGroups = !m_memberships.empty();
    m_memberships.clear();
    return hadGroups;
}

QString UdpMulticast::checkGroup(const QString &text, QHostAddress *group)
{
    const QString trimmed = text.trimmed();
    QHostAddress address;
    if (trimmed.isEmpty() || !address.setAddress(withoutBrackets(trimmed)))
        return tr("\"%1\" is not an IP address: enter a multicast group such as 239.255.0.1 or "
                  "ff12::1.")
                .arg(trimmed);
    address = normalizedAddress(address);
    if (!address.isMulticast())
        return tr("%1 is not a multicast address: IPv4 groups run from 224.0.0.0 to "
                  "239.255.255.255, and IPv6 groups begin with ff.")
                .arg(address.toString());
    if (group)
        *group = address;
    return {};
}

QString UdpMulticast::resolveInterface(const QString &name, InterfaceChoice *choice)
{
    *choice = InterfaceChoice();
    if (name.isEmpty())
        return {};
    QNetworkInterface found = QNetworkInterface::interfaceFromName(name);
    QHostAddress byAddress;
    if (!found.isValid() && byAddress.setAddress(withoutBrackets(name))) {
        byAddress = normalizedAddress(byAddress);
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &candidate : interfaces) {
            const QList<QNetworkAddressEntry> entries = candidate.addressEntries();
            for (const QNetworkAddressEntry &entry : entries) {
                if (entry.ip().isEqual(byAddress, QHostAddress::TolerantConversion))
                    found = candidate;
            }
            if (found.isValid())
                break;
        }
    }
    if (!found.isValid() || found.index() <= 0)
        return tr("There is no network interface named %1, nor one with that address.").arg(name);
    choice->index = found.index();
    if (byAddress.protocol() == QAbstractSocket::IPv4Protocol) {
        choice->ipv4 = byAddress;
    } else {
        const QList<QNetworkAddressEntry> entries = found.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                choice->ipv4 = entry.ip();
                break;
            }
        }
    }
    return {};
}

QString UdpMulticast::checkInterface(const QString &interfaceName)
{
    InterfaceChoice choice;
    return resolveInterface(interfaceName.trimmed(), &choice);
}

QString UdpMulticast::applyInterface(const QString &name)
{
    InterfaceChoice choice;
    const QString problem = resolveInterface(name, &choice);
    if (!problem.isEmpty() || !m_socket->isOpen())
        return problem;
    if (const int error = m_socket->setMulticastInterface(choice.index, choice.ipv4)) {
        return tr("Cannot send multicast datagrams from %1: %2")
                .arg(UdpErrors::describeInterface(name), qt_error_string(error));
    }
    return {};
}

QString UdpMulticast::applyTtl(int ttl)
{
    if (const int error = m_socket->setMulticastTtl(ttl))
        return tr("Cannot set the multicast TTL to %1: %2").arg(ttl).arg(qt_error_string(error));
    return {};
}

QString UdpMulticast::applyLoopback(bool on)
{
    if (const int error = m_socket->setMulticastLoopback(on))
        return tr("Cannot turn multicast loopback on or off: %1").arg(qt_error_string(error));
    return {};
}
