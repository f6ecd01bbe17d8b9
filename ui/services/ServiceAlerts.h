#pragma once

#include "models/monitoring/ServiceState.h"

#include <QObject>

class MonitoringService;
class QSystemTrayIcon;
class QWidget;

// Tells people when a service goes DOWN or comes back UP: a desktop notification where the
// desktop has a tray, and a line in the status bar. The launch record's own entry is made in
// the core (MonitoringLink), whether a window is open or not.
class ServiceAlerts final : public QObject
{
    Q_OBJECT

public:
    ServiceAlerts(MonitoringService *monitoring, QWidget *window);
    int notificationsShown() const { return m_shown; }

signals:
    void alerted(const QString &message);

private:
    void onStateChanged(const QString &service, ServiceState from, ServiceState to, const QString &reason);

    QSystemTrayIcon *m_tray = nullptr;
    int m_shown = 0;
};
