#pragma once

#include "EventStore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

// Appends to the launch record on a thread of its own, with a connection of its own, so that a
// durable commit (tens of milliseconds with synchronous=FULL) or another program holding the
// lock for seconds never stalls the thread that asked. Appends run one after another in the
// order they were submitted; each is still its own transaction.
class RecordWriter final
{
public:
    using Done = std::function<void(const Result<QVector<AuditEvent>> &)>;

    explicit RecordWriter(QString storePath);
    // Finishes every append already submitted, then closes the connection.
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    // Runs the append on the writer thread; done runs afterwards on context's thread.
    void submit(const Actor &actor, const QVector<EventDraft> &drafts, const std::optional<StoredTemplate> &tmpl,
                QObject *context, Done done);
    int pending() const { return m_pending.loadRelaxed(); }

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr;         // lives on m_thread
    std::unique_ptr<EventStore> m_store; // opened and used on m_thread only
    QAtomicInt m_pending;
};
