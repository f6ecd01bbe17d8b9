#include "ServiceState.h"

QString serviceStateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Unknown: return QStringLiteral("UNKNOWN");
    case ServiceState::Up: return QStringLiteral("UP");
    case ServiceState::Degraded: return QStringLiteral("DEGRADED");
    case ServiceState::Pending: return QStringLiteral("PENDING");
    case ServiceState::Down: return QStringLiteral("DOWN");
    }
    return {};
}

ServiceState serviceStateFromName(const QString &name)
{
    for (ServiceState s : {ServiceState::Up, ServiceState::Degraded, ServiceState::Pending, ServiceState::Down}) {
        if (name.compare(serviceStateName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return ServiceState::Unknown;
}

ConfirmedChange confirmedChange(ServiceState from, ServiceState to)
{
    if (to == ServiceState::Down && from != ServiceState::Down)
        return ConfirmedChange::WentDown;
    if ((to == ServiceState::Up || to == ServiceState::Degraded)
        && (from == ServiceState::Down || from == ServiceState::Pending))
        return ConfirmedChange::CameBack;
    return ConfirmedChange::None;
}
