#pragma once

#include "models/monitoring/OutageLog.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/monitoring/ServiceState.h"

#include <QHash>
#include <QVector>

#include <optional>

// The catalogue this desk watches now and the latest state it saw of each service: what alerts
// and their counts follow. The record keeps every outage it confirmed, of services watched then or
// now; "X is DOWN" is said only of a service watched here that the desk has not seen otherwise since.
class WatchedServices
{
public:
    // The catalogue being watched (a new file, or the one read at start); what was seen of the
    // names it keeps stays, the rest is forgotten.
    void setServices(const QVector<ServiceDefinition> &services);
    // One result of this desk's monitor. Returns true when it changes which outages are alerted.
    bool see(const QString &service, ServiceState state);

    bool isWatched(const QString &service) const { return m_services.contains(service); }
    // Whether an open outage of the record is one to alert about now: its service is watched and
    // probed here (configured), and its latest result here is PENDING or DOWN — or there is none
    // yet (the probes just started), and the record's word stands. UP, DEGRADED or UNKNOWN (not
    // configured here) since means it is not DOWN now, whatever the record still holds.
    bool alerts(const Outage &outage) const;
    // The open outages among outages that alerts() keeps, in their order.
    QVector<Outage> alerted(const QVector<Outage> &outages) const;

private:
    struct Watched
    {
        bool probed = true; // false: not configured, never probed (shown UNKNOWN with its reason)
        std::optional<ServiceState> seen;
    };
    bool counts(const QString &service) const;

    QHash<QString, Watched> m_services;
};
