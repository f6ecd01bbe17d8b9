#pragma once
// The wall clock in microseconds since the epoch: what a writer process and the listening desk
// both read, so a commit in one process and its display in another compare on one machine.

#include <QtGlobal>

#include <chrono>

inline qint64 wallClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}
