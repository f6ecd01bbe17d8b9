#pragma once
// What the benchmarks that run a service catalogue share: their command-line options, the
// catalogue they are given, and percentiles.

#include "models/monitoring/ServiceCatalogue.h"

#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <algorithm>
#include <optional>

namespace LagSupport {

inline QString option(const QStringList &args, const char *name, const QString &fallback = {})
{
    const int i = int(args.indexOf(QLatin1String(name)));
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

template<typename T>
T percentile(QVector<T> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(qMin(int(double(v.size()) * p), int(v.size()) - 1));
}

// The services of the catalogue at path, or nothing (the reason said on stderr).
inline std::optional<QVector<ServiceDefinition>> loadServices(const QString &path)
{
    auto loaded = ServiceCatalogue::load(path);
    if (!loaded) {
        QTextStream(stderr) << loaded.error().message << '\n';
        return std::nullopt;
    }
    return loaded.value();
}

} // namespace LagSupport
