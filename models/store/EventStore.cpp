#include "EventStore.h"

#include "SqliteFile.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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
    IoErr = 10,
    CorruptDb = 11,
    Full = 13,
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
    return {};
}

AuditEvent eventFromQuery(const QSqlQuery &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.timeUtc = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.role = q.value(3).toString();
    e.action = q.value(4).toString();
    e.item = q.value(5).toString();
    e.slot = q.value(6).toString();
    e.oldValue = q.value(7).toString();
    e.newValue = q.value(8).toString();
    e.reverts = q.value(9).toLongLong();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

const char *kEventColumns = "seq, ts, actor, role, action, item, slot, old_value, new_value, reverts, prev_hash, hash";

} // namespace

EventStore::EventStore(QString path, QString connection, Access access, Integrity integrity)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_access(access), m_integrity(integrity)
{}

EventStore::~EventStore()
{
    SqliteFile::closeConnection(m_connection);
}

QSqlDatabase EventStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void EventStore::fail(StoreError *error, const QString &what, const QSqlError &sqlError) const
{
    if (!error)
        return;
    const QString detail = sqlError.text();
    switch (SqliteFile::resultCode(sqlError)) {
    case Busy:
    case Locked:
        error->set(StoreError::Code::Busy,
                   QStringLiteral("The store %1 is busy: another program held it for more than 5 s "
                                  "while %2. Nothing was changed; try again.")
                       .arg(m_path, what));
        return;
    case Full:
        error->set(StoreError::Code::DiskFull,
                   QStringLiteral("The disk holding %1 is full while %2. The change was not saved; "
                                  "the store is unchanged.")
                       .arg(m_path, what));
        return;
    case ReadOnlyDb:
        error->set(StoreError::Code::ReadOnly,
                   QStringLiteral("The store %1 is read-only while %2. The change was not saved.").arg(m_path, what));
        return;
    case CorruptDb:
    case NotADb:
        error->set(StoreError::Code::Corrupt,
                   QStringLiteral("The store %1 is damaged (%2) while %3. It was left untouched; "
                                  "restore it from a backup.")
                       .arg(m_path, detail, what));
        return;
    default:
        error->set(StoreError::Code::Io, QStringLiteral("The store %1 failed while %2: %3").arg(m_path, what, detail));
    }
}

std::unique_ptr<EventStore> EventStore::open(const QString &path, Access access, StoreError *error, Integrity integrity)
{
    StoreError local;
    StoreError *err = error ? error : &local;
    const QFileInfo info(path);
    *err = SqliteFile::checkLocation(path, QStringLiteral("store"), access == Access::ReadWrite);
    if (err->isError())
        return nullptr;

    const QString connection = SqliteFile::newConnectionName(QStringLiteral("golive-store"));
    std::unique_ptr<EventStore> store(new EventStore(info.absoluteFilePath(), connection, access, integrity));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(info.absoluteFilePath());
        database.setConnectOptions(access == Access::ReadOnly
                                       ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                       : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open()) {
            store->fail(err, QStringLiteral("opening it"), database.lastError());
            return nullptr;
        }
    }
    if (!store->identifyAndMigrate(err))
        return nullptr;
    return store;
}

bool EventStore::identifyAndMigrate(StoreError *error)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        fail(error, QStringLiteral("reading its tables"), q.lastError());
        return false;
    }
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    int version = 0;
    if (!tables.isEmpty()) {
        if (!tables.contains(QStringLiteral("meta")) || !tables.contains(QStringLiteral("events"))) {
            error->set(StoreError::Code::NotAStore,
                       QStringLiteral("%1 is an SQLite database of another program, not a Go-Live Control "
                                      "store. It was left untouched.")
                           .arg(m_path));
            return false;
        }
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next()) {
            fail(error, QStringLiteral("reading its schema version"), q.lastError());
            return false;
        }
        version = q.value(0).toInt();
        if (version > kSchemaVersion) {
            error->set(StoreError::Code::NewerSchema,
                       QStringLiteral("The store %1 was written by a newer Go-Live Control (store schema %2; "
                                      "this version knows schema %3). It was left untouched: update "
                                      "Go-Live Control to open it.")
                           .arg(m_path)
                           .arg(version)
                           .arg(kSchemaVersion));
            return false;
        }
        // A damaged page must stop us before anything is appended on top of it.
        if (m_integrity == Integrity::CheckOnOpen) {
            QString sqlError;
            const QString check = quickCheck(&sqlError);
            if (!sqlError.isEmpty() || check != QLatin1String("ok")) {
                error->set(StoreError::Code::Corrupt,
                           QStringLiteral("The store %1 is damaged (%2). It was left untouched; restore it from a "
                                          "backup.")
                               .arg(m_path, sqlError.isEmpty() ? check : sqlError));
                return false;
            }
        }
        q.finish();
    }
    if (m_access == Access::ReadOnly) {
        if (version < kSchemaVersion) {
            error->set(StoreError::Code::NotAStore,
                       QStringLiteral("The store %1 is empty or from an older version and cannot be "
                                      "upgraded while it is opened read-only.")
                           .arg(m_path));
            return false;
        }
        return true;
    }
    // WAL lets readers (the GUI, `golive export`) go on while a writer commits; FULL makes
    // every commit durable before the tick is shown. Two programs switching a new store to
    // WAL at once would deadlock, so SQLite answers busy at once instead of waiting: wait
    // here, as long as the busy timeout would.
    const QDeadlineTimer deadline(5000);
    while (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        const int code = SqliteFile::resultCode(q.lastError());
        if ((code != Busy && code != Locked) || deadline.hasExpired()) {
            fail(error, QStringLiteral("setting it up"), q.lastError());
            return false;
        }
        QThread::msleep(5);
    }
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        fail(error, QStringLiteral("setting it up"), q.lastError());
        return false;
    }
    return version < kSchemaVersion ? migrate(version, error) : true;
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

bool EventStore::migrate(int fromVersion, StoreError *error)
{
    if (!beginWrite(error))
        return false;
    QSqlQuery q(db());
    // Another process may have migrated while we waited for the lock.
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        fromVersion = q.value(0).toInt();
    for (int v = fromVersion + 1; v <= kSchemaVersion; ++v) {
        for (const QString &statement : migrationTo(v)) {
            if (!q.exec(statement)) {
                fail(error, QStringLiteral("upgrading it to schema %1").arg(v), q.lastError());
                QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
    q.addBindValue(QString::number(kSchemaVersion));
    QSqlQuery commit(db());
    if (!q.exec() || !commit.exec(QStringLiteral("COMMIT"))) {
        fail(error, QStringLiteral("upgrading it"), q.lastError().isValid() ? q.lastError() : commit.lastError());
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool EventStore::beginWrite(StoreError *error)
{
    // BEGIN IMMEDIATE takes the write lock before we read the chain head, so two writers
    // can never both extend the same head.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(error, QStringLiteral("starting a change"), q.lastError());
        return false;
    }
    return true;
}

bool EventStore::append(const Actor &actor, const QVector<EventDraft> &drafts, QVector<AuditEvent> *written,
                        StoreError *error, const StoredTemplate *storedTemplate)
{
    StoreError local;
    StoreError *err = error ? error : &local;
    if (m_access == Access::ReadOnly) {
        err->set(StoreError::Code::ReadOnly,
                 QStringLiteral("The store %1 is open read-only; the change was not saved.").arg(m_path));
        return false;
    }
    if (!beginWrite(err))
        return false;
    QSqlDatabase database = db();
    auto rollbackWith = [&](const QString &what, const QSqlError &e) {
        fail(err, what, e);
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_hash')")))
        return rollbackWith(QStringLiteral("reading the audit trail head"), q.lastError());
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
                                 "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM templates WHERE sha256 = ?)"));
        t.addBindValue(storedTemplate->sha256);
        t.addBindValue(storedTemplate->name);
        t.addBindValue(nowUtc());
        t.addBindValue(storedTemplate->markdown);
        t.addBindValue(storedTemplate->sha256);
        if (!t.exec())
            return rollbackWith(QStringLiteral("saving the template"), t.lastError());
    }

    QSqlQuery previous(database);
    previous.prepare(QStringLiteral("SELECT value FROM current_values WHERE item = ? AND slot = ?"));
    QSqlQuery current(database);
    current.prepare(
        QStringLiteral("INSERT INTO current_values (item, slot, value, seq) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (item, slot) DO UPDATE SET value = excluded.value, seq = excluded.seq"));
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(kEventColumns)));
    QVector<AuditEvent> events;
    events.reserve(drafts.size());
    const QString time = nowUtc();
    for (const EventDraft &draft : drafts) {
        AuditEvent e;
        e.seq = ++seq;
        e.timeUtc = time;
        e.actor = actor.name;
        e.role = actor.role;
        e.action = draft.action;
        e.item = draft.item;
        e.slot = draft.slot;
        e.newValue = draft.newValue;
        e.reverts = draft.reverts;
        previous.addBindValue(draft.item);
        previous.addBindValue(draft.slot);
        if (!previous.exec())
            return rollbackWith(QStringLiteral("reading the previous value"), previous.lastError());
        if (previous.next())
            e.oldValue = previous.value(0).toString();
        previous.finish();
        e.prevHash = prevHash;
        e.hash = computeEventHash(e);
        prevHash = e.hash;
        // A null QString binds as SQL NULL; the columns hold "" for "nothing".
        auto text = [](const QString &s) { return s.isNull() ? QString(QLatin1String("")) : s; };
        const QVariantList values = {
            e.seq,        text(e.timeUtc),  text(e.actor),    text(e.role), text(e.action),   text(e.item),
            text(e.slot), text(e.oldValue), text(e.newValue), e.reverts,    text(e.prevHash), e.hash};
        for (const QVariant &v : values)
            insert.addBindValue(v);
        if (!insert.exec())
            return rollbackWith(QStringLiteral("writing event #%1").arg(e.seq), insert.lastError());
        current.addBindValue(text(e.item));
        current.addBindValue(text(e.slot));
        current.addBindValue(text(e.newValue));
        current.addBindValue(e.seq);
        if (!current.exec())
            return rollbackWith(QStringLiteral("writing event #%1").arg(e.seq), current.lastError());
        events.append(e);
    }

    QSqlQuery head(database);
    head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    head.addBindValue(QString::number(seq));
    head.addBindValue(QStringLiteral("head_seq"));
    if (!head.exec())
        return rollbackWith(QStringLiteral("recording the audit trail head"), head.lastError());
    head.addBindValue(prevHash);
    head.addBindValue(QStringLiteral("head_hash"));
    if (!head.exec())
        return rollbackWith(QStringLiteral("recording the audit trail head"), head.lastError());

    QSqlQuery commit(database);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return rollbackWith(QStringLiteral("committing the change"), commit.lastError());
    if (written)
        *written = events;
    return true;
}

bool EventStore::readEvents(qint64 afterSeq, const std::function<void(const AuditEvent &)> &sink,
                            StoreError *error) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq").arg(QLatin1String(kEventColumns)));
    q.addBindValue(afterSeq);
    if (!q.exec()) {
        fail(error, QStringLiteral("reading the audit trail"), q.lastError());
        return false;
    }
    while (q.next())
        sink(eventFromQuery(q));
    if (q.lastError().isValid()) {
        fail(error, QStringLiteral("reading the audit trail"), q.lastError());
        return false;
    }
    return true;
}

bool EventStore::readLatestValues(const std::function<void(const AuditEvent &)> &sink, qint64 *headSeq,
                                  StoreError *error) const
{
    QSqlDatabase database = db();
    database.transaction(); // one snapshot for the values and the head
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT item, slot, value, seq FROM current_values ORDER BY seq"))) {
        fail(error, QStringLiteral("reading the current state"), q.lastError());
        database.rollback();
        return false;
    }
    while (q.next()) {
        AuditEvent e;
        e.item = q.value(0).toString();
        e.slot = q.value(1).toString();
        e.newValue = q.value(2).toString();
        e.seq = q.value(3).toLongLong();
        sink(e);
    }
    const bool ok = !q.lastError().isValid();
    if (!ok)
        fail(error, QStringLiteral("reading the current state"), q.lastError());
    QSqlQuery head(database);
    if (ok && head.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) && head.next())
        *headSeq = head.value(0).toLongLong();
    database.rollback();
    return ok;
}

QVector<AuditEvent> EventStore::eventsForItem(const QString &item, StoreError *error) const
{
    QVector<AuditEvent> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE item = ? ORDER BY seq").arg(QLatin1String(kEventColumns)));
    q.addBindValue(item);
    if (!q.exec()) {
        fail(error, QStringLiteral("reading the history of an item"), q.lastError());
        return out;
    }
    while (q.next())
        out.append(eventFromQuery(q));
    return out;
}

qint64 EventStore::headSeq(StoreError *error) const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'head_seq'")) || !q.next()) {
        fail(error, QStringLiteral("reading the audit trail head"), q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

bool EventStore::loadTemplate(const QString &sha256, StoredTemplate *out, StoreError *error) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT name, markdown FROM templates WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec()) {
        fail(error, QStringLiteral("reading the checklist template"), q.lastError());
        return false;
    }
    if (!q.next()) {
        if (error)
            error->set(StoreError::Code::Corrupt,
                       QStringLiteral("The store %1 names template %2, which it does not hold.").arg(m_path, sha256));
        return false;
    }
    out->sha256 = sha256;
    out->name = q.value(0).toString();
    out->markdown = q.value(1).toString();
    return true;
}

VerifyResult EventStore::verify(const std::function<bool()> &cancelled) const
{
    VerifyResult result;
    QSqlDatabase database = db();
    // Read in one transaction so a concurrent writer cannot move the head under us.
    database.transaction();
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY seq").arg(QLatin1String(kEventColumns)))) {
        result.reason = QStringLiteral("the audit trail of %1 cannot be read: %2").arg(m_path, q.lastError().text());
        database.rollback();
        return result;
    }
    qint64 expected = 1;
    QString prevHash;
    QHash<QPair<QString, QString>, QPair<QString, qint64>> latest; // what current_values must hold
    {
        QString sqlError;
        const QString check = quickCheck(&sqlError);
        if (!sqlError.isEmpty() || check != QLatin1String("ok")) {
            result.reason =
                QStringLiteral("the store %1 is damaged: %2").arg(m_path, sqlError.isEmpty() ? check : sqlError);
            database.rollback();
            return result;
        }
    }
    auto bad = [&](qint64 seq, const QString &why) {
        result.firstBadSeq = seq;
        result.reason = why;
        database.rollback();
        return result;
    };
    while (q.next()) {
        if (cancelled && (expected & 0x3ff) == 0 && cancelled()) {
            database.rollback();
            result.reason = QStringLiteral("cancelled");
            return result;
        }
        const AuditEvent e = eventFromQuery(q);
        if (e.seq != expected) {
            return bad(expected,
                       e.seq > expected
                           ? QStringLiteral("event #%1 is missing (the next one is #%2)").arg(expected).arg(e.seq)
                           : QStringLiteral("event #%1 appears out of order").arg(e.seq));
        }
        if (e.prevHash != prevHash)
            return bad(
                e.seq,
                QStringLiteral("event #%1 does not follow event #%2: the chain is broken").arg(e.seq).arg(e.seq - 1));
        if (computeEventHash(e) != e.hash)
            return bad(e.seq,
                       QStringLiteral("event #%1 (%2 by %3 at %4) was changed after it was written")
                           .arg(e.seq)
                           .arg(e.action, e.actor, e.timeUtc));
        prevHash = e.hash;
        latest.insert({e.item, e.slot}, {e.newValue, e.seq});
        ++expected;
    }
    if (q.lastError().isValid()) {
        // A read that stops half-way is damage, not a trail that ends early.
        result.reason = QStringLiteral("the audit trail of %1 cannot be read after event #%2: %3")
                            .arg(m_path)
                            .arg(expected - 1)
                            .arg(q.lastError().text());
        database.rollback();
        return result;
    }
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
        return bad(result.eventCount + 1,
                   QStringLiteral("events #%1 to #%2 are missing from the end of the trail")
                       .arg(result.eventCount + 1)
                       .arg(headSeq));
    if (headSeq != result.eventCount || headHash != prevHash)
        return bad(
            result.eventCount,
            QStringLiteral("the last event #%1 does not match the recorded head of the trail").arg(result.eventCount));
    // The state the application shows comes from current_values: it must be the trail's.
    QSqlQuery values(database);
    values.setForwardOnly(true);
    if (!values.exec(QStringLiteral("SELECT item, slot, value, seq FROM current_values"))) {
        result.reason =
            QStringLiteral("the current state of %1 cannot be read: %2").arg(m_path, values.lastError().text());
        database.rollback();
        return result;
    }
    qint64 rows = 0;
    while (values.next()) {
        ++rows;
        const auto expectedValue = latest.value({values.value(0).toString(), values.value(1).toString()});
        if (expectedValue.second != values.value(3).toLongLong() || expectedValue.first != values.value(2).toString())
            return bad(expectedValue.second ? expectedValue.second : values.value(3).toLongLong(),
                       QStringLiteral("the shown state of item %1 (%2) differs from the audit trail")
                           .arg(values.value(0).toString(), values.value(1).toString()));
    }
    if (rows != latest.size())
        return bad(result.eventCount, QStringLiteral("the shown state lacks items that the audit trail has"));
    database.rollback();
    result.intact = true;
    return result;
}
