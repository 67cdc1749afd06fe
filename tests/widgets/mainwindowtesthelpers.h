#pragma once

#include "mainwindow.h"
#include "sessiontab.h"
#include "widgettesthelpers.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QString>
#include <QTest>
#include <memory>

// What the suites that drive the whole window share (tst_mainwindow, tst_windowsettings): a new
// window for each test, its menus, found by the text a user reads, and a server tab made to
// listen.
namespace MainWindowTest {

// A new window, shown and active, on settings that start empty: for a suite's init().
inline void openWindow(std::unique_ptr<MainWindow> &window)
{
    QSettings().clear();
    window = std::make_unique<MainWindow>();
    WidgetTest::showAndActivate(window.get());
}

// Closes the window without leaving its settings to the next test: for a suite's cleanup().
inline void closeWindow(std::unique_ptr<MainWindow> &window)
{
    window.reset();
    QSettings().clear();
}

inline QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

// The action of a menu of the menu bar, found by the text a user reads.
inline QAction *menuAction(QMainWindow *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu() || withoutMnemonic(top->text()) != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (withoutMnemonic(action->text()) == text)
                return action;
        }
    }
    return nullptr;
}

// Chooses a menu item, as a click on it does.
inline void trigger(QMainWindow *window, const QString &menu, const QString &text)
{
    QAction *action = menuAction(window, menu, text);
    QVERIFY2(action, qPrintable(QStringLiteral("%1 ▸ %2").arg(menu, text)));
    QVERIFY(action->isEnabled());
    action->trigger();
}

// Types an address and port 0 into a server tab and clicks Listen.
inline void listen(SessionTab *tab, const QString &address, quint16 *port)
{
    QVERIFY(tab);
    FIND_NAMED(QComboBox, addressField, tab, "Address");
    FIND_NAMED(QLineEdit, portField, tab, "Port");
    FIND_NAMED(QPushButton, button, tab, "Listen");
    RUN_STEP(WidgetTest::replaceText(addressField->lineEdit(), address));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    *port = portField->text().toUShort();
    QVERIFY(*port != 0);
}

} // namespace MainWindowTest
