#pragma once

#include "channel.h"

#include <QList>
#include <QString>

class Session;

// Where a send goes, as the user chose it: some channels, every channel open at the time of each
// send, or (UDP) a host and port typed in. Stages that send again and again (a periodic series, a
// file, a sequence) keep one and resolve it at each send.
struct SendTarget
{
    enum class Kind { Channels, All, Address };

    Kind kind = Kind::All;
    QList<ChannelId> channels; // Kind::Channels
    QString host;              // Kind::Address (a UdpSession only)
    quint16 port = 0;

    static SendTarget all() { return {}; }
    static SendTarget to(const QList<ChannelId> &ids) { return {Kind::Channels, ids, {}, 0}; }
    static SendTarget address(const QString &host, quint16 port)
    {
        return {Kind::Address, {}, host, port};
    }
};
