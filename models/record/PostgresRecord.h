#pragma once

#include "models/core/Error.h"
#include "models/record/RecordLocation.h"

#include <QStringList>

class QSqlError;

// What the launch record needs of PostgreSQL beside the SQL it shares with SQLite: the
// connection (through Qt's QPSQL driver, password from PGPASSWORD, ~/.pgpass or the keychain),
// the schema, the lock that serialises appends from every desk, the channel that tells the
// other desks, and the meaning of the server's error codes.
namespace PostgresRecord {

// The transaction-level advisory lock every append takes before it reads the chain's head:
// two desks can never extend the same head, and the lock ends with the transaction.
constexpr qint64 kAppendLock = 0x676f6c697665; // "golive"
// NOTIFY channel; the payload is the new head's seq.
inline QString channel()
{
    return QStringLiteral("golive_record");
}

// Adds and opens the named QPSQL connection. Unreachable (no server, refused, TLS, time-out) or
// Unauthorized (the server refused the login), with libpq's reason and the address.
Status connect(const RecordLocation &location, const QString &connection);

// The tables of an empty database, at the store's current schema, in one transaction.
QStringList schema();

// The code an error of the server (its SQLSTATE) or of the connection means here.
Error::Code classify(const QSqlError &error);

} // namespace PostgresRecord
