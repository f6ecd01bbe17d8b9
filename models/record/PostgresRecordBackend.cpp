#include "models/record/PostgresRecordBackend.h"

#include "models/record/ParsedTemplates.h"
#include "models/record/PostgresRecord.h"
#include "models/record/SqliteFile.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

PostgresRecordBackend::PostgresRecordBackend(RecordLocation location, QString connection, Access access)
    : RecordBackend(location.display(), std::move(connection), access), m_location(std::move(location))
{}

Result<std::unique_ptr<RecordBackend>> PostgresRecordBackend::open(const RecordLocation &location, Access access)
{
    const QString connection = SqliteFile::newConnectionName(QStringLiteral("golive-team-record"));
    std::unique_ptr<PostgresRecordBackend> backend(new PostgresRecordBackend(location, connection, access));
    if (Status s = PostgresRecord::connect(location, connection); !s)
        return s.error();
    if (Status s = backend->identify(); !s)
        return s.error();
    return std::unique_ptr<RecordBackend>(std::move(backend));
}

Status PostgresRecordBackend::identify()
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
        return create();
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
    m_hasParsedTable = tables.contains(QLatin1String("parsed_checklists"));
    if (!m_hasParsedTable && m_access == Access::ReadWrite) {
        // The table is new to records made before it: a desk whose role may not create tables
        // works on without parsed forms (commands read the Markdown, as before).
        m_hasParsedTable = q.exec(ParsedTemplates::createTable(blobType()));
    }
    return {};
}

Status PostgresRecordBackend::create()
{
    // Two desks starting on an empty database at once: the second waits for the lock and then
    // finds the tables made.
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                              " AND table_name = 'events'"))
        && q.next()) {
        rollback();
        return identify();
    }
    QStringList statements = PostgresRecord::schema();
    statements.append(ParsedTemplates::createTable(blobType()));
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            const Error e =
                failure(QCoreApplication::translate("EventStore", "creating the record's tables"), q.lastError());
            rollback();
            return e;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return failure(QCoreApplication::translate("EventStore", "creating the record's tables"), q.lastError());
    m_schemaVersion = kSchemaVersion;
    m_hasParsedTable = true;
    return {};
}

Status PostgresRecordBackend::beginWrite()
{
    // The advisory lock is taken before we read the chain head, so two desks can never both
    // extend the same head; it ends with the transaction.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN")))
        return failure(QCoreApplication::translate("EventStore", "starting a change"), q.lastError());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(PostgresRecord::kAppendLock))) {
        const Error e =
            failure(QCoreApplication::translate("EventStore", "waiting for the record's lock"), q.lastError());
        rollback();
        return e;
    }
    return {};
}

void PostgresRecordBackend::beginSnapshot() const
{
    QSqlDatabase database = db();
    database.transaction();
    QSqlQuery(database).exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
}

QString PostgresRecordBackend::utf8Of(const char *column) const
{
    return QStringLiteral("convert_to(%1, 'UTF8')").arg(QLatin1String(column));
}

Status PostgresRecordBackend::announceHead(qint64 head)
{
    // Delivered to every listening desk when (and only if) the transaction commits.
    if (!m_notify) {
        m_notify = std::make_unique<QSqlQuery>(db());
        m_notify->prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    }
    m_notify->addBindValue(PostgresRecord::channel());
    m_notify->addBindValue(QString::number(head));
    if (m_notify->exec())
        return {};
    const Error e =
        failure(QCoreApplication::translate("EventStore", "telling the other desks"), m_notify->lastError());
    m_notify.reset(); // prepared again next time
    return e;
}

Error PostgresRecordBackend::failure(const QString &what, const QSqlError &sqlError) const
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

Status PostgresRecordBackend::reconnect()
{
    m_notify.reset(); // prepared on the old connection
    ++m_generation;
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

Status PostgresRecordBackend::listen(std::function<void(qint64 head)> notified)
{
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
