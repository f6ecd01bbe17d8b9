#include "app/CliCommands.h"

#include "app/CheckCommand.h"
#include "app/CollectCommand.h"
#include "app/CommandLine.h"
#include "app/ExitCodes.h"
#include "app/MonitorCommand.h"
#include "app/ReportCommand.h"
#include "app/TeamCommands.h"
#include "app/TerminalStream.h"
#include "app/VerifyCommand.h"
#include "models/checklist/ChecklistExport.h"
#include "models/record/DiskSpace.h"
#include "models/record/TrailExport.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "models/session/OperatorProfile.h"
#include "models/signoff/RecordVerdict.h"
#include "models/timeline/Clock.h"
#include "models/timeline/TimingDesk.h"

#include <QCoreApplication>
#include <QFile>

namespace {

// What people read: titles, notes and messages from the record are printed with their control
// characters escaped (see TerminalStream).
TerminalStream &out()
{
    static TerminalStream stream(stdout);
    return stream;
}

QString carriedOver()
{
    return QCoreApplication::translate("CliCommands", "  (state carried over)");
}

// Who a command's change is recorded for: --as; else the person who named themselves in the
// window under this account; else the account's full name (its login name when it has none). A
// program is named by --as alone. Without any name the session refuses every change, naming
// --as: nothing is recorded for "unknown".
Actor actorFor(const CommandLine &c)
{
    if (c.program)
        return Actor::program(c.actorName, c.actorRole);
    const Actor remembered = OperatorProfile::load();
    Actor actor;
    actor.kind = Actor::Kind::Person;
    actor.name = !c.actorName.isEmpty() ? c.actorName
        : !remembered.name.isEmpty()    ? remembered.name
                                        : OperatorProfile::accountFullName();
    actor.role = !c.actorRole.isEmpty() ? c.actorRole : actor.name == remembered.name ? remembered.role : QString();
    return actor;
}

enum class Access {
    Write, // may create the store and give it the default checklist
    Read   // never creates, migrates or changes anything
};

Result<std::unique_ptr<LaunchRecord>> openSession(const CommandLine &c, Access access, bool importDefault = true)
{
    LaunchRecord::OpenOptions options;
    options.importDefault = importDefault;
    options.readOnly = access == Access::Read;
    options.checkChain = true; // a command never builds on a broken chain, nor shows one without a word
    return LaunchRecord::open(c.storePath, actorFor(c), options);
}

// The rest of `golive verify`'s check after the chain passed (the signatures, the heads events
// name): exit 3 when something does not hold (writing: nothing is appended; reading: said after
// what was printed), 1 when it could not be read, 0 when all holds.
int beyondTheChainFailed(const LaunchRecord &session, bool writing)
{
    const Status held = RecordVerdict::beyondTheChain(session.store());
    if (held)
        return Ok;
    if (held.code() != Error::Code::Corrupt)
        return fail(held.message());
    return fail(writing ? held.message()
                        : QCoreApplication::translate("CliCommands", "WARNING: %1").arg(held.message()),
                Broken);
}

// A command that writes: refused, before it decides anything, on a record that does not verify
// (its audit trail or a signature); nothing is appended. 0 when the record verified.
int refusedAsDamaged(const LaunchRecord &session)
{
    const VerifyResult *damage = session.damage();
    if (!damage)
        return beyondTheChainFailed(session, true);
    return fail(session.store().appendRefusal().message(), damage->firstBadSeq > 0 ? Broken : Failed);
}

// A command that writes: the open record, or null with the exit code already reported in
// *exitCode (it could not be opened, or its audit trail does not verify: nothing is appended).
std::unique_ptr<LaunchRecord> openToWrite(const CommandLine &c, int *exitCode, bool importDefault = true)
{
    auto opened = openSession(c, Access::Write, importDefault);
    if (!opened) {
        *exitCode = fail(opened.error().message);
        return nullptr;
    }
    if ((*exitCode = refusedAsDamaged(*opened.value())) != Ok)
        return nullptr;
    return std::move(opened.value());
}

// A command that reads prints the record as it is, then says on stderr that its audit trail does
// not verify: exit 3 instead of 0 (see README).
int damagedAfterReading(const LaunchRecord &session)
{
    const VerifyResult *damage = session.damage();
    if (!damage)
        return beyondTheChainFailed(session, false);
    if (damage->firstBadSeq == 0)
        return fail(QCoreApplication::translate("CliCommands",
                                                "WARNING: the audit trail of %1 could not be checked (%2); what was "
                                                "printed may not be what was recorded.")
                        .arg(session.store().path(), damage->reason));
    return fail(QCoreApplication::translate("CliCommands",
                                            "WARNING: the audit trail of %1 does not verify (first bad event: #%2: "
                                            "%3). What was printed is what the record holds now, not necessarily "
                                            "what was recorded. Run golive verify.")
                    .arg(session.store().path(), QString::number(damage->firstBadSeq), damage->reason),
                Broken);
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
    int refused = Ok;
    const std::unique_ptr<LaunchRecord> opened = openToWrite(c, &refused, false);
    if (!opened)
        return refused;
    ChecklistDesk desk(*opened);
    const ImportPlan plan = desk.planImport(file);
    if (plan.sameTemplate) {
        out() << QCoreApplication::translate("CliCommands", "%1 is already the checklist in use; nothing changed.")
                     .arg(file.name)
              << Qt::endl;
        return Ok;
    }
    if (const Status s = desk.applyImport(plan, c.force); !s)
        return fail(s.message());
    out() << QCoreApplication::translate("CliCommands", "Imported %1: %2, %3 (%4).")
                 .arg(file.name,
                      QCoreApplication::translate("CliCommands", "%n task(s)", nullptr, file.document->taskCount()),
                      QCoreApplication::translate("CliCommands", "%n list item(s)", nullptr, file.stats.listItems),
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
    const LaunchRecord *session = opened.value().get();
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
        stdoutFile.flush(); // before the warning on stderr
        return damagedAfterReading(*session);
    }
    if (Status saved = DiskSpace::saveWhole(c.output, bytes, QCoreApplication::translate("CliCommands", "export"));
        !saved)
        return fail(saved.message());
    return damagedAfterReading(*session);
}

// The item a command names matched none or several: say so, listing the candidates.
int notOneItem(const QString &wanted, const QVector<const ChecklistNode *> &matches)
{
    if (matches.isEmpty())
        return fail(QCoreApplication::translate("CliCommands", "no item matches \"%1\"").arg(wanted));
    QStringList lines;
    for (const ChecklistNode *n : matches.mid(0, 20))
        lines.append(QStringLiteral("  %1  %2").arg(n->id(), n->title()));
    if (matches.size() > 20)
        lines.append(QCoreApplication::translate("CliCommands", "  … and %1 more").arg(matches.size() - 20));
    return fail(QCoreApplication::translate("CliCommands", "\"%1\" matches %n items; name one by its id:\n%2", nullptr,
                                            int(matches.size())) // n >= 2
                    .arg(wanted, lines.join(QLatin1Char('\n'))));
}

int runTick(const CommandLine &c, bool done)
{
    const QString verb = done ? QStringLiteral("tick") : QStringLiteral("untick");
    if (c.arguments.isEmpty())
        return fail(QCoreApplication::translate("CliCommands", "%1 needs an item: an id or a unique part of its text")
                        .arg(verb),
                    Usage);
    const QString wanted = c.arguments.join(QLatin1Char(' '));
    int refused = Ok;
    const std::unique_ptr<LaunchRecord> opened = openToWrite(c, &refused);
    if (!opened)
        return refused;
    LaunchRecord *session = opened.get();
    const auto matches = session->findItems(wanted);
    if (matches.size() != 1)
        return notOneItem(wanted, matches);
    const ChecklistNode *node = matches.first();
    if (!node->isTickable())
        return fail(QCoreApplication::translate("CliCommands", "\"%1\" (%2) is a %3, not an item that can be ticked")
                        .arg(node->title(), node->id(), ChecklistNode::kindName(node->kind())));
    const bool was = session->state().isDone(node->id());
    const QString noteBefore = session->state().note(node->id());
    // One command, one append: a tick with its note goes in whole or not at all.
    const Status s = c.noteGiven ? ChecklistDesk(*session).setDoneWithNote(node->id(), done, c.note)
                                 : ChecklistDesk(*session).setDone(node->id(), done);
    if (!s)
        return fail(s.message());
    const char *said = was == done ? (done ? QT_TRANSLATE_NOOP("CliCommands", "Already ticked: %1  %2")
                                           : QT_TRANSLATE_NOOP("CliCommands", "Already open: %1  %2"))
                                   : (done ? QT_TRANSLATE_NOOP("CliCommands", "Ticked: %1  %2")
                                           : QT_TRANSLATE_NOOP("CliCommands", "Unticked: %1  %2"));
    out() << QCoreApplication::translate("CliCommands", said).arg(node->id(), node->title()) << Qt::endl;
    // The note is said apart from the tick: on an item already ticked it is the only change.
    if (c.noteGiven && was == done && noteBefore != session->state().note(node->id()))
        out() << QCoreApplication::translate("CliCommands", "Note recorded: %1").arg(c.note) << Qt::endl;
    return Ok;
}

// golive set ITEM FIELD VALUE: fills a blank as the window does, with the same check; VALUE in
// the C form or the desk's ("2.5" or "2,5"), an empty VALUE clears it.
int runSet(const CommandLine &c)
{
    if (c.arguments.size() < 3)
        return fail(QCoreApplication::translate("CliCommands",
                                                "set needs an item, a field and a value: golive set ITEM FIELD VALUE "
                                                "(FIELD is a key such as f0 or the words before the blank)"),
                    Usage);
    const QString wanted = c.arguments.at(0);
    const QString fieldName = c.arguments.at(1);
    const QString value = c.arguments.mid(2).join(QLatin1Char(' '));
    int refused = Ok;
    const std::unique_ptr<LaunchRecord> opened = openToWrite(c, &refused);
    if (!opened)
        return refused;
    LaunchRecord *session = opened.get();
    auto matches = session->findItems(wanted);
    if (matches.size() > 1) { // of several matches, the one with a field of that name
        QVector<const ChecklistNode *> withField;
        for (const ChecklistNode *n : std::as_const(matches)) {
            if (!n->matchFields(fieldName).isEmpty())
                withField.append(n);
        }
        if (withField.size() == 1)
            matches = withField;
    }
    if (matches.size() != 1)
        return notOneItem(wanted, matches);
    const ChecklistNode *node = matches.first();
    const QVector<const ChecklistField *> fields = node->matchFields(fieldName);
    if (fields.size() != 1) {
        QStringList lines;
        for (const ChecklistField &f : node->fields())
            lines.append(QStringLiteral("  %1  %2 (%3%4)")
                             .arg(f.key, f.label, ChecklistField::typeName(f.type),
                                  f.unit.isEmpty() ? QString() : QStringLiteral(", ") + f.unit));
        if (node->fields().isEmpty())
            return fail(QCoreApplication::translate("CliCommands", "\"%1\" (%2) has no blanks to fill")
                            .arg(node->title(), node->id()));
        const QString list = lines.join(QLatin1Char('\n'));
        return fail(fields.isEmpty()
                        ? QCoreApplication::translate("CliCommands", "\"%1\" is not a field of \"%2\"; its fields:\n%3")
                              .arg(fieldName, node->title(), list)
                        : QCoreApplication::translate("CliCommands",
                                                      "\"%1\" names %n fields of \"%2\"; name one by its key:\n%3",
                                                      nullptr, int(fields.size())) // n >= 2
                              .arg(fieldName, node->title(), list),
                    Usage);
    }
    const ChecklistField *field = fields.first();
    const QString before = session->fieldValue(node->id(), field->key);
    if (const Status s = ChecklistDesk(*session).setField(node->id(), field->key, value); !s)
        return fail(s.message());
    const QString now = session->fieldValue(node->id(), field->key);
    QString shown = now.isEmpty() ? QCoreApplication::translate("CliCommands", "(empty)") : now;
    if (!now.isEmpty() && !field->unit.isEmpty())
        shown += (field->unit == QLatin1String("%") ? QString() : QStringLiteral(" ")) + field->unit;
    out() << (now == before ? QCoreApplication::translate("CliCommands", "Already so: %1  %2: %3")
                            : QCoreApplication::translate("CliCommands", "Set: %1  %2: %3"))
                 .arg(node->id(), field->label, shown)
          << Qt::endl;
    return Ok;
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
        return damagedAfterReading(*opened.value());
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
    int refused = Ok;
    const std::unique_ptr<LaunchRecord> opened = openToWrite(c, &refused);
    if (!opened)
        return refused;
    LaunchRecord *session = opened.get();
    TimingDesk desk(*session, Clock::system());
    const Status s = verb == QLatin1String("plan") ? desk.plan(time) : desk.record(time);
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
    if (c.command == QLatin1String("set"))
        return runSet(c);
    if (c.command == QLatin1String("verify"))
        return runVerifyCommand(c);
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
