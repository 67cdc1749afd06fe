#pragma once

#include <QSettings>
#include <QString>
#include <optional>

// Reading back what the tabs saved, strictly: a file edited by hand or written by something else
// may hold anything, and anything unexpected means the default.
namespace SettingsValues {

// true or false as this version writes them ("true", "false"; 1 and 0 too); otherwise fallback.
inline bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QString text = settings.value(key).toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return fallback;
}

// A whole number from minimum to maximum; nothing for anything else (text, a number out of range).
inline std::optional<int> readInt(const QSettings &settings, const QString &key, int minimum,
                                  int maximum)
{
    bool ok = false;
    const int value = settings.value(key).toString().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace SettingsValues
