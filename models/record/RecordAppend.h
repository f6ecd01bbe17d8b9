#pragma once

#include "models/record/EventStore.h"

class RecordBackend;

// One append: the drafts whose conditions hold (AppendConditions), chained onto the head and
// written with the template, the projection cache and the new head, in one write transaction
// of the back end. Keeps its statements prepared across appends on one connection, and what it
// last sent to be committed, so an append whose connection broke after COMMIT left can learn
// whether it landed.
class RecordAppend
{
public:
    explicit RecordAppend(RecordBackend &backend);
    ~RecordAppend();
    RecordAppend(const RecordAppend &) = delete;
    RecordAppend &operator=(const RecordAppend &) = delete;

    // lostAttempt: events whose COMMIT was sent on a connection that then broke; looked for under
    // the write lock (the lost transaction has ended by then) and returned when they are in.
    // commitSent is set once COMMIT has been sent.
    Result<QVector<AuditEvent>> once(const Actor &actor, const QVector<EventDraft> &drafts,
                                     const StoredTemplate *storedTemplate, bool *commitSent,
                                     const QVector<AuditEvent> &lostAttempt = {});
    // What the last call sent to be committed (or the lost attempt it did not get to look for).
    const QVector<AuditEvent> &lastAttempt() const { return m_lastAttempt; }

private:
    struct Statements;
    Statements &statements();
    Error rollbackWith(const Error &error);

    RecordBackend &m_backend;
    std::unique_ptr<Statements> m_statements;
    int m_generation = -1; // the back end's connection the statements were prepared on
    QVector<AuditEvent> m_lastAttempt;
};
