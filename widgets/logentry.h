#pragma once

#include <QByteArray>
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
    QString peer;    // "address:port", empty for events of the whole server or client
    QString message; // for events
    // A Disconnected event of several peers: whose streams ended here, one per line. One string,
    // made when the event is logged: a list would keep a string per peer from the time each
    // left, scattered through the heap.
    QString endedPeers;
    QByteArray data; // for Received and Sent
    QString text;    // data decoded in the log's encoding; empty in hex mode
    int reads = 0;   // how many reads or writes were coalesced into this entry
    // Of a payload too large to keep whole, data holds the head: the bytes after it not kept.
    qint64 bytesNotKept = 0;

    bool isData() const { return kind == Kind::Received || kind == Kind::Sent; }
    qint64 payloadSize() const { return data.size() + bytesNotKept; }
};
