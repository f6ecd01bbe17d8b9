#pragma once

#include <QDateTime>

// Where the incident desk reads the time: the system clock in the application, a clock the
// test moves by hand in the tests, so timers are checked without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceMins(qint64 mins) { m_now = m_now.addSecs(mins * 60); }

private:
    QDateTime m_now;
};
