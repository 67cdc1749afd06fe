#include "channellistview.h"

#include "channellistmodel.h"
#include "controls.h"
#include "statuslabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

ChannelListView::ChannelListView(ChannelListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    const Session::Kind kind = model->session()->kind();
    m_table = new QTableView(this);
    switch (kind) {
    case Session::Kind::TcpServer:
        m_table->setAccessibleName(tr("Peers"));
        m_table->setToolTip(tr("Connected peers. With none selected, Send goes to all of them."));
        m_close = Controls::button(tr("Disconnect peer"),
                                   tr("Close the connections of the selected peers"), this);
        break;
    case Session::Kind::TcpClient:
        m_table->setAccessibleName(tr("Connections"));
        m_table->setToolTip(tr("The connection to the server"));
        break;
    case Session::Kind::Udp:
        m_table->setAccessibleName(tr("Remotes"));
        m_table->setToolTip(tr("Addresses and ports that sent to this socket or were sent to. "
                               "With none selected, Send goes to Remote host and Remote port."));
        m_close = Controls::button(tr("Forget remote"),
                                   tr("Remove the selected remotes from the list"), this);
        break;
    }
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Columns as wide as what they show, measured on the visible rows only: sizing by every row
    // would read all of a list of thousands on each update.
    QHeaderView *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(u'M') * 3);

    m_count = new StatusLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    if (m_close)
        bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);

    if (m_close) {
        connect(m_close, &QPushButton::clicked, this, [this] {
            const QList<ChannelId> channels = selectedChannels();
            if (!channels.isEmpty())
                emit closeRequested(channels);
        });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateState();
        emit selectionChanged();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChannelListView::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChannelListView::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &ChannelListView::updateState);
    updateState();
}

QList<ChannelId> ChannelListView::selectedChannels() const
{
    QList<ChannelId> channels;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        channels.append(m_model->channelAt(index.row()));
    return channels;
}

int ChannelListView::preferredWidth() const
{
    // What a typical row needs: the longest labels of each column, as the header measures them.
    const QFontMetrics metrics = m_table->fontMetrics();
    int width = m_table->frameWidth() * 2 + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        const QString sample = column == 0 ? QStringLiteral("127.000.000.100:65535") : header;
        width += qMax(m_table->horizontalHeader()->sectionSizeHint(column),
                      metrics.horizontalAdvance(sample) + 12);
    }
    return width;
}

void ChannelListView::updateState()
{
    if (m_close)
        m_close->setEnabled(m_table->selectionModel()->hasSelection());
    const int rows = m_model->rowCount();
    switch (m_model->session()->kind()) {
    case Session::Kind::TcpServer:
        m_count->setText(tr("%n peer(s) connected", nullptr, rows));
        break;
    case Session::Kind::TcpClient:
        m_count->setText(rows > 0 ? tr("Connected") : tr("Not connected"));
        break;
    case Session::Kind::Udp: m_count->setText(tr("%n remote(s)", nullptr, rows)); break;
    }
}
