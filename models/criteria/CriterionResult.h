#pragma once

#include "models/record/Actor.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// The outcome of one success criterion or one of its sub-points, as the report and the sign-off
// show it. Evaluated from data where data exists (the probe history, the collectors, the entered
// Day 7 statistics, the record's own verify) and confirmed by a person with a note where it does not.
enum class Verdict {
    Unknown, // no data and nobody confirmed it
    Met,
    NotMet,
};

// "met", "not_met", "unknown": the stored and canonical word.
QString verdictKey(Verdict verdict);

struct CriterionPoint
{
    QString id;   // the sub-point's checklist id (the criterion's own for a limit in its title); not in toJson()
    QString text; // the checklist's words: "Unplanned downtime < 14.4 minutes total"
    Verdict verdict = Verdict::Unknown;
    QString figure;    // what was measured, in words with its unit: "3.5 min", "99.97 %"; empty if none
    QString threshold; // what the checklist demands, in words: "< 14.4 min"; empty if not a measurable point
    QString source;    // where the figure came from: "probe history, 7 days after T0", "Day 7 statistics
                       // (entered by Jane Doe)", "n8n executions collector", "golive verify"; or "confirmed by …"
    QString note;      // the person's note when confirmed by hand
    // The same three in the desk's language and number forms, for the window only (never stored,
    // not in toJson()); empty where the point came from the record: it shows what is stored.
    QString shownFigure;
    QString shownThreshold;
    QString shownSource;
    Actor confirmedBy;   // set when a person confirmed (or overrode) the verdict
    QString confirmedAt; // ISO 8601 UTC

    QString figureShown() const { return shownFigure.isEmpty() ? figure : shownFigure; }
    QString thresholdShown() const { return shownThreshold.isEmpty() ? threshold : shownThreshold; }
    QString sourceShown() const { return shownSource.isEmpty() ? source : shownSource; }
};

struct CriterionResult
{
    QString id;                         // the checklist item's id
    QString title;                      // "Stability (99% uptime minimum)"
    Verdict verdict = Verdict::Unknown; // NotMet if any point is not met; Met if all are met; else Unknown
    QVector<CriterionPoint> points;
};

// All criteria of the checklist's success-criteria section, in checklist order.
struct CriteriaSummary
{
    QVector<CriterionResult> criteria;
    Verdict overall = Verdict::Unknown; // NotMet if any is not met; Met if all are met; else Unknown

    // The canonical content (stable key order, no display-only data) that sign-off digests cover.
    QJsonObject toJson() const;
};
