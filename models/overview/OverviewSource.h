#pragma once

#include "models/overview/LaunchOverview.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class LaunchRecord;
class Clock;
class IncidentDesk;
class MonitoringService;
class ReportDesk;
struct ServiceDefinition;
struct TileSummary;

// Gathers the launch overview from the open record and the desks that follow it: the checklist
// and T0 from the session, incidents, the hourly reports, and the services as this desk's monitor
// sees them. changed() comes at most every 200 ms however many results arrive; clocks move by
// themselves, so a view asks overview() again every second as well.
class OverviewSource final : public QObject
{
    Q_OBJECT

public:
    OverviewSource(LaunchRecord *session, const Clock *clock, QObject *parent = nullptr);
    void setClock(const Clock *clock) { m_clock = clock; }

    void follow(const MonitoringService *monitoring);
    void follow(const IncidentDesk *incidents);
    void follow(const ReportDesk *reports);

    // What monitoring says; public so that tests feed it without probes.
    void setServices(const QVector<ServiceDefinition> &services);
    void see(const ProbeResult &result);
    void see(const TileSummary &summary);

    LaunchOverview overview() const;

signals:
    void changed();

private:
    void changedSoon();

    LaunchRecord *m_session;
    const Clock *m_clock;
    QPointer<const IncidentDesk> m_incidents;
    QPointer<const ReportDesk> m_reports;
    QVector<ServiceAtGlance> m_services; // the catalogue's order
    QHash<QString, int> m_serviceRow;
    QTimer m_coalesce;
};
