#include "models/record/EventStore.h"

#include "models/record/DiskSpace.h"
#include "models/record/PostgresRecord.h"
#include "models/record/SqliteFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QVariant>

namespace {

// SQLite's primary result codes that deserve their own message.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnlyDb = 8,
    CorruptDb = 11,
    CantOpen = 14,
    NotADb = 26
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Schema, one list of statements per version step. The triggers make the log append-only
// for anything that goes through SQLite; verify() catches what goes around it.
QStringList migrationTo(int version)
{
    if (version == 1) {
        return {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE events ("
                           " seq BIGINT PRIMARY KEY,"
                           " ts TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " item TEXT NOT NULL,"
                           " slot TEXT NOT NULL,"
                           " old_value TEXT NOT NULL,"
                           " new_value TEXT NOT NULL,"
                           " reverts BIGINT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_by_item ON events (item, slot, seq)"),
            QStringLiteral("CREATE TABLE templates ("
                           " sha256 TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " markdown TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('head_seq', '0')"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('head_hash', '')"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '0')"),
        };
    }
    if (version == 2) {
        // The last value of every item and slot, kept in step with each append: start-up reads
        // a few hundred rows instead of the whole trail. verify() checks it against the trail.
        return {
            QStringLiteral("CREATE TABLE current_values ("
                           " item TEXT NOT NULL,"
                           " slot TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " seq BIGINT NOT NULL,"
                           " PRIMARY KEY (item, slot))"),
            QStringLiteral("INSERT INTO current_values (item, slot, value, seq)"
                           " SELECT e.item, e.slot, e.new_value, e.seq FROM events e JOIN"
                           " (SELECT MAX(seq) AS last FROM events GROUP BY item, slot) l ON e.seq = l.last"),
        };
    }
    if (version == 3) {
        // Typed events: format 1 rows keep their flat fields and hash; format 2 rows carry the
        // actor's kind and a JSON payload, and the flat columns become an index derived from it.
        return {
            QStringLiteral("ALTER TABLE events ADD COLUMN format INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE events ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'person'"),
            QStringLiteral("ALTER TABLE events ADD COLUMN payload TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX events_by_kind ON events (action, seq)"),
        };
    }
    return {};
}

const char *kLegacyColumns = "seq, ts, actor, role, action, item, slot, old_value, new_value, reverts, prev_hash, hash";

// The stored action words of these kinds, quoted for an IN list, with the words schema 2 used.
QString actionList(const QVector<EventKind> &kinds)
{
    QStringList names;
    for (EventKind k : kinds) {
        names.append(QLatin1Char('\'') + eventKindName(k) + QLatin1Char('\''));
        for (const char *legacy : legacyActionsOf(k))
            names.append(QStringLiteral("'%1'").arg(QLatin1String(legacy)));
    }
    return names.join(QLatin1Char(','));
}

// A null QString binds as SQL NULL; the columns hold "" for "nothing".
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// StoredTemplate::matches() on the text's UTF-8 bytes.
bool matchesUtf8(const QString &sha256, const QByteArray &utf8)
{
    return sha256Of(utf8) == sha256 || sha256Of(QByteArray("\xEF\xBB\xBF") + utf8) == sha256;
}

} // namespace

QString StoredTemplate::hashOf(const QString &markdown)
{
    return sha256Of(markdown.toUtf8());
}

bool StoredTemplate::matches(const QString &sha256, const QString &markdown)
{
    return matchesUtf8(sha256, markdown.toUtf8());
}

EventStore::EventStore(RecordLocation location, QString connection, Access access, Integrity integrity)
    : m_location(std::move(location)),
      m_path(m_location.display()),
      m_connection(std::move(connection)),
      m_access(access),
      m_integrity(integrity)
{}

struct EventStore::AppendStatements
{
    explicit AppendStatements(const QSqlDatabase &db) : previous(db), current(db), insert(db), head(db), notify(db) {}
    QSqlQuery previous;
    QSqlQuery current;
    QSqlQuery insert;
    QSqlQuery head;
    QSqlQuery notify;
};

EventStore::~EventStore()
{
    m_append.reset(); // before the connection goes
    SqliteFile::closeConnection(m_connection);
}

EventStore::AppendStatements &EventStore::appendStatements()
{
    if (!m_append) {
        m_append = std::make_unique<AppendStatements>(db());
        // A statement that fails to prepare fails at its exec, which drops them all (appendOnce).
        m_append->previous.prepare(QStringLiteral("SELECT value, seq FROM current_values WHERE item = ? AND slot = ?"));
        m_append->current.prepare(
            QStringLiteral("INSERT INTO current_values (item, slot, value, seq) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (item, slot) DO UPDATE SET value = excluded.value, seq = excluded.seq"));
        m_append->insert.prepare(QStringLiteral("INSERT INTO events (%1, format, actor_kind, payload) VALUES "
                                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                     .arg(QLatin1String(kLegacyColumns)));
        m_append->head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
        if (isShared())
            m_append->notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    }
    return *m_append;
}

QSqlDatabase EventStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString EventStore::eventColumns() const
{
    // A schema-2 store opened read-only is read as it is: its events are all format 1.
    if (m_schemaVersion < 3)
        return QLatin1String(kLegacyColumns) + QStringLiteral(", 1, 'person', ''");
    return QLatin1String(kLegacyColumns) + QStringLiteral(", format, actor_kind, payload");
}

AuditEvent EventStore::eventFromQuery(const QSqlQuery &q) const
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.timeUtc = q.value(1).toString();
    e.actor.name = q.value(2).toString();
    e.actor.role = q.value(3).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    e.format = q.value(12).toInt();
    e.actor.kind = actorKindFromName(q.value(13).toString()).value_or(Actor::Kind::Person);
    e.legacy.action = q.value(4).toString();
    if (e.format == 1) {
        e.legacy.item = q.value(5).toString();
        e.legacy.slot = q.value(6).toString();
        e.legacy.oldValue = q.value(7).toString();
        e.legacy.newValue = q.value(8).toString();
        e.legacy.reverts = q.value(9).toLongLong();
        legacyUpcast(e);
    } else {
        e.kind = eventKindFromName(e.legacy.action).value_or(EventKind::ItemTicked);
        e.payload = QJsonDocument::fromJson(q.value(14).toByteArray()).object();
        e.legacy.oldValue = q.value(7).toString(); // the slot's value before, for history
    }
    return e;
}

Error EventStore::failure(const QString &what, const QSqlError &sqlError) const
{
    if (isShared())
        return sharedFailure(what, sqlError);
    const QString detail = sqlError.text();
    // SQLITE_FULL, or an I/O error on a disk with no room left (how a WAL that cannot grow fails).
    if (DiskSpace::isDiskFull(sqlError, m_path))
        return Error::make(
            Error::Code::DiskFull,
            QCoreApplication::translate("EventStore",
                                        "The disk holding %1 is full while %2: %3. The change was not saved; "
                                        "the store is unchanged. Free some space and try again.")
                .arg(m_path, what, DiskSpace::describe(m_path)));
    switch (SqliteFile::resultCode(sqlError)) {
    case Busy:
    case Locked:
        return Error::make(
            Error::Code::Busy,
            QCoreApplication::translate("EventStore",
                                        "The store %1 is busy: another program held it for more than 5 s "
                                        "while %2. Nothing was changed; try again.")
                .arg(m_path, what));
    case ReadOnlyDb:
        return Error::make(
            Error::Code::ReadOnly,
            QCoreApplication::translate("EventStore", "The store %1 is read-only while %2. The change was not saved.")
                .arg(m_path, what));
    case CorruptDb:
    case NotADb:
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("EventStore",
                                                       "The store %1 is damaged (%2) while %3. It was left untouched; "
                                                       "restore it from a backup.")
                               .arg(m_path, detail, what));
    default:
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("EventStore", "The store %1 failed while %2: %3").arg(m_path, what, detail));
    }
}

Result<std::unique_ptr<EventStore>> EventStore::open(const QString &path, Access access, Integrity integrity)
{
    auto location = RecordLocation::parse(path);
    if (!location)
        return location.error();
    if (location->isPostgres())
        return openShared(location.value(), access);
    const QFileInfo info(path);
    if (access == Access::ReadOnly && !info.exists())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("EventStore",
                                        "There is no store at %1 (nothing was created). Check the path, or "
                                        "start Go-Live Control once to create it.")
                .arg(path));
    Error located = SqliteFile::checkLocation(path, QCoreApplication::translate("EventStore", "store"),
                                              access == Access::ReadWrite);
    if (located.isError())
        return located;

    const QString connection = SqliteFile::newConnectionName(QStringLiteral("golive-store"));
    std::unique_ptr<EventStore> store(
        new EventStore(RecordLocation::parse(info.absoluteFilePath()).value(), connection, access, integrity));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(info.absoluteFilePath());
        database.setConnectOptions(access == Access::ReadOnly
                                       ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                       : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open())
            return store->failure(QCoreApplication::translate("EventStore", "opening it"), database.lastError());
    }
    if (Status s = store->identifyAndMigrate(); !s)
        return s.error();
    return store;
}

Status EventStore::identifyAndMigrate()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failure(QCoreApplication::translate("EventStore", "reading its tables"), q.lastError());
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    int version = 0;
    if (!tables.isEmpty()) {
        if (!tables.contains(QStringLiteral("meta")) || !tables.contains(QStringLiteral("events")))
            return Status::failure(
                Error::Code::NotAStore,
                QCoreApplication::translate("EventStore",
                                            "%1 is an SQLite database of another program, not a Go-Live "
                                            "Control store. It was left untouched.")
                    .arg(m_path));
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
            return failure(QCoreApplication::translate("EventStore", "reading its schema version"), q.lastError());
        version = q.value(0).toInt();
        if (version > kSchemaVersion)
            return Status::failure(
                Error::Code::NewerSchema,
                QCoreApplication::translate("EventStore",
                                            "The store %1 was written by a newer Go-Live Control (store "
                                            "schema %2; this version knows schema %3). It was left "
                                            "untouched: update Go-Live Control to open it.")
                    .arg(m_path)
                    .arg(version)
                    .arg(kSchemaVersion));
        // A damaged page must stop us before anything is appended on top of it.
        if (m_integrity == Integrity::CheckOnOpen) {
            QString sqlError;
            const QString check = quickCheck(&sqlError);
            if (!sqlError.isEmpty() || check != QLatin1String("ok"))
                return Status::failure(
                    Error::Code::Corrupt,
                    QCoreApplication::translate("EventStore",
                                                "The store %1 is damaged (%2). It was left untouched; "
                                                "restore it from a backup.")
                        .arg(m_path, sqlError.isEmpty() ? check : sqlError));
            m_pagesChecked = true;
        }
        q.finish();
    }
    m_hasParsedTable = tables.contains(QLatin1String("parsed_checklists"));
    if (m_access == Access::ReadOnly) {
        if (version < 2)
            return Status::failure(
                Error::Code::NotAStore,
                QCoreApplication::translate("EventStore",
                                            "The store %1 is empty or from a version before schema 2 and "
                                            "cannot be read without upgrading it; open it once for writing "
                                            "(e.g. start Go-Live Control on it).")
                    .arg(m_path));
        m_schemaVersion = version;
        return {};
    }
    // WAL lets readers (the GUI, `golive export`) go on while a writer commits; FULL makes
    // every commit durable before the tick is shown. Two programs switching a new store to
    // WAL at once would deadlock, so SQLite answers busy at once instead of waiting: wait
    // here, as long as the busy timeout would.
    const QDeadlineTimer deadline(5000);
    while (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        const int code = SqliteFile::resultCode(q.lastError());
        if ((code != Busy && code != Locked) || deadline.hasExpired())
            return failure(QCoreApplication::translate("EventStore", "setting it up"), q.lastError());
        QThread::msleep(5);
    }
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return failure(QCoreApplication::translate("EventStore", "setting it up"), q.lastError());
    if (version < kSchemaVersion) {
        if (Status s = migrate(version); !s)
            return s;
    }
    return ensureParsedTable(tables);
}

QString EventStore::quickCheck(QString *sqlError) const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        *sqlError = q.lastError().text();
        return {};
    }
    return q.value(0).toString();
}

Status EventStore::migrate(int fromVersion)
{
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery q(db());
    // Another process may have migrated while we waited for the lock.
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        fromVersion = q.value(0).toInt();
    for (int v = fromVersion + 1; v <= kSchemaVersion; ++v) {
        for (const QString &statement : migrationTo(v)) {
            if (!q.exec(statement)) {
                const Error e = failure(QCoreApplication::translate("EventStore", "upgrading it to schema %1").arg(v),
                                        q.lastError());
                QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
    }
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
    q.addBindValue(QString::number(kSchemaVersion));
    QSqlQuery commit(db());
    if (!q.exec() || !commit.exec(QStringLiteral("COMMIT"))) {
        const Error e = failure(QCoreApplication::translate("EventStore", "upgrading it"),
                                q.lastError().isValid() ? q.lastError() : commit.lastError());
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    m_schemaVersion = kSchemaVersion;
    return {};
}

Status EventStore::beginWrite()
{
    // BEGIN IMMEDIATE (SQLite) or the advisory lock (PostgreSQL) is taken before we read the
    // chain head, so two writers can never both extend the same head.
    QSqlQuery q(db());
    if (!q.exec(isShared() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return failure(QCoreApplication::translate("EventStore", "starting a change"), q.lastError());
    if (isShared() && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(PostgresRecord::kAppendLock))) {
        const Error e =
            failure(QCoreApplication::translate("EventStore", "waiting for the record's lock"), q.lastError());
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

Result<QVector<AuditEvent>> EventStore::append(const Actor &actor, const QVector<EventDraft> &drafts,
                                               const StoredTemplate *storedTemplate)
{
    if (m_access == Access::ReadOnly)
        return Error::make(
            Error::Code::ReadOnly,
            QCoreApplication::translate("EventStore", "The store %1 is open read-only; the change was not saved.")
                .arg(m_path));
    if (m_damage)
        return appendRefusal().error();
    m_uncertain = false;
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    bool commitSent = false;
    auto result = appendOnce(actor, drafts, storedTemplate, &commitSent);
    if (result || !isShared() || result.error().code != Error::Code::Unreachable)
        return result;
    // The server went away (a restart, a failover, a network that broke) while we appended. If
    // it went after our COMMIT left, the events may be in: on a new connection, under the append
    // lock (by then the lost transaction has ended, one way or the other), their last hash says;
    // if they are not, they are appended in that same transaction. An append is only
    // acknowledged when its commit is known, and never reported as not saved when it may be.
    const QVector<AuditEvent> lost = commitSent ? m_lastAttempt : QVector<AuditEvent>();
    commitSent = false;
    if (reconnect()) {
        result = appendOnce(actor, drafts, storedTemplate, &commitSent, lost);
        if (result || result.error().code != Error::Code::Unreachable)
            return result;
    }
    // m_lastAttempt holds what may be in the record after all: the lost events, not looked for,
    // or those of the second try, whose commit was lost too.
    const bool lostNotLookedFor =
        !lost.isEmpty() && !m_lastAttempt.isEmpty() && m_lastAttempt.constLast().hash == lost.constLast().hash;
    if (m_lastAttempt.isEmpty() || (!commitSent && !lostNotLookedFor))
        return result; // nothing of it is in the record
    m_uncertain = true;
    return Error::make(Error::Code::Unreachable,
                       QCoreApplication::translate("EventStore",
                                                   "The connection to the team record %1 broke after the change was "
                                                   "sent to be committed, and the record cannot be reached to learn "
                                                   "whether it was saved. Look at the record when it can be reached "
                                                   "again before you make the change once more.")
                           .arg(m_path));
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
                .arg(m_path)
                .arg(m_damage->firstBadSeq)
                .arg(m_damage->reason));
    return Status::failure(
        Error::Code::Corrupt,
        QCoreApplication::translate("EventStore",
                                    "The audit trail of %1 could not be checked (%2), so nothing was "
                                    "written to it.")
            .arg(m_path, m_damage->reason));
}

Result<QVector<AuditEvent>> EventStore::appendOnce(const Actor &actor, const QVector<EventDraft> &drafts,
                                                   const StoredTemplate *storedTemplate, bool *commitSent,
                                                   const QVector<AuditEvent> &lostAttempt)
{
    m_lastAttempt = lostAttempt; // still unknown until looked for below
    if (Status s = beginWrite(); !s)
        return s.error();
    QSqlDatabase database = db();
    auto rollbackWith = [&](const QString &what, const QSqlError &e) {
        Error error = failure(what, e);
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        m_append.reset(); // prepared again on the next append
        return error;
    };
    if (!lostAttempt.isEmpty()) {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT seq FROM events WHERE hash = ?"));
        q.addBindValue(lostAttempt.constLast().hash);
        if (!q.exec())
            return rollbackWith(QCoreApplication::translate("EventStore", "looking for a change whose commit was lost"),
                                q.lastError());
        if (q.next() && q.value(0).toLongLong() == lostAttempt.constLast().seq) {
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            return lostAttempt; // it was committed: done, once
        }
    }
    m_lastAttempt.clear();

    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_hash')")))
        return rollbackWith(QCoreApplication::translate("EventStore", "reading the audit trail head"), q.lastError());
    qint64 seq = 0;
    QString prevHash;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("head_seq"))
            seq = q.value(1).toLongLong();
        else
            prevHash = q.value(1).toString();
    }

    if (storedTemplate) {
        QSqlQuery t(database);
        t.prepare(QStringLiteral("INSERT INTO templates (sha256, name, imported_at, markdown) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
        t.addBindValue(storedTemplate->sha256);
        t.addBindValue(text(storedTemplate->name));
        t.addBindValue(nowUtc());
        t.addBindValue(text(storedTemplate->markdown));
        if (!t.exec())
            return rollbackWith(QCoreApplication::translate("EventStore", "saving the template"), t.lastError());
        if (Status s = storeParsed(*storedTemplate); !s) {
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            m_append.reset();
            return s.error();
        }
    }

    if (Status unchanged = checkUnchanged(drafts); !unchanged) {
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return unchanged.error();
    }
    // A change from a desk's outbox goes in once, however many pushers (the window, `golive
    // sync`) or pushes that ended between their commit and forgetting it: decided under the lock.
    if (!drafts.isEmpty() && !drafts.first().offlineEntry.isEmpty()) {
        const Result<bool> already = offlineEntryShared(drafts.first().offlineEntry, drafts.first().knownHead);
        if (!already || already.value()) {
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            if (!already)
                return already.error();
            return QVector<AuditEvent>();
        }
    }
    AppendStatements &statements = appendStatements();
    QSqlQuery &previous = statements.previous;
    QSqlQuery &current = statements.current;
    QSqlQuery &insert = statements.insert;
    QVector<AuditEvent> events;
    events.reserve(drafts.size());
    const QString time = nowUtc();
    for (const EventDraft &draft : drafts) {
        const EventIndex index = indexOf(draft.kind, draft.payload);
        previous.addBindValue(text(index.subject));
        previous.addBindValue(index.slot);
        if (!previous.exec())
            return rollbackWith(QCoreApplication::translate("EventStore", "reading the previous value"),
                                previous.lastError());
        const bool hadValue = previous.next();
        const QString before = hadValue ? previous.value(0).toString() : QString(QLatin1String(""));
        const qint64 lastChange = hadValue ? previous.value(1).toLongLong() : 0;
        previous.finish();
        // A change made offline that met someone else's change of the same slot is kept even when
        // it agrees with it: both are in the record, and the collision is shown.
        const bool collides = draft.knownHead > 0 && lastChange > draft.knownHead;
        if (draft.condition == EventDraft::Condition::IfChanged && hadValue && before == index.value && !collides)
            continue;
        if (draft.condition == EventDraft::Condition::IfCurrentIs && !draft.currentIs.contains(before))
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
        if (collides)
            e.payload.insert(QStringLiteral("collidesWith"), lastChange);
        if (tracksPrevious(draft.kind))
            e.payload.insert(QStringLiteral("previous"), before);
        e.legacy.oldValue = before;
        e.prevHash = prevHash;
        e.hash = computeEventHash(e);
        prevHash = e.hash;
        const QVariantList values = {e.seq,
                                     e.timeUtc,
                                     text(actor.name),
                                     text(actor.role),
                                     eventKindName(e.kind),
                                     text(index.subject),
                                     index.slot,
                                     before,
                                     text(index.value),
                                     e.reverts(),
                                     text(e.prevHash),
                                     e.hash,
                                     AuditEvent::kCurrentFormat,
                                     actorKindName(actor.kind),
                                     QString::fromUtf8(canonicalPayload(e.payload))};
        for (const QVariant &v : values)
            insert.addBindValue(v);
        if (!insert.exec())
            return rollbackWith(QCoreApplication::translate("EventStore", "writing event #%1").arg(e.seq),
                                insert.lastError());
        current.addBindValue(text(index.subject));
        current.addBindValue(index.slot);
        current.addBindValue(text(index.value));
        current.addBindValue(e.seq);
        if (!current.exec())
            return rollbackWith(QCoreApplication::translate("EventStore", "writing event #%1").arg(e.seq),
                                current.lastError());
        events.append(e);
    }
    if (events.isEmpty() && !storedTemplate) {
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return events;
    }

    QSqlQuery &head = statements.head;
    head.addBindValue(QString::number(seq));
    head.addBindValue(QStringLiteral("head_seq"));
    if (!head.exec())
        return rollbackWith(QCoreApplication::translate("EventStore", "recording the audit trail head"),
                            head.lastError());
    head.addBindValue(prevHash);
    head.addBindValue(QStringLiteral("head_hash"));
    if (!head.exec())
        return rollbackWith(QCoreApplication::translate("EventStore", "recording the audit trail head"),
                            head.lastError());

    if (isShared()) {
        // Delivered to every listening desk when (and only if) the transaction commits.
        QSqlQuery &notify = statements.notify;
        notify.addBindValue(PostgresRecord::channel());
        notify.addBindValue(QString::number(seq));
        if (!notify.exec())
            return rollbackWith(QCoreApplication::translate("EventStore", "telling the other desks"),
                                notify.lastError());
    }
    m_lastAttempt = events;
    *commitSent = true;
    QSqlQuery commit(database);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return rollbackWith(QCoreApplication::translate("EventStore", "committing the change"), commit.lastError());
    return events;
}

Status EventStore::readEvents(qint64 afterSeq, const std::function<void(const AuditEvent &)> &sink) const
{
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq").arg(eventColumns()));
    q.addBindValue(afterSeq);
    if (!q.exec())
        return failure(QCoreApplication::translate("EventStore", "reading the audit trail"), q.lastError());
    while (q.next())
        sink(eventFromQuery(q));
    if (q.lastError().isValid())
        return failure(QCoreApplication::translate("EventStore", "reading the audit trail"), q.lastError());
    return {};
}

Status EventStore::readLatestEvents(const std::function<void(const AuditEvent &)> &sink, qint64 *headSeq,
                                    const QVector<EventKind> &onlyKinds) const
{
    if (Status s = reconnectIfLost(); !s)
        return s;
    QSqlDatabase database = db();
    beginSnapshot(); // one snapshot for the values and the head
    QSqlQuery q(database);
    q.setForwardOnly(true);
    // The event columns of the joined table: "e.seq, e.ts, …" (constants stay as they are).
    QStringList parts = eventColumns().split(QStringLiteral(", "));
    for (QString &part : parts) {
        if (part.at(0).isLetter())
            part.prepend(QStringLiteral("e."));
    }
    const QString columns = parts.join(QStringLiteral(", "));
    const QString filter =
        onlyKinds.isEmpty() ? QString() : QStringLiteral(" WHERE e.action IN (%1)").arg(actionList(onlyKinds));
    if (!q.exec(QStringLiteral("SELECT %1 FROM current_values c JOIN events e ON e.seq = c.seq%2 ORDER BY c.seq")
                    .arg(columns, filter))) {
        const Error e = failure(QCoreApplication::translate("EventStore", "reading the current state"), q.lastError());
        database.rollback();
        return e;
    }
    while (q.next())
        sink(eventFromQuery(q));
    Status status;
    if (q.lastError().isValid())
        status = failure(QCoreApplication::translate("EventStore", "reading the current state"), q.lastError());
    QSqlQuery head(database);
    if (status && head.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) && head.next())
        *headSeq = head.value(0).toLongLong();
    database.rollback();
    return status;
}

Result<QVector<AuditEvent>> EventStore::eventsFor(const QString &subject) const
{
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    QVector<AuditEvent> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE item = ? ORDER BY seq").arg(eventColumns()));
    q.addBindValue(subject);
    if (!q.exec())
        return failure(QCoreApplication::translate("EventStore", "reading the history of %1").arg(subject),
                       q.lastError());
    while (q.next())
        out.append(eventFromQuery(q));
    return out;
}

Result<QVector<AuditEvent>> EventStore::eventsOfKinds(const QVector<EventKind> &kinds) const
{
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    QVector<AuditEvent> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events WHERE action IN (%2) ORDER BY seq")
                    .arg(eventColumns(), actionList(kinds))))
        return failure(QCoreApplication::translate("EventStore", "reading the record"), q.lastError());
    while (q.next())
        out.append(eventFromQuery(q));
    return out;
}

Result<qint64> EventStore::headSeq() const
{
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'head_seq'")) || !q.next())
        return failure(QCoreApplication::translate("EventStore", "reading the audit trail head"), q.lastError());
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
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, %1 FROM templates WHERE sha256 = ?").arg(utf8Of("markdown")));
    q.addBindValue(sha256);
    if (!q.exec())
        return failure(QCoreApplication::translate("EventStore", "reading the checklist template"), q.lastError());
    if (!q.next())
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate(
                               "EventStore", "The store %1 names checklist template %2, which it does not hold.")
                               .arg(m_path, sha256));
    const QByteArray utf8 = q.value(1).toByteArray();
    if (name)
        *name = q.value(0).toString();
    // The text is what every tick refers to: an edited text must not be shown as the checklist.
    if (!matchesUtf8(sha256, utf8))
        return Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("EventStore",
                                        "The checklist template \"%1\" in %2 was changed after it was imported "
                                        "(its text no longer matches its SHA-256 %3). The store was left "
                                        "untouched; restore it from a backup.")
                .arg(q.value(0).toString(), m_path, sha256.left(12)));
    return utf8;
}

namespace {

// What verify() knows of an event's stored form beyond its hash: the payload text as stored and
// the flat index columns, which must be what the payload says.
struct StoredRow
{
    QByteArray payloadText;
    QString kindText;
    QString actorKindText;
    EventIndex index;
    QString oldValue;
    qint64 reverts = 0;
};

StoredRow storedRowOf(const QSqlQuery &q)
{
    StoredRow r;
    r.kindText = q.value(4).toString();
    r.index = {q.value(5).toString(), q.value(6).toString(), q.value(8).toString()};
    r.oldValue = q.value(7).toString();
    r.reverts = q.value(9).toLongLong();
    r.actorKindText = q.value(13).toString();
    r.payloadText = q.value(14).toByteArray();
    return r;
}

// Why a format-2 row does not say what its payload says, or "" when it does.
QString rowMismatch(const AuditEvent &e, const StoredRow &row, const QString &before)
{
    if (!eventKindFromName(row.kindText))
        return QCoreApplication::translate("EventStore", "has an unknown kind \"%1\"").arg(row.kindText);
    if (!actorKindFromName(row.actorKindText))
        return QCoreApplication::translate("EventStore", "has an unknown kind of actor \"%1\"").arg(row.actorKindText);
    // e.payload was parsed from the stored text (empty when it is not JSON): written back
    // canonically it must give the stored bytes again.
    if (canonicalPayload(e.payload) != row.payloadText)
        return QCoreApplication::translate("EventStore", "has a payload that is not in its canonical form");
    const EventIndex index = e.index();
    if (index.subject != row.index.subject || index.slot != row.index.slot || index.value != row.index.value
        || e.reverts() != row.reverts)
        return QCoreApplication::translate("EventStore", "has index columns that differ from its payload");
    if (row.oldValue != before
        || (tracksPrevious(e.kind) && e.payload.value(QLatin1String("previous")).toString() != before))
        return QCoreApplication::translate("EventStore", "names a previous value that the trail does not have");
    return {};
}

} // namespace

VerifyResult EventStore::verify(const std::function<bool()> &cancelled, VerifyScope scope) const
{
    const bool everything = scope == VerifyScope::Everything;
    VerifyResult result;
    if (Status s = reconnectIfLost(); !s) {
        result.reason = s.message();
        return result;
    }
    QSqlDatabase database = db();
    // Read in one snapshot so a concurrent writer cannot move the head under us.
    beginSnapshot();
    result.checkedAt = QDateTime::currentDateTimeUtc();
    auto stop = [&](qint64 seq, const QString &why) {
        result.firstBadSeq = seq;
        result.reason = why;
        database.rollback();
        return result;
    };
    if (!isShared() && (everything || !m_pagesChecked)) {
        QString sqlError;
        const QString check = quickCheck(&sqlError);
        if (!sqlError.isEmpty() || check != QLatin1String("ok"))
            return stop(0,
                        QCoreApplication::translate("EventStore", "the store %1 is damaged: %2")
                            .arg(m_path, sqlError.isEmpty() ? check : sqlError));
    }
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY seq").arg(eventColumns())))
        return stop(0,
                    QCoreApplication::translate("EventStore", "the audit trail of %1 cannot be read: %2")
                        .arg(m_path, q.lastError().text()));
    qint64 expected = 1;
    QString prevHash;
    QHash<QPair<QString, QString>, QPair<QString, qint64>> latest;  // what current_values must hold
    QHash<QString, qint64> templatesNamed;                          // sha256 -> first import event
    QHash<QPair<QString, int>, QPair<QString, qint64>> parsedNamed; // (sha256, format) -> digest, last import
    while (q.next()) {
        if (cancelled && (expected & 0x3ff) == 0 && cancelled()) {
            database.rollback();
            result.cancelled = true;
            result.reason = QCoreApplication::translate("EventStore", "cancelled");
            return result;
        }
        const AuditEvent e = eventFromQuery(q);
        if (e.seq != expected)
            return stop(expected,
                        e.seq > expected
                            ? QCoreApplication::translate("EventStore", "event #%1 is missing (the next one is #%2)")
                                  .arg(expected)
                                  .arg(e.seq)
                            : QCoreApplication::translate("EventStore", "event #%1 appears out of order").arg(e.seq));
        if (e.prevHash != prevHash)
            return stop(
                e.seq,
                QCoreApplication::translate("EventStore", "event #%1 does not follow event #%2: the chain is broken")
                    .arg(e.seq)
                    .arg(e.seq - 1));
        if (computeEventHash(e) != e.hash)
            return stop(
                e.seq,
                QCoreApplication::translate("EventStore", "event #%1 (%2 by %3 at %4) was changed after it was written")
                    .arg(e.seq)
                    .arg(eventKindName(e.kind), e.actor.displayName(), e.timeUtc));
        const EventIndex index = e.index();
        const QString before = latest.value({index.subject, index.slot}).first;
        if (e.format == 1) {
            // Columns added by schema 3 hold their defaults on rows written before it.
            if (q.value(13).toString() != QLatin1String("person") || !q.value(14).toString().isEmpty())
                return stop(e.seq,
                            QCoreApplication::translate("EventStore",
                                                        "event #%1 was changed after it was written (its typed columns "
                                                        "were filled in)")
                                .arg(e.seq));
        } else if (const QString why = rowMismatch(e, storedRowOf(q), before); !why.isEmpty()) {
            return stop(
                e.seq,
                QCoreApplication::translate("EventStore", "event #%1 (%2) %3: it was changed after it was written")
                    .arg(e.seq)
                    .arg(eventKindName(e.kind), why));
        }
        if (e.kind == EventKind::TemplateImported && !templatesNamed.contains(index.value))
            templatesNamed.insert(index.value, e.seq);
        if (e.kind == EventKind::TemplateImported && e.payload.contains(QLatin1String("parsed"))) {
            const QJsonObject parsed = e.payload.value(QLatin1String("parsed")).toObject();
            parsedNamed.insert({index.value, parsed.value(QLatin1String("format")).toInt()},
                               {parsed.value(QLatin1String("blake2b")).toString(), e.seq});
        }
        prevHash = e.hash;
        latest.insert({index.subject, index.slot}, {index.value, e.seq});
        ++expected;
    }
    if (q.lastError().isValid())
        // A read that stops half-way is damage, not a trail that ends early.
        return stop(
            0,
            QCoreApplication::translate("EventStore", "the audit trail of %1 cannot be read after event #%2: %3")
                .arg(m_path)
                .arg(expected - 1)
                .arg(q.lastError().text()));
    result.eventCount = expected - 1;
    QSqlQuery head(database);
    qint64 headSeq = 0;
    QString headHash;
    if (head.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_hash')"))) {
        while (head.next()) {
            if (head.value(0).toString() == QLatin1String("head_seq"))
                headSeq = head.value(1).toLongLong();
            else
                headHash = head.value(1).toString();
        }
    }
    if (headSeq > result.eventCount)
        return stop(result.eventCount + 1,
                    QCoreApplication::translate("EventStore", "events #%1 to #%2 are missing from the end of the trail")
                        .arg(result.eventCount + 1)
                        .arg(headSeq));
    if (headSeq != result.eventCount || headHash != prevHash)
        return stop(result.eventCount,
                    QCoreApplication::translate("EventStore",
                                                "the last event #%1 does not match the recorded head of the trail")
                        .arg(result.eventCount));

    // Every template text the events refer to, hashed again: the ticks mean nothing if the text
    // they tick was edited.
    QSqlQuery templates(database);
    templates.setForwardOnly(true);
    if (!templates.exec(QStringLiteral("SELECT sha256, name, %1 FROM templates")
                            .arg(everything ? utf8Of("markdown") : QStringLiteral("''"))))
        return stop(0,
                    QCoreApplication::translate("EventStore", "the checklist templates of %1 cannot be read: %2")
                        .arg(m_path, templates.lastError().text()));
    QHash<QString, QPair<QString, QByteArray>> held; // sha256 -> name, text (UTF-8)
    while (templates.next())
        held.insert(templates.value(0).toString(), {templates.value(1).toString(), templates.value(2).toByteArray()});
    for (auto it = templatesNamed.constBegin(); it != templatesNamed.constEnd(); ++it) {
        if (!held.contains(it.key()))
            return stop(it.value(),
                        QCoreApplication::translate("EventStore",
                                                    "event #%1 imports checklist template %2, whose text is missing")
                            .arg(it.value())
                            .arg(it.key().left(12)));
    }
    for (auto it = held.constBegin(); everything && it != held.constEnd(); ++it) {
        if (!matchesUtf8(it.key(), it.value().second))
            return stop(
                templatesNamed.value(it.key()),
                QCoreApplication::translate(
                    "EventStore", "the text of checklist template \"%1\" (%2) was changed after it was imported")
                    .arg(it.value().first, it.key().left(12)));
    }
    if (everything) {
        qint64 parsedSeq = 0;
        if (const QString why = parsedFormChanged(parsedNamed, &parsedSeq); !why.isEmpty())
            return stop(parsedSeq, why);
    }

    // The state the application shows comes from current_values: it must be the trail's.
    QSqlQuery values(database);
    values.setForwardOnly(true);
    if (!values.exec(QStringLiteral("SELECT item, slot, value, seq FROM current_values")))
        return stop(0,
                    QCoreApplication::translate("EventStore", "the current state of %1 cannot be read: %2")
                        .arg(m_path, values.lastError().text()));
    qint64 rows = 0;
    while (values.next()) {
        ++rows;
        const auto expectedValue = latest.value({values.value(0).toString(), values.value(1).toString()});
        if (expectedValue.second != values.value(3).toLongLong() || expectedValue.first != values.value(2).toString())
            return stop(
                expectedValue.second ? expectedValue.second : values.value(3).toLongLong(),
                QCoreApplication::translate("EventStore", "the shown state of %1 (%2) differs from the audit trail")
                    .arg(values.value(0).toString(), values.value(1).toString()));
    }
    if (rows != latest.size())
        return stop(result.eventCount,
                    QCoreApplication::translate("EventStore", "the shown state lacks items that the audit trail has"));
    database.rollback();
    result.intact = true;
    result.headSeq = result.eventCount;
    result.headHash = prevHash;
    return result;
}

// The shared record on PostgreSQL.

Result<std::unique_ptr<EventStore>> EventStore::openShared(const RecordLocation &location, Access access)
{
    const QString connection = SqliteFile::newConnectionName(QStringLiteral("golive-team-record"));
    std::unique_ptr<EventStore> store(new EventStore(location, connection, access, Integrity::Deferred));
    if (Status s = PostgresRecord::connect(location, connection); !s)
        return s.error();
    if (Status s = store->identifyShared(); !s)
        return s.error();
    return store;
}

Status EventStore::identifyShared()
{
    QSqlQuery q(db());
    if (!q.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")))
        return failure(QCoreApplication::translate("EventStore", "reading its tables"), q.lastError());
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    if (tables.isEmpty()) {
        if (m_access == Access::ReadOnly)
            return Status::failure(Error::Code::NotFound,
                                   QCoreApplication::translate("EventStore",
                                                               "The database %1 holds no launch record (nothing was "
                                                               "created). Check the address, or open it once for "
                                                               "writing, or copy a record there with golive copy.")
                                       .arg(m_path));
        return createShared();
    }
    if (!tables.contains(QStringLiteral("meta")) || !tables.contains(QStringLiteral("events")))
        return Status::failure(Error::Code::NotAStore,
                               QCoreApplication::translate("EventStore",
                                                           "The database %1 holds tables of another program, not a "
                                                           "Go-Live Control record. It was left untouched; give the "
                                                           "record a database of its own.")
                                   .arg(m_path));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return failure(QCoreApplication::translate("EventStore", "reading its schema version"), q.lastError());
    m_schemaVersion = q.value(0).toInt();
    if (m_schemaVersion > kSchemaVersion)
        return Status::failure(Error::Code::NewerSchema,
                               QCoreApplication::translate("EventStore",
                                                           "The team record %1 was written by a newer Go-Live Control "
                                                           "(schema %2; this version knows schema %3). It was left "
                                                           "untouched: update Go-Live Control to open it.")
                                   .arg(m_path)
                                   .arg(m_schemaVersion)
                                   .arg(kSchemaVersion));
    return ensureParsedTable(tables);
}

Status EventStore::createShared()
{
    // Two desks starting on an empty database at once: the second waits for the lock and then
    // finds the tables made.
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                              " AND table_name = 'events'"))
        && q.next()) {
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return identifyShared();
    }
    for (const QString &statement : PostgresRecord::schema()) {
        if (!q.exec(statement)) {
            const Error e =
                failure(QCoreApplication::translate("EventStore", "creating the record's tables"), q.lastError());
            QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    }
    if (Status s = createParsedTable(&q); !s) {
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return failure(QCoreApplication::translate("EventStore", "creating the record's tables"), q.lastError());
    m_schemaVersion = kSchemaVersion;
    return {};
}

Error EventStore::sharedFailure(const QString &what, const QSqlError &sqlError) const
{
    const QString detail = sqlError.text().trimmed();
    const Error::Code code = PostgresRecord::classify(sqlError);
    switch (code) {
    case Error::Code::Unreachable:
        m_lost = true;
        return Error::make(code,
                           QCoreApplication::translate("EventStore",
                                                       "The team record %1 cannot be reached while %2: %3. "
                                                       "Nothing was changed there.")
                               .arg(m_path, what, detail));
    case Error::Code::Forbidden:
        return Error::make(code,
                           QCoreApplication::translate("EventStore",
                                                       "The database role of this desk may not do this in %1 while "
                                                       "%2 (%3). Ask the record's owner to grant it; nothing was "
                                                       "changed.")
                               .arg(m_path, what, detail));
    case Error::Code::Busy:
        return Error::make(code,
                           QCoreApplication::translate("EventStore",
                                                       "The team record %1 was busy while %2 (%3). Nothing was "
                                                       "changed; try again.")
                               .arg(m_path, what, detail));
    default:
        return Error::make(code,
                           QCoreApplication::translate("EventStore", "The team record %1 failed while %2: %3")
                               .arg(m_path, what, detail));
    }
}

Status EventStore::reconnect()
{
    m_append.reset(); // prepared on the old connection
    QSqlDatabase database = db();
    database.close();
    if (!database.open()) {
        m_lost = true;
        return Status::failure(Error::Code::Unreachable,
                               QCoreApplication::translate("EventStore", "The team record %1 cannot be reached: %2")
                                   .arg(m_path, database.lastError().text().trimmed()));
    }
    m_lost = false;
    if (m_notified)
        database.driver()->subscribeToNotification(PostgresRecord::channel());
    return {};
}

Status EventStore::reconnectIfLost() const
{
    if (!m_lost)
        return {};
    return const_cast<EventStore *>(this)->reconnect();
}

Status EventStore::listen(std::function<void(qint64 head)> notified)
{
    if (!isShared())
        return {};
    QSqlDriver *driver = db().driver();
    if (!m_notified) {
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                             if (name == PostgresRecord::channel() && m_notified)
                                 m_notified(payload.toLongLong());
                         });
    }
    m_notified = std::move(notified);
    if (!driver->subscribeToNotification(PostgresRecord::channel()))
        return failure(QCoreApplication::translate("EventStore", "listening for the other desks' changes"),
                       driver->lastError());
    return {};
}

void EventStore::beginSnapshot() const
{
    QSqlDatabase database = db();
    database.transaction();
    if (isShared())
        QSqlQuery(database).exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
}

Result<bool> EventStore::offlineEntryShared(const QString &uid, qint64 knownHead) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE seq > ? AND payload LIKE ?"));
    q.addBindValue(knownHead);
    q.addBindValue(QStringLiteral("%\"entry\":\"%1\"%").arg(uid));
    if (!q.exec())
        return failure(QCoreApplication::translate("EventStore", "looking for a change shared before"), q.lastError());
    return q.next();
}

Result<QVector<StoredTemplate>> EventStore::templates() const
{
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT sha256, name, markdown FROM templates ORDER BY sha256")))
        return failure(QCoreApplication::translate("EventStore", "reading the checklist templates"), q.lastError());
    QVector<StoredTemplate> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status EventStore::copyIn(const QVector<AuditEvent> &events, const QVector<StoredTemplate> &templates)
{
    if (m_access == Access::ReadOnly)
        return Status::failure(
            Error::Code::ReadOnly,
            QCoreApplication::translate("EventStore", "The store %1 is open read-only; nothing was copied.")
                .arg(m_path));
    if (Status s = reconnectIfLost(); !s)
        return s;
    if (Status s = beginWrite(); !s)
        return s;
    QSqlDatabase database = db();
    auto rollbackWith = [&](const Error &error) {
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return Status(error);
    };
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !q.next())
        return rollbackWith(
            failure(QCoreApplication::translate("EventStore", "reading the audit trail"), q.lastError()));
    if (const qint64 held = q.value(0).toLongLong(); held > 0)
        return rollbackWith(Error::make(Error::Code::Conflict,
                                        QCoreApplication::translate("EventStore",
                                                                    "%1 already holds a launch record (%n event(s)); a "
                                                                    "record is only copied into an empty one. Nothing "
                                                                    "was changed.",
                                                                    nullptr, int(held))
                                            .arg(m_path)));
    QSqlQuery t(database);
    t.prepare(QStringLiteral("INSERT INTO templates (sha256, name, imported_at, markdown) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (sha256) DO NOTHING"));
    for (const StoredTemplate &tmpl : templates) {
        for (const QVariant &v : QVariantList{tmpl.sha256, text(tmpl.name), nowUtc(), text(tmpl.markdown)})
            t.addBindValue(v);
        if (!t.exec())
            return rollbackWith(
                failure(QCoreApplication::translate("EventStore", "saving the template"), t.lastError()));
    }
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO events (%1, format, actor_kind, payload) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(kLegacyColumns)));
    QHash<QPair<QString, QString>, QPair<QString, qint64>> latest;
    QString prevHash;
    qint64 expected = 1;
    for (const AuditEvent &e : events) {
        // What arrives must be one unbroken chain: the copy is only as good as its source.
        if (e.seq != expected || e.prevHash != prevHash || computeEventHash(e) != e.hash)
            return rollbackWith(Error::make(Error::Code::Corrupt,
                                            QCoreApplication::translate("EventStore",
                                                                        "event #%1 of the source does not continue "
                                                                        "its chain; nothing was copied to %2.")
                                                .arg(e.seq)
                                                .arg(m_path)));
        const EventIndex index = e.index();
        const bool legacy = e.format == 1;
        const QVariantList values = {e.seq,
                                     e.timeUtc,
                                     text(e.actor.name),
                                     text(e.actor.role),
                                     legacy ? e.legacy.action : eventKindName(e.kind),
                                     legacy ? text(e.legacy.item) : text(index.subject),
                                     legacy ? text(e.legacy.slot) : index.slot,
                                     text(e.legacy.oldValue),
                                     legacy ? text(e.legacy.newValue) : text(index.value),
                                     legacy ? e.legacy.reverts : e.reverts(),
                                     text(e.prevHash),
                                     e.hash,
                                     e.format,
                                     legacy ? QStringLiteral("person") : actorKindName(e.actor.kind),
                                     legacy ? QString(QLatin1String(""))
                                            : QString::fromUtf8(canonicalPayload(e.payload))};
        for (const QVariant &v : values)
            insert.addBindValue(v);
        if (!insert.exec())
            return rollbackWith(
                failure(QCoreApplication::translate("EventStore", "writing event #%1").arg(e.seq), insert.lastError()));
        latest.insert({index.subject, index.slot}, {index.value, e.seq});
        prevHash = e.hash;
        ++expected;
    }
    QSqlQuery current(database);
    current.prepare(QStringLiteral("INSERT INTO current_values (item, slot, value, seq) VALUES (?, ?, ?, ?)"));
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it) {
        for (const QVariant &v :
             QVariantList{text(it.key().first), it.key().second, text(it.value().first), it.value().second})
            current.addBindValue(v);
        if (!current.exec())
            return rollbackWith(
                failure(QCoreApplication::translate("EventStore", "writing the current state"), current.lastError()));
    }
    QSqlQuery head(database);
    head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    for (const auto &pair : {qMakePair(QStringLiteral("head_seq"), QString::number(expected - 1)),
                             qMakePair(QStringLiteral("head_hash"), prevHash)}) {
        head.addBindValue(pair.second);
        head.addBindValue(pair.first);
        if (!head.exec())
            return rollbackWith(
                failure(QCoreApplication::translate("EventStore", "recording the audit trail head"), head.lastError()));
    }
    if (isShared())
        QSqlQuery(database).exec(
            QStringLiteral("SELECT pg_notify('%1', '%2')").arg(PostgresRecord::channel()).arg(expected - 1));
    QSqlQuery commit(database);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return rollbackWith(
            failure(QCoreApplication::translate("EventStore", "committing the copy"), commit.lastError()));
    return {};
}

Status EventStore::checkUnchanged(const QVector<EventDraft> &drafts) const
{
    for (const EventDraft &draft : drafts) {
        if (draft.unchangedSince <= 0 || draft.unchangedSlots.isEmpty())
            continue;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT item, slot, seq FROM current_values WHERE seq > ? ORDER BY seq"));
        q.addBindValue(draft.unchangedSince);
        if (!q.exec())
            return failure(QCoreApplication::translate("EventStore", "checking what the change was made from"),
                           q.lastError());
        while (q.next()) {
            const QString subject = q.value(0).toString();
            const QString slot = q.value(1).toString();
            for (const auto &watched : draft.unchangedSlots) {
                const bool subjectMatches = watched.first.endsWith(QLatin1Char('*'))
                    ? subject.startsWith(watched.first.chopped(1))
                    : subject == watched.first;
                if (subjectMatches && (watched.second.isEmpty() || watched.second == slot))
                    return Status::failure(
                        Error::Code::Conflict,
                        QCoreApplication::translate(
                            "EventStore",
                            "What this %1 was made from changed in the record (#%2: %3 %4) after it was "
                            "prepared; nothing was written. Look at it again.")
                            .arg(eventKindName(draft.kind))
                            .arg(q.value(2).toLongLong())
                            .arg(subject.isEmpty() ? QStringLiteral("checklist") : subject, slot));
            }
        }
    }
    return {};
}
