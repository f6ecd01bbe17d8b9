#include "models/timeline/TimingDesk.h"

#include "models/session/LaunchRecord.h"
#include "models/timeline/Clock.h"

TimingDesk::TimingDesk(LaunchRecord &session, const Clock &clock) : m_session(session), m_clock(clock) {}

QDateTime TimingDesk::proposedPlan() const
{
    if (const QDateTime planned = m_session.timing().planned(); planned.isValid())
        return planned;
    const QDateTime now = m_clock.now();
    const QTime t = now.time();
    return now.addSecs(3600 - t.minute() * 60 - t.second()); // the next full hour
}

Status TimingDesk::plan(const QDateTime &t0)
{
    return m_session.recordOne(LaunchTiming::planned(t0));
}

Status TimingDesk::record(const QDateTime &t0)
{
    return m_session.recordOne(LaunchTiming::recorded(t0));
}
