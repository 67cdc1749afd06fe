#include "byteview.h"
#include "logdetailsview.h"
#include "logmodel.h"
#include "logview.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
constexpr ChannelId kChannel = 7;
const QString kPeer = QStringLiteral("127.0.0.1:4000");
} // namespace

// Drives the log view's controls and checks what they do to the log model and the list.
class tst_LogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hexDisplayReRendersRows();
    void timestampsToggle();
    void pauseAndResume();
    void clearEmptiesLog();
    void resetCountersZeroes();
    void saveToFileWritesEverythingPrivately();
    void saveToFileReportsUnwritablePath();
    void autoScrollHoldsWhileReadingBack();
    void autoScrollOffNeverMoves();
    void displayEncodingFollowsSendingUnlessChosen();
    void displayEncodingAndDetailsAreSaved();
    void detailsShowWholeEntry();
    void detailsFollowEncodingAndClear();
    void copyGivesWholeRows();

private:
    void addRows(int count, const QString &prefix);
    void clickRow(QListView *list, int row);

    std::unique_ptr<LogModel> m_model;
    std::unique_ptr<LogView> m_view;
};

void tst_LogView::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_LogView::init()
{
    m_model = std::make_unique<LogModel>();
    m_view = std::make_unique<LogView>(m_model.get());
    WidgetTest::showAndActivate(m_view.get(), QSize(700, 300));
}

void tst_LogView::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void tst_LogView::addRows(int count, const QString &prefix)
{
    for (int i = 0; i < count; ++i)
        m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("%1 %2").arg(prefix).arg(i));
    m_model->flush();
}

void tst_LogView::hexDisplayReRendersRows()
{
    FIND_NAMED(QCheckBox, hexDisplay, m_view.get(), "Hex display");
    FIND_NAMED(QListView, list, m_view.get(), "Log");
    QCOMPARE(list->model(), m_model.get());

    m_model->addEvent(LogEntry::Kind::Connected, kChannel, kPeer, QStringLiteral("connected"));
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, QByteArray("Hi\r\n"));
    QTRY_COMPARE(m_model->rowCount(), 2);
    const QModelIndex data = m_model->index(1);
    QVERIFY(data.data().toString().endsWith(QStringLiteral(": Hi\\r\\n")));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    RUN_STEP(WidgetTest::click(hexDisplay));
    QVERIFY(m_model->hexMode());
    QVERIFY(changed.count() >= 1);
    QVERIFY2(data.data().toString().endsWith(QStringLiteral(": 48 69 0D 0A")),
             qPrintable(data.data().toString()));
    QCOMPARE(m_model->entry(1).data, QByteArray("Hi\r\n"));
    // Event rows are not data and stay as they were.
    QVERIFY(m_model->index(0).data().toString().endsWith(QStringLiteral("connected")));

    RUN_STEP(WidgetTest::click(hexDisplay));
    QVERIFY(!m_model->hexMode());
    QVERIFY(data.data().toString().endsWith(QStringLiteral(": Hi\\r\\n")));
}

void tst_LogView::timestampsToggle()
{
    FIND_NAMED(QCheckBox, timestamps, m_view.get(), "Timestamps");
    QVERIFY(timestamps->isChecked());
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("hello"));
    m_model->flush();
    const QRegularExpression stamped(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d hello$"));
    QVERIFY(stamped.match(m_model->index(0).data().toString()).hasMatch());

    RUN_STEP(WidgetTest::click(timestamps));
    QVERIFY(!m_model->showTimestamps());
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("hello"));
}

void tst_LogView::pauseAndResume()
{
    FIND_NAMED(QPushButton, pause, m_view.get(), "Pause");
    RUN_STEP(WidgetTest::click(pause));
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    QCOMPARE(pause->accessibleName(), QStringLiteral("Resume"));
    QVERIFY(m_model->isPaused());

    // While paused, data is counted but not shown; events still are.
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, QByteArray("12345"));
    m_model->addEvent(LogEntry::Kind::Disconnected, kChannel, kPeer, QStringLiteral("gone"));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).kind, LogEntry::Kind::Disconnected);
    QCOMPARE(m_model->rxBytes(), 5);

    FIND_NAMED(QPushButton, resume, m_view.get(), "Resume");
    QCOMPARE(resume, pause);
    RUN_STEP(WidgetTest::click(resume));
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QCOMPARE(pause->accessibleName(), QStringLiteral("Pause"));
    QVERIFY(!m_model->isPaused());
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(1).kind, LogEntry::Kind::Info);
    QVERIFY2(m_model->entry(1).message.contains(QStringLiteral("(bytes: 5)")),
             qPrintable(m_model->entry(1).message));
}

void tst_LogView::clearEmptiesLog()
{
    FIND_NAMED(QPushButton, clear, m_view.get(), "Clear");
    addRows(10, QStringLiteral("row"));
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, QByteArray("pending"));
    QCOMPARE(m_model->rowCount(), 10);
    RUN_STEP(WidgetTest::click(clear));
    QCOMPARE(m_model->rowCount(), 0);
    // Rows that were waiting for the next flush are gone too.
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->storedBytes(), 0);
}

void tst_LogView::resetCountersZeroes()
{
    FIND_NAMED(QPushButton, reset, m_view.get(), "Reset counters");
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, QByteArray("12345"));
    m_model->addData(LogEntry::Kind::Sent, kChannel, kPeer, QByteArray("abc"));
    m_model->flush();
    QCOMPARE(m_model->rxBytes(), 5);
    QCOMPARE(m_model->txBytes(), 3);
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_view.get(), QStringLiteral("RX 5")).size(), 1);

    QSignalSpy counters(m_model.get(), &LogModel::countersChanged);
    RUN_STEP(WidgetTest::click(reset));
    QCOMPARE(m_model->rxBytes(), 0);
    QCOMPARE(m_model->txBytes(), 0);
    QCOMPARE(counters.count(), 1);
    QCOMPARE(counters.at(0).at(0).toLongLong(), 0);
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_view.get(), QStringLiteral("RX 0")).size(), 1);
    // The log itself is untouched.
    QCOMPARE(m_model->rowCount(), 2);
}

void tst_LogView::saveToFileWritesEverythingPrivately()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    {
        // A file that is already there, readable by everyone and longer than the log.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
        old.close();
        QVERIFY(old.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                   QFile::ReadOther | QFile::WriteOther));
    }

    m_model->addEvent(LogEntry::Kind::Listening, QStringLiteral("Listening on port 1"));
    m_model->addEvent(LogEntry::Kind::Connected, kChannel, kPeer, QStringLiteral("peer connected"));
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, QByteArray("from the peer"));
    m_model->flush();
    m_model->addData(LogEntry::Kind::Sent, kChannel, kPeer,
                     QByteArray(3000, 'z')); // longer than a row shows
    m_model->addEvent(LogEntry::Kind::Disconnected, kChannel, kPeer, QStringLiteral("peer gone"));
    // The last two are still waiting for the flush timer: saving must include them.

    QString error;
    QVERIFY2(m_view->saveToFile(path, &error), qPrintable(error));
    QCOMPARE(m_model->rowCount(), 5);

    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = saved.readAll().split('\n');
    QCOMPARE(lines.size(), 6); // five lines and the empty rest after the last newline
    QVERIFY(lines.last().isEmpty());
    QVERIFY(lines.at(0).endsWith("Listening on port 1"));
    QVERIFY(lines.at(1).endsWith("peer connected"));
    QVERIFY(lines.at(2).contains("RX 127.0.0.1:4000"));
    QVERIFY(lines.at(2).endsWith(": from the peer"));
    QVERIFY(lines.at(3).contains("TX 127.0.0.1:4000"));
    QVERIFY(lines.at(3).endsWith(": " + QByteArray(3000, 'z'))); // the whole payload
    QVERIFY(lines.at(4).endsWith("peer gone"));

    const QFile::Permissions permissions = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY(permissions & QFile::ReadOwner);
    QVERIFY(permissions & QFile::WriteOwner);
    QVERIFY(!(permissions & QFile::ExeOwner));
    QVERIFY2(!(permissions & others), qPrintable(QString::number(int(permissions), 16)));
}

void tst_LogView::saveToFileReportsUnwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/dir/log.txt"));
    addRows(1, QStringLiteral("row"));
    QString error;
    QVERIFY(!m_view->saveToFile(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_LogView::autoScrollHoldsWhileReadingBack()
{
    FIND_NAMED(QListView, list, m_view.get(), "Log");
    FIND_NAMED(QCheckBox, autoScroll, m_view.get(), "Auto-scroll");
    QVERIFY(autoScroll->isChecked());
    QScrollBar *bar = list->verticalScrollBar();

    addRows(500, QStringLiteral("first"));
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    // The user goes back to the top to read: new rows must not pull the view away.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(bar->value(), 0);
    const int maximumBefore = bar->maximum();
    addRows(100, QStringLiteral("second"));
    QApplication::processEvents();
    QCOMPARE(m_model->rowCount(), 600);
    QVERIFY(bar->maximum() > maximumBefore);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(list->indexAt(QPoint(5, 5)).row(), 0);

    // Back at the end, the view follows again.
    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(bar->value(), bar->maximum());
    const int maximumAtEnd = bar->maximum();
    addRows(100, QStringLiteral("third"));
    QApplication::processEvents();
    QVERIFY(bar->maximum() > maximumAtEnd);
    QCOMPARE(bar->value(), bar->maximum());
    const QModelIndex last = m_model->index(m_model->rowCount() - 1);
    QVERIFY(list->viewport()->rect().intersects(list->visualRect(last)));
}

void tst_LogView::autoScrollOffNeverMoves()
{
    FIND_NAMED(QListView, list, m_view.get(), "Log");
    FIND_NAMED(QCheckBox, autoScroll, m_view.get(), "Auto-scroll");
    QScrollBar *bar = list->verticalScrollBar();
    addRows(300, QStringLiteral("first"));
    QCOMPARE(bar->value(), bar->maximum());

    RUN_STEP(WidgetTest::click(autoScroll));
    QVERIFY(!autoScroll->isChecked());
    const int value = bar->value();
    addRows(100, QStringLiteral("second"));
    QApplication::processEvents();
    QVERIFY(bar->maximum() > value);
    QCOMPARE(bar->value(), value);

    // Turning it back on jumps to the newest row.
    RUN_STEP(WidgetTest::click(autoScroll));
    QCOMPARE(bar->value(), bar->maximum());
}

// Clicks a row of the log, as a user picks the entry to look at.
void tst_LogView::clickRow(QListView *list, int row)
{
    list->scrollTo(m_model->index(row));
    const QRect rect = list->visualRect(m_model->index(row));
    QVERIFY(list->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(list->currentIndex().row(), row);
}

void tst_LogView::displayEncodingFollowsSendingUnlessChosen()
{
    FIND_NAMED(QComboBox, display, m_view.get(), "Display encoding");
    QCOMPARE(display->currentText(), QStringLiteral("Same as sending"));
    QCOMPARE(m_view->displayEncoding(), QString());
    const QByteArray gbk("\xc4\xe3\xba\xc3!"); // 你好!
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, gbk);
    m_model->flush();
    QVERIFY2(
            m_model->index(0).data().toString().endsWith(QStringLiteral(": \\xC4\\xE3\\xBA\\xC3!")),
            qPrintable(m_model->index(0).data().toString()));

    // The send pane chose GBK: with "Same as sending" the log follows.
    m_view->setSendEncoding(QStringLiteral("GBK"));
    QCOMPARE(m_model->encoding(), QStringLiteral("GBK"));
    QVERIFY(m_model->index(0).data().toString().endsWith(QStringLiteral(": 你好!")));

    // Another display encoding holds whatever the send pane chooses next.
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("UTF-8")));
    QCOMPARE(m_view->displayEncoding(), QStringLiteral("UTF-8"));
    QCOMPARE(m_model->encoding(), QStringLiteral("UTF-8"));
    m_view->setSendEncoding(QStringLiteral("GB18030"));
    QCOMPARE(m_model->encoding(), QStringLiteral("UTF-8"));
    QVERIFY(m_model->index(0).data().toString().endsWith(
            QStringLiteral(": \\xC4\\xE3\\xBA\\xC3!")));

    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("Same as sending")));
    QCOMPARE(m_model->encoding(), QStringLiteral("GB18030"));
    QVERIFY(m_model->index(0).data().toString().endsWith(QStringLiteral(": 你好!")));
    QVERIFY(!m_view->setDisplayEncoding(QStringLiteral("NOPE")));
    QCOMPARE(display->currentText(), QStringLiteral("Same as sending"));
}

void tst_LogView::displayEncodingAndDetailsAreSaved()
{
    FIND_NAMED(QComboBox, display, m_view.get(), "Display encoding");
    FIND_NAMED(QCheckBox, details, m_view.get(), "Details");
    FIND_NAMED(QCheckBox, hexDisplay, m_view.get(), "Hex display");
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("GBK")));
    RUN_STEP(WidgetTest::click(details));
    RUN_STEP(WidgetTest::click(hexDisplay));
    QSettings settings;
    settings.beginGroup(QStringLiteral("logViewTest"));
    m_view->saveSettings(settings);

    LogModel model;
    LogView restored(&model);
    restored.restoreSettings(settings);
    QCOMPARE(restored.displayEncoding(), QStringLiteral("GBK"));
    QCOMPARE(model.encoding(), QStringLiteral("GBK"));
    QVERIFY(model.hexMode());
    FIND_NAMED(QCheckBox, details2, &restored, "Details");
    QVERIFY(details2->isChecked());

    // An encoding this build does not have reads back as "Same as sending".
    settings.setValue(QStringLiteral("log/displayEncoding"), QStringLiteral("NOPE"));
    restored.restoreSettings(settings);
    QCOMPARE(restored.displayEncoding(), QString());
    settings.endGroup();
    settings.remove(QStringLiteral("logViewTest"));
}

void tst_LogView::detailsShowWholeEntry()
{
    FIND_NAMED(QCheckBox, details, m_view.get(), "Details");
    FIND_NAMED(QListView, list, m_view.get(), "Log");
    LogDetailsView *pane = m_view->detailsView();
    QVERIFY(!pane->isVisible());
    QVERIFY(!details->isChecked());

    // 5,000 bytes, more than a row shows, ending in something a cut row would lose.
    QByteArray payload;
    for (int i = 0; payload.size() < 4990; ++i)
        payload += char('a' + i % 26);
    payload += "\r\n THE END";
    QCOMPARE(payload.size(), 5000);
    m_model->addEvent(LogEntry::Kind::Connected, kChannel, kPeer, QStringLiteral("connected"));
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, payload);
    m_model->flush();
    QVERIFY2(!m_model->index(1).data().toString().contains(QStringLiteral("THE END")),
             "the row itself is cut");

    RUN_STEP(WidgetTest::click(details));
    QTRY_VERIFY(pane->isVisible());
    RUN_STEP(clickRow(list, 1));
    QCOMPARE(pane->byteView()->bytes(), payload);
    const QString dump = pane->byteView()->dumpText();
    QCOMPARE(dump.count(u'\n'), (5000 + 15) / 16);
    // The last row: offset 0x1380, the last eight bytes, and their characters.
    QVERIFY2(dump.contains(QStringLiteral("00001380  20 54 48 45 20 45 4e 44")),
             qPrintable(dump.right(200)));
    QVERIFY2(dump.trimmed().endsWith(QStringLiteral(" THE END")), qPrintable(dump.right(200)));
    const QString text = pane->textView()->toPlainText();
    QVERIFY2(text.startsWith(QString::fromLatin1(payload.left(100))), qPrintable(text.left(120)));
    QVERIFY2(text.endsWith(QStringLiteral("THE END")), qPrintable(text.right(40)));
    QVERIFY2(pane->headerText().contains(
                     QStringLiteral("Received from %1: 5000 byte(s)").arg(kPeer)),
             qPrintable(pane->headerText()));

    // An event shows its message; hiding the pane and showing it again shows the current row.
    RUN_STEP(clickRow(list, 0));
    QCOMPARE(pane->textView()->toPlainText(), QStringLiteral("connected"));
    QVERIFY(pane->byteView()->bytes().isEmpty());
    RUN_STEP(WidgetTest::click(details));
    QTRY_VERIFY(!pane->isVisible());
    RUN_STEP(clickRow(list, 1));
    RUN_STEP(WidgetTest::click(details));
    QTRY_VERIFY(pane->isVisible());
    QCOMPARE(pane->byteView()->bytes(), payload);
}

void tst_LogView::detailsFollowEncodingAndClear()
{
    FIND_NAMED(QCheckBox, details, m_view.get(), "Details");
    FIND_NAMED(QComboBox, display, m_view.get(), "Display encoding");
    FIND_NAMED(QListView, list, m_view.get(), "Log");
    FIND_NAMED(QPushButton, clear, m_view.get(), "Clear");
    LogDetailsView *pane = m_view->detailsView();
    const QByteArray gbk("\xc4\xe3\xba\xc3\\n"); // 你好, a backslash and an n
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, gbk);
    m_model->flush();
    RUN_STEP(WidgetTest::click(details));
    RUN_STEP(clickRow(list, 0));
    QCOMPARE(pane->textView()->toPlainText(), QStringLiteral("\\xC4\\xE3\\xBA\\xC3\\\\n"));
    RUN_STEP(WidgetTest::chooseItem(display, QStringLiteral("GBK")));
    QCOMPARE(pane->textView()->toPlainText(), QStringLiteral("你好\\\\n"));
    QCOMPARE(pane->byteView()->bytes(), gbk);

    RUN_STEP(WidgetTest::click(clear));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(pane->byteView()->bytes().isEmpty());
    QVERIFY(pane->textView()->toPlainText().isEmpty());
    QVERIFY2(pane->headerText().contains(QStringLiteral("Select a log entry")),
             qPrintable(pane->headerText()));
}

void tst_LogView::copyGivesWholeRows()
{
    FIND_NAMED(QListView, list, m_view.get(), "Log");
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    const QByteArray payload(3000, 'w');
    m_model->addData(LogEntry::Kind::Received, kChannel, kPeer, payload);
    m_model->addEvent(LogEntry::Kind::Info, QStringLiteral("after"));
    m_model->flush();
    RUN_STEP(clickRow(list, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      list->visualRect(m_model->index(1)).center());
    QCOMPARE(list->selectionModel()->selectedIndexes().size(), 2);
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = clipboard->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral(": ") + QString::fromLatin1(payload)),
             "the whole payload");
    QVERIFY(lines.at(1).endsWith(QStringLiteral("after")));
}

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"
