#pragma once

#include "models/criteria/Threshold.h"

#include <QString>

#include <optional>

// Which figure a success-criterion point is compared with. The point's words decide, through the
// small table in CriteriaRules.cpp; a point no row matches is confirmed by a person.
enum class Measure {
    None,                     // confirmed by a person: met / not met with a note
    UptimePercent,            // "99% uptime": the system's uptime over [T0, T0 + 7 d], probe history
    UnplannedDowntime,        // "Unplanned downtime < 14.4 minutes": the system's DOWN time, same window
    EmailProcessingAverage,   // "Average email processing < 5 seconds": Day 7 statistics field
    WorkflowExecutionAverage, // "Average workflow execution < 10 seconds": n8n executions collector
    DatabaseQueryP95,         // "Database queries < 1 second (p95)": Day 7 field or a postgres-query collector
    AuditTrail,               // "Audit trail complete and accurate": the record's own verify
};

// The stored key ("uptime", "downtime", ...), for the record and the report.
QString measureKey(Measure measure);

// The measure a point's text (with its parsed threshold) is compared with, or Measure::None.
// A row needs all its words in the text and a threshold of its kind (a percentage, a duration,
// or none for the audit trail).
Measure measureFor(const QString &text, const std::optional<Threshold> &threshold);

// The 7-day window the stability points are measured over.
constexpr qint64 kCriteriaWindowDays = 7;
