#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QString>

class QSqlError;

// Telling a full disk from other write failures, and saying which disk it is. SQLite reports a
// write the disk had no room for as SQLITE_FULL only sometimes: a WAL or shared-memory file that
// cannot grow gives SQLITE_IOERR, and Qt Sql does not expose errno. So after an I/O error the
// filesystem holding the file is asked how much room it has left.
namespace DiskSpace {

// Less than this many bytes free counts as full after an I/O error (a few SQLite pages).
constexpr qint64 kNearlyFull = qint64(128) * 1024;

// Whether the filesystem holding path (or its nearest existing folder) has less than kNearlyFull
// bytes available.
bool isNearlyFull(const QString &path);

// Names the disk holding path for a message: "the disk mounted at /mnt/small (tmpfs, 12 KiB free)".
QString describe(const QString &path);

// Whether a Qt Sql error on the SQLite file at path means its disk is full: SQLITE_FULL, or
// SQLITE_IOERR / SQLITE_CANTOPEN while the disk has almost no room left.
bool isDiskFull(const QSqlError &error, const QString &path);

// Writes bytes to path through QSaveFile: all or nothing, an earlier file there stays as it was
// on any failure. A disk without room gives Error::Code::DiskFull naming the disk; other
// failures Error::Code::Io. noun names the file in messages ("export"). An existing SQLite
// database at path (or the database whose -wal, -shm or -journal path is) is never replaced:
// Error::Code::Refused.
Status saveWhole(const QString &path, const QByteArray &bytes, const QString &noun);

} // namespace DiskSpace
