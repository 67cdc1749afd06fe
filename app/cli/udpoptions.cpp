#include "udpoptions.h"

#include "udpsession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

bool UdpCliOptions::read(const QCommandLineParser &parser, const CommonOptions &common,
                         UdpOptions *udp, QString *error)
{
    udp->enabled = parser.isSet(common.udp);
    if (!udp->enabled) {
        for (const QCommandLineOption *option :
             {&common.join, &common.multicastInterface, &common.ttl, &common.broadcast}) {
            if (parser.isSet(*option)) {
                *error = tr("%1 is an option of UDP sockets: add --udp to use it.")
                                 .arg(OptionReader::optionName(*option));
                return false;
            }
        }
        return true;
    }
    const QStringList groups = parser.values(common.join);
    for (const QString &text : groups) {
        QHostAddress group;
        if (const QString problem = UdpSession::checkGroup(text, &group); !problem.isEmpty()) {
            *error = tr("In --join: %1").arg(problem);
            return false;
        }
        if (!udp->groups.contains(group))
            udp->groups.append(group);
    }
    if (parser.isSet(common.multicastInterface)) {
        udp->multicastInterface = parser.value(common.multicastInterface).trimmed();
        if (udp->multicastInterface.isEmpty()) {
            *error = tr("--multicast-interface needs an interface name or one of its addresses, "
                        "as in lo or 127.0.0.1.");
            return false;
        }
        *error = checkInterface(udp->multicastInterface);
        if (!error->isEmpty())
            return false;
    }
    if (!OptionReader::readInt(parser, common.ttl, 1, 255, &udp->ttl, error))
        return false;
    udp->broadcast = parser.isSet(common.broadcast);
    return true;
}

QString UdpCliOptions::checkGroupsFit(const UdpOptions &udp, const QHostAddress &address,
                                      const QString &host)
{
    const bool ipv4Only = address.protocol() == QAbstractSocket::IPv4Protocol;
    const bool ipv6Only = address.protocol() == QAbstractSocket::IPv6Protocol;
    for (const QHostAddress &group : udp.groups) {
        const bool ipv4Group = group.protocol() == QAbstractSocket::IPv4Protocol;
        if (ipv4Group ? !ipv6Only : !ipv4Only)
            continue;
        // send has no --bind: the address it sends to decides the socket's family.
        if (!host.isEmpty()) {
            return ipv4Group ? tr("Cannot join IPv4 group %1 on the IPv6 socket that sends to %2.")
                                       .arg(group.toString(), host)
                             : tr("Cannot join IPv6 group %1 on the IPv4 socket that sends to %2.")
                                       .arg(group.toString(), host);
        }
        return ipv4Group ? tr("Cannot join IPv4 group %1 on a socket bound to the IPv6 address "
                              "%2: leave out --bind, or bind to 0.0.0.0.")
                                   .arg(group.toString(), address.toString())
                         : tr("Cannot join IPv6 group %1 on a socket bound to the IPv4 address "
                              "%2: leave out --bind, or bind to ::.")
                                   .arg(group.toString(), address.toString());
    }
    return {};
}

QString UdpCliOptions::checkInterface(const QString &name)
{
    // The session resolves the name again when it opens; this refuses a typo before any socket
    // opens.
    const QString problem = UdpSession::checkInterface(name);
    return problem.isEmpty() ? QString() : tr("In --multicast-interface: %1").arg(problem);
}
