#include "models/overview/LaunchOverview.h"

#include "models/checklist/ChecklistNode.h"
#include "models/session/ChecklistState.h"

#include <QCoreApplication>

#include <algorithm>

QString overallStateWord(OverallState state)
{
    switch (state) {
    case OverallState::NotWatched: return QCoreApplication::translate("LaunchOverview", "No services watched");
    case OverallState::Operational: return QCoreApplication::translate("LaunchOverview", "Operational");
    case OverallState::Degraded: return QCoreApplication::translate("LaunchOverview", "Degraded");
    case OverallState::PartialOutage: return QCoreApplication::translate("LaunchOverview", "Partial outage");
    case OverallState::MajorOutage: return QCoreApplication::translate("LaunchOverview", "Major outage");
    }
    return {};
}

std::optional<qint64> LaunchOverview::elapsedSecs() const
{
    if (!t0.isValid() || !now.isValid())
        return std::nullopt;
    return t0.secsTo(now);
}

OverallState LaunchOverview::overall() const
{
    int answered = 0;
    int down = 0;
    int troubled = 0;
    for (const ServiceAtGlance &s : services) {
        // UNKNOWN (not probed yet, or not configured here) says nothing about the service.
        if (s.state == ServiceState::Unknown)
            continue;
        ++answered;
        if (s.state == ServiceState::Down)
            ++down;
        else if (s.state != ServiceState::Up)
            ++troubled;
    }
    if (answered == 0)
        return OverallState::NotWatched;
    if (down == answered)
        return OverallState::MajorOutage;
    if (down > 0)
        return OverallState::PartialOutage;
    return troubled > 0 ? OverallState::Degraded : OverallState::Operational;
}

namespace {
void countTasks(const ChecklistNode *node, const ChecklistState &state, PhaseProgress *progress)
{
    if (node->kind() == ChecklistNode::Kind::Task) {
        ++progress->total;
        progress->done += state.isDone(node->id()) ? 1 : 0;
    }
    for (int i = 0; i < node->childCount(); ++i)
        countTasks(node->child(i), state, progress);
}

void collectPhases(const ChecklistNode *node, const ChecklistState &state, QVector<PhaseProgress> *phases)
{
    for (int i = 0; i < node->childCount(); ++i) {
        const ChecklistNode *child = node->child(i);
        if (child->kind() == ChecklistNode::Kind::Phase) {
            PhaseProgress p;
            p.title = child->title();
            countTasks(child, state, &p);
            if (p.total > 0)
                phases->append(p);
        } else if (child->kind() == ChecklistNode::Kind::Document) {
            collectPhases(child, state, phases);
        }
    }
}
} // namespace

QVector<PhaseProgress> phaseProgress(const ChecklistDocument &document, const ChecklistState &state)
{
    QVector<PhaseProgress> phases;
    collectPhases(document.root(), state, &phases);
    if (phases.isEmpty()) {
        PhaseProgress whole;
        whole.title = document.title();
        countTasks(document.root(), state, &whole);
        if (whole.total > 0)
            phases.append(whole);
    }
    return phases;
}

QVector<IncidentAtGlance> openIncidents(const IncidentLog &log, const QDateTime &now,
                                        const std::function<int(int level)> &responseMinutes)
{
    QVector<IncidentAtGlance> open;
    for (const Incident &i : log.incidents()) {
        if (i.isResolved())
            continue;
        IncidentAtGlance a;
        a.label = i.label();
        a.title = i.title;
        a.level = i.level;
        a.acknowledged = i.isAcknowledged();
        a.openSecs = std::max<qint64>(0, i.openedAt.secsTo(now));
        a.response = i.responseTimer(now, responseMinutes(i.level));
        open.append(a);
    }
    return open;
}

std::optional<ReportAtGlance> lastConfirmedReport(const HourlyReports &reports)
{
    const ConfirmedReport *r = reports.report(reports.lastHour());
    if (!r)
        return std::nullopt;
    ReportAtGlance a;
    a.hour = r->hour;
    a.to = r->to;
    a.health = healthFromWord(r->value(ReportField::Health).value);
    a.tickets = r->value(ReportField::Tickets).value;
    a.executions = r->value(ReportField::Executions).value;
    a.failures = r->value(ReportField::Failures).value;
    a.issues = r->value(ReportField::Issues).value;
    return a;
}
