#include "models/record/SqliteRecordBackend.h"

#include "models/record/DiskSpace.h"
#include "models/record/ParsedTemplates.h"
#include "models/record/SqliteFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace {

// SQLite's primary result codes that deserve their own message.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnlyDb = 8,
    CorruptDb = 11,
    NotADb = 26
};

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

} // namespace

SqliteRecordBackend::SqliteRecordBackend(const QString &absolutePath, QString connection, Access access,
                                         Integrity integrity)
    : RecordBackend(RecordLocation::parse(absolutePath).value().display(), std::move(connection), access),
      m_integrity(integrity)
{}

Result<std::unique_ptr<RecordBackend>> SqliteRecordBackend::open(const QString &path, Access access,
                                                                 Integrity integrity)
{
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
    std::unique_ptr<SqliteRecordBackend> backend(
        new SqliteRecordBackend(info.absoluteFilePath(), connection, access, integrity));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(info.absoluteFilePath());
        database.setConnectOptions(access == Access::ReadOnly
                                       ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                       : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open())
            return backend->failure(QCoreApplication::translate("EventStore", "opening it"), database.lastError());
    }
    if (Status s = backend->identifyAndMigrate(); !s)
        return s.error();
    return std::unique_ptr<RecordBackend>(std::move(backend));
}

Status SqliteRecordBackend::identifyAndMigrate()
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

Status SqliteRecordBackend::migrate(int fromVersion)
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
                rollback();
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
        rollback();
        return e;
    }
    m_schemaVersion = kSchemaVersion;
    return {};
}

Status SqliteRecordBackend::ensureParsedTable(const QStringList &tables)
{
    m_hasParsedTable = tables.contains(QLatin1String("parsed_checklists"));
    if (m_hasParsedTable)
        return {};
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery q(db());
    if (!q.exec(ParsedTemplates::createTable(blobType())) || !q.exec(QStringLiteral("COMMIT"))) {
        const Error e = failure(QCoreApplication::translate("EventStore", "setting it up"), q.lastError());
        rollback();
        return e;
    }
    m_hasParsedTable = true;
    return {};
}

QString SqliteRecordBackend::quickCheck(QString *sqlError) const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        *sqlError = q.lastError().text();
        return {};
    }
    return q.value(0).toString();
}

QString SqliteRecordBackend::pageDamage(bool everything) const
{
    if (!everything && m_pagesChecked)
        return {};
    QString sqlError;
    const QString check = quickCheck(&sqlError);
    if (sqlError.isEmpty() && check == QLatin1String("ok"))
        return {};
    return QCoreApplication::translate("EventStore", "the store %1 is damaged: %2")
        .arg(m_path, sqlError.isEmpty() ? check : sqlError);
}

Status SqliteRecordBackend::beginWrite()
{
    // BEGIN IMMEDIATE takes the write lock before we read the chain head.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(QCoreApplication::translate("EventStore", "starting a change"), q.lastError());
    return {};
}

void SqliteRecordBackend::beginSnapshot() const
{
    db().transaction();
}

QString SqliteRecordBackend::utf8Of(const char *column) const
{
    return QStringLiteral("CAST(%1 AS BLOB)").arg(QLatin1String(column));
}

Error SqliteRecordBackend::failure(const QString &what, const QSqlError &sqlError) const
{
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
