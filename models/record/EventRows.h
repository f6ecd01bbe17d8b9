#pragma once

#include "models/record/AuditEvent.h"

#include <QString>
#include <QVariantList>
#include <QVector>

class QSqlQuery;

// An event as a row of the events table, the same in both back ends: the columns read, the
// event made from them, and the values an insert binds.
namespace EventRows {

// The columns an event is read with, in the order fromQuery() expects. A schema-2 store opened
// read-only is read as it is: its events are all format 1.
QString columns(int schemaVersion);
AuditEvent fromQuery(const QSqlQuery &q);
// INSERT INTO events with one placeholder per value of valuesOf().
QString insertStatement();
// The values of e's row; index is what its flat columns hold (for format 2, of the payload).
QVariantList valuesOf(const AuditEvent &e, const EventIndex &index);
// The stored action words of these kinds, quoted for an IN list, with the words schema 2 used.
QString actionList(const QVector<EventKind> &kinds);
// A null QString binds as SQL NULL; the columns hold "" for "nothing".
QString text(const QString &s);
// Now, as the record writes times (UTC, milliseconds).
QString nowUtc();

} // namespace EventRows
