#include "models/session/LaunchRecord.h"

#include "models/record/RecordWriter.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/DeskFiles.h"
#include "models/session/RecordCheck.h"

#include <QCoreApplication>

#include <utility>

LaunchRecord::LaunchRecord(std::unique_ptr<EventStore> store, const Actor &actor)
    : m_store(std::move(store)), m_actor(actor)
{
    m_projections.append(&m_outages);
    connect(&m_watch, &QTimer::timeout, this, [this] { refresh(); });
    m_check = std::make_unique<RecordCheck>(m_store->address());
    connect(m_check.get(), &RecordCheck::finished, this, [this](const VerifyResult &result) {
        if (!result.intact && !result.cancelled)
            m_blockedReason = result.reason;
        else if (result.intact)
            m_blockedReason.clear();
        emit verified(result);
    });
}

LaunchRecord::~LaunchRecord()
{
    m_check.reset();  // a check that runs is interrupted
    m_writer.reset(); // every submitted change is committed before the record closes
}

Result<std::unique_ptr<LaunchRecord>> LaunchRecord::open(const QString &path, const Actor &actor,
                                                         const OpenOptions &options)
{
    const auto integrity =
        options.deferIntegrityCheck ? EventStore::Integrity::Deferred : EventStore::Integrity::CheckOnOpen;
    auto store = EventStore::open(path, options.readOnly ? EventStore::Access::ReadOnly : EventStore::Access::ReadWrite,
                                  integrity);
    if (!store && !options.readOnly && options.allowReadOnly && store.error().code == Error::Code::ReadOnly) {
        auto readOnly = EventStore::open(path, EventStore::Access::ReadOnly, integrity);
        if (readOnly)
            store = std::move(readOnly);
    }
    if (!store)
        return store.error();
    std::unique_ptr<LaunchRecord> session(new LaunchRecord(std::move(store.value()), actor));
    if (Status s = session->refresh(); !s)
        return s.error();
    if (options.checkChain)
        session->m_store->checkChain(); // a failure is kept: damage(), and every append refused
    if (session->m_state.templateSha().isEmpty()) {
        if (session->isReadOnly())
            return Error::make(Error::Code::NotAStore,
                               QCoreApplication::translate("LaunchRecord", "The store %1 holds no checklist yet.")
                                   .arg(session->m_store->path()));
        if (options.importDefault && !session->damage()) {
            if (Status s = ChecklistDesk(*session).importDefault(); !s)
                return s.error();
        }
    }
    if (options.asyncWrites && !session->isReadOnly()) {
        const auto location = RecordLocation::parse(session->m_store->address());
        const QString outbox = session->isShared() ? DeskFiles::outboxPathFor(location.value()) : QString();
        session->m_writer = std::make_unique<RecordWriter>(session->m_store->address(), outbox);
        if (session->isShared())
            session->startTeamLink();
    } else if (session->isShared()) {
        // Without a writer thread the session's own connection listens (a command, a test).
        if (Status s = session->m_store->listen([s = session.get()](qint64) { s->refresh(); }); !s)
            return s.error();
    }
    return session;
}

void LaunchRecord::applyToProjections(const AuditEvent &e, QStringList *changedItems, bool *timing,
                                      QSet<RecordProjection *> *changedProjections)
{
    const QString item = m_state.apply(e);
    if (!item.isEmpty() && (changedItems->isEmpty() || changedItems->constLast() != item))
        changedItems->append(item);
    *timing = m_timing.apply(e) || *timing;
    for (RecordProjection *p : std::as_const(m_projections)) {
        if (p->apply(e))
            changedProjections->insert(p);
    }
}

Status LaunchRecord::build(RecordProjection *projection, qint64 upTo)
{
    // The last event of every slot of the kinds it reads, then every event of the kinds it wants
    // whole, in order. A projection that wants all its kinds whole needs only the second read.
    const QVector<EventKind> whole = projection->fullHistoryKinds();
    QVector<EventKind> latestKinds = projection->kinds();
    bool needLatest = latestKinds.isEmpty();
    for (EventKind k : whole)
        latestKinds.removeAll(k);
    needLatest = needLatest || !latestKinds.isEmpty();
    Status read;
    if (needLatest) {
        qint64 ignored = 0;
        read = m_store->readLatestEvents(
            [&](const AuditEvent &e) {
                if (e.seq <= upTo && !whole.contains(e.kind))
                    projection->apply(e);
            },
            &ignored, latestKinds);
    }
    if (read && !whole.isEmpty()) {
        auto events = m_store->eventsOfKinds(whole);
        if (!events)
            return events.status();
        for (const AuditEvent &e : events.value())
            if (e.seq <= upTo)
                projection->apply(e);
    }
    return read;
}

void LaunchRecord::addProjection(RecordProjection *projection)
{
    if (Status s = build(projection, m_headSeq); !s)
        emit storeFailed(s.message());
    m_projections.append(projection);
    emit projectionChanged(projection);
}

void LaunchRecord::removeProjection(RecordProjection *projection)
{
    m_projections.removeAll(projection);
}

Status LaunchRecord::record(const QVector<EventDraft> &drafts, const Actor *actor)
{
    return commit(drafts, std::nullopt, actor, {}, {});
}

Status LaunchRecord::record(const QVector<EventDraft> &drafts, const Actor *actor, const Done &done)
{
    return commit(drafts, std::nullopt, actor, {}, done);
}

Status LaunchRecord::recordOne(const Result<EventDraft> &draft, const Actor *actor)
{
    if (!draft)
        return draft.error();
    return commit({draft.value()}, std::nullopt, actor, {}, {});
}

Status LaunchRecord::append(const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl,
                            const Actor *actor, const Committed &committed)
{
    return commit(drafts, tmpl, actor, committed, {});
}

Status LaunchRecord::refresh()
{
    // Offline, the desk shows what it last read and what waits in its outbox. A window on a
    // shared record never reads here: its writer thread reads what the server announced and
    // hands it over (arrived()), so this thread never waits on the network.
    if (!m_online || (m_writer && isShared()))
        return {};
    auto head = m_store->headSeq();
    if (!head) {
        emit storeFailed(head.error().message);
        return head.error();
    }
    if (*head == m_headSeq && (!m_documentSha.isEmpty() || m_state.templateSha().isEmpty()))
        return {};
    QStringList changed;
    bool timing = false;
    QSet<RecordProjection *> projections;
    Status read;
    qint64 newHead = m_headSeq;
    if (m_headSeq == 0) {
        // The first load takes each slot's last event through the cache: the checklist and T0
        // need no more. The feature projections are built each with what it needs.
        QSet<RecordProjection *> ignored;
        const QVector<RecordProjection *> features = std::exchange(m_projections, {});
        read = m_store->readLatestEvents(
            [&](const AuditEvent &e) { applyToProjections(e, &changed, &timing, &ignored); }, &newHead);
        m_projections = features;
        for (RecordProjection *p : features) {
            if (read)
                read = build(p, newHead);
            projections.insert(p);
        }
    } else {
        read = m_store->readEvents(m_headSeq, [&](const AuditEvent &e) {
            applyToProjections(e, &changed, &timing, &projections);
            newHead = e.seq;
        });
    }
    if (!read) {
        emit storeFailed(read.message());
        return read;
    }
    return publish(newHead, changed, timing, projections);
}

void LaunchRecord::arrived(const QVector<AuditEvent> &events)
{
    QStringList changed;
    bool timing = false;
    QSet<RecordProjection *> projections;
    qint64 newHead = m_headSeq;
    for (const AuditEvent &e : events) {
        if (e.seq <= newHead)
            continue; // already here
        if (e.seq != newHead + 1) {
            // Never across a gap (it should not happen): read what is missing here instead.
            m_store->readEvents(newHead, [&](const AuditEvent &missing) {
                applyToProjections(missing, &changed, &timing, &projections);
                newHead = missing.seq;
            });
            break;
        }
        applyToProjections(e, &changed, &timing, &projections);
        newHead = e.seq;
    }
    if (newHead != m_headSeq)
        publish(newHead, changed, timing, projections);
}

Status LaunchRecord::publish(qint64 newHead, QStringList changed, bool timing,
                             const QSet<RecordProjection *> &projections)
{
    m_headSeq = newHead;
    if (!m_state.templateSha().isEmpty() && m_state.templateSha() != m_documentSha) {
        if (Status s = loadDocument(m_state.templateSha()); !s) {
            emit storeFailed(s.message());
            return s;
        }
        emit documentReplaced();
    } else if (!changed.isEmpty()) {
        changed.removeDuplicates();
        emit itemsChanged(changed);
    }
    if (timing)
        emit timingChanged();
    for (RecordProjection *p : std::as_const(projections)) {
        emit projectionChanged(p);
        if (p == &m_outages)
            emit outagesChanged();
    }
    emit headChanged(m_headSeq);
    m_check->changed();
    return {};
}

void LaunchRecord::startWatching(int intervalMs)
{
    if (!isShared()) // the server tells a shared record's desks (LISTEN/NOTIFY)
        m_watch.start(intervalMs);
}

int LaunchRecord::pendingWrites() const
{
    return m_writer ? m_writer->pending() : 0;
}

Status LaunchRecord::writable() const
{
    if (!m_blockedReason.isEmpty())
        return Status::failure(
            Error::Code::Refused,
            QCoreApplication::translate("LaunchRecord",
                                        "Nothing more is written to %1: its check failed (%2). Restore the "
                                        "store from a backup, or find out who changed it.")
                .arg(m_store->path(), m_blockedReason));
    if (isReadOnly())
        return Status::failure(
            Error::Code::ReadOnly,
            QCoreApplication::translate("LaunchRecord", "The store %1 is open read-only; the change was not saved.")
                .arg(m_store->path()));
    return {};
}

Status LaunchRecord::commit(const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl,
                            const Actor *actor, const Committed &onCommitted, const Done &done)
{
    if (Status s = writable(); !s)
        return s;
    const Actor &who = actor ? *actor : m_actor;
    if (who.name.trimmed().isEmpty()) // never "unknown": nothing is recorded for nobody
        return Status::failure(Error::Code::Refused,
                               QCoreApplication::translate("LaunchRecord",
                                                           "Nothing was recorded: nobody has said who is making this "
                                                           "change. Give your name first (Edit → Operator…, or --as "
                                                           "NAME on the command line)."));
    const QString subject = drafts.isEmpty() ? QString() : indexOf(drafts.first().kind, drafts.first().payload).subject;
    if (m_writer) {
        m_writer->submit(who, drafts, tmpl, m_headSeq, this,
                         [this, subject, onCommitted, done](const RecordWriter::Outcome &outcome) {
                             if (outcome.queued) {
                                 QVector<OutboxEntry> entries = m_notYetShared;
                                 entries.append(*outcome.queued);
                                 setNotYetShared(entries);
                                 if (onCommitted)
                                     onCommitted({});
                                 if (done)
                                     done({});
                                 return;
                             }
                             committed(outcome.result, subject, onCommitted, !done);
                             if (done)
                                 done(outcome.result.status());
                         });
        return {};
    }
    const auto result = m_store->append(who, drafts, tmpl ? &*tmpl : nullptr);
    committed(result, subject, onCommitted, !done);
    // What committed is reported as saved: a read after it that fails (the server went right
    // after its answer) says so through storeFailed(), and the next read reconnects.
    if (result)
        refresh();
    const Status s = result.status();
    if (!done)
        return s;
    done(s);
    return {};
}

void LaunchRecord::committed(const Result<QVector<AuditEvent>> &result, const QString &subject,
                             const Committed &onCommitted, bool reportFailure)
{
    if (!result) {
        if (reportFailure) {
            emit storeFailed(result.error().message);
            emit writeFailed(subject, result.error().message);
        }
        return;
    }
    for (const AuditEvent &e : result.value())
        m_ownSeqs.insert(e.seq);
    if (onCommitted)
        onCommitted(result.value());
    if (m_writer)
        refresh();
}

Result<QVector<AuditEvent>> LaunchRecord::history(const QString &id) const
{
    return m_store->eventsFor(id);
}

void LaunchRecord::startVerify()
{
    m_check->start();
}

void LaunchRecord::setVerdict(std::function<VerifyResult(const EventStore &, const std::function<bool()> &)> verdict)
{
    m_check->setVerdict(std::move(verdict));
}

bool LaunchRecord::isVerifying() const
{
    return m_check->isRunning();
}

void LaunchRecord::recheckAfterChanges(int delayMs)
{
    m_check->recheckAfterChanges(delayMs);
}
