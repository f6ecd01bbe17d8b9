#pragma once

#include "models/core/Error.h"

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

// Whether SQLite takes the existing, non-empty file at path for a database: false only when
// SQLite says it is not one (SQLITE_NOTADB); true too when it cannot tell (busy, a Qt resource). The header is read
// through SQLite, never through a descriptor of our own: closing any descriptor of a file drops every POSIX lock this
// process holds on it, so a store another connection of ours has open would lose the lock that tells other programs it
// is in use, and the last of them to close would delete its WAL (SQLite's "How To Corrupt An SQLite Database
// File", 2.2). SQLite shares one lock table among its connections in a process and defers
// closing a descriptor while a lock is held. Nothing else in the project opens these files.
bool isDatabase(const QString &path);

// A file a person named to be read as text (a checklist, a service catalogue) that is a
// database: Error::Code::Invalid naming it, before anything opens it with a descriptor of its
// own (which would drop this process's locks if it is the open record). No error otherwise, nor
// for a Qt resource (":/…") or a file SQLite cannot tell about.
Error refuseDatabase(const QString &path, const QString &noun);

// A connection name unique in the process: "<prefix>-<n>".
QString newConnectionName(const QString &prefix);
// Closes and forgets a named connection.
void closeConnection(const QString &connection);
// SQLite's primary result code of a Qt Sql error (5 busy, 11 corrupt, 13 full, ...), or -1.
int resultCode(const QSqlError &error);

} // namespace SqliteFile
