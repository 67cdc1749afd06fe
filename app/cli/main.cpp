#include "clioptions.h"
#include "eventprinter.h"
#include "helptext.h"
#include "listencommand.h"
#include "sendcommand.h"
#include "systemlimits.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

constexpr int kExitNetworkFailure = 1;
constexpr int kExitUsage = 2;

// Runs a command object until it reports that it has finished.
template<typename Command>
void finishWithCommand(Command *command)
{
    // Queued: a command may finish before the event loop has started.
    QObject::connect(
            command, &Command::finished, QCoreApplication::instance(),
            [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    // Each client of "listen" holds a file descriptor; the default soft limit (often 1024)
    // would cap the server far below what the system allows. And the event loop must stay cheap
    // with thousands of sockets.
    SystemLimits::prepareForManyConnections();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netdebug-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETDEBUG_VERSION));
    Translations::install(app, QLocale::system());

    const CliRequest request = CliOptions::parse(QCoreApplication::arguments());
    switch (request.action) {
    case CliRequest::Action::Help:
        EventPrinter::writeStdout(HelpText::text().toLocal8Bit());
        return 0;
    case CliRequest::Action::Version:
        EventPrinter::writeStdout((CliOptions::versionText() + u'\n').toLocal8Bit());
        return 0;
    case CliRequest::Action::UsageError: EventPrinter::printError(request.error); return kExitUsage;
    case CliRequest::Action::Listen:
    case CliRequest::Action::Send: break;
    }

    const bool listen = request.action == CliRequest::Action::Listen;
    EventPrinter printer(listen ? request.listen.output : request.send.output);
    if (const QString problem = printer.openOutput(); !problem.isEmpty()) {
        EventPrinter::printError(problem);
        return kExitUsage;
    }

    if (listen) {
        ListenCommand command(request.listen, &printer);
        finishWithCommand(&command);
        if (!command.start())
            return kExitNetworkFailure;
        return QCoreApplication::exec();
    }
    SendCommand command(request.send, &printer);
    finishWithCommand(&command);
    command.start();
    return QCoreApplication::exec();
}
