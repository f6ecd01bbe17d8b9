#include "models/record/EventStore.h"

#include "models/record/EventRows.h"
#include "models/record/ParsedTemplates.h"
#include "models/record/RecordAppend.h"
#include "models/record/RecordCopy.h"
#include "models/record/RecordVerifier.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

EventStore::EventStore(std::unique_ptr<RecordBackend> backend)
    : m_backend(std::move(backend)), m_append(std::make_unique<RecordAppend>(*m_backend))
{}

EventStore::~EventStore()
{
    m_append.reset(); // its statements before the connection goes
}

Result<std::unique_ptr<EventStore>> EventStore::open(const QString &path, Access access, Integrity integrity)
{
    auto backend = RecordBackend::open(path, access, integrity);
    if (!backend)
        return backend.error();
    return std::unique_ptr<EventStore>(new EventStore(std::move(backend.value())));
}

const QString &EventStore::path() const
{
    return m_backend->path();
}

QString EventStore::address() const
{
    return m_backend->address();
}

bool EventStore::isShared() const
{
    return m_backend->isShared();
}

bool EventStore::isReadOnly() const
{
    return m_backend->access() == Access::ReadOnly;
}

int EventStore::schemaVersion() const
{
    return m_backend->schemaVersion();
}

bool EventStore::connectionLost() const
{
    return m_backend->connectionLost();
}

Status EventStore::reconnect()
{
    return m_backend->reconnect();
}

void EventStore::markConnectionLost()
{
    m_backend->markConnectionLost();
}

Status EventStore::listen(std::function<void(qint64 head)> notified)
{
    return m_backend->listen(std::move(notified));
}

Result<QVector<AuditEvent>> EventStore::append(const Actor &actor, const QVector<EventDraft> &drafts,
                                               const StoredTemplate *storedTemplate)
{
    if (isReadOnly())
        return Error::make(
            Error::Code::ReadOnly,
            QCoreApplication::translate("EventStore", "The store %1 is open read-only; the change was not saved.")
                .arg(path()));
    if (m_damage)
        return appendRefusal().error();
    m_uncertain = false;
    if (Status s = m_backend->reconnectIfLost(); !s)
        return s.error();
    bool commitSent = false;
    auto result = m_append->once(actor, drafts, storedTemplate, &commitSent);
    // Only a back end that reaches its record over a network answers Unreachable.
    if (result || result.error().code != Error::Code::Unreachable)
        return result;
    // The server went away (a restart, a failover, a network that broke) while we appended. If
    // it went after our COMMIT left, the events may be in: on a new connection, under the append
    // lock (by then the lost transaction has ended, one way or the other), their last hash says;
    // if they are not, they are appended in that same transaction. An append is only
    // acknowledged when its commit is known, and never reported as not saved when it may be.
    const QVector<AuditEvent> lost = commitSent ? m_append->lastAttempt() : QVector<AuditEvent>();
    commitSent = false;
    if (m_backend->reconnect()) {
        result = m_append->once(actor, drafts, storedTemplate, &commitSent, lost);
        if (result || result.error().code != Error::Code::Unreachable)
            return result;
    }
    // lastAttempt() holds what may be in the record after all: the lost events, not looked for,
    // or those of the second try, whose commit was lost too.
    const QVector<AuditEvent> &attempt = m_append->lastAttempt();
    const bool lostNotLookedFor =
        !lost.isEmpty() && !attempt.isEmpty() && attempt.constLast().hash == lost.constLast().hash;
    if (attempt.isEmpty() || (!commitSent && !lostNotLookedFor))
        return result; // nothing of it is in the record
    m_uncertain = true;
    return Error::make(Error::Code::Unreachable,
                       QCoreApplication::translate("EventStore",
                                                   "The connection to the team record %1 broke after the change was "
                                                   "sent to be committed, and the record cannot be reached to learn "
                                                   "whether it was saved. Look at the record when it can be reached "
                                                   "again before you make the change once more.")
                           .arg(path()));
}

VerifyResult EventStore::verify(const std::function<bool()> &cancelled, VerifyScope scope) const
{
    return RecordVerifier(*m_backend).verify(cancelled, scope);
}

Status EventStore::checkChain()
{
    const VerifyResult checked = verify({}, VerifyScope::Trail);
    if (checked.intact) {
        m_damage.reset();
        return {};
    }
    m_damage = checked;
    return appendRefusal();
}

Status EventStore::appendRefusal() const
{
    if (!m_damage)
        return {};
    if (m_damage->firstBadSeq > 0)
        return Status::failure(
            Error::Code::Corrupt,
            QCoreApplication::translate("EventStore",
                                        "The audit trail of %1 does not verify (first bad event: #%2: "
                                        "%3), so nothing was written to it. Run golive verify; restore "
                                        "the record from a backup or find out who changed it.")
                .arg(path())
                .arg(m_damage->firstBadSeq)
                .arg(m_damage->reason));
    return Status::failure(
        Error::Code::Corrupt,
        QCoreApplication::translate("EventStore",
                                    "The audit trail of %1 could not be checked (%2), so nothing was "
                                    "written to it.")
            .arg(path(), m_damage->reason));
}

Status EventStore::copyIn(const QVector<AuditEvent> &events, const QVector<StoredTemplate> &templates)
{
    return RecordCopy::copyInto(*m_backend, events, templates);
}

Status EventStore::readEvents(qint64 afterSeq, const std::function<void(const AuditEvent &)> &sink) const
{
    if (Status s = m_backend->reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(m_backend->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq").arg(EventRows::columns(schemaVersion())));
    q.addBindValue(afterSeq);
    const QString what = QCoreApplication::translate("EventStore", "reading the audit trail");
    if (!q.exec())
        return m_backend->failure(what, q.lastError());
    while (q.next())
        sink(EventRows::fromQuery(q));
    if (q.lastError().isValid())
        return m_backend->failure(what, q.lastError());
    return {};
}

Status EventStore::readLatestEvents(const std::function<void(const AuditEvent &)> &sink, qint64 *headSeq,
                                    const QVector<EventKind> &onlyKinds) const
{
    if (Status s = m_backend->reconnectIfLost(); !s)
        return s;
    m_backend->beginSnapshot(); // one snapshot for the values and the head
    QSqlQuery q(m_backend->db());
    q.setForwardOnly(true);
    // The event columns of the joined table: "e.seq, e.ts, …" (constants stay as they are).
    QStringList parts = EventRows::columns(schemaVersion()).split(QStringLiteral(", "));
    for (QString &part : parts) {
        if (part.at(0).isLetter())
            part.prepend(QStringLiteral("e."));
    }
    const QString filter = onlyKinds.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE e.action IN (%1)").arg(EventRows::actionList(onlyKinds));
    const QString what = QCoreApplication::translate("EventStore", "reading the current state");
    if (!q.exec(QStringLiteral("SELECT %1 FROM current_values c JOIN events e ON e.seq = c.seq%2 ORDER BY c.seq")
                    .arg(parts.join(QStringLiteral(", ")), filter))) {
        const Error e = m_backend->failure(what, q.lastError());
        m_backend->endSnapshot();
        return e;
    }
    while (q.next())
        sink(EventRows::fromQuery(q));
    Status status;
    if (q.lastError().isValid())
        status = m_backend->failure(what, q.lastError());
    QSqlQuery head(m_backend->db());
    if (status && head.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) && head.next())
        *headSeq = head.value(0).toLongLong();
    m_backend->endSnapshot();
    return status;
}

Result<QVector<AuditEvent>> EventStore::readEventsWhere(const QString &where, const QVariantList &values,
                                                        const QString &what) const
{
    if (Status s = m_backend->reconnectIfLost(); !s)
        return s.error();
    QVector<AuditEvent> out;
    QSqlQuery q(m_backend->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY seq").arg(EventRows::columns(schemaVersion()), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_backend->failure(what, q.lastError());
    while (q.next())
        out.append(EventRows::fromQuery(q));
    return out;
}

Result<QVector<AuditEvent>> EventStore::eventsFor(const QString &subject) const
{
    return readEventsWhere(QStringLiteral("item = ?"), {subject},
                           QCoreApplication::translate("EventStore", "reading the history of %1").arg(subject));
}

Result<QVector<AuditEvent>> EventStore::eventsOfKinds(const QVector<EventKind> &kinds) const
{
    return readEventsWhere(QStringLiteral("action IN (%1)").arg(EventRows::actionList(kinds)), {},
                           QCoreApplication::translate("EventStore", "reading the record"));
}

Result<qint64> EventStore::headSeq() const
{
    if (Status s = m_backend->reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(m_backend->db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'head_seq'")) || !q.next())
        return m_backend->failure(QCoreApplication::translate("EventStore", "reading the audit trail head"),
                                  q.lastError());
    return q.value(0).toLongLong();
}

Result<StoredTemplate> EventStore::loadTemplate(const QString &sha256) const
{
    StoredTemplate t;
    const auto utf8 = loadTemplateText(sha256, &t.name);
    if (!utf8)
        return utf8.error();
    t.sha256 = sha256;
    t.markdown = QString::fromUtf8(utf8.value());
    return t;
}

Result<QByteArray> EventStore::loadTemplateText(const QString &sha256, QString *name) const
{
    if (Status s = m_backend->reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(m_backend->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, %1 FROM templates WHERE sha256 = ?").arg(m_backend->utf8Of("markdown")));
    q.addBindValue(sha256);
    if (!q.exec())
        return m_backend->failure(QCoreApplication::translate("EventStore", "reading the checklist template"),
                                  q.lastError());
    if (!q.next())
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate(
                               "EventStore", "The store %1 names checklist template %2, which it does not hold.")
                               .arg(path(), sha256));
    const QByteArray utf8 = q.value(1).toByteArray();
    if (name)
        *name = q.value(0).toString();
    // The text is what every tick refers to: an edited text must not be shown as the checklist.
    if (!StoredTemplate::matchesUtf8(sha256, utf8))
        return Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("EventStore",
                                        "The checklist template \"%1\" in %2 was changed after it was imported "
                                        "(its text no longer matches its SHA-256 %3). The store was left "
                                        "untouched; restore it from a backup.")
                .arg(q.value(0).toString(), path(), sha256.left(12)));
    return utf8;
}

Result<QByteArray> EventStore::loadParsedTemplate(const QString &templateSha, int format) const
{
    return ParsedTemplates::load(*m_backend, templateSha, format);
}

Result<QVector<StoredTemplate>> EventStore::templates() const
{
    if (Status s = m_backend->reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(m_backend->db());
    if (!q.exec(QStringLiteral("SELECT sha256, name, markdown FROM templates ORDER BY sha256")))
        return m_backend->failure(QCoreApplication::translate("EventStore", "reading the checklist templates"),
                                  q.lastError());
    QVector<StoredTemplate> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}
