#include "sequencedialog.h"

#include "controls.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// The "wait for" choices: no wait first, then the kinds of match.
constexpr int kNoWait = -1;
} // namespace

SequenceDialog::SequenceDialog(const Sequence &sequence, const CommandSet &commands,
                               const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_taken(takenNames)
{
    setWindowTitle(tr("Sequence"));
    resize(760, 420);
    m_name = new QLineEdit(sequence.name, this);
    m_repeat = new QSpinBox(this);
    m_repeat->setRange(0, CommandSet::kMaxRepeat);
    m_repeat->setSpecialValueText(tr("Until stopped"));
    m_repeat->setValue(sequence.repeat);
    m_steps = new QTableWidget(0, 5, this);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setHorizontalHeaderLabels(
            {tr("Command"), tr("Delay before"), tr("Wait for"), tr("Pattern"), tr("Timeout")});
    m_steps->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message = Controls::messageLabel(this);

    auto *add = Controls::button(tr("Add step"), tr("Add a step at the end"), this);
    auto *remove = Controls::button(tr("Remove step"), tr("Remove the selected step"), this);
    auto *up = Controls::button(tr("Move up"), tr("Move the selected step up"), this);
    auto *down = Controls::button(tr("Move down"), tr("Move the selected step down"), this);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        stepButtons->addWidget(button);
    stepButtons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(Controls::labelFor(m_name, tr("Name"), tr("What the sequence is called"), this),
                 m_name);
    form->addRow(Controls::labelFor(m_repeat, tr("Repeat"),
                                    tr("How many times the whole sequence runs; 0 runs it until "
                                       "stopped"),
                                    this),
                 m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &SequenceDialog::addStep);
    connect(remove, &QPushButton::clicked, this, &SequenceDialog::removeStep);
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SequenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SequenceDialog::reject);
    setSteps(sequence.steps);
}

void SequenceDialog::addStepRow(int row, const SequenceStep &step)
{
    m_steps->insertRow(row);
    auto *command = new QComboBox(m_steps);
    for (const SavedCommand &saved : std::as_const(m_commands.commands))
        command->addItem(saved.name);
    command->setCurrentIndex(command->findText(step.command));
    command->setAccessibleName(tr("Command"));
    auto *delay = new QSpinBox(m_steps);
    delay->setRange(0, CommandSet::kMaxDelayMs);
    delay->setSuffix(tr(" ms"));
    delay->setValue(step.delayMs);
    delay->setAccessibleName(tr("Delay before"));
    auto *wait = new QComboBox(m_steps);
    wait->addItem(tr("No reply"), kNoWait);
    for (ReplyMatcher::Kind kind : ReplyMatcher::kinds())
        wait->addItem(ReplyMatcher::displayName(kind), int(kind));
    wait->setCurrentIndex(step.waitForReply ? wait->findData(int(step.matchKind)) : 0);
    wait->setAccessibleName(tr("Wait for"));
    auto *pattern = new QLineEdit(step.matchPattern, m_steps);
    pattern->setAccessibleName(tr("Pattern"));
    auto *timeout = new QSpinBox(m_steps);
    timeout->setRange(1, CommandSet::kMaxDelayMs);
    timeout->setSuffix(tr(" ms"));
    timeout->setValue(step.timeoutMs);
    timeout->setAccessibleName(tr("Timeout"));
    m_steps->setCellWidget(row, CommandColumn, command);
    m_steps->setCellWidget(row, DelayColumn, delay);
    m_steps->setCellWidget(row, WaitColumn, wait);
    m_steps->setCellWidget(row, PatternColumn, pattern);
    m_steps->setCellWidget(row, TimeoutColumn, timeout);
}

QList<SequenceStep> SequenceDialog::steps() const
{
    QList<SequenceStep> steps;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        SequenceStep step;
        step.command =
                qobject_cast<QComboBox *>(m_steps->cellWidget(row, CommandColumn))->currentText();
        step.delayMs = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, DelayColumn))->value();
        const int wait = qobject_cast<QComboBox *>(m_steps->cellWidget(row, WaitColumn))
                                 ->currentData()
                                 .toInt();
        step.waitForReply = wait != kNoWait;
        if (step.waitForReply)
            step.matchKind = ReplyMatcher::Kind(wait);
        step.matchPattern =
                qobject_cast<QLineEdit *>(m_steps->cellWidget(row, PatternColumn))->text();
        step.timeoutMs = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, TimeoutColumn))->value();
        steps.append(step);
    }
    return steps;
}

void SequenceDialog::setSteps(const QList<SequenceStep> &steps)
{
    m_steps->setRowCount(0);
    for (const SequenceStep &step : steps)
        addStepRow(m_steps->rowCount(), step);
    m_steps->resizeColumnsToContents();
}

void SequenceDialog::addStep()
{
    SequenceStep step;
    if (!m_commands.commands.isEmpty())
        step.command = m_commands.commands.first().name;
    addStepRow(m_steps->rowCount(), step);
    m_steps->selectRow(m_steps->rowCount() - 1);
}

void SequenceDialog::removeStep()
{
    const int row = m_steps->currentRow();
    if (row >= 0)
        m_steps->removeRow(row);
}

void SequenceDialog::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    QList<SequenceStep> current = steps();
    if (row < 0 || row + delta < 0 || row + delta >= current.size())
        return;
    current.move(row, row + delta);
    setSteps(current);
    m_steps->selectRow(row + delta);
}

Sequence SequenceDialog::sequence() const
{
    Sequence sequence;
    sequence.name = m_name->text().trimmed();
    sequence.repeat = m_repeat->value();
    sequence.steps = steps();
    return sequence;
}

QString SequenceDialog::problem() const
{
    const Sequence current = sequence();
    if (current.name.isEmpty())
        return tr("Give the sequence a name.");
    if (m_taken.contains(current.name))
        return tr("Another sequence is called \"%1\" already.").arg(current.name);
    if (current.steps.isEmpty())
        return tr("Add at least one step.");
    // The set as it would be saved says what else is wrong, naming the step.
    CommandSet candidate = m_commands;
    candidate.sequences = {current};
    return candidate.problem();
}

void SequenceDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        Controls::showMessage(m_message, why, true);
        return;
    }
    QDialog::accept();
}
