#include "models/signoff/RecordVerdict.h"

#include "models/signoff/SignOffRecord.h"

#include <QCoreApplication>

namespace RecordVerdict {

Result<QStringList> signatureFindings(const EventStore &store, qint64 *firstSeq)
{
    SignOffRecord signOff;
    auto events = store.eventsOfKinds(signOff.kinds());
    if (!events)
        return events.error();
    for (const AuditEvent &e : events.value())
        signOff.apply(e);
    QStringList findings;
    for (const SignatureProblem &p : signOff.problems())
        findings.append(p.message);
    if (firstSeq)
        *firstSeq = signOff.problems().isEmpty() ? 0 : signOff.problems().first().seq;
    return findings;
}

Status signaturesHold(const EventStore &store)
{
    qint64 firstSeq = 0;
    const auto findings = signatureFindings(store, &firstSeq);
    if (!findings)
        return findings.error();
    if (findings.value().isEmpty())
        return {};
    return Status::failure(
        Error::Code::Corrupt,
        QCoreApplication::translate("RecordVerdict",
                                    "the audit trail of %1 does not verify (first bad event: #%2: %n signature(s) do "
                                    "not match what they claim to cover: %3). Run golive verify.",
                                    nullptr, int(findings.value().size()))
            .arg(store.path(), QString::number(firstSeq), findings.value().join(QStringLiteral("; "))));
}

VerifyResult of(const EventStore &store, const std::function<bool()> &cancelled, EventStore::VerifyScope scope)
{
    VerifyResult result = store.verify(cancelled, scope);
    if (!result.intact)
        return result;
    qint64 firstSeq = 0;
    const auto findings = signatureFindings(store, &firstSeq);
    if (!findings) {
        // The signatures could not be read: no verdict on them, as for a trail that could not be.
        result.intact = false;
        result.reason = findings.error().message;
        return result;
    }
    if (findings.value().isEmpty())
        return result;
    result.intact = false;
    result.firstBadSeq = firstSeq;
    result.findings = findings.value();
    result.reason =
        QCoreApplication::translate("RecordVerdict", "%n signature(s) do not match what they claim to cover: %1",
                                    nullptr, int(findings.value().size()))
            .arg(findings.value().join(QStringLiteral("; ")));
    return result;
}

} // namespace RecordVerdict
