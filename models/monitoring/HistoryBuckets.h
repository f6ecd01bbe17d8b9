#pragma once
// Internal to ProbeHistory: bucket arithmetic and the state codes stored in the file.

#include "ServiceState.h"

#include <QtGlobal>

namespace HistoryBuckets {

enum Level {
    Minute = 0,
    Hour = 1,
    Day = 2
};
constexpr int kLevels = 3;
constexpr qint64 kLevelMs[kLevels] = {60'000, 3'600'000, 86'400'000};

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

} // namespace HistoryBuckets
