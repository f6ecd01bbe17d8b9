#include "ui/services/ServiceAlerts.h"

#include "models/monitoring/MonitoringService.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

ServiceAlerts::ServiceAlerts(MonitoringService *monitoring, QWidget *window) : QObject(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon().isNull()
                                         ? QApplication::style()->standardIcon(QStyle::SP_ComputerIcon)
                                         : window->windowIcon(),
                                     this);
        m_tray->setToolTip(QStringLiteral("Go-Live Control"));
        m_tray->show();
    }
    connect(monitoring, &MonitoringService::stateChanged, this, &ServiceAlerts::onStateChanged);
}

void ServiceAlerts::onStateChanged(const QString &service, ServiceState from, ServiceState to, const QString &reason)
{
    // PENDING and DEGRADED are for the tiles; people are interrupted for confirmed changes.
    const ConfirmedChange change = confirmedChange(from, to);
    if (change == ConfirmedChange::None)
        return;
    const bool wentDown = change == ConfirmedChange::WentDown;
    const QString title = wentDown ? tr("%1 is DOWN").arg(service) : tr("%1 is UP again").arg(service);
    if (m_tray) {
        m_tray->showMessage(title, reason, wentDown ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
        ++m_shown;
    }
    emit alerted(QStringLiteral("%1: %2").arg(title, reason));
}
