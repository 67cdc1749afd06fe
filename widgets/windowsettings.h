#pragma once

#include <QCoreApplication>
#include <QString>

class MainWindow;
class QSettings;

// How the window and its sessions are kept in QSettings: a version, the geometry, the current
// tab, and an array of sessions, each its kind, its name and its tab's own values. Reads the
// first release's two-tab layout too. What cannot be read is said, never guessed at.
class WindowSettings
{
    Q_DECLARE_TR_FUNCTIONS(WindowSettings)

public:
    static constexpr int kVersion = 2;

    struct Restored
    {
        // Said once to the user when the settings could not be used; empty when all was well.
        QString problem;
        // Written by a newer version: they are left as they are, not overwritten on quit.
        bool keepAsTheyAre = false;
    };

    // Only what this version knows: nothing unknown or unreadable is written back.
    static void save(const MainWindow &window, QSettings &settings);
    static Restored restore(MainWindow &window, QSettings &settings);

private:
    static bool restoreSessions(MainWindow &window, QSettings &settings);
    static void restoreFirstRelease(MainWindow &window, QSettings &settings);
    static void restoreGeometry(MainWindow &window, QSettings &settings);
};
