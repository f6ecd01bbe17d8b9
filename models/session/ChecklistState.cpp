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
    if (e.kind != EventKind::ItemTicked && e.kind != EventKind::ItemUnticked && e.kind != EventKind::NoteSet
        && e.kind != EventKind::FieldSet)
        return {};
    QString id = e.payloadText("item");
    ItemState &s = m_items[id];
    s.lastSeq = e.seq;
    switch (e.kind) {
    case EventKind::ItemTicked: s.done = true; break;
    case EventKind::ItemUnticked: s.done = false; break;
    case EventKind::NoteSet: s.note = e.payloadText("note"); break;
    default: {
        const QString key = e.payloadText("field");
        s.fields.insert(key, e.payloadText("value"));
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

EventDraft checklistDraft(const QString &item, const QString &slot, const QString &value, qint64 reverts,
                          const QString &source)
{
    QJsonObject p{{QStringLiteral("item"), item}};
    EventKind kind = EventKind::FieldSet;
    if (slot == QLatin1String("done")) {
        kind = value == QLatin1String("true") ? EventKind::ItemTicked : EventKind::ItemUnticked;
    } else if (slot == QLatin1String("note")) {
        kind = EventKind::NoteSet;
        p.insert(QStringLiteral("note"), value);
    } else {
        p.insert(QStringLiteral("field"), slot.mid(slot.indexOf(QLatin1Char(':')) + 1));
        p.insert(QStringLiteral("value"), value);
        if (!source.isEmpty() && source != FieldOrigin::operatorSource())
            p.insert(QStringLiteral("source"), source);
    }
    if (reverts)
        p.insert(QStringLiteral("reverts"), reverts);
    return EventDraft::of(kind, p, EventDraft::Condition::IfChanged);
}
