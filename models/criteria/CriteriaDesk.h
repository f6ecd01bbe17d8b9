#pragma once

#include "models/core/Error.h"
#include "models/criteria/CriteriaRecord.h"
#include "models/timeline/Clock.h"

#include <QObject>

class ChecklistDesk;
class LaunchRecord;
class CollectRun;
class QThread;

// One blank of the Day 7 review with what the collectors propose for it.
struct Day7Row
{
    Day7Field field;
    Day7Proposal proposal;
    bool differs() const { return proposal.hasValue() && proposal.value != field.value; }
};

// The success criteria of one open record, live: the probe history read on a thread of its own,
// the collectors asked through a CollectRun over [T0, min(T0 + 7 d, now)), the record's verify.
// What is recorded is the record's (CriteriaRecord, recorded()); what is measured now and not
// recorded yet is live() — "Record figures" (recordMeasurements()) appends the points whose figure
// or verdict changed. A person confirms the points data cannot decide (confirm()). The Day 7
// statistics are proposed from the same collectors and accepted into the checklist's blanks with
// their source (acceptDay7()).
class CriteriaDesk final : public QObject
{
    Q_OBJECT

public:
    explicit CriteriaDesk(ChecklistDesk *checklist, const Clock *clock = &SystemClock::instance(),
                          QObject *parent = nullptr);
    ~CriteriaDesk() override;

    void setCollectors(const QVector<CollectorDefinition> &collectors) { m_collectors = collectors; }
    // The probe history file and the services that make up "the system".
    void setHistory(const QString &historyPath, const QStringList &services);

    const CriteriaRecord &record() const { return m_record; }
    QVector<CriterionSpec> criteria() const;
    // [T0, T0 + 7 d]; invalid before T0 is recorded.
    QDateTime windowFrom() const;
    QDateTime windowTo() const;

    // The record's summary (what the sign-off digests and the report prints).
    CriteriaSummary recorded() const;
    // The same with the figures measured now in place of the recorded ones.
    CriteriaSummary live() const;
    const CriteriaData &data() const { return m_data; }
    bool isMeasuring() const { return m_historyPending || m_run; }

    // Reads the history and asks the collectors again; measured() when both answered.
    void refresh();
    // Appends criterion.measured for every measurable point whose live figure or verdict differs
    // from the recorded one; returns how many were submitted. Every figure is true of the record
    // as it stands when it is written: the audit trail's only from a check that covers the
    // record's head — else the record is checked again and the figures are recorded when the
    // check arrives (0 is returned, isRecordPending()) —, and the append is refused (Conflict)
    // when the record changed after what a figure was taken from (the check's head; T0 and the
    // maintenance windows for the others). Then they are checked, measured and tried again, a few
    // times. A failure that comes later arrives as recordFailed().
    Result<int> recordMeasurements();
    bool isRecordPending() const { return m_recordPending; }
    // A person's verdict on a point data cannot decide; a note is required for "not met".
    Status confirm(const QString &item, const QString &point, Verdict verdict, const QString &note);

    QVector<Day7Row> day7() const;
    // Records value into the blank: with the proposal's source when it is the proposal unchanged,
    // as the operator's when edited.
    Status acceptDay7(const QString &item, const QString &key, const QString &value);

public slots:
    void setVerifyResult(const VerifyResult &result);

signals:
    void changed();
    void measured();
    // "Record figures" failed after recordMeasurements() returned (after a check, on the writer
    // thread, or when the record kept changing).
    void recordFailed(const QString &message);

private:
    // A "Record figures" under way: waits for what it needs, then submits.
    Result<int> submitMeasurements();
    bool readyToRecord(const QVector<CriterionSpec> &specs);
    QVector<EventDraft> measurementDrafts(const QVector<CriterionSpec> &specs) const;
    void measurementsWritten(const Status &status);
    void continuePendingRecord();
    // Whether the audit trail's point has a figure to record, and the check it would come from
    // covers the record's head.
    bool auditFigureWanted(const QVector<CriterionSpec> &specs) const;
    bool auditRecordedAtHead(const QString &item, const QString &point) const;
    bool verifyCoversHead() const;
    void startHistoryRead();
    void historyRead(quint64 generation, const SystemAvailability &availability);
    void collectFinished();
    void finishIfDone();

    ChecklistDesk *m_checklist;
    LaunchRecord *m_session;
    const Clock *m_clock;
    CriteriaRecord m_record;
    CriteriaData m_data;
    QVector<CollectorDefinition> m_collectors;
    QString m_historyPath;
    QStringList m_services;
    CollectRun *m_run = nullptr; // the collectors being asked, owned
    qint64 m_runHead = 0;        // the record's head when it was started, and its window
    CollectWindow m_runWindow;
    qint64 m_historyHead = 0;     // likewise for the newest history read
    QVector<QThread *> m_readers; // history reads under way; an older one's answer is dropped
    quint64 m_generation = 0;
    bool m_historyPending = false;
    bool m_recordPending = false; // "Record figures" waits for a check or a measurement
    bool m_remeasure = false;     // a Conflict: measure again before the next attempt
    bool m_submitting = false;    // inside submitMeasurements(): its outcome is returned, not signalled
    Status m_submitFailure;       // what failed meanwhile
    int m_recordAttempts = 0;
    qint64 m_mustVerifyThrough = 0; // the head when asked; after a Conflict, past the check's head
};
