// ProbeHistory's read side: uptime from rollups and state runs, charts, changes, raw results.
#include "models/monitoring/ProbeHistory.h"

#include "models/monitoring/HistoryBuckets.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace HistoryBuckets;

namespace {

struct Span
{
    qint64 from;
    qint64 to;
};

qint64 overlap(qint64 a0, qint64 a1, qint64 b0, qint64 b1)
{
    return std::max<qint64>(0, std::min(a1, b1) - std::max(a0, b0));
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// One raw result as a chart reads it.
struct RawResult
{
    qint64 t;
    int state;
    int latencyMs;
};

QVector<LatencyPoint> rawPoints(const QVector<RawResult> &raw, qint64 begin, qint64 end)
{
    QVector<LatencyPoint> points;
    for (const RawResult &r : raw) {
        if (r.t >= begin && r.t < end)
            points.append({utc(r.t), double(r.latencyMs), r.latencyMs, stateFromCode(r.state), 1});
    }
    return points;
}

// Chart points of `width` ms from `lo` on, each summing the buckets (rollups, or raw results as
// buckets of one) that start in it, in time order.
class BucketPoints
{
public:
    BucketPoints(qint64 lo, qint64 width) : m_lo(lo), m_width(width) {}

    void add(qint64 bucket, int results, qint64 latencies, qint64 latencySum, int latencyMax, int worst)
    {
        const qint64 g = (bucket - m_lo) / m_width; // bucket >= lo: the division floors
        if (g != m_group) {
            close();
            m_group = g;
            m_count = m_sum = 0;
            m_points.append({utc(m_lo + g * m_width), -1, -1, ServiceState::Unknown, 0});
        }
        LatencyPoint &p = m_points.last();
        p.results += results;
        m_count += latencies;
        m_sum += latencySum;
        p.maxLatencyMs = std::max(p.maxLatencyMs, latencyMax);
        p.worst = stateFromCode(std::max(stateCode(p.worst), worst));
    }

    QVector<LatencyPoint> take()
    {
        close();
        return std::move(m_points);
    }

private:
    void close()
    {
        if (m_group >= 0)
            m_points.last().avgLatencyMs = m_count > 0 ? double(m_sum) / double(m_count) : -1.0;
    }

    qint64 m_lo, m_width;
    qint64 m_group = -1, m_count = 0, m_sum = 0;
    QVector<LatencyPoint> m_points;
};

// Sums the finalized coverage of one service over spans: whole days and hours from the rollups,
// the ragged rest (less than an hour at each end) from the state runs. The few queries are
// prepared once.
class CoverageSum
{
public:
    CoverageSum(const QSqlDatabase &db, qint64 serviceId) : m_rollups(db), m_runs(db), m_id(serviceId)
    {
        m_rollups.setForwardOnly(true);
        m_runs.setForwardOnly(true);
        m_rollups.prepare(QStringLiteral("SELECT SUM(unknown_ms), SUM(up_ms), SUM(degraded_ms), SUM(pending_ms),"
                                         " SUM(down_ms) FROM rollups WHERE level = ? AND service_id = ?"
                                         " AND bucket_ms >= ? AND bucket_ms < ?"));
        // Runs do not overlap, so only the last one starting at or before `from` can reach into the span.
        m_runs.prepare(QStringLiteral("SELECT start_ms, end_ms, state FROM runs WHERE service_id = ? AND start_ms < ?"
                                      " AND start_ms >= COALESCE((SELECT MAX(start_ms) FROM runs"
                                      " WHERE service_id = ? AND start_ms <= ?), ?)"));
    }

    bool add(qint64 from, qint64 to) { return add(from, to, Day); }
    const qint64 *ms() const { return m_ms; }
    QSqlError lastError() const { return m_error; }

private:
    bool add(qint64 from, qint64 to, int level)
    {
        if (from >= to)
            return true;
        if (level < Hour)
            return addRuns(from, to);
        const qint64 step = kLevelMs[level];
        const qint64 lo = ceilTo(from, step);
        const qint64 hi = floorTo(to, step);
        if (lo >= hi)
            return add(from, to, level - 1);
        return addRollups(level, lo, hi) && add(from, lo, level - 1) && add(hi, to, level - 1);
    }

    bool addRollups(int level, qint64 from, qint64 to)
    {
        const QVariantList values = {level, m_id, from, to};
        for (int i = 0; i < values.size(); ++i)
            m_rollups.bindValue(i, values.at(i));
        if (!m_rollups.exec())
            return failed(m_rollups);
        if (m_rollups.next()) {
            for (int s = 0; s < kStates; ++s)
                m_ms[s] += m_rollups.value(s).toLongLong();
        }
        m_rollups.finish();
        return true;
    }

    bool addRuns(qint64 from, qint64 to)
    {
        const QVariantList values = {m_id, to, m_id, from, from};
        for (int i = 0; i < values.size(); ++i)
            m_runs.bindValue(i, values.at(i));
        if (!m_runs.exec())
            return failed(m_runs);
        while (m_runs.next()) {
            const int state = m_runs.value(2).toInt();
            if (state >= 0 && state < kStates)
                m_ms[state] += overlap(m_runs.value(0).toLongLong(), m_runs.value(1).toLongLong(), from, to);
        }
        m_runs.finish();
        return true;
    }

    bool failed(const QSqlQuery &q)
    {
        m_error = q.lastError();
        return false;
    }

    QSqlQuery m_rollups;
    QSqlQuery m_runs;
    qint64 m_id;
    qint64 m_ms[kStates] = {};
    QSqlError m_error;
};

} // namespace

Result<UptimeReport> ProbeHistory::uptime(const QString &service, const QDateTime &from, const QDateTime &to,
                                          const QDateTime &now) const
{
    UptimeReport report;
    if (!from.isValid() || !to.isValid() || !now.isValid())
        return report;
    const qint64 begin = from.toMSecsSinceEpoch();
    const qint64 end = std::min(to.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    if (end <= begin)
        return report;

    QSqlDatabase database = db();
    database.transaction(); // one snapshot while the worker may be recording
    struct Rollback
    {
        QSqlDatabase &db;
        ~Rollback() { db.rollback(); }
    } rollback{database};

    // Maintenance windows, merged and clipped; the time between them is what counts.
    QSqlQuery q(database);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT from_ms, to_ms FROM maintenance WHERE (service = ? OR service = '')"
                             " AND from_ms < ? AND to_ms > ? ORDER BY from_ms"));
    q.addBindValue(service);
    q.addBindValue(end);
    q.addBindValue(begin);
    if (!q.exec())
        return failure(QCoreApplication::translate("ProbeHistory", "reading the maintenance windows"), q.lastError());
    QVector<Span> counted;
    qint64 cursor = begin;
    while (q.next()) {
        const qint64 a = std::max(q.value(0).toLongLong(), begin);
        const qint64 b = std::min(q.value(1).toLongLong(), end);
        if (a > cursor)
            counted.append({cursor, a});
        if (b > cursor) {
            report.maintenanceMs += b - std::max(a, cursor);
            cursor = b;
        }
    }
    if (cursor < end)
        counted.append({cursor, end});

    qint64 ms[kStates] = {};
    const Result<qint64> found = serviceId(service);
    if (!found)
        return found.error();
    if (const qint64 id = found.value(); id > 0) {
        CoverageSum sum(database, id);
        for (const Span &s : std::as_const(counted)) {
            if (!sum.add(s.from, s.to))
                return failure(QCoreApplication::translate("ProbeHistory", "reading the uptime of %1").arg(service),
                               sum.lastError());
        }
        std::copy(sum.ms(), sum.ms() + kStates, ms);
        // The last result's coverage is still open: it is in no rollup yet.
        q.prepare(QStringLiteral("SELECT last_ms, last_state, last_interval_ms FROM services"
                                 " WHERE id = ? AND last_ms IS NOT NULL"));
        q.addBindValue(id);
        if (!q.exec())
            return failure(QCoreApplication::translate("ProbeHistory", "reading the uptime of %1").arg(service),
                           q.lastError());
        if (q.next()) {
            const qint64 t = q.value(0).toLongLong();
            const int state = q.value(1).toInt();
            const qint64 coverEnd = t + 2 * q.value(2).toLongLong();
            for (const Span &s : std::as_const(counted)) {
                if (state >= 0 && state < kStates)
                    ms[state] += overlap(t, coverEnd, s.from, s.to);
            }
        }
    }
    report.upMs = ms[UpCode];
    report.degradedMs = ms[DegradedCode];
    report.pendingMs = ms[PendingCode];
    report.downMs = ms[DownCode];
    report.unmonitoredMs = (end - begin) - report.maintenanceMs - report.monitoredMs();
    return report;
}

Result<QVector<StateSpan>> ProbeHistory::stateSpans(const QString &service, const QDateTime &from, const QDateTime &to,
                                                    const QDateTime &now) const
{
    QVector<StateSpan> spans;
    if (!from.isValid() || !to.isValid() || !now.isValid())
        return spans;
    const qint64 begin = from.toMSecsSinceEpoch();
    const qint64 end = std::min(to.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    const Result<qint64> found = end > begin ? serviceId(service) : Result<qint64>(qint64{0});
    if (!found)
        return found.error();
    const qint64 id = found.value();
    if (id <= 0)
        return spans;
    QSqlDatabase database = db();
    database.transaction(); // the runs and the open last result from one snapshot
    QSqlQuery q(database);
    q.setForwardOnly(true);
    auto fail = [&](const QSqlQuery &query) {
        const Error error = failure(QStringLiteral("reading the states of %1").arg(service), query.lastError());
        database.rollback();
        return error;
    };
    auto add = [&](qint64 a, qint64 b, int code) {
        a = std::max(a, begin);
        b = std::min(b, end);
        if (a < b)
            spans.append({a, b, stateFromCode(code)});
    };
    q.prepare(QStringLiteral("SELECT start_ms, end_ms, state FROM runs WHERE service_id = ? AND start_ms < ?"
                             " AND end_ms > ? ORDER BY start_ms"));
    q.addBindValue(id);
    q.addBindValue(end);
    q.addBindValue(begin);
    if (!q.exec())
        return fail(q);
    while (q.next())
        add(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt());
    // The last result's coverage is still open: it is in no run yet.
    q.prepare(QStringLiteral("SELECT last_ms, last_state, last_interval_ms FROM services"
                             " WHERE id = ? AND last_ms IS NOT NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q);
    if (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        add(t, t + 2 * q.value(2).toLongLong(), q.value(1).toInt());
    }
    database.rollback();
    return spans;
}

Result<QVector<LatencyPoint>> ProbeHistory::latencySeries(const QString &service, const QDateTime &from,
                                                          const QDateTime &to, int maxPoints) const
{
    QVector<LatencyPoint> points;
    if (maxPoints <= 0 || !from.isValid() || !to.isValid() || from >= to)
        return points;
    const qint64 begin = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    const Result<qint64> found = serviceId(service);
    if (!found)
        return found.error();
    const qint64 id = found.value();
    if (id <= 0)
        return points;
    const qint64 pruned = prunedBefore();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    auto fail = [&](const QSqlQuery &query) -> Result<QVector<LatencyPoint>> {
        return failure(QCoreApplication::translate("ProbeHistory", "reading the latency of %1").arg(service),
                       query.lastError());
    };
    auto run = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec();
    };
    const QString rawSql = QStringLiteral("SELECT t_ms, state, latency_ms FROM results WHERE service_id = ?"
                                          " AND t_ms >= ? AND t_ms < ? ORDER BY t_ms");

    // Raw results when they fit, else minutes summed from them when those fit: one read of the raw
    // results of the whole minutes serves both.
    const qint64 minute = kLevelMs[Minute];
    const qint64 minutesFrom = floorTo(begin, minute), minutesTo = ceilTo(end, minute);
    if (minutesFrom >= pruned && (minutesTo - minutesFrom) / minute <= maxPoints) {
        if (!run(rawSql, {id, minutesFrom, minutesTo}))
            return fail(q);
        QVector<RawResult> raw;
        int inRange = 0;
        while (q.next()) {
            raw.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()});
            inRange += raw.last().t >= begin && raw.last().t < end ? 1 : 0;
        }
        if (q.lastError().isValid())
            return fail(q);
        if (inRange <= maxPoints)
            return rawPoints(raw, begin, end);
        BucketPoints minutes(minutesFrom, minute);
        for (const RawResult &r : std::as_const(raw))
            minutes.add(r.t, 1, r.latencyMs >= 0 ? 1 : 0, std::max(r.latencyMs, 0), r.latencyMs, r.state);
        return minutes.take();
    }
    // Raw results when they fit (the count stops reading at maxPoints + 1).
    if (begin >= pruned) {
        if (!run(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM results WHERE service_id = ? AND t_ms >= ?"
                                " AND t_ms < ? LIMIT ?)"),
                 {id, begin, end, maxPoints + 1})
            || !q.next())
            return fail(q);
        if (q.value(0).toInt() <= maxPoints) {
            if (!run(rawSql, {id, begin, end}))
                return fail(q);
            QVector<RawResult> raw;
            while (q.next())
                raw.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()});
            return q.lastError().isValid() ? fail(q) : rawPoints(raw, begin, end);
        }
    }

    // Hours, else days, merged k at a time when even they do not fit.
    for (int level = Hour; level <= Day; ++level) {
        const qint64 step = kLevelMs[level];
        const qint64 lo = floorTo(begin, step);
        const qint64 hi = ceilTo(end, step);
        const qint64 buckets = (hi - lo) / step;
        if (buckets > maxPoints && level != Day)
            continue;
        const qint64 k = std::max<qint64>(1, (buckets + maxPoints - 1) / maxPoints);
        if (!run(QStringLiteral("SELECT bucket_ms, results, latency_count, latency_sum, latency_max, worst"
                                " FROM rollups WHERE level = ? AND service_id = ? AND bucket_ms >= ?"
                                " AND bucket_ms < ? AND results > 0 ORDER BY bucket_ms"),
                 {level, id, lo, hi}))
            return fail(q);
        BucketPoints merged(lo, step * k);
        while (q.next()) {
            merged.add(q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                       q.value(4).toInt(), q.value(5).toInt());
        }
        return q.lastError().isValid() ? fail(q) : merged.take();
    }
    return points;
}

Result<bool> ProbeHistory::queryRange(QSqlQuery &q, const QString &columnsAndTable, const QString &service,
                                      const QDateTime &from, const QDateTime &to, const QString &what) const
{
    const Result<qint64> found = serviceId(service);
    if (!found)
        return found.error();
    const qint64 id = found.value();
    if (id <= 0 || !from.isValid() || !to.isValid())
        return false;
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 WHERE service_id = ? AND t_ms >= ? AND t_ms < ? ORDER BY t_ms").arg(columnsAndTable));
    q.addBindValue(id);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return failure(QCoreApplication::translate("ProbeHistory", "reading the %1 of %2").arg(what, service),
                       q.lastError());
    return true;
}

Result<QVector<StateChange>> ProbeHistory::stateChanges(const QString &service, const QDateTime &from,
                                                        const QDateTime &to) const
{
    QVector<StateChange> out;
    QSqlQuery q(db());
    const Result<bool> read = queryRange(q, QStringLiteral("t_ms, from_state, to_state, reason FROM changes"), service,
                                         from, to, QCoreApplication::translate("ProbeHistory", "state changes"));
    if (!read)
        return read.error();
    if (!read.value())
        return out;
    while (q.next()) {
        out.append({utc(q.value(0).toLongLong()), stateFromCode(q.value(1).toInt()), stateFromCode(q.value(2).toInt()),
                    q.value(3).toString()});
    }
    return out;
}

Result<QVector<ProbeResult>> ProbeHistory::results(const QString &service, const QDateTime &from,
                                                   const QDateTime &to) const
{
    QVector<ProbeResult> out;
    QSqlQuery q(db());
    const Result<bool> read =
        queryRange(q, QStringLiteral("t_ms, state, latency_ms, reason_code, reason_number, reason_text FROM results"),
                   service, from, to, QCoreApplication::translate("ProbeHistory", "results"));
    if (!read)
        return read.error();
    if (!read.value())
        return out;
    while (q.next()) {
        const int latency = q.value(2).toInt();
        const auto code = ReasonCode(q.value(3).toInt());
        const QString reason = code == ReasonCode::Text ? q.value(5).toString()
            : StoredReason::hasNumber(code)             ? reasonText(code, q.value(4).toInt(), {}, latency)
                                                        : reasonText(code, 0, {}, latency);
        out.append({service, utc(q.value(0).toLongLong()), stateFromCode(q.value(1).toInt()), latency, reason});
    }
    return out;
}

Result<std::optional<ProbeResult>> ProbeHistory::latest(const QString &service) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT last_ms, last_state, last_latency_ms, last_reason FROM services"
                             " WHERE name = ? AND last_ms IS NOT NULL"));
    q.addBindValue(service);
    if (!q.exec())
        return failure(QCoreApplication::translate("ProbeHistory", "reading the latest result of %1").arg(service),
                       q.lastError());
    if (!q.next())
        return std::optional<ProbeResult>();
    return std::optional<ProbeResult>(ProbeResult{service, utc(q.value(0).toLongLong()),
                                                  stateFromCode(q.value(1).toInt()), q.value(2).toInt(),
                                                  q.value(3).toString()});
}

Result<QStringList> ProbeHistory::services() const
{
    QStringList names;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM services WHERE last_ms IS NOT NULL ORDER BY name")))
        return failure(QStringLiteral("reading its services"), q.lastError());
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}
