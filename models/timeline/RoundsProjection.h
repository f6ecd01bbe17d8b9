#pragma once

#include "models/record/RecordProjection.h"

#include <QHash>
#include <QSet>

// The rounds of recurring items as the record has them: which are ticked, and how many the lead
// added beyond the checklist's own (round.ticked, round.unticked, round.added).
class RoundsProjection final : public RecordProjection
{
public:
    // Each round is a slot of its own, so the last event of each slot is all it needs.
    QVector<EventKind> kinds() const override
    {
        return {EventKind::RoundTicked, EventKind::RoundUnticked, EventKind::RoundAdded};
    }
    bool apply(const AuditEvent &event) override;

    bool isDone(const QString &item, int round) const { return m_done.value(item).contains(round); }
    int doneCount(const QString &item) const { return int(m_done.value(item).size()); }
    // The highest round added to the item, 0 when none was.
    int addedUpTo(const QString &item) const { return m_added.value(item); }

private:
    QHash<QString, QSet<int>> m_done;
    QHash<QString, int> m_added;
};
