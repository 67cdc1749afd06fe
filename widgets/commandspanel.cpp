#include "commandspanel.h"

#include "commanddialog.h"
#include "commandlistmodel.h"
#include "controls.h"
#include "sequencespage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QString kSettingsKey = QStringLiteral("commands/set");
const QString kUnreadableKey = QStringLiteral("commands/unreadable");
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

// Paints each row's Send button in the Send column and reports its clicks: a button per row
// without a widget per row, however many commands there are.
class SendButtonDelegate : public QStyledItemDelegate
{
public:
    SendButtonDelegate(std::function<void(int)> clicked, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_clicked(std::move(clicked))
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() != CommandListModel::SendColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionButton button;
        button.rect = option.rect.adjusted(2, 1, -2, -1);
        button.text = index.data().toString();
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (index.column() == CommandListModel::SendColumn &&
            event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            m_clicked(index.row());
            return true;
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }

private:
    std::function<void(int)> m_clicked;
};

// incoming added to base: a name already taken gets a number, and the imported sequences follow
// their commands' new names.
CommandSet merged(const CommandSet &base, CommandSet incoming)
{
    CommandSet result = base;
    QHash<QString, QString> renamed;
    for (SavedCommand command : std::as_const(incoming.commands)) {
        const QString name = result.unusedName(command.name);
        if (name != command.name)
            renamed.insert(command.name, name);
        command.name = name;
        result.commands.append(command);
    }
    for (Sequence sequence : std::as_const(incoming.sequences)) {
        for (SequenceStep &step : sequence.steps)
            step.command = renamed.value(step.command, step.command);
        QString name = sequence.name;
        for (int n = 2; result.sequence(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(sequence.name).arg(n);
        sequence.name = name;
        result.sequences.append(sequence);
    }
    return result;
}

} // namespace

CommandsPanel::CommandsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CommandListModel(this))
{
    auto *pages = new QTabWidget(this);
    pages->addTab(buildCommandsPage(), tr("Commands"));
    m_sequencesPage = new SequencesPage(m_model, this);
    pages->addTab(m_sequencesPage, tr("Sequences"));
    connect(m_sequencesPage, &SequencesPage::messageShown, this, &CommandsPanel::showMessage);
    connect(m_sequencesPage, &SequencesPage::runRequested, this, &CommandsPanel::runRequested);
    connect(m_sequencesPage, &SequencesPage::stopRequested, this, &CommandsPanel::stopRequested);
    m_message = Controls::messageLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages, 1);
    layout->addWidget(m_message);
}

QWidget *CommandsPanel::buildCommandsPage()
{
    auto *page = new QWidget(this);
    m_commands = new QTableView(page);
    m_commands->setModel(m_model);
    m_commands->setAccessibleName(tr("Commands"));
    m_commands->setItemDelegate(
            new SendButtonDelegate([this](int row) { sendRow(row); }, m_commands));
    m_commands->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_commands->setSelectionMode(QAbstractItemView::SingleSelection);
    m_commands->setDragDropMode(QAbstractItemView::InternalMove);
    m_commands->setDragEnabled(true);
    m_commands->setDropIndicatorShown(true);
    m_commands->setDefaultDropAction(Qt::MoveAction);
    m_commands->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per command: the name as wide as it needs (up to a point), the bytes the rest.
    m_commands->setWordWrap(false);
    m_commands->horizontalHeader()->setSectionResizeMode(CommandListModel::BytesColumn,
                                                         QHeaderView::Stretch);
    m_commands->horizontalHeader()->setSectionResizeMode(CommandListModel::SendColumn,
                                                         QHeaderView::ResizeToContents);
    m_commands->horizontalHeader()->setDefaultSectionSize(90);
    connect(m_commands, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != CommandListModel::SendColumn)
            sendRow(index.row());
    });

    auto *add =
            Controls::button(tr("Add"), tr("Save the send pane's payload as a new command"), page);
    auto *edit = Controls::button(tr("Edit…"), tr("Change the selected command"), page);
    auto *duplicate = Controls::button(tr("Duplicate"), tr("Copy the selected command"), page);
    auto *remove = Controls::button(tr("Remove"), tr("Delete the selected command"), page);
    auto *up = Controls::button(tr("Move up"), tr("Move the selected command up"), page);
    auto *down = Controls::button(tr("Move down"), tr("Move the selected command down"), page);
    auto *import = Controls::button(tr("Import…"),
                                    tr("Add the commands and sequences of a file exported "
                                       "before"),
                                    page);
    auto *exportButton = Controls::button(tr("Export…"),
                                          tr("Save every command and sequence to a file others "
                                             "can import"),
                                          page);
    connect(add, &QPushButton::clicked, this, &CommandsPanel::addCommand);
    connect(edit, &QPushButton::clicked, this, &CommandsPanel::editCommand);
    connect(duplicate, &QPushButton::clicked, this, &CommandsPanel::duplicateCommand);
    connect(remove, &QPushButton::clicked, this, &CommandsPanel::removeCommand);
    connect(up, &QPushButton::clicked, this, [this] { moveCommand(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCommand(1); });
    connect(import, &QPushButton::clicked, this, &CommandsPanel::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &CommandsPanel::chooseExport);

    // Three to a row: the panel stays narrow beside a session.
    auto *buttons = new QGridLayout;
    const QList<QPushButton *> all = {add, edit, duplicate, remove, up, down, import, exportButton};
    for (int i = 0; i < all.size(); ++i)
        buttons->addWidget(all.at(i), i / 3, i % 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_commands, 1);
    layout->addLayout(buttons);
    return page;
}

void CommandsPanel::setCurrentPayload(std::function<PayloadSpec()> current)
{
    m_current = std::move(current);
}

void CommandsPanel::showMessage(const QString &text, bool isError)
{
    Controls::showMessage(m_message, text, isError);
}

QString CommandsPanel::messageText() const
{
    return m_message->text();
}

int CommandsPanel::currentCommandRow() const
{
    const QModelIndex current = m_commands->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CommandsPanel::sendRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_commands->selectRow(row);
    emit sendRequested(m_model->command(row));
}

void CommandsPanel::addCommand()
{
    SavedCommand command;
    if (m_current)
        command.payload = m_current();
    command.name = m_model->commandSet().unusedName(tr("Command %1").arg(m_model->rowCount() + 1));
    QStringList taken;
    for (const SavedCommand &existing : m_model->commandSet().commands)
        taken.append(existing.name);
    CommandDialog dialog(command, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->addCommand(dialog.command());
    m_commands->selectRow(m_model->rowCount() - 1);
}

void CommandsPanel::editCommand()
{
    const int row = currentCommandRow();
    if (row < 0)
        return;
    QStringList taken;
    for (const SavedCommand &existing : m_model->commandSet().commands)
        taken.append(existing.name);
    taken.removeAt(row);
    CommandDialog dialog(m_model->command(row), taken, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->replaceCommand(row, dialog.command());
        m_sequencesPage->showSteps();
    }
}

void CommandsPanel::duplicateCommand()
{
    const int row = currentCommandRow();
    if (row < 0)
        return;
    SavedCommand copy = m_model->command(row);
    copy.name = m_model->commandSet().unusedName(copy.name);
    m_model->addCommand(copy);
    m_commands->selectRow(m_model->rowCount() - 1);
}

void CommandsPanel::removeCommand()
{
    const int row = currentCommandRow();
    if (row < 0)
        return;
    const QString name = m_model->command(row).name;
    for (const Sequence &sequence : m_model->commandSet().sequences) {
        for (const SequenceStep &step : sequence.steps) {
            if (step.command == name) {
                showMessage(tr("The command \"%1\" is a step of the sequence \"%2\": remove the "
                               "step first.")
                                    .arg(name, sequence.name),
                            true);
                return;
            }
        }
    }
    m_model->removeCommand(row);
    showMessage(QString(), false);
}

void CommandsPanel::moveCommand(int delta)
{
    const int row = currentCommandRow();
    if (row >= 0 && m_model->moveCommand(row, row + delta))
        m_commands->selectRow(row + delta);
}

void CommandsPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import commands"), QString(),
                                                      tr("NetDebug commands (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void CommandsPanel::chooseExport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export commands"),
                                                QStringLiteral("commands.json"),
                                                tr("NetDebug commands (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

bool CommandsPanel::importFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Could not import %1: %2").arg(shown, file.errorString()), true);
        return false;
    }
    // Read with a bound: a device or a pipe has no size to check beforehand.
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (content.size() > kMaxFileBytes) {
        showMessage(tr("Could not import %1: the file is larger than 16 MiB.").arg(shown), true);
        return false;
    }
    QString error;
    const std::optional<CommandSet> incoming = CommandSet::fromJson(content, &error);
    if (!incoming) {
        showMessage(tr("Could not import %1: %2").arg(shown, error), true);
        return false;
    }
    m_model->setCommandSet(merged(m_model->commandSet(), *incoming));
    const QString commands =
            tr("Imported %n command(s) from %1.", nullptr, int(incoming->commands.size()))
                    .arg(shown);
    const QString sequences =
            tr("The file held %n sequence(s).", nullptr, int(incoming->sequences.size()));
    showMessage(commands + QLatin1Char(' ') + sequences, false);
    return true;
}

bool CommandsPanel::exportFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->commandSet().toJson()) < 0 ||
        !file.commit()) {
        showMessage(tr("Could not export to %1: %2").arg(shown, file.errorString()), true);
        return false;
    }
    showMessage(tr("Exported %n command(s) to %1.", nullptr, m_model->rowCount()).arg(shown),
                false);
    return true;
}

void CommandsPanel::setRunner(SequenceRunner *runner)
{
    m_sequencesPage->setRunner(runner);
}

void CommandsPanel::save(QSettings &settings) const
{
    // Saved commands this version could not read are never overwritten by an empty set: kept
    // where they were, or, once there are new ones, under a key of their own.
    if (!m_unreadable.isEmpty() && m_model->rowCount() == 0 &&
        m_model->commandSet().sequences.isEmpty()) {
        settings.setValue(kSettingsKey, m_unreadable);
        return;
    }
    if (!m_unreadable.isEmpty())
        settings.setValue(kUnreadableKey, m_unreadable);
    settings.setValue(kSettingsKey, QString::fromUtf8(m_model->commandSet().toJson()));
}

QString CommandsPanel::restoreProblem() const
{
    return m_restoreProblem;
}

void CommandsPanel::restore(QSettings &settings)
{
    const QString json = settings.value(kSettingsKey).toString();
    if (json.isEmpty())
        return;
    QString error;
    if (const std::optional<CommandSet> set = CommandSet::fromJson(json.toUtf8(), &error)) {
        m_model->setCommandSet(*set);
        return;
    }
    m_unreadable = json;
    m_restoreProblem =
            tr("The saved commands could not be read, and are kept as they were: %1").arg(error);
    showMessage(m_restoreProblem, true);
}
