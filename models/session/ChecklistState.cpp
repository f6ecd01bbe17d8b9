#include "ChecklistState.h"

QString ChecklistState::apply(const AuditEvent &e)
{
    m_headSeq = e.seq;
    if (e.slot == AuditSlots::templateRef()) {
        m_templateSha = e.newValue;
        return {};
    }
    ItemState &s = m_items[e.item];
    s.lastSeq = e.seq;
    if (e.slot == AuditSlots::done())
        s.done = e.newValue == QLatin1String("true");
    else if (e.slot == AuditSlots::note())
        s.note = e.newValue;
    else if (e.slot.startsWith(QLatin1String("field:")))
        s.fields.insert(e.slot.mid(6), e.newValue);
    return e.item;
}

const ItemState *ChecklistState::item(const QString &id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? nullptr : &it.value();
}

bool ChecklistState::isDone(const QString &id) const
{
    const ItemState *s = item(id);
    return s && s->done;
}

QString ChecklistState::note(const QString &id) const
{
    const ItemState *s = item(id);
    return s ? s->note : QString();
}

QString ChecklistState::field(const QString &id, const QString &key) const
{
    const ItemState *s = item(id);
    return s ? s->fields.value(key) : QString();
}

bool ChecklistState::hasState(const QString &id) const
{
    const ItemState *s = item(id);
    if (!s)
        return false;
    if (s->done || !s->note.isEmpty())
        return true;
    for (const QString &v : s->fields) {
        if (!v.isEmpty())
            return true;
    }
    return false;
}

ItemStateView viewOf(const ChecklistState &state)
{
    return {[&state](const QString &id) { return state.isDone(id); },
            [&state](const QString &id) { return state.note(id); },
            [&state](const QString &id, const QString &key) { return state.field(id, key); }};
}
