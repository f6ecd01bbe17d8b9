#include "models/monitoring/WatchedServices.h"

void WatchedServices::setServices(const QVector<ServiceDefinition> &services)
{
    QHash<QString, Watched> now;
    for (const ServiceDefinition &s : services) {
        Watched w = m_services.value(s.name);
        w.probed = s.isConfigured();
        now.insert(s.name, w);
    }
    m_services = now;
}

bool WatchedServices::see(const QString &service, ServiceState state)
{
    const auto it = m_services.find(service);
    if (it == m_services.end())
        return false; // a result of the catalogue before (queued across the switch)
    const bool before = counts(service);
    it->seen = state;
    return counts(service) != before;
}

bool WatchedServices::counts(const QString &service) const
{
    const auto it = m_services.constFind(service);
    if (it == m_services.constEnd() || !it->probed)
        return false;
    return !it->seen || *it->seen == ServiceState::Pending || *it->seen == ServiceState::Down;
}

bool WatchedServices::alerts(const Outage &outage) const
{
    return !outage.up.isValid() && counts(outage.service);
}

QVector<Outage> WatchedServices::alerted(const QVector<Outage> &outages) const
{
    QVector<Outage> out;
    for (const Outage &o : outages) {
        if (alerts(o))
            out.append(o);
    }
    return out;
}
