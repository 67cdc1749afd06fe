#include "udplookupqueue.h"

#include "channel.h"
#include "udperrors.h"
#include "udpsocket.h"

#include <QHostInfo>
#include <utility>

namespace {

// address: as normalizedAddress() gives it.
bool isIPv4(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace

UdpLookupQueue::UdpLookupQueue(const UdpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{}

UdpLookupQueue::~UdpLookupQueue()
{
    abortLookups();
}

QString UdpLookupQueue::add(const QString &host, quint16 port, const QByteArray &data, int tag)
{
    const QString name = withoutBrackets(host.trimmed());
    if (!m_socket->isOpen())
        return tr("Cannot send to %1: the socket is not open.").arg(name);
    if (name.isEmpty())
        return tr("Cannot send: no host given.");
    if (port == 0)
        return tr("Cannot send to %1 port 0: choose a port from 1 to 65535.").arg(name);
    QHostAddress literal;
    if (!literal.setAddress(name)) {
        const bool ipv4Only = m_socket->family() == UdpSocket::Family::IPv4;
        const QString problem = UdpErrors::checkSize(name, data.size(), ipv4Only);
        if (problem.isEmpty()) {
            const int lookupId = QHostInfo::lookupHost(
                    name, this, [this](const QHostInfo &info) { handleLookup(info); });
            push(name, port, data, tag).lookupId = lookupId;
        }
        return problem;
    }
    literal = normalizedAddress(literal);
    const QString destination = formatEndpoint(literal, port);
    if (!m_socket->reaches(literal))
        return UdpErrors::unreachableFamily(destination, isIPv4(literal));
    const QString problem = UdpErrors::checkSize(destination, data.size(), isIPv4(literal));
    if (problem.isEmpty()) {
        Entry &entry = push(name, port, data, tag);
        entry.addresses = {literal};
        entry.ready = true;
    }
    return problem;
}

std::optional<UdpLookupQueue::Send> UdpLookupQueue::takeReady()
{
    if (m_sends.empty() || !m_sends.front().ready)
        return std::nullopt;
    Entry entry = std::move(m_sends.front());
    m_sends.pop_front();
    return resolve(std::move(entry));
}

qsizetype UdpLookupQueue::clear()
{
    abortLookups();
    return qsizetype(std::exchange(m_sends, {}).size());
}

UdpLookupQueue::Entry &UdpLookupQueue::push(const QString &host, quint16 port,
                                            const QByteArray &data, int tag)
{
    Entry entry;
    entry.host = host;
    entry.port = port;
    entry.data = data;
    entry.tag = tag;
    m_sends.push_back(std::move(entry));
    return m_sends.back();
}

void UdpLookupQueue::handleLookup(const QHostInfo &info)
{
    for (Entry &entry : m_sends) {
        if (entry.ready || entry.lookupId != info.lookupId())
            continue;
        entry.ready = true;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            entry.error = info.errorString();
        else
            entry.addresses = info.addresses();
        emit lookupFinished();
        return;
    }
}

void UdpLookupQueue::abortLookups()
{
    for (const Entry &entry : m_sends) {
        if (!entry.ready)
            QHostInfo::abortHostLookup(entry.lookupId);
    }
}

UdpLookupQueue::Send UdpLookupQueue::resolve(Entry &&entry) const
{
    Send send;
    send.port = entry.port;
    send.data = std::move(entry.data);
    send.tag = entry.tag;
    if (entry.addresses.isEmpty()) {
        send.problem = tr("Cannot send to %1: host not found (%2).").arg(entry.host, entry.error);
        return send;
    }
    const QString destination = QStringLiteral("%1:%2").arg(entry.host).arg(entry.port);
    // The first address this socket can reach, as the system orders them; a payload too large
    // for it is refused rather than sent to another address of the name.
    for (const QHostAddress &candidate : std::as_const(entry.addresses)) {
        const QHostAddress address = normalizedAddress(candidate);
        if (!m_socket->reaches(address))
            continue;
        send.problem = UdpErrors::checkSize(destination, send.data.size(), isIPv4(address));
        if (send.problem.isEmpty())
            send.address = address;
        return send;
    }
    send.problem = UdpErrors::unreachableFamily(destination,
                                                m_socket->family() == UdpSocket::Family::IPv6Only);
    return send;
}
