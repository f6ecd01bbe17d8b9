#pragma once

#include "models/checklist/TemplateDiff.h"
#include "models/checklist/TemplateFile.h"
#include "models/monitoring/OutageLog.h"
#include "models/monitoring/ServiceState.h"
#include "models/record/EventStore.h"
#include "models/record/Outbox.h"
#include "models/session/ChecklistState.h"
#include "models/session/LaunchTiming.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class QThread;
class RecordCheck;
class RecordWriter;

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

// One open launch record: the checklist document, the projections of the record (checklist
// state, launch timing, outages), and the use cases that append to it on behalf of an actor.
// Every change is appended first and only then shown, so what the user sees as done is
// committed. With asyncWrites the appends run on a writer thread and a failure arrives as
// writeFailed(); otherwise each call returns when its transaction has committed.
class LaunchRecord : public QObject
{
    Q_OBJECT

public:
    static QString defaultTemplatePath() { return QStringLiteral(":/golive/go-live-checklist.md"); }

    struct OpenOptions
    {
        bool readOnly = false;            // never create, migrate or write (export, verify)
        bool allowReadOnly = false;       // open a store that cannot be written for reading instead of failing
        bool importDefault = true;        // give a store without a checklist the embedded default template
        bool deferIntegrityCheck = false; // leave the page check to startVerify() on a worker thread
        bool asyncWrites = false;         // append on a writer thread (the window)
        // Walk the whole record once before anything else (a command): damage() then says what
        // is wrong, and nothing is appended to a record that fails (EventStore::checkChain()).
        bool checkChain = false;
    };

    static Result<std::unique_ptr<LaunchRecord>> open(const QString &path, const Actor &actor,
                                                          const OpenOptions &options);
    static Result<std::unique_ptr<LaunchRecord>> open(const QString &path, const Actor &actor)
    {
        return open(path, actor, OpenOptions());
    }
    ~LaunchRecord() override;

    // The checklist. Read from the record's parsed form the first time it is asked for: a command
    // that looks at one item (findItems()) never builds the whole tree.
    const ChecklistDocument *document() const;
    // The items idOrText names, as ChecklistDocument::match() finds them; an id is looked up alone
    // while the tree is not built (its node then has no parent and no children).
    QVector<const ChecklistNode *> findItems(const QString &idOrText) const;
    const ChecklistState &state() const { return m_state; }
    const LaunchTiming &timing() const { return m_timing; }
    const OutageLog &outages() const { return m_outages; }
    const EventStore &store() const { return *m_store; }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    // Why the record failed the check asked for at open (OpenOptions::checkChain), or null.
    const VerifyResult *damage() const { return m_store->damage(); }
    qint64 headSeq() const { return m_headSeq; }
    // Who this session's changes are recorded for. A person without a name (nobody has said who
    // is at the desk yet) records nothing: every change is refused until they name themselves.
    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor) { m_actor = actor; }
    // Who records the embedded default checklist at first start: the program, not a person.
    static Actor importer() { return Actor::system(QStringLiteral("Go-Live Control")); }

    // What the checklist shows: the items' state, with the recorded T0 in the launch-time blank.
    ItemStateView view() const;
    QString fieldValue(const QString &id, const QString &key) const;

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

    // Undoes this session's last change by appending its inverse; history keeps both.
    bool canUndo() const { return !m_undoable.isEmpty(); }
    QString undoDescription() const;
    Status undo();

    ImportPlan planImport(const TemplateFile &file) const;
    // Refuses (unless force) when items that carry state would leave the checklist.
    Status applyImport(const ImportPlan &plan, bool force);

    Result<QVector<AuditEvent>> history(const QString &id) const;

    // A feature's projection of the record (not owned; it must outlive the session or be
    // removed). It is built at once from the record and then fed every new event in order;
    // projectionChanged() says when it changed.
    void addProjection(RecordProjection *projection);
    void removeProjection(RecordProjection *projection);
    // Appends a feature's events for actor (the session's own when null), with the same rules
    // as every change: refused on a record that failed its check, committed before it shows.
    Status record(const QVector<EventDraft> &drafts, const Actor *actor = nullptr);
    // The same, and done(status) runs once the append committed or failed (before this returns
    // without a writer thread). Its failure goes to done alone, not to writeFailed() or
    // storeFailed(): the caller decides (a Conflict may be tried again). What is refused before
    // anything is submitted (a blocked or read-only record, nobody named) is returned instead.
    using Done = std::function<void(const Status &)>;
    Status record(const QVector<EventDraft> &drafts, const Actor *actor, const Done &done);
    // One event that a domain's rule built, or the reason the rule refused it.
    Status recordOne(const Result<EventDraft> &draft, const Actor *actor = nullptr);

    // Reads events other programs appended since we last looked (a CI job ticking an item).
    Status refresh();
    // Looks for other programs' changes every intervalMs. A shared record needs no looking:
    // the server tells every desk when one commits (LISTEN/NOTIFY).
    void startWatching(int intervalMs);

    // A team record on a PostgreSQL server (rather than a file of this desk's own).
    bool isShared() const { return m_store->isShared(); }
    // Whether the shared record's server can be reached; while not, changes wait in the desk's
    // outbox (notYetShared()) and are shown as made, marked as not yet shared.
    bool isOnline() const { return m_online; }
    QString offlineReason() const { return m_offlineReason; }
    const QVector<OutboxEntry> &notYetShared() const { return m_notYetShared; }
    bool isNotYetShared(const QString &subject) const;
    // Checks the whole record on a worker thread; verified() reports the result. A failed check
    // stops this session from writing (writeBlockedReason()). One check runs at a time: asked
    // while one runs, another follows it, so the last result covers what was appended meanwhile.
    void startVerify();
    // What startVerify() checks: the trail alone (EventStore::verify()) unless set; the window
    // sets the whole verdict (RecordVerdict::of), the one `golive verify` gives.
    void setVerdict(std::function<VerifyResult(const EventStore &, const std::function<bool()> &)> verdict);
    // Checks the record again after it changed (at most delayMs after the first change, the
    // changes meanwhile joining it), so what the window shows of the check is not left behind.
    void recheckAfterChanges(int delayMs = 2000);
    bool isVerifying() const;
    QString writeBlockedReason() const { return m_blockedReason; }
    int pendingWrites() const;

    // An item's state as shown: what the record says, or what waits in the outbox for it.
    bool isDone(const QString &id) const;
    QString note(const QString &id) const;

signals:
    void itemsChanged(const QStringList &ids);
    // Views reset between these two: until the first, the old document is still there.
    void documentAboutToBeReplaced();
    void documentReplaced();
    void undoChanged();
    void timingChanged();
    void outagesChanged();
    void projectionChanged(RecordProjection *projection);
    void headChanged(qint64 headSeq);
    void verified(const VerifyResult &result);
    // A shared record's server went away (online false, with the reason) or came back.
    void connectivityChanged(bool online, const QString &reason);
    void notYetSharedChanged(int count);
    // Changes made offline that met a change someone else made meanwhile: both are in the
    // record, the offline one after; a person decides what stands.
    void collisionsFound(const QVector<AuditEvent> &offlineEvents);
    void storeFailed(const QString &message);
    // An asynchronous change that was not saved: subject is the item (or service) it was for.
    void writeFailed(const QString &subject, const QString &message);

private:
    LaunchRecord(std::unique_ptr<EventStore> store, const Actor &actor);
    Status loadDocument(const QString &sha);
    // The item with this id: from the tree when it is built, else read alone from the parsed form.
    const ChecklistNode *nodeById(const QString &id) const;
    // The item read alone from the parsed form (its index holds every item but the document
    // itself), while the tree is not built; null otherwise.
    const ChecklistNode *itemAlone(const QString &id) const;
    Status importDefault();
    void applyToProjections(const AuditEvent &e, QStringList *changedItems, bool *timing,
                            QSet<RecordProjection *> *changedProjections);
    Status build(RecordProjection *projection, qint64 upTo);
    // Appends for actor (the session's own when null) and refreshes; undoable changes are
    // remembered for undo. Synchronous or through the writer.
    Status commit(const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl, bool undoable,
                  const Actor *actor = nullptr, const Done &done = {});
    // reportFailure: emit storeFailed()/writeFailed() (no caller takes the outcome).
    void committed(const Result<QVector<AuditEvent>> &result, const QString &subject, bool undoable,
                   bool reportFailure = true);
    void startTeamLink();
    // Events the writer thread read after the server announced them, in order.
    void arrived(const QVector<AuditEvent> &events);
    Status publish(qint64 newHead, QStringList changed, bool timing, const QSet<RecordProjection *> &projections);
    void setNotYetShared(const QVector<OutboxEntry> &entries);
    const ItemChange *pendingChange(const ItemSlot &slot) const;
    // The slot's value as shown (pending or recorded).
    ItemChange current(const ItemSlot &slot) const;
    // One checklist change (ChecklistChanges), appended when it changes the slot.
    Status change(const EventDraft &draft, const ComputedFrom &computedFrom = {});
    // Checklist changes made as one user action: those that change their slot, in one append.
    Status changeAll(const QVector<EventDraft> &changes);
    Status writable() const;

    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<RecordWriter> m_writer;
    mutable std::shared_ptr<ChecklistDocument> m_document;
    QString m_documentSha;
    // Until document() builds the tree: the verified parsed form and the template's text (UTF-8),
    // and the items read alone from it (kept while the checklist stays, as the tree would be).
    mutable QByteArray m_parsed;
    mutable QByteArray m_markdownUtf8;
    mutable QHash<QString, std::shared_ptr<const ChecklistNode>> m_itemsAlone;
    ChecklistState m_state;
    LaunchTiming m_timing;
    OutageLog m_outages;
    QVector<RecordProjection *> m_projections; // m_outages and those features added
    qint64 m_headSeq = 0;
    Actor m_actor;
    // One entry per user action: all its events.
    QVector<QVector<AuditEvent>> m_undoable;
    QSet<qint64> m_ownSeqs; // what this session appended: its own later changes never block an undo
    QString m_blockedReason;
    QTimer m_watch;
    std::unique_ptr<RecordCheck> m_check; // startVerify(), recheckAfterChanges()
    bool m_online = true;
    QString m_offlineReason;
    QVector<OutboxEntry> m_notYetShared;
    QHash<ItemSlot, ItemChange> m_pendingValues; // checklist slots changed offline
};
