#include "controls.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>

namespace Controls {

QPushButton *button(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setAccessibleName(text);
    result->setToolTip(toolTip);
    return result;
}

QCheckBox *checkBox(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *result = new QCheckBox(text, parent);
    result->setAccessibleName(text);
    result->setToolTip(toolTip);
    return result;
}

QLabel *labelFor(QWidget *field, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    field->setAccessibleName(text);
    field->setToolTip(toolTip);
    return label;
}

void setText(QAbstractButton *button, const QString &text)
{
    button->setText(text);
    button->setAccessibleName(text);
}

QSplitter *stackOverSendPane(QWidget *upper, QWidget *sendPane, QWidget *parent)
{
    auto *split = new QSplitter(Qt::Vertical, parent);
    split->addWidget(upper);
    split->addWidget(sendPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 180});
    return split;
}

void showMessage(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    label->setAccessibleDescription(text);
}

} // namespace Controls
