#pragma once

#include <QDateTime>

// Where "now" comes from. Everything time-dependent (the timeline, incident timers, collector
// windows) asks a Clock, so that tests move time by hand instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // The wall clock, shared by the whole application.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const Clock &instance() { return Clock::system(); }
};

// A clock that stands still until told otherwise.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC))
        : m_now(start.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceSecs(qint64 seconds) { advance(seconds); }
    void advanceMins(qint64 minutes) { advance(minutes * 60); }

private:
    QDateTime m_now;
};
