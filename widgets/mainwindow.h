#pragma once

#include <QMainWindow>

class ClientTab;
class QSettings;
class QTabWidget;
class ServerTab;

// The application window: a TCP Server tab and a TCP Client tab, menus and a status bar.
// It restores the last used addresses, ports, modes and geometry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    ServerTab *serverTab() const { return m_server; }
    ClientTab *clientTab() const { return m_client; }
    QTabWidget *tabs() const { return m_tabs; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showStatus(const QString &message);
    void saveCurrentLog();
    void showAbout();

    QTabWidget *m_tabs = nullptr;
    ServerTab *m_server = nullptr;
    ClientTab *m_client = nullptr;
};
