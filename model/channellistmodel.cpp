#include "channellistmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

ChannelListModel::ChannelListModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_fields(fieldsFor(session->kind()))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ChannelListModel::flush);
    connect(session, &Session::channelOpened, this, &ChannelListModel::handleOpened);
    connect(session, &Session::channelClosed, this, &ChannelListModel::handleClosed);
    connect(session, &Session::received, this, &ChannelListModel::markChanged);
    connect(session, &Session::sent, this, &ChannelListModel::markChanged);
    connect(session, &Session::channelChanged, this, &ChannelListModel::markChanged);
}

QList<ChannelListModel::Field> ChannelListModel::fieldsFor(Session::Kind kind)
{
    switch (kind) {
    case Session::Kind::TcpServer:
        return {Field::Peer, Field::OpenedAt, Field::Received, Field::Sent, Field::State};
    case Session::Kind::TcpClient:
        // The local end is in the tooltip of the server's: the list fits beside the log.
        return {Field::Peer, Field::OpenedAt, Field::Received, Field::Sent, Field::State};
    case Session::Kind::Udp: return {Field::Peer, Field::Seen, Field::Received, Field::Sent};
    }
    return {};
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelId id = m_rows.at(index.row());
    if (role == ChannelIdRole)
        return id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ChannelInfo info = m_session->channel(id);
    if (info.id == 0)
        return {};
    const Field field = m_fields.at(index.column());
    return role == Qt::ToolTipRole ? toolTip(info, field) : text(info, field);
}

QString ChannelListModel::text(const ChannelInfo &info, Field field) const
{
    const bool datagrams = m_session->receivesDatagrams();
    switch (field) {
    case Field::Peer: return info.label();
    case Field::OpenedAt:
        return QDateTime::fromMSecsSinceEpoch(info.openedAt).toString(QStringLiteral("HH:mm:ss"));
    case Field::Seen:
        return tr("%1–%2", "first seen, last seen")
                .arg(QDateTime::fromMSecsSinceEpoch(info.openedAt)
                             .toString(QStringLiteral("HH:mm:ss")),
                     QDateTime::fromMSecsSinceEpoch(info.lastSeen)
                             .toString(QStringLiteral("HH:mm:ss")));
    case Field::Received:
        return datagrams ? tr("%1 in %2", "bytes in datagrams")
                                   .arg(formatBytes(info.rxBytes), QLocale().toString(info.rxCount))
                         : formatBytes(info.rxBytes);
    case Field::Sent:
        return datagrams ? tr("%1 in %2", "bytes in datagrams")
                                   .arg(formatBytes(info.txBytes), QLocale().toString(info.txCount))
                         : formatBytes(info.txBytes);
    case Field::State: return info.stateText();
    }
    return {};
}

QString ChannelListModel::toolTip(const ChannelInfo &info, Field field) const
{
    switch (field) {
    case Field::Peer:
        return info.localLabel.isEmpty()
                       ? info.label()
                       : tr("%1, from %2", "peer, local end").arg(info.label(), info.localLabel);
    case Field::OpenedAt:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.openedAt),
                                  QLocale::LongFormat);
    case Field::Seen:
        return tr("First seen %1\nLast seen %2")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.openedAt),
                                        QLocale::LongFormat),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.lastSeen),
                                        QLocale::LongFormat));
    case Field::Received:
        return m_session->receivesDatagrams()
                       ? tr("Bytes: %1; datagrams: %2")
                                 .arg(QLocale().toString(info.rxBytes),
                                      QLocale().toString(info.rxCount))
                       : tr("Bytes: %1").arg(QLocale().toString(info.rxBytes));
    case Field::Sent:
        return m_session->receivesDatagrams()
                       ? tr("Bytes: %1; datagrams: %2")
                                 .arg(QLocale().toString(info.txBytes),
                                      QLocale().toString(info.txCount))
                       : tr("Bytes: %1").arg(QLocale().toString(info.txBytes));
    default: break;
    }
    return text(info, field);
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return {};
    if (role == Qt::DisplayRole)
        return headerText(m_fields.at(section));
    if (role == Qt::ToolTipRole)
        return headerToolTip(m_fields.at(section));
    return {};
}

QString ChannelListModel::headerText(Field field) const
{
    const Session::Kind kind = m_session->kind();
    switch (field) {
    case Field::Peer:
        return kind == Session::Kind::Udp         ? tr("Remote")
               : kind == Session::Kind::TcpClient ? tr("Server")
                                                  : tr("Peer");
    case Field::OpenedAt: return tr("Since");
    case Field::Seen: return tr("Seen");
    case Field::Received: return tr("Received");
    case Field::Sent: return tr("Sent");
    case Field::State: return tr("State");
    }
    return {};
}

QString ChannelListModel::headerToolTip(Field field) const
{
    const bool datagrams = m_session->receivesDatagrams();
    switch (field) {
    case Field::OpenedAt: return tr("When the connection was made");
    case Field::Seen: return tr("When the first and the last datagram came or went");
    case Field::Received:
        return datagrams ? tr("Bytes received, in how many datagrams") : tr("Bytes received");
    case Field::Sent: return datagrams ? tr("Bytes sent, in how many datagrams") : tr("Bytes sent");
    default: break;
    }
    return headerText(field);
}

ChannelId ChannelListModel::channelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
}

int ChannelListModel::rowOf(ChannelId id) const
{
    return int(m_rows.indexOf(id));
}

QString ChannelListModel::formatBytes(qint64 bytes)
{
    // "64 B" rather than "64 bytes": columns of counters stay narrow.
    if (bytes < 1024)
        return tr("%1 B", "bytes").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void ChannelListModel::flush()
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
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void ChannelListModel::handleOpened(const ChannelInfo &channel)
{
    // An earlier receiver of the same signal may have closed it already.
    if (!m_session->hasChannel(channel.id))
        return;
    m_added.append(channel.id);
    if (!m_timer->isActive())
        m_timer->start();
}

void ChannelListModel::handleClosed(const ChannelInfo &channel)
{
    if (m_added.removeOne(channel.id))
        return;
    const int row = rowOf(channel.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ChannelListModel::markChanged()
{
    m_rowsDirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}
