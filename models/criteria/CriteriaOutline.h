#pragma once

#include "models/criteria/CriteriaRules.h"

#include <QString>
#include <QVector>

#include <optional>

class ChecklistDocument;
class ChecklistNode;

// One point of a criterion as the checklist states it, and what it is compared with.
struct CriterionPointSpec
{
    QString id;   // the sub-point's node id; the criterion's own id for a limit its title states
    QString text; // "Unplanned downtime < 14.4 minutes total", or "99% uptime minimum" from the title
    std::optional<Threshold> threshold;
    Measure measure = Measure::None;
    bool fromTitle = false;

    bool isMeasurable() const { return measure != Measure::None; }
};

// One criterion: a task item of the success-criteria section with its sub-points.
struct CriterionSpec
{
    QString id;
    QString title;
    QVector<CriterionPointSpec> points;

    const CriterionPointSpec *point(const QString &pointId) const;
};

// The criteria of a checklist: the task items of its success-criteria section, which is the
// section (### or ## heading) that holds the signature slots and has tasks with sub-points; when
// several do, one whose title names "criteria", else the last. A checklist without signature
// slots: the last section whose title names "success criteria". A limit in a task's title whose
// rule matches ("Stability (99% uptime minimum)") is a point of its own, first.
QVector<CriterionSpec> criteriaOf(const ChecklistDocument &document);
// The section criteriaOf() read, or nullptr.
const ChecklistNode *criteriaSection(const ChecklistDocument &document);
