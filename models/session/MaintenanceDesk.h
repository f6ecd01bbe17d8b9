#pragma once

#include "models/core/Error.h"

#include <QDateTime>
#include <QString>

class LaunchRecord;

// Maintenance windows are facts of the launch record: added (and removed) here for the session's
// actor, and the monitor's history follows the record (MonitoringLink).
class MaintenanceDesk
{
public:
    explicit MaintenanceDesk(LaunchRecord &session) : m_session(session) {}

    // Service "" means every service; refused for a window that ends before it starts.
    Status add(const QString &service, const QDateTime &from, const QDateTime &to, const QString &note);
    Status remove(const QString &windowId);

private:
    LaunchRecord &m_session;
};
