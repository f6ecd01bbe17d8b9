// The items' state as shown: what the record says, or what waits in the team record's outbox.
#include "models/session/LaunchRecord.h"

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
    const ChecklistNode *node = item(id);
    const ChecklistField *field = node ? node->field(key) : nullptr;
    if (field && LaunchTiming::isLaunchTimeField(*field))
        return LaunchTiming::toStored(m_timing.recorded());
    // A value filled in while the team record was away shows as made.
    return shown(ItemSlot::field(id, key)).text;
}

bool LaunchRecord::isDone(const QString &id) const
{
    return shown(ItemSlot::done(id)).done;
}

QString LaunchRecord::note(const QString &id) const
{
    return shown(ItemSlot::note(id)).text;
}

ItemChange LaunchRecord::shown(const ItemSlot &slot) const
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
