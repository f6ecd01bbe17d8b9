#pragma once

#include "models/record/EventStore.h"

class QSqlQuery;
class RecordBackend;

// Checks a record against itself, in one read snapshot: the pages (SQLite), the hash chain and
// each event's stored form, the head, every template text against its hash and each parsed
// form against the digest its import event names, and the projection cache (current_values)
// against the trail. What it finds is a VerifyResult naming the first bad event.
class RecordVerifier
{
public:
    explicit RecordVerifier(const RecordBackend &backend) : m_backend(backend) {}

    // cancelled() is polled every 1024 events so a GUI can stop it on exit.
    VerifyResult verify(const std::function<bool()> &cancelled, EventStore::VerifyScope scope) const;

    // Why a format-2 event as read (e, parsed from its row) does not say what its stored row says,
    // or "": an unknown kind or actor kind, a payload not in canonical form, index columns that
    // differ from the payload, or a previous value (before) the trail does not have.
    static QString rowMismatch(const AuditEvent &e, const QSqlQuery &row, const QString &before);

private:
    const RecordBackend &m_backend;
};
