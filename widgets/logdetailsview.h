#pragma once

#include <QWidget>

class ByteView;
class LogModel;
class QModelIndex;
class QPlainTextEdit;
class StatusLabel;

// The whole of one log entry, however long: its header, the payload as a hex dump and, beside it,
// as text in the log's encoding with line breaks kept. Rows of the log show what fits; this shows
// everything the log keeps of the row.
class LogDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit LogDetailsView(LogModel *model, QWidget *parent = nullptr);

    // Shows the entry at this row of the model; an invalid index clears the view.
    void showEntry(const QModelIndex &index);
    ByteView *byteView() const { return m_bytes; }
    QPlainTextEdit *textView() const { return m_text; }
    QString headerText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshIfShown();

    LogModel *m_model = nullptr;
    int m_row = -1;
    bool m_stale = false; // the entry changed while the view was hidden
    StatusLabel *m_header = nullptr;
    ByteView *m_bytes = nullptr;
    QPlainTextEdit *m_text = nullptr;
};
