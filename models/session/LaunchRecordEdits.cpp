// The checklist's changes as the user makes them: tick, note, set a value, undo; and the items'
// state as shown (what the record says, or what waits in the outbox).
#include "models/session/LaunchRecord.h"

#include "models/session/ChecklistChanges.h"

#include <QCoreApplication>

ItemStateView LaunchRecord::view() const
{
    return {[this](const QString &id) { return isDone(id); }, [this](const QString &id) { return note(id); },
            [this](const QString &id, const QString &key) { return fieldValue(id, key); }};
}

const ItemChange *LaunchRecord::pendingChange(const ItemSlot &slot) const
{
    const auto it = m_pendingValues.constFind(slot);
    return it == m_pendingValues.constEnd() ? nullptr : &it.value();
}

QString LaunchRecord::fieldValue(const QString &id, const QString &key) const
{
    const ChecklistNode *node = nodeById(id);
    const ChecklistField *field = node ? node->field(key) : nullptr;
    if (field && LaunchTiming::isLaunchTimeField(*field))
        return LaunchTiming::toStored(m_timing.recorded());
    // A value filled in while the team record was away shows as made.
    return current(ItemSlot::field(id, key)).text;
}

bool LaunchRecord::isDone(const QString &id) const
{
    return current(ItemSlot::done(id)).done;
}

QString LaunchRecord::note(const QString &id) const
{
    return current(ItemSlot::note(id)).text;
}

ItemChange LaunchRecord::current(const ItemSlot &slot) const
{
    if (const ItemChange *pending = pendingChange(slot))
        return *pending;
    ItemChange now{slot, false, {}};
    switch (slot.kind) {
    case ItemSlot::Kind::Done: now.done = m_state.isDone(slot.item); break;
    case ItemSlot::Kind::Note: now.text = m_state.note(slot.item); break;
    case ItemSlot::Kind::Field: now.text = m_state.field(slot.item, slot.fieldKey); break;
    }
    return now;
}

Status LaunchRecord::change(const EventDraft &typed, const ComputedFrom &computedFrom)
{
    if (Status s = refresh(); !s)
        return s;
    if (const std::optional<ItemChange> c = ChecklistChanges::read(typed); c && current(c->slot).sameValue(*c))
        return {}; // nothing to record
    EventDraft draft = typed;
    draft.unchangedSince = computedFrom.since;
    draft.unchangedSlots = computedFrom.inputs;
    return commit({draft}, std::nullopt, true);
}

Status LaunchRecord::changeAll(const QVector<EventDraft> &changes)
{
    if (Status s = refresh(); !s)
        return s;
    QVector<EventDraft> drafts;
    for (const EventDraft &d : changes) {
        const std::optional<ItemChange> c = ChecklistChanges::read(d);
        if (c && !current(c->slot).sameValue(*c))
            drafts.append(d);
    }
    if (drafts.isEmpty())
        return {}; // nothing to record
    return commit(drafts, std::nullopt, true);
}

Status LaunchRecord::setDone(const QString &id, bool done)
{
    const ChecklistNode *node = nodeById(id);
    if (!node || !node->isTickable())
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("LaunchRecord", "There is no item %1 to tick in this checklist.").arg(id));
    return change(ChecklistChanges::ticked(id, done));
}

Status LaunchRecord::setNote(const QString &id, const QString &note)
{
    if (!nodeById(id))
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("LaunchRecord", "There is no item %1 in this checklist.").arg(id));
    return change(ChecklistChanges::noteSet(id, note.trimmed()));
}

Status LaunchRecord::setDoneWithNote(const QString &id, bool done, const QString &note)
{
    const ChecklistNode *node = nodeById(id);
    if (!node || !node->isTickable())
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("LaunchRecord", "There is no item %1 to tick in this checklist.").arg(id));
    return changeAll({ChecklistChanges::ticked(id, done), ChecklistChanges::noteSet(id, note.trimmed())});
}

Status LaunchRecord::setField(const QString &id, const QString &key, const QString &value, const QString &source)
{
    return setField(id, key, value, source, {});
}

Status LaunchRecord::setField(const QString &id, const QString &key, const QString &value, const QString &source,
                                  const ComputedFrom &computedFrom)
{
    const ChecklistNode *node = nodeById(id);
    const ChecklistField *field = node ? node->field(key) : nullptr;
    if (!field)
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("LaunchRecord", "There is no field %1 on item %2.").arg(key, id));
    const QString problem = field->validate(value);
    if (!problem.isEmpty())
        return Status::failure(Error::Code::Invalid, problem);
    if (LaunchTiming::isLaunchTimeField(*field))
        return recordOne(LaunchTiming::recorded(LaunchTiming::fromStored(field->normalize(value))));
    return change(ChecklistChanges::fieldSet(id, key, field->normalize(value), source), computedFrom);
}

QString LaunchRecord::undoDescription() const
{
    if (m_undoable.isEmpty())
        return {};
    QStringList whats; // "tick + note" for a tick with its note
    for (const AuditEvent &e : m_undoable.constLast()) {
        switch (e.kind) {
        case EventKind::ItemTicked: whats.append(QCoreApplication::translate("LaunchRecord", "tick")); break;
        case EventKind::ItemUnticked: whats.append(QCoreApplication::translate("LaunchRecord", "untick")); break;
        case EventKind::NoteSet: whats.append(QCoreApplication::translate("LaunchRecord", "note")); break;
        default: whats.append(QCoreApplication::translate("LaunchRecord", "value")); break;
        }
    }
    const AuditEvent &e = m_undoable.constLast().constFirst();
    const ChecklistNode *node = nodeById(e.item());
    return QCoreApplication::translate("LaunchRecord", "%1 \"%2\"")
        .arg(whats.join(QStringLiteral(" + ")), node ? node->title() : e.item());
}

Status LaunchRecord::undo()
{
    if (m_undoable.isEmpty())
        return Status::failure(Error::Code::NotFound,
                               QCoreApplication::translate("LaunchRecord", "There is nothing to undo."));
    if (Status s = refresh(); !s)
        return s;
    const QVector<AuditEvent> action = m_undoable.constLast();
    QVector<EventDraft> inverse;
    for (auto it = action.crbegin(); it != action.crend(); ++it) { // newest first
        const AuditEvent &last = *it;
        const std::optional<ItemChange> made = ChecklistChanges::read(last);
        if (!made)
            continue; // only checklist changes are undoable
        const ItemSlot &slot = made->slot;
        // Anyone else writing the slot since blocks the undo, even if they put the value back.
        bool changedByOthers = !current(slot).sameValue(*made);
        if (const auto events = m_store->eventsFor(slot.item); events) {
            for (const AuditEvent &e : events.value()) {
                const std::optional<ItemChange> other = ChecklistChanges::read(e);
                changedByOthers =
                    changedByOthers || (other && other->slot == slot && e.seq > last.seq && !m_ownSeqs.contains(e.seq));
            }
        }
        if (changedByOthers) {
            m_undoable.removeLast();
            emit undoChanged();
            return Status::failure(
                Error::Code::Conflict,
                QCoreApplication::translate("LaunchRecord",
                                            "This item was changed again after your change (#%1); undo would "
                                            "overwrite that, so nothing was done.")
                    .arg(last.seq));
        }
        inverse.append(ChecklistChanges::of(ChecklistChanges::before(last), last.seq));
    }
    // All of the action's slots back in one append, as they were changed.
    return changeAll(inverse);
}
