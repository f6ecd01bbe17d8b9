#pragma once

#include <QDateTime>
#include <QVector>

// The spans a chart can show: the last hour, the last 24 hours, since T0, the last 7 days.
enum class ChartRange {
    LastHour,
    Day,
    SinceT0,
    Week
};

struct ChartSpan
{
    QDateTime from; // UTC
    QDateTime to;
    bool contains(const QDateTime &t) const { return t >= from && t <= to; }
};

QString chartRangeLabel(ChartRange range);
// The span of a range at now; SinceT0 without T0 (or T0 in the future) is not available.
bool chartRangeAvailable(ChartRange range, const QDateTime &t0, const QDateTime &now);
ChartSpan chartSpan(ChartRange range, const QDateTime &now, const QDateTime &t0);
// The range a chart opens on: the narrowest available one that holds every data point, so that
// a few minutes of data fill the chart instead of a pixel column at the edge of a week. Without
// data: since T0 when there is one, else the last 24 hours.
ChartRange openingRange(const QVector<QDateTime> &dataTimes, const QDateTime &now, const QDateTime &t0);
