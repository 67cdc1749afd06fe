#pragma once

#include "commandset.h"

#include <QWidget>
#include <functional>

class CommandListModel;
class QLabel;
class QPushButton;
class QSettings;
class QTableView;
class SequenceRunner;
class SequencesPage;

// The saved commands and sequences, shared by every session: add (from the send pane), edit,
// duplicate, remove and reorder them, send one with its Send button, a double-click or Ctrl+1…9,
// run a sequence with its current step highlighted, and import or export the set as a file.
// Sends go to the current session: the panel only asks (sendRequested(), runRequested()).
class CommandsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommandsPanel(QWidget *parent = nullptr);

    CommandListModel *model() const { return m_model; }
    // What Add saves: the payload as the current send pane holds it.
    void setCurrentPayload(std::function<PayloadSpec()> current);
    // The runner of the current session, whose steps the panel shows; nullptr for none.
    void setRunner(SequenceRunner *runner);
    // Sends the command of that row (a click, a double-click or Ctrl+row+1).
    void sendRow(int row);

    // Each adds what the file holds to the set (names already taken get a number), or changes
    // nothing and says why in the panel.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    QString messageText() const;

    void save(QSettings &settings) const;
    void restore(QSettings &settings);
    // Why the saved commands could not be read at start; empty when they could.
    QString restoreProblem() const;

signals:
    void sendRequested(const SavedCommand &command);
    void runRequested(const Sequence &sequence, const CommandSet &commands);
    void stopRequested();

private:
    QWidget *buildCommandsPage();
    int currentCommandRow() const;
    void addCommand();
    void editCommand();
    void duplicateCommand();
    void removeCommand();
    void moveCommand(int delta);
    void chooseImport();
    void chooseExport();
    void showMessage(const QString &text, bool isError);

    CommandListModel *m_model = nullptr;
    std::function<PayloadSpec()> m_current;
    QTableView *m_commands = nullptr;
    SequencesPage *m_sequencesPage = nullptr;
    QLabel *m_message = nullptr;
    QString m_unreadable; // the saved commands as found, when they could not be read
    QString m_restoreProblem;
};
