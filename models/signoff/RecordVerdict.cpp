#include "models/signoff/RecordVerdict.h"

#include "models/record/RecordAnchor.h"
#include "models/signoff/SignOffRecord.h"

#include <QCoreApplication>

#include <algorithm>

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

Result<QStringList> headFindings(const EventStore &store, qint64 headSeq, qint64 *firstSeq)
{
    auto events =
        store.eventsOfKinds({EventKind::SignatureGiven, EventKind::SignatureRefused, EventKind::ReportConfirmed});
    if (!events)
        return events.error();
    QStringList findings;
    qint64 first = 0;
    QVector<RecordAnchor> named;
    QVector<qint64> namedBy; // the event that names each
    for (const AuditEvent &e : events.value()) {
        if (e.seq > headSeq)
            break; // appended after the check: the next one sees it
        auto head = RecordAnchor::namedBy(e);
        if (head) {
            named.append(head.value());
            namedBy.append(e.seq);
        } else if (head.error().code != Error::Code::NotFound) {
            findings.append(head.error().message);
            first = first ? std::min(first, e.seq) : e.seq;
        }
    }
    const auto held = RecordAnchor::checkAll(store, headSeq, named);
    if (!held)
        return held.error();
    for (const RecordAnchor::Finding &f : held.value()) {
        findings.append(f.text);
        first = first ? std::min(first, namedBy.at(f.anchor)) : namedBy.at(f.anchor);
    }
    if (firstSeq)
        *firstSeq = first;
    return findings;
}

Status beyondTheChain(const EventStore &store)
{
    qint64 firstSeq = 0;
    auto findings = signatureFindings(store, &firstSeq);
    if (findings && findings.value().isEmpty()) {
        const auto head = store.headSeq();
        if (!head)
            return head.error();
        findings = headFindings(store, head.value(), &firstSeq);
    }
    if (!findings)
        return findings.error();
    if (findings.value().isEmpty())
        return {};
    return Status::failure(
        Error::Code::Corrupt,
        QCoreApplication::translate("RecordVerdict",
                                    "the audit trail of %1 does not verify (first bad event: #%2: "
                                    "%3). Run golive verify.")
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
    if (findings.value().isEmpty()) {
        qint64 firstHead = 0;
        const auto heads = headFindings(store, result.headSeq, &firstHead);
        if (!heads) {
            result.intact = false;
            result.reason = heads.error().message;
        } else if (!heads.value().isEmpty()) {
            result.intact = false;
            result.firstBadSeq = firstHead;
            result.findings = heads.value();
            result.findingsTitle = QCoreApplication::translate(
                "RecordVerdict", "%n event(s) name a head of the record that its chain does not hold", nullptr,
                int(heads.value().size()));
            result.reason = result.findingsTitle + QStringLiteral(": ") + heads.value().join(QStringLiteral("; "));
        }
        return result;
    }
    result.intact = false;
    result.firstBadSeq = firstSeq;
    result.findings = findings.value();
    result.findingsTitle =
        QCoreApplication::translate("RecordVerdict", "%n signature(s) do not match what they claim to cover", nullptr,
                                    int(findings.value().size()));
    result.reason = result.findingsTitle + QStringLiteral(": ") + findings.value().join(QStringLiteral("; "));
    return result;
}

} // namespace RecordVerdict
