#include "models/reports/ChartRange.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

QString chartRangeLabel(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour: return QCoreApplication::translate("ChartRange", "Last hour");
    case ChartRange::Day: return QCoreApplication::translate("ChartRange", "Last 24 hours");
    case ChartRange::SinceT0: return QCoreApplication::translate("ChartRange", "Since T0");
    case ChartRange::Week: return QCoreApplication::translate("ChartRange", "Last 7 days");
    }
    return {};
}

bool chartRangeAvailable(ChartRange range, const QDateTime &t0, const QDateTime &now)
{
    return range != ChartRange::SinceT0 || (t0.isValid() && t0 < now);
}

ChartSpan chartSpan(ChartRange range, const QDateTime &now, const QDateTime &t0)
{
    switch (range) {
    case ChartRange::LastHour: return {now.addSecs(-3600), now};
    case ChartRange::Day: return {now.addDays(-1), now};
    case ChartRange::SinceT0:
        if (chartRangeAvailable(range, t0, now))
            return {t0, now};
        break;
    case ChartRange::Week: break;
    }
    return {now.addDays(-7), now};
}

ChartRange openingRange(const QVector<QDateTime> &dataTimes, const QDateTime &now, const QDateTime &t0)
{
    const bool hasT0 = chartRangeAvailable(ChartRange::SinceT0, t0, now);
    if (dataTimes.isEmpty())
        return hasT0 ? ChartRange::SinceT0 : ChartRange::Day;
    // Narrowest first; since T0 sits where its length puts it.
    QVector<ChartRange> order{ChartRange::LastHour, ChartRange::Day, ChartRange::Week};
    if (hasT0) {
        const qint64 sinceT0 = t0.secsTo(now);
        order.insert(sinceT0 <= 3600                    ? 0
                         : sinceT0 <= 86400             ? 1
                         : sinceT0 <= qint64{7} * 86400 ? 2
                                                        : 3,
                     ChartRange::SinceT0);
    }
    for (ChartRange r : order) {
        const ChartSpan span = chartSpan(r, now, t0);
        if (std::all_of(dataTimes.begin(), dataTimes.end(), [&](const QDateTime &t) { return span.contains(t); }))
            return r;
    }
    return ChartRange::Week;
}

int fittingTickCount(double axisLength, int labelLength)
{
    return std::clamp(int(axisLength / (2 * std::max(1, labelLength))) + 1, 2, ChartFit::kMaxTicks);
}

ChartFit fitChart(const QSize &view, const QSizeF &plot, int labelHeight, int categories, int categoryLabelWidth)
{
    ChartFit fit;
    const int line = std::max(1, labelHeight);
    // Title, legend, category labels and margins take some 10 lines; a plot of 6 lines is the least
    // worth keeping them for.
    const bool isShort = view.height() < 16 * line;
    fit.title = !isShort;
    fit.legendBeside = isShort && view.width() >= 40 * line;
    double plotHeight = plot.height();
    double plotWidth = plot.width();
    if (plot.isEmpty()) {
        // Not laid out yet: the view less what stands around the plot.
        plotHeight = view.height() - line * ((fit.title ? 2 : 0) + (fit.legendBeside ? 0 : 2) + 5);
        plotWidth = view.width() - line * (fit.legendBeside ? 14 : 6);
    }
    fit.valueTicks = fittingTickCount(plotHeight, line);
    fit.shortCategories = categories > 0 && plotWidth / categories < categoryLabelWidth + line;
    return fit;
}

WholeNumberAxis wholeNumberAxis(double max, int maxTicks)
{
    const int ticks = std::max(2, maxTicks);
    const double wanted = std::max(1.0, std::ceil(max));
    for (qint64 magnitude = 1; magnitude <= qint64{1000000000000000}; magnitude *= 10) {
        for (const int factor : {1, 2, 5}) {
            const qint64 step = factor * magnitude;
            const qint64 steps = std::max<qint64>(1, qint64(std::ceil(wanted / double(step))));
            if (steps + 1 <= ticks)
                return {step * steps, int(steps + 1)};
        }
    }
    return {qint64(wanted), 2};
}
