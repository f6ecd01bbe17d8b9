#pragma once

#include "models/core/Error.h"
#include "models/record/AuditEvent.h"

#include <QString>
#include <QVector>

class RecordBackend;
struct StoredTemplate;

// `golive copy`: a whole launch record from one place to another — a local rehearsal on SQLite
// to the team's PostgreSQL server, or the server's record to a file — with its chain intact:
// every event keeps its seq, time, actor and hash, every template its text. The source must
// verify first (a copy does not launder damage); the target must be empty or not exist yet,
// and is verified after.
namespace RecordCopy {

struct Copied
{
    qint64 events = 0;
    int templates = 0;
    QString from; // as messages name them
    QString to;
};

Result<Copied> copy(const QString &from, const QString &to);

// Writes the events exactly as they are (seq, time, actor, payload, hashes) and the templates
// into the empty record behind backend, in one transaction, with the projection cache and the
// head they give. Conflict when the record already has events; Corrupt when the events do not
// form one chain from #1. (EventStore::copyIn.)
Status copyInto(RecordBackend &backend, const QVector<AuditEvent> &events, const QVector<StoredTemplate> &templates);

} // namespace RecordCopy
