#include "models/monitoring/ProbeHistory.h"

#include "models/record/DiskSpace.h"
#include "models/record/SqliteFile.h"

#include "models/monitoring/HistoryBuckets.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace {

const QLatin1String kKind("golive-probe-history");

// Every table is keyed by (service, time), so each query of one service reads one index range.
// Services are numbered so the big tables do not repeat names. `runs` holds finalized coverage
// merged while the state stays the same: the exact record uptime needs below an hour, which
// survives pruning of the raw results.
// Schema 2 changes no table: it marks files whose confirmed PENDING runs count as down (see
// confirmPendingRuns()). Schema 3 stores reasons as codes and drops the minute rollups (see
// compactResults()). The layout as it is now: docs/probe-history.md.
QStringList migrationTo(int version)
{
    if (version != 1)
        return {};
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('kind', '%1'), ('schema_version', '0')").arg(kKind),
        QStringLiteral("CREATE TABLE services (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " last_ms INTEGER, last_state INTEGER, last_interval_ms INTEGER,"
                       " last_latency_ms INTEGER, last_reason TEXT)"),
        QStringLiteral("CREATE TABLE results (service_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,"
                       " state INTEGER NOT NULL, latency_ms INTEGER NOT NULL, reason TEXT NOT NULL,"
                       " PRIMARY KEY (service_id, t_ms)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE rollups (level INTEGER NOT NULL, service_id INTEGER NOT NULL,"
                       " bucket_ms INTEGER NOT NULL,"
                       " unknown_ms INTEGER NOT NULL, up_ms INTEGER NOT NULL, degraded_ms INTEGER NOT NULL,"
                       " pending_ms INTEGER NOT NULL, down_ms INTEGER NOT NULL,"
                       " results INTEGER NOT NULL, latency_count INTEGER NOT NULL, latency_sum INTEGER NOT NULL,"
                       " latency_max INTEGER NOT NULL, worst INTEGER NOT NULL,"
                       " PRIMARY KEY (level, service_id, bucket_ms)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE runs (service_id INTEGER NOT NULL, start_ms INTEGER NOT NULL,"
                       " end_ms INTEGER NOT NULL, state INTEGER NOT NULL,"
                       " PRIMARY KEY (service_id, start_ms)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE changes (service_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,"
                       " from_state INTEGER NOT NULL, to_state INTEGER NOT NULL, reason TEXT NOT NULL,"
                       " PRIMARY KEY (service_id, t_ms)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE maintenance (id INTEGER PRIMARY KEY, service TEXT NOT NULL,"
                       " from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, note TEXT NOT NULL)"),
    };
}

// Schema 1 counted a PENDING run as up even when DOWN confirmed it. Such a run is followed
// without a gap by a DOWN result: the next run starts where it ends with DOWN, or the service's
// open last result is that DOWN. Its time moves from pending to down in the runs and in every
// rollup still kept (pruned minutes have no row to update), as record() does for new results.
bool confirmPendingRuns(const QSqlDatabase &db, QSqlError *error)
{
    using namespace HistoryBuckets;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.service_id, r.start_ms, r.end_ms FROM runs r WHERE r.state = %1 AND ("
                               " EXISTS (SELECT 1 FROM runs n WHERE n.service_id = r.service_id"
                               " AND n.start_ms = r.end_ms AND n.state = %2)"
                               " OR EXISTS (SELECT 1 FROM services s WHERE s.id = r.service_id"
                               " AND s.last_ms = r.end_ms AND s.last_state = %2))")
                    .arg(int(PendingCode))
                    .arg(int(DownCode)))) {
        *error = q.lastError();
        return false;
    }
    struct Run
    {
        qint64 service, start, end;
    };
    QVector<Run> confirmed;
    while (q.next())
        confirmed.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();

    QSqlQuery move(db), mark(db);
    move.prepare(QStringLiteral("UPDATE rollups SET pending_ms = pending_ms - ?, down_ms = down_ms + ?"
                                " WHERE level = ? AND service_id = ? AND bucket_ms = ?"));
    mark.prepare(QStringLiteral("UPDATE runs SET state = ? WHERE service_id = ? AND start_ms = ?"));
    for (const Run &run : std::as_const(confirmed)) {
        for (const int level : kRollupLevels) { // schema 3 drops the minutes anyway
            const qint64 step = kLevelMs[level];
            for (qint64 b = floorTo(run.start, step); b < run.end; b += step) {
                const qint64 ms = std::min(run.end, b + step) - std::max(run.start, b);
                const QVariantList values = {ms, ms, level, run.service, b};
                for (int i = 0; i < values.size(); ++i)
                    move.bindValue(i, values.at(i));
                if (!move.exec()) {
                    *error = move.lastError();
                    return false;
                }
            }
        }
        const QVariantList values = {int(DownCode), run.service, run.start};
        for (int i = 0; i < values.size(); ++i)
            mark.bindValue(i, values.at(i));
        if (!mark.exec()) {
            *error = mark.lastError();
            return false;
        }
    }
    return true;
}

// Schema 3: a reason that only repeats its row (ProbeReason) becomes a code, and the minute rollups
// go. Rows are copied in key order, so the new table's pages are full; the old table's pages are
// free for the VACUUM after the commit.
bool compactResults(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db), read(db), write(db);
    read.setForwardOnly(true);
    const bool ready = q.exec(QStringLiteral("ALTER TABLE results RENAME TO results_v2"))
        && q.exec(QStringLiteral("CREATE TABLE results (service_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,"
                                 " state INTEGER NOT NULL, latency_ms INTEGER NOT NULL, reason_code INTEGER NOT NULL,"
                                 " reason_number INTEGER, reason_text TEXT,"
                                 " PRIMARY KEY (service_id, t_ms)) WITHOUT ROWID"))
        && write.prepare(HistoryBuckets::insertResultSql())
        && read.exec(QStringLiteral("SELECT service_id, t_ms, state, latency_ms, reason FROM results_v2"
                                    " ORDER BY service_id, t_ms"));
    if (!ready) {
        *error = q.lastError().isValid()  ? q.lastError()
            : write.lastError().isValid() ? write.lastError()
                                          : read.lastError();
        return false;
    }
    while (read.next()) {
        HistoryBuckets::bindResult(write, read.value(0).toLongLong(), read.value(1).toLongLong(), read.value(2).toInt(),
                                   read.value(3).toInt(), read.value(4).toString());
        if (!write.exec()) {
            *error = write.lastError();
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = read.lastError();
        return false;
    }
    read.finish();
    for (const char *sql : {"DROP TABLE results_v2", "DELETE FROM rollups WHERE level = 0"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

ProbeHistory::ProbeHistory(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{}

ProbeHistory::~ProbeHistory()
{
    SqliteFile::closeConnection(m_connection);
}

QSqlDatabase ProbeHistory::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error ProbeHistory::failure(const QString &what, const QSqlError &sqlError) const
{
    const int code = SqliteFile::resultCode(sqlError);
    const bool ok = code >= 0;
    if (ok && (code == 11 || code == 26)) // SQLITE_CORRUPT, SQLITE_NOTADB
        return Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("ProbeHistory",
                                        "The probe history %1 is damaged (%2) while %3. It was left untouched; "
                                        "move it away to start a new history.")
                .arg(m_path, sqlError.text(), what));
    if (DiskSpace::isDiskFull(sqlError, m_path)) // SQLITE_FULL, or an I/O error with no room left
        return Error::make(
            Error::Code::DiskFull,
            QCoreApplication::translate(
                "ProbeHistory", "The disk holding the probe history %1 is full while %2: %3. Nothing was saved.")
                .arg(m_path, what, DiskSpace::describe(m_path)));
    if (ok && (code == 5 || code == 6)) // SQLITE_BUSY, SQLITE_LOCKED
        return Error::make(
            Error::Code::Busy,
            QCoreApplication::translate("ProbeHistory",
                                        "The probe history %1 is busy (another program held it for 5 s) while %2.")
                .arg(m_path, what));
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate("ProbeHistory", "The probe history %1 failed while %2: %3")
                           .arg(m_path, what, sqlError.text()));
}

Result<std::unique_ptr<ProbeHistory>> ProbeHistory::open(const QString &path)
{
    const QFileInfo info(path);
    const Error location =
        SqliteFile::checkLocation(path, QCoreApplication::translate("ProbeHistory", "probe history"), true);
    if (location.isError())
        return location;

    const QString connection = SqliteFile::newConnectionName(QStringLiteral("golive-history"));
    std::unique_ptr<ProbeHistory> history(new ProbeHistory(info.absoluteFilePath(), connection));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(info.absoluteFilePath());
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open())
            return history->failure(QCoreApplication::translate("ProbeHistory", "opening it"), database.lastError());
    }
    if (const Status ready = history->identifyAndMigrate(); !ready)
        return ready.error();
    return history;
}

Status ProbeHistory::identifyAndMigrate()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failure(QCoreApplication::translate("ProbeHistory", "reading its tables"), q.lastError());
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    int version = 0;
    if (!tables.isEmpty()) {
        const bool ours = tables.contains(QStringLiteral("meta")) && tables.contains(QStringLiteral("results"))
            && q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'kind'")) && q.next()
            && q.value(0).toString() == kKind;
        if (!ours)
            return Error::make(Error::Code::NotAStore,
                               QCoreApplication::translate("ProbeHistory",
                                                           "%1 is an SQLite database of another program (or another "
                                                           "Go-Live Control file), not a probe history. It was left "
                                                           "untouched.")
                                   .arg(m_path));
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
            return failure(QCoreApplication::translate("ProbeHistory", "reading its schema version"), q.lastError());
        version = q.value(0).toInt();
        if (version > kSchemaVersion) {
            return Error::make(Error::Code::NewerSchema,
                               QCoreApplication::translate(
                                   "ProbeHistory",
                                   "The probe history %1 was written by a newer Go-Live Control (schema %2; this "
                                   "version knows schema %3). It was left untouched: update Go-Live Control "
                                   "to open it.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(kSchemaVersion));
        }
        // Nothing may be appended on top of a damaged page.
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok")) {
            const QString why = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            return Error::make(
                Error::Code::Corrupt,
                QCoreApplication::translate("ProbeHistory",
                                            "The probe history %1 is damaged (%2). It was left untouched; "
                                            "move it away to start a new history.")
                    .arg(m_path, why.simplified()));
        }
        q.finish();
    }
    // WAL lets the GUI read while the worker writes; NORMAL may lose the last results on power
    // loss, which is fine for history (the checklist store keeps FULL).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return failure(QCoreApplication::translate("ProbeHistory", "setting it up"), q.lastError());
    }
    return version < kSchemaVersion ? migrate(version) : Status();
}

Status ProbeHistory::migrate(int fromVersion)
{
    QSqlQuery q(db());
    // Another process converting a big file holds the lock for longer than the usual 5 s: wait for it.
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kMigrationWaitMs));
    const bool begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!begun)
        return failure(QCoreApplication::translate("ProbeHistory", "starting its set-up"), q.lastError());
    auto rollbackWith = [&](const QString &what, const QSqlError &e) {
        const Error error = failure(what, e);
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return Status(error);
    };
    // Another process may have created it while we waited for the lock.
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        fromVersion = q.value(0).toInt();
    q.finish(); // an open statement would keep schema 3 from renaming a table
    for (int v = fromVersion + 1; v <= kSchemaVersion; ++v) {
        for (const QString &statement : migrationTo(v)) {
            if (!q.exec(statement))
                return rollbackWith(QCoreApplication::translate("ProbeHistory", "upgrading it to schema %1").arg(v),
                                    q.lastError());
        }
        QSqlError sqlError;
        if ((v == 2 && !confirmPendingRuns(db(), &sqlError)) || (v == 3 && !compactResults(db(), &sqlError)))
            return rollbackWith(QCoreApplication::translate("ProbeHistory", "upgrading it to schema %1").arg(v),
                                sqlError);
    }
    if (!q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(kSchemaVersion)))
        return rollbackWith(QCoreApplication::translate("ProbeHistory", "upgrading it"), q.lastError());
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollbackWith(QCoreApplication::translate("ProbeHistory", "upgrading it"), q.lastError());
    if (fromVersion > 0 && fromVersion < 3) {
        // Most of the converted file's pages are free now: give them back, once (best effort:
        // readers in other processes keep their snapshot; a writer holding the lock for 5 s wins
        // and the pages are reused by the next results instead).
        q.exec(QStringLiteral("VACUUM"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return {};
}

Result<qint64> ProbeHistory::serviceId(const QString &service) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM services WHERE name = ?"));
    q.addBindValue(service);
    if (!q.exec())
        return failure(QCoreApplication::translate("ProbeHistory", "looking up %1").arg(service), q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64{0};
}

qint64 ProbeHistory::prunedBefore() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'pruned_before_ms'")) && q.next())
        return q.value(0).toLongLong();
    return std::numeric_limits<qint64>::min();
}

Result<qint64> ProbeHistory::addMaintenance(const QString &service, const QDateTime &from, const QDateTime &to,
                                            const QString &note)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("ProbeHistory", "A maintenance window must end after it starts (%1 to %2).")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO maintenance (service, from_ms, to_ms, note) VALUES (?, ?, ?, ?)"));
    q.addBindValue(service.isNull() ? QString(QLatin1String("")) : service);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    q.addBindValue(note.isNull() ? QString(QLatin1String("")) : note);
    if (!q.exec())
        return failure(QCoreApplication::translate("ProbeHistory", "saving a maintenance window"), q.lastError());
    return q.lastInsertId().toLongLong();
}

Status ProbeHistory::removeMaintenance(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM maintenance WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(QCoreApplication::translate("ProbeHistory", "removing maintenance window #%1").arg(id),
                       q.lastError());
    if (q.numRowsAffected() == 0)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("ProbeHistory", "The probe history %1 has no maintenance window #%2.")
                .arg(m_path)
                .arg(id));
    return {};
}

Result<QVector<MaintenanceWindow>> ProbeHistory::maintenanceWindows() const
{
    QVector<MaintenanceWindow> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, service, from_ms, to_ms, note FROM maintenance ORDER BY from_ms, id")))
        return failure(QCoreApplication::translate("ProbeHistory", "reading the maintenance windows"), q.lastError());
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC), q.value(4).toString()});
    }
    return out;
}

Status ProbeHistory::prune(const QDateTime &rawOlderThan)
{
    if (!rawOlderThan.isValid())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("ProbeHistory", "Pruning the probe history %1 needs a valid time.")
                .arg(m_path));
    const qint64 cutoff = rawOlderThan.toMSecsSinceEpoch();
    QSqlDatabase database = db();
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(QCoreApplication::translate("ProbeHistory", "starting to prune it"), q.lastError());
    // "service_id IN (...)" lets SQLite walk the (service, time) keys instead of every row.
    const QString statements[] = {
        QStringLiteral("DELETE FROM results WHERE service_id IN (SELECT id FROM services) AND t_ms < %1").arg(cutoff),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('pruned_before_ms', '%1') ON CONFLICT (key) DO "
                       "UPDATE SET value = MAX(CAST(value AS INTEGER), %1)")
            .arg(cutoff),
        QStringLiteral("COMMIT"),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            const Error error = failure(QCoreApplication::translate("ProbeHistory", "pruning it"), q.lastError());
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    // A big prune fills the WAL with the freed pages; give that space back now (best effort:
    // a reader may hold it). The main file keeps its size and reuses the pages.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}
