// Probe history at the size of a long launch: 50 services × 7 days of 30-second results, written
// with record() in batches, then one service's 7-day uptime and a ≤ 500-point latency series.
// Aim: uptime + series < 20 ms (median), so the dashboard can redraw them at will.
//
//   history_bench [--services N] [--days D] [--runs R] [--keep PATH]
#include "monitoring/ProbeHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

int option(const QStringList &args, const char *name, int fallback)
{
    const int i = args.indexOf(QLatin1String(name));
    return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// Mostly UP with latency around 120 ms; now and then a slow spell or an outage (PENDING, then
// DOWN), and the dashboard stopped for an hour on day 3, as a real week would look.
bool fill(ProbeHistory &history, int services, int days, qint64 start)
{
    const qint64 step = 30'000;
    const qint64 end = start + qint64(days) * 86'400'000;
    const qint64 gapFrom = start + 3 * 86'400'000LL + 7'200'000, gapTo = gapFrom + 3'600'000;
    QRandomGenerator rng(42);
    QHash<QString, int> intervals;
    QStringList names;
    for (int s = 0; s < services; ++s) {
        names.append(QStringLiteral("service-%1").arg(s, 2, 10, QLatin1Char('0')));
        intervals.insert(names.last(), int(step));
    }
    QVector<int> trouble(services, 0); // results left in the current incident
    QVector<ProbeResult> batch;
    qint64 written = 0;
    QElapsedTimer timer;
    timer.start();
    for (qint64 t = start; t < end; t += step) {
        if (t >= gapFrom && t < gapTo)
            continue;
        for (int s = 0; s < services; ++s) {
            ProbeResult r;
            r.service = names[s];
            r.time = QDateTime::fromMSecsSinceEpoch(t + s * 97, Qt::UTC);
            if (trouble[s] == 0 && rng.bounded(2000) == 0)
                trouble[s] = 2 + rng.bounded(40);
            if (trouble[s] > 0) {
                --trouble[s];
                const bool slow = s % 3 == 0;
                r.state =
                    slow ? ServiceState::Degraded : (trouble[s] > 30 ? ServiceState::Pending : ServiceState::Down);
                r.latencyMs = slow ? 900 + rng.bounded(400) : -1;
                r.reason = slow ? QStringLiteral("HTTP 200 in %1 ms: slower than 800 ms").arg(r.latencyMs)
                                : QStringLiteral("HTTP 503 in 40 ms: {\"status\":\"down\"}");
            } else {
                r.state = ServiceState::Up;
                r.latencyMs = 80 + rng.bounded(90);
                r.reason = QStringLiteral("HTTP 200 in %1 ms").arg(r.latencyMs);
            }
            batch.append(r);
        }
        // Ten minutes of every service per transaction, as a worker catching up would write.
        if (batch.size() >= 20 * services || t + step >= end) {
            QString error;
            if (const Status recorded = history.record(batch, intervals); !recorded) {
                error = recorded.message();
                out() << "record failed: " << error << Qt::endl;
                return false;
            }
            written += batch.size();
            batch.clear();
        }
    }
    const double s = timer.nsecsElapsed() / 1e9;
    out() << "fill: " << written << " results (" << services << " services x " << days
          << " days, every 30 s) with record() in batches of " << 20 * services << ": " << s << " s, "
          << qRound(written / s) << " results/s" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int services = option(args, "--services", 50);
    const int days = option(args, "--days", 7);
    const int runs = option(args, "--runs", 21);
    const int keep = args.indexOf(QStringLiteral("--keep"));

    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/history-bench-XXXXXX"));
    const QString path =
        keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(QStringLiteral("bench.history.sqlite"));
    const qint64 start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + 12'345;
    const qint64 end = start + qint64(days) * 86'400'000;
    QString error;
    {
        auto history = ProbeHistory::open(path);
        if (!history || !fill(*history.value(), services, days, start)) {
            out() << (history ? QStringLiteral("filling failed") : history.error().message) << Qt::endl;
            return 1;
        }
    }
    out() << "file: " << path << ": " << fileSize(path) / 1e6 << " MB (" << fileSize(path) / (services * days)
          << " bytes per service-day)" << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    auto opened = ProbeHistory::open(path); // includes quick_check of every page
    if (!opened) {
        out() << opened.error().message << Qt::endl;
        return 1;
    }
    ProbeHistory *history = opened.value().get();
    out() << "open (with quick_check): " << timer.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    // The query at an odd time, so every level of rollups and the ragged edges are read.
    const QString service = QStringLiteral("service-07");
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(end - 7'777, Qt::UTC);
    const QDateTime from = now.addDays(-7);
    if (!history->addMaintenance(service, from.addSecs(86'400 + 1234), from.addSecs(90'000 + 99),
                                 QStringLiteral("bench")))
        return 1;

    QVector<double> uptimeMs, seriesMs, bothMs;
    UptimeReport report;
    int points = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const auto measured = history->uptime(service, from, now, now);
        const qint64 mid = timer.nsecsElapsed();
        const auto series = history->latencySeries(service, from, now, 500);
        if (!measured || !series)
            error = !measured ? measured.error().message : series.error().message;
        report = measured ? measured.value() : UptimeReport();
        points = series ? int(series->size()) : 0;
        const qint64 all = timer.nsecsElapsed();
        uptimeMs.append(mid / 1e6);
        seriesMs.append((all - mid) / 1e6);
        bothMs.append(all / 1e6);
    }
    if (!error.isEmpty()) {
        out() << error << Qt::endl;
        return 1;
    }
    out() << "uptime " << service << " over 7 days: " << report.uptimePercent() << " % (down "
          << report.downtimeMinutes() << " min, unmonitored " << report.unmonitoredMs / 60000.0 << " min, maintenance "
          << report.maintenanceMs / 60000.0 << " min)" << Qt::endl;
    out() << "median of " << runs << " runs: uptime " << median(uptimeMs) << " ms, latencySeries (" << points
          << " points, max 500) " << median(seriesMs) << " ms, together " << median(bothMs)
          << " ms; aim < 20 ms: " << (median(bothMs) < 20 ? "met" : "MISSED") << Qt::endl;
    out() << "first run (cold statement cache): " << bothMs.first() << " ms" << Qt::endl;

    // Pruning as the app would (here: everything older than two days) keeps the answer.
    timer.restart();
    if (const Status pruned = history->prune(now.addDays(-2)); !pruned) {
        out() << pruned.message() << Qt::endl;
        return 1;
    }
    const double pruneMs = timer.nsecsElapsed() / 1e6;
    const UptimeReport afterPrune = history->uptime(service, from, now, now).value();
    out() << "prune raw results and minute rollups older than 2 days: " << pruneMs << " ms; 7-day uptime "
          << (afterPrune == report ? "unchanged" : "CHANGED") << "; file " << fileSize(path) / 1e6
          << " MB (freed pages are reused, not returned)" << Qt::endl;
    return median(bothMs) < 20 && afterPrune == report ? 0 : 2;
}
