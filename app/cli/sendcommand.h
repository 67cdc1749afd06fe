#pragma once

#include "clioptions.h"
#include "peerinfo.h"

#include <QObject>

class EventPrinter;
class QTimer;
class TcpClientBackend;

// Runs "send": connects through a TcpClientBackend, sends the payload as often as asked, prints
// the replies until the wait is over, then closes the connection gracefully.
class SendCommand : public QObject
{
    Q_OBJECT

public:
    explicit SendCommand(const SendOptions &options, EventPrinter *printer,
                         QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void handleConnected(const QString &peer, const QString &local);
    void handleDataReceived(const QByteArray &data);
    void handleDisconnected(DisconnectReason reason, const QString &detail);
    void handleError(const QString &message);
    void handleWaitOver();
    void sendNext();
    void startWaiting();
    void fail(const QString &message);
    void finish(int exitCode);

    SendOptions m_options;
    EventPrinter *m_printer = nullptr;
    TcpClientBackend *m_client = nullptr;
    QTimer *m_repeatTimer = nullptr;
    QTimer *m_waitTimer = nullptr;
    QString m_peer;
    int m_sendsLeft = 0;
    bool m_connected = false;
    bool m_waiting = false;
    bool m_replied = false;
    bool m_finishing = false;
    int m_exitCode = 0;
};
