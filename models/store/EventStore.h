#pragma once

#include "AuditEvent.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <memory>

// A checklist template as it was imported, kept so the document can be rebuilt exactly.
struct StoredTemplate
{
    QString sha256;
    QString name;
    QString markdown;
};

// The outcome of checking the hash chain of the audit trail.
struct VerifyResult
{
    bool intact = false;
    qint64 eventCount = 0;
    qint64 firstBadSeq = 0; // 0 when intact or when the store could not be read
    QString reason;
};

// The append-only event log on SQLite (through Qt Sql). Every user action is one transaction
// with synchronous=FULL, so an event is on disk before append() returns. The SQL is kept
// portable (explicit sequence numbers, no AUTOINCREMENT) so a PostgreSQL backend can follow.
class EventStore
{
public:
    enum class Access {
        ReadWrite,
        ReadOnly
    };

    static constexpr int kSchemaVersion = 2;

    // Whether open() reads every page to find damage (PRAGMA quick_check) before anything is
    // written. Deferred leaves that to verify(), for a GUI that checks on a worker thread.
    enum class Integrity {
        CheckOnOpen,
        Deferred
    };

    static std::unique_ptr<EventStore> open(const QString &path, Access access, StoreError *error,
                                            Integrity integrity = Integrity::CheckOnOpen);
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    // Appends the drafts in one transaction (and the template, when given). Each event's old
    // value is read inside that transaction, so it is right even with other writers.
    bool append(const Actor &actor, const QVector<EventDraft> &drafts, QVector<AuditEvent> *written, StoreError *error,
                const StoredTemplate *storedTemplate = nullptr);

    // Streams the events after afterSeq, in order.
    bool readEvents(qint64 afterSeq, const std::function<void(const AuditEvent &)> &sink, StoreError *error) const;
    // The last event of every item and slot (item, slot, new value, seq filled in), and the
    // head: the current state without replaying the whole trail, from the current_values
    // table that each append keeps in step (and verify() checks against the trail).
    bool readLatestValues(const std::function<void(const AuditEvent &)> &sink, qint64 *headSeq,
                          StoreError *error) const;
    QVector<AuditEvent> eventsForItem(const QString &item, StoreError *error) const;
    qint64 headSeq(StoreError *error) const;
    bool loadTemplate(const QString &sha256, StoredTemplate *out, StoreError *error) const;

    // Walks the whole chain. cancelled() is polled so a GUI can stop it on exit.
    VerifyResult verify(const std::function<bool()> &cancelled = {}) const;

private:
    EventStore(QString path, QString connection, Access access, Integrity integrity);
    bool identifyAndMigrate(StoreError *error);
    QString quickCheck(QString *sqlError) const;
    bool migrate(int fromVersion, StoreError *error);
    bool beginWrite(StoreError *error);
    QSqlDatabase db() const;
    void fail(StoreError *error, const QString &what, const class QSqlError &sqlError) const;

    QString m_path;
    QString m_connection;
    Access m_access;
    Integrity m_integrity;
};
