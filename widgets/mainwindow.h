#pragma once

#include "session.h"

#include <QMainWindow>

class ClientTab;
class CommandsPanel;
class QDockWidget;
class QSettings;
class QStackedWidget;
class QTabWidget;
class ServerTab;
class SessionTab;
class StatusLabel;
class UdpTab;

// The application window: any number of session tabs (TCP servers, TCP clients, UDP sockets),
// the Commands panel they share, menus, and a status bar that shows the current session's status.
// The tabs, their names and every setting come back on the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    int sessionCount() const;
    SessionTab *sessionAt(int index) const;
    SessionTab *currentSession() const;
    QString sessionName(int index) const;
    CommandsPanel *commandsPanel() const { return m_commands; }
    QDockWidget *commandsDock() const { return m_commandsDock; }
    // The first tab of each kind, or nullptr.
    ServerTab *serverTab() const;
    ClientTab *clientTab() const;
    UdpTab *udpTab() const;

    // A new tab of the kind, titled by its kind and numbered from the second on unless a name is
    // given; it becomes the current tab.
    SessionTab *addSession(Session::Kind kind, const QString &name = {});
    // With ask, first asks whether to end the tab's open connections. Returns whether it closed.
    bool closeSession(int index, bool ask = true);
    void renameSession(int index, const QString &name);
    // Asks for a new name for the tab.
    void askToRenameSession(int index);
    // Closes every tab, then opens the first start's: a TCP Server, a TCP Client and a UDP tab.
    void resetSessions();
    // Closes every tab at once, without asking.
    void closeAllSessions();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildCommandsDock();
    void handleCurrentChanged();
    SessionTab *createTab(Session::Kind kind);
    QString uniqueName(Session::Kind kind) const;
    void showCurrentStatus();
    void updateTabState(SessionTab *tab);
    void updatePlaceholder();
    void saveCurrentLog();
    void showAbout();
    void tellSettingsUnreadable(const QString &why);

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    StatusLabel *m_status = nullptr;
    CommandsPanel *m_commands = nullptr;
    QDockWidget *m_commandsDock = nullptr;
    // The settings came from a newer version: they are not overwritten on quit.
    bool m_keepSettings = false;
};
