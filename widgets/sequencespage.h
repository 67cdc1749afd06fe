#pragma once

#include "commandset.h"

#include <QPointer>
#include <QWidget>

class CommandListModel;
class QListWidget;
class QPushButton;
class QTableWidget;
class SequenceRunner;

// The Sequences page of the Commands panel: the saved sequences, the steps of the one chosen
// (the step running highlighted), and New…, Edit…, Remove and Run or Stop. Runs go to the current
// session: the page only asks (runRequested()).
class SequencesPage : public QWidget
{
    Q_OBJECT

public:
    SequencesPage(CommandListModel *model, QWidget *parent = nullptr);

    // The runner of the current session, whose steps the page shows; nullptr for none.
    void setRunner(SequenceRunner *runner);
    void showSteps();

signals:
    void runRequested(const Sequence &sequence, const CommandSet &commands);
    void stopRequested();
    void messageShown(const QString &text, bool isError);

private:
    int currentSequence() const;
    void addSequence();
    void editSequence();
    void removeSequence();
    void runOrStop();
    void showSequences();
    void highlightStep(int index);
    void updateRunButton();

    CommandListModel *m_model = nullptr;
    QPointer<SequenceRunner> m_runner;
    QListWidget *m_sequences = nullptr;
    QTableWidget *m_steps = nullptr;
    QPushButton *m_run = nullptr;
};
