#pragma once

#include "monitoring/ServiceState.h"

#include <QObject>

class ChecklistSession;
class MonitoringService;
class QSystemTrayIcon;
class QWidget;

// Tells people when a service goes DOWN or comes back UP: a desktop notification (where the
// desktop has a tray) and an event in the audit trail, so the launch record shows outages too.
class ServiceAlerts final : public QObject
{
    Q_OBJECT

public:
    ServiceAlerts(MonitoringService *monitoring, ChecklistSession *session, QWidget *window);
    int notificationsShown() const { return m_shown; }

signals:
    void alerted(const QString &message);

private:
    void onStateChanged(const QString &service, ServiceState from, ServiceState to, const QString &reason);

    ChecklistSession *m_session;
    QSystemTrayIcon *m_tray = nullptr;
    int m_shown = 0;
};
