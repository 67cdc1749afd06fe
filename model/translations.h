#pragma once

class QCoreApplication;
class QLocale;

// Loads Qt's and NetDebug's translations for a locale. Any language NetDebug has no
// translation for gets English, whose plural forms live in a translation of their own.
namespace Translations {
void install(QCoreApplication &app, const QLocale &locale);
}
