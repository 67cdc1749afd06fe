#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

using PeerId = quint64;

// The most a backend reads from one connection per pass of the event loop. A peer that floods is
// read this much at a time, so that every pass does bounded work (one read of 20 MiB took 150 ms
// to log; binary data shown as text decodes at about 45 MB/s, so 256 KiB take 6 ms); the rest
// waits in the kernel, whose flow control slows the sender down.
constexpr qint64 kMaxReadChunk = 256 * 1024;

// What the device has buffered, up to kMaxReadChunk, in one array of exactly that size. Unlike
// readAll(), which grows its result in steps and copies, a read of exactly one buffered block
// hands that block over without a copy.
inline QByteArray takeBuffered(QIODevice *device)
{
    return device->read(qMin(device->bytesAvailable(), kMaxReadChunk));
}

// Why a connection ended.
enum class DisconnectReason { ClosedByPeer, ResetByPeer, ClosedByUser, TimedOut, Error };

// One connected peer as the server sees it: a stable id for the life of the connection.
struct PeerInfo
{
    Q_DECLARE_TR_FUNCTIONS(PeerInfo)

public:
    PeerId id = 0;
    QHostAddress address;
    quint16 port = 0;
    QDateTime connectedSince;
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
    QAbstractSocket::SocketState state = QAbstractSocket::UnconnectedState;

    QString label() const;
    QString stateText() const;
};

// "1.2.3.4:80" or "[::1]:80"; an IPv4 peer on a dual-stack socket shows as plain IPv4.
QString formatEndpoint(const QHostAddress &address, quint16 port);
QHostAddress normalizedAddress(const QHostAddress &address);

Q_DECLARE_METATYPE(PeerInfo)
Q_DECLARE_METATYPE(DisconnectReason)
