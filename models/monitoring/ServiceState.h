#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What a service tile says. Never shown by colour alone: name() is the word beside it.
enum class ServiceState {
    Unknown, // not probed yet, or its configuration is wrong
    Up,
    Degraded, // answers correctly but a degraded condition failed (e.g. slow)
    Pending,  // failed, retries left before DOWN is confirmed
    Down,
};

QString serviceStateName(ServiceState state); // "UP", "DEGRADED", ...: stored, never translated
QString serviceStateWord(ServiceState state); // the same as shown to people, in the desk's language
ServiceState serviceStateFromName(const QString &name);

// The changes people are told of and the launch record keeps: DOWN confirmed, and the return
// from DOWN (or from the retries that would have led to it). PENDING and DEGRADED are for tiles.
enum class ConfirmedChange {
    None,
    WentDown,
    CameBack
};
ConfirmedChange confirmedChange(ServiceState from, ServiceState to);

// One finished check of one service, as stored in the history.
struct ProbeResult
{
    QString service; // the service's name, unique in the catalogue
    QDateTime time;  // UTC, when the check finished
    ServiceState state = ServiceState::Unknown;
    int latencyMs = -1; // -1 when there was no answer
    QString reason;     // one line a person understands: "HTTP 503 in 120 ms: {...}"
};

Q_DECLARE_METATYPE(ServiceState)
Q_DECLARE_METATYPE(ProbeResult)
