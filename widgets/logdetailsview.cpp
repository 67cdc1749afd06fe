#include "logdetailsview.h"

#include "byteview.h"
#include "logmodel.h"
#include "statuslabel.h"
#include "streamdecoder.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

LogDetailsView::LogDetailsView(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(new StatusLabel(this))
    , m_bytes(new ByteView(this))
    , m_text(new QPlainTextEdit(this))
{
    m_bytes->setAccessibleName(tr("Bytes"));
    m_bytes->setToolTip(tr("The selected entry's payload as hex; Ctrl+C copies it"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setToolTip(tr("The selected entry's payload as text in the log's encoding"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_bytes);
    split->addWidget(m_text);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    // The entry is re-rendered when the log's encoding changes, and gone when it is trimmed. Only
    // a change to the entry shown is worth the work: during a flood, rows change and go all the
    // time, and a payload of a megabyte takes a while to lay out.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (m_row >= topLeft.row() && m_row <= bottomRight.row())
                    refreshIfShown();
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_row < first)
                    return;
                if (m_row > last) {
                    m_row -= last - first + 1; // the same entry, moved up
                    return;
                }
                m_row = -1;
                refreshIfShown();
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_row = -1;
        refresh();
    });
    refresh();
}

void LogDetailsView::showEntry(const QModelIndex &index)
{
    m_row = index.isValid() ? index.row() : -1;
    refreshIfShown();
}

void LogDetailsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LogDetailsView::refreshIfShown()
{
    // Hidden, it catches up when it is shown.
    m_stale = !isVisible();
    if (!m_stale)
        refresh();
}

QString LogDetailsView::headerText() const
{
    return m_header->text();
}

void LogDetailsView::refresh()
{
    if (m_row < 0 || m_row >= m_model->rowCount()) {
        m_header->setText(tr("Select a log entry to see all of it here."));
        m_bytes->setBytes({});
        m_text->clear();
        return;
    }
    const LogEntry &entry = m_model->entry(m_row);
    m_header->setText(m_model->detailsHeader(entry));
    if (!entry.isData()) {
        m_bytes->setBytes({});
        m_text->setPlainText(entry.message);
        return;
    }
    m_bytes->setBytes(entry.data);
    // As the row has it, decoded as part of its stream (a character split across two reads shows
    // whole); in hex mode the log keeps no text, and the entry is decoded on its own.
    QString text = entry.text;
    if (m_model->hexMode()) {
        StreamDecoder decoder(m_model->encoding());
        decoder.setEscapeBackslashes(true);
        text = decoder.decode(entry.data);
        text += decoder.finish();
    }
    m_text->setPlainText(StreamDecoder::escapeControls(text, true));
}
