#pragma once

#include "models/collectors/CollectorDefinition.h"
#include "models/collectors/Figure.h"
#include "models/session/ChecklistState.h"

#include <QString>
#include <QVector>

class ChecklistDocument;

// The blanks of the Day 7 review that the tool knows ("Collect Statistics" and "Performance
// Analysis"). Stat::None is a blank it does not know; it is listed all the same.
enum class Day7Stat {
    None,
    EmailsProcessed,
    EmailSuccessRate,
    EmailAverageSeconds,
    EmailErrorRate,
    SuggestionsGenerated,
    SuggestionAcceptanceRate,
    SuggestionAccuracy,
    SuggestionP95Seconds,
    ApprovalRequests,
    ApprovalsCompleted,
    ApprovalCompletionRate,
    ApprovalResponseMinutes,
    HighPriorityCount,
    JobsSubmitted,
    JobsCompleted,
    JobsSuccessRate,
    JobsFailed,
    KbArticlesCreated,
    KbArticlesUpdated,
    KbSearches,
    KbSearchResponseMs,
    N8nCpuPercent,
    N8nMemoryMb,
    PostgresQueryP95Ms,
    DatabaseSizeGb,
    BackupSizeGb,
};

// A value the collectors propose for one blank, with its source, or why there is none.
struct Day7Proposal
{
    QString value;  // in the blank's unit, as it would be stored
    QString source; // "bConnect jobs: GET http://…/JobInstances.json"
    QString note;   // why there is no value
    bool hasValue() const { return !value.isEmpty(); }
};

// One blank of the Day 7 review: where it is, what the record holds, and who put it there.
struct Day7Field
{
    Day7Stat stat = Day7Stat::None;
    QString item;  // the node holding the blank
    QString key;   // its field key ("f0")
    QString group; // "Email Processing" ("" for Performance Analysis)
    QString label; // "Average processing time"
    QString unit;  // "seconds", "%", "ms", "GB", "" for counts
    QString value; // the record's value ("" when not filled in)
    FieldOrigin origin;

    bool isFilled() const { return !value.isEmpty(); }
};

// Every blank of the Day 7 review of document with the record's values and sources, in order:
// what the T+7 report prints as "Day 7 statistics" and "Performance analysis".
QVector<Day7Field> day7Fields(const ChecklistDocument &document, const ChecklistState &state);
// The record's value of one known blank (the first of its kind), or nullptr.
const Day7Field *day7Field(const QVector<Day7Field> &fields, Day7Stat stat);

// What the collectors say for one blank over [T0, T0 + 7 d]. The mapping (Day7Statistics.cpp)
// proposes only where the collector counts the same thing the blank asks for.
Day7Proposal proposeDay7(const Day7Field &field, const QVector<Figure> &figures,
                         const QVector<CollectorDefinition> &collectors);
