#pragma once

#include "models/core/Error.h"

#include <QString>

// Where a launch record lives: an SQLite file (the embedded default) or a database on a team's
// PostgreSQL server, written postgresql://user@host:port/dbname[?sslmode=…&keychain=NAME].
// A password is never part of it: libpq takes it from PGPASSWORD or ~/.pgpass, or the OS
// keychain holds it under the name keychain= gives.
class RecordLocation
{
public:
    enum class Kind {
        SqliteFile,
        Postgres
    };

    // Invalid for a URL that carries a password, an unknown sslmode or option, or no database.
    static Result<RecordLocation> parse(const QString &text);
    static bool looksLikeUrl(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // The file path, or the URL without its options: what messages and the window show.
    QString display() const;
    // The text it was parsed from (never with a password: parse() refuses those).
    const QString &text() const { return m_text; }
    // A file name for what a desk keeps of this record locally (probe history, outbox):
    // "<host>-<port>-<database>", safe in any file system.
    QString localName() const;

    const QString &filePath() const { return m_path; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }
    const QString &user() const { return m_user; }
    const QString &sslMode() const { return m_sslMode; }
    const QString &keychainName() const { return m_keychain; }
    // libpq connection parameters beside host, port, user and database (QPSQL's connect options).
    QString connectOptions() const;

private:
    Kind m_kind = Kind::SqliteFile;
    QString m_text;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode = QStringLiteral("prefer");
    QString m_keychain;
};
