#include "app/CommandLine.h"

#include "models/session/OperatorProfile.h"

#include <QCoreApplication>
#include <cstring>

namespace CommandLineSpec {

namespace {
// Options that take a value, so the headless check can skip it.
const char *const kValueOptions[] = {"--db",   "--as",       "--role",        "--format", "--note",      "--output",
                                     "-o",     "--services", "--since",       "--until",  "--page-size", "--out",
                                     "--from", "--to",       "--expect-head", "--anchors"};

bool takesValue(const char *arg)
{
    for (const char *option : kValueOptions) {
        if (!std::strcmp(arg, option))
            return true;
    }
    return false;
}

// The first word that is not an option or an option's value: the command, or nullptr.
const char *commandWord(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (takesValue(argv[i]))
            ++i;
        else if (argv[i][0] != '-')
            return argv[i];
    }
    return nullptr;
}
} // namespace

QStringList cliCommands()
{
    return {QStringLiteral("import"), QStringLiteral("export"),  QStringLiteral("tick"),   QStringLiteral("untick"),
            QStringLiteral("set"),    QStringLiteral("verify"),  QStringLiteral("check"),  QStringLiteral("monitor"),
            QStringLiteral("t0"),     QStringLiteral("collect"), QStringLiteral("report"), QStringLiteral("sync"),
            QStringLiteral("copy")};
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "--version")
            || !std::strcmp(arg, "-v") || !std::strcmp(arg, "--help-all"))
            return true;
    }
    // Any positional word is a command; unknown ones get a usage error.
    return commandWord(argc, argv) != nullptr;
}

QByteArray headlessPlatform(int argc, char **argv)
{
    const char *command = commandWord(argc, argv);
    return command && !std::strcmp(command, "report") ? QByteArrayLiteral("offscreen") : QByteArrayLiteral("minimal");
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "golive",
        "Go-Live Control: the go-live checklist with a tamper-evident audit trail.\n\n"
        "Without a command, the desktop application starts. Commands:\n"
        "  import FILE.md        load a checklist template (unchanged items keep their state)\n"
        "  export                print the checklist with its state (--format markdown|json), or\n"
        "                        the whole audit trail as JSON Lines (--format trail)\n"
        "  tick ITEM             tick an item (id or unique text), optionally with --note\n"
        "  untick ITEM           untick an item\n"
        "  set ITEM FIELD VALUE  fill a blank of an item (FIELD: key such as f0, or its label;\n"
        "                        VALUE as the window takes it: \"2.5\" or the desk's \"2,5\", \"120 ms\")\n"
        "  verify                check the audit trail and print its head (SEQ:HASH); exit 3 and the\n"
        "                        first bad event if broken, or if a head kept outside the record\n"
        "                        (--expect-head SEQ:HASH, --anchors FILE) is no longer in it\n"
        "  check                 probe every service once (--services FILE, --json); exit 0 all UP,\n"
        "                        1 something DEGRADED, 2 something DOWN, 64 bad configuration\n"
        "  monitor               probe the services, keep their history and record confirmed outages\n"
        "                        until stopped (SIGTERM or Ctrl+C); no window needed\n"
        "  t0                    show T0; t0 plan TIME / t0 record [TIME|now] set it (ISO 8601)\n"
        "  collect               read the figures of every configured collector (n8n, FreeScout,\n"
        "                        bConnect, PostgreSQL, Milvus) for --since/--until (default: the last\n"
        "                        hour; --services FILE, --json); exit 0 all collected, 1 some failed,\n"
        "                        64 bad configuration\n"
        "  report --out FILE     the T+7 report as PDF (--page-size A4|Letter) or HTML (--format html):\n"
        "                        summary, Day 7 statistics, criteria, hourly reports, incidents, uptime\n"
        "                        and latency charts, completion, audit trail, signatures\n"
        "  sync                  a team record (--db postgresql://…): show the changes this desk made\n"
        "                        offline and share them in order (--list: only show)\n"
        "  copy --from A --to B  copy a whole record, chain intact, between a store file and a team\n"
        "                        record (postgresql://user@host:port/dbname); B must be empty\n\n"
        "Exit codes: 0 done, 1 error, 2 usage error, 3 audit trail broken."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("golive", "import, export, tick, untick, set, verify, …"),
                                 QStringLiteral("[command]"));
    parser.addPositionalArgument(QStringLiteral("args"),
                                 QCoreApplication::translate("golive", "the command's arguments"),
                                 QStringLiteral("[args...]"));
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("golive",
                                     "The store file (default: %1), or a team record on PostgreSQL: "
                                     "postgresql://user@host:port/dbname[?sslmode=verify-full&keychain=NAME]. The "
                                     "password comes from PGPASSWORD, ~/.pgpass or the keychain, never from here.")
             .arg(OperatorProfile::defaultStorePath()),
         QCoreApplication::translate("golive", "PATH|URL")},
        {QStringLiteral("from"), QCoreApplication::translate("golive", "copy: the record to copy."),
         QCoreApplication::translate("golive", "PATH|URL")},
        {QStringLiteral("to"), QCoreApplication::translate("golive", "copy: where to (empty or new)."),
         QCoreApplication::translate("golive", "PATH|URL")},
        {QStringLiteral("list"), QCoreApplication::translate("golive", "sync: only show what waits.")},
        {QStringLiteral("expect-head"),
         QCoreApplication::translate("golive",
                                     "verify: the record must still hold this head (SEQ:HASH, as verify prints it); "
                                     "may be given more than once."),
         QCoreApplication::translate("golive", "SEQ:HASH")},
        {QStringLiteral("anchors"),
         QCoreApplication::translate("golive",
                                     "verify: a file of heads the record must still hold, one SEQ:HASH a "
                                     "line, # for comments."),
         QCoreApplication::translate("golive", "FILE")},
        {QStringLiteral("as"), QCoreApplication::translate("golive", "The operator's name recorded with each change."),
         QCoreApplication::translate("golive", "NAME")},
        {QStringLiteral("role"),
         QCoreApplication::translate("golive", "The operator's launch role, e.g. \"Platform Lead\"."),
         QCoreApplication::translate("golive", "ROLE")},
        {QStringLiteral("format"),
         QCoreApplication::translate("golive",
                                     "export: markdown (default), json or trail; report: pdf (default) or html."),
         QCoreApplication::translate("golive", "FORMAT"), QStringLiteral("markdown")},
        {{QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("out")},
         QCoreApplication::translate("golive",
                                     "export: write to FILE instead of standard output; report: the file to write."),
         QCoreApplication::translate("golive", "FILE")},
        {QStringLiteral("page-size"), QCoreApplication::translate("golive", "report: A4 (default) or Letter."),
         QCoreApplication::translate("golive", "SIZE"), QStringLiteral("A4")},
        {QStringLiteral("note"),
         QCoreApplication::translate("golive", "tick/untick: also record this note on the item."),
         QCoreApplication::translate("golive", "TEXT")},
        {QStringLiteral("force"),
         QCoreApplication::translate("golive", "import: go ahead even if ticked items leave the checklist.")},
        {QStringLiteral("services"),
         QCoreApplication::translate("golive", "The service catalogue (JSON) instead of the embedded one."),
         QCoreApplication::translate("golive", "FILE")},
        {QStringLiteral("json"), QCoreApplication::translate("golive", "check, collect: print the results as JSON.")},
        {QStringLiteral("since"),
         QCoreApplication::translate(
             "golive", "collect: start of the window, ISO 8601 (without an offset: local time; default until - 1 h)."),
         QCoreApplication::translate("golive", "ISO-TIME")},
        {QStringLiteral("until"),
         QCoreApplication::translate("golive", "collect: end of the window, ISO 8601 (default: now)."),
         QCoreApplication::translate("golive", "ISO-TIME")},
        {QStringLiteral("program"),
         QCoreApplication::translate("golive",
                                     "Record the change as made by a program (e.g. a CI job named by --as).")},
        {QStringLiteral("smoke"),
         QCoreApplication::translate("golive",
                                     "Start the full application, quit with 0 after the window has painted once.")},
    });
}

CommandLine read(const QCommandLineParser &parser)
{
    CommandLine c;
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        c.command = positional.takeFirst();
    c.arguments = positional;
    c.storePath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : OperatorProfile::defaultStorePath();
    c.actorName = parser.value(QStringLiteral("as"));
    c.actorRole = parser.value(QStringLiteral("role"));
    c.format = parser.value(QStringLiteral("format")).toLower();
    c.formatGiven = parser.isSet(QStringLiteral("format"));
    c.pageSize = parser.value(QStringLiteral("page-size"));
    c.output = parser.value(QStringLiteral("output"));
    c.noteGiven = parser.isSet(QStringLiteral("note"));
    c.note = parser.value(QStringLiteral("note"));
    c.force = parser.isSet(QStringLiteral("force"));
    c.servicesPath = parser.value(QStringLiteral("services"));
    c.json = parser.isSet(QStringLiteral("json"));
    c.since = parser.value(QStringLiteral("since"));
    c.until = parser.value(QStringLiteral("until"));
    c.smoke = parser.isSet(QStringLiteral("smoke"));
    c.program = parser.isSet(QStringLiteral("program"));
    c.copyFrom = parser.value(QStringLiteral("from"));
    c.copyTo = parser.value(QStringLiteral("to"));
    c.listOnly = parser.isSet(QStringLiteral("list"));
    c.expectHeads = parser.values(QStringLiteral("expect-head"));
    c.anchorsPath = parser.value(QStringLiteral("anchors"));
    return c;
}

} // namespace CommandLineSpec
