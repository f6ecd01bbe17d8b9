#include "models/monitoring/ServiceState.h"

#include <QCoreApplication>

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

QString serviceStateWord(ServiceState state)
{
    // The context of the tiles, where these words were first translated.
    switch (state) {
    case ServiceState::Up: return QCoreApplication::translate("StateStyle", "UP");
    case ServiceState::Degraded: return QCoreApplication::translate("StateStyle", "DEGRADED");
    case ServiceState::Pending: return QCoreApplication::translate("StateStyle", "PENDING");
    case ServiceState::Down: return QCoreApplication::translate("StateStyle", "DOWN");
    case ServiceState::Unknown: return QCoreApplication::translate("StateStyle", "UNKNOWN");
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
