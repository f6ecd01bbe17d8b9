#pragma once

#include <QDateTime>
#include <QSize>
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

// What a chart shows in the room it has, so that its axes stay readable in a short or narrow dock
// instead of collapsing to "…": value ticks at least two label heights apart, no title when short
// (the range picker names the range), the legend beside the plot when short and wide enough, and
// category labels shortened when they do not fit under their bars.
struct ChartFit
{
    static constexpr int kMaxTicks = 5;
    int valueTicks = kMaxTicks; // 2 to kMaxTicks
    bool title = true;
    bool legendBeside = false;
    bool shortCategories = false;
};
// How many ticks fit along an axis this long for labels this long, two labels apart: 2 to kMaxTicks.
int fittingTickCount(double axisLength, int labelLength);
// view: the chart view's size; plot: the plot area as the chart laid it out (empty: estimated
// from view); labelHeight: the axis labels' line height; categoryLabelWidth: the widest one.
ChartFit fitChart(const QSize &view, const QSizeF &plot, int labelHeight, int categories = 0,
                  int categoryLabelWidth = 0);

// A value axis from 0 that labels whole numbers only, no label twice: steps of 1, 2 or 5 × 10ⁿ,
// at most maxTicks ticks, the top a multiple of the step at or above max.
struct WholeNumberAxis
{
    qint64 top = 1;
    int ticks = 2;
};
WholeNumberAxis wholeNumberAxis(double max, int maxTicks);
