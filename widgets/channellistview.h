#pragma once

#include "peerinfo.h"

#include <QWidget>

class PeerListModel;
class QPushButton;
class QTableView;
class StatusLabel;

// The server's connected peers: a multi-selection table and a button to disconnect the chosen
// ones. Which peers are selected decides where the server tab's Send goes.
class PeerListView : public QWidget
{
    Q_OBJECT

public:
    explicit PeerListView(PeerListModel *model, QWidget *parent = nullptr);

    QList<PeerId> selectedPeers() const;
    QTableView *tableView() const { return m_table; }

signals:
    void disconnectRequested(const QList<PeerId> &peers);
    void selectionChanged();

private:
    void updateState();

    PeerListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_disconnect = nullptr;
    StatusLabel *m_count = nullptr;
};
