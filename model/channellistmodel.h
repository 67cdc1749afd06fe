#pragma once

#include "session.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

// A session's open channels as a table, with the columns its kind has: a server's peers, a
// client's connection, a UDP socket's remotes. Rows are added in batches, and counters refresh on
// a timer instead of on every read, so that a flood or a connect storm costs bounded work.
class ChannelListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a column shows; which columns there are depends on the session's kind.
    enum class Field { Peer, OpenedAt, Seen, Received, Sent, State };
    enum Role { ChannelIdRole = Qt::UserRole + 1 };

    static constexpr int kRefreshMs = 100;

    explicit ChannelListModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Session *session() const { return m_session; }
    QList<Field> fields() const { return m_fields; }
    int columnOf(Field field) const { return int(m_fields.indexOf(field)); }
    ChannelId channelAt(int row) const;
    int rowOf(ChannelId id) const;
    // Applies pending additions and counter updates now.
    void flush();

    static QString formatBytes(qint64 bytes);
    static QList<Field> fieldsFor(Session::Kind kind);

private:
    QString text(const ChannelInfo &info, Field field) const;
    QString toolTip(const ChannelInfo &info, Field field) const;
    QString headerText(Field field) const;
    QString headerToolTip(Field field) const;
    void handleOpened(const ChannelInfo &channel);
    void handleClosed(const ChannelInfo &channel);
    void markChanged();

    Session *m_session = nullptr;
    QList<Field> m_fields;
    QList<ChannelId> m_rows;
    QList<ChannelId> m_added;
    QTimer *m_timer = nullptr;
    bool m_rowsDirty = false;
};
