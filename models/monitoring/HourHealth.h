#pragma once

#include "models/monitoring/Health.h"
#include "models/monitoring/ServiceState.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

class ProbeHistory;

// The health an hour's report proposes, read from the probe history: the worst state any service
// held without a break for at least kSustainMs (DOWN → Red, DEGRADED or DOWN → Yellow), else Green.
struct HourHealth
{
    static constexpr qint64 kSustainMs = qint64{5} * 60 * 1000;
    // A result stands for the time until the next one, at most this long (a longer gap is not
    // monitored: the dashboard was not running).
    static constexpr qint64 kMaxCoverMs = qint64{5} * 60 * 1000;

    int hour = 0;
    QDateTime from;
    QDateTime to;
    Health health = Health::Unknown; // Unknown: no service has results in the hour
    QString service;                 // the service that decided it ("" for Green)
    ServiceState state = ServiceState::Unknown;
    qint64 sustainedMs = 0;
    QDateTime since; // when that run began
    QString reason;  // "n8n DOWN for 12 min from 10:05 UTC", "all services UP or briefly off (< 5 min)"
    QString error;   // the history could not be read
};
Q_DECLARE_METATYPE(HourHealth)

// Reads each service's results of [from, to) (and the last one before) from the history. Runs
// wherever the history lives (the probe thread); time after now is not counted.
HourHealth assessHour(const ProbeHistory &history, const QStringList &services, int hour, const QDateTime &from,
                      const QDateTime &to, const QDateTime &now);
