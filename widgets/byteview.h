#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

// Bytes as a hex dump: offset, sixteen bytes in hex, and the same bytes as ASCII. Paints only the
// rows in view, so that a payload of megabytes scrolls as fast as one of a few bytes.
class ByteView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kBytesPerRow = 16;

    explicit ByteView(QWidget *parent = nullptr);

    QByteArray bytes() const { return m_bytes; }
    void setBytes(const QByteArray &bytes);
    // The dump of every row as text, as it is shown.
    QString dumpText() const;
    static QString rowText(const QByteArray &bytes, qsizetype row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateScrollBar();
    qsizetype rowCount() const;
    int rowHeight() const;

    QByteArray m_bytes;
};
