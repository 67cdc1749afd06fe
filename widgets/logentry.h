#pragma once

#include "channel.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One event in a connection log. Data entries keep the raw bytes, so that any view of them
// (text in any encoding, hex) can be rendered again from the source.
struct LogEntry
{
    enum class Kind : quint8 {
        Info,
        Listening,
        Stopped,
        Connected,
        Disconnected,
        Error,
        Received,
        Sent
    };

    qint64 time = 0; // milliseconds since the epoch
    Kind kind = Kind::Info;
    // Whose stream this is (decoders are kept per channel and direction); 0 for events of the
    // whole session and for a send to many channels.
    ChannelId channel = 0;
    QString peer;    // the channel's label as shown, "address:port"; empty for the whole session
    QString message; // for events
    // A Disconnected event of several channels: whose streams ended here. One array, made when the
    // event is logged, instead of a string per channel scattered through the heap.
    QList<ChannelId> endedChannels;
    QByteArray data;       // for Received and Sent
    QString text;          // data decoded in the log's encoding; empty in hex mode
    int reads = 0;         // how many reads or writes were coalesced into this entry
    bool datagram = false; // one whole datagram: never merged with another, and may be empty
    // Of a payload too large to keep whole, data holds the head: the bytes after it not kept.
    qint64 bytesNotKept = 0;

    bool isData() const { return kind == Kind::Received || kind == Kind::Sent; }
    qint64 payloadSize() const { return data.size() + bytesNotKept; }
};
