#pragma once

#include "models/record/EventStore.h"

// What decides, inside an append's write transaction, whether each draft is written and what it
// must say about the record it met: its condition on the slot's current value (EventDraft::
// Condition), a collision with someone else's change of the slot made after the head an offline
// desk had seen, an outbox entry that is in the record already, and the slots a draft was made
// from that must be unchanged since (EventDraft::unchangedSince).
namespace AppendConditions {

// What a slot held when a draft for it is about to be written.
struct SlotState
{
    bool hadValue = false;
    QString value;         // "" when never set
    qint64 lastChange = 0; // seq of the event that set it, 0 when never set
};

struct Decision
{
    bool write = false;
    qint64 collidesWith = 0; // the later change of the same slot an offline draft met, or 0
};

// Whether the draft, setting its slot to newValue, is written over what the slot holds.
Decision decide(const EventDraft &draft, const QString &newValue, const SlotState &slot);

// Whether a change of (subject, slot) touches one of the watched (subject, slot) pairs: a slot
// "" stands for every slot of the subject, a subject ending in '*' for every subject it starts.
bool touches(const QVector<QPair<QString, QString>> &watched, const QString &subject, const QString &slot);

// Conflict when something a draft was made from changed after its unchangedSince.
Status checkUnchanged(const RecordBackend &backend, const QVector<EventDraft> &drafts);

// Whether the change an outbox entry (uid) holds is in the record already, after knownHead.
Result<bool> alreadyShared(const RecordBackend &backend, const QString &uid, qint64 knownHead);

} // namespace AppendConditions
