#pragma once

#include "models/monitoring/ServiceState.h"

#include <QDateTime>
#include <QString>

// Where the time of one service went over a range, in milliseconds. The six parts add up to the
// reported range [from, min(to, now)): time after `now` has not happened and is not reported.
struct UptimeReport
{
    qint64 upMs = 0;
    qint64 degradedMs = 0;
    // PENDING time never confirmed DOWN (recovered, ended by a gap or UNKNOWN, or still open);
    // counts as up. A PENDING run that DOWN confirmed is in downMs.
    qint64 pendingMs = 0;
    qint64 downMs = 0;
    qint64 unmonitoredMs = 0; // no result covered it (dashboard not running) or the result was UNKNOWN
    qint64 maintenanceMs = 0; // inside a maintenance window, whatever the results said

    qint64 upLikeMs() const { return upMs + degradedMs + pendingMs; }
    qint64 monitoredMs() const { return upLikeMs() + downMs; }
    // (up + degraded + pending) / (up + degraded + pending + down) × 100; -1 when nothing was monitored.
    double uptimePercent() const;
    double downtimeMinutes() const { return downMs / 60000.0; }
    bool operator==(const UptimeReport &o) const;
    bool operator!=(const UptimeReport &o) const { return !(*this == o); }
};

// One point of a latency chart: one raw result, or one minute / hour / day bucket (or several
// day buckets merged when even days are too many). Latency is of the results timed in the bucket.
struct LatencyPoint
{
    QDateTime time;           // UTC: the result's time or the bucket's start
    double avgLatencyMs = -1; // -1 when no result in the bucket had an answer
    int maxLatencyMs = -1;
    ServiceState worst = ServiceState::Unknown; // DOWN > PENDING > DEGRADED > UP > UNKNOWN
    int results = 0;                            // how many results the point stands for
};

// A result whose state differs from the service's previous result (the first result of a
// service counts as a change from UNKNOWN unless it is UNKNOWN itself). Gaps are not changes.
struct StateChange
{
    QDateTime time;
    ServiceState from = ServiceState::Unknown;
    ServiceState to = ServiceState::Unknown;
    QString reason; // the reason of the result that changed it
};

// A stretch of one service's covered time in one state (stateSpans()): the runs the uptime is
// summed from, with a PENDING run that DOWN confirmed already DOWN.
struct StateSpan
{
    qint64 fromMs = 0; // UTC ms since the epoch, inclusive
    qint64 toMs = 0;   // exclusive
    ServiceState state = ServiceState::Unknown;
};

struct MaintenanceWindow
{
    qint64 id = 0;
    QString service; // empty: every service
    QDateTime from;  // UTC, inclusive
    QDateTime to;    // UTC, exclusive
    QString note;
};
