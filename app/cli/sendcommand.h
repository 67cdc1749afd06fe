#pragma once

#include "clioptions.h"
#include "session.h"

#include <QObject>

class EventPrinter;
class QTimer;
class TcpClientSession;
class UdpSession;

// Runs "send": connects through a TCP client session, or with --udp sends datagrams through a
// UDP session bound to a free port; sends the payload as often as asked and prints the replies
// until the wait is over, then closes.
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
    void startUdp();
    void handleOpened(const ChannelInfo &channel);
    void handleSent();
    void handleReceived();
    void handleClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail);
    void handleError(const QString &message);
    void handleWaitOver();
    void sendNext();
    bool sendOnce();
    void startWaiting();
    void fail(const QString &message);
    void finish(int exitCode);

    SendOptions m_options;
    EventPrinter *m_printer = nullptr;
    TcpClientSession *m_client = nullptr; // without --udp
    UdpSession *m_udp = nullptr;          // with --udp
    Session *m_session = nullptr;         // whichever of the two
    QTimer *m_repeatTimer = nullptr;
    QTimer *m_waitTimer = nullptr;
    QString m_peer;
    ChannelId m_channel = 0; // the TCP connection, once made
    int m_sendsLeft = 0;     // sends not yet handed to the session
    int m_sent = 0;          // sends the session has reported
    bool m_waiting = false;
    bool m_replied = false;
    bool m_finishing = false;
    int m_exitCode = 0;
};
