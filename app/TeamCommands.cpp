#include "app/TeamCommands.h"

#include "app/CommandLine.h"
#include "app/ExitCodes.h"
#include "models/record/Outbox.h"
#include "models/record/RecordCopy.h"
#include "models/record/RecordLocation.h"
#include "models/session/DeskFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

QString describe(const EventDraft &d)
{
    const EventIndex index = indexOf(d.kind, d.payload);
    return QStringLiteral("%1 %2 %3=%4").arg(eventKindName(d.kind), index.subject, index.slot, index.value);
}

} // namespace

int runCopyCommand(const CommandLine &c)
{
    if (c.copyFrom.isEmpty() || c.copyTo.isEmpty() || !c.arguments.isEmpty())
        return fail(QCoreApplication::translate("TeamCommands",
                                                "use: golive copy --from A --to B (each a store file or "
                                                "postgresql://user@host:port/dbname)"),
                    Usage);
    auto copied = RecordCopy::copy(c.copyFrom, c.copyTo);
    if (!copied)
        return fail(copied.error().message);
    QTextStream(stdout)
        << QCoreApplication::translate("TeamCommands", "Copied %1 and %2 from %3 to %4; the copy verifies.")
               .arg(QCoreApplication::translate("TeamCommands", "%n event(s)", nullptr, int(copied->events)),
                    QCoreApplication::translate("TeamCommands", "%n checklist template(s)", nullptr, copied->templates),
                    copied->from, copied->to)
        << Qt::endl;
    return Ok;
}

int runSyncCommand(const CommandLine &c)
{
    if (!c.arguments.isEmpty())
        return fail(QCoreApplication::translate("TeamCommands", "use: golive sync --db postgresql://… [--list]"),
                    Usage);
    auto location = RecordLocation::parse(c.storePath);
    if (!location)
        return fail(location.error().message, Usage);
    if (!location->isPostgres())
        return fail(QCoreApplication::translate("TeamCommands",
                                                "%1 is a store file of this desk: only a team record "
                                                "(--db postgresql://…) has an outbox.")
                        .arg(c.storePath),
                    Usage);
    const QString outboxPath = DeskFiles::outboxPathFor(location.value());
    QTextStream out(stdout);
    if (!QFileInfo::exists(outboxPath)) {
        out << QCoreApplication::translate("TeamCommands", "Nothing waits to be shared with %1.")
                   .arg(location->display())
            << Qt::endl;
        return Ok;
    }
    auto outbox = Outbox::open(outboxPath);
    if (!outbox)
        return fail(outbox.error().message);
    auto entries = outbox.value()->entries();
    if (!entries)
        return fail(entries.error().message);
    out << QCoreApplication::translate("TeamCommands", "%n change(s) made offline wait to be shared with %1:", nullptr,
                                       int(entries->size()))
               .arg(location->display())
        << Qt::endl;
    for (const OutboxEntry &e : entries.value()) {
        for (const EventDraft &d : e.drafts)
            out << "  " << e.madeAt << "  " << e.actor.displayName() << "  " << describe(d) << Qt::endl;
    }
    if (c.listOnly || entries->isEmpty())
        return Ok;
    auto record = EventStore::open(c.storePath, EventStore::Access::ReadWrite);
    if (!record)
        return fail(QCoreApplication::translate("TeamCommands", "%1 The changes stay in the outbox %2.")
                        .arg(record.error().message, outboxPath));
    // Never appended onto a chain that does not verify; the changes wait in the outbox meanwhile.
    if (Status refused = record.value()->checkChain(); !refused)
        return fail(QCoreApplication::translate("TeamCommands", "%1 The changes stay in the outbox %2.")
                        .arg(refused.message(), outboxPath),
                    record.value()->damage()->firstBadSeq > 0 ? Broken : Failed);
    const OutboxPush push = outbox.value()->push(*record.value());
    out << QCoreApplication::translate("TeamCommands", "Shared %n change(s), each with the time it was made.", nullptr,
                                       push.shared)
        << Qt::endl;
    for (const AuditEvent &e : push.collisions)
        out << QCoreApplication::translate("TeamCommands",
                                           "  Collision: #%1 (%2, %3 at %4) met #%5, which someone else made "
                                           "meanwhile; both are in the record, yours after.")
                   .arg(e.seq)
                   .arg(eventKindName(e.kind), e.item(), e.timeUtc)
                   .arg(e.payload.value(QLatin1String("collidesWith")).toInteger())
            << Qt::endl;
    if (push.stoppedBy.isError())
        return fail(QCoreApplication::translate("TeamCommands", "%1 The rest stays in the outbox %2.")
                        .arg(push.stoppedBy.message, outboxPath));
    return Ok;
}
