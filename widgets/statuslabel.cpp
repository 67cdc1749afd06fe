#include "statuslabel.h"

#include <QAccessibleWidget>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace {

// To assistive technology a StatusLabel is static text, as a QLabel is; its name is its text.
QAccessibleInterface *accessibleStatusLabel(const QString &className, QObject *object)
{
    if (className != QLatin1String("StatusLabel") || !object || !object->isWidgetType())
        return nullptr;
    return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::StaticText);
}

} // namespace

StatusLabel::StatusLabel(QWidget *parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(accessibleStatusLabel);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // What a screen reader announces, as it would for a label.
    setAccessibleName(text);
    update();
}

void StatusLabel::setMessage(const QString &text, bool isError)
{
    setToolTip(text);
    if (m_error != isError) {
        m_error = isError;
        update();
    }
    setText(text);
}

QSize StatusLabel::sizeHint() const
{
    // Independent of the text, so that a new text never needs a new layout.
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height()};
}

QSize StatusLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 4, fontMetrics().height()};
}

void StatusLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    // One line: a message with line breaks in it shows them as spaces.
    QString line = m_text;
    line.replace(u'\n', u' ');
    const QString shown = fontMetrics().elidedText(line, Qt::ElideRight, width());
    if (m_error)
        option.palette.setColor(foregroundRole(), QColor(0xc6, 0x28, 0x28));
    style()->drawItemText(&painter, rect(), int(Qt::AlignLeft | Qt::AlignVCenter), option.palette,
                          isEnabled(), shown, foregroundRole());
}
