#include "CliCommands.h"

#include "CheckCommand.h"
#include "CollectCommand.h"
#include "CommandLine.h"
#include "MonitorCommand.h"
#include "ReportCommand.h"
#include "TeamCommands.h"
#include "checklist/ChecklistExport.h"
#include "record/DiskSpace.h"
#include "record/TrailExport.h"
#include "session/ChecklistSession.h"
#include "session/OperatorProfile.h"
#include "signoff/SignOffRecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

enum ExitCode {
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Broken = 3
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString carriedOver()
{
    return QCoreApplication::translate("CliCommands", "  (state carried over)");
}

int fail(const QString &message, int code = Failed)
{
    err() << "golive: " << message << Qt::endl;
    return code;
}

Actor actorFor(const CommandLine &c)
{
    const Actor remembered = OperatorProfile::load();
    Actor actor;
    actor.kind = c.program ? Actor::Kind::Program : Actor::Kind::Person;
    actor.name = !c.actorName.isEmpty() ? c.actorName
        : !remembered.name.isEmpty()    ? remembered.name
                                        : OperatorProfile::systemUserName();
    actor.role = !c.actorRole.isEmpty() ? c.actorRole : actor.name == remembered.name ? remembered.role : QString();
    return actor;
}

enum class Access {
    Write, // may create the store and give it the default checklist
    Read   // never creates, migrates or changes anything
};

Result<std::unique_ptr<ChecklistSession>> openSession(const CommandLine &c, Access access, bool importDefault = true)
{
    ChecklistSession::OpenOptions options;
    options.importDefault = importDefault;
    options.readOnly = access == Access::Read;
    return ChecklistSession::open(c.storePath, actorFor(c), options);
}

int runImport(const CommandLine &c)
{
    if (c.arguments.size() != 1)
        return fail(QCoreApplication::translate("CliCommands", "import takes one Markdown file: golive import FILE.md"),
                    Usage);
    const auto loaded = TemplateFile::load(c.arguments.first());
    if (!loaded)
        return fail(loaded.error().message);
    const TemplateFile &file = loaded.value();
    auto opened = openSession(c, Access::Write, false);
    if (!opened)
        return fail(opened.error().message);
    ChecklistSession *session = opened.value().get();
    const ImportPlan plan = session->planImport(file);
    if (plan.sameTemplate) {
        out() << QCoreApplication::translate("CliCommands", "%1 is already the checklist in use; nothing changed.")
                     .arg(file.name)
              << Qt::endl;
        return Ok;
    }
    if (const Status s = session->applyImport(plan, c.force); !s)
        return fail(s.message());
    out() << QCoreApplication::translate("CliCommands", "Imported %1: %2 tasks, %3 list items (%4).")
                 .arg(file.name, QString::number(file.document->taskCount()), QString::number(file.stats.listItems),
                      plan.diff.summary())
          << Qt::endl;
    // The pairing of reworded and moved items, listed: the command line goes ahead with it.
    for (const auto &p : plan.diff.renamed) {
        if (p.sameText) {
            out() << QCoreApplication::translate("CliCommands", "  moved    %1 -> %2  \"%3\"")
                         .arg(p.oldId, p.newId, p.newTitle)
                  << (p.hadState ? carriedOver() : QString()) << Qt::endl;
            continue;
        }
        out() << QCoreApplication::translate("CliCommands", "  renamed  %1 -> %2  \"%3\" -> \"%4\" (%5 % alike)")
                     .arg(p.oldId, p.newId, p.oldTitle, p.newTitle, QString::number(qRound(p.similarity * 100)))
              << (p.hadState ? carriedOver() : QString()) << Qt::endl;
    }
    for (const auto &ch : plan.diff.removed)
        out() << QCoreApplication::translate("CliCommands", "  removed  %1  \"%2\"").arg(ch.oldId, ch.oldTitle)
              << (ch.hadState ? QCoreApplication::translate("CliCommands", "  (had state; kept in the audit trail)")
                              : QString())
              << Qt::endl;
    // A first import adds everything: listing it would bury the message.
    if (plan.diff.removed.size() + plan.diff.renamed.size() > 0 || plan.diff.added.size() <= 50) {
        for (const auto &ch : plan.diff.added)
            out() << QCoreApplication::translate("CliCommands", "  added    %1  \"%2\"").arg(ch.newId, ch.newTitle)
                  << Qt::endl;
    }
    return Ok;
}

int runExport(const CommandLine &c)
{
    if (!c.arguments.isEmpty())
        return fail(QCoreApplication::translate("CliCommands", "export takes no arguments; use --format and --output"),
                    Usage);
    const bool trail = c.format == QLatin1String("trail");
    if (c.format != QLatin1String("markdown") && c.format != QLatin1String("json") && c.format != QLatin1String("md")
        && !trail)
        return fail(
            QCoreApplication::translate("CliCommands", "unknown export format \"%1\": use markdown, json or trail")
                .arg(c.format),
            Usage);
    auto opened = openSession(c, Access::Read);
    if (!opened)
        return fail(opened.error().message);
    const ChecklistSession *session = opened.value().get();
    QByteArray bytes;
    if (trail) {
        auto written = exportTrail(session->store());
        if (!written)
            return fail(written.error().message);
        bytes = written.value();
    } else {
        const ItemStateView view = session->view();
        bytes = c.format == QLatin1String("json") ? exportJson(*session->document(), view)
                                                  : exportMarkdown(*session->document(), view).toUtf8();
    }
    if (c.output.isEmpty()) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
            return fail(QCoreApplication::translate("CliCommands", "could not write to standard output"));
        return Ok;
    }
    if (Status saved = DiskSpace::saveWhole(c.output, bytes, QCoreApplication::translate("CliCommands", "export"));
        !saved)
        return fail(saved.message());
    return Ok;
}

int runTick(const CommandLine &c, bool done)
{
    const QString verb = done ? QStringLiteral("tick") : QStringLiteral("untick");
    if (c.arguments.isEmpty())
        return fail(QCoreApplication::translate("CliCommands", "%1 needs an item: an id or a unique part of its text")
                        .arg(verb),
                    Usage);
    const QString wanted = c.arguments.join(QLatin1Char(' '));
    auto opened = openSession(c, Access::Write);
    if (!opened)
        return fail(opened.error().message);
    ChecklistSession *session = opened.value().get();
    const auto matches = session->document()->match(wanted);
    if (matches.isEmpty())
        return fail(QCoreApplication::translate("CliCommands", "no item matches \"%1\"").arg(wanted));
    if (matches.size() > 1) {
        QStringList lines;
        for (const ChecklistNode *n : matches.mid(0, 20))
            lines.append(QStringLiteral("  %1  %2").arg(n->id(), n->title()));
        if (matches.size() > 20)
            lines.append(QCoreApplication::translate("CliCommands", "  … and %1 more").arg(matches.size() - 20));
        return fail(QCoreApplication::translate("CliCommands", "\"%1\" matches %2 items; name one by its id:\n%3")
                        .arg(wanted)
                        .arg(matches.size())
                        .arg(lines.join(QLatin1Char('\n'))));
    }
    const ChecklistNode *node = matches.first();
    if (!node->isTickable())
        return fail(QCoreApplication::translate("CliCommands", "\"%1\" (%2) is a %3, not an item that can be ticked")
                        .arg(node->title(), node->id(), ChecklistNode::kindName(node->kind())));
    const bool was = session->state().isDone(node->id());
    if (const Status s = session->setDone(node->id(), done); !s)
        return fail(s.message());
    if (c.noteGiven) {
        if (const Status s = session->setNote(node->id(), c.note); !s)
            return fail(s.message());
    }
    const char *said = was == done ? (done ? QT_TRANSLATE_NOOP("CliCommands", "Already ticked: %1  %2")
                                           : QT_TRANSLATE_NOOP("CliCommands", "Already open: %1  %2"))
                                   : (done ? QT_TRANSLATE_NOOP("CliCommands", "Ticked: %1  %2")
                                           : QT_TRANSLATE_NOOP("CliCommands", "Unticked: %1  %2"));
    out() << QCoreApplication::translate("CliCommands", said).arg(node->id(), node->title()) << Qt::endl;
    return Ok;
}

int runVerify(const CommandLine &c)
{
    if (!c.arguments.isEmpty())
        return fail(QCoreApplication::translate("CliCommands", "verify takes no arguments"), Usage);
    auto opened = EventStore::open(c.storePath, EventStore::Access::ReadOnly);
    if (!opened)
        return fail(opened.error().message);
    const EventStore *store = opened.value().get();
    const VerifyResult result = store->verify();
    if (result.intact) {
        // Every signature must cover the record as it stood when it was given.
        SignOffRecord signOff;
        auto events = store->eventsOfKinds(signOff.kinds());
        if (!events)
            return fail(events.error().message);
        int signatures = 0;
        for (const AuditEvent &e : events.value()) {
            signOff.apply(e);
            signatures += e.kind == EventKind::SignatureGiven ? 1 : 0;
        }
        if (!signOff.problems().isEmpty()) {
            err() << QCoreApplication::translate("CliCommands",
                                                 "golive: the audit trail of %1 is intact, but %n signature(s) do not "
                                                 "match what they claim to cover:",
                                                 nullptr, int(signOff.problems().size()))
                         .arg(store->path())
                  << Qt::endl;
            for (const SignatureProblem &p : signOff.problems())
                err() << "  " << p.message << Qt::endl;
            return Broken;
        }
        out() << QCoreApplication::translate("CliCommands",
                                             "Audit trail of %1 is intact: %2 events, %n signature(s) checked against "
                                             "the content they cover.",
                                             nullptr, signatures)
                     .arg(store->path(), QString::number(result.eventCount))
              << Qt::endl;
        return Ok;
    }
    if (result.firstBadSeq == 0)
        return fail(result.reason);
    err() << "golive: "
          << QCoreApplication::translate("CliCommands", "the audit trail of %1 is BROKEN. First bad event: #%2: %3")
                 .arg(store->path(), QString::number(result.firstBadSeq), result.reason)
          << Qt::endl;
    return Broken;
}

QString describeTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QCoreApplication::translate("CliCommands", "not set");
}

int runT0(const CommandLine &c)
{
    const QString verb = c.arguments.value(0);
    if (verb.isEmpty()) {
        auto opened = openSession(c, Access::Read);
        if (!opened)
            return fail(opened.error().message);
        const LaunchTiming &timing = opened.value()->timing();
        out() << QCoreApplication::translate("CliCommands", "T0 planned:  %1").arg(describeTime(timing.planned()))
              << Qt::endl
              << QCoreApplication::translate("CliCommands", "T0 recorded: %1").arg(describeTime(timing.recorded()))
              << Qt::endl;
        return Ok;
    }
    if ((verb != QLatin1String("plan") && verb != QLatin1String("record")) || c.arguments.size() > 2
        || (verb == QLatin1String("plan") && c.arguments.size() != 2))
        return fail(QCoreApplication::translate("CliCommands",
                                                "use: golive t0 | golive t0 plan TIME | golive t0 record [TIME|now] "
                                                "(TIME in ISO 8601, e.g. 2026-12-03T18:00:00Z)"),
                    Usage);
    const QString given = c.arguments.value(1, QStringLiteral("now"));
    const QDateTime time =
        given == QLatin1String("now") ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(given, Qt::ISODate);
    if (!time.isValid())
        return fail(
            QCoreApplication::translate("CliCommands", "\"%1\" is not a date and time such as 2026-12-03T18:00:00Z")
                .arg(given),
            Usage);
    auto opened = openSession(c, Access::Write);
    if (!opened)
        return fail(opened.error().message);
    ChecklistSession *session = opened.value().get();
    const Status s = verb == QLatin1String("plan") ? session->recordOne(LaunchTiming::planned(time))
                                                   : session->recordOne(LaunchTiming::recorded(time));
    if (!s)
        return fail(s.message());
    out() << (verb == QLatin1String("plan") ? QCoreApplication::translate("CliCommands", "T0 planned: %1")
                                            : QCoreApplication::translate("CliCommands", "T0 recorded: %1"))
                 .arg(describeTime(time.toUTC()))
          << Qt::endl;
    return Ok;
}

} // namespace

int runCliCommand(const CommandLine &c)
{
    if (c.command == QLatin1String("import"))
        return runImport(c);
    if (c.command == QLatin1String("export"))
        return runExport(c);
    if (c.command == QLatin1String("tick"))
        return runTick(c, true);
    if (c.command == QLatin1String("untick"))
        return runTick(c, false);
    if (c.command == QLatin1String("verify"))
        return runVerify(c);
    if (c.command == QLatin1String("check"))
        return runCheckCommand(c);
    if (c.command == QLatin1String("monitor"))
        return runMonitorCommand(c);
    if (c.command == QLatin1String("t0"))
        return runT0(c);
    if (c.command == QLatin1String("collect"))
        return runCollectCommand(c);
    if (c.command == QLatin1String("report"))
        return runReportCommand(c);
    if (c.command == QLatin1String("sync"))
        return runSyncCommand(c);
    if (c.command == QLatin1String("copy"))
        return runCopyCommand(c);
    return fail(
        QCoreApplication::translate("CliCommands", "unknown command \"%1\"; commands are: %2 (see golive --help)")
            .arg(c.command, CommandLineSpec::cliCommands().join(QStringLiteral(", "))),
        Usage);
}
