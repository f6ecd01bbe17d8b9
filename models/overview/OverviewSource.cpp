#include "models/overview/OverviewSource.h"

#include "models/incidents/IncidentDesk.h"
#include "models/monitoring/HistoryRecorder.h"
#include "models/monitoring/MonitoringService.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/reports/ReportDesk.h"
#include "models/session/LaunchRecord.h"
#include "models/timeline/Clock.h"

OverviewSource::OverviewSource(LaunchRecord *session, const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &OverviewSource::changed);
    connect(session, &LaunchRecord::itemsChanged, this, &OverviewSource::changedSoon);
    connect(session, &LaunchRecord::timingChanged, this, &OverviewSource::changedSoon);
    connect(session, &LaunchRecord::documentReplaced, this, &OverviewSource::changedSoon);
}

void OverviewSource::follow(const MonitoringService *monitoring)
{
    setServices(monitoring->services());
    connect(monitoring, &MonitoringService::servicesReplaced, this,
            [this, monitoring] { setServices(monitoring->services()); });
    connect(monitoring, &MonitoringService::resultReady, this, qOverload<const ProbeResult &>(&OverviewSource::see));
    connect(monitoring, &MonitoringService::summaryReady, this, qOverload<const TileSummary &>(&OverviewSource::see));
}

void OverviewSource::follow(const IncidentDesk *incidents)
{
    m_incidents = incidents;
    connect(incidents, &IncidentDesk::incidentsChanged, this, &OverviewSource::changedSoon);
    changedSoon();
}

void OverviewSource::follow(const ReportDesk *reports)
{
    m_reports = reports;
    connect(reports, &ReportDesk::reportsChanged, this, &OverviewSource::changedSoon);
    changedSoon();
}

void OverviewSource::setServices(const QVector<ServiceDefinition> &services)
{
    // What was seen of the names the new catalogue keeps stays.
    QVector<ServiceAtGlance> next;
    QHash<QString, int> rows;
    for (const ServiceDefinition &d : services) {
        const int old = m_serviceRow.value(d.name, -1);
        rows.insert(d.name, int(next.size()));
        ServiceAtGlance fresh;
        fresh.name = d.name;
        next.append(old >= 0 ? m_services.at(old) : fresh);
    }
    m_services = next;
    m_serviceRow = rows;
    changedSoon();
}

void OverviewSource::see(const ProbeResult &result)
{
    const int row = m_serviceRow.value(result.service, -1);
    if (row < 0)
        return;
    ServiceAtGlance &s = m_services[row];
    if (s.state != result.state || !s.since.isValid()) {
        s.state = result.state;
        s.since = result.time;
    }
    s.latencyMs = result.latencyMs;
    changedSoon();
}

void OverviewSource::see(const TileSummary &summary)
{
    const int row = m_serviceRow.value(summary.service, -1);
    if (row < 0)
        return;
    m_services[row].uptimeSinceT0 = summary.hasT0 ? summary.sinceT0.uptimePercent() : -1;
    changedSoon();
}

LaunchOverview OverviewSource::overview() const
{
    LaunchOverview o;
    o.now = m_clock->now();
    o.services = m_services;
    if (const ChecklistDocument *doc = m_session->document()) {
        o.title = doc->title();
        o.phases = phaseProgress(*doc, m_session->state());
    }
    o.t0 = m_session->timing().t0();
    o.t0Recorded = m_session->timing().recorded().isValid();
    if (m_incidents) {
        const IncidentDesk *desk = m_incidents;
        o.incidents = openIncidents(desk->log(), o.now, [desk](int level) { return desk->responseMinutes(level); });
    }
    if (m_reports)
        o.lastReport = lastConfirmedReport(m_reports->reports());
    return o;
}

void OverviewSource::changedSoon()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}
