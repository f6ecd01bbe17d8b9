#pragma once

#include "models/checklist/TemplateDiff.h"
#include "models/checklist/TemplateFile.h"
#include "models/record/Actor.h"
#include "models/session/ChecklistChanges.h"
#include "models/session/ChecklistState.h"

#include <QObject>

class LaunchRecord;

// What a value was computed from in the record: its append is refused with Conflict when any of
// the inputs (subject, slot) changed after since (EventDraft::unchangedSince, unchangedSlots).
struct ComputedFrom
{
    qint64 since = 0;
    QVector<QPair<QString, QString>> inputs;
};

// A proposed import, shown to the user before anything is written.
struct ImportPlan
{
    TemplateFile file;
    TemplateDiff diff;
    bool sameTemplate = false; // the store already uses exactly this template
};

// The checklist's use cases on an open launch record: tick, note, fill in a blank, import a
// template, and undo what this desk did. Each builds typed changes (ChecklistChanges), records
// only what changes a slot, and hands them to the record for the record's actor. The window
// keeps one desk, so that one Undo covers every checklist change made there; a command makes
// its own.
class ChecklistDesk : public QObject
{
    Q_OBJECT

public:
    explicit ChecklistDesk(LaunchRecord &record, QObject *parent = nullptr);

    LaunchRecord &record() const { return m_record; }

    Status setDone(const QString &id, bool done);
    Status setNote(const QString &id, const QString &note);
    // Ticks or unticks an item and records a note with it, as one user action: one append, so
    // the record has both or neither, and one undo takes both back.
    Status setDoneWithNote(const QString &id, bool done, const QString &note);
    // The launch-time blank ("Time of launch recorded") records T0 instead of a plain value.
    // source says where the value came from when a person accepted a proposal (a collector's
    // call); a typed value is the operator's. A new source alone (same value) records nothing.
    Status setField(const QString &id, const QString &key, const QString &value,
                    const QString &source = FieldOrigin::operatorSource());
    // The same for a value computed from the record (a Day 7 figure collected over [T0, …)).
    Status setField(const QString &id, const QString &key, const QString &value, const QString &source,
                    const ComputedFrom &computedFrom);

    // Undoes this desk's last change by appending its inverse; history keeps both.
    bool canUndo() const { return !m_undoable.isEmpty(); }
    QString undoDescription() const;
    Status undo();

    ImportPlan planImport(const TemplateFile &file) const;
    // Refuses (unless force) when items that carry state would leave the checklist.
    Status applyImport(const ImportPlan &plan, bool force);
    // The embedded checklist, recorded at first start for the program, not for a person: nobody
    // may have said who they are yet, and the record never names someone for what they did not do.
    Status importDefault();

signals:
    void undoChanged();

private:
    Status applyImport(const ImportPlan &plan, bool force, const Actor *actor);
    // One checklist change, appended when it changes the slot.
    Status change(const EventDraft &draft, const ComputedFrom &computedFrom = {});
    // Checklist changes made as one user action: those that change their slot, in one append.
    Status changeAll(const QVector<EventDraft> &changes);
    // Appends as one undoable user action (an undo's inverse takes its action off the stack).
    Status commitUndoable(const QVector<EventDraft> &drafts);
    void remember(const QVector<AuditEvent> &committed);

    LaunchRecord &m_record;
    // One entry per user action: all its events.
    QVector<QVector<AuditEvent>> m_undoable;
};
