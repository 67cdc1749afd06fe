#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    const QString directory = QStringLiteral(":/i18n");
    if (appTranslator->load(locale, QStringLiteral("netdebug"), QStringLiteral("_"), directory) ||
        appTranslator->load(QStringLiteral("netdebug_en"), directory))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace Translations
