#pragma once

#include "models/collectors/CollectorDefinition.h"
#include "models/collectors/Figure.h"
#include "models/criteria/CriteriaOutline.h"
#include "models/criteria/CriterionResult.h"
#include "models/criteria/Day7Statistics.h"
#include "models/criteria/SystemAvailability.h"
#include "models/record/EventStore.h"

#include <functional>
#include <optional>

// What the services, the history and the record say now, for the points measured from data.
struct CriteriaData
{
    QDateTime now;
    std::optional<SystemAvailability> availability; // none: not read yet
    bool figuresCollected = false;
    QVector<Figure> figures; // the collectors over [T0, min(T0 + 7 d, now))
    QVector<CollectorDefinition> collectors;
    std::optional<VerifyResult> verify; // none: not checked yet
    // What the measurements took from the record: the head whose T0 and maintenance windows the
    // history was read with, and whose T0 the collectors were asked over (and that window).
    qint64 availabilityHead = 0;
    qint64 figuresHead = 0;
    CollectWindow figuresWindow;
};

// A person's verdict on one point.
struct CriterionConfirmation
{
    Verdict verdict = Verdict::Unknown;
    QString note;
    Actor actor;
    QString timeUtc;
};

Verdict verdictFromKey(const QString &key);

// A measurable point from live data (not from an entered field): verdict, figure, threshold and
// source. Before T0 + 7 d the stability points show the figure "so far" and stay unknown, unless
// the downtime so far already breaks the limit (it can only grow): then not met.
CriterionPoint measurePoint(const CriterionPointSpec &spec, const CriteriaData &data);
// The point from an entered Day 7 statistic, when the record has one for its measure
// (email processing ← "Average processing time", query p95 ← "PostgreSQL query time p95").
// An entered value wins over a collected one: it is what the Day 7 statistics print, and a person
// put it there (accepted from a collector, with that source, or typed).
std::optional<CriterionPoint> pointFromEntered(const CriterionPointSpec &spec, const QVector<Day7Field> &fields);
// The stability criterion states its limit twice (99 % uptime over 7 days allows 100.8 min of
// downtime; the sub-point demands < 14.4 min). Both are shown and evaluated; the threshold of the
// uptime point also says how many minutes it allows, and the sources say which one decides.
void markStricterLimit(const CriterionSpec &spec, QVector<CriterionPoint> *points);

// Every measurable point of specs measured from data (markStricterLimit applied), by pointKey().
QHash<QString, CriterionPoint> measureAll(const QVector<CriterionSpec> &specs, const CriteriaData &data);
inline QString pointKey(const QString &item, const QString &point)
{
    return item + QLatin1Char('/') + point;
}

// Composes the summary: for each point, an entered statistic, else measured(item, spec) (a live
// measurement or the record's criterion.measured); a person's confirmation decides a point that is
// not measurable, or a measurable one without any figure. Then the criterion and overall verdicts.
using MeasuredLookup = std::function<std::optional<CriterionPoint>(const CriterionSpec &, const CriterionPointSpec &)>;
using ConfirmedLookup = std::function<std::optional<CriterionConfirmation>(const QString &item, const QString &point)>;
CriteriaSummary composeCriteria(const QVector<CriterionSpec> &specs, const QVector<Day7Field> &fields,
                                const MeasuredLookup &measured, const ConfirmedLookup &confirmed);
// NotMet if any is not met, Met if all are met, else Unknown (and Unknown for none).
Verdict combinedVerdict(const QVector<Verdict> &verdicts);
