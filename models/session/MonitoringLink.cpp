#include "models/session/MonitoringLink.h"

#include "models/monitoring/MonitoringService.h"
#include "models/session/LaunchRecord.h"

MonitoringLink::MonitoringLink(LaunchRecord *session, MonitoringService *monitoring, QObject *parent)
    : QObject(parent), m_session(session), m_monitoring(monitoring)
{
    connect(monitoring, &MonitoringService::stateChanged, this,
            [this](const QString &service, ServiceState from, ServiceState to, const QString &reason) {
                const auto draft = OutageLog::confirmation(service, from, to, reason);
                if (!draft)
                    return;
                const Actor system = Actor::system();
                if (const Status s = m_session->record({*draft}, &system); !s)
                    emit recordFailed(s.message());
            });
    auto pushTiming = [this] { m_monitoring->setT0(m_session->timing().t0()); };
    auto pushWindows = [this] { m_monitoring->setMaintenanceWindows(m_session->outages().maintenanceWindows()); };
    connect(session, &LaunchRecord::timingChanged, this, pushTiming);
    connect(session, &LaunchRecord::outagesChanged, this, pushWindows);
    connect(session, &LaunchRecord::documentReplaced, this, pushTiming);
    pushTiming();
    pushWindows();
}
