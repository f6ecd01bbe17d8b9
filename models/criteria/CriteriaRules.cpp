#include "models/criteria/CriteriaRules.h"

#include <QStringList>

#include <array>

namespace {

enum class Needs {
    Percent,
    Duration,
    Nothing,
};

struct Rule
{
    Measure measure;
    const char *key;
    std::array<const char *, 2> words; // all must occur (lower case); nullptr ends the list
    Needs needs;
};

// The rule table. Order matters only where two rows could match: the first wins.
//   text contains            | threshold | compared with
//   "uptime"                 | percent   | system uptime over the 7 days after T0 (probe history)
//   "downtime"               | duration  | system DOWN minutes in the same window (probe history)
//   "email", "processing"    | duration  | "Average processing time" of the Day 7 statistics
//   "workflow", "execution"  | duration  | n8n executions collector, "average duration"
//   "quer", "p95"            | duration  | "PostgreSQL query time p95" (Day 7) or a postgres-query
//                            |           | collector named for the p95 query time
//   "audit trail"            | none      | golive verify of the launch record
const std::array<Rule, 6> kRules{{
    {Measure::UptimePercent, "uptime", {{"uptime", nullptr}}, Needs::Percent},
    {Measure::UnplannedDowntime, "downtime", {{"downtime", nullptr}}, Needs::Duration},
    {Measure::EmailProcessingAverage, "email_processing", {{"email", "processing"}}, Needs::Duration},
    {Measure::WorkflowExecutionAverage, "workflow_execution", {{"workflow", "execution"}}, Needs::Duration},
    {Measure::DatabaseQueryP95, "query_p95", {{"quer", "p95"}}, Needs::Duration},
    {Measure::AuditTrail, "audit_trail", {{"audit trail", nullptr}}, Needs::Nothing},
}};

bool fits(Needs needs, const std::optional<Threshold> &t)
{
    switch (needs) {
    case Needs::Percent: return t && !t->isDuration();
    case Needs::Duration: return t && t->isDuration();
    case Needs::Nothing: return true;
    }
    return false;
}

} // namespace

QString measureKey(Measure measure)
{
    for (const Rule &r : kRules) {
        if (r.measure == measure)
            return QLatin1String(r.key);
    }
    return QStringLiteral("none");
}

Measure measureFor(const QString &text, const std::optional<Threshold> &threshold)
{
    const QString lower = text.toLower();
    for (const Rule &r : kRules) {
        bool all = true;
        for (const char *w : r.words)
            all = all && (!w || lower.contains(QLatin1String(w)));
        if (all && fits(r.needs, threshold))
            return r.measure;
    }
    return Measure::None;
}
