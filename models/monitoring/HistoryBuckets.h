#pragma once
// Internal to ProbeHistory: bucket arithmetic and the state codes stored in the file.

#include "models/monitoring/ProbeReason.h"
#include "models/monitoring/ServiceState.h"

#include <QSqlQuery>
#include <QVariant>
#include <QtGlobal>

namespace HistoryBuckets {

enum Level {
    Minute = 0,
    Hour = 1,
    Day = 2
};
constexpr int kLevels = 3;
constexpr qint64 kLevelMs[kLevels] = {60'000, 3'600'000, 86'400'000};
// The levels kept in the rollups table. Minutes (schema 1 and 2 kept them too) are made from the
// raw results, which are kept just as long; the state runs answer uptime below an hour.
constexpr Level kRollupLevels[] = {Hour, Day};

// Floor for negative times too (before 1970 is unlikely, but must not break the maths).
inline qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 r = t % step;
    return r < 0 ? t - r - step : t - r;
}

inline qint64 ceilTo(qint64 t, qint64 step)
{
    const qint64 f = floorTo(t, step);
    return f == t ? t : f + step;
}

// Stored codes, fixed forever; they also rank severity (higher is worse).
constexpr int kStates = 5;
enum Code {
    UnknownCode = 0,
    UpCode = 1,
    DegradedCode = 2,
    PendingCode = 3,
    DownCode = 4
};

inline int stateCode(ServiceState s)
{
    switch (s) {
    case ServiceState::Unknown: return UnknownCode;
    case ServiceState::Up: return UpCode;
    case ServiceState::Degraded: return DegradedCode;
    case ServiceState::Pending: return PendingCode;
    case ServiceState::Down: return DownCode;
    }
    return UnknownCode;
}

inline ServiceState stateFromCode(int code)
{
    switch (code) {
    case UpCode: return ServiceState::Up;
    case DegradedCode: return ServiceState::Degraded;
    case PendingCode: return ServiceState::Pending;
    case DownCode: return ServiceState::Down;
    default: return ServiceState::Unknown;
    }
}

// A raw result into the results table (record(), and the conversion of schema-2 files): the
// reason as a code and its number when they make the same words again, else the words.
inline QString insertResultSql()
{
    return QStringLiteral("INSERT INTO results (service_id, t_ms, state, latency_ms, reason_code, reason_number,"
                          " reason_text) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

inline void bindResult(QSqlQuery &insert, qint64 serviceId, qint64 t, int state, int latencyMs, const QString &reason)
{
    const StoredReason stored = StoredReason::of(reason, latencyMs);
    const QVariantList values = {serviceId,
                                 t,
                                 state,
                                 latencyMs,
                                 int(stored.code),
                                 StoredReason::hasNumber(stored.code) ? QVariant(stored.number) : QVariant(),
                                 stored.code == ReasonCode::Text
                                     ? QVariant(stored.text.isNull() ? QString(QLatin1String("")) : stored.text)
                                     : QVariant()};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
}

} // namespace HistoryBuckets
