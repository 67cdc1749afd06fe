#pragma once

#include "logentry.h"
#include "session.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <vector>

class LogModel;
class QTimer;

// The stage that writes a session's events into its log: channels opening and closing (with the
// reason), data received and sent, errors. Each open or close gets an entry of its own, until more
// than kSingleEntries arrive within kWindowMs: then the rest of the storm is logged as one entry
// per window (and per reason) naming every channel, so that ten thousand peers make a few dozen
// rows instead of twenty thousand. A send to more than kSeparateSendEntries channels is one entry;
// the pieces of a file are not logged (the file transfer logs one entry when it ends).
// Entries keep the order of the events: what is grouped is logged before anything that follows.
class SessionLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSingleEntries = 16;
    static constexpr int kWindowMs = 100;
    static constexpr int kSeparateSendEntries = 8;

    // Attaches to the session; a child of it unless parent says otherwise.
    SessionLog(Session *session, LogModel *log, QObject *parent = nullptr);

    // An event of the tab's own (listening, stopped, a cancelled attempt), in order with the
    // session's.
    void addEvent(LogEntry::Kind kind, const QString &message);
    // Logs what is being grouped now.
    void flush();
    // The label a channel's entries carry; empty for an unknown channel.
    QString labelOf(ChannelId id) const { return m_labels.value(id); }

private:
    struct Group
    {
        LogEntry::Kind kind;
        QString reason;
        QList<ChannelId> channels;
        QStringList labels;
    };

    void handleOpened(const ChannelInfo &channel);
    void handleClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail);
    void handleReceived(ChannelId id, const QByteArray &data);
    void handleSent(const QList<ChannelId> &ids, const QByteArray &data, Session::SendKind kind);
    void handleError(const QString &message, ChannelId id);
    void addGrouped(LogEntry::Kind kind, ChannelId id, const QString &label, const QString &message,
                    const QString &reason);
    QString openedMessage(const QString &label, const QString &local) const;
    QString closedMessage(const QString &label, const QString &reason) const;
    QString groupMessage(const Group &group) const;
    void endWindow();
    // The label of a channel: the one asked for last first, as a flood comes from one channel.
    const QString &labelFor(ChannelId id);

    Session *m_session = nullptr;
    LogModel *m_log = nullptr;
    QTimer *m_window = nullptr;
    int m_eventsInWindow = 0;
    std::vector<Group> m_groups;
    QHash<ChannelId, QString> m_labels;
    ChannelId m_lastLabelled = 0;
    QString m_lastLabel;
};
