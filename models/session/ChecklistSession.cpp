#include "models/session/ChecklistSession.h"

#include "models/checklist/ParsedChecklist.h"
#include "models/record/RecordWriter.h"
#include "models/session/ChecklistChanges.h"
#include "models/session/DeskFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QUuid>

#include <utility>

ChecklistSession::ChecklistSession(std::unique_ptr<EventStore> store, const Actor &actor)
    : m_store(std::move(store)), m_actor(actor)
{
    qRegisterMetaType<VerifyResult>();
    m_projections.append(&m_outages);
    connect(&m_watch, &QTimer::timeout, this, [this] { refresh(); });
    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, &ChecklistSession::startVerify);
}

ChecklistSession::~ChecklistSession()
{
    if (m_verifier) {
        m_verifier->requestInterruption();
        m_verifier->wait();
        delete m_verifier;
    }
    m_writer.reset(); // every submitted change is committed before the record closes
}

Result<std::unique_ptr<ChecklistSession>> ChecklistSession::open(const QString &path, const Actor &actor,
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
    std::unique_ptr<ChecklistSession> session(new ChecklistSession(std::move(store.value()), actor));
    if (Status s = session->refresh(); !s)
        return s.error();
    if (options.checkChain)
        session->m_store->checkChain(); // a failure is kept: damage(), and every append refused
    if (session->m_state.templateSha().isEmpty()) {
        if (session->isReadOnly())
            return Error::make(Error::Code::NotAStore,
                               QCoreApplication::translate("ChecklistSession", "The store %1 holds no checklist yet.")
                                   .arg(session->m_store->path()));
        if (options.importDefault && !session->damage()) {
            if (Status s = session->importDefault(); !s)
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

Status ChecklistSession::importDefault()
{
    QFile resource(defaultTemplatePath());
    if (!resource.open(QIODevice::ReadOnly))
        return Status::failure(Error::Code::NotFound,
                               QCoreApplication::translate(
                                   "ChecklistSession", "The embedded default checklist is missing from this build."));
    auto file = TemplateFile::fromMarkdown(QStringLiteral("go-live-checklist.md"), resource.readAll());
    if (!file)
        return file.error();
    // The program chose this checklist, not a person: at first start nobody may have said who
    // they are yet, and the record never names someone for what they did not do.
    const Actor program = importer();
    const Actor person = std::exchange(m_actor, program);
    const Status imported = applyImport(planImport(file.value()), false);
    m_actor = person;
    return imported;
}

Status ChecklistSession::loadDocument(const QString &sha)
{
    if (sha == m_documentSha)
        return {};
    // The text is checked against its hash even when the tree beside it is used: an edited text
    // makes the record refuse to open, whatever is kept beside it.
    const auto text = m_store->loadTemplateText(sha);
    if (!text)
        return text.error();
    // The tree kept beside the text, when the import named it and it is still what it named;
    // otherwise the text is read again (and the reading not stored: a reader never writes).
    QByteArray parsed;
    if (const auto &named = m_state.parsedForm(); named.format == ParsedChecklist::kFormat) {
        const auto stored = m_store->loadParsedTemplate(sha, named.format);
        if (stored && !stored->isEmpty() && StoredTemplate::parsedDigestOf(*stored) == named.digest)
            parsed = stored.value();
    }
    std::unique_ptr<ChecklistDocument> document;
    if (parsed.isEmpty())
        document = MarkdownChecklistReader::read(QString::fromUtf8(text.value()));
    emit documentAboutToBeReplaced();
    m_document = std::move(document);
    m_parsed = parsed;
    m_markdownUtf8 = parsed.isEmpty() ? QByteArray() : text.value();
    m_itemsAlone.clear();
    m_documentSha = sha;
    return {};
}

const ChecklistDocument *ChecklistSession::document() const
{
    if (!m_document && !m_parsed.isEmpty()) {
        m_document = ParsedChecklist::decode(m_parsed, m_documentSha, m_markdownUtf8);
        // A form that verified and still cannot be read (its writer's fault): the text is read.
        if (!m_document)
            m_document = MarkdownChecklistReader::read(QString::fromUtf8(m_markdownUtf8));
        m_parsed.clear();
        m_markdownUtf8.clear();
    }
    return m_document.get();
}

const ChecklistNode *ChecklistSession::itemAlone(const QString &id) const
{
    // A few items are read alone; more than that, and the tree costs less than the reads.
    if (m_document || m_parsed.isEmpty() || m_itemsAlone.size() >= 8)
        return nullptr;
    if (const auto known = m_itemsAlone.constFind(id); known != m_itemsAlone.constEnd())
        return known->get();
    std::shared_ptr<const ChecklistNode> alone = ParsedChecklist::findNode(m_parsed, m_documentSha, m_markdownUtf8, id);
    return alone ? m_itemsAlone.insert(id, std::move(alone))->get() : nullptr;
}

const ChecklistNode *ChecklistSession::nodeById(const QString &id) const
{
    if (const ChecklistNode *alone = itemAlone(id))
        return alone;
    return document() ? document()->find(id) : nullptr;
}

QVector<const ChecklistNode *> ChecklistSession::findItems(const QString &idOrText) const
{
    if (const ChecklistNode *alone = itemAlone(idOrText))
        return {alone};
    return document() ? document()->match(idOrText) : QVector<const ChecklistNode *>();
}

void ChecklistSession::applyToProjections(const AuditEvent &e, QStringList *changedItems, bool *timing,
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

Status ChecklistSession::build(RecordProjection *projection, qint64 upTo)
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

void ChecklistSession::addProjection(RecordProjection *projection)
{
    if (Status s = build(projection, m_headSeq); !s)
        emit storeFailed(s.message());
    m_projections.append(projection);
    emit projectionChanged(projection);
}

void ChecklistSession::removeProjection(RecordProjection *projection)
{
    m_projections.removeAll(projection);
}

Status ChecklistSession::record(const QVector<EventDraft> &drafts, const Actor *actor)
{
    return commit(drafts, std::nullopt, false, actor);
}

Status ChecklistSession::record(const QVector<EventDraft> &drafts, const Actor *actor, const Done &done)
{
    return commit(drafts, std::nullopt, false, actor, done);
}

Status ChecklistSession::recordOne(const Result<EventDraft> &draft, const Actor *actor)
{
    if (!draft)
        return draft.error();
    return commit({draft.value()}, std::nullopt, false, actor);
}

Status ChecklistSession::refresh()
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

void ChecklistSession::arrived(const QVector<AuditEvent> &events)
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

Status ChecklistSession::publish(qint64 newHead, QStringList changed, bool timing,
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
    if (m_recheck.interval() > 0 && !m_recheck.isActive())
        m_recheck.start();
    return {};
}

void ChecklistSession::startWatching(int intervalMs)
{
    if (!isShared()) // the server tells a shared record's desks (LISTEN/NOTIFY)
        m_watch.start(intervalMs);
}

int ChecklistSession::pendingWrites() const
{
    return m_writer ? m_writer->pending() : 0;
}

ItemStateView ChecklistSession::view() const
{
    return {[this](const QString &id) { return isDone(id); }, [this](const QString &id) { return note(id); },
            [this](const QString &id, const QString &key) { return fieldValue(id, key); }};
}

const ItemChange *ChecklistSession::pendingChange(const ItemSlot &slot) const
{
    const auto it = m_pendingValues.constFind(slot);
    return it == m_pendingValues.constEnd() ? nullptr : &it.value();
}

bool ChecklistSession::isNotYetShared(const QString &subject) const
{
    for (auto it = m_pendingValues.constBegin(); it != m_pendingValues.constEnd(); ++it) {
        if (it.key().item == subject)
            return true;
    }
    return false;
}

void ChecklistSession::setNotYetShared(const QVector<OutboxEntry> &entries)
{
    QStringList changed;
    for (auto it = m_pendingValues.constBegin(); it != m_pendingValues.constEnd(); ++it)
        changed.append(it.key().item);
    m_notYetShared = entries;
    m_pendingValues.clear();
    for (const OutboxEntry &entry : entries) {
        for (const EventDraft &d : entry.drafts) {
            if (const std::optional<ItemChange> change = ChecklistChanges::read(d)) {
                m_pendingValues.insert(change->slot, *change);
                changed.append(change->slot.item);
            }
        }
    }
    changed.removeDuplicates();
    if (!changed.isEmpty())
        emit itemsChanged(changed);
    emit notYetSharedChanged(int(m_notYetShared.size()));
}

void ChecklistSession::startTeamLink()
{
    RecordWriter::TeamCallbacks callbacks;
    callbacks.arrived = [this](const QVector<AuditEvent> &events) { arrived(events); };
    callbacks.waiting = [this](const QVector<OutboxEntry> &entries) { setNotYetShared(entries); };
    callbacks.connectivity = [this](bool online, const QString &reason) {
        m_online = online;
        m_offlineReason = reason;
        // This thread's connection broke with the writer's: the next read here (a history, an
        // undo) takes a new one.
        if (online)
            m_store->markConnectionLost();
        emit connectivityChanged(online, reason);
    };
    callbacks.shared = [this](const OutboxPush &push) {
        setNotYetShared(m_notYetShared.mid(push.shared));
        if (push.stoppedBy.isError() && push.stoppedBy.code != Error::Code::Unreachable)
            emit storeFailed(push.stoppedBy.message);
        if (!push.collisions.isEmpty())
            emit collisionsFound(push.collisions);
    };
    m_writer->startTeamLink(this, callbacks, m_headSeq);
}

QString ChecklistSession::fieldValue(const QString &id, const QString &key) const
{
    const ChecklistNode *node = nodeById(id);
    const ChecklistField *field = node ? node->field(key) : nullptr;
    if (field && LaunchTiming::isLaunchTimeField(*field))
        return LaunchTiming::toStored(m_timing.recorded());
    // A value filled in while the team record was away shows as made.
    return current(ItemSlot::field(id, key)).text;
}

bool ChecklistSession::isDone(const QString &id) const
{
    return current(ItemSlot::done(id)).done;
}

QString ChecklistSession::note(const QString &id) const
{
    return current(ItemSlot::note(id)).text;
}

ItemChange ChecklistSession::current(const ItemSlot &slot) const
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

Status ChecklistSession::writable() const
{
    if (!m_blockedReason.isEmpty())
        return Status::failure(
            Error::Code::Refused,
            QCoreApplication::translate("ChecklistSession",
                                        "Nothing more is written to %1: its check failed (%2). Restore the "
                                        "store from a backup, or find out who changed it.")
                .arg(m_store->path(), m_blockedReason));
    if (isReadOnly())
        return Status::failure(
            Error::Code::ReadOnly,
            QCoreApplication::translate("ChecklistSession", "The store %1 is open read-only; the change was not saved.")
                .arg(m_store->path()));
    return {};
}

Status ChecklistSession::commit(const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl,
                                bool undoable, const Actor *actor, const Done &done)
{
    if (Status s = writable(); !s)
        return s;
    const Actor &who = actor ? *actor : m_actor;
    if (who.name.trimmed().isEmpty()) // never "unknown": nothing is recorded for nobody
        return Status::failure(Error::Code::Refused,
                               QCoreApplication::translate("ChecklistSession",
                                                           "Nothing was recorded: nobody has said who is making this "
                                                           "change. Give your name first (Edit → Operator…, or --as "
                                                           "NAME on the command line)."));
    const QString subject = drafts.isEmpty() ? QString() : indexOf(drafts.first().kind, drafts.first().payload).subject;
    if (m_writer) {
        m_writer->submit(who, drafts, tmpl, m_headSeq, this,
                         [this, subject, undoable, done](const RecordWriter::Outcome &outcome) {
                             if (outcome.queued) {
                                 QVector<OutboxEntry> entries = m_notYetShared;
                                 entries.append(*outcome.queued);
                                 setNotYetShared(entries);
                                 if (done)
                                     done({});
                                 return;
                             }
                             committed(outcome.result, subject, undoable, !done);
                             if (done)
                                 done(outcome.result.status());
                         });
        return {};
    }
    const auto result = m_store->append(who, drafts, tmpl ? &*tmpl : nullptr);
    committed(result, subject, undoable, !done);
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

void ChecklistSession::committed(const Result<QVector<AuditEvent>> &result, const QString &subject, bool undoable,
                                 bool reportFailure)
{
    if (!result) {
        if (reportFailure) {
            emit storeFailed(result.error().message);
            emit writeFailed(subject, result.error().message);
        }
        return;
    }
    // One append is one user action: undone as a whole, in one append again.
    QVector<AuditEvent> action;
    bool undone = false;
    for (const AuditEvent &e : result.value()) {
        m_ownSeqs.insert(e.seq);
        if (!undoable)
            continue;
        if (e.reverts() == 0)
            action.append(e);
        else
            undone = true;
    }
    if (undone && !m_undoable.isEmpty())
        m_undoable.removeLast();
    if (!action.isEmpty())
        m_undoable.append(action);
    if (undoable && !result->isEmpty())
        emit undoChanged();
    if (m_writer)
        refresh();
}

Status ChecklistSession::change(const EventDraft &typed, const ComputedFrom &computedFrom)
{
    if (Status s = refresh(); !s)
        return s;
    if (const std::optional<ItemChange> c = ChecklistChanges::read(typed); c && current(c->slot).sameValue(*c))
        return {}; // nothing to record
    EventDraft draft = typed;
    draft.unchangedSince = computedFrom.since;
    draft.unchangedSlots = computedFrom.inputs;
    return commit({draft}, std::nullopt, true);
}

Status ChecklistSession::changeAll(const QVector<EventDraft> &changes)
{
    if (Status s = refresh(); !s)
        return s;
    QVector<EventDraft> drafts;
    for (const EventDraft &d : changes) {
        const std::optional<ItemChange> c = ChecklistChanges::read(d);
        if (c && !current(c->slot).sameValue(*c))
            drafts.append(d);
    }
    if (drafts.isEmpty())
        return {}; // nothing to record
    return commit(drafts, std::nullopt, true);
}

Status ChecklistSession::setDone(const QString &id, bool done)
{
    const ChecklistNode *node = nodeById(id);
    if (!node || !node->isTickable())
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistSession", "There is no item %1 to tick in this checklist.").arg(id));
    return change(ChecklistChanges::ticked(id, done));
}

Status ChecklistSession::setNote(const QString &id, const QString &note)
{
    if (!nodeById(id))
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistSession", "There is no item %1 in this checklist.").arg(id));
    return change(ChecklistChanges::noteSet(id, note.trimmed()));
}

Status ChecklistSession::setDoneWithNote(const QString &id, bool done, const QString &note)
{
    const ChecklistNode *node = nodeById(id);
    if (!node || !node->isTickable())
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistSession", "There is no item %1 to tick in this checklist.").arg(id));
    return changeAll({ChecklistChanges::ticked(id, done), ChecklistChanges::noteSet(id, note.trimmed())});
}

Status ChecklistSession::setField(const QString &id, const QString &key, const QString &value, const QString &source)
{
    return setField(id, key, value, source, {});
}

Status ChecklistSession::setField(const QString &id, const QString &key, const QString &value, const QString &source,
                                  const ComputedFrom &computedFrom)
{
    const ChecklistNode *node = nodeById(id);
    const ChecklistField *field = node ? node->field(key) : nullptr;
    if (!field)
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("ChecklistSession", "There is no field %1 on item %2.").arg(key, id));
    const QString problem = field->validate(value);
    if (!problem.isEmpty())
        return Status::failure(Error::Code::Invalid, problem);
    if (LaunchTiming::isLaunchTimeField(*field))
        return recordOne(LaunchTiming::recorded(LaunchTiming::fromStored(field->normalize(value))));
    return change(ChecklistChanges::fieldSet(id, key, field->normalize(value), source), computedFrom);
}

QString ChecklistSession::undoDescription() const
{
    if (m_undoable.isEmpty())
        return {};
    QStringList whats; // "tick + note" for a tick with its note
    for (const AuditEvent &e : m_undoable.constLast()) {
        switch (e.kind) {
        case EventKind::ItemTicked: whats.append(QCoreApplication::translate("ChecklistSession", "tick")); break;
        case EventKind::ItemUnticked: whats.append(QCoreApplication::translate("ChecklistSession", "untick")); break;
        case EventKind::NoteSet: whats.append(QCoreApplication::translate("ChecklistSession", "note")); break;
        default: whats.append(QCoreApplication::translate("ChecklistSession", "value")); break;
        }
    }
    const AuditEvent &e = m_undoable.constLast().constFirst();
    const ChecklistNode *node = nodeById(e.item());
    return QCoreApplication::translate("ChecklistSession", "%1 \"%2\"")
        .arg(whats.join(QStringLiteral(" + ")), node ? node->title() : e.item());
}

Status ChecklistSession::undo()
{
    if (m_undoable.isEmpty())
        return Status::failure(Error::Code::NotFound,
                               QCoreApplication::translate("ChecklistSession", "There is nothing to undo."));
    if (Status s = refresh(); !s)
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
        bool changedByOthers = !current(slot).sameValue(*made);
        if (const auto events = m_store->eventsFor(slot.item); events) {
            for (const AuditEvent &e : events.value()) {
                const std::optional<ItemChange> other = ChecklistChanges::read(e);
                changedByOthers =
                    changedByOthers || (other && other->slot == slot && e.seq > last.seq && !m_ownSeqs.contains(e.seq));
            }
        }
        if (changedByOthers) {
            m_undoable.removeLast();
            emit undoChanged();
            return Status::failure(
                Error::Code::Conflict,
                QCoreApplication::translate("ChecklistSession",
                                            "This item was changed again after your change (#%1); undo would "
                                            "overwrite that, so nothing was done.")
                    .arg(last.seq));
        }
        inverse.append(ChecklistChanges::of(ChecklistChanges::before(last), last.seq));
    }
    // All of the action's slots back in one append, as they were changed.
    return changeAll(inverse);
}

ImportPlan ChecklistSession::planImport(const TemplateFile &file) const
{
    ImportPlan plan;
    plan.file = file;
    plan.sameTemplate = file.sha256 == m_state.templateSha();
    plan.diff =
        TemplateDiff::compute(document(), *file.document, [this](const QString &id) { return m_state.hasState(id); });
    return plan;
}

Status ChecklistSession::applyImport(const ImportPlan &plan, bool force)
{
    if (plan.sameTemplate)
        return {};
    const auto losing = plan.diff.losingState();
    if (!losing.isEmpty() && !force) {
        QStringList names;
        for (const auto &c : losing)
            names.append(QStringLiteral("  %1 \"%2\"").arg(c.oldId, c.oldTitle));
        return Status::failure(
            Error::Code::Refused,
            QCoreApplication::translate("ChecklistSession",
                                        "%1 would leave the checklist %n item(s) that are ticked, noted or "
                                        "filled in:\n%3\nTheir history stays in the audit trail. Import with "
                                        "--force to go ahead.",
                                        nullptr, int(losing.size()))
                .arg(plan.file.name)
                .arg(names.join(QLatin1Char('\n'))));
    }
    // The tree is stored beside the text, so that later commands read it instead of the Markdown.
    StoredTemplate stored{plan.file.sha256, plan.file.name, plan.file.markdown};
    stored.parsedFormat = ParsedChecklist::kFormat;
    stored.parsed = ParsedChecklist::encode(*plan.file.document, plan.file.sha256);
    QVector<EventDraft> drafts;
    drafts.append(EventDraft::of(
        EventKind::TemplateImported,
        ChecklistState::importPayload(plan.file.sha256, plan.file.name,
                                      {stored.parsedFormat, StoredTemplate::parsedDigestOf(stored.parsed)})));
    // What the template itself ticked or filled in applies only to items the store has
    // never seen, so a re-import never undoes what the team did since.
    for (const ChecklistNode *n : plan.file.document->nodesInOrder()) {
        if (m_state.item(n->id()))
            continue;
        if (n->isTickable() && n->templateDone())
            drafts.append(ChecklistChanges::ticked(n->id(), true));
        for (const ChecklistField &f : n->fields()) {
            if (f.templateValue.isEmpty() || !f.validate(f.templateValue).isEmpty())
                continue;
            if (!LaunchTiming::isLaunchTimeField(f))
                drafts.append(ChecklistChanges::fieldSet(n->id(), f.key, f.normalize(f.templateValue)));
            else if (!m_timing.recorded().isValid())
                drafts.append(LaunchTiming::recorded(LaunchTiming::fromStored(f.normalize(f.templateValue))));
        }
    }
    // Reworded and moved items take their state with them, as events of their own that name
    // where it came from; the old ids' history stays in the trail.
    for (const TemplateDiff::Pair &pair : plan.diff.carriedState()) {
        const ItemState *old = m_state.item(pair.oldId);
        const ChecklistNode *target = plan.file.document->find(pair.newId);
        if (!old || !target || m_state.hasState(pair.newId))
            continue;
        QVector<EventDraft> carried;
        if (old->done && target->isTickable())
            carried.append(ChecklistChanges::ticked(pair.newId, true));
        if (!old->note.isEmpty())
            carried.append(ChecklistChanges::noteSet(pair.newId, old->note));
        for (auto it = old->fields.constBegin(); it != old->fields.constEnd(); ++it) {
            // A reworded line may number its blanks differently: carry only what still fits.
            const ChecklistField *field = target->field(it.key());
            if (!it.value().isEmpty() && field && field->validate(it.value()).isEmpty())
                carried.append(ChecklistChanges::fieldSet(pair.newId, it.key(), it.value()));
        }
        for (EventDraft &d : carried) {
            d.payload.insert(QStringLiteral("carriedFrom"), pair.oldId);
            drafts.append(d);
        }
    }
    m_undoable.clear();
    emit undoChanged();
    return commit(drafts, stored, false);
}

Result<QVector<AuditEvent>> ChecklistSession::history(const QString &id) const
{
    return m_store->eventsFor(id);
}

void ChecklistSession::startVerify()
{
    if (m_verifier) {
        m_verifyAgain = true; // it may not see what was appended since it began
        return;
    }
    m_verifyAgain = false;
    const QString path = m_store->address();
    m_verifier = QThread::create([this, path] {
        // A connection of its own: Qt Sql connections belong to the thread that made them.
        VerifyResult result;
        {
            auto reader = EventStore::open(path, EventStore::Access::ReadOnly);
            if (!reader) {
                result.reason = reader.error().message;
                // A server out of reach or a store busy elsewhere says nothing about the trail:
                // no verdict (the next change checks again), and nothing is blocked for it.
                const Error::Code code = reader.error().code;
                result.cancelled =
                    code == Error::Code::Unreachable || code == Error::Code::Timeout || code == Error::Code::Busy;
            } else {
                result = reader.value()->verify([] { return QThread::currentThread()->isInterruptionRequested(); });
            }
        }
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (!result.intact && !result.cancelled)
                    m_blockedReason = result.reason;
                else if (result.intact)
                    m_blockedReason.clear();
                emit verified(result);
            },
            Qt::QueuedConnection);
    });
    // Queued after the result: the check that follows sees it delivered first.
    connect(m_verifier, &QThread::finished, this, &ChecklistSession::verifierFinished, Qt::QueuedConnection);
    m_verifier->start(QThread::LowPriority);
}

void ChecklistSession::verifierFinished()
{
    if (!m_verifier)
        return;
    m_verifier->wait(); // it has finished: returns at once
    delete m_verifier;
    m_verifier = nullptr;
    if (m_verifyAgain)
        startVerify();
}

void ChecklistSession::recheckAfterChanges(int delayMs)
{
    m_recheck.setInterval(std::max(1, delayMs));
}
