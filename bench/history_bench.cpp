// Probe history at the size of a long launch: 50 services × 7 days of 30-second results, written
// with record() in batches, then one service's 7-day uptime and a ≤ 500-point latency series.
// Aim: uptime + series < 20 ms (median), so the dashboard can redraw them at will.
// Also: what the tiles ask of every service, a series at minute resolution, the reasons read back,
// and a digest of every answer, to compare two builds (or a file before and after conversion).
//
//   history_bench [--services N] [--days D] [--runs R] [--keep PATH] [--fill-only]
//   history_bench --existing PATH [--services N] [--days D]   (queries only: no fill, no prune)
#include "models/monitoring/ProbeHistory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>

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

template<class F>
double medianMs(int runs, F &&f)
{
    QVector<double> ms;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        f();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return median(ms);
}

// Every answer the readers get, as text: two builds (or a file before and after conversion) that
// give the same digest showed the same.
// An answer, or the bench stops with the history's message.
template<class T>
T checked(Result<T> result)
{
    if (!result) {
        out() << result.error().message << Qt::endl;
        std::exit(1);
    }
    return std::move(result.value());
}

QByteArray digest(const ProbeHistory &h, const QStringList &services, const QDateTime &now)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString &line) { hash.addData(QByteArray(line.toUtf8() + '\n')); };
    const QDateTime week = now.addDays(-7);
    for (const QString &s : services) {
        for (const QDateTime &from : {week, now.addDays(-1), now.addSecs(-3600), now.addSecs(-6 * 3600)}) {
            const UptimeReport u = checked(h.uptime(s, from, now, now));
            add(QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(u.upMs)
                    .arg(u.degradedMs)
                    .arg(u.pendingMs)
                    .arg(u.downMs)
                    .arg(u.unmonitoredMs)
                    .arg(u.maintenanceMs));
            for (const int points : {60, 400, 500}) {
                const auto series = checked(h.latencySeries(s, from, now, points));
                for (const LatencyPoint &p : series)
                    add(QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(p.time.toMSecsSinceEpoch())
                            .arg(p.avgLatencyMs, 0, 'g', 17)
                            .arg(p.maxLatencyMs)
                            .arg(int(p.worst))
                            .arg(p.results));
            }
        }
        const auto changes = checked(h.stateChanges(s, week, now));
        for (const StateChange &c : changes)
            add(QStringLiteral("%1 %2 %3 %4")
                    .arg(c.time.toMSecsSinceEpoch())
                    .arg(int(c.from))
                    .arg(int(c.to))
                    .arg(c.reason));
        const auto spans = checked(h.stateSpans(s, week, now, now));
        for (const StateSpan &span : spans)
            add(QStringLiteral("%1 %2 %3").arg(span.fromMs).arg(span.toMs).arg(int(span.state)));
        const auto results = checked(h.results(s, week, now.addSecs(1)));
        for (const ProbeResult &r : results)
            add(QStringLiteral("%1 %2 %3 %4")
                    .arg(r.time.toMSecsSinceEpoch())
                    .arg(int(r.state))
                    .arg(r.latencyMs)
                    .arg(r.reason));
        if (const auto last = checked(h.latest(s)))
            add(QStringLiteral("%1 %2 %3").arg(last->time.toMSecsSinceEpoch()).arg(last->latencyMs).arg(last->reason));
    }
    return hash.result().toHex().left(16);
}

// What the window asks besides the 7-day chart: every tile's summary (last hour, last day, the
// week, a 60-point sparkline), a 6-hour chart (minute resolution), an hour of results and a
// week of changes (the reasons read back), a week of results.
void otherQueries(const ProbeHistory &h, const QStringList &services, const QDateTime &now, int runs)
{
    const QString service = QStringLiteral("service-07");
    const double tiles = medianMs(runs, [&] {
        for (const QString &s : services) {
            h.uptime(s, now.addSecs(-3600), now, now);
            h.uptime(s, now.addDays(-1), now, now);
            h.uptime(s, now.addDays(-7), now, now);
            h.latencySeries(s, now.addSecs(-3600), now, 60);
        }
    });
    int points = 0;
    const double sixHours = medianMs(
        runs, [&] { points = int(checked(h.latencySeries(service, now.addSecs(-6 * 3600), now, 500)).size()); });
    int results = 0, changes = 0;
    const double reasons = medianMs(runs, [&] {
        results = int(checked(h.results(service, now.addSecs(-3600), now)).size());
        changes = int(checked(h.stateChanges(service, now.addDays(-7), now)).size());
    });
    int week = 0;
    const double weekOfResults =
        medianMs(runs, [&] { week = int(checked(h.results(service, now.addDays(-7), now)).size()); });
    out() << "median of " << runs << " runs: tile summaries of " << services.size() << " services " << tiles
          << " ms; 6-hour latencySeries (" << points << " points) " << sixHours << " ms; 1 hour of results (" << results
          << ") + 7 days of changes (" << changes << ") " << reasons << " ms; 7 days of results (" << week << ") "
          << weekOfResults << " ms" << Qt::endl;
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
    const int existing = args.indexOf(QStringLiteral("--existing"));

    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/history-bench-XXXXXX"));
    const QString path = existing > 0 && existing + 1 < args.size() ? args.at(existing + 1)
        : keep > 0 && keep + 1 < args.size()                        ? args.at(keep + 1)
                                             : dir.filePath(QStringLiteral("bench.history.sqlite"));
    const qint64 start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + 12'345;
    const qint64 end = start + qint64(days) * 86'400'000;
    QString error;
    QStringList names;
    for (int s = 0; s < services; ++s)
        names.append(QStringLiteral("service-%1").arg(s, 2, 10, QLatin1Char('0')));
    if (existing < 0) {
        auto history = ProbeHistory::open(path);
        if (!history || !fill(*history.value(), services, days, start)) {
            out() << (history ? QStringLiteral("filling failed") : history.error().message) << Qt::endl;
            return 1;
        }
        if (args.contains(QStringLiteral("--fill-only")))
            return 0;
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
    out() << "open (with quick_check" << (existing > 0 ? ", and conversion if old" : "")
          << "): " << timer.nsecsElapsed() / 1e6 << " ms; file " << fileSize(path) / 1e6 << " MB" << Qt::endl;
    // The query at an odd time, so every level of rollups and the ragged edges are read.
    const QString service = QStringLiteral("service-07");
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(end - 7'777, Qt::UTC);
    const QDateTime from = now.addDays(-7);
    if (existing > 0) {
        timer.restart();
        const QByteArray answers = digest(*history, names, now);
        out() << "digest of every answer: " << answers << " (" << timer.nsecsElapsed() / 1e6 << " ms)" << Qt::endl;
        otherQueries(*history, names, now, runs);
        return 0;
    }
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
    otherQueries(*history, names, now, runs);

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
