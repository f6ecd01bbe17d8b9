#include "models/session/MaintenanceDesk.h"

#include "models/monitoring/OutageLog.h"
#include "models/session/LaunchRecord.h"

Status MaintenanceDesk::add(const QString &service, const QDateTime &from, const QDateTime &to, const QString &note)
{
    return m_session.recordOne(OutageLog::maintenanceAdded(service, from, to, note));
}

Status MaintenanceDesk::remove(const QString &windowId)
{
    return m_session.recordOne(OutageLog::maintenanceRemoved(windowId));
}
