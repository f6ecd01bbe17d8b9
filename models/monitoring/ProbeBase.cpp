#include "models/monitoring/ProbeBase.h"

ProbeBase::ProbeBase(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: "no answer within 50 ms" must mean 50 ms passed.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_done)
            deadlinePassed();
    });
}

void ProbeBase::startClock(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_clock.start();
    m_deadline.start(timeoutMs);
}

void ProbeBase::finish(ProbeOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (outcome.observation.responseTimeMs < 0)
        outcome.observation.responseTimeMs = elapsedMs();
    releaseConnection();
    emit finished(outcome);
}
