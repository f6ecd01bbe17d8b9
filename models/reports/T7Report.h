#pragma once

#include "models/criteria/CriterionResult.h"
#include "models/incidents/IncidentLog.h"
#include "models/monitoring/HistoryTypes.h"
#include "models/record/EventStore.h"
#include "models/reports/HourlyReport.h"
#include "models/signoff/SignatureLine.h"

#include <QDateTime>
#include <QVector>

class ChecklistDocument;
class LaunchRecord;
class ProbeHistory;

// The T+7 report's content as data, gathered from one open record (and the desk's probe history),
// before any layout: the same data gives the PDF, the print preview and the HTML.

// Who recorded events in the record, and how many.
struct T7Contributor
{
    Actor actor;
    int events = 0;
    QDateTime first;
    QDateTime last;
};

// The person (or program) who last set a slot, and when.
struct T7Stamp
{
    Actor actor;
    QDateTime at;
    bool isSet() const { return at.isValid(); }
};

// One blank of the checklist as the report shows it.
struct T7Field
{
    QString label;
    QString unit;
    QString value;  // "" when empty
    QString source; // "entered by …", "the template", "" when empty
    T7Stamp entered;
};

// One list item of a Day 7 task (a step, a group label such as "Email Processing:", an entry).
struct T7Line
{
    QString id;
    QString title;
    int depth = 0; // 0 directly under the task
    bool tickable = false;
    bool done = false;
    T7Stamp ticked;
    QVector<T7Field> fields;
};

// One task of the Day 7 review ("Collect Statistics", "Performance Analysis", ...).
struct T7Task
{
    QString id;
    QString title;
    bool done = false;
    T7Stamp ticked;
    QVector<T7Field> fields; // the task's own blanks
    QVector<T7Line> lines;   // everything below it, in document order
};

// Ticks per phase of the checklist.
struct T7PhaseCompletion
{
    QString title;
    int done = 0;
    int total = 0;
};

// A ticked item: what, by whom, when.
struct T7Tick
{
    QString phase;
    QString id;
    QString title;
    T7Stamp ticked;
};

// One service over [T0, T0 + 7 days).
struct T7Service
{
    QString name;
    UptimeReport uptime;
    QVector<LatencyPoint> latency;
    QVector<StateChange> changes; // where it went DOWN or DEGRADED (for the chart's bands)
    QString error;                // the history could not answer for this service
};

struct T7Report
{
    // Launch summary
    QString checklistTitle;
    QDateTime t0;        // recorded T0, else planned; invalid when neither
    QDateTime t0Planned; // invalid when not planned
    QDateTime t0Recorded;
    QDateTime generatedAt;
    QDateTime windowFrom; // [T0, T0 + 7 d)
    QDateTime windowTo;
    QString storePath;
    QVector<T7Contributor> contributors; // people first, by first event

    // Day 7 review
    bool day7Found = false;
    QString day7Title;
    bool statisticsFound = false;
    T7Task statistics;
    QVector<T7Task> day7Tasks; // the section's other tasks

    CriteriaSummary criteria;
    QVector<ConfirmedReport> hourlyReports;
    QVector<Incident> incidents;

    // Uptime and latency
    bool historyAvailable = false;
    QString historyNote; // why there is no history, or what went wrong
    QVector<T7Service> services;

    // Completion
    QVector<T7PhaseCompletion> phases;
    QVector<T7Tick> ticks;

    // Integrity
    VerifyResult verify;
    QString headHash;
    qint64 headSeq = 0;

    QVector<SignatureLine> signatures;
};

// What the report takes from outside the record: the criteria's evaluation and the sign-off's
// lines (models/criteria, models/signoff), and the moment it is made.
struct T7ReportInputs
{
    CriteriaSummary criteria;
    QVector<SignatureLine> signatures;
    QDateTime now; // invalid: the current time
};

namespace T7ReportGather {

// The checklist's signature roles as lines nobody has signed yet: what the report shows while no
// sign-off is recorded.
QVector<SignatureLine> missingSignatures(const ChecklistDocument &document);

// Gathers everything from the open record and, when given, the probe history (used on the
// thread that opened it). Only reads.
Result<T7Report> gather(const LaunchRecord &session, const ProbeHistory *history, const T7ReportInputs &inputs);

// Opens the record at storePath read-only, and its probe history beside it when that exists,
// on the calling thread (a worker in the window), and gathers. Never creates or changes a file.
// Criteria and signatures not given in inputs are read from the record (CriteriaRecord, SignOffDesk).
Result<T7Report> load(const QString &storePath, const T7ReportInputs &inputs);
// The same on a record already open on this thread (its probe history beside it, when there is one).
Result<T7Report> loadWith(LaunchRecord &session, const T7ReportInputs &inputs);

} // namespace T7ReportGather
