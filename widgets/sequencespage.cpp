#include "sequencespage.h"

#include "commandlistmodel.h"
#include "controls.h"
#include "sequencedialog.h"
#include "sequencerunner.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SequencesPage::SequencesPage(CommandListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    QWidget *page = this;
    m_sequences = new QListWidget(page);
    m_sequences->setAccessibleName(tr("Sequences"));
    m_steps = new QTableWidget(0, 3, page);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setHorizontalHeaderLabels({tr("Command"), tr("Delay before"), tr("Wait for")});
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setWordWrap(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    auto *add = Controls::button(tr("New…"), tr("Make a new sequence of saved commands"), page);
    auto *edit = Controls::button(tr("Edit…"), tr("Change the selected sequence"), page);
    auto *remove = Controls::button(tr("Remove"), tr("Delete the selected sequence"), page);
    m_run = Controls::button(tr("Run"), tr("Run the selected sequence in the current session"),
                             page);
    connect(add, &QPushButton::clicked, this, &SequencesPage::addSequence);
    connect(edit, &QPushButton::clicked, this, &SequencesPage::editSequence);
    connect(remove, &QPushButton::clicked, this, &SequencesPage::removeSequence);
    connect(m_run, &QPushButton::clicked, this, &SequencesPage::runOrStop);
    connect(m_sequences, &QListWidget::currentRowChanged, this, &SequencesPage::showSteps);
    connect(m_sequences, &QListWidget::itemDoubleClicked, this, &SequencesPage::editSequence);

    auto *buttons = new QGridLayout;
    const QList<QPushButton *> all = {add, edit, remove, m_run};
    for (int i = 0; i < all.size(); ++i)
        buttons->addWidget(all.at(i), i / 3, i % 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sequences, 1);
    layout->addWidget(m_steps, 2);
    layout->addLayout(buttons);
    connect(m_model, &CommandListModel::modelReset, this, &SequencesPage::showSequences);
}

int SequencesPage::currentSequence() const
{
    const int row = m_sequences->currentRow();
    return row >= 0 && row < m_model->commandSet().sequences.size() ? row : -1;
}

void SequencesPage::addSequence()
{
    if (m_model->rowCount() == 0) {
        emit messageShown(tr("Save a command first: a sequence runs saved commands."), true);
        return;
    }
    Sequence sequence;
    sequence.name = tr("Sequence %1").arg(m_model->commandSet().sequences.size() + 1);
    SequenceStep first;
    first.command = m_model->command(0).name;
    sequence.steps.append(first);
    QStringList taken;
    for (const Sequence &existing : m_model->commandSet().sequences)
        taken.append(existing.name);
    SequenceDialog dialog(sequence, m_model->commandSet(), taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Sequence> sequences = m_model->commandSet().sequences;
    sequences.append(dialog.sequence());
    m_model->setSequences(sequences);
    showSequences();
    m_sequences->setCurrentRow(int(sequences.size()) - 1);
}

void SequencesPage::editSequence()
{
    const int row = currentSequence();
    if (row < 0)
        return;
    QList<Sequence> sequences = m_model->commandSet().sequences;
    QStringList taken;
    for (const Sequence &existing : sequences)
        taken.append(existing.name);
    taken.removeAt(row);
    SequenceDialog dialog(sequences.at(row), m_model->commandSet(), taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    sequences[row] = dialog.sequence();
    m_model->setSequences(sequences);
    showSequences();
    m_sequences->setCurrentRow(row);
}

void SequencesPage::removeSequence()
{
    const int row = currentSequence();
    if (row < 0)
        return;
    QList<Sequence> sequences = m_model->commandSet().sequences;
    sequences.removeAt(row);
    m_model->setSequences(sequences);
    showSequences();
}

void SequencesPage::runOrStop()
{
    if (m_runner && m_runner->isRunning()) {
        emit stopRequested();
        return;
    }
    const int row = currentSequence();
    if (row < 0) {
        emit messageShown(tr("Choose a sequence to run."), true);
        return;
    }
    emit runRequested(m_model->commandSet().sequences.at(row), m_model->commandSet());
}

void SequencesPage::showSequences()
{
    const int row = m_sequences->currentRow();
    m_sequences->clear();
    for (const Sequence &sequence : m_model->commandSet().sequences)
        m_sequences->addItem(sequence.name);
    // The one chosen before stays chosen; with none, the first, so that its steps show.
    m_sequences->setCurrentRow(qMin(qMax(row, 0), m_sequences->count() - 1));
    showSteps();
}

void SequencesPage::showSteps()
{
    const int row = currentSequence();
    const QList<SequenceStep> steps =
            row < 0 ? QList<SequenceStep>() : m_model->commandSet().sequences.at(row).steps;
    m_steps->setRowCount(int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        const SequenceStep &step = steps.at(i);
        const QString wait =
                step.waitForReply
                        ? tr("%1 %2, %3 ms")
                                  .arg(ReplyMatcher::displayName(step.matchKind), step.matchPattern)
                                  .arg(step.timeoutMs)
                        : tr("No reply");
        m_steps->setItem(i, 0, new QTableWidgetItem(step.command));
        m_steps->setItem(i, 1, new QTableWidgetItem(tr("%1 ms").arg(step.delayMs)));
        m_steps->setItem(i, 2, new QTableWidgetItem(wait));
    }
    if (m_runner && m_runner->isRunning())
        highlightStep(m_runner->currentStep());
}

void SequencesPage::highlightStep(int index)
{
    // Only the steps of the sequence that runs are highlighted.
    const bool shown =
            m_runner && currentSequence() >= 0 &&
            m_model->commandSet().sequences.at(currentSequence()).name == m_runner->sequenceName();
    const QPalette palette = m_steps->palette();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const bool current = shown && row == index;
        for (int column = 0; column < m_steps->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_steps->item(row, column)) {
                item->setBackground(current ? palette.highlight() : QBrush());
                item->setForeground(current ? palette.highlightedText() : QBrush());
            }
        }
    }
}

void SequencesPage::setRunner(SequenceRunner *runner)
{
    if (m_runner == runner)
        return;
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    if (m_runner) {
        connect(m_runner, &SequenceRunner::stepStarted, this, [this](int index) {
            highlightStep(index);
            updateRunButton();
        });
        connect(m_runner, &SequenceRunner::finished, this, [this] {
            highlightStep(-1);
            updateRunButton();
        });
    }
    highlightStep(m_runner && m_runner->isRunning() ? m_runner->currentStep() : -1);
    updateRunButton();
}

void SequencesPage::updateRunButton()
{
    const bool running = m_runner && m_runner->isRunning();
    Controls::setText(m_run, running ? tr("Stop") : tr("Run"));
}
