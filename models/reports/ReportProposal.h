#pragma once

#include "models/collectors/CollectorDefinition.h"
#include "models/collectors/Figure.h"
#include "models/monitoring/HourHealth.h"
#include "models/reports/HourlyReport.h"

#include <QHash>

// What the services' own data say about one field of an hour: a value with its source, or why
// there is none (note).
struct ProposedValue
{
    QString value;
    QString source;
    QString note;
    bool hasValue() const { return !value.isEmpty(); }
};

// The values the collectors and the probe history propose for one hour.
struct ReportProposal
{
    QHash<ReportField, ProposedValue> values;
    bool figuresDone = false;
    bool healthDone = false;
    QDateTime at; // when it was put together (the desk's clock)
    // The hour it was asked for, from the record's T0 then: after T0 changed it is another
    // hour's, and none of this one's.
    QDateTime from;
    QDateTime to;

    bool isComplete() const { return figuresDone && healthDone; }
    // tickets = FreeScout conversations created; executions and failures = n8n executions started
    // in the hour and those that failed. A field without a configured collector or whose call
    // failed gets a note instead of a number (never a partial count).
    void takeFigures(const QVector<Figure> &figures, const QVector<CollectorDefinition> &collectors);
    // health from the worst sustained state; issues from its reason when not Green.
    void takeHealth(const HourHealth &health);
};
