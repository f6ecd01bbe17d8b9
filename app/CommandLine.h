#pragma once

#include <QCommandLineParser>
#include <QStringList>

// The parsed command line of one run: the command and the options every command shares.
struct CommandLine
{
    QString command;       // "" for the desktop application
    QStringList arguments; // positional arguments after the command
    QString storePath;
    QString actorName;
    QString actorRole;
    QString format;
    bool formatGiven = false;
    QString pageSize; // report: A4 (default) or Letter
    QString output;
    QString note;
    bool noteGiven = false;
    QString servicesPath; // "" for the embedded catalogue
    QString since;        // collect: --since ISO-TIME, "" when not given
    QString until;        // collect: --until ISO-TIME, "" when not given
    bool json = false;
    bool force = false;
    bool smoke = false;
    bool program = false;    // the actor is a program (a CI job), not a person
    QString copyFrom;        // copy: --from
    QString copyTo;          // copy: --to
    bool listOnly = false;   // sync: --list
    QStringList expectHeads; // verify: --expect-head SEQ:HASH, each given
    QString anchorsPath;     // verify: --anchors FILE, "" when not given
};

namespace CommandLineSpec {

// The commands that run without a window.
QStringList cliCommands();

// Whether argv asks for no window at all (a command, --help or --version), decided before
// any QApplication exists so that a headless machine never needs a display for the CLI.
bool wantsHeadless(int argc, char **argv);

// The Qt platform a headless run uses: offscreen (with fonts) for the report, which lays out
// text; minimal otherwise.
QByteArray headlessPlatform(int argc, char **argv);

// Sets up parser with every option; process() must already have run on it for values.
void addOptions(QCommandLineParser &parser);
CommandLine read(const QCommandLineParser &parser);

} // namespace CommandLineSpec
