#pragma once

#include <QWidget>

// A one-line label for text that changes many times a second (byte counters, peer counts).
// Setting the text repaints this widget only. A QLabel asks its layout to recompute on every
// setText(), and during a flood that repainted the whole window ten times a second.
class StatusLabel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};
