#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace {

// Installs Qt's and NetDebug's translations for the locale; English needs none.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("netdebug"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetDebug"));
    QApplication::setApplicationName(QStringLiteral("NetDebug"));
    QApplication::setApplicationVersion(QStringLiteral(NETDEBUG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netdebug-256.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NetDebug, a network debugging assistant"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language: zh_CN or en "
                                                       "(default: the system's)."),
                                        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.process(app);

    QLocale locale = QLocale::system();
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (lang != u"zh_CN" && lang != u"en") {
            std::fprintf(stderr, "netdebug: unknown language \"%s\"; use zh_CN or en\n",
                         qPrintable(lang));
            return 2;
        }
        locale = QLocale(lang);
    }
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    MainWindow window;
    QSettings settings;
    window.restoreSettings(settings);
    window.show();
    return QApplication::exec();
}
