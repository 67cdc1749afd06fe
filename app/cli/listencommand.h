#pragma once

#include "clioptions.h"
#include "session.h"

#include <QObject>

class EventPrinter;
class QTimer;
class Responder;
class TcpServerSession;
class UdpSession;

// Runs "listen": opens a TCP server session, or with --udp a UDP session that joins the groups
// asked for; attaches the responder (--echo, --reply) and the printer to it; enforces --once and
// --timeout.
class ListenCommand : public QObject
{
    Q_OBJECT

public:
    explicit ListenCommand(const ListenOptions &options, EventPrinter *printer,
                           QObject *parent = nullptr);

    // Starts listening; returns false, after the printer has shown why, when it cannot.
    bool start();

signals:
    void finished(int exitCode);

private:
    bool startTcp();
    bool startUdp();
    void handleChannelClosed();
    void handleTimeout();
    void finish(int exitCode);

    ListenOptions m_options;
    EventPrinter *m_printer = nullptr;
    TcpServerSession *m_server = nullptr; // without --udp
    UdpSession *m_udp = nullptr;          // with --udp
    Session *m_session = nullptr;         // whichever of the two
    Responder *m_responder = nullptr;
    QTimer *m_timeout = nullptr;
    bool m_finishing = false;
};
