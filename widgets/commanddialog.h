#pragma once

#include "commandset.h"

#include <QDialog>

class ChecksumFields;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Edits one saved command: its name and everything that decides its bytes, with the bytes it
// sends shown as they are typed. OK is refused, with the reason shown, for a name already taken
// or a payload that does not build.
class CommandDialog : public QDialog
{
    Q_OBJECT

public:
    // takenNames: the names of the other commands.
    CommandDialog(const SavedCommand &command, const QStringList &takenNames,
                  QWidget *parent = nullptr);

    SavedCommand command() const;

    void accept() override;

private:
    void update();
    QString problem() const;

    QStringList m_taken;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_hex = nullptr;
    QCheckBox *m_escapes = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_lineEnding = nullptr;
    ChecksumFields *m_checksum = nullptr;
    QLineEdit *m_preview = nullptr;
    QLabel *m_message = nullptr;
};
