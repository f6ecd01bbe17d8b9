#include "models/record/RecordCopy.h"

#include "models/record/EventRows.h"
#include "models/record/EventStore.h"
#include "models/record/RecordBackend.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using EventRows::text;

namespace RecordCopy {

Result<Copied> copy(const QString &from, const QString &to)
{
    auto source = EventStore::open(from, EventStore::Access::ReadOnly);
    if (!source)
        return source.error();
    const VerifyResult checked = source.value()->verify();
    if (!checked.intact)
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("RecordCopy",
                                                       "%1 does not verify (%2), so it was not copied: a copy "
                                                       "would carry the damage along.")
                               .arg(source.value()->path(), checked.reason));
    QVector<AuditEvent> events;
    if (Status s = source.value()->readEvents(0, [&](const AuditEvent &e) { events.append(e); }); !s)
        return s.error();
    auto templates = source.value()->templates();
    if (!templates)
        return templates.error();

    auto target = EventStore::open(to, EventStore::Access::ReadWrite);
    if (!target)
        return target.error();
    if (Status s = target.value()->copyIn(events, templates.value()); !s)
        return s.error();
    const VerifyResult copied = target.value()->verify();
    if (!copied.intact)
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("RecordCopy", "The copy in %1 does not verify: %2")
                               .arg(target.value()->path(), copied.reason));
    return Copied{copied.eventCount, int(templates->size()), source.value()->path(), target.value()->path()};
}

} // namespace RecordCopy

namespace {

// Writes rows into the write transaction the caller began; the first failure ends it.
class CopyWriter
{
public:
    explicit CopyWriter(RecordBackend &backend) : m_backend(backend), m_db(backend.db()) {}

    Status exec(QSqlQuery &q, const QString &what)
    {
        if (q.exec())
            return {};
        return fail(m_backend.failure(what, q.lastError()));
    }
    Status fail(const Error &error)
    {
        m_backend.rollback();
        return error;
    }
    Status templates(const QVector<StoredTemplate> &templates);
    Status events(const QVector<AuditEvent> &events, QHash<QPair<QString, QString>, QPair<QString, qint64>> *latest);
    Status current(const QHash<QPair<QString, QString>, QPair<QString, qint64>> &latest);
    Status head(qint64 seq, const QString &hash);

private:
    RecordBackend &m_backend;
    QSqlDatabase m_db;
};

Status CopyWriter::templates(const QVector<StoredTemplate> &templates)
{
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("INSERT INTO templates (sha256, name, imported_at, markdown) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (sha256) DO NOTHING"));
    for (const StoredTemplate &tmpl : templates) {
        for (const QVariant &v : QVariantList{tmpl.sha256, text(tmpl.name), EventRows::nowUtc(), text(tmpl.markdown)})
            t.addBindValue(v);
        if (Status s = exec(t, QCoreApplication::translate("EventStore", "saving the template")); !s)
            return s;
    }
    return {};
}

Status CopyWriter::events(const QVector<AuditEvent> &events,
                          QHash<QPair<QString, QString>, QPair<QString, qint64>> *latest)
{
    QSqlQuery insert(m_db);
    insert.prepare(EventRows::insertStatement());
    QString prevHash;
    qint64 expected = 1;
    for (const AuditEvent &e : events) {
        // What arrives must be one unbroken chain: the copy is only as good as its source.
        if (e.seq != expected || e.prevHash != prevHash || computeEventHash(e) != e.hash)
            return fail(Error::make(Error::Code::Corrupt,
                                    QCoreApplication::translate("EventStore",
                                                                "event #%1 of the source does not continue "
                                                                "its chain; nothing was copied to %2.")
                                        .arg(e.seq)
                                        .arg(m_backend.path())));
        const EventIndex index = e.index();
        for (const QVariant &v : EventRows::valuesOf(e, index))
            insert.addBindValue(v);
        if (Status s = exec(insert, QCoreApplication::translate("EventStore", "writing event #%1").arg(e.seq)); !s)
            return s;
        latest->insert({index.subject, index.slot}, {index.value, e.seq});
        prevHash = e.hash;
        ++expected;
    }
    return {};
}

Status CopyWriter::current(const QHash<QPair<QString, QString>, QPair<QString, qint64>> &latest)
{
    QSqlQuery current(m_db);
    current.prepare(QStringLiteral("INSERT INTO current_values (item, slot, value, seq) VALUES (?, ?, ?, ?)"));
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it) {
        for (const QVariant &v :
             QVariantList{text(it.key().first), it.key().second, text(it.value().first), it.value().second})
            current.addBindValue(v);
        if (Status s = exec(current, QCoreApplication::translate("EventStore", "writing the current state")); !s)
            return s;
    }
    return {};
}

Status CopyWriter::head(qint64 seq, const QString &hash)
{
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    for (const auto &pair :
         {qMakePair(QStringLiteral("head_seq"), QString::number(seq)), qMakePair(QStringLiteral("head_hash"), hash)}) {
        head.addBindValue(pair.second);
        head.addBindValue(pair.first);
        if (Status s = exec(head, QCoreApplication::translate("EventStore", "recording the audit trail head")); !s)
            return s;
    }
    return {};
}

} // namespace

namespace RecordCopy {

Status copyInto(RecordBackend &backend, const QVector<AuditEvent> &events, const QVector<StoredTemplate> &templates)
{
    if (backend.access() == RecordBackend::Access::ReadOnly)
        return Status::failure(
            Error::Code::ReadOnly,
            QCoreApplication::translate("EventStore", "The store %1 is open read-only; nothing was copied.")
                .arg(backend.path()));
    if (Status s = backend.reconnectIfLost(); !s)
        return s;
    if (Status s = backend.beginWrite(); !s)
        return s;
    CopyWriter writer(backend);
    QSqlQuery q(backend.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !q.next())
        return writer.fail(
            backend.failure(QCoreApplication::translate("EventStore", "reading the audit trail"), q.lastError()));
    if (const qint64 held = q.value(0).toLongLong(); held > 0)
        return writer.fail(Error::make(Error::Code::Conflict,
                                       QCoreApplication::translate("EventStore",
                                                                   "%1 already holds a launch record (%n event(s)); a "
                                                                   "record is only copied into an empty one. Nothing "
                                                                   "was changed.",
                                                                   nullptr, int(held))
                                           .arg(backend.path())));
    QHash<QPair<QString, QString>, QPair<QString, qint64>> latest;
    if (Status s = writer.templates(templates); !s)
        return s;
    if (Status s = writer.events(events, &latest); !s)
        return s;
    if (Status s = writer.current(latest); !s)
        return s;
    const qint64 head = events.isEmpty() ? 0 : events.constLast().seq;
    if (Status s = writer.head(head, events.isEmpty() ? QString() : events.constLast().hash); !s)
        return s;
    if (Status s = backend.announceHead(head); !s)
        return writer.fail(s.error());
    QSqlQuery commit(backend.db());
    if (!commit.exec(QStringLiteral("COMMIT")))
        return writer.fail(
            backend.failure(QCoreApplication::translate("EventStore", "committing the copy"), commit.lastError()));
    return {};
}

} // namespace RecordCopy
