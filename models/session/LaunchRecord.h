#pragma once

#include "models/checklist/ChecklistNode.h"
#include "models/monitoring/OutageLog.h"
#include "models/monitoring/ServiceState.h"
#include "models/record/EventStore.h"
#include "models/record/Outbox.h"
#include "models/session/ChecklistChanges.h"
#include "models/session/ChecklistState.h"
#include "models/session/LaunchTiming.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class QThread;
class RecordCheck;
class RecordWriter;

// One open launch record: the record (a file or a team record), the writer that appends to it,
// and its projections (the checklist document and state, launch timing, outages, and those the
// features register). The use cases that decide what to append are the desks' (ChecklistDesk,
// TimingDesk, IncidentDesk, …); they hand typed drafts to record() or append().
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
    // The item with this id, or null: from the tree when it is built, else read alone.
    const ChecklistNode *item(const QString &id) const;
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

    // An item's slot as shown: what the record says, or what waits in the outbox for it.
    ItemChange shown(const ItemSlot &slot) const;

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
    // The same rules, for a desk that wants what was committed (ChecklistDesk's undo) or stores
    // a template with its events: committed(events) runs once they committed (with no events
    // when they wait in the team record's outbox); a failure goes to storeFailed()/writeFailed().
    using Committed = std::function<void(const QVector<AuditEvent> &)>;
    Status append(const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl, const Actor *actor,
                  const Committed &committed);
    // Whether this open record appended the event (a desk's own later change never blocks its undo).
    bool appendedHere(qint64 seq) const { return m_ownSeqs.contains(seq); }

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
    // The item read alone from the parsed form (its index holds every item but the document
    // itself), while the tree is not built; null otherwise.
    const ChecklistNode *itemAlone(const QString &id) const;
    void applyToProjections(const AuditEvent &e, QStringList *changedItems, bool *timing,
                            QSet<RecordProjection *> *changedProjections);
    Status build(RecordProjection *projection, qint64 upTo);
    // Appends for actor (the session's own when null) and refreshes. Synchronous or through the
    // writer. Without done, a failure is reported by storeFailed()/writeFailed().
    Status commit(const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl, const Actor *actor,
                  const Committed &committed, const Done &done);
    void committed(const Result<QVector<AuditEvent>> &result, const QString &subject, const Committed &onCommitted,
                   bool reportFailure);
    void startTeamLink();
    // Events the writer thread read after the server announced them, in order.
    void arrived(const QVector<AuditEvent> &events);
    Status publish(qint64 newHead, QStringList changed, bool timing, const QSet<RecordProjection *> &projections);
    void setNotYetShared(const QVector<OutboxEntry> &entries);
    const ItemChange *pendingChange(const ItemSlot &slot) const;
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
    QSet<qint64> m_ownSeqs; // appendedHere()
    QString m_blockedReason;
    QTimer m_watch;
    std::unique_ptr<RecordCheck> m_check; // startVerify(), recheckAfterChanges()
    bool m_online = true;
    QString m_offlineReason;
    QVector<OutboxEntry> m_notYetShared;
    QHash<ItemSlot, ItemChange> m_pendingValues; // checklist slots changed offline
};
