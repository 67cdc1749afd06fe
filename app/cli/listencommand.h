#pragma once

#include "clioptions.h"
#include "peerinfo.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <utility>

class EventPrinter;
class QTimer;
class TcpServerBackend;

// Runs "listen": serves clients through a TcpServerBackend, answers them as asked, enforces
// --max-clients, --allow, --once and --timeout, and hands everything that happens to the printer.
class ListenCommand : public QObject
{
    Q_OBJECT

public:
    explicit ListenCommand(const ListenOptions &options, EventPrinter *printer,
                           QObject *parent = nullptr);

    // Starts listening; returns false, after reporting why, when the address cannot be used.
    bool start();

signals:
    void finished(int exitCode);

private:
    void handlePeerConnected(const PeerInfo &peer);
    void handlePeerRefused(const QHostAddress &address, quint16 port, const QString &reason);
    void handlePeerDisconnected(const PeerInfo &peer, DisconnectReason reason,
                                const QString &detail);
    void handleDataReceived(PeerId id, const QByteArray &data);
    void handleDataSent(PeerId id, const QByteArray &data);
    void answer(PeerId id, const QByteArray &data);
    void handleTimeout();
    void finish(int exitCode);

    ListenOptions m_options;
    EventPrinter *m_printer = nullptr;
    TcpServerBackend *m_server = nullptr;
    QTimer *m_timeout = nullptr;
    bool m_finishing = false;
    // While an answer is sent, before what it answers is printed: its "sent" events wait here.
    bool m_answering = false;
    QList<std::pair<PeerId, QByteArray>> m_sentWhileAnswering;
};
