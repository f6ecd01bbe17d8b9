#include "models/record/RecordVerifier.h"

#include "models/record/EventRows.h"
#include "models/record/ParsedTemplates.h"
#include "models/record/RecordBackend.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The trail as it was walked: what the rest of the record must agree with.
struct Walked
{
    qint64 count = 0;
    QString headHash;
    QHash<QPair<QString, QString>, QPair<QString, qint64>> latest; // what current_values must hold
    QHash<QString, qint64> templatesNamed;                         // sha256 -> first import event
    ParsedTemplates::Named parsedNamed;                            // (sha256, format) -> digest, last import
};

// Stops the check at seq (0 when the damage is not in an event) for the reason why.
struct Stop
{
    qint64 seq = 0;
    QString why;
    bool cancelled = false;
};

// The chain: seq by seq, each hash over its event, each row what its event says.
std::optional<Stop> walkTrail(QSqlQuery &q, const std::function<bool()> &cancelled, Walked *w)
{
    qint64 expected = 1;
    QString prevHash;
    while (q.next()) {
        if (cancelled && (expected & 0x3ff) == 0 && cancelled())
            return Stop{0, QCoreApplication::translate("EventStore", "cancelled"), true};
        const AuditEvent e = EventRows::fromQuery(q);
        if (e.seq != expected)
            return Stop{expected,
                        e.seq > expected
                            ? QCoreApplication::translate("EventStore", "event #%1 is missing (the next one is #%2)")
                                  .arg(expected)
                                  .arg(e.seq)
                            : QCoreApplication::translate("EventStore", "event #%1 appears out of order").arg(e.seq)};
        if (e.prevHash != prevHash)
            return Stop{
                e.seq,
                QCoreApplication::translate("EventStore", "event #%1 does not follow event #%2: the chain is broken")
                    .arg(e.seq)
                    .arg(e.seq - 1)};
        if (computeEventHash(e) != e.hash)
            return Stop{
                e.seq,
                QCoreApplication::translate("EventStore", "event #%1 (%2 by %3 at %4) was changed after it was written")
                    .arg(e.seq)
                    .arg(eventKindName(e.kind), e.actor.displayName(), e.timeUtc)};
        const EventIndex index = e.index();
        const QString before = w->latest.value({index.subject, index.slot}).first;
        if (e.format == 1) {
            // Columns added by schema 3 hold their defaults on rows written before it.
            if (q.value(13).toString() != QLatin1String("person") || !q.value(14).toString().isEmpty())
                return Stop{
                    e.seq,
                    QCoreApplication::translate(
                        "EventStore", "event #%1 was changed after it was written (its typed columns were filled in)")
                        .arg(e.seq)};
        } else if (const QString why = RecordVerifier::rowMismatch(e, q, before); !why.isEmpty()) {
            return Stop{
                e.seq,
                QCoreApplication::translate("EventStore", "event #%1 (%2) %3: it was changed after it was written")
                    .arg(e.seq)
                    .arg(eventKindName(e.kind), why)};
        }
        if (e.kind == EventKind::TemplateImported && !w->templatesNamed.contains(index.value))
            w->templatesNamed.insert(index.value, e.seq);
        if (e.kind == EventKind::TemplateImported && e.payload.contains(QLatin1String("parsed"))) {
            const QJsonObject parsed = e.payload.value(QLatin1String("parsed")).toObject();
            w->parsedNamed.insert({index.value, parsed.value(QLatin1String("format")).toInt()},
                                  {parsed.value(QLatin1String("blake2b")).toString(), e.seq});
        }
        prevHash = e.hash;
        w->latest.insert({index.subject, index.slot}, {index.value, e.seq});
        ++expected;
    }
    w->count = expected - 1;
    w->headHash = prevHash;
    return std::nullopt;
}

} // namespace

QString RecordVerifier::rowMismatch(const AuditEvent &e, const QSqlQuery &row, const QString &before)
{
    const QString kindText = row.value(4).toString();
    const QString actorKindText = row.value(13).toString();
    if (!eventKindFromName(kindText))
        return QCoreApplication::translate("EventStore", "has an unknown kind \"%1\"").arg(kindText);
    if (!actorKindFromName(actorKindText))
        return QCoreApplication::translate("EventStore", "has an unknown kind of actor \"%1\"").arg(actorKindText);
    // e.payload was parsed from the stored text (empty when it is not JSON): written back
    // canonically it must give the stored bytes again.
    if (canonicalPayload(e.payload) != row.value(14).toByteArray())
        return QCoreApplication::translate("EventStore", "has a payload that is not in its canonical form");
    const EventIndex index = e.index();
    if (index.subject != row.value(5).toString() || index.slot != row.value(6).toString()
        || index.value != row.value(8).toString() || e.reverts() != row.value(9).toLongLong())
        return QCoreApplication::translate("EventStore", "has index columns that differ from its payload");
    if (row.value(7).toString() != before
        || (tracksPrevious(e.kind) && e.payload.value(QLatin1String("previous")).toString() != before))
        return QCoreApplication::translate("EventStore", "names a previous value that the trail does not have");
    return {};
}

VerifyResult RecordVerifier::verify(const std::function<bool()> &cancelled, EventStore::VerifyScope scope) const
{
    const bool everything = scope == EventStore::VerifyScope::Everything;
    const QString &path = m_backend.path();
    VerifyResult result;
    if (Status s = m_backend.reconnectIfLost(); !s) {
        result.reason = s.message();
        return result;
    }
    QSqlDatabase database = m_backend.db();
    // Read in one snapshot so a concurrent writer cannot move the head under us.
    m_backend.beginSnapshot();
    result.checkedAt = QDateTime::currentDateTimeUtc();
    auto stop = [&](qint64 seq, const QString &why) {
        result.firstBadSeq = seq;
        result.reason = why;
        m_backend.endSnapshot();
        return result;
    };
    if (const QString damage = m_backend.pageDamage(everything); !damage.isEmpty())
        return stop(0, damage);
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM events ORDER BY seq").arg(EventRows::columns(m_backend.schemaVersion()))))
        return stop(0,
                    QCoreApplication::translate("EventStore", "the audit trail of %1 cannot be read: %2")
                        .arg(path, q.lastError().text()));
    Walked walked;
    if (const auto bad = walkTrail(q, cancelled, &walked)) {
        if (!bad->cancelled)
            return stop(bad->seq, bad->why);
        m_backend.endSnapshot();
        result.cancelled = true;
        result.reason = bad->why;
        return result;
    }
    if (q.lastError().isValid())
        // A read that stops half-way is damage, not a trail that ends early.
        return stop(
            0,
            QCoreApplication::translate("EventStore", "the audit trail of %1 cannot be read after event #%2: %3")
                .arg(path)
                .arg(walked.count)
                .arg(q.lastError().text()));
    result.eventCount = walked.count;
    QSqlQuery head(database);
    qint64 headSeq = 0;
    QString headHash;
    if (head.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_hash')"))) {
        while (head.next()) {
            if (head.value(0).toString() == QLatin1String("head_seq"))
                headSeq = head.value(1).toLongLong();
            else
                headHash = head.value(1).toString();
        }
    }
    if (headSeq > walked.count)
        return stop(walked.count + 1,
                    QCoreApplication::translate("EventStore", "events #%1 to #%2 are missing from the end of the trail")
                        .arg(walked.count + 1)
                        .arg(headSeq));
    if (headSeq != walked.count || headHash != walked.headHash)
        return stop(walked.count,
                    QCoreApplication::translate("EventStore",
                                                "the last event #%1 does not match the recorded head of the trail")
                        .arg(walked.count));

    // Every template text the events refer to, hashed again: the ticks mean nothing if the text
    // they tick was edited.
    QSqlQuery templates(database);
    templates.setForwardOnly(true);
    if (!templates.exec(QStringLiteral("SELECT sha256, name, %1 FROM templates")
                            .arg(everything ? m_backend.utf8Of("markdown") : QStringLiteral("''"))))
        return stop(0,
                    QCoreApplication::translate("EventStore", "the checklist templates of %1 cannot be read: %2")
                        .arg(path, templates.lastError().text()));
    QHash<QString, QPair<QString, QByteArray>> held; // sha256 -> name, text (UTF-8)
    while (templates.next())
        held.insert(templates.value(0).toString(), {templates.value(1).toString(), templates.value(2).toByteArray()});
    for (auto it = walked.templatesNamed.constBegin(); it != walked.templatesNamed.constEnd(); ++it) {
        if (!held.contains(it.key()))
            return stop(it.value(),
                        QCoreApplication::translate("EventStore",
                                                    "event #%1 imports checklist template %2, whose text is missing")
                            .arg(it.value())
                            .arg(it.key().left(12)));
    }
    for (auto it = held.constBegin(); everything && it != held.constEnd(); ++it) {
        if (!StoredTemplate::matchesUtf8(it.key(), it.value().second))
            return stop(
                walked.templatesNamed.value(it.key()),
                QCoreApplication::translate(
                    "EventStore", "the text of checklist template \"%1\" (%2) was changed after it was imported")
                    .arg(it.value().first, it.key().left(12)));
    }
    if (everything) {
        qint64 parsedSeq = 0;
        if (const QString why = ParsedTemplates::changedSince(m_backend, walked.parsedNamed, &parsedSeq);
            !why.isEmpty())
            return stop(parsedSeq, why);
    }

    // The state the application shows comes from current_values: it must be the trail's.
    QSqlQuery values(database);
    values.setForwardOnly(true);
    if (!values.exec(QStringLiteral("SELECT item, slot, value, seq FROM current_values")))
        return stop(0,
                    QCoreApplication::translate("EventStore", "the current state of %1 cannot be read: %2")
                        .arg(path, values.lastError().text()));
    qint64 rows = 0;
    while (values.next()) {
        ++rows;
        const auto expectedValue = walked.latest.value({values.value(0).toString(), values.value(1).toString()});
        if (expectedValue.second != values.value(3).toLongLong() || expectedValue.first != values.value(2).toString())
            return stop(
                expectedValue.second ? expectedValue.second : values.value(3).toLongLong(),
                QCoreApplication::translate("EventStore", "the shown state of %1 (%2) differs from the audit trail")
                    .arg(values.value(0).toString(), values.value(1).toString()));
    }
    if (rows != walked.latest.size())
        return stop(walked.count,
                    QCoreApplication::translate("EventStore", "the shown state lacks items that the audit trail has"));
    m_backend.endSnapshot();
    result.intact = true;
    result.headSeq = walked.count;
    result.headHash = walked.headHash;
    return result;
}
