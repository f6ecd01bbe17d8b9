#include "models/record/DiskSpace.h"

#include "models/record/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QStorageInfo>

namespace DiskSpace {

namespace {

// The filesystem of path, or of its nearest existing folder when path does not exist (yet).
QStorageInfo storageOf(const QString &path)
{
    QFileInfo info(path);
    QString dir = info.exists() && info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(dir) && !QDir(dir).isRoot())
        dir = QFileInfo(dir).absolutePath();
    return QStorageInfo(dir);
}

QString kib(qint64 bytes)
{
    return QCoreApplication::translate("DiskSpace", "%1 KiB").arg(QLocale().toString(bytes / 1024));
}

} // namespace

bool isNearlyFull(const QString &path)
{
    const QStorageInfo storage = storageOf(path);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyFull;
}

QString describe(const QString &path)
{
    const QStorageInfo storage = storageOf(path);
    if (!storage.isValid())
        return QCoreApplication::translate("DiskSpace", "the disk holding %1").arg(path);
    return QCoreApplication::translate("DiskSpace", "the disk mounted at %1 (%2, %3 free of %4)")
        .arg(storage.rootPath(), QString::fromUtf8(storage.fileSystemType()), kib(storage.bytesAvailable()),
             kib(storage.bytesTotal()));
}

bool isDiskFull(const QSqlError &error, const QString &path)
{
    switch (SqliteFile::resultCode(error)) {
    case 13: // SQLITE_FULL
        return true;
    case 10: // SQLITE_IOERR: a write, a WAL or -shm file that could not grow (errno is not exposed)
    case 14: // SQLITE_CANTOPEN: the WAL or -shm file could not be made
        return isNearlyFull(path);
    default: return false;
    }
}

Status saveWhole(const QString &path, const QByteArray &bytes, const QString &noun)
{
    // Replacing a database (a store, the probe history, an outbox) or a file SQLite keeps beside one
    // would lose the record, and any program that has it open would go on in a file that is gone.
    QString database = path;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (path.endsWith(QLatin1String(suffix)))
            database = path.chopped(int(qstrlen(suffix)));
    }
    const QFileInfo existing(database);
    if (existing.isFile() && existing.size() > 0 && SqliteFile::isDatabase(database))
        return Status::failure(Error::Code::Refused,
                               QCoreApplication::translate("DiskSpace",
                                                           "Did not write the %1 to %2: %3 is a database (a store "
                                                           "or a history) and was left untouched. Choose another "
                                                           "file name.")
                                   .arg(noun, path, database));
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (written)
        return {};
    // QFileDevice::ResourceError is Qt's word for ENOSPC on a write.
    if (file.error() == QFileDevice::ResourceError || isNearlyFull(path))
        return Status::failure(
            Error::Code::DiskFull,
            QCoreApplication::translate("DiskSpace",
                                        "Could not write the %1 %2: %3 is full. Any earlier file there is "
                                        "unchanged; free some space and export again.")
                .arg(noun, path, describe(path)));
    return Status::failure(Error::Code::Io,
                           QCoreApplication::translate("DiskSpace",
                                                       "Could not write the %1 %2: %3. Any earlier file there "
                                                       "is unchanged.")
                               .arg(noun, path, file.errorString()));
}

} // namespace DiskSpace
