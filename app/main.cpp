// Go-Live Control: one executable for the desktop application and its command line.
#include "app/CliCommands.h"
#include "app/CommandLine.h"
#include "app/GuiApplication.h"
#include "ui/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    // The command line never needs a display: it runs on Qt's minimal platform (offscreen, which
    // has fonts, for the report), and on Qt's own
    // event loop rather than GLib's, which makes a system call for every event posted to another
    // thread (`golive check` posts tens of thousands between its network threads).
    const bool headless = CommandLineSpec::wantsHeadless(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", CommandLineSpec::headlessPlatform(argc, argv));
    if (headless && qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    std::unique_ptr<QGuiApplication> app(headless ? new QGuiApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("GoLiveControl"));
    QCoreApplication::setApplicationName(QStringLiteral("golive"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOLIVE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Go-Live Control"));

    // The operator's language where a translation exists; English otherwise. The window follows
    // the choice made in View → Language; the command line follows the locale (LANG, LANGUAGE).
    Language::install(app.get(), headless ? QString() : Language::chosen());

    QCommandLineParser parser;
    CommandLineSpec::addOptions(parser);
    parser.process(*app);
    const CommandLine commandLine = CommandLineSpec::read(parser);
    if (!commandLine.command.isEmpty())
        return runCliCommand(commandLine);
    if (headless)
        return 0;
    return runGui(commandLine);
}
