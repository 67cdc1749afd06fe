#pragma once

#include "peerinfo.h"

#include <QAbstractTableModel>
#include <QHash>

class QTimer;
class TcpServerBackend;

// The server's connected peers as a table: address, connected since, bytes in and out, state. Rows
// are added in batches, and counters refresh on a timer instead of on every read.
class PeerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeerColumn, SinceColumn, ReceivedColumn, SentColumn, StateColumn, ColumnCount };
    enum Role { PeerIdRole = Qt::UserRole + 1 };

    explicit PeerListModel(TcpServerBackend *backend, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    PeerId peerAt(int row) const;
    int rowOf(PeerId id) const;
    // Applies pending additions and counter updates now.
    void flush();

    static QString formatBytes(qint64 bytes);

private:
    void handlePeerConnected(const PeerInfo &peer);
    void handlePeerDisconnected(const PeerInfo &peer);
    void handlePeerChanged();

    TcpServerBackend *m_backend = nullptr;
    QList<PeerId> m_rows;
    QList<PeerId> m_added;
    QTimer *m_timer = nullptr;
    bool m_rowsDirty = false;
};
