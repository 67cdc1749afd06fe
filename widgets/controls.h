#pragma once

#include <QString>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSplitter;
class QWidget;
class StatusLabel;

// Builds controls whose accessible name is their visible label, so that screen readers and UI
// automation find them by what a person sees.
namespace Controls {

QPushButton *button(const QString &text, const QString &toolTip, QWidget *parent);
QCheckBox *checkBox(const QString &text, const QString &toolTip, QWidget *parent);
// A label for a field: the field takes the label's text as its accessible name.
QLabel *labelFor(QWidget *field, const QString &text, const QString &toolTip, QWidget *parent);
// Changes a button's label and its accessible name together.
void setText(QAbstractButton *button, const QString &text);
// A tab's body: the upper part (log, peers) over the send pane, split 3:1, resizable.
QSplitter *stackOverSendPane(QWidget *upper, QWidget *sendPane, QWidget *parent);
// Shows an inline message: an error in the theme's error colour, or a plain hint. The label wraps
// and never widens the window (a long word is cut, the tooltip holds it whole).
void showMessage(QLabel *label, const QString &text, bool isError);
// A label for messages that wrap within the width it is given.
QLabel *messageLabel(QWidget *parent);
// The choices of a line ending, with the LineEnding value as item data.
void fillLineEndings(QComboBox *combo);
// A port field wide enough for "65535" whatever the font.
void fitPortField(QLineEdit *field);

} // namespace Controls
