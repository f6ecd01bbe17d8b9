#pragma once

#include <QString>

class RecordLocation;

// The files a desk keeps of its own beside a launch record: its probe history and, for a shared
// record, its outbox. The record holds what was confirmed; these are each desk's own.
namespace DeskFiles {

// The probe history lives beside the record: golive.sqlite -> golive.history.sqlite. A shared
// record's history is in the desk's data folder (localFileFor).
QString historyPathFor(const QString &storePath);
// <app data>/team-records/<host>-<port>-<database><suffix>: what a desk keeps of a shared record.
QString localFileFor(const RecordLocation &location, const QString &suffix);
// Where changes to a shared record wait while its server is out of reach.
QString outboxPathFor(const RecordLocation &location);

} // namespace DeskFiles
