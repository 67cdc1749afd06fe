#include "udpsession.h"

#include "udperrors.h"
#include "udplookupqueue.h"
#include "udpmulticast.h"
#include "udpreceiver.h"
#include "udpremotetable.h"
#include "udpsendqueue.h"
#include "udpsocket.h"

#include <QDateTime>
#include <QNetworkInterface>
#include <optional>

// The socket and the parts the session wires together: its remotes, the reading, the sending and
// the multicast options.
struct UdpSession::Private
{
    explicit Private(UdpSession *session)
        : receiver(new UdpReceiver(
                  &socket,
                  [session](int index, qint64 now) { session->handleDatagram(index, now); },
                  session))
        , lookups(new UdpLookupQueue(&socket, session))
        , sendQueue(new UdpSendQueue(&socket, session))
    {}

    UdpSocket socket;
    UdpRemoteTable remotes{kMaxRemotes};
    UdpReceiver *receiver;
    UdpLookupQueue *lookups;
    UdpSendQueue *sendQueue;
    UdpMulticast multicast{&socket};
};

UdpSession::UdpSession(QObject *parent)
    : Session(Kind::Udp, parent)
    , d(std::make_unique<Private>(this))
{
    connect(d->receiver, &UdpReceiver::errorsQueued, this,
            [this](const QList<UdpSocket::QueuedError> &errors) {
                const Batch batch(this);
                for (const UdpSocket::QueuedError &error : errors)
                    report(UdpErrors::queuedError(error), d->remotes.idOf(error.destination));
            });
    connect(d->receiver, &UdpReceiver::readFailed, this, [this](int error) {
        report(tr("A datagram sent earlier was not delivered: %1.").arg(qt_error_string(error)));
    });
    connect(d->receiver, &UdpReceiver::droppedChanged, this, [this](qint64 total) {
        notify([this, total] { emit droppedDatagramsChanged(total); });
    });
    connect(d->lookups, &UdpLookupQueue::lookupFinished, this, &UdpSession::sendLookedUp);
    connect(d->sendQueue, &UdpSendQueue::writable, this, &UdpSession::handleWritable);
    connect(d->sendQueue, &UdpSendQueue::sendAttemptFailed, d->receiver, &UdpReceiver::drainErrors);
    connect(d->sendQueue, &UdpSendQueue::queuedSendFailed, this,
            [this](const Endpoint &to, int error) {
                reportSendError(error, to, d->remotes.idOf(to));
            });
}

UdpSession::~UdpSession()
{
    // Quietly: receivers are not told of channels closing while the session is destroyed.
    d->receiver->stop();
    d->lookups->clear();
    d->sendQueue->stop();
    d->socket.close();
}

bool UdpSession::open(const QHostAddress &address, quint16 port)
{
    const Batch batch(this);
    if (d->socket.isOpen() || !d->remotes.isEmpty())
        close();
    if (const int error = d->socket.open(address, port)) {
        report(UdpErrors::bindFailed(error, address, port));
        return false;
    }
    // The kernel caps the request at net.core.rmem_max; less is still a working socket.
    d->socket.setReceiveBufferSize(kReceiveBufferBytes);
    // Without it ICMP errors go unreported, but datagrams still flow.
    d->socket.enableErrorQueue();
    const qint64 droppedBefore = d->receiver->dropped();
    d->receiver->start();
    if (const qint64 dropped = d->receiver->dropped(); dropped != droppedBefore)
        notify([this, dropped] { emit droppedDatagramsChanged(dropped); });
    applyBroadcast();
    const QStringList problems = d->multicast.apply();
    for (const QString &problem : problems)
        report(problem);
    d->sendQueue->start();
    setState(State::Open);
    return true;
}

void UdpSession::close()
{
    const Batch batch(this);
    d->receiver->stop();
    const qsizetype unsent = d->lookups->clear() + d->sendQueue->stop();
    if (unsent > 0)
        report(tr("%n datagram(s) not sent: the socket was closed first.", nullptr, int(unsent)));
    // Closing the descriptor leaves every group it joined.
    d->socket.close();
    if (d->multicast.forgetGroups())
        notify([this] { emit groupsChanged(); });
    for (const ChannelInfo &info : d->remotes.takeAll())
        reportClosedByUser(info);
    setState(State::Closed);
}

QHostAddress UdpSession::localAddress() const
{
    return d->socket.localAddress();
}

quint16 UdpSession::localPort() const
{
    return d->socket.localPort();
}

void UdpSession::report(const QString &message, ChannelId id)
{
    notify([this, message, id] { emit errorOccurred(message, id); });
}

void UdpSession::reportClosedByUser(const ChannelInfo &info)
{
    notify([this, info] { emit channelClosed(info, CloseReason::ClosedByUser, QString()); });
}

bool UdpSession::succeeded(const QString &problem, ChannelId id)
{
    if (problem.isEmpty())
        return true;
    report(problem, id);
    return false;
}

void UdpSession::handleDatagram(int index, qint64 now)
{
    // The key before the copy of the data: hashed right after it is built, it stalls the hash's
    // wide loads on its own stores (store forwarding), measurably at the rates of a flood.
    const RemoteKey key = UdpSocket::keyOf(d->socket.sender(index), d->socket.senderLength(index));
    const QByteArray data(d->socket.data(index), d->socket.size(index));
    const auto deliver = [&](ChannelInfo &info) {
        info.rxBytes += data.size();
        ++info.rxCount;
        info.lastSeen = now;
        const ChannelId id = info.id;
        notify([this, id, data] { emit received(id, data); });
    };
    if (UdpRemoteTable::Remote *remote = d->remotes.find(key)) {
        deliver(remote->info);
        return;
    }
    // Opened and received go out together, so that a receiver closing the channel on
    // channelOpened closes it after its first datagram.
    const Batch batch(this);
    Endpoint endpoint;
    endpoint.storage = d->socket.sender(index);
    endpoint.length = d->socket.senderLength(index);
    deliver(addRemote(key, endpoint, now));
}

ChannelInfo &UdpSession::addRemote(const RemoteKey &key, const Endpoint &endpoint, qint64 now)
{
    if (d->remotes.isFull()) {
        const QString detail = tr("the list of %1 remotes was full, and nothing came from or "
                                  "went to this one for longer than to the others")
                                       .arg(kMaxRemotes);
        for (const ChannelInfo &forgotten : d->remotes.takeLeastRecentlySeen(kForgetAtOnce)) {
            notify([this, forgotten, detail] {
                emit channelClosed(forgotten, CloseReason::Forgotten, detail);
            });
        }
    }
    ChannelInfo &info = d->remotes.add(key, endpoint, now).info;
    notify([this, info] { emit channelOpened(info); });
    return info;
}

bool UdpSession::sendTo(const QString &host, quint16 port, const QByteArray &data)
{
    return sendToHost(host, port, data, SendKind::Message);
}

bool UdpSession::sendToHost(const QString &host, quint16 port, const QByteArray &data,
                            SendKind kind)
{
    const Batch batch(this);
    return succeeded(d->lookups->add(host, port, data, int(kind))) && sendLookedUp();
}

qint64 UdpSession::bytesToWrite(ChannelId) const
{
    return d->sendQueue->bytes();
}

bool UdpSession::sendLookedUp()
{
    const Batch batch(this);
    bool sent = true;
    while (const std::optional<UdpLookupQueue::Send> next = d->lookups->takeReady())
        sent = succeeded(next->problem) &&
               sendToAddress(next->address, next->port, next->data, SendKind(next->tag));
    return sent;
}

bool UdpSession::sendToAddress(const QHostAddress &address, quint16 port, const QByteArray &data,
                               SendKind kind)
{
    const Batch batch(this);
    const Endpoint to = d->socket.endpointFor(address, port);
    const RemoteKey key = UdpSocket::keyOf(to);
    if (const ChannelId existing = d->remotes.idOf(key))
        return send(QList<ChannelId>{existing}, data, kind) > 0;
    // Tried before the remote becomes a channel, so that one that cannot be reached does not.
    if (!transmit(to, data, 0))
        return false;
    ChannelInfo &info = addRemote(key, to, QDateTime::currentMSecsSinceEpoch());
    info.txBytes += data.size();
    ++info.txCount;
    const ChannelId id = info.id;
    notify([this, id, data, kind] { emit sent(QList<ChannelId>{id}, data, kind); });
    return true;
}

QString UdpSession::refusal(const QList<ChannelId> &ids, const QByteArray &data) const
{
    if (data.size() <= kMaxIPv4Payload)
        return {};
    for (ChannelId id : ids) {
        const UdpRemoteTable::Remote *remote = d->remotes.find(id);
        if (!remote)
            continue;
        const QString tooLarge =
                UdpErrors::checkSize(remote->info.label(), data.size(), remote->key.isIPv4());
        if (!tooLarge.isEmpty())
            return tooLarge;
    }
    return {};
}

bool UdpSession::write(ChannelId id, const QByteArray &data)
{
    UdpRemoteTable::Remote *remote = d->socket.isOpen() ? d->remotes.find(id) : nullptr;
    // A remote no longer in the list is skipped; the count send() returns tells.
    if (!remote)
        return false;
    const QString tooLarge =
            UdpErrors::checkSize(remote->info.label(), data.size(), remote->key.isIPv4());
    if (!succeeded(tooLarge, id) || !transmit(remote->endpoint, data, id))
        return false;
    // Signals wait while write() runs (see Session::write()): the remote is still there.
    ChannelInfo &info = remote->info;
    info.txBytes += data.size();
    ++info.txCount;
    info.lastSeen = QDateTime::currentMSecsSinceEpoch();
    return true;
}

bool UdpSession::transmit(const Endpoint &to, const QByteArray &data, ChannelId id)
{
    int error = 0;
    switch (d->sendQueue->send(to, data, &error)) {
    case UdpSendQueue::Result::Sent:
    case UdpSendQueue::Result::Queued: return true;
    case UdpSendQueue::Result::Full:
        report(UdpErrors::queueFull(to, d->sendQueue->size(), d->sendQueue->bytes()), id);
        return false;
    case UdpSendQueue::Result::Failed: reportSendError(error, to, id); return false;
    }
    return false;
}

void UdpSession::handleWritable()
{
    const Batch batch(this);
    const qint64 before = d->sendQueue->bytes();
    d->sendQueue->flush();
    if (const qint64 taken = before - d->sendQueue->bytes(); taken > 0)
        notify([this, taken] { emit bytesWritten(0, taken); });
}

void UdpSession::reportSendError(int error, const Endpoint &to, ChannelId id)
{
    report(UdpErrors::sendFailed(error, to, m_broadcast, d->multicast.interfaceName()), id);
}

void UdpSession::setBroadcastEnabled(bool enabled)
{
    if (m_broadcast == enabled)
        return;
    m_broadcast = enabled;
    if (d->socket.isOpen())
        applyBroadcast();
}

void UdpSession::applyBroadcast()
{
    if (const int error = d->socket.setBroadcast(m_broadcast))
        report(tr("Cannot turn broadcast on or off: %1").arg(qt_error_string(error)));
}

QList<UdpSession::Group> UdpSession::joinedGroups() const
{
    return d->multicast.groups();
}

bool UdpSession::joinGroup(const QHostAddress &group, const QString &interfaceName)
{
    // A socket bound to one unicast address takes only datagrams sent to that address: joined,
    // the group's traffic would arrive at the host and never reach it.
    const QHostAddress bound = normalizedAddress(localAddress());
    const bool boundToAll = bound == QHostAddress::AnyIPv4 || bound == QHostAddress::AnyIPv6 ||
                            bound == QHostAddress::Any;
    if (state() == State::Open && !boundToAll && !bound.isMulticast() &&
        !bound.isEqual(group, QHostAddress::TolerantConversion)) {
        return succeeded(tr("Cannot receive multicast group %1 on a socket bound to %2, which "
                            "takes only what is sent to that address: close it and open it on "
                            "all interfaces (or on the group's address).")
                                 .arg(normalizedAddress(group).toString(), bound.toString()));
    }
    return groupsChangedUnless(d->multicast.join(group, interfaceName));
}

bool UdpSession::leaveGroup(const QHostAddress &group, const QString &interfaceName)
{
    return groupsChangedUnless(d->multicast.leave(group, interfaceName));
}

bool UdpSession::groupsChangedUnless(const QString &problem)
{
    if (!succeeded(problem))
        return false;
    notify([this] { emit groupsChanged(); });
    return true;
}

QString UdpSession::multicastInterface() const
{
    return d->multicast.interfaceName();
}

bool UdpSession::setMulticastInterface(const QString &interfaceName)
{
    return succeeded(d->multicast.setInterface(interfaceName));
}

int UdpSession::multicastTtl() const
{
    return d->multicast.ttl();
}

bool UdpSession::setMulticastTtl(int ttl)
{
    return succeeded(d->multicast.setTtl(ttl));
}

bool UdpSession::multicastLoopback() const
{
    return d->multicast.loopback();
}

bool UdpSession::setMulticastLoopback(bool on)
{
    return succeeded(d->multicast.setLoopback(on));
}

qint64 UdpSession::droppedDatagrams() const
{
    return d->receiver->dropped();
}

QList<ChannelId> UdpSession::channelIds() const
{
    return d->remotes.ids();
}

int UdpSession::channelCount() const
{
    return d->remotes.count();
}

bool UdpSession::hasChannel(ChannelId id) const
{
    return d->remotes.contains(id);
}

ChannelInfo UdpSession::channel(ChannelId id) const
{
    return d->remotes.info(id);
}

void UdpSession::closeChannel(ChannelId id)
{
    if (const std::optional<ChannelInfo> info = d->remotes.take(id))
        reportClosedByUser(*info);
}

QString UdpSession::checkInterface(const QString &interfaceName)
{
    return UdpMulticast::checkInterface(interfaceName);
}

bool UdpSession::isBroadcastAddress(const QHostAddress &address)
{
    const QHostAddress ipv4 = normalizedAddress(address);
    if (ipv4.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    if (ipv4 == QHostAddress::Broadcast)
        return true;
    const quint32 wanted = ipv4.toIPv4Address();
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            const int prefix = entry.prefixLength();
            // /31 and /32 networks have no broadcast address.
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || prefix < 0 || prefix > 30)
                continue;
            const quint32 hostBits = prefix == 0 ? 0xFFFFFFFFu : (1u << (32 - prefix)) - 1;
            if (entry.broadcast() == ipv4 || (entry.ip().toIPv4Address() | hostBits) == wanted)
                return true;
        }
    }
    return false;
}

QString UdpSession::checkGroup(const QString &text, QHostAddress *group)
{
    return UdpMulticast::checkGroup(text, group);
}
