#pragma once

#include "logentry.h"

#include <QObject>
#include <QStringList>
#include <vector>

class LogModel;
class QTimer;

// Writes a server's connects and disconnects to its log. Each gets an entry of its own, until
// more than kSingleEntries arrive within kWindowMs: then the rest of the storm is logged as one
// entry per window (and per disconnect reason) naming every peer. Ten thousand peers make a few
// dozen rows instead of twenty thousand, and the history they leave costs a few allocations
// rather than two per peer scattered through the heap, which kept it from shrinking after they
// had gone.
class PeerEventLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSingleEntries = 16;
    static constexpr int kWindowMs = 100;

    explicit PeerEventLog(LogModel *log, QObject *parent = nullptr);

    void connected(const QString &peer);
    // reason: why it ended, as shown to the user (SocketErrors::reasonWithDetail()).
    void disconnected(const QString &peer, const QString &reason);
    // Logs what is being grouped now.
    void flush();

private:
    struct Group
    {
        LogEntry::Kind kind;
        QString reason;
        QStringList peers;
    };

    void add(LogEntry::Kind kind, const QString &peer, const QString &reason);
    QString singleMessage(LogEntry::Kind kind, const QString &peer, const QString &reason) const;
    QString groupMessage(const Group &group) const;
    void endWindow();

    LogModel *m_log = nullptr;
    QTimer *m_window = nullptr;
    int m_eventsInWindow = 0;
    std::vector<Group> m_groups;
};
