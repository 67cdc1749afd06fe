#include "commandlistmodel.h"

#include <QMimeData>

namespace {
const QString kRowMimeType = QStringLiteral("application/x-netdebug-command-row");
// The bytes column shows the start of a long payload; the tooltip too.
constexpr qsizetype kShownBytes = 64;
} // namespace

CommandListModel::CommandListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommandListModel::setCommandSet(const CommandSet &set)
{
    beginResetModel();
    m_set = set;
    endResetModel();
    emit changed();
}

void CommandListModel::addCommand(const SavedCommand &command)
{
    const int row = int(m_set.commands.size());
    beginInsertRows({}, row, row);
    m_set.commands.append(command);
    endInsertRows();
    emit changed();
}

bool CommandListModel::replaceCommand(int row, const SavedCommand &command)
{
    if (row < 0 || row >= rowCount())
        return false;
    const QString oldName = m_set.commands.at(row).name;
    m_set.commands[row] = command;
    // Sequences name their commands: a renamed command keeps its steps.
    if (oldName != command.name) {
        for (Sequence &sequence : m_set.sequences) {
            for (SequenceStep &step : sequence.steps) {
                if (step.command == oldName)
                    step.command = command.name;
            }
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit changed();
    return true;
}

bool CommandListModel::removeCommand(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_set.commands.removeAt(row);
    endRemoveRows();
    // The shortcuts of the rows after it moved up by one.
    if (row < kShortcutCount && row < rowCount())
        emit headerDataChanged(Qt::Vertical, row, qMin(rowCount(), kShortcutCount) - 1);
    emit changed();
    return true;
}

bool CommandListModel::moveCommand(int from, int to)
{
    const int count = rowCount();
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    // beginMoveRows() counts the destination before the move: one past it when moving down.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_set.commands.move(from, to);
    endMoveRows();
    if (qMin(from, to) < kShortcutCount)
        emit headerDataChanged(Qt::Vertical, qMin(from, to),
                               qMin(qMax(from, to), kShortcutCount - 1));
    emit changed();
    return true;
}

void CommandListModel::setSequences(const QList<Sequence> &sequences)
{
    m_set.sequences = sequences;
    emit changed();
}

int CommandListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_set.commands.size());
}

int CommandListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CommandListModel::bytesText(const SavedCommand &command) const
{
    const PayloadResult built = PayloadCodec::build(command.payload);
    if (!built.ok())
        return built.error;
    QString hex = PayloadCodec::toHex(
            QByteArrayView(built.bytes).first(qMin(built.bytes.size(), kShownBytes)));
    if (built.bytes.size() > kShownBytes)
        hex += QStringLiteral(" …");
    return hex;
}

QVariant CommandListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedCommand &command = m_set.commands.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (Column(index.column())) {
        case NameColumn: return command.name;
        case BytesColumn:
            return role == Qt::ToolTipRole && !command.payload.hex ? command.payload.text.left(1000)
                                                                   : bytesText(command);
        case SendColumn: return tr("Send");
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant CommandListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        return section < kShortcutCount ? tr("Ctrl+%1").arg(section + 1) : QString();
    }
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case BytesColumn: return tr("Bytes");
    case SendColumn: return QString();
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags CommandListModel::flags(const QModelIndex &index) const
{
    // Drops go between rows, never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions CommandListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CommandListModel::mimeTypes() const
{
    return {kRowMimeType};
}

QMimeData *CommandListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kRowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool CommandListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(kRowMimeType);
}

bool CommandListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(kRowMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    int to = row < 0 ? (parent.isValid() ? parent.row() : rowCount()) : row;
    if (to > from)
        --to; // the row leaves its place first
    moveCommand(from, qBound(0, to, rowCount() - 1));
    // The move is done; false keeps the view from removing the dragged row as a moved copy.
    return false;
}
