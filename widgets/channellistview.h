#pragma once

#include "channel.h"

#include <QWidget>

class ChannelListModel;
class QPushButton;
class QTableView;
class StatusLabel;

// A session's channels: a multi-selection table (a server's peers, a client's connection, a UDP
// socket's remotes), a count and a button to close the chosen ones where the kind has one. Which
// channels are selected decides where the tab's Send goes.
class ChannelListView : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelListView(ChannelListModel *model, QWidget *parent = nullptr);

    QList<ChannelId> selectedChannels() const;
    QTableView *tableView() const { return m_table; }
    ChannelListModel *model() const { return m_model; }
    // The width the columns want for what they show now, for a first layout.
    int preferredWidth() const;

signals:
    void closeRequested(const QList<ChannelId> &channels);
    void selectionChanged();

private:
    void updateState();

    ChannelListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_close = nullptr;
    StatusLabel *m_count = nullptr;
};
