#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// A span of time relative to T0, in seconds ("T-2 hours" starts at -7200).
struct RelativeWindow
{
    qint64 from = 0;
    qint64 to = 0;
    bool open = false; // no end ("Ongoing", "Weekly" with nothing to bound it)

    bool operator==(const RelativeWindow &o) const { return from == o.from && to == o.to && open == o.open; }
};

// Work that comes back: every 15 minutes, hourly, daily, weekly, monthly (a month is 30 days).
struct Recurrence
{
    enum class Unit {
        Minute,
        Hour,
        Day,
        Week,
        Month
    };
    Unit unit = Unit::Hour;
    int count = 1; // every `count` units

    qint64 every() const; // seconds between rounds
    // How one round is called: "Round" for minutes, else "Hour", "Day", "Week", "Month".
    QString roundName() const;
};

// What one text (a heading, a group label, a paragraph or a title) says about time.
struct TimeReading
{
    std::optional<RelativeWindow> window;
    std::optional<Recurrence> recurrence;
    bool ongoing = false; // "Ongoing": recurring work with no end
    bool report = false;  // "report", "document": a round is written once its period is over
    int lastHour = 0;     // "Hour 3-6" names hours up to 6
    // "Hour 3-6", "Day 2", "Week 1": which rounds of hourly (daily, weekly) work the text is about.
    int ordinalFirst = 0;
    int ordinalLast = 0;
    QString ordinalUnit;      // "hour", "day", "week"
    bool conditional = false; // "(If Issues Occur)": done when it happens, never due
    QStringList words;        // the words read, as written, to show the reading

    bool isEmpty() const { return !window && !recurrence && !ongoing && lastHour == 0; }
};

// Reads the time words of a text:
//   points   T-7 days, T-2 hours, T-15 minutes, T-0, T+2 hours, T+1h, T+24 Hours, After 2 hours
//   ranges   T+0 to T+24 hours, T+3h to T+6h, First 24 Hours, First 6 hours, First 30 Days,
//            First Week, First Month, Hour 3-6, Day 2, Week 1
//   rounds   Every 15 minutes, every hour, Hourly, Daily, Weekly, Monthly (and Ongoing)
// A point before T0 is due from its time until T0 (the work must be done before the launch); a
// point at or after T0 is due from its time for an hour, or for a day when it is a day or more
// after T0. A bare number ("T+24") is in hours unless the other end of its range names a unit.
// A heading that says "if" ("Incident Response (If Issues Occur)") is conditional: not due.
// With onlyPoints, only explicit T± words and "After N hours" count: a step's text such as
// "Daily backup schedule defined" describes a policy, not a recurring task.
TimeReading readTimeWords(const QString &text, bool onlyPoints = false);

// Times shown to people, in the user's locale (QLocale()), in local time. In the C locale (tests,
// scripts) they keep the fixed forms "2026-11-26 14:03:05" and "14:03".
QString shownDateTime(const QDateTime &t); // "26.11.26 14:03:05" in German
QString shownTime(const QDateTime &t);     // "14:03"
