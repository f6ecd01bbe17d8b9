#pragma once

#include "models/incidents/IncidentLog.h"
#include "models/monitoring/ServiceState.h"
#include "models/reports/HourlyReport.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

class ChecklistDocument;
class ChecklistState;

// One word for the whole launch, as status pages say it: the worst of what the services show.
enum class OverallState {
    NotWatched,    // no service is watched here, or none has answered yet
    Operational,   // every service that answered is UP
    Degraded,      // some are DEGRADED (or retrying), none DOWN
    PartialOutage, // some are DOWN
    MajorOutage,   // every service that answered is DOWN
};
QString overallStateWord(OverallState state); // in the desk's language

// A service as the wall shows it: its latest state here, since when, and its uptime since T0.
struct ServiceAtGlance
{
    QString name;
    ServiceState state = ServiceState::Unknown;
    QDateTime since; // when this desk first saw the state (invalid before a result)
    int latencyMs = -1;
    double uptimeSinceT0 = -1; // percent; -1 without T0 or results
};

// Tasks ticked under one phase of the checklist ("## Phase 2: Go-Live Day").
struct PhaseProgress
{
    QString title;
    int done = 0;
    int total = 0;
};

// An open incident with the timer that matters now: its response time at the current level.
struct IncidentAtGlance
{
    QString label; // "INC-2"
    QString title;
    int level = 1;
    bool acknowledged = false;
    qint64 openSecs = 0;
    IncidentTimer response;
};

// The latest confirmed hourly report.
struct ReportAtGlance
{
    int hour = 0;
    QDateTime to;
    Health health = Health::Unknown;
    QString tickets;
    QString executions;
    QString failures;
    QString issues;
};

// What someone who is not at the desk wants to know at one moment: the T0 clock, every service,
// open incidents, progress per phase and the last confirmed report. The wall view shows it.
struct LaunchOverview
{
    QString title;
    QDateTime now;
    QDateTime t0; // invalid while T0 is neither planned nor recorded
    bool t0Recorded = false;
    QVector<ServiceAtGlance> services;
    QVector<PhaseProgress> phases;
    QVector<IncidentAtGlance> incidents; // open ones, oldest first
    std::optional<ReportAtGlance> lastReport;

    std::optional<qint64> elapsedSecs() const;
    OverallState overall() const;
};

// The checklist's phases with their ticked tasks; a checklist without phase headings is one phase
// named by its title.
QVector<PhaseProgress> phaseProgress(const ChecklistDocument &document, const ChecklistState &state);
// The open incidents of the log at now, oldest first; responseMinutes gives a level's target.
QVector<IncidentAtGlance> openIncidents(const IncidentLog &log, const QDateTime &now,
                                        const std::function<int(int level)> &responseMinutes);
std::optional<ReportAtGlance> lastConfirmedReport(const HourlyReports &reports);
