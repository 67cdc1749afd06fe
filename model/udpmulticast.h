#pragma once

#include "udpsession.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

class UdpSocket;

// The multicast side of a UdpSession: the groups joined, each on its interface, and the options
// of sending (interface, TTL, loopback), checked, kept while closed and applied to the socket.
class UdpMulticast
{
    Q_DECLARE_TR_FUNCTIONS(UdpMulticast)

public:
    using Group = UdpSession::Group;

    explicit UdpMulticast(UdpSocket *socket)
        : m_socket(socket)
    {}

    QList<Group> groups() const;
    QString interfaceName() const { return m_interfaceName; }
    int ttl() const { return m_ttl; }
    bool loopback() const { return m_loopback; }

    // Gives the socket, just opened, the options; returns why each that failed did.
    QStringList apply();
    // As UdpSession's functions of the same names; each returns why it failed, or an empty string.
    QString join(const QHostAddress &group, const QString &interfaceName);
    QString leave(const QHostAddress &group, const QString &interfaceName);
    QString setInterface(const QString &interfaceName);
    QString setTtl(int ttl);
    QString setLoopback(bool on);
    // Forgets the groups when the socket closed, which left them; false when there were none.
    bool forgetGroups();

    static QString checkGroup(const QString &text, QHostAddress *group);
    // Why there is no interface of that name or address, or an empty string.
    static QString checkInterface(const QString &interfaceName);

private:
    // An interface for multicast as the kernel wants it: index 0 for the system's choice.
    struct InterfaceChoice
    {
        int index = 0;
        QHostAddress ipv4;
    };
    // A joined group with the interface it was joined on, for leaving it again.
    struct Membership
    {
        Group group;
        InterfaceChoice interface;
    };

    // name: an interface's name, one of its addresses, or empty for the system's choice. Returns
    // why there is no such interface, or an empty string.
    static QString resolveInterface(const QString &name, InterfaceChoice *choice);
    // Each sets the option on the open socket; returns why it failed, or an empty string.
    QString applyInterface(const QString &name);
    QString applyTtl(int ttl);
    QString applyLoopback(bool on);

    UdpSocket *m_socket;
    std::vector<Membership> m_memberships;
    QString m_interfaceName;
    int m_ttl = 1;
    bool m_loopback = true;
};
