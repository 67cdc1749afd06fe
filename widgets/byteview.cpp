#include "byteview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

ByteView::ByteView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

void ByteView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    verticalScrollBar()->setValue(0);
    updateScrollBar();
    viewport()->update();
}

qsizetype ByteView::rowCount() const
{
    return (m_bytes.size() + kBytesPerRow - 1) / kBytesPerRow;
}

int ByteView::rowHeight() const
{
    return fontMetrics().height();
}

QString ByteView::rowText(const QByteArray &bytes, qsizetype row)
{
    const qsizetype start = row * kBytesPerRow;
    const qsizetype count = qMin<qsizetype>(kBytesPerRow, bytes.size() - start);
    QString line = QStringLiteral("%1  ").arg(start, 8, 16, QChar(u'0'));
    QString ascii;
    for (qsizetype i = 0; i < kBytesPerRow; ++i) {
        if (i < count) {
            const uchar byte = uchar(bytes.at(start + i));
            line += QStringLiteral("%1 ").arg(byte, 2, 16, QChar(u'0'));
            ascii += (byte >= 0x20 && byte < 0x7f) ? QChar(byte) : QChar(u'.');
        } else {
            line += QStringLiteral("   ");
        }
        if (i == kBytesPerRow / 2 - 1)
            line += u' ';
    }
    return line + u' ' + ascii;
}

QString ByteView::dumpText() const
{
    QString text;
    for (qsizetype row = 0; row < rowCount(); ++row)
        text += rowText(m_bytes, row) + u'\n';
    return text;
}

void ByteView::updateScrollBar()
{
    const int visibleRows = qMax(1, viewport()->height() / rowHeight());
    const qsizetype maximum = qMax<qsizetype>(0, rowCount() - visibleRows);
    verticalScrollBar()->setRange(0, int(qMin<qsizetype>(maximum, INT_MAX)));
    verticalScrollBar()->setPageStep(visibleRows);
    const int lineWidth =
            fontMetrics().horizontalAdvance(rowText(QByteArray(kBytesPerRow, 'x'), 0));
    horizontalScrollBar()->setRange(0, qMax(0, lineWidth + 8 - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void ByteView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void ByteView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    const int height = rowHeight();
    const qsizetype first = verticalScrollBar()->value();
    const int x = 4 - horizontalScrollBar()->value();
    for (qsizetype row = first, y = 0; row < rowCount() && y < viewport()->height();
         ++row, y += height) {
        painter.drawText(x, int(y) + fontMetrics().ascent(), rowText(m_bytes, row));
    }
}

void ByteView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(dumpText());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}
