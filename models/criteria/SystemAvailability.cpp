#include "models/criteria/SystemAvailability.h"

#include "models/monitoring/ProbeHistory.h"

#include <algorithm>

namespace {

struct Interval
{
    qint64 from;
    qint64 to;
};

// Sorted, non-overlapping.
QVector<Interval> merged(QVector<Interval> list)
{
    std::sort(list.begin(), list.end(), [](const Interval &a, const Interval &b) { return a.from < b.from; });
    QVector<Interval> out;
    for (const Interval &i : std::as_const(list)) {
        if (i.from >= i.to)
            continue;
        if (!out.isEmpty() && i.from <= out.last().to)
            out.last().to = std::max(out.last().to, i.to);
        else
            out.append(i);
    }
    return out;
}

// a minus b; both merged.
QVector<Interval> minus(const QVector<Interval> &a, const QVector<Interval> &b)
{
    QVector<Interval> out;
    for (Interval i : a) {
        for (const Interval &cut : b) {
            if (cut.to <= i.from || cut.from >= i.to)
                continue;
            if (cut.from > i.from)
                out.append({i.from, cut.from});
            i.from = std::max(i.from, cut.to);
            if (i.from >= i.to)
                break;
        }
        if (i.from < i.to)
            out.append(i);
    }
    return out;
}

QVector<Interval> intersect(const QVector<Interval> &a, const QVector<Interval> &b)
{
    QVector<Interval> out;
    for (const Interval &x : a) {
        for (const Interval &y : b) {
            const qint64 lo = std::max(x.from, y.from);
            const qint64 hi = std::min(x.to, y.to);
            if (lo < hi)
                out.append({lo, hi});
        }
    }
    return merged(out);
}

qint64 length(const QVector<Interval> &list)
{
    qint64 sum = 0;
    for (const Interval &i : list)
        sum += i.to - i.from;
    return sum;
}

QVector<Interval> maintenanceOf(const QString &service, const QVector<MaintenanceWindow> &windows, qint64 lo, qint64 hi)
{
    QVector<Interval> out;
    for (const MaintenanceWindow &w : windows) {
        if (w.service.isEmpty() || w.service == service)
            out.append({std::max(lo, w.from.toMSecsSinceEpoch()), std::min(hi, w.to.toMSecsSinceEpoch())});
    }
    return merged(out);
}

} // namespace

double SystemAvailability::uptimePercent() const
{
    if (monitoredMs <= 0)
        return -1;
    return 100.0 * double(monitoredMs - downMs) / double(monitoredMs);
}

SystemAvailability systemAvailability(const QHash<QString, QVector<StateSpan>> &spansByService,
                                      const QVector<MaintenanceWindow> &maintenance, const QDateTime &from,
                                      const QDateTime &to, const QDateTime &now)
{
    SystemAvailability a;
    a.from = from;
    a.to = to;
    a.until = std::min(to, now);
    a.services = int(spansByService.size());
    const qint64 lo = from.toMSecsSinceEpoch();
    const qint64 hi = a.until.toMSecsSinceEpoch();
    if (hi <= lo)
        return a;
    QVector<Interval> down;
    QVector<Interval> monitored;
    QVector<Interval> everyoneInMaintenance{{lo, hi}};
    for (auto it = spansByService.constBegin(); it != spansByService.constEnd(); ++it) {
        QVector<Interval> ownDown;
        QVector<Interval> ownMonitored;
        for (const StateSpan &s : it.value()) {
            const Interval i{std::max(lo, s.fromMs), std::min(hi, s.toMs)};
            if (s.state == ServiceState::Down)
                ownDown.append(i);
            if (s.state != ServiceState::Unknown)
                ownMonitored.append(i);
        }
        const QVector<Interval> off = maintenanceOf(it.key(), maintenance, lo, hi);
        everyoneInMaintenance = intersect(everyoneInMaintenance, off);
        down += minus(merged(ownDown), off);
        monitored += minus(merged(ownMonitored), off);
    }
    if (spansByService.isEmpty())
        everyoneInMaintenance = maintenanceOf(QString(), maintenance, lo, hi);
    a.downMs = length(merged(down));
    a.monitoredMs = length(merged(monitored));
    a.maintenanceMs = length(everyoneInMaintenance);
    return a;
}

SystemAvailability readSystemAvailability(const ProbeHistory &history, const QStringList &services,
                                          const QVector<MaintenanceWindow> &maintenance, const QDateTime &from,
                                          const QDateTime &to, const QDateTime &now)
{
    QHash<QString, QVector<StateSpan>> spans;
    for (const QString &service : services) {
        auto read = history.stateSpans(service, from, to, now);
        if (!read) {
            SystemAvailability failed;
            failed.from = from;
            failed.to = to;
            failed.until = std::min(to, now);
            failed.error = read.error().message;
            return failed;
        }
        spans.insert(service, read.value());
    }
    return systemAvailability(spans, maintenance, from, to, now);
}
