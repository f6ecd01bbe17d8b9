#pragma once

#include "models/record/EventStore.h"
#include "models/record/Outbox.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

// Appends to the launch record on a thread of its own, with a connection of its own, so that a
// durable commit (tens of milliseconds with synchronous=FULL), another program holding the lock
// for seconds, or a team server that went away never stalls the thread that asked. Appends run
// one after another in the order they were submitted; each is still its own transaction.
//
// For a shared record (PostgreSQL) it also keeps the desk in touch with the team: it listens for
// the other desks' commits, checks every second that the server is there, and while it is not,
// keeps each change in the desk's outbox (in order, with its time) and shares them when the
// server is back. The callbacks run on the context's thread.
class RecordWriter final
{
public:
    struct Outcome
    {
        Result<QVector<AuditEvent>> result = QVector<AuditEvent>();
        std::optional<OutboxEntry> queued; // kept in the outbox instead, not yet shared
    };
    using Done = std::function<void(const Outcome &)>;

    struct TeamCallbacks
    {
        std::function<void(const QVector<AuditEvent> &)> arrived; // new events in order, as the server announced them
        std::function<void(bool online, const QString &reason)> connectivity; // the server went or came back
        std::function<void(const OutboxPush &push)> shared;                   // queued changes were appended
        std::function<void(const QVector<OutboxEntry> &)> waiting;            // what an earlier run left in the outbox
    };

    // outboxPath: where a shared record's changes wait while the server is away ("" = none:
    // a change that cannot be appended fails).
    explicit RecordWriter(QString address, QString outboxPath = QString());
    // Finishes every append already submitted, then closes the connection.
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    // Runs the append on the writer thread; done runs afterwards on context's thread.
    void submit(const Actor &actor, const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl,
                qint64 knownHead, QObject *context, Done done);
    // Starts the team link of a shared record (listening, the heartbeat, sharing the outbox);
    // events after knownHead are delivered to arrived().
    void startTeamLink(QObject *context, const TeamCallbacks &callbacks, qint64 knownHead, int heartbeatMs = 1000);
    // Shares what waits in the outbox now (instead of at the next heartbeat).
    void pushOutbox();
    int pending() const { return m_pending.loadRelaxed(); }

private:
    // On the writer thread.
    bool ensureStore(Error *error);
    void heartbeat();
    void goOffline(const QString &reason);
    void share();
    void deliver();

    QString m_address;
    QString m_outboxPath;
    QThread m_thread;
    QObject *m_worker = nullptr;         // lives on m_thread
    std::unique_ptr<EventStore> m_store; // opened and used on m_thread only
    std::unique_ptr<Outbox> m_outbox;    // likewise
    int m_waiting = 0;                   // likewise: entries in the outbox
    bool m_offline = false;              // likewise
    qint64 m_delivered = 0;              // likewise: the last seq handed to arrived()
    QObject *m_context = nullptr;
    TeamCallbacks m_team;
    QAtomicInt m_pending;
};
