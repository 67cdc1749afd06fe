#pragma once

#include "clirequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// Reads and checks the options of the UDP socket both commands open with --udp: the groups to
// join, the multicast interface, the TTL and broadcast.
class UdpCliOptions
{
    Q_DECLARE_TR_FUNCTIONS(UdpCliOptions)

public:
    // The UDP options; without --udp, refuses any of them.
    static bool read(const QCommandLineParser &parser, const CommonOptions &common, UdpOptions *udp,
                     QString *error);
    // Refuses groups that a socket bound to address cannot join; host: the one send sends to,
    // empty for listen.
    static QString checkGroupsFit(const UdpOptions &udp, const QHostAddress &address,
                                  const QString &host);

private:
    static QString checkInterface(const QString &name);
};
