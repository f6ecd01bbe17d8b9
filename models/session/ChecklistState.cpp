#include "models/session/ChecklistState.h"

QString ChecklistState::apply(const AuditEvent &e)
{
    if (e.kind == EventKind::TemplateImported) {
        m_templateSha = e.payloadText("sha256");
        const QJsonObject parsed = e.payload.value(QLatin1String("parsed")).toObject();
        m_parsedForm = {parsed.value(QLatin1String("format")).toInt(),
                        parsed.value(QLatin1String("blake2b")).toString()};
        return {};
    }
    const std::optional<ItemChange> change = ChecklistChanges::read(e);
    if (!change)
        return {};
    const QString &id = change->slot.item;
    ItemState &s = m_items[id];
    s.lastSeq = e.seq;
    switch (change->slot.kind) {
    case ItemSlot::Kind::Done: s.done = change->done; break;
    case ItemSlot::Kind::Note: s.note = change->text; break;
    case ItemSlot::Kind::Field: {
        const QString &key = change->slot.fieldKey;
        s.fields.insert(key, change->text);
        const QString source = e.payloadText("source");
        s.origins.insert(key, {source.isEmpty() ? FieldOrigin::operatorSource() : source, e.actor, e.timeUtc, e.seq});
        break;
    }
    }
    return id;
}

QJsonObject ChecklistState::importPayload(const QString &sha256, const QString &name, const ParsedForm &parsed)
{
    QJsonObject payload{{QStringLiteral("sha256"), sha256}, {QStringLiteral("name"), name}};
    if (parsed.format > 0)
        payload.insert(
            QStringLiteral("parsed"),
            QJsonObject{{QStringLiteral("format"), parsed.format}, {QStringLiteral("blake2b"), parsed.digest}});
    return payload;
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

FieldOrigin ChecklistState::fieldOrigin(const QString &id, const QString &key) const
{
    const ItemState *s = item(id);
    return s ? s->origins.value(key) : FieldOrigin();
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
