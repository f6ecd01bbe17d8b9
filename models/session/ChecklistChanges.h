#pragma once

#include "models/record/EventStore.h"

#include <QHashFunctions>
#include <QString>

#include <optional>

// Which slot of which checklist item: ticked or not, its note, or one of its fields.
struct ItemSlot
{
    enum class Kind {
        Done,
        Note,
        Field,
    };

    QString item;
    Kind kind = Kind::Done;
    QString fieldKey; // Field only

    static ItemSlot done(const QString &item) { return {item, Kind::Done, {}}; }
    static ItemSlot note(const QString &item) { return {item, Kind::Note, {}}; }
    static ItemSlot field(const QString &item, const QString &key) { return {item, Kind::Field, key}; }

    bool operator==(const ItemSlot &o) const { return item == o.item && kind == o.kind && fieldKey == o.fieldKey; }
    bool operator!=(const ItemSlot &o) const { return !(*this == o); }
};

inline size_t qHash(const ItemSlot &slot, size_t seed = 0)
{
    return qHashMulti(seed, slot.item, int(slot.kind), slot.fieldKey);
}

// One checklist change as a value: the slot and what it holds afterwards (done for Done, text
// for a note or a field).
struct ItemChange
{
    ItemSlot slot;
    bool done = false;
    QString text;

    bool sameValue(const ItemChange &o) const
    {
        return slot.kind == ItemSlot::Kind::Done ? done == o.done : text == o.text;
    }
};

// The checklist's events, built from typed changes and read back into them. The payloads are the
// record's (item.ticked / item.unticked / item.note_set / item.field_set), so old records read.
namespace ChecklistChanges {
// Appended only when the item's slot does not already hold the value (Condition::IfChanged);
// reverts names the event an undo takes back.
EventDraft ticked(const QString &item, bool done, qint64 reverts = 0);
EventDraft noteSet(const QString &item, const QString &note, qint64 reverts = 0);
// source says where the value came from ("" or "operator" for a typed value, stored without one).
EventDraft fieldSet(const QString &item, const QString &key, const QString &value, const QString &source = {},
                    qint64 reverts = 0);
EventDraft of(const ItemChange &change, qint64 reverts = 0);

// The change a checklist event (or draft) makes, from its kind and payload; nothing for other kinds.
std::optional<ItemChange> read(EventKind kind, const QJsonObject &payload);
inline std::optional<ItemChange> read(const EventDraft &draft)
{
    return read(draft.kind, draft.payload);
}
inline std::optional<ItemChange> read(const AuditEvent &event)
{
    return read(event.kind, event.payload);
}
// The (subject, slot) the record indexes an item's slot under (EventDraft::unchangedSlots).
QPair<QString, QString> recordSlot(const ItemSlot &slot);
// What the slot held before a checklist event, as the record noted on append (a done slot never
// set reads as not done). The event must be a checklist change.
ItemChange before(const AuditEvent &event);
} // namespace ChecklistChanges
