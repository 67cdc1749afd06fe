#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "systemlimits.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <cstdio>

// The --lang value, read before the full parser exists so that its help text can be translated.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

int main(int argc, char *argv[])
{
    // Each peer of the server holds a file descriptor; the default soft limit (often 1024)
    // would cap a server far below what the system allows. And the event loop must stay cheap
    // with thousands of sockets.
    SystemLimits::prepareForManyConnections();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetDebug"));
    QApplication::setApplicationName(QStringLiteral("NetDebug"));
    QApplication::setApplicationVersion(QStringLiteral(NETDEBUG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netdebug-256.png")));

    const QString lang = requestedLanguage(QApplication::arguments());
    if (!lang.isNull() && lang != u"zh_CN" && lang != u"en") {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "netdebug: unknown language "
                                                                "\"%1\"; use zh_CN or en.")
                                        .arg(lang)));
        return 2;
    }
    const QLocale locale = lang.isNull() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    Translations::install(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "NetDebug, a network debugging assistant."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "User interface language: zh_CN or en "
                                                      "(default: the system's)."),
                      QApplication::translate("main", "language")});
    parser.process(app);

    MainWindow window;
    QSettings settings;
    window.restoreSettings(settings);
    if (qEnvironmentVariableIsSet("NETDEBUG_BENCH_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    return QApplication::exec();
}
