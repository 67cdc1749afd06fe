#pragma once

#include "commandset.h"

#include <QAbstractTableModel>

// The saved commands as a table for the Commands panel: the name, the bytes in hex, and a column
// for each row's Send button; the row headers name the shortcut of the first nine (Ctrl+1…9). Rows
// move by drag and drop or by moveCommand(); every change is announced with changed(), for saving.
class CommandListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BytesColumn, SendColumn, ColumnCount };
    static constexpr int kShortcutCount = 9;

    explicit CommandListModel(QObject *parent = nullptr);

    const CommandSet &commandSet() const { return m_set; }
    void setCommandSet(const CommandSet &set);
    const SavedCommand &command(int row) const { return m_set.commands.at(row); }

    // Each returns false when the row or the name is not valid; the caller has checked names.
    void addCommand(const SavedCommand &command);
    bool replaceCommand(int row, const SavedCommand &command);
    bool removeCommand(int row);
    bool moveCommand(int from, int to);
    void setSequences(const QList<Sequence> &sequences);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void changed();

private:
    QString bytesText(const SavedCommand &command) const;

    CommandSet m_set;
};
