#pragma once

#include "models/core/Error.h"
#include "models/record/RecordLocation.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;

// Where a launch record lives, and all that differs between the places it can live: one Qt Sql
// connection (owned; closed with the back end), the schema (identified, migrated or created), the
// lock every write transaction takes before it reads the chain's head, what the database's errors
// mean, and — for a record desks share — reconnecting and hearing the others' changes. What sits
// above it (EventStore, RecordAppend, RecordVerifier, RecordCopy) is SQL that both dialects
// share. Use an instance only from the thread that opened it.
class RecordBackend
{
public:
    enum class Access {
        ReadWrite,
        ReadOnly
    };
    // Whether open() reads every page to find damage before anything is written (SQLite).
    enum class Integrity {
        CheckOnOpen,
        Deferred
    };
    // 1: events + templates; 2: current_values; 3: typed events (format, actor_kind, payload).
    static constexpr int kSchemaVersion = 3;

    // A file (SQLite) or a postgresql:// address (PostgreSQL), see EventStore::open().
    static Result<std::unique_ptr<RecordBackend>> open(const QString &path, Access access, Integrity integrity);
    virtual ~RecordBackend();
    RecordBackend(const RecordBackend &) = delete;
    RecordBackend &operator=(const RecordBackend &) = delete;

    QSqlDatabase db() const;
    // The file, or the server address without its options: what messages name.
    const QString &path() const { return m_path; }
    // What open() takes to open this record again.
    virtual QString address() const = 0;
    virtual bool isShared() const = 0;
    Access access() const { return m_access; }
    int schemaVersion() const { return m_schemaVersion; }
    // Whether the record has the table of parsed template forms (ParsedTemplates).
    bool hasParsedTable() const { return m_hasParsedTable; }

    // Begins a write transaction holding the record's write lock, so two writers never extend
    // the same head.
    virtual Status beginWrite() = 0;
    // Ends the write transaction without a change.
    void rollback() const;
    // A read-only transaction in which every read sees one state of the record.
    virtual void beginSnapshot() const = 0;
    void endSnapshot() const { db().rollback(); }
    // The error a failed statement means, in words that name the record and what was being done.
    virtual Error failure(const QString &what, const QSqlError &sqlError) const = 0;
    // Why the record's pages are damaged, or "" (also when the back end has no pages to check).
    // everything: check again even when open() did.
    virtual QString pageDamage(bool everything) const = 0;
    // A TEXT column read as its UTF-8 bytes (no conversion to UTF-16 on the way).
    virtual QString utf8Of(const char *column) const = 0;
    // The column type of the parsed forms' bytes.
    virtual QString blobType() const = 0;
    // Inside a write transaction: tells the other desks, on commit, that head is the new head.
    virtual Status announceHead(qint64 head);

    // A shared record: calls notified(head) when another connection committed. Kept across
    // reconnections. A private record has no one else to hear.
    virtual Status listen(std::function<void(qint64 head)> notified);
    // Reconnects a record whose connection was lost (and listens again).
    virtual Status reconnect();
    Status reconnectIfLost() const;
    bool connectionLost() const { return m_lost; }
    // The next operation reconnects first (another thread saw the server go and come back).
    virtual void markConnectionLost() {}
    // Counts reconnections: statements prepared on an older connection must be prepared again.
    int connectionGeneration() const { return m_generation; }

protected:
    RecordBackend(QString path, QString connection, Access access);

    QString m_path;
    QString m_connection;
    Access m_access;
    int m_schemaVersion = kSchemaVersion;
    bool m_hasParsedTable = false;
    mutable bool m_lost = false;
    int m_generation = 0;
};
