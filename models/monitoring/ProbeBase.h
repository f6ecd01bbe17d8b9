#pragma once

#include "models/monitoring/ProbeOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// What every probe shares: the deadline, the clock its response time is read from, and the one
// finish (a late socket error after the deadline, or a deadline after the answer, finishes nothing).
// A probe says what it saw and why it failed; the base times it and hands the outcome on once.
class ProbeBase : public QObject
{
    Q_OBJECT

public:
    ~ProbeBase() override = default;

signals:
    void finished(const ProbeOutcome &outcome);

protected:
    explicit ProbeBase(QObject *parent);

    // Starts the clock and the deadline; deadlinePassed() runs if the probe has not finished by then.
    void startClock(int timeoutMs);
    int timeoutMs() const { return m_timeoutMs; }
    int elapsedMs() const { return int(m_clock.elapsed()); }
    bool isDone() const { return m_done; }

    // Hands the outcome on, the first time only: the deadline stops, a response time the probe
    // did not measure itself is the time since start, and the probe lets go of its connection
    // (releaseConnection) before anyone hears of the result.
    void finish(ProbeOutcome outcome);

    virtual void deadlinePassed() = 0;
    virtual void releaseConnection() {}

private:
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_timeoutMs = 0;
    bool m_done = false;
};
