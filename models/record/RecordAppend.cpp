#include "models/record/RecordAppend.h"

#include "models/record/AppendConditions.h"
#include "models/record/EventRows.h"
#include "models/record/ParsedTemplates.h"
#include "models/record/RecordBackend.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using EventRows::text;

struct RecordAppend::Statements
{
    explicit Statements(const QSqlDatabase &db) : previous(db), current(db), insert(db), head(db)
    {
        // A statement that fails to prepare fails at its exec, which drops them all.
        previous.prepare(QStringLiteral("SELECT value, seq FROM current_values WHERE item = ? AND slot = ?"));
        current.prepare(
            QStringLiteral("INSERT INTO current_values (item, slot, value, seq) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (item, slot) DO UPDATE SET value = excluded.value, seq = excluded.seq"));
        insert.prepare(EventRows::insertStatement());
        head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    }
    QSqlQuery previous;
    QSqlQuery current;
    QSqlQuery insert;
    QSqlQuery head;
};

RecordAppend::RecordAppend(RecordBackend &backend) : m_backend(backend) {}

RecordAppend::~RecordAppend() = default;

RecordAppend::Statements &RecordAppend::statements()
{
    // On PostgreSQL each prepare is a round trip made while every desk waits for the lock.
    if (!m_statements || m_generation != m_backend.connectionGeneration()) {
        m_statements = std::make_unique<Statements>(m_backend.db());
        m_generation = m_backend.connectionGeneration();
    }
    return *m_statements;
}

Error RecordAppend::rollbackWith(const Error &error)
{
    m_backend.rollback();
    m_statements.reset(); // prepared again on the next append
    return error;
}

Result<QVector<AuditEvent>> RecordAppend::once(const Actor &actor, const QVector<EventDraft> &drafts,
                                               const StoredTemplate *storedTemplate, bool *commitSent,
                                               const QVector<AuditEvent> &lostAttempt)
{
    m_lastAttempt = lostAttempt; // still unknown until looked for below
    if (Status s = m_backend.beginWrite(); !s)
        return s.error();
    QSqlDatabase database = m_backend.db();
    auto failed = [&](const QString &what, const QSqlError &e) { return rollbackWith(m_backend.failure(what, e)); };
    if (!lostAttempt.isEmpty()) {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT seq FROM events WHERE hash = ?"));
        q.addBindValue(lostAttempt.constLast().hash);
        if (!q.exec())
            return failed(QCoreApplication::translate("EventStore", "looking for a change whose commit was lost"),
                          q.lastError());
        if (q.next() && q.value(0).toLongLong() == lostAttempt.constLast().seq) {
            m_backend.rollback();
            return lostAttempt; // it was committed: done, once
        }
    }
    m_lastAttempt.clear();

    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_hash')")))
        return failed(QCoreApplication::translate("EventStore", "reading the audit trail head"), q.lastError());
    qint64 seq = 0;
    QString prevHash;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("head_seq"))
            seq = q.value(1).toLongLong();
        else
            prevHash = q.value(1).toString();
    }

    const QString time = EventRows::nowUtc();
    if (storedTemplate) {
        QSqlQuery t(database);
        t.prepare(QStringLiteral("INSERT INTO templates (sha256, name, imported_at, markdown) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
        t.addBindValue(storedTemplate->sha256);
        t.addBindValue(text(storedTemplate->name));
        t.addBindValue(time);
        t.addBindValue(text(storedTemplate->markdown));
        if (!t.exec())
            return failed(QCoreApplication::translate("EventStore", "saving the template"), t.lastError());
        if (Status s = ParsedTemplates::store(m_backend, *storedTemplate); !s)
            return rollbackWith(s.error());
    }

    if (Status unchanged = AppendConditions::checkUnchanged(m_backend, drafts); !unchanged) {
        m_backend.rollback();
        return unchanged.error();
    }
    // A change from a desk's outbox goes in once, however many pushers (the window, `golive
    // sync`) or pushes that ended between their commit and forgetting it: decided under the lock.
    if (!drafts.isEmpty() && !drafts.first().offlineEntry.isEmpty()) {
        const Result<bool> already =
            AppendConditions::alreadyShared(m_backend, drafts.first().offlineEntry, drafts.first().knownHead);
        if (!already || already.value()) {
            m_backend.rollback();
            if (!already)
                return already.error();
            return QVector<AuditEvent>();
        }
    }
    Statements &st = statements();
    QVector<AuditEvent> events;
    events.reserve(drafts.size());
    for (const EventDraft &draft : drafts) {
        const EventIndex index = indexOf(draft.kind, draft.payload);
        st.previous.addBindValue(text(index.subject));
        st.previous.addBindValue(index.slot);
        if (!st.previous.exec())
            return failed(QCoreApplication::translate("EventStore", "reading the previous value"),
                          st.previous.lastError());
        AppendConditions::SlotState slot;
        slot.hadValue = st.previous.next();
        slot.value = slot.hadValue ? st.previous.value(0).toString() : QString(QLatin1String(""));
        slot.lastChange = slot.hadValue ? st.previous.value(1).toLongLong() : 0;
        st.previous.finish();
        const AppendConditions::Decision decision = AppendConditions::decide(draft, text(index.value), slot);
        if (!decision.write)
            continue;

        AuditEvent e;
        e.seq = ++seq;
        e.timeUtc = draft.madeAt.isEmpty() ? time : draft.madeAt;
        e.actor = actor;
        e.kind = draft.kind;
        e.payload = draft.payload;
        if (!draft.madeAt.isEmpty()) {
            QJsonObject offline{{QStringLiteral("sharedAt"), time}};
            if (!draft.offlineEntry.isEmpty())
                offline.insert(QStringLiteral("entry"), draft.offlineEntry);
            e.payload.insert(QStringLiteral("offline"), offline);
        }
        if (decision.collidesWith > 0)
            e.payload.insert(QStringLiteral("collidesWith"), decision.collidesWith);
        if (tracksPrevious(draft.kind))
            e.payload.insert(QStringLiteral("previous"), slot.value);
        e.legacy.oldValue = slot.value;
        e.prevHash = prevHash;
        e.hash = computeEventHash(e);
        prevHash = e.hash;
        for (const QVariant &v : EventRows::valuesOf(e, index))
            st.insert.addBindValue(v);
        if (!st.insert.exec())
            return failed(QCoreApplication::translate("EventStore", "writing event #%1").arg(e.seq),
                          st.insert.lastError());
        for (const QVariant &v : QVariantList{text(index.subject), index.slot, text(index.value), e.seq})
            st.current.addBindValue(v);
        if (!st.current.exec())
            return failed(QCoreApplication::translate("EventStore", "writing event #%1").arg(e.seq),
                          st.current.lastError());
        events.append(e);
    }
    if (events.isEmpty() && !storedTemplate) {
        m_backend.rollback();
        return events;
    }

    for (const auto &pair : {qMakePair(QStringLiteral("head_seq"), QString::number(seq)),
                             qMakePair(QStringLiteral("head_hash"), prevHash)}) {
        st.head.addBindValue(pair.second);
        st.head.addBindValue(pair.first);
        if (!st.head.exec())
            return failed(QCoreApplication::translate("EventStore", "recording the audit trail head"),
                          st.head.lastError());
    }
    if (Status s = m_backend.announceHead(seq); !s)
        return rollbackWith(s.error());
    m_lastAttempt = events;
    *commitSent = true;
    QSqlQuery commit(database);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return failed(QCoreApplication::translate("EventStore", "committing the change"), commit.lastError());
    return events;
}
