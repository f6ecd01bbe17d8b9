#pragma once

#include "models/core/Error.h"

#include <QDateTime>
#include <QString>

class ChecklistSession;

// Maintenance windows are facts of the launch record: added (and removed) here for the session's
// actor, and the monitor's history follows the record (MonitoringLink).
class MaintenanceDesk
{
public:
    explicit MaintenanceDesk(ChecklistSession &session) : m_session(session) {}

    // Service "" means every service; refused for a window that ends before it starts.
    Status add(const QString &service, const QDateTime &from, const QDateTime &to, const QString &note);
    Status remove(const QString &windowId);

private:
    ChecklistSession &m_session;
};
