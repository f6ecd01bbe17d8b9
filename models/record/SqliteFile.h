#pragma once

#include "Error.h"

#include <QString>

class QSqlError;

// What the SQLite files of the project (the checklist store, the probe history) share: the
// checks made before SQLite touches a path, so that a foreign file is never modified, and the
// handling of named Qt Sql connections.
namespace SqliteFile {

// Checks path before it is opened. noun names the file in messages ("store", "probe history").
// An existing file must be a file with SQLite's header (or empty), and writable when
// forWriting; a missing one needs a folder that can be created and written (never with
// forWriting false). Returns an error with a message naming the path, or no error.
Error checkLocation(const QString &path, const QString &noun, bool forWriting);

// A connection name unique in the process: "<prefix>-<n>".
QString newConnectionName(const QString &prefix);
// Closes and forgets a named connection.
void closeConnection(const QString &connection);
// SQLite's primary result code of a Qt Sql error (5 busy, 11 corrupt, 13 full, ...), or -1.
int resultCode(const QSqlError &error);

} // namespace SqliteFile
