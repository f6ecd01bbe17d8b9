#pragma once

#include <QString>

#include <optional>

// A limit a checklist line states in words: "< 14.4 minutes total", "< 5 seconds", "< 1 second
// (p95)", "99% uptime minimum". The comparison, the number and the unit are read generically;
// which figure the limit is compared with is the rule table's business (CriteriaRules).
struct Threshold
{
    enum class Op {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
    };
    enum class Unit {
        Percent,
        Milliseconds,
        Seconds,
        Minutes,
        Hours,
    };

    Op op = Op::Less;
    double value = 0;
    Unit unit = Unit::Seconds;

    // The first limit in text, or none. Comparisons: < <= ≤ > >= ≥, "under", "below", "less than",
    // "at most", "more than", "over", "above", "at least", and "minimum" / "maximum" after the
    // number. Without one, a percentage is a minimum and a duration a maximum.
    static std::optional<Threshold> parse(const QString &text);

    bool isDuration() const { return unit != Unit::Percent; }
    // The value in the unit's base: seconds for durations, percent for percentages.
    double baseValue() const;
    // Whether a figure (in the same base) keeps to the limit.
    bool holds(double baseFigure) const;
    // For people: "< 14.4 min", "≥ 99 %", "< 1 s".
    QString display() const;      // "< 14.4 min", as stored
    QString shownDisplay() const; // the same with the desk's numbers: "< 14,4 min"

    static double secondsPer(Unit unit);
    static QString unitSymbol(Unit unit);
    static QString opSymbol(Op op);
};
