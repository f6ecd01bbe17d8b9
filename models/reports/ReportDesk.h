#pragma once

#include "models/core/Error.h"
#include "models/reports/HourlyReport.h"
#include "models/reports/ReportProposal.h"
#include "models/timeline/Clock.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class LaunchRecord;
class CollectRun;
class LaunchTimeline;
struct EventDraft;

// What one field of one hour shows: the confirmed value (or, before confirmation, the operator's
// draft or the proposal), where it came from, and a newer proposal that differs from it.
struct ReportCell
{
    QString value;
    QString source;
    QString note;           // why there is no proposed value
    bool confirmed = false; // value is the record's
    bool edited = false;    // the operator typed it before confirming
    bool differs = false;   // confirmed, and the latest proposal says otherwise
    QString proposed;       // that latest proposal
};

// One hour's report as the desk shows it.
struct HourReport
{
    enum class Stage {
        Upcoming,   // the hour has not begun (or no T0)
        Running,    // the hour is under way
        Collecting, // over; the collectors and the history are being asked
        Proposed,   // over; values proposed, waiting for the operator
        Confirmed,
    };
    int hour = 0;
    QDateTime from;
    QDateTime to;
    Stage stage = Stage::Upcoming;
    std::array<ReportCell, kReportFields.size()> cells;
    const ConfirmedReport *confirmed = nullptr;

    const ReportCell &cell(ReportField f) const { return cells.at(size_t(f)); }
    bool isOver() const { return stage >= Stage::Collecting; }
};

// The hourly status reports of one open record: Hour N = [T0 + (N−1) h, T0 + N h) for hours 1–6
// and those the lead added to the timeline's report rounds. When an hour is over it is proposed
// from the collectors and the probe history (healthWanted → setHealth); the operator confirms it
// (report.confirmed) and corrects confirmed values later (report.corrected, old → new). A new
// proposal never changes a confirmed report: it is shown beside it as differing. Confirming an
// hour also ticks the checklist's round of the hourly report for it, in the same append.
class ReportDesk final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPlannedHours = 6;

    explicit ReportDesk(LaunchRecord *session, const Clock *clock = &SystemClock::instance(),
                        QObject *parent = nullptr);
    ~ReportDesk() override;

    const Clock &clock() const { return *m_clock; }
    void setCollectors(const QVector<CollectorDefinition> &collectors) { m_collectors = collectors; }
    // The timeline's report rounds may add hours beyond the sixth.
    void setTimeline(const LaunchTimeline *timeline);
    const HourlyReports &reports() const { return m_reports; }

    QDateTime t0() const;
    int hourCount() const;
    HourReport hour(int hour) const;
    QVector<HourReport> hours() const;

    // Proposes every hour that is over and was not proposed yet in this session. The application
    // calls it once the history is open (and from a timer); tests after moving the clock. From
    // then on the desk also proposes by itself when an hour ends or T0 changes.
    void refresh();
    // Asks the collectors and the history again for one hour that is over.
    Status propose(int hour);
    bool isCollecting() const { return !m_runs.isEmpty() || !m_healthPending.isEmpty(); }

    // Before confirmation: the operator's value for the draft. After: a correction, audited.
    Status setValue(int hour, ReportField field, const QString &value, const QString &reason = {});
    // Records the hour's report as it shows now (proposal with the operator's edits).
    Status confirm(int hour);

public slots:
    // The probe history's answer to healthWanted (MonitoringService::hourHealthReady).
    void setHealth(const HourHealth &health);

signals:
    void reportsChanged();
    // The desk needs the hour's worst sustained state: answer with setHealth().
    void healthWanted(int hour, const QDateTime &from, const QDateTime &to);

private:
    void collectFinished(CollectRun *run);
    Status validate(ReportField field, const QString &value) const;
    // Wakes the desk when the running hour ends, by its clock.
    void armHourEnd();
    // The tick of the checklist's hourly report round for the hour, when it has one not ticked.
    std::optional<EventDraft> roundTick(int hour) const;

    LaunchRecord *m_session;
    const Clock *m_clock;
    const LaunchTimeline *m_timeline = nullptr;
    QVector<CollectorDefinition> m_collectors;
    HourlyReports m_reports;
    QHash<int, ReportProposal> m_proposals;
    QHash<int, QHash<ReportField, QString>> m_drafts;
    QHash<CollectRun *, int> m_runs;
    QSet<int> m_healthPending;
    QTimer m_hourEnd;
    bool m_started = false; // refresh() was called: the history can answer
};
