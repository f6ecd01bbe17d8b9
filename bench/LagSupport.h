#pragma once
// What the event-loop lag benchmarks share: their command-line options and percentiles.

#include <QStringList>
#include <QVector>

#include <algorithm>

namespace LagSupport {

inline QString option(const QStringList &args, const char *name, const QString &fallback = {})
{
    const int i = int(args.indexOf(QLatin1String(name)));
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

inline double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(qMin(int(double(v.size()) * p), int(v.size()) - 1));
}

} // namespace LagSupport
