#include "models/record/AppendConditions.h"

#include "models/record/RecordBackend.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace AppendConditions {

Decision decide(const EventDraft &draft, const QString &newValue, const SlotState &slot)
{
    Decision d;
    // A change made offline that met someone else's change of the same slot is kept even when
    // it agrees with it: both are in the record, and the collision is shown.
    if (draft.knownHead > 0 && slot.lastChange > draft.knownHead)
        d.collidesWith = slot.lastChange;
    switch (draft.condition) {
    case EventDraft::Condition::Always: d.write = true; break;
    case EventDraft::Condition::IfChanged:
        d.write = !slot.hadValue || slot.value != newValue || d.collidesWith > 0;
        break;
    case EventDraft::Condition::IfCurrentIs: d.write = draft.currentIs.contains(slot.value); break;
    }
    return d;
}

bool touches(const QVector<QPair<QString, QString>> &watched, const QString &subject, const QString &slot)
{
    for (const auto &w : watched) {
        const bool subjectMatches =
            w.first.endsWith(QLatin1Char('*')) ? subject.startsWith(w.first.chopped(1)) : subject == w.first;
        if (subjectMatches && (w.second.isEmpty() || w.second == slot))
            return true;
    }
    return false;
}

Status checkUnchanged(const RecordBackend &backend, const QVector<EventDraft> &drafts)
{
    for (const EventDraft &draft : drafts) {
        if (draft.unchangedSince <= 0 || draft.unchangedSlots.isEmpty())
            continue;
        QSqlQuery q(backend.db());
        q.prepare(QStringLiteral("SELECT item, slot, seq FROM current_values WHERE seq > ? ORDER BY seq"));
        q.addBindValue(draft.unchangedSince);
        if (!q.exec())
            return backend.failure(QCoreApplication::translate("EventStore", "checking what the change was made from"),
                                   q.lastError());
        while (q.next()) {
            const QString subject = q.value(0).toString();
            const QString slot = q.value(1).toString();
            if (!touches(draft.unchangedSlots, subject, slot))
                continue;
            return Status::failure(
                Error::Code::Conflict,
                QCoreApplication::translate("EventStore",
                                            "What this %1 was made from changed in the record (#%2: %3 %4) after it "
                                            "was prepared; nothing was written. Look at it again.")
                    .arg(eventKindName(draft.kind))
                    .arg(q.value(2).toLongLong())
                    .arg(subject.isEmpty() ? QStringLiteral("checklist") : subject, slot));
        }
    }
    return {};
}

Result<bool> alreadyShared(const RecordBackend &backend, const QString &uid, qint64 knownHead)
{
    QSqlQuery q(backend.db());
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE seq > ? AND payload LIKE ?"));
    q.addBindValue(knownHead);
    q.addBindValue(QStringLiteral("%\"entry\":\"%1\"%").arg(uid));
    if (!q.exec())
        return backend.failure(QCoreApplication::translate("EventStore", "looking for a change shared before"),
                               q.lastError());
    return q.next();
}

} // namespace AppendConditions
