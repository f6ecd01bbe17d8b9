#include "models/session/ChecklistChanges.h"

#include "models/session/ChecklistState.h"

namespace {

const QString kItem = QStringLiteral("item");

EventDraft draftOf(EventKind kind, QJsonObject payload, qint64 reverts)
{
    if (reverts)
        payload.insert(QStringLiteral("reverts"), reverts);
    return EventDraft::of(kind, payload, EventDraft::Condition::IfChanged);
}

} // namespace

namespace ChecklistChanges {

EventDraft ticked(const QString &item, bool done, qint64 reverts)
{
    return draftOf(done ? EventKind::ItemTicked : EventKind::ItemUnticked, {{kItem, item}}, reverts);
}

EventDraft noteSet(const QString &item, const QString &note, qint64 reverts)
{
    return draftOf(EventKind::NoteSet, {{kItem, item}, {QStringLiteral("note"), note}}, reverts);
}

EventDraft fieldSet(const QString &item, const QString &key, const QString &value, const QString &source,
                    qint64 reverts)
{
    QJsonObject p{{kItem, item}, {QStringLiteral("field"), key}, {QStringLiteral("value"), value}};
    // A typed value is the operator's: stored without a source, as it always was.
    if (!source.isEmpty() && source != FieldOrigin::operatorSource())
        p.insert(QStringLiteral("source"), source);
    return draftOf(EventKind::FieldSet, p, reverts);
}

EventDraft of(const ItemChange &change, qint64 reverts)
{
    switch (change.slot.kind) {
    case ItemSlot::Kind::Done: return ticked(change.slot.item, change.done, reverts);
    case ItemSlot::Kind::Note: return noteSet(change.slot.item, change.text, reverts);
    case ItemSlot::Kind::Field: break;
    }
    return fieldSet(change.slot.item, change.slot.fieldKey, change.text, {}, reverts);
}

std::optional<ItemChange> read(EventKind kind, const QJsonObject &payload)
{
    const QString item = payload.value(kItem).toString();
    switch (kind) {
    case EventKind::ItemTicked: return ItemChange{ItemSlot::done(item), true, {}};
    case EventKind::ItemUnticked: return ItemChange{ItemSlot::done(item), false, {}};
    case EventKind::NoteSet:
        return ItemChange{ItemSlot::note(item), false, payload.value(QLatin1String("note")).toString()};
    case EventKind::FieldSet:
        return ItemChange{ItemSlot::field(item, payload.value(QLatin1String("field")).toString()), false,
                          payload.value(QLatin1String("value")).toString()};
    default: return std::nullopt;
    }
}

QPair<QString, QString> recordSlot(const ItemSlot &slot)
{
    const EventDraft draft = of({slot, false, {}});
    const EventIndex index = indexOf(draft.kind, draft.payload);
    return {index.subject, index.slot};
}

ItemChange before(const AuditEvent &event)
{
    ItemChange previous{read(event).value_or(ItemChange()).slot, false, event.legacy.oldValue};
    if (previous.slot.kind == ItemSlot::Kind::Done) {
        // The record keeps the previous value in its index's form: the value a tick stands for.
        previous.done = event.legacy.oldValue == indexOf(EventKind::ItemTicked, {}).value;
        previous.text.clear();
    }
    return previous;
}

} // namespace ChecklistChanges
