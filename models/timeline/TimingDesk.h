#pragma once

#include "models/core/Error.h"

#include <QDateTime>

class LaunchRecord;
class Clock;

// The launch's timing use cases: planning T0 ahead and recording it when the go-live happens,
// appended to the open record for the session's actor. The window's Launch menu and the command
// line ask here; neither builds the events.
class TimingDesk
{
public:
    TimingDesk(LaunchRecord &session, const Clock &clock);

    // What planning T0 starts from: the plan already recorded, else the next full hour.
    QDateTime proposedPlan() const;
    // Refused for a time that is not one (LaunchTiming::planned()).
    Status plan(const QDateTime &t0);
    // A correction is a new event; the last one counts.
    Status record(const QDateTime &t0);

private:
    LaunchRecord &m_session;
    const Clock &m_clock;
};
