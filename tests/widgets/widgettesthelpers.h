#pragma once

#include "logmodel.h"
#include "statuslabel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkDatagram>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QWidget>

// Finds the control under root whose accessible name is name, and declares var pointing at it.
// Fails the current test when there is none or more than one.
#define FIND_NAMED(Type, var, root, name)                                                          \
    QString var##Problem;                                                                          \
    Type *const var = WidgetTest::byName<Type>(root, name, &var##Problem);                         \
    QVERIFY2(var, qPrintable(var##Problem))

// Runs a helper that may fail the test, and leaves the test function when it did.
#define RUN_STEP(call)                                                                             \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// What the widget tests share: finding controls as a user names them, and typing, clicking and
// choosing as a user does.
namespace WidgetTest {

// The one child of root of type T whose accessible name is name; nullptr and a reason when
// there is none or more than one.
template<class T>
T *byName(QWidget *root, const QString &name, QString *problem)
{
    QList<T *> found;
    const QList<T *> children = root->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == name)
            found.append(child);
    }
    if (found.size() == 1)
        return found.first();
    *problem = QStringLiteral("%1 controls named \"%2\" of type %3 under %4 (expected one)")
                       .arg(found.size())
                       .arg(name, QString::fromLatin1(T::staticMetaObject.className()),
                            QString::fromLatin1(root->metaObject()->className()));
    return nullptr;
}

// Settings go to a directory of this process's own and start empty, so that no run sees
// another's, also when suites of two builds run side by side on one machine.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory.path());
    QCoreApplication::setOrganizationName(QStringLiteral("NetDebugTest"));
    QCoreApplication::setApplicationName(QStringLiteral("NetDebugWidgetTests"));
    QSettings settings;
    QVERIFY2(settings.fileName().startsWith(directory.path()), qPrintable(settings.fileName()));
    settings.clear();
    settings.sync();
}

// Shows a top-level widget and waits until it can take input.
inline void showAndActivate(QWidget *window, QSize size = QSize(1000, 700))
{
    window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

// Types text key by key; characters outside Latin-1 arrive as a key event carrying the whole
// character, as an input method delivers them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, char(ch.unicode()));
            continue;
        }
        const qsizetype length = (ch.isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length),
                            Qt::NoModifier);
        i += length - 1;
    }
}

// Selects everything in a field, then types over it.
inline void replaceText(QLineEdit *field, const QString &text)
{
    QVERIFY(field->isEnabled());
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    typeText(field, text);
    QCOMPARE(field->text(), text);
}

inline void replaceText(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Backspace);
    typeText(editor, text);
    QCOMPARE(editor->toPlainText(), text);
}

inline void click(QAbstractButton *button)
{
    QVERIFY2(button->isVisible(), qPrintable(button->accessibleName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->accessibleName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Opens the combo's list with Alt+Down, moves to the item with the arrow keys and presses
// Return, as a keyboard user does.
inline void chooseItem(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    QVERIFY2(target >= 0,
             qPrintable(QStringLiteral("no item \"%1\" in %2").arg(text, combo->accessibleName())));
    QVERIFY(combo->isEnabled());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), target);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!view->isVisible());
}

// The visible labels under root whose text contains part.
inline QStringList visibleLabelsContaining(QWidget *root, const QString &part)
{
    QStringList texts;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(part))
            texts.append(label->text());
    }
    const QList<StatusLabel *> statusLabels = root->findChildren<StatusLabel *>();
    for (const StatusLabel *label : statusLabels) {
        if (label->isVisible() && label->text().contains(part))
            texts.append(label->text());
    }
    return texts;
}

// What the window's status bar shows: a temporary message while there is one, else the status
// line of the current session.
inline QString statusBarText(QMainWindow *window)
{
    QStatusBar *bar = window->statusBar();
    if (!bar->currentMessage().isEmpty())
        return bar->currentMessage();
    const QList<StatusLabel *> labels = bar->findChildren<StatusLabel *>();
    return labels.size() == 1 ? labels.first()->text() : QString();
}

// Clicks a tab in the tab bar and waits until its page shows.
inline void clickTab(QTabWidget *tabs, int index)
{
    QTabBar *bar = tabs->tabBar();
    QVERIFY(index >= 0 && index < tabs->count());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
    QTRY_VERIFY(tabs->widget(index)->isVisible());
}

// The row of a channel list whose first column shows label; -1 if none does.
inline int rowOfLabel(const QTableView *table, const QString &label)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == label)
            return row;
    }
    return -1;
}

// Clicks a row of a channel list, which then is the only one selected.
inline void selectRow(QTableView *table, int row)
{
    QVERIFY(row >= 0 && row < table->model()->rowCount());
    table->scrollTo(table->model()->index(row, 0));
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QVERIFY(table->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), row);
}

// Everything the log holds of one kind of data (from one peer, if given), joined.
inline QByteArray loggedData(LogModel *log, LogEntry::Kind kind, const QString &peer = {})
{
    log->flush();
    QByteArray data;
    for (int row = 0; row < log->rowCount(); ++row) {
        const LogEntry &entry = log->entry(row);
        if (entry.kind == kind && (peer.isNull() || entry.peer == peer))
            data += entry.data;
    }
    return data;
}

// The log's entries of one kind, after inserting what is pending.
inline QList<const LogEntry *> loggedEntries(LogModel *log, LogEntry::Kind kind)
{
    log->flush();
    QList<const LogEntry *> entries;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).kind == kind)
            entries.append(&log->entry(row));
    }
    return entries;
}

// A real UDP peer on loopback: keeps every datagram it receives, whole, with its sender.
class UdpPeer : public QObject
{
public:
    explicit UdpPeer(const QHostAddress &address = QHostAddress::LocalHost)
    {
        m_bound = m_socket.bind(address, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams())
                m_datagrams.append(m_socket.receiveDatagram());
        });
    }

    bool isBound() const { return m_bound; }
    QUdpSocket &socket() { return m_socket; }
    quint16 port() const { return m_socket.localPort(); }
    // How a UDP session names this peer: "127.0.0.1:port" or "[::1]:port".
    QString label() const
    {
        const QString address = m_socket.localAddress().toString();
        return m_socket.localAddress().protocol() == QAbstractSocket::IPv6Protocol
                       ? QStringLiteral("[%1]:%2").arg(address).arg(port())
                       : QStringLiteral("%1:%2").arg(address).arg(port());
    }
    bool sendTo(const QHostAddress &address, quint16 port, const QByteArray &data)
    {
        return m_socket.writeDatagram(data, address, port) == data.size();
    }
    QList<QByteArray> received() const
    {
        QList<QByteArray> payloads;
        for (const QNetworkDatagram &datagram : m_datagrams)
            payloads.append(datagram.data());
        return payloads;
    }
    QList<QNetworkDatagram> datagrams() const { return m_datagrams; }

private:
    QUdpSocket m_socket;
    QList<QNetworkDatagram> m_datagrams;
    bool m_bound = false;
};

// The messages of the log's entries of one kind, after inserting what is pending.
inline QStringList loggedMessages(LogModel *log, LogEntry::Kind kind)
{
    log->flush();
    QStringList messages;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).kind == kind)
            messages.append(log->entry(row).message);
    }
    return messages;
}

} // namespace WidgetTest
