#include "clienttab.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "sendpane.h"
#include "servertab.h"
#include "widgettesthelpers.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTest>
#include <memory>

namespace {

bool isCheckedControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget);
}

// A line edit inside a combo box or a header inside a table is part of that control, and the
// control's name is its name.
bool isPartOfControl(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        if (isCheckedControl(parent))
            return true;
    }
    return false;
}

} // namespace

// Drives the whole window offscreen: both tabs, a real connection, settings and accessibility.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hasServerAndClientTabs();
    void serverTabSendsToRealPeer();
    void settingsRoundTrip();
    void settingsFromTheFutureAreIgnored();
    void corruptSettingsAreIgnored();
    void everyControlHasAnAccessibleName();

private:
    void switchToTab(int index);

    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    WidgetTest::showAndActivate(m_window.get());
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

// Clicks a tab in the tab bar.
void tst_MainWindow::switchToTab(int index)
{
    QTabBar *bar = m_window->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(m_window->tabs()->currentIndex(), index);
    QTRY_VERIFY(m_window->tabs()->widget(index)->isVisible());
}

void tst_MainWindow::hasServerAndClientTabs()
{
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("TCP Server"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("TCP Client"));
    FIND_NAMED(QWidget, serverPage, m_window.get(), "TCP Server");
    FIND_NAMED(QWidget, clientPage, m_window.get(), "TCP Client");
    QCOMPARE(serverPage, tabs->widget(0));
    QCOMPARE(clientPage, tabs->widget(1));
    QCOMPARE(tabs->currentIndex(), 0);

    RUN_STEP(switchToTab(1));
    QVERIFY(clientPage->isVisible());
    QVERIFY(!serverPage->isVisible());
    RUN_STEP(switchToTab(0));
}

void tst_MainWindow::serverTabSendsToRealPeer()
{
    FIND_NAMED(QWidget, page, m_window.get(), "TCP Server");
    FIND_NAMED(QComboBox, address, page, "Address");
    FIND_NAMED(QLineEdit, portField, page, "Port");
    FIND_NAMED(QPushButton, listen, page, "Listen");
    FIND_NAMED(QPlainTextEdit, editor, page, "Payload");
    FIND_NAMED(QPushButton, send, page, "Send");

    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(listen));
    QCOMPARE(listen->text(), QStringLiteral("Stop"));
    const quint16 port = portField->text().toUShort();
    QVERIFY(port != 0);

    QTcpSocket peer;
    QByteArray received;
    connect(&peer, &QTcpSocket::readyRead, this, [&] { received += peer.readAll(); });
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    const QString label = QStringLiteral("127.0.0.1:%1").arg(peer.localPort());
    QTRY_VERIFY(send->isEnabled());

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("hello from the window")));
    RUN_STEP(WidgetTest::click(send));
    QTRY_COMPARE(received, QByteArray("hello from the window"));

    // Ctrl+Enter in the payload sends too.
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("+more")));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(received, QByteArray("hello from the window+more"));

    LogModel *log = m_window->serverTab()->logModel();
    log->flush();
    QList<LogEntry::Kind> kinds;
    QByteArray sent;
    for (int row = 0; row < log->rowCount(); ++row) {
        const LogEntry &entry = log->entry(row);
        if (kinds.isEmpty() || kinds.last() != entry.kind)
            kinds.append(entry.kind);
        if (entry.kind == LogEntry::Kind::Sent) {
            QCOMPARE(entry.peer, label);
            sent += entry.data;
        }
    }
    const QList<LogEntry::Kind> expected{LogEntry::Kind::Listening, LogEntry::Kind::Connected,
                                         LogEntry::Kind::Sent};
    QCOMPARE(kinds, expected);
    QCOMPARE(sent, QByteArray("hello from the window+more"));
    QCOMPARE(log->txBytes(), sent.size());
    QCOMPARE(m_window->serverTab()->logModel(), log);
    QCOMPARE(m_window->clientTab()->logModel()->rowCount(), 0);
}

void tst_MainWindow::settingsRoundTrip()
{
    RUN_STEP(switchToTab(1));
    FIND_NAMED(QWidget, client, m_window.get(), "TCP Client");
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QLineEdit, port, client, "Port");
    FIND_NAMED(QComboBox, encoding, client, "Encoding");
    FIND_NAMED(QCheckBox, hex, client, "Hex");
    FIND_NAMED(QCheckBox, hexDisplay, client, "Hex display");
    FIND_NAMED(QPlainTextEdit, editor, client, "Payload");
    RUN_STEP(WidgetTest::replaceText(host, QStringLiteral("192.0.2.7")));
    RUN_STEP(WidgetTest::replaceText(port, QStringLiteral("4321")));
    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("GBK")));
    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("DE AD")));
    RUN_STEP(WidgetTest::click(hexDisplay));
    FIND_NAMED(QWidget, server, m_window.get(), "TCP Server");
    FIND_NAMED(QLineEdit, serverPort, server, "Port");
    RUN_STEP(WidgetTest::replaceText(serverPort, QStringLiteral("9099")));
    {
        QSettings settings;
        m_window->saveSettings(settings);
    }

    MainWindow restored;
    {
        QSettings settings;
        restored.restoreSettings(settings);
    }
    QCOMPARE(restored.tabs()->currentIndex(), 1);
    FIND_NAMED(QWidget, client2, &restored, "TCP Client");
    FIND_NAMED(QLineEdit, host2, client2, "Host");
    FIND_NAMED(QLineEdit, port2, client2, "Port");
    FIND_NAMED(QComboBox, encoding2, client2, "Encoding");
    FIND_NAMED(QCheckBox, hex2, client2, "Hex");
    FIND_NAMED(QCheckBox, hexDisplay2, client2, "Hex display");
    FIND_NAMED(QPlainTextEdit, editor2, client2, "Payload");
    QCOMPARE(host2->text(), QStringLiteral("192.0.2.7"));
    QCOMPARE(port2->text(), QStringLiteral("4321"));
    QCOMPARE(encoding2->currentText(), QStringLiteral("GBK"));
    QCOMPARE(restored.clientTab()->logModel()->encoding(), QStringLiteral("GBK"));
    QVERIFY(hex2->isChecked());
    QCOMPARE(editor2->toPlainText(), QStringLiteral("DE AD"));
    QCOMPARE(restored.clientTab()->sendPane()->payload().bytes, QByteArray("\xDE\xAD"));
    QVERIFY(hexDisplay2->isChecked());
    QVERIFY(restored.clientTab()->logModel()->hexMode());
    FIND_NAMED(QWidget, server2, &restored, "TCP Server");
    FIND_NAMED(QLineEdit, serverPort2, server2, "Port");
    FIND_NAMED(QComboBox, serverEncoding2, server2, "Encoding");
    QCOMPARE(serverPort2->text(), QStringLiteral("9099"));
    QCOMPARE(serverEncoding2->currentText(), QStringLiteral("UTF-8")); // per tab
}

void tst_MainWindow::settingsFromTheFutureAreIgnored()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("version"), 99);
        settings.setValue(QStringLiteral("currentTab"), 1);
        settings.setValue(QStringLiteral("client/host"), QStringLiteral("10.9.9.9"));
        settings.setValue(QStringLiteral("client/port"), QStringLiteral("9999"));
        settings.setValue(QStringLiteral("client/send/encoding"), QStringLiteral("GBK"));
        settings.setValue(QStringLiteral("client/send/hex"), true);
        settings.setValue(QStringLiteral("server/port"), QStringLiteral("7777"));
    }
    MainWindow window;
    {
        QSettings settings;
        window.restoreSettings(settings);
    }
    QCOMPARE(window.tabs()->currentIndex(), 0);
    FIND_NAMED(QWidget, client, &window, "TCP Client");
    FIND_NAMED(QLineEdit, host, client, "Host");
    FIND_NAMED(QLineEdit, port, client, "Port");
    FIND_NAMED(QComboBox, encoding, client, "Encoding");
    FIND_NAMED(QCheckBox, hex, client, "Hex");
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(port->text(), QStringLiteral("8080"));
    QCOMPARE(encoding->currentText(), QStringLiteral("UTF-8"));
    QVERIFY(!hex->isChecked());
    FIND_NAMED(QWidget, server, &window, "TCP Server");
    FIND_NAMED(QLineEdit, serverPort, server, "Port");
    QCOMPARE(serverPort->text(), QStringLiteral("8080"));
}

void tst_MainWindow::corruptSettingsAreIgnored()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("version"), 1);
        settings.setValue(QStringLiteral("geometry"), QByteArray("not a geometry"));
        settings.setValue(QStringLiteral("currentTab"), QStringLiteral("seven"));
        settings.setValue(QStringLiteral("client/port"), QStringLiteral("garbage"));
        settings.setValue(QStringLiteral("client/send/encoding"), QStringLiteral("NOPE"));
        settings.setValue(QStringLiteral("client/send/lineEnding"), 42);
        settings.setValue(QStringLiteral("client/send/history"), 17);
        settings.setValue(QStringLiteral("client/send/historyModes"), QStringLiteral("x"));
        settings.setValue(QStringLiteral("server/port"), QStringLiteral("99999"));
        settings.setValue(QStringLiteral("server/send/encoding"), QString());
        settings.setValue(QStringLiteral("server/send/lineEnding"), -3);
    }
    MainWindow window;
    {
        QSettings settings;
        window.restoreSettings(settings);
    }
    QCOMPARE(window.tabs()->currentIndex(), 0);
    FIND_NAMED(QWidget, client, &window, "TCP Client");
    FIND_NAMED(QLineEdit, port, client, "Port");
    FIND_NAMED(QComboBox, encoding, client, "Encoding");
    FIND_NAMED(QComboBox, lineEnding, client, "Line ending");
    QCOMPARE(port->text(), QStringLiteral("8080"));
    QCOMPARE(encoding->currentText(), QStringLiteral("UTF-8"));
    QCOMPARE(window.clientTab()->logModel()->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(lineEnding->currentIndex(), 0);
    FIND_NAMED(QWidget, server, &window, "TCP Server");
    FIND_NAMED(QLineEdit, serverPort, server, "Port");
    FIND_NAMED(QComboBox, serverEncoding, server, "Encoding");
    FIND_NAMED(QComboBox, serverLineEnding, server, "Line ending");
    QCOMPARE(serverPort->text(), QStringLiteral("8080"));
    QCOMPARE(serverEncoding->currentText(), QStringLiteral("UTF-8"));
    QCOMPARE(serverLineEnding->currentIndex(), 0);
    QVERIFY(window.clientTab()->sendPane()->payload().ok());
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    int checked = 0;
    for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
        RUN_STEP(switchToTab(tab));
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisible() || !isCheckedControl(widget) ||
                isPartOfControl(widget, m_window.get()))
                continue;
            ++checked;
            const QString what =
                    QStringLiteral("%1 \"%2\" (%3)")
                            .arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->accessibleName(), widget->objectName());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
                QString text = button->text();
                text.remove(u'&');
                QVERIFY2(widget->accessibleName() == text, qPrintable(what));
            }
        }
    }
    // Both tabs together have well over twenty controls; this is no empty pass.
    QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
