#pragma once

#include "commandset.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Edits one sequence: its name, how often it repeats, and its steps (the command, the delay before
// it, what reply to wait for and how long). OK is refused, with the reason shown, for a name
// already taken, a sequence without steps or a pattern that does not compile.
class SequenceDialog : public QDialog
{
    Q_OBJECT

public:
    // commands: the saved commands steps may name; takenNames: the other sequences' names.
    SequenceDialog(const Sequence &sequence, const CommandSet &commands,
                   const QStringList &takenNames, QWidget *parent = nullptr);

    Sequence sequence() const;
    void accept() override;

private:
    enum Column { CommandColumn, DelayColumn, WaitColumn, PatternColumn, TimeoutColumn };

    QList<SequenceStep> steps() const;
    void setSteps(const QList<SequenceStep> &steps);
    void addStepRow(int row, const SequenceStep &step);
    void addStep();
    void removeStep();
    void moveStep(int delta);
    QString problem() const;

    CommandSet m_commands;
    QStringList m_taken;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_repeat = nullptr;
    QTableWidget *m_steps = nullptr;
    QLabel *m_message = nullptr;
};
