#pragma once

#include "models/record/EventStore.h"

#include <QVector>

#include <memory>

// One change a desk made while the team record could not be reached.
struct OutboxEntry
{
    qint64 id = 0;
    QString uid;    // names the change in the record once shared (payload offline.entry)
    QString madeAt; // ISO 8601 UTC, when the person made it
    Actor actor;
    QVector<EventDraft> drafts;
    qint64 knownHead = 0; // the record's head the desk had seen
};

// What a push appended, and which of those met a change someone else made meanwhile.
struct OutboxPush
{
    int shared = 0; // entries appended
    QVector<AuditEvent> appended;
    QVector<AuditEvent> collisions; // appended events that name collidesWith
    Error stoppedBy;                // why the push stopped early (the rest stays in the outbox)
};

// The desk's outbox of a shared record: a small SQLite file beside the desk's probe history,
// holding changes in the order they were made until the server takes them. Nothing is lost
// when the program ends meanwhile; push() appends them in order, each as made offline, and
// removes each entry only after its transaction committed.
class Outbox
{
public:
    static Result<std::unique_ptr<Outbox>> open(const QString &path);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    const QString &path() const { return m_path; }
    Result<OutboxEntry> add(const Actor &actor, const QVector<EventDraft> &drafts, qint64 knownHead,
                            const QString &madeAt = QString());
    Result<QVector<OutboxEntry>> entries() const;
    Result<int> count() const;
    // Appends every entry, oldest first, to record; stops at the first failure.
    OutboxPush push(EventStore &record);

private:
    Outbox(QString path, QString connection);
    Status remove(qint64 id);

    QString m_path;
    QString m_connection;
};
