#pragma once

#include "models/core/Error.h"
#include "models/monitoring/HistoryTypes.h"
#include "models/monitoring/ServiceState.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

// The probe results of every service, with hour and day rollups, in an SQLite file of its own (the
// app puts it beside the checklist store as <name>.history.sqlite; its layout: docs/probe-history.md).
// An instance is used only from the thread that opened it. Errors name the file; a refused file is
// left untouched.
//
// Time semantics (uptime is measured in time, not in counted checks):
// - A result at time t of a service probed every I ms covers [t, min(t_next, t + 2·I)), where
//   t_next is the service's next result. The last result covers [t, min(now, t + 2·I)).
// - Time no result covers is UNMONITORED (the dashboard was not running): neither up nor down.
// - UP and DEGRADED count as up; DOWN is down; UNKNOWN is unmonitored.
// - PENDING (failed, retries left) is decided by what follows. A PENDING run is the time covered
//   by consecutive PENDING results without a gap. When the result right after it (with no gap) is
//   DOWN, the failure is confirmed and the whole run counts as down, from its first PENDING on.
//   Otherwise it counts as up (as pendingMs): it recovered (UP, DEGRADED), it ended unconfirmed
//   (UNKNOWN, or a gap: the dashboard stopped and its retries with it), or it is still open at
//   `now`. A report over a range may therefore change when DOWN is confirmed later; uptime that
//   is quoted must not have counted an outage as up.
// - record() does the reclassification when it records the DOWN result, in the same transaction:
//   the run's time moves from pending to down in the hour and day rollups and in the state
//   runs, across bucket edges and over pruned ranges. Raw results, state changes and the worst
//   state of latency points keep what the probes said (PENDING stays PENDING there).
// - Time inside a maintenance window of the service (or of all services) is maintenance, whatever
//   the results said, and is left out of uptime and downtime.
// - A report covers [from, min(to, now)); time after `now` has not happened and is not reported.
// - Results of one service must come in time order; one not newer than the service's last
//   result is ignored (a clock stepping back must not rewrite history).
class ProbeHistory
{
public:
    // 2: a PENDING run confirmed by DOWN counts as down. 3: reasons that repeat their row stored
    // as codes, no minute rollups. Opening an older file converts it, once.
    static constexpr int kSchemaVersion = 3;

    // Every operation returns the project's Result/Status; an Error's message names the file.
    static Result<std::unique_ptr<ProbeHistory>> open(const QString &path);
    ~ProbeHistory();
    ProbeHistory(const ProbeHistory &) = delete;
    ProbeHistory &operator=(const ProbeHistory &) = delete;

    const QString &path() const { return m_path; }

    // Appends the results and brings the rollups and state runs in step (a PENDING run that a
    // DOWN result confirms becomes down, see above), all in one transaction. A service missing
    // from intervalMsByService keeps the interval of its previous result; a service with
    // neither makes the whole call fail (nothing is written).
    Status record(const QVector<ProbeResult> &results, const QHash<QString, int> &intervalMsByService);

    // Returns the new window's id. service "" = all.
    Result<qint64> addMaintenance(const QString &service, const QDateTime &from, const QDateTime &to,
                                  const QString &note);
    Status removeMaintenance(qint64 id);
    Result<QVector<MaintenanceWindow>> maintenanceWindows() const;

    // Reads day and hour rollups for whole buckets and only the edges finer, so a week costs a
    // handful of small queries. Exact to the millisecond, also over pruned ranges.
    Result<UptimeReport> uptime(const QString &service, const QDateTime &from, const QDateTime &to,
                                const QDateTime &now) const;
    // At most maxPoints points: raw results when they fit, else the finest buckets that fit
    // (overlapping [from, to)): minutes made from the raw results where they are kept, hours,
    // days, else days merged.
    Result<QVector<LatencyPoint>> latencySeries(const QString &service, const QDateTime &from, const QDateTime &to,
                                                int maxPoints) const;
    Result<QVector<StateChange>> stateChanges(const QString &service, const QDateTime &from, const QDateTime &to) const;
    // The service's covered time in [from, min(to, now)) as spans of one state, oldest first, from
    // the same state runs uptime() sums (so it survives pruning); gaps are unmonitored. Maintenance
    // windows are NOT taken out: the caller decides which windows apply (the launch record's).
    Result<QVector<StateSpan>> stateSpans(const QString &service, const QDateTime &from, const QDateTime &to,
                                          const QDateTime &now) const;
    // Raw results with from <= time < to, oldest first (none where pruned).
    Result<QVector<ProbeResult>> results(const QString &service, const QDateTime &from, const QDateTime &to) const;
    Result<std::optional<ProbeResult>> latest(const QString &service) const;
    // Every service the history has results of, by name.
    Result<QStringList> services() const;

    // Deletes raw results older than rawOlderThan (the caller's policy, e.g. 8 days); charts there
    // are drawn from hours. Hour and day rollups, state runs and state changes stay, so uptime over
    // the pruned range gives the same answers.
    Status prune(const QDateTime &rawOlderThan);

private:
    ProbeHistory(QString path, QString connection);
    Status identifyAndMigrate();
    Status migrate(int fromVersion);
    QSqlDatabase db() const;
    // What an SQL error means for the file: damaged, disk full, busy, else an I/O error.
    Error failure(const QString &what, const QSqlError &sqlError) const;
    Result<qint64> serviceId(const QString &service) const; // 0 when unknown
    // Runs "SELECT <columnsAndTable> WHERE service_id = ? AND t_ms in [from, to) ORDER BY t_ms";
    // false when there is nothing to read (an unknown service, an invalid time).
    Result<bool> queryRange(QSqlQuery &q, const QString &columnsAndTable, const QString &service, const QDateTime &from,
                            const QDateTime &to, const QString &what) const;
    qint64 prunedBefore() const;

    // How long opening waits for another process converting the file (a week of 50 services
    // takes seconds).
    static constexpr int kMigrationWaitMs = 120'000;

    QString m_path;
    QString m_connection;
};
