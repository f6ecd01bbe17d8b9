#include "ChartRange.h"

#include <QCoreApplication>

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
