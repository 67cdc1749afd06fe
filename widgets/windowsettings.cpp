#include "windowsettings.h"

#include "clienttab.h"
#include "mainwindow.h"
#include "servertab.h"

#include <QScreen>
#include <QSettings>
#include <QTabWidget>

namespace {
constexpr int kFirstReleaseVersion = 1;
const QString kSessionsKey = QStringLiteral("sessions");
const QString kVersionKey = QStringLiteral("version");
} // namespace

void WindowSettings::save(const MainWindow &window, QSettings &settings)
{
    settings.clear();
    settings.setValue(kVersionKey, kVersion);
    settings.setValue(QStringLiteral("geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("currentSession"), window.tabs()->currentIndex());
    settings.beginWriteArray(kSessionsKey, window.sessionCount());
    for (int i = 0; i < window.sessionCount(); ++i) {
        settings.setArrayIndex(i);
        const SessionTab *tab = window.sessionAt(i);
        settings.setValue(QStringLiteral("kind"), Session::kindKey(tab->kind()));
        settings.setValue(QStringLiteral("name"), window.sessionName(i));
        tab->saveSettings(settings);
    }
    settings.endArray();
}

WindowSettings::Restored WindowSettings::restore(MainWindow &window, QSettings &settings)
{
    Restored restored;
    if (settings.status() == QSettings::FormatError) {
        restored.problem = tr("The settings file %1 could not be read; NetDebug starts with its "
                              "defaults and will write a new one.")
                                   .arg(settings.fileName());
        return restored;
    }
    if (settings.allKeys().isEmpty())
        return restored;
    bool ok = false;
    const int version = settings.value(kVersionKey).toInt(&ok);
    if (ok && version > kVersion) {
        // They may mean something else to this version: defaults, and the file is left alone.
        restored.keepAsTheyAre = true;
        restored.problem = tr("The settings were written by a newer version of NetDebug: this one "
                              "starts with its defaults, and leaves them as they are.");
        return restored;
    }
    if (!ok) {
        restored.problem = tr("The settings could not be read (no version); NetDebug starts with "
                              "its defaults.");
        return restored;
    }
    restoreGeometry(window, settings);
    if (version == kFirstReleaseVersion)
        restoreFirstRelease(window, settings);
    else if (!restoreSessions(window, settings))
        restored.problem = tr("The saved sessions could not be read; NetDebug starts with its "
                              "default sessions.");
    return restored;
}

bool WindowSettings::restoreSessions(MainWindow &window, QSettings &settings)
{
    // No array at all is not an empty window that was saved: the file was cut or edited.
    if (!settings.contains(kSessionsKey + QStringLiteral("/size")))
        return false;
    const int count = settings.beginReadArray(kSessionsKey);
    QList<std::pair<Session::Kind, int>> known;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        if (const auto kind =
                    Session::kindFromKey(settings.value(QStringLiteral("kind")).toString()))
            known.append({*kind, i});
    }
    if (known.isEmpty() && count > 0) {
        settings.endArray();
        return false;
    }
    window.closeAllSessions();
    for (const auto &[kind, index] : std::as_const(known)) {
        settings.setArrayIndex(index);
        SessionTab *tab =
                window.addSession(kind, settings.value(QStringLiteral("name")).toString());
        tab->restoreSettings(settings);
    }
    settings.endArray();
    const int current = settings.value(QStringLiteral("currentSession"), 0).toInt();
    window.tabs()->setCurrentIndex(current >= 0 && current < window.sessionCount() ? current : 0);
    return true;
}

void WindowSettings::restoreFirstRelease(MainWindow &window, QSettings &settings)
{
    // The two-tab layout of the first release: its server and client, then the new UDP tab.
    ServerTab *server = window.serverTab();
    ClientTab *client = window.clientTab();
    settings.beginGroup(QStringLiteral("server"));
    server->restoreSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("client"));
    client->restoreSettings(settings);
    settings.endGroup();
    const int tab = settings.value(QStringLiteral("currentTab"), 0).toInt();
    QTabWidget *tabs = window.tabs();
    tabs->setCurrentIndex(tab == 1 ? tabs->indexOf(client) : tabs->indexOf(server));
}

void WindowSettings::restoreGeometry(MainWindow &window, QSettings &settings)
{
    const QRect defaultGeometry = window.geometry();
    if (!window.restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        return;
    // Qt takes a geometry saved on a screen as wide as this one even when the window would be far
    // larger than the screen, or off it; such a window is out of reach.
    const QRect available = window.screen()->availableVirtualGeometry();
    if (window.width() > available.width() || window.height() > available.height() ||
        !available.intersects(window.geometry())) {
        window.setWindowState(Qt::WindowNoState);
        window.setGeometry(defaultGeometry);
    }
}
