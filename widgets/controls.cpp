#include "controls.h"

#include "payloadcodec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionFrame>

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

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Ignored: the label takes the width the layout gives it instead of asking for its text's.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(1);
    return label;
}

void fitPortField(QLineEdit *field)
{
    QStyleOptionFrame option;
    option.initFrom(field);
    const QSize text(field->fontMetrics().horizontalAdvance(QStringLiteral("655350")),
                     field->fontMetrics().height());
    const QSize size = field->style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, field);
    field->setMinimumWidth(size.width());
    field->setMaximumWidth(size.width() * 2);
}

void showMessage(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setToolTip(text);
    label->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    label->setAccessibleDescription(text);
}

} // namespace Controls

void Controls::fillLineEndings(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("Controls", "None"), int(LineEnding::None));
    combo->addItem(QCoreApplication::translate("Controls", "CR (\\r)"), int(LineEnding::CR));
    combo->addItem(QCoreApplication::translate("Controls", "LF (\\n)"), int(LineEnding::LF));
    combo->addItem(QCoreApplication::translate("Controls", "CR LF (\\r\\n)"),
                   int(LineEnding::CRLF));
}
