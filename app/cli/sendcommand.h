#pragma once

#include "clioptions.h"
#include "periodicsender.h"
#include "session.h"

#include <QObject>

class EventPrinter;
class FileSender;
class QTimer;
class SequenceRunner;
class TcpClientSession;
class UdpSession;
struct FileTransferResult;

// Runs "send": connects through a TCP client session, or with --udp sends datagrams through a
// UDP session bound to a free port; hands what it sends to the stages the window uses (a periodic
// sender for a payload, a file sender, a sequence runner), prints the replies until the wait is
// over, then closes.
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
    // Hands the payload, the file or the sequence to its stage, once there is where to send it.
    void startSending();
    SendTarget target() const;
    bool stageRunning() const;
    void handleSent(const QList<ChannelId> &ids, const QByteArray &data, Session::SendKind kind);
    void handleReceived();
    void handleClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail);
    void handleError(const QString &message);
    void handlePeriodicStopped(PeriodicSender::StopReason reason, const QString &message);
    void handleFileFinished(const FileTransferResult &result);
    void handleSequenceFinished(bool ok, const QString &message);
    void handleWaitOver();
    void startWaiting();
    void fail(const QString &message);
    void finish(int exitCode);
    // Stops the stages without hearing from them again: the run ends for its own reason.
    void stopStages();

    SendOptions m_options;
    EventPrinter *m_printer = nullptr;
    TcpClientSession *m_client = nullptr; // without --udp
    UdpSession *m_udp = nullptr;          // with --udp
    Session *m_session = nullptr;         // whichever of the two
    PeriodicSender *m_periodic = nullptr; // a payload
    FileSender *m_fileSender = nullptr;   // a --file
    SequenceRunner *m_runner = nullptr;   // a sequence of a --commands file
    QTimer *m_waitTimer = nullptr;
    QString m_peer;
    ChannelId m_channel = 0; // the TCP connection, once made
    qint64 m_sent = 0;       // payloads the session has reported sent
    bool m_waiting = false;
    bool m_replied = false;
    bool m_finishing = false;
    int m_exitCode = 0;
};
