#include "SqliteFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryFile>

namespace SqliteFile {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Error checkLocation(const QString &path, const QString &noun, bool forWriting)
{
    Error error;
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            error.set(Error::Code::NotAStore,
                      QCoreApplication::translate("SqliteFile", "%1 is a folder, not a %2 file.").arg(path, noun));
        } else if (info.size() > 0 && !hasSqliteHeader(path)) {
            error.set(Error::Code::NotAStore,
                      QCoreApplication::translate("SqliteFile",
                                                  "%1 is not a Go-Live Control %2 (it is not an SQLite database). "
                                                  "The file was left untouched.")
                          .arg(path, noun));
        } else if (forWriting) {
            QFile probe(path);
            if (!probe.open(QIODevice::ReadWrite))
                error.set(Error::Code::ReadOnly,
                          QCoreApplication::translate("SqliteFile", "The %1 %2 cannot be written (%3).")
                              .arg(noun, path, probe.errorString()));
        }
        return error;
    }
    if (!forWriting) {
        error.set(Error::Code::NotFound,
                  QCoreApplication::translate("SqliteFile", "There is no %1 at %2.").arg(noun, path));
        return error;
    }
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        error.set(Error::Code::CannotCreate,
                  QCoreApplication::translate("SqliteFile", "Cannot create the folder %1 for the %2 %3.")
                      .arg(folder, noun, path));
        return error;
    }
    QTemporaryFile probe(folder + QStringLiteral("/.golive-write-test-XXXXXX"));
    if (!probe.open())
        error.set(
            Error::Code::ReadOnly,
            QCoreApplication::translate("SqliteFile", "Cannot create the %1 %2: the folder %3 is not writable (%4).")
                .arg(noun, path, folder, probe.errorString()));
    return error;
}

QString newConnectionName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(++s_connectionCounter);
}

void closeConnection(const QString &connection)
{
    {
        QSqlDatabase database = QSqlDatabase::database(connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

int resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace SqliteFile
