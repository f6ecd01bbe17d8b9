// The checklist's changes as the user makes them: tick, note, set a value, undo.
#include "models/session/ChecklistDesk.h"

#include "models/session/LaunchRecord.h"

#include <QCoreApplication>
#include <QPointer>

ChecklistDesk::ChecklistDesk(LaunchRecord &record, QObject *parent) : QObject(parent), m_record(record) {}

Status ChecklistDesk::change(const EventDraft &typed, const ComputedFrom &computedFrom)
{
    if (Status s = m_record.refresh(); !s)
        return s;
    if (const std::optional<ItemChange> c = ChecklistChanges::read(typed); c && m_record.shown(c->slot).sameValue(*c))
        return {}; // nothing to record
    EventDraft draft = typed;
    draft.unchangedSince = computedFrom.since;
    draft.unchangedSlots = computedFrom.inputs;
    return commitUndoable({draft});
}

Status ChecklistDesk::changeAll(const QVector<EventDraft> &changes)
{
    if (Status s = m_record.refresh(); !s)
        return s;
    QVector<EventDraft> drafts;
    for (const EventDraft &d : changes) {
        const std::optional<ItemChange> c = ChecklistChanges::read(d);
        if (c && !m_record.shown(c->slot).sameValue(*c))
            drafts.append(d);
    }
    if (drafts.isEmpty())
        return {}; // nothing to record
    return commitUndoable(drafts);
}

Status ChecklistDesk::commitUndoable(const QVector<EventDraft> &drafts)
{
    // With a writer thread the append commits later: a desk gone by then (a command's) has
    // nothing left to remember.
    return m_record.append(drafts, std::nullopt, nullptr,
                           [self = QPointer<ChecklistDesk>(this)](const QVector<AuditEvent> &committed) {
                               if (self)
                                   self->remember(committed);
                           });
}

void ChecklistDesk::remember(const QVector<AuditEvent> &committed)
{
    if (committed.isEmpty())
        return; // waiting in the outbox: not undoable
    // One append is one user action: undone as a whole, in one append again.
    QVector<AuditEvent> action;
    bool undone = false;
    for (const AuditEvent &e : committed) {
        if (e.reverts() == 0)
            action.append(e);
        else
            undone = true;
    }
    if (undone && !m_undoable.isEmpty())
        m_undoable.removeLast();
    if (!action.isEmpty())
        m_undoable.append(action);
    emit undoChanged();
}

Status ChecklistDesk::setDone(const QString &id, bool done)
{
    const ChecklistNode *node = m_record.item(id);
    if (!node || !node->isTickable())
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistDesk", "There is no item %1 to tick in this checklist.").arg(id));
    return change(ChecklistChanges::ticked(id, done));
}

Status ChecklistDesk::setNote(const QString &id, const QString &note)
{
    if (!m_record.item(id))
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistDesk", "There is no item %1 in this checklist.").arg(id));
    return change(ChecklistChanges::noteSet(id, note.trimmed()));
}

Status ChecklistDesk::setDoneWithNote(const QString &id, bool done, const QString &note)
{
    const ChecklistNode *node = m_record.item(id);
    if (!node || !node->isTickable())
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistDesk", "There is no item %1 to tick in this checklist.").arg(id));
    return changeAll({ChecklistChanges::ticked(id, done), ChecklistChanges::noteSet(id, note.trimmed())});
}

Status ChecklistDesk::setField(const QString &id, const QString &key, const QString &value, const QString &source)
{
    return setField(id, key, value, source, {});
}

Status ChecklistDesk::setField(const QString &id, const QString &key, const QString &value, const QString &source,
                               const ComputedFrom &computedFrom)
{
    const ChecklistNode *node = m_record.item(id);
    const ChecklistField *field = node ? node->field(key) : nullptr;
    if (!field)
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistDesk", "There is no field %1 on item %2.").arg(key, id));
    const QString problem = field->validate(value);
    if (!problem.isEmpty())
        return Status::failure(Error::Code::Invalid, problem);
    if (LaunchTiming::isLaunchTimeField(*field))
        return m_record.recordOne(LaunchTiming::recorded(LaunchTiming::fromStored(field->normalize(value))));
    return change(ChecklistChanges::fieldSet(id, key, field->normalize(value), source), computedFrom);
}

QString ChecklistDesk::undoDescription() const
{
    if (m_undoable.isEmpty())
        return {};
    QStringList whats; // "tick + note" for a tick with its note
    for (const AuditEvent &e : m_undoable.constLast()) {
        switch (e.kind) {
        case EventKind::ItemTicked: whats.append(QCoreApplication::translate("ChecklistDesk", "tick")); break;
        case EventKind::ItemUnticked: whats.append(QCoreApplication::translate("ChecklistDesk", "untick")); break;
        case EventKind::NoteSet: whats.append(QCoreApplication::translate("ChecklistDesk", "note")); break;
        default: whats.append(QCoreApplication::translate("ChecklistDesk", "value")); break;
        }
    }
    const AuditEvent &e = m_undoable.constLast().constFirst();
    const ChecklistNode *node = m_record.item(e.item());
    return QCoreApplication::translate("ChecklistDesk", "%1 \"%2\"")
        .arg(whats.join(QStringLiteral(" + ")), node ? node->title() : e.item());
}

Status ChecklistDesk::undo()
{
    if (m_undoable.isEmpty())
        return Status::failure(Error::Code::NotFound,
                               QCoreApplication::translate("ChecklistDesk", "There is nothing to undo."));
    if (Status s = m_record.refresh(); !s)
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
        bool changedByOthers = !m_record.shown(slot).sameValue(*made);
        if (const auto events = m_record.history(slot.item); events) {
            for (const AuditEvent &e : events.value()) {
                const std::optional<ItemChange> other = ChecklistChanges::read(e);
                changedByOthers = changedByOthers
                    || (other && other->slot == slot && e.seq > last.seq && !m_record.appendedHere(e.seq));
            }
        }
        if (changedByOthers) {
            m_undoable.removeLast();
            emit undoChanged();
            return Status::failure(
                Error::Code::Conflict,
                QCoreApplication::translate("ChecklistDesk",
                                            "This item was changed again after your change (#%1); undo would "
                                            "overwrite that, so nothing was done.")
                    .arg(last.seq));
        }
        inverse.append(ChecklistChanges::of(ChecklistChanges::before(last), last.seq));
    }
    // All of the action's slots back in one append, as they were changed.
    return changeAll(inverse);
}
