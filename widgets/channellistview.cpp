#include "peerlistview.h"

#include "controls.h"
#include "peerlistmodel.h"
#include "statuslabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PeerListView::PeerListView(PeerListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Peers"));
    m_table->setToolTip(tr("Connected peers. With none selected, Send goes to all of them."));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed widths: sizing columns to their contents would read every row of a large list.
    m_table->setColumnWidth(PeerListModel::PeerColumn, 150);
    m_table->setColumnWidth(PeerListModel::SinceColumn, 110);
    m_table->setColumnWidth(PeerListModel::ReceivedColumn, 80);
    m_table->setWordWrap(false);

    m_disconnect = Controls::button(tr("Disconnect peer"),
                                    tr("Close the connections of the "
                                       "selected peers"),
                                    this);
    m_count = new StatusLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_disconnect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);

    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        const QList<PeerId> peers = selectedPeers();
        if (!peers.isEmpty())
            emit disconnectRequested(peers);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateState();
        emit selectionChanged();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &PeerListView::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PeerListView::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &PeerListView::updateState);
    updateState();
}

QList<PeerId> PeerListView::selectedPeers() const
{
    QList<PeerId> peers;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        peers.append(m_model->peerAt(index.row()));
    return peers;
}

void PeerListView::updateState()
{
    m_disconnect->setEnabled(m_table->selectionModel()->hasSelection());
    m_count->setText(tr("%n peer(s) connected", nullptr, m_model->rowCount()));
}
