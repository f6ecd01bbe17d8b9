#include "models/record/PostgresRecord.h"

#include "models/secrets/Keychain.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace PostgresRecord {

Status connect(const RecordLocation &location, const QString &connection)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!database.isValid())
        return Status::failure(Error::Code::NotConfigured,
                               QCoreApplication::translate("PostgresRecord",
                                                           "Qt's PostgreSQL driver (QPSQL) is not installed, so %1 "
                                                           "cannot be opened: install libqt6sql6-psql.")
                                   .arg(location.display()));
    database.setHostName(location.host());
    database.setPort(location.port());
    database.setDatabaseName(location.database());
    if (!location.user().isEmpty())
        database.setUserName(location.user());
    if (!location.keychainName().isEmpty()) {
        auto password = Keychain::readRemembered(location.keychainName());
        if (!password)
            return Status::failure(password.error().code,
                                   QCoreApplication::translate("PostgresRecord",
                                                               "The password for %1 could not be read from the "
                                                               "keychain: %2")
                                       .arg(location.display(), password.error().message));
        database.setPassword(password.value());
    }
    database.setConnectOptions(location.connectOptions());
    if (database.open())
        return {};
    const QSqlError error = database.lastError();
    // libpq reports a refused login and a refused connection alike; the server's own words
    // (carried in the message) tell a person which. Programs only learn that it cannot be used.
    return Status::failure(Error::Code::Unreachable,
                           QCoreApplication::translate("PostgresRecord", "The team record %1 cannot be opened: %2")
                               .arg(location.display(), error.text().trimmed()));
}

QStringList schema()
{
    // The same columns as the SQLite store at schema 3; the record is always created current.
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE events ("
                       " seq BIGINT PRIMARY KEY, ts TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL,"
                       " action TEXT NOT NULL, item TEXT NOT NULL, slot TEXT NOT NULL, old_value TEXT NOT NULL,"
                       " new_value TEXT NOT NULL, reverts BIGINT NOT NULL, prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL, format INTEGER NOT NULL DEFAULT 2,"
                       " actor_kind TEXT NOT NULL DEFAULT 'person', payload TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX events_by_item ON events (item, slot, seq)"),
        QStringLiteral("CREATE INDEX events_by_kind ON events (action, seq)"),
        QStringLiteral("CREATE TABLE templates (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL, markdown TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE current_values (item TEXT NOT NULL, slot TEXT NOT NULL, value TEXT NOT NULL,"
                       " seq BIGINT NOT NULL, PRIMARY KEY (item, slot))"),
        // Append-only for anything that goes through the server's rules; verify() catches what
        // goes around them (an owner who disables the trigger).
        QStringLiteral("CREATE FUNCTION golive_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                       " $$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"),
        QStringLiteral("CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events"
                       " FOR EACH ROW EXECUTE FUNCTION golive_append_only()"),
        QStringLiteral("CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events"
                       " FOR EACH STATEMENT EXECUTE FUNCTION golive_append_only()"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('head_seq', '0'), ('head_hash', ''),"
                       " ('schema_version', '3')"),
    };
}

Error::Code classify(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    // Without an SQLSTATE the server never answered: the connection is gone.
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Error::Code::Unreachable;
    if (state == QLatin1String("42501")) // insufficient_privilege: the database role may not
        return Error::Code::Forbidden;
    if (state == QLatin1String("25006")) // read_only_sql_transaction (a standby, a read-only role)
        return Error::Code::ReadOnly;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Error::Code::Busy;
    if (state == QLatin1String("53100")) // disk_full
        return Error::Code::DiskFull;
    if (state.startsWith(QLatin1String("28")))
        return Error::Code::Unauthorized;
    return Error::Code::Remote;
}

} // namespace PostgresRecord
