// ProbeHistory's public operations in the project's error convention (Result / Status), over
// the implementations that build their messages as they go.
#include "models/monitoring/ProbeHistory.h"

namespace {

// Whatever failed in the history file: the message names the file and what was done.
Error historyError(const QString &message)
{
    return Error::make(Error::Code::Io, message);
}

template<class T>
Result<T> resultOf(T value, const QString &error)
{
    if (!error.isEmpty())
        return historyError(error);
    return value;
}

Status statusOf(bool ok, const QString &error)
{
    return ok ? Status() : Status(historyError(error));
}

} // namespace

Result<std::unique_ptr<ProbeHistory>> ProbeHistory::open(const QString &path)
{
    QString error;
    std::unique_ptr<ProbeHistory> history = openImpl(path, &error);
    if (!history)
        return historyError(error);
    return history;
}

Status ProbeHistory::record(const QVector<ProbeResult> &results, const QHash<QString, int> &intervalMsByService)
{
    QString error;
    const bool ok = recordImpl(results, intervalMsByService, &error);
    return statusOf(ok, error);
}

Result<qint64> ProbeHistory::addMaintenance(const QString &service, const QDateTime &from, const QDateTime &to,
                                            const QString &note)
{
    QString error;
    const qint64 id = addMaintenanceImpl(service, from, to, note, &error);
    if (id < 0)
        return historyError(error);
    return id;
}

Status ProbeHistory::removeMaintenance(qint64 id)
{
    QString error;
    const bool ok = removeMaintenanceImpl(id, &error);
    return statusOf(ok, error);
}

Result<QVector<MaintenanceWindow>> ProbeHistory::maintenanceWindows() const
{
    QString error;
    auto windows = maintenanceWindowsImpl(&error);
    return resultOf(std::move(windows), error);
}

Result<UptimeReport> ProbeHistory::uptime(const QString &service, const QDateTime &from, const QDateTime &to,
                                          const QDateTime &now) const
{
    QString error;
    const UptimeReport report = uptimeImpl(service, from, to, now, &error);
    return resultOf(report, error);
}

Result<QVector<LatencyPoint>> ProbeHistory::latencySeries(const QString &service, const QDateTime &from,
                                                          const QDateTime &to, int maxPoints) const
{
    QString error;
    auto points = latencySeriesImpl(service, from, to, maxPoints, &error);
    return resultOf(std::move(points), error);
}

Result<QVector<StateChange>> ProbeHistory::stateChanges(const QString &service, const QDateTime &from,
                                                        const QDateTime &to) const
{
    QString error;
    auto changes = stateChangesImpl(service, from, to, &error);
    return resultOf(std::move(changes), error);
}

Result<QVector<StateSpan>> ProbeHistory::stateSpans(const QString &service, const QDateTime &from, const QDateTime &to,
                                                    const QDateTime &now) const
{
    QString error;
    auto spans = stateSpansImpl(service, from, to, now, &error);
    return resultOf(std::move(spans), error);
}

Result<QVector<ProbeResult>> ProbeHistory::results(const QString &service, const QDateTime &from,
                                                   const QDateTime &to) const
{
    QString error;
    auto found = resultsImpl(service, from, to, &error);
    return resultOf(std::move(found), error);
}

Result<std::optional<ProbeResult>> ProbeHistory::latest(const QString &service) const
{
    QString error;
    auto found = latestImpl(service, &error);
    return resultOf(std::move(found), error);
}

Result<QStringList> ProbeHistory::services() const
{
    QString error;
    auto names = servicesImpl(&error);
    return resultOf(std::move(names), error);
}

Status ProbeHistory::prune(const QDateTime &rawOlderThan)
{
    QString error;
    const bool ok = pruneImpl(rawOlderThan, &error);
    return statusOf(ok, error);
}
