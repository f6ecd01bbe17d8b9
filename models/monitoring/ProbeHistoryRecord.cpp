// ProbeHistory::record(): raw results, rollups, state runs and changes in one transaction.
#include "models/monitoring/ProbeHistory.h"

#include "models/monitoring/HistoryBuckets.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

using namespace HistoryBuckets;

namespace {

// A service as the batch goes along: its last result (whose coverage is still open) and its
// last state run (which the next coverage may extend).
struct Tail
{
    qint64 id = 0;
    bool hasLast = false;
    qint64 lastMs = 0;
    int lastState = UnknownCode;
    qint64 intervalMs = 0;
    int latencyMs = -1;
    QString reason;

    bool hasRun = false;
    bool runDirty = false;
    qint64 runStart = 0;
    qint64 runEnd = 0;
    int runState = UnknownCode;
};

struct Delta
{
    qint64 ms[kStates] = {};
    qint64 results = 0;
    qint64 latencyCount = 0;
    qint64 latencySum = 0;
    qint64 latencyMax = -1;
    int worst = UnknownCode;
};

// Summed in memory first: a batch of many results touches each hour and day bucket once.
using Deltas = std::map<std::tuple<int, qint64, qint64>, Delta>;

void addCoverage(Deltas &deltas, qint64 id, qint64 start, qint64 end, int state)
{
    for (const int level : kRollupLevels) {
        const qint64 step = kLevelMs[level];
        for (qint64 b = floorTo(start, step); b < end; b += step)
            deltas[{level, id, b}].ms[state] += std::min(end, b + step) - std::max(start, b);
    }
}

// Moves [start, end) from one state to another in every bucket it touches. The time may have
// been summed in earlier transactions: the negative part is added to the stored rollups like
// any other delta.
void reclassify(Deltas &deltas, qint64 id, qint64 start, qint64 end, int from, int to)
{
    for (const int level : kRollupLevels) {
        const qint64 step = kLevelMs[level];
        for (qint64 b = floorTo(start, step); b < end; b += step) {
            const qint64 ms = std::min(end, b + step) - std::max(start, b);
            Delta &d = deltas[{level, id, b}];
            d.ms[from] -= ms;
            d.ms[to] += ms;
        }
    }
}

void addResult(Deltas &deltas, qint64 id, qint64 t, int state, int latencyMs)
{
    for (const int level : kRollupLevels) {
        Delta &d = deltas[{level, id, floorTo(t, kLevelMs[level])}];
        ++d.results;
        if (latencyMs >= 0) {
            ++d.latencyCount;
            d.latencySum += latencyMs;
            d.latencyMax = std::max<qint64>(d.latencyMax, latencyMs);
        }
        d.worst = std::max(d.worst, state);
    }
}

QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

Status ProbeHistory::record(const QVector<ProbeResult> &results, const QHash<QString, int> &intervalMsByService)
{
    if (results.isEmpty())
        return {};
    QSqlDatabase database = db();
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(QCoreApplication::translate("ProbeHistory", "starting to record results"), q.lastError());
    auto rollbackWith = [&](const Error &error) {
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return Status(error);
    };

    QSqlQuery selectService(database), insertService(database), lastRun(database), insertResult(database),
        insertChange(database), writeRun(database);
    selectService.prepare(QStringLiteral("SELECT id, last_ms, last_state, last_interval_ms, last_latency_ms,"
                                         " last_reason FROM services WHERE name = ?"));
    insertService.prepare(QStringLiteral("INSERT INTO services (name) VALUES (?)"));
    lastRun.prepare(QStringLiteral("SELECT start_ms, end_ms, state FROM runs WHERE service_id = ?"
                                   " ORDER BY start_ms DESC LIMIT 1"));
    insertResult.prepare(insertResultSql());
    insertChange.prepare(QStringLiteral("INSERT INTO changes (service_id, t_ms, from_state, to_state, reason)"
                                        " VALUES (?, ?, ?, ?, ?)"));
    writeRun.prepare(QStringLiteral("INSERT OR REPLACE INTO runs (service_id, start_ms, end_ms, state)"
                                    " VALUES (?, ?, ?, ?)"));

    QSqlError loadError;
    auto loadTail = [&](const QString &name, Tail *tail) {
        auto failed = [&](const QSqlQuery &query) {
            loadError = query.lastError();
            return false;
        };
        selectService.bindValue(0, name);
        if (!selectService.exec())
            return failed(selectService);
        if (selectService.next()) {
            tail->id = selectService.value(0).toLongLong();
            tail->hasLast = !selectService.value(1).isNull();
            tail->lastMs = selectService.value(1).toLongLong();
            tail->lastState = selectService.value(2).toInt();
            tail->intervalMs = selectService.value(3).toLongLong();
            tail->latencyMs = selectService.value(4).toInt();
            tail->reason = selectService.value(5).toString();
        } else {
            insertService.bindValue(0, name);
            if (!insertService.exec())
                return failed(insertService);
            tail->id = insertService.lastInsertId().toLongLong();
        }
        selectService.finish();
        lastRun.bindValue(0, tail->id);
        if (!lastRun.exec())
            return failed(lastRun);
        if (lastRun.next()) {
            tail->hasRun = true;
            tail->runStart = lastRun.value(0).toLongLong();
            tail->runEnd = lastRun.value(1).toLongLong();
            tail->runState = lastRun.value(2).toInt();
        }
        lastRun.finish();
        return true;
    };
    auto flushRun = [&](const Tail &tail) {
        const QVariantList values = {tail.id, tail.runStart, tail.runEnd, tail.runState};
        for (int i = 0; i < values.size(); ++i)
            writeRun.bindValue(i, values.at(i));
        return writeRun.exec();
    };

    QHash<QString, Tail> tails;
    Deltas deltas;
    for (const ProbeResult &r : results) {
        if (!r.time.isValid())
            continue;
        auto it = tails.find(r.service);
        if (it == tails.end()) {
            it = tails.insert(r.service, Tail());
            if (!loadTail(r.service, &*it))
                return rollbackWith(failure(
                    QCoreApplication::translate("ProbeHistory", "reading the service %1").arg(r.service), loadError));
        }
        Tail &tail = *it;
        const qint64 t = r.time.toMSecsSinceEpoch();
        if (tail.hasLast && t <= tail.lastMs)
            continue; // older than what we have: ignored, see the header
        qint64 interval = intervalMsByService.value(r.service, 0);
        if (interval <= 0)
            interval = tail.hasLast ? tail.intervalMs : 0;
        if (interval <= 0)
            return rollbackWith(
                Error::make(Error::Code::Invalid,
                            QCoreApplication::translate("ProbeHistory",
                                                        "No probe interval was given for the service %1; "
                                                        "nothing was recorded in %2.")
                                .arg(r.service, m_path)));
        const int state = stateCode(r.state);

        // The previous result's coverage ends now: into the rollups and the state runs.
        if (tail.hasLast) {
            const qint64 end = std::min(t, tail.lastMs + 2 * tail.intervalMs);
            addCoverage(deltas, tail.id, tail.lastMs, end, tail.lastState);
            if (tail.hasRun && tail.runEnd == tail.lastMs && tail.runState == tail.lastState) {
                tail.runEnd = end;
            } else {
                if (tail.runDirty && !flushRun(tail))
                    return rollbackWith(
                        failure(QCoreApplication::translate("ProbeHistory", "recording %1").arg(r.service),
                                writeRun.lastError()));
                tail.hasRun = true;
                tail.runStart = tail.lastMs;
                tail.runEnd = end;
                tail.runState = tail.lastState;
            }
            tail.runDirty = true;
        }
        // DOWN confirms the PENDING run it directly follows: that run was down from its first
        // PENDING on. After a gap (or any other state) the run stays PENDING; see the header.
        if (state == DownCode && tail.hasRun && tail.runState == PendingCode && tail.runEnd == t) {
            reclassify(deltas, tail.id, tail.runStart, tail.runEnd, PendingCode, DownCode);
            tail.runState = DownCode;
            tail.runDirty = true;
        }
        const int previous = tail.hasLast ? tail.lastState : int(UnknownCode);
        if (state != previous) {
            const QVariantList values = {tail.id, t, previous, state, text(r.reason)};
            for (int i = 0; i < values.size(); ++i)
                insertChange.bindValue(i, values.at(i));
            if (!insertChange.exec())
                return rollbackWith(failure(QCoreApplication::translate("ProbeHistory", "recording %1").arg(r.service),
                                            insertChange.lastError()));
        }
        const int latency = r.latencyMs < 0 ? -1 : r.latencyMs;
        bindResult(insertResult, tail.id, t, state, latency, text(r.reason));
        if (!insertResult.exec())
            return rollbackWith(failure(QCoreApplication::translate("ProbeHistory", "recording %1").arg(r.service),
                                        insertResult.lastError()));
        addResult(deltas, tail.id, t, state, latency);
        tail.hasLast = true;
        tail.lastMs = t;
        tail.lastState = state;
        tail.intervalMs = interval;
        tail.latencyMs = latency;
        tail.reason = text(r.reason);
    }

    QSqlQuery updateService(database);
    updateService.prepare(QStringLiteral("UPDATE services SET last_ms = ?, last_state = ?, last_interval_ms = ?,"
                                         " last_latency_ms = ?, last_reason = ? WHERE id = ?"));
    for (const Tail &tail : std::as_const(tails)) {
        if (tail.runDirty && !flushRun(tail))
            return rollbackWith(
                failure(QCoreApplication::translate("ProbeHistory", "recording results"), writeRun.lastError()));
        if (!tail.hasLast)
            continue;
        const QVariantList values = {tail.lastMs,    tail.lastState, tail.intervalMs,
                                     tail.latencyMs, tail.reason,    tail.id};
        for (int i = 0; i < values.size(); ++i)
            updateService.bindValue(i, values.at(i));
        if (!updateService.exec())
            return rollbackWith(
                failure(QCoreApplication::translate("ProbeHistory", "recording results"), updateService.lastError()));
    }

    QSqlQuery upsert(database);
    upsert.prepare(QStringLiteral(
        "INSERT INTO rollups (level, service_id, bucket_ms, unknown_ms, up_ms, degraded_ms, pending_ms, down_ms,"
        " results, latency_count, latency_sum, latency_max, worst) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (level, service_id, bucket_ms) DO UPDATE SET"
        " unknown_ms = unknown_ms + excluded.unknown_ms, up_ms = up_ms + excluded.up_ms,"
        " degraded_ms = degraded_ms + excluded.degraded_ms, pending_ms = pending_ms + excluded.pending_ms,"
        " down_ms = down_ms + excluded.down_ms, results = results + excluded.results,"
        " latency_count = latency_count + excluded.latency_count, latency_sum = latency_sum + excluded.latency_sum,"
        " latency_max = MAX(latency_max, excluded.latency_max), worst = MAX(worst, excluded.worst)"));
    for (const auto &[key, d] : deltas) {
        const QVariantList values = {std::get<0>(key), std::get<1>(key),   std::get<2>(key),  d.ms[UnknownCode],
                                     d.ms[UpCode],     d.ms[DegradedCode], d.ms[PendingCode], d.ms[DownCode],
                                     d.results,        d.latencyCount,     d.latencySum,      d.latencyMax,
                                     d.worst};
        for (int i = 0; i < values.size(); ++i)
            upsert.bindValue(i, values.at(i));
        if (!upsert.exec())
            return rollbackWith(
                failure(QCoreApplication::translate("ProbeHistory", "updating the rollups"), upsert.lastError()));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollbackWith(failure(QCoreApplication::translate("ProbeHistory", "committing results"), q.lastError()));
    return {};
}
