#include "peerlistmodel.h"

#include "tcpserverbackend.h"

#include <QLocale>
#include <QTimer>

PeerListModel::PeerListModel(TcpServerBackend *backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &PeerListModel::flush);
    connect(backend, &TcpServerBackend::peerConnected, this, &PeerListModel::handlePeerConnected);
    connect(backend, &TcpServerBackend::peerDisconnected, this,
            &PeerListModel::handlePeerDisconnected);
    connect(backend, &TcpServerBackend::dataReceived, this, &PeerListModel::handlePeerChanged);
    connect(backend, &TcpServerBackend::dataSent, this, &PeerListModel::handlePeerChanged);
    connect(backend, &TcpServerBackend::peerStateChanged, this, &PeerListModel::handlePeerChanged);
}

int PeerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerId id = m_rows.at(index.row());
    if (role == PeerIdRole)
        return id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const PeerInfo info = m_backend->peer(id);
    switch (index.column()) {
    case PeerColumn: return info.label();
    case SinceColumn:
        return role == Qt::ToolTipRole
                       ? QLocale().toString(info.connectedSince, QLocale::LongFormat)
                       : info.connectedSince.toString(QStringLiteral("HH:mm:ss"));
    case ReceivedColumn: return formatBytes(info.rxBytes);
    case SentColumn: return formatBytes(info.txBytes);
    case StateColumn: return info.stateText();
    default: break;
    }
    return {};
}

QVariant PeerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeerColumn: return tr("Peer");
    case SinceColumn: return tr("Connected since");
    case ReceivedColumn: return tr("Received");
    case SentColumn: return tr("Sent");
    case StateColumn: return tr("State");
    default: break;
    }
    return {};
}

PeerId PeerListModel::peerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
}

int PeerListModel::rowOf(PeerId id) const
{
    return int(m_rows.indexOf(id));
}

QString PeerListModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void PeerListModel::flush()
{
    m_timer->stop();
    if (!m_added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(m_added.size()) - 1);
        m_rows += m_added;
        m_added.clear();
        endInsertRows();
    }
    if (m_rowsDirty && !m_rows.isEmpty()) {
        m_rowsDirty = false;
        emit dataChanged(index(0, ReceivedColumn), index(rowCount() - 1, StateColumn),
                         {Qt::DisplayRole});
    }
}

void PeerListModel::handlePeerConnected(const PeerInfo &peer)
{
    // An earlier handler of the same signal may have closed it already.
    if (!m_backend->hasPeer(peer.id))
        return;
    m_added.append(peer.id);
    if (!m_timer->isActive())
        m_timer->start();
}

void PeerListModel::handlePeerDisconnected(const PeerInfo &peer)
{
    if (m_added.removeOne(peer.id))
        return;
    const int row = rowOf(peer.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PeerListModel::handlePeerChanged()
{
    m_rowsDirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}
