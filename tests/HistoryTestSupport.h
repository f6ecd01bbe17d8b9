#pragma once
// The probe-history tests' shorthand over the Result/Status API: a value (or its type's empty
// value) with the error message kept, and a Status as a bool.

#include "models/monitoring/ProbeHistory.h"

namespace HistoryTest {

template<class T>
T valueOr(Result<T> result, QString *error, T fallback = T())
{
    if (error)
        *error = result ? QString() : result.error().message;
    return result ? std::move(result.value()) : fallback;
}

inline bool succeeded(const Status &status, QString *error)
{
    if (error)
        *error = status.message();
    return status.ok();
}

inline std::unique_ptr<ProbeHistory> openHistoryOr(const QString &path, QString *error)
{
    auto opened = ProbeHistory::open(path);
    if (error)
        *error = opened ? QString() : opened.error().message;
    return opened ? std::move(opened.value()) : nullptr;
}

} // namespace HistoryTest
