#pragma once

#include <QWidget>

// A one-line label for text that changes many times a second (byte counters, peer counts) or
// that can be of any length (status and error messages). Setting the text repaints this widget
// only, and never changes its size: a QLabel asks its layout to recompute on every setText(),
// which during a flood repainted the whole window ten times a second, and a long message widened
// the whole window.
class StatusLabel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    // A message: an error shows in the theme's error colour. A text too long for the label ends
    // in an ellipsis; the tooltip always holds the whole of it.
    void setMessage(const QString &text, bool isError);
    bool isError() const { return m_error; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    bool m_error = false;
};
