#include "app/VerifyCommand.h"

#include "app/CommandLine.h"
#include "app/ExitCodes.h"
#include "app/TerminalStream.h"
#include "models/record/EventStore.h"
#include "models/record/RecordAnchor.h"
#include "models/signoff/RecordVerdict.h"

#include <QCoreApplication>

namespace {

// The anchors the command line names, in the order given.
Result<QVector<RecordAnchor>> anchorsOf(const CommandLine &c)
{
    QVector<RecordAnchor> anchors;
    for (const QString &given : c.expectHeads) {
        auto anchor = RecordAnchor::parse(given, QStringLiteral("--expect-head"));
        if (!anchor)
            return anchor.error();
        anchors.append(anchor.value());
    }
    if (!c.anchorsPath.isEmpty()) {
        auto fromFile = RecordAnchor::readFile(c.anchorsPath, c.storePath);
        if (!fromFile)
            return fromFile.error();
        anchors += fromFile.value();
    }
    return anchors;
}

} // namespace

int runVerifyCommand(const CommandLine &c)
{
    if (!c.arguments.isEmpty())
        return fail(QCoreApplication::translate("CliCommands", "verify takes no arguments"), Usage);
    // A bad anchor is the caller's mistake: said before the record is read.
    const auto anchors = anchorsOf(c);
    if (!anchors)
        return fail(anchors.error().message, Usage);
    auto opened = EventStore::open(c.storePath, EventStore::Access::ReadOnly);
    if (!opened)
        return fail(opened.error().message, Failed);
    const EventStore *store = opened.value().get();
    const VerifyResult result = RecordVerdict::of(*store);
    TerminalStream out(stdout); // findings quote the record: escaped
    TerminalStream err(stderr);
    if (!result.intact && !result.findings.isEmpty()) {
        err << "golive: "
            << QCoreApplication::translate("CliCommands", "the audit trail of %1 is intact, but %2:")
                   .arg(store->path(), result.findingsTitle)
            << Qt::endl;
        for (const QString &finding : result.findings)
            err << "  " << finding << Qt::endl;
        return Broken;
    }
    if (!result.intact) {
        if (result.firstBadSeq == 0)
            return fail(result.reason, Failed);
        return fail(
            QCoreApplication::translate("CliCommands", "the audit trail of %1 is BROKEN. First bad event: #%2: %3")
                .arg(store->path(), QString::number(result.firstBadSeq), result.reason),
            Broken);
    }
    const QString head = RecordAnchor::format(result.headSeq, result.headHash);
    const auto found = RecordAnchor::checkAll(*store, result.headSeq, anchors.value());
    if (!found)
        return fail(found.error().message, Failed);
    if (!found->isEmpty()) {
        err << "golive: "
            << QCoreApplication::translate("CliCommands",
                                           "the audit trail of %1 is intact up to its head %2, but it is not the "
                                           "record the anchors were taken from:")
                   .arg(store->path(), head)
            << Qt::endl;
        for (const RecordAnchor::Finding &finding : found.value())
            err << "  " << finding.text << Qt::endl;
        return Broken;
    }
    const auto signatures = store->eventsOfKinds({EventKind::SignatureGiven});
    if (!signatures)
        return fail(signatures.error().message, Failed);
    out << QCoreApplication::translate("CliCommands",
                                       "Audit trail of %1 is intact: %2, %n signature(s) checked against "
                                       "the content they cover.",
                                       nullptr, int(signatures.value().size()))
               .arg(store->path(),
                    QCoreApplication::translate("CliCommands", "%n event(s)", nullptr, int(result.eventCount)))
        << Qt::endl;
    if (!anchors.value().isEmpty())
        out << QCoreApplication::translate("CliCommands", "%n anchor(s) found in it with their hash.", nullptr,
                                           int(anchors.value().size()))
            << Qt::endl;
    // Kept outside the record, the head proves later that nothing up to it was removed or changed.
    out << QCoreApplication::translate("CliCommands", "Head: %1").arg(head) << Qt::endl;
    return Ok;
}
