#include "ChecklistSession.h"

#include <QFile>
#include <QThread>

ChecklistSession::ChecklistSession(std::unique_ptr<EventStore> store, const Actor &actor)
    : m_store(std::move(store)), m_actor(actor)
{
    qRegisterMetaType<VerifyResult>();
    connect(&m_watch, &QTimer::timeout, this, [this] { refresh(); });
}

ChecklistSession::~ChecklistSession()
{
    if (m_verifier) {
        m_verifier->requestInterruption();
        m_verifier->wait();
        delete m_verifier;
    }
}

std::unique_ptr<ChecklistSession> ChecklistSession::open(const QString &path, const Actor &actor, QString *error,
                                                         const OpenOptions &options)
{
    StoreError storeError;
    const auto integrity =
        options.deferIntegrityCheck ? EventStore::Integrity::Deferred : EventStore::Integrity::CheckOnOpen;
    std::unique_ptr<EventStore> store = EventStore::open(path, EventStore::Access::ReadWrite, &storeError, integrity);
    if (!store && options.allowReadOnly && storeError.code == StoreError::Code::ReadOnly) {
        StoreError readOnlyError;
        store = EventStore::open(path, EventStore::Access::ReadOnly, &readOnlyError, integrity);
    }
    if (!store) {
        *error = storeError.message;
        return nullptr;
    }
    std::unique_ptr<ChecklistSession> session(new ChecklistSession(std::move(store), actor));
    if (!session->refresh(error))
        return nullptr;
    if (session->m_state.templateSha().isEmpty() && options.importDefault) {
        if (session->isReadOnly()) {
            *error = QStringLiteral("The store %1 holds no checklist yet and is read-only.").arg(path);
            return nullptr;
        }
        QFile resource(defaultTemplatePath());
        TemplateFile file;
        if (!resource.open(QIODevice::ReadOnly)
            || !TemplateFile::fromMarkdown(QStringLiteral("go-live-checklist.md"), resource.readAll(), &file, error)) {
            if (error->isEmpty())
                *error = QStringLiteral("The embedded default checklist is missing from this build.");
            return nullptr;
        }
        if (!session->applyImport(session->planImport(file), false, error))
            return nullptr;
    }
    return session;
}

bool ChecklistSession::loadDocument(const QString &sha, QString *error)
{
    if (sha == m_documentSha && m_document)
        return true;
    StoredTemplate stored;
    StoreError storeError;
    if (!m_store->loadTemplate(sha, &stored, &storeError)) {
        if (error)
            *error = storeError.message;
        return false;
    }
    std::unique_ptr<ChecklistDocument> document = MarkdownChecklistReader::read(stored.markdown);
    emit documentAboutToBeReplaced();
    m_document = std::move(document);
    m_documentSha = sha;
    return true;
}

bool ChecklistSession::refresh(QString *error)
{
    StoreError storeError;
    const qint64 head = m_store->headSeq(&storeError);
    if (head < 0) {
        if (error)
            *error = storeError.message;
        emit storeFailed(storeError.message);
        return false;
    }
    if (head == m_state.headSeq() && (m_document || m_state.templateSha().isEmpty()))
        return true;
    QStringList changed;
    auto apply = [&](const AuditEvent &e) {
        const QString item = m_state.apply(e);
        if (!item.isEmpty() && (changed.isEmpty() || changed.constLast() != item))
            changed.append(item);
    };
    // The first load takes each slot's last value through the index; later refreshes replay
    // only the events that arrived since. Both give the state a full replay gives.
    qint64 latestHead = 0;
    const bool ok = m_state.headSeq() == 0 ? m_store->readLatestValues(apply, &latestHead, &storeError)
                                           : m_store->readEvents(m_state.headSeq(), apply, &storeError);
    if (!ok) {
        if (error)
            *error = storeError.message;
        emit storeFailed(storeError.message);
        return false;
    }
    if (!m_state.templateSha().isEmpty() && m_state.templateSha() != m_documentSha) {
        if (!loadDocument(m_state.templateSha(), error))
            return false;
        emit documentReplaced();
    } else if (!changed.isEmpty()) {
        changed.removeDuplicates();
        emit itemsChanged(changed);
    }
    return true;
}

void ChecklistSession::startWatching(int intervalMs)
{
    m_watch.start(intervalMs);
}

QString ChecklistSession::slotValue(const QString &id, const QString &slot) const
{
    if (slot == AuditSlots::done())
        return m_state.isDone(id) ? QStringLiteral("true") : QStringLiteral("false");
    if (slot == AuditSlots::note())
        return m_state.note(id);
    if (slot.startsWith(QLatin1String("field:")))
        return m_state.field(id, slot.mid(6));
    return {};
}

EventDraft ChecklistSession::draftFor(const QString &id, const QString &slot, const QString &value, qint64 reverts)
{
    EventDraft d;
    d.item = id;
    d.slot = slot;
    d.newValue = value;
    d.reverts = reverts;
    if (slot == AuditSlots::done())
        d.action = value == QLatin1String("true") ? QStringLiteral("tick") : QStringLiteral("untick");
    else if (slot == AuditSlots::note())
        d.action = QStringLiteral("note");
    else
        d.action = QStringLiteral("field");
    return d;
}

bool ChecklistSession::change(const QString &id, const QString &slot, const QString &value, qint64 reverts,
                              QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    if (!refresh(err))
        return false;
    if (slotValue(id, slot) == value)
        return true; // nothing to record
    QVector<AuditEvent> written;
    StoreError storeError;
    if (!m_store->append(m_actor, {draftFor(id, slot, value, reverts)}, &written, &storeError)) {
        *err = storeError.message;
        emit storeFailed(storeError.message);
        return false;
    }
    m_ownSeqs.insert(written.constFirst().seq);
    if (reverts == 0) {
        m_undoable.append(written.constFirst());
    } else if (!m_undoable.isEmpty()) {
        m_undoable.removeLast();
    }
    emit undoChanged();
    return refresh(err);
}

bool ChecklistSession::setDone(const QString &id, bool done, QString *error)
{
    const ChecklistNode *node = m_document ? m_document->find(id) : nullptr;
    if (!node || !node->isTickable()) {
        if (error)
            *error = QStringLiteral("There is no item %1 to tick in this checklist.").arg(id);
        return false;
    }
    return change(id, AuditSlots::done(), done ? QStringLiteral("true") : QStringLiteral("false"), 0, error);
}

bool ChecklistSession::setNote(const QString &id, const QString &note, QString *error)
{
    if (!m_document || !m_document->find(id)) {
        if (error)
            *error = QStringLiteral("There is no item %1 in this checklist.").arg(id);
        return false;
    }
    return change(id, AuditSlots::note(), note.trimmed(), 0, error);
}

bool ChecklistSession::setField(const QString &id, const QString &key, const QString &value, QString *error)
{
    const ChecklistNode *node = m_document ? m_document->find(id) : nullptr;
    const ChecklistField *field = node ? node->field(key) : nullptr;
    if (!field) {
        if (error)
            *error = QStringLiteral("There is no field %1 on item %2.").arg(key, id);
        return false;
    }
    const QString problem = field->validate(value);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return change(id, AuditSlots::field(key), field->normalize(value), 0, error);
}

QString ChecklistSession::undoDescription() const
{
    if (m_undoable.isEmpty())
        return {};
    const AuditEvent &e = m_undoable.constLast();
    const ChecklistNode *node = m_document ? m_document->find(e.item) : nullptr;
    return QStringLiteral("%1 \"%2\"").arg(e.action, node ? node->title() : e.item);
}

bool ChecklistSession::undo(QString *error)
{
    if (m_undoable.isEmpty()) {
        if (error)
            *error = QStringLiteral("There is nothing to undo.");
        return false;
    }
    if (!refresh(error))
        return false;
    const AuditEvent last = m_undoable.constLast();
    // Anyone else writing the slot since blocks the undo, even if they put the value back.
    bool changedByOthers = slotValue(last.item, last.slot) != last.newValue;
    for (const AuditEvent &e : m_store->eventsForItem(last.item, nullptr))
        changedByOthers = changedByOthers || (e.slot == last.slot && e.seq > last.seq && !m_ownSeqs.contains(e.seq));
    if (changedByOthers) {
        if (error)
            *error = QStringLiteral("This item was changed again after your change (#%1); undo would overwrite "
                                    "that, so nothing was done.")
                         .arg(last.seq);
        m_undoable.removeLast();
        emit undoChanged();
        return false;
    }
    QString previous = last.oldValue;
    if (last.slot == AuditSlots::done() && previous.isEmpty())
        previous = QStringLiteral("false");
    return change(last.item, last.slot, previous, last.seq, error);
}

ImportPlan ChecklistSession::planImport(const TemplateFile &file) const
{
    ImportPlan plan;
    plan.file = file;
    plan.sameTemplate = file.sha256 == m_state.templateSha();
    plan.diff = TemplateDiff::compute(m_document.get(), *file.document,
                                      [this](const QString &id) { return m_state.hasState(id); });
    return plan;
}

bool ChecklistSession::applyImport(const ImportPlan &plan, bool force, QString *error)
{
    if (plan.sameTemplate)
        return true;
    const auto losing = plan.diff.losingState();
    if (!losing.isEmpty() && !force) {
        QStringList names;
        for (const auto &c : losing)
            names.append(QStringLiteral("  %1 \"%2\"").arg(c.oldId, c.oldTitle));
        *error = QStringLiteral("%1 would leave the checklist %2 item(s) that are ticked, noted or filled in:\n%3\n"
                                "Their history stays in the audit trail. Import with --force to go ahead.")
                     .arg(plan.file.name)
                     .arg(losing.size())
                     .arg(names.join(QLatin1Char('\n')));
        return false;
    }
    QVector<EventDraft> drafts;
    EventDraft importDraft;
    importDraft.action = QStringLiteral("import");
    importDraft.slot = AuditSlots::templateRef();
    importDraft.newValue = plan.file.sha256;
    drafts.append(importDraft);
    // What the template itself ticked or filled in applies only to items the store has
    // never seen, so a re-import never undoes what the team did since.
    for (const ChecklistNode *n : plan.file.document->nodesInOrder()) {
        if (m_state.item(n->id()))
            continue;
        if (n->isTickable() && n->templateDone())
            drafts.append(draftFor(n->id(), AuditSlots::done(), QStringLiteral("true"), 0));
        for (const ChecklistField &f : n->fields()) {
            if (!f.templateValue.isEmpty() && f.validate(f.templateValue).isEmpty())
                drafts.append(draftFor(n->id(), AuditSlots::field(f.key), f.normalize(f.templateValue), 0));
        }
    }
    StoredTemplate stored{plan.file.sha256, plan.file.name, plan.file.markdown};
    StoreError storeError;
    if (!m_store->append(m_actor, drafts, nullptr, &storeError, &stored)) {
        *error = storeError.message;
        return false;
    }
    m_undoable.clear();
    emit undoChanged();
    return refresh(error);
}

QVector<AuditEvent> ChecklistSession::history(const QString &id) const
{
    StoreError ignored;
    return m_store->eventsForItem(id, &ignored);
}

void ChecklistSession::startVerify()
{
    if (m_verifier && m_verifier->isRunning())
        return;
    delete m_verifier;
    const QString path = m_store->path();
    m_verifier = QThread::create([this, path] {
        // A connection of its own: Qt Sql connections belong to the thread that made them.
        StoreError error;
        VerifyResult result;
        {
            std::unique_ptr<EventStore> reader = EventStore::open(path, EventStore::Access::ReadOnly, &error);
            if (!reader)
                result.reason = error.message;
            else
                result = reader->verify([] { return QThread::currentThread()->isInterruptionRequested(); });
        }
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        QMetaObject::invokeMethod(
            this, [this, result] { emit verified(result); }, Qt::QueuedConnection);
    });
    m_verifier->start(QThread::LowPriority);
}

bool ChecklistSession::recordServiceChange(const QString &service, const QString &from, const QString &to,
                                           const QString &reason, QString *error)
{
    EventDraft d;
    d.action = QStringLiteral("service");
    d.item = QStringLiteral("service:") + service;
    d.slot = QStringLiteral("state");
    d.newValue = QStringLiteral("%1 → %2: %3").arg(from, to, reason);
    StoreError storeError;
    if (!m_store->append(m_actor, {d}, nullptr, &storeError)) {
        if (error)
            *error = storeError.message;
        return false;
    }
    return refresh(error);
}

QDateTime ChecklistSession::goLiveTime() const
{
    if (!m_document)
        return {};
    for (const ChecklistNode *n : m_document->nodesInOrder()) {
        for (const ChecklistField &f : n->fields()) {
            if (f.type == ChecklistField::Type::DateTime
                && f.label.contains(QLatin1String("launch"), Qt::CaseInsensitive)) {
                const QDateTime t = QDateTime::fromString(m_state.field(n->id(), f.key), Qt::ISODate);
                if (t.isValid())
                    return t.toUTC();
            }
        }
    }
    return {};
}
