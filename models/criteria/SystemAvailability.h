#pragma once

#include "models/core/Error.h"
#include "models/monitoring/HistoryTypes.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QStringList>
#include <QVector>

class ProbeHistory;

// The uptime of "the system" over a window, for the stability criterion.
//
// The system is the services of the catalogue together. At a moment it is
// - DOWN when any of its services is DOWN there (a PENDING run that DOWN confirmed counts as DOWN,
//   as in the probe history), outside that service's maintenance windows;
// - monitored when any service has a known state there (UP, DEGRADED, PENDING or DOWN) outside
//   its maintenance windows; the rest is unmonitored (no probe ran) or maintenance.
// Downtime is the length of the union of the services' DOWN intervals — two services down at once
// are one outage, not two. Uptime % = (monitored − down) / monitored × 100. Maintenance windows
// are the launch record's (maintenance.added / removed), service "" meaning every service.
struct SystemAvailability
{
    QDateTime from;  // T0
    QDateTime to;    // T0 + 7 days
    QDateTime until; // min(to, now): how far it is measured
    qint64 monitoredMs = 0;
    qint64 downMs = 0;
    qint64 maintenanceMs = 0; // time every service was in maintenance
    int services = 0;
    QString error; // the history could not be read (no figure then)

    bool isComplete() const { return until.isValid() && until >= to; }
    bool hasFigure() const { return error.isEmpty() && monitoredMs > 0; }
    double uptimePercent() const;
    double downtimeMinutes() const { return downMs / 60000.0; }
    qint64 windowMs() const { return from.msecsTo(to); }
};
Q_DECLARE_METATYPE(SystemAvailability)

// From the services' spans (ProbeHistory::stateSpans) and the maintenance windows.
SystemAvailability systemAvailability(const QHash<QString, QVector<StateSpan>> &spansByService,
                                      const QVector<MaintenanceWindow> &maintenance, const QDateTime &from,
                                      const QDateTime &to, const QDateTime &now);
// Reads the spans of services from history (on the thread that opened it) and computes the above.
SystemAvailability readSystemAvailability(const ProbeHistory &history, const QStringList &services,
                                          const QVector<MaintenanceWindow> &maintenance, const QDateTime &from,
                                          const QDateTime &to, const QDateTime &now);
