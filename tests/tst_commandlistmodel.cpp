#include "commandlistmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

SavedCommand named(const QString &name, const QString &text)
{
    SavedCommand command;
    command.name = name;
    command.payload.text = text;
    return command;
}

CommandSet threeCommands()
{
    CommandSet set;
    set.commands = {named(QStringLiteral("a"), QStringLiteral("A")),
                    named(QStringLiteral("b"), QStringLiteral("B")),
                    named(QStringLiteral("c"), QStringLiteral("C"))};
    return set;
}

QStringList names(const CommandListModel &model)
{
    QStringList result;
    for (const SavedCommand &command : model.commandSet().commands)
        result.append(command.name);
    return result;
}

} // namespace

// The saved commands as the Commands panel shows them: shortcuts of the first nine, the bytes
// each sends, moves by button and by drag and drop, and renames that sequences follow.
class tst_CommandListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsShortcutsAndBytes();
    void moveCommand_data();
    void moveCommand();
    void dropMovesTheRow();
    void renameFollowsIntoSequences();
    void removeShiftsShortcuts();
    void everyChangeIsAnnounced();

private:
    std::unique_ptr<CommandListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_CommandListModel::init()
{
    m_model = std::make_unique<CommandListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setCommandSet(threeCommands());
}

void tst_CommandListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_CommandListModel::showsShortcutsAndBytes()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Ctrl+1"));
    QCOMPARE(m_model->index(1, CommandListModel::NameColumn).data().toString(),
             QStringLiteral("b"));
    QCOMPARE(m_model->index(2, CommandListModel::BytesColumn).data().toString(),
             QStringLiteral("43"));
    CommandSet many;
    for (int i = 0; i < 12; ++i)
        many.commands.append(named(QStringLiteral("n%1").arg(i), QStringLiteral("x")));
    m_model->setCommandSet(many);
    QCOMPARE(m_model->headerData(8, Qt::Vertical).toString(), QStringLiteral("Ctrl+9"));
    QVERIFY(m_model->headerData(9, Qt::Vertical).toString().isEmpty());
    // A payload that does not build says why instead of bytes.
    SavedCommand broken = named(QStringLiteral("broken"), QStringLiteral("0G"));
    broken.payload.hex = true;
    m_model->addCommand(broken);
    QVERIFY(!m_model->index(12, CommandListModel::BytesColumn).data().toString().isEmpty());
    QVERIFY(m_model->index(12, CommandListModel::BytesColumn).data().toString() != u"0G");
}

void tst_CommandListModel::moveCommand_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("down one") << 0 << 1 << QStringList{"b", "a", "c"};
    QTest::newRow("to the end") << 0 << 2 << QStringList{"b", "c", "a"};
    QTest::newRow("up one") << 2 << 1 << QStringList{"a", "c", "b"};
    QTest::newRow("to the top") << 2 << 0 << QStringList{"c", "a", "b"};
    QTest::newRow("past the end") << 0 << 3 << QStringList{"a", "b", "c"};
    QTest::newRow("onto itself") << 1 << 1 << QStringList{"a", "b", "c"};
}

void tst_CommandListModel::moveCommand()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, expected);
    m_model->moveCommand(from, to);
    QCOMPARE(names(*m_model), expected);
}

void tst_CommandListModel::dropMovesTheRow()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(0, 1)}));
    QVERIFY(data);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    // The drop does the move itself and says false, so that the view removes no row.
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(names(*m_model), (QStringList{"b", "c", "a"}));
    QMimeData foreign;
    foreign.setText(QStringLiteral("0"));
    QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
}

void tst_CommandListModel::renameFollowsIntoSequences()
{
    CommandSet set = threeCommands();
    Sequence sequence;
    sequence.name = QStringLiteral("s");
    SequenceStep step;
    step.command = QStringLiteral("b");
    sequence.steps = {step, step};
    set.sequences = {sequence};
    m_model->setCommandSet(set);
    QVERIFY(m_model->replaceCommand(1, named(QStringLiteral("bee"), QStringLiteral("B"))));
    const Sequence &after = m_model->commandSet().sequences.first();
    QCOMPARE(after.steps.at(0).command, QStringLiteral("bee"));
    QCOMPARE(after.steps.at(1).command, QStringLiteral("bee"));
    QVERIFY(!m_model->replaceCommand(7, named(QStringLiteral("x"), QStringLiteral("x"))));
}

void tst_CommandListModel::removeShiftsShortcuts()
{
    QVERIFY(m_model->removeCommand(0));
    QCOMPARE(m_model->index(0, CommandListModel::NameColumn).data().toString(),
             QStringLiteral("b"));
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Ctrl+1"));
    QVERIFY(!m_model->removeCommand(5));
    QVERIFY(!m_model->removeCommand(-1));
}

void tst_CommandListModel::everyChangeIsAnnounced()
{
    QSignalSpy changed(m_model.get(), &CommandListModel::changed);
    m_model->addCommand(named(QStringLiteral("d"), QStringLiteral("D")));
    m_model->moveCommand(0, 3);
    m_model->removeCommand(0);
    m_model->replaceCommand(0, named(QStringLiteral("e"), QStringLiteral("E")));
    m_model->setSequences({});
    QCOMPARE(changed.count(), 5);
}

QTEST_GUILESS_MAIN(tst_CommandListModel)
#include "tst_commandlistmodel.moc"
