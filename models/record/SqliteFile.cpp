#include "models/record/SqliteFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace SqliteFile {

namespace {
QAtomicInteger<quint64> s_connectionCounter;
constexpr int kNotADatabase = 26; // SQLITE_NOTADB

// Whether the file begins with SQLite's magic words, to tell a damaged store from a foreign file
// once SQLite refused it. Read by a child process: POSIX locks belong to a process, so the
// child's descriptor can neither hold nor drop this process's locks on the file, which a
// descriptor of our own would (closing any descriptor drops them all). Between fork and _exit
// the child makes only async-signal-safe calls.
bool startsLikeSqlite(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        char header[16] = {};
        const bool magic = fd >= 0 && ::read(fd, header, sizeof header) == ssize_t(sizeof header)
            && std::memcmp(header, "SQLite format 3\0", sizeof header) == 0;
        ::_exit(magic ? 0 : 1);
    }
    int status = 0;
    while (child > 0 && ::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return child > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

enum class Identified {
    Database,
    NotADatabase,
    Unknown // SQLite could not tell (busy, unreadable, not a file on disk): the real open reports it
};

Identified identify(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:")))
        return Identified::Unknown; // a Qt resource is no file SQLite could open
    const QString connection = newConnectionName(QStringLiteral("golive-header"));
    Identified identified = Identified::Unknown;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-only: a foreign file is never written, not even to roll back a journal beside it.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            // Reads page 1: SQLITE_NOTADB when the file is not a database.
            if (q.exec(QStringLiteral("PRAGMA schema_version")))
                identified = Identified::Database;
            else if (resultCode(q.lastError()) == kNotADatabase)
                identified = Identified::NotADatabase;
        }
    }
    closeConnection(connection);
    return identified;
}

} // namespace

bool isDatabase(const QString &path)
{
    return identify(path) != Identified::NotADatabase;
}

Error refuseDatabase(const QString &path, const QString &noun)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() < 100 || identify(path) != Identified::Database)
        return {};
    return Error::make(Error::Code::Invalid,
                       QCoreApplication::translate("SqliteFile",
                                                   "%1 is an SQLite database (a launch record or a probe history), "
                                                   "not a %2. It was not read.")
                           .arg(path, noun));
}

Error checkLocation(const QString &path, const QString &noun, bool forWriting)
{
    Error error;
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            error.set(Error::Code::NotAStore,
                      QCoreApplication::translate("SqliteFile", "%1 is a folder, not a %2 file.").arg(path, noun));
        } else if (const bool foreign = info.size() > 0 && !isDatabase(path); foreign && startsLikeSqlite(path)) {
            error.set(Error::Code::Corrupt,
                      QCoreApplication::translate("SqliteFile",
                                                  "The %1 %2 is damaged: it starts as an SQLite database, but SQLite "
                                                  "cannot read its first page. It was left untouched; restore it "
                                                  "from a backup.")
                          .arg(noun, path));
        } else if (foreign) {
            error.set(Error::Code::NotAStore,
                      QCoreApplication::translate("SqliteFile",
                                                  "%1 is not a Go-Live Control %2 (it is not an SQLite database). "
                                                  "The file was left untouched.")
                          .arg(path, noun));
        } else if (forWriting && ::access(QFile::encodeName(path).constData(), W_OK) != 0) {
            // access(2), not an open: see isDatabase().
            error.set(Error::Code::ReadOnly,
                      QCoreApplication::translate("SqliteFile", "The %1 %2 cannot be written (%3).")
                          .arg(noun, path, QString::fromLocal8Bit(std::strerror(errno))));
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
