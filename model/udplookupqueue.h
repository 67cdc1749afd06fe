#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <deque>
#include <optional>

class QHostInfo;
class UdpSocket;

// Where the sends of a UdpSession to a host as typed go: each is checked, waits for its host's
// lookup (or a lookup ahead of it) and leaves in order, with the address to send to or why there
// is none.
class UdpLookupQueue : public QObject
{
    Q_OBJECT

public:
    // A send whose host is known: to address, or nowhere, for the reason in problem.
    struct Send
    {
        QHostAddress address;
        quint16 port = 0;
        QByteArray data;
        QString problem;
        int tag = 0; // as given to add()
    };

    explicit UdpLookupQueue(const UdpSocket *socket, QObject *parent = nullptr);
    ~UdpLookupQueue() override;

    // Checks a send to host (a name or an address, "[::1]" too) and port and queues it; returns
    // why it can never go, or an empty string.
    // tag comes back with the send, for the caller's own use.
    QString add(const QString &host, quint16 port, const QByteArray &data, int tag = 0);
    // The first send, once its host is known; nothing while it waits.
    std::optional<Send> takeReady();
    // Drops every send, abandoning the lookups; returns how many there were.
    qsizetype clear();

signals:
    // takeReady() may have sends to give now.
    void lookupFinished();

private:
    struct Entry
    {
        QString host;
        quint16 port = 0;
        QByteArray data;
        int tag = 0;
        QList<QHostAddress> addresses;
        QString error;
        int lookupId = -1;
        bool ready = false;
    };

    Entry &push(const QString &host, quint16 port, const QByteArray &data, int tag);
    void handleLookup(const QHostInfo &info);
    void abortLookups();
    // Of the host's addresses, the first this socket reaches and the data fits a datagram to.
    Send resolve(Entry &&entry) const;

    const UdpSocket *m_socket;
    std::deque<Entry> m_sends;
};
