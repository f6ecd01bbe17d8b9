#pragma once

#include "models/record/SqliteFile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVector>

// A connection of its own to an SQLite file, as an attacker or the sqlite3 shell would have:
// for tests that tamper with or inspect a file behind the application's back.
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(SqliteFile::newConnectionName(QStringLiteral("raw")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qWarning("raw open failed: %s", qPrintable(db.lastError().text()));
    }
    ~RawDb() { SqliteFile::closeConnection(m_name); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    // Empty when the statement ran, else SQLite's message.
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
    }
    // The first row of a query, its columns as numbers.
    QVector<qint64> row(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QVector<qint64> out;
        if (q.exec(sql) && q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out.append(q.value(i).toLongLong());
        }
        return out;
    }

private:
    QString m_name;
};
