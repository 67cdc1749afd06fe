#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

// A stable number for one channel of a session, unique within the process for its lifetime.
using ChannelId = quint64;

// The most a session reads from one TCP connection per pass of the event loop. A peer that floods
// is read this much at a time, so that every pass does bounded work; the rest waits in the
// kernel, whose flow control slows the sender down.
constexpr qint64 kMaxReadChunk = 256 * 1024;

// What the device has buffered, up to kMaxReadChunk, in one array of exactly that size. Unlike
// readAll(), which grows its result in steps and copies, a read of exactly one buffered block
// hands that block over without a copy.
inline QByteArray takeBuffered(QIODevice *device)
{
    return device->read(qMin(device->bytesAvailable(), kMaxReadChunk));
}

// Why a channel ended.
// Forgotten: a UDP remote dropped from a full list of remotes (see UdpSession::kMaxRemotes).
enum class CloseReason { ClosedByPeer, ResetByPeer, ClosedByUser, TimedOut, Error, Forgotten };

// One channel of a session: a TCP connection, or a UDP remote address and port. What every kind
// of session reports about it; counters count every byte, whatever is shown.
struct ChannelInfo
{
    Q_DECLARE_TR_FUNCTIONS(ChannelInfo)

public:
    enum class State : quint8 { Opening, Open, Closing, Closed };

    ChannelId id = 0;
    QHostAddress address; // IPv4 peers of a dual-stack socket as plain IPv4
    quint16 port = 0;
    QString localLabel;  // the local end, for TCP connections
    qint64 openedAt = 0; // ms since the epoch: connected, or first datagram to or from it
    qint64 lastSeen = 0; // ms since the epoch: the last datagram or read to or from it
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
    qint64 rxCount = 0;          // datagrams (UDP) or reads (TCP)
    qint64 txCount = 0;          // datagrams (UDP) or sends (TCP)
    State state = State::Closed; // sessions set Open for the channels they open

    // "1.2.3.4:80" or "[::1]:80".
    QString label() const;
    QString stateText() const;
};

// "1.2.3.4:80" or "[::1]:80"; an IPv4 peer on a dual-stack socket shows as plain IPv4.
QString formatEndpoint(const QHostAddress &address, quint16 port);
QHostAddress normalizedAddress(const QHostAddress &address);
// A host as typed, without the brackets people copy from URLs around IPv6 literals ("[::1]").
QString withoutBrackets(const QString &host);

Q_DECLARE_METATYPE(ChannelInfo)
Q_DECLARE_METATYPE(CloseReason)
