#include "models/monitoring/HistoryTypes.h"

double UptimeReport::uptimePercent() const
{
    const qint64 monitored = monitoredMs();
    return monitored > 0 ? 100.0 * double(upLikeMs()) / double(monitored) : -1.0;
}

bool UptimeReport::operator==(const UptimeReport &o) const
{
    return upMs == o.upMs && degradedMs == o.degradedMs && pendingMs == o.pendingMs && downMs == o.downMs
        && unmonitoredMs == o.unmonitoredMs && maintenanceMs == o.maintenanceMs;
}
