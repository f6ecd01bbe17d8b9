#include "models/monitoring/ProbeHistory.h"
#include "models/monitoring/ProbeReason.h"
#include "models/monitoring/ServiceCheck.h"
#include "models/record/EventStore.h"
#include "tests/HistoryTestSupport.h"
#include "tests/RawDb.h"
#include "tests/TempStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace HistoryTest;

namespace {

using S = ServiceState;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Monday 2 March 2026, 00:00 UTC: day, hour and minute boundaries are easy to place.
const qint64 T0 = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A word per state, for reasons (the test does not need ServiceState.cpp).
QString word(ServiceState s)
{
    switch (s) {
    case S::Up: return QStringLiteral("up");
    case S::Degraded: return QStringLiteral("degraded");
    case S::Pending: return QStringLiteral("pending");
    case S::Down: return QStringLiteral("down");
    case S::Unknown: break;
    }
    return QStringLiteral("unknown");
}

ProbeResult result(const QString &service, qint64 ms, S state, int latency = 100, const QString &reason = {})
{
    return {service, at(ms), state, latency, reason.isNull() ? word(state) : reason};
}

QString describe(const UptimeReport &r)
{
    return QStringLiteral("up %1, degraded %2, pending %3, down %4, unmonitored %5, maintenance %6")
        .arg(r.upMs)
        .arg(r.degradedMs)
        .arg(r.pendingMs)
        .arg(r.downMs)
        .arg(r.unmonitoredMs)
        .arg(r.maintenanceMs);
}

// The definition in the header, computed the slow way from every result.
struct Recorded
{
    qint64 t;
    S state;
    qint64 intervalMs;
};

struct Window
{
    QString service;
    qint64 from;
    qint64 to;
};

qint64 overlap(qint64 a0, qint64 a1, qint64 b0, qint64 b1)
{
    return std::max<qint64>(0, std::min(a1, b1) - std::max(a0, b0));
}

// What each result's time counts as: its own state, except that a PENDING run which the next
// result confirms as DOWN without a gap counts as DOWN from its first PENDING on.
QVector<S> countedStates(const QVector<Recorded> &rs)
{
    QVector<S> counted(rs.size());
    for (int i = rs.size() - 1; i >= 0; --i) {
        counted[i] = rs[i].state;
        const bool gapless = i + 1 < rs.size() && rs[i + 1].t <= rs[i].t + 2 * rs[i].intervalMs;
        if (rs[i].state == S::Pending && gapless && counted[i + 1] == S::Down)
            counted[i] = S::Down;
    }
    return counted;
}

UptimeReport bruteForce(const QVector<Recorded> &rs, const QVector<Window> &allWindows, const QString &service,
                        qint64 from, qint64 to, qint64 now)
{
    UptimeReport r;
    const qint64 end = std::min(to, now);
    if (end <= from)
        return r;
    QVector<std::pair<qint64, qint64>> windows;
    for (const Window &w : allWindows) {
        if ((w.service.isEmpty() || w.service == service) && w.to > from && w.from < end)
            windows.append({std::max(w.from, from), std::min(w.to, end)});
    }
    std::sort(windows.begin(), windows.end());
    QVector<std::pair<qint64, qint64>> merged;
    for (const auto &w : windows) {
        if (!merged.isEmpty() && w.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, w.second);
        else
            merged.append(w);
    }
    for (const auto &w : merged)
        r.maintenanceMs += w.second - w.first;
    const QVector<S> counted = countedStates(rs);
    for (int i = 0; i < rs.size(); ++i) {
        const qint64 start = rs[i].t;
        const qint64 stop = std::min(i + 1 < rs.size() ? rs[i + 1].t : now, rs[i].t + 2 * rs[i].intervalMs);
        qint64 covered = overlap(start, stop, from, end);
        for (const auto &w : merged)
            covered -= overlap(std::max(start, from), std::min(stop, end), w.first, w.second);
        switch (counted[i]) {
        case S::Up: r.upMs += covered; break;
        case S::Degraded: r.degradedMs += covered; break;
        case S::Pending: r.pendingMs += covered; break;
        case S::Down: r.downMs += covered; break;
        case S::Unknown: break;
        }
    }
    r.unmonitoredMs = (end - from) - r.maintenanceMs - r.monitoredMs();
    return r;
}

// What schema 2 kept, made from a file this version wrote: every reason in words in
// results.reason (the words ServiceCheck has always said for the codes), and minute rollups
// from the state runs and the raw results, as record() summed them, except where pruned.
QString toSchema2Layout(RawDb &raw)
{
    const QString statements[] = {
        QStringLiteral("ALTER TABLE results RENAME TO results_v3"),
        QStringLiteral("CREATE TABLE results (service_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,"
                       " state INTEGER NOT NULL, latency_ms INTEGER NOT NULL, reason TEXT NOT NULL,"
                       " PRIMARY KEY (service_id, t_ms)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO results SELECT service_id, t_ms, state, latency_ms, CASE reason_code"
                       " WHEN 1 THEN 'HTTP ' || reason_number || ' in ' || latency_ms || ' ms'"
                       " WHEN 2 THEN 'connected in ' || latency_ms || ' ms'"
                       " WHEN 3 THEN 'accepting connections (' || latency_ms || ' ms)'"
                       " WHEN 4 THEN 'exit code ' || reason_number || ' in ' || latency_ms || ' ms'"
                       " ELSE reason_text END FROM results_v3"),
        QStringLiteral("DROP TABLE results_v3"),
        QStringLiteral(
            "WITH RECURSIVE m(service_id, b, s, e, state) AS ("
            " SELECT service_id, start_ms - start_ms % 60000, start_ms, end_ms, state FROM runs"
            " UNION ALL SELECT service_id, b + 60000, s, e, state FROM m WHERE b + 60000 < e),"
            " parts(service_id, b, state, ms, n, lc, ls, lm, w) AS ("
            " SELECT service_id, b, state, MIN(e, b + 60000) - MAX(s, b), 0, 0, 0, -1, 0 FROM m"
            " UNION ALL SELECT service_id, t_ms - t_ms % 60000, 0, 0, 1, latency_ms >= 0, MAX(latency_ms, 0),"
            " latency_ms, state FROM results)"
            " INSERT INTO rollups SELECT 0, service_id, b, TOTAL(ms * (state = 0)), TOTAL(ms * (state = 1)),"
            " TOTAL(ms * (state = 2)), TOTAL(ms * (state = 3)), TOTAL(ms * (state = 4)), SUM(n), SUM(lc), SUM(ls),"
            " MAX(lm), MAX(w) FROM parts GROUP BY service_id, b"
            " HAVING b >= COALESCE((SELECT value - value % 60000 FROM meta WHERE key = 'pruned_before_ms'), b)"),
    };
    for (const QString &sql : statements) {
        if (const QString error = raw.exec(sql); !error.isEmpty())
            return error;
    }
    return {};
}

// Every answer a reader gets for these services, one line each, so that two files can be compared
// line by line.
QStringList answersOf(const ProbeHistory &h, const QStringList &services, qint64 from, qint64 to)
{
    QStringList lines;
    const qint64 lengths[] = {47 * kSecond, 13 * kMinute + 7, 3 * kHour, 7 * kHour + 11, kDay + 5, to - from};
    for (const QString &s : services) {
        for (qint64 start = from - 1234; start < to; start += 5 * kHour + 4321) {
            for (const qint64 length : lengths) {
                const UptimeReport u = h.uptime(s, at(start), at(start + length), at(to)).value();
                lines.append(QStringLiteral("%1 uptime %2+%3: %4").arg(s).arg(start).arg(length).arg(describe(u)));
                for (const int points : {6, 60, 500, 2000}) {
                    const auto series = h.latencySeries(s, at(start), at(start + length), points).value();
                    for (const LatencyPoint &p : series)
                        lines.append(QStringLiteral("%1 point %2 %3 %4 %5 %6")
                                         .arg(s)
                                         .arg(p.time.toMSecsSinceEpoch())
                                         .arg(p.avgLatencyMs)
                                         .arg(p.maxLatencyMs)
                                         .arg(int(p.worst))
                                         .arg(p.results));
                }
            }
        }
        const QVector<StateChange> changes = h.stateChanges(s, at(from), at(to)).value();
        for (const StateChange &c : changes)
            lines.append(QStringLiteral("%1 change %2 %3 %4 %5")
                             .arg(s)
                             .arg(c.time.toMSecsSinceEpoch())
                             .arg(int(c.from))
                             .arg(int(c.to))
                             .arg(c.reason));
        const QVector<StateSpan> spans = h.stateSpans(s, at(from), at(to), at(to)).value();
        for (const StateSpan &span : spans)
            lines.append(
                QStringLiteral("%1 span %2 %3 %4").arg(s).arg(span.fromMs).arg(span.toMs).arg(int(span.state)));
        const QVector<ProbeResult> results = h.results(s, at(from - kDay), at(to + kDay)).value();
        for (const ProbeResult &r : results)
            lines.append(QStringLiteral("%1 result %2 %3 %4 [%5]")
                             .arg(s)
                             .arg(r.time.toMSecsSinceEpoch())
                             .arg(int(r.state))
                             .arg(r.latencyMs)
                             .arg(r.reason));
        if (const auto last = h.latest(s).value())
            lines.append(
                QStringLiteral("%1 latest %2 %3").arg(s).arg(last->time.toMSecsSinceEpoch()).arg(last->reason));
    }
    lines.append(h.services().value().join(QLatin1Char(',')));
    const QVector<MaintenanceWindow> windows = h.maintenanceWindows().value();
    for (const MaintenanceWindow &w : windows)
        lines.append(QStringLiteral("maintenance %1 %2 %3").arg(w.service, w.from.toString(Qt::ISODateWithMs), w.note));
    return lines;
}

// A file as it is on disk; any write, even of the same bytes, shows in the mtime.
struct FileSnapshot
{
    QByteArray sha;
    qint64 size = -1;
    QDateTime modified;

    static FileSnapshot of(const QString &path)
    {
        FileSnapshot s;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            s.sha = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        s.size = QFileInfo(path).size();
        s.modified = QFileInfo(path).lastModified();
        return s;
    }
    bool operator==(const FileSnapshot &o) const { return sha == o.sha && size == o.size && modified == o.modified; }
};

} // namespace

class TestProbeHistory : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempStore m_dir{QStringLiteral("h-%1.history.sqlite")};

    QString freshPath() { return m_dir.freshPath(); }

    static std::unique_ptr<ProbeHistory> openOrDie(const QString &path)
    {
        QString error;
        auto h = openHistoryOr(path, &error);
        if (!h)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        return h;
    }

    // One service probed every 30 s with the given states, starting at start.
    static QVector<ProbeResult> series(const QString &service, qint64 start, const QVector<S> &states,
                                       qint64 step = 30 * kSecond)
    {
        QVector<ProbeResult> out;
        for (int i = 0; i < states.size(); ++i)
            out.append(result(service, start + i * step, states[i], 100 + i));
        return out;
    }

    static QHash<QString, int> every30s(const QStringList &services)
    {
        QHash<QString, int> h;
        for (const QString &s : services)
            h.insert(s, 30000);
        return h;
    }

    // A week of results of several services: random states that mostly stay, a few gaps where the
    // dashboard was stopped, odd milliseconds, recorded in batches of random size.
    struct Week
    {
        QStringList services;
        QHash<QString, QVector<Recorded>> recorded;
        QVector<ProbeResult> all;
        QHash<QString, int> intervals;
        qint64 end = 0;
    };

    static Week makeWeek(QRandomGenerator &rng)
    {
        Week w;
        w.services = {QStringLiteral("n8n"), QStringLiteral("postgres"), QStringLiteral("redis"),
                      QStringLiteral("webhook")};
        const QVector<std::pair<qint64, qint64>> gaps = {
            {T0 + 2 * kHour + 7 * kSecond, T0 + 2 * kHour + 10 * kMinute},
            {T0 + kDay + 13 * kHour, T0 + kDay + 15 * kHour + 123},
            {T0 + 3 * kDay - 40 * kSecond, T0 + 4 * kDay + 1777},
            {T0 + 5 * kDay + 5 * kMinute, T0 + 5 * kDay + 5 * kMinute + 45 * kSecond}};
        const S states[] = {S::Up, S::Degraded, S::Pending, S::Down, S::Unknown};
        w.end = T0 + 7 * kDay;
        for (int k = 0; k < w.services.size(); ++k) {
            const QString name = w.services[k];
            const int interval = k == 3 ? 60000 : 30000;
            w.intervals.insert(name, interval);
            S state = S::Up;
            for (qint64 t = T0 + 137 * k; t < w.end; t += interval + qint64(rng.bounded(2000)) - 1000) {
                if (std::any_of(gaps.begin(), gaps.end(), [t](auto g) { return t >= g.first && t < g.second; }))
                    continue;
                if (rng.bounded(10) == 0)
                    state = states[rng.bounded(5)];
                const int latency = state == S::Down ? -1 : int(rng.bounded(5, 900));
                w.all.append(result(name, t, state, latency, QStringLiteral("%1 at %2").arg(word(state)).arg(t)));
                w.recorded[name].append({t, state, interval});
            }
        }
        std::stable_sort(w.all.begin(), w.all.end(),
                         [](const ProbeResult &a, const ProbeResult &b) { return a.time < b.time; });
        return w;
    }

    static bool recordInBatches(ProbeHistory &h, const Week &w, QRandomGenerator &rng)
    {
        for (int i = 0; i < w.all.size();) {
            const int n = std::min<int>(w.all.size() - i, 1 + rng.bounded(3000));
            QString error;
            if (!succeeded(h.record(w.all.mid(i, n), w.intervals), &error)) {
                qWarning("record failed: %s", qPrintable(error));
                return false;
            }
            i += n;
        }
        return true;
    }

    struct Query
    {
        qint64 from, to, now;
    };

    static QVector<Query> randomQueries(QRandomGenerator &rng, qint64 end)
    {
        QVector<Query> qs = {{T0, T0 + 7 * kDay, end + 10 * kSecond},          // the whole week, tail open
                             {T0 - kHour, end + kHour, end + 5 * kMinute},     // beyond both ends
                             {T0 + kDay, T0 + 2 * kDay, end},                  // one whole day
                             {T0 + 3 * kHour + 17, T0 + 3 * kHour + 29, end}}; // 12 ms
        const qint64 lengths[] = {1500, 47 * kSecond, 13 * kMinute, 5 * kHour + 7, 2 * kDay + 12345, 7 * kDay};
        for (int i = 0; i < 120; ++i) {
            const qint64 from = T0 - kHour + qint64(rng.generateDouble() * double(8 * kDay));
            const qint64 to = from + lengths[rng.bounded(6)] + rng.bounded(100000);
            const qint64 now = rng.bounded(3) == 0 ? from + qint64(rng.generateDouble() * double(to - from))
                                                   : end + rng.bounded(120000);
            qs.append({from, to, now});
        }
        return qs;
    }

    // A dozen windows, a third of them for every service; one not saved is missing from the result.
    static QVector<Window> addRandomMaintenance(ProbeHistory &h, const Week &w, QRandomGenerator &rng)
    {
        QVector<Window> windows;
        for (int i = 0; i < 12; ++i) {
            const QString svc = i % 3 == 0 ? QString() : w.services[rng.bounded(w.services.size())];
            const qint64 from = T0 + qint64(rng.generateDouble() * double(7 * kDay));
            const qint64 to = from + 1 + rng.bounded(int(6 * kHour));
            if (valueOr(h.addMaintenance(svc, at(from), at(to), QStringLiteral("w%1").arg(i)), nullptr, qint64(-1)) > 0)
                windows.append({svc, from, to});
        }
        return windows;
    }

    // Every query of every service against the brute-force definition; the answers go to *answers.
    static void compareWithBruteForce(const ProbeHistory &h, const Week &w, const QVector<Window> &windows,
                                      const QVector<Query> &queries, QHash<QString, QVector<UptimeReport>> *answers)
    {
        for (const QString &s : w.services) {
            for (const Query &q : queries) {
                QString error;
                const UptimeReport got = valueOr(h.uptime(s, at(q.from), at(q.to), at(q.now)), &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                const UptimeReport want = bruteForce(w.recorded[s], windows, s, q.from, q.to, q.now);
                QVERIFY2(got == want,
                         qPrintable(QStringLiteral("%1 [%2, %3) now %4:\n got  %5\n want %6")
                                        .arg(s)
                                        .arg(q.from - T0)
                                        .arg(q.to - T0)
                                        .arg(q.now - T0)
                                        .arg(describe(got), describe(want))));
                (*answers)[s].append(got);
            }
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recordAndReload()
    {
        const QString path = freshPath();
        const QVector<ProbeResult> rs = {
            result(QStringLiteral("api"), T0, S::Up, 120, QStringLiteral("HTTP 200 in 120 ms")),
            result(QStringLiteral("db"), T0 + 10, S::Down, -1, QStringLiteral("refused")),
            result(QStringLiteral("api"), T0 + 30000, S::Degraded, 950, QStringLiteral("HTTP 200 in 950 ms: slow"))};
        {
            auto h = openOrDie(path);
            QString error;
            QVERIFY2(succeeded(h->record(rs, every30s({QStringLiteral("api"), QStringLiteral("db")})), &error),
                     qPrintable(error));
            // Older and equal times are ignored; the rest of the batch is kept.
            QVERIFY(succeeded(h->record({result(QStringLiteral("api"), T0 + 29999, S::Down),
                                         result(QStringLiteral("api"), T0 + 30000, S::Down),
                                         result(QStringLiteral("db"), T0 + 60000, S::Up, 3)},
                                        {}),
                              &error)); // no intervals: each keeps its previous one
        }
        auto h = openOrDie(path);
        const auto api = h->results(QStringLiteral("api"), at(T0), at(T0 + kDay)).value();
        QCOMPARE(api.size(), 2);
        QCOMPARE(api[0].time, at(T0));
        QCOMPARE(api[0].state, S::Up);
        QCOMPARE(api[0].latencyMs, 120);
        QCOMPARE(api[0].reason, QStringLiteral("HTTP 200 in 120 ms"));
        QCOMPARE(api[0].service, QStringLiteral("api"));
        QCOMPARE(api[1].state, S::Degraded);
        QCOMPARE(api[1].time.timeSpec(), Qt::UTC);
        const auto db = h->results(QStringLiteral("db"), at(T0), at(T0 + kDay)).value();
        QCOMPARE(db.size(), 2);
        QCOMPARE(db[0].latencyMs, -1);
        QCOMPARE(h->results(QStringLiteral("api"), at(T0 + 1), at(T0 + 30000)).value().size(), 0); // to is exclusive
        QCOMPARE(h->results(QStringLiteral("nobody"), at(T0), at(T0 + kDay)).value().size(), 0);

        const auto latest = h->latest(QStringLiteral("api")).value();
        QVERIFY(latest);
        QCOMPARE(latest->time, at(T0 + 30000));
        QCOMPARE(latest->state, S::Degraded);
        QCOMPARE(latest->latencyMs, 950);
        QCOMPARE(latest->reason, QStringLiteral("HTTP 200 in 950 ms: slow"));
        QVERIFY(!h->latest(QStringLiteral("nobody")).value());

        // db: DOWN covers [T0+10, T0+60000) (2·I reaches T0+60010); UP is open until now.
        const UptimeReport r = h->uptime(QStringLiteral("db"), at(T0), at(T0 + kHour), at(T0 + 90000)).value();
        QCOMPARE(r.downMs, 60000 - 10);
        QCOMPARE(r.upMs, 30000);
        QCOMPARE(r.unmonitoredMs, 10);
        QCOMPARE(r.downtimeMinutes(), (60000 - 10) / 60000.0);
    }

    void missingIntervalWritesNothing()
    {
        auto h = openOrDie(freshPath());
        QString error;
        QVERIFY(!succeeded(h->record({result(QStringLiteral("a"), T0, S::Up), result(QStringLiteral("b"), T0, S::Up)},
                                     every30s({QStringLiteral("a")})),
                           &error));
        QVERIFY2(error.contains(QStringLiteral("b")) && error.contains(h->path()), qPrintable(error));
        QVERIFY(!h->latest(QStringLiteral("a")).value());
        QCOMPARE(h->results(QStringLiteral("a"), at(T0), at(T0 + 1)).value().size(), 0);
    }

    void rollupsSplitAtBoundaries()
    {
        const QString path = freshPath();
        auto h = openOrDie(path);
        const QString svc = QStringLiteral("api");
        // 00:59:45 UP (covers to 01:00:15), 01:00:15 DOWN, 01:00:45 UP; then 23:59:50 UP, 00:00:20 UP.
        QVERIFY(h->record({result(svc, T0 + kHour - 15 * kSecond, S::Up, 10),
                           result(svc, T0 + kHour + 15 * kSecond, S::Down, -1),
                           result(svc, T0 + kHour + 45 * kSecond, S::Up, 30)},
                          every30s({svc}))
                    .ok());
        QVERIFY(h->record({result(svc, T0 + kDay - 10 * kSecond, S::Up, 50)}, every30s({svc})).ok());
        QVERIFY(h->record({result(svc, T0 + kDay + 20 * kSecond, S::Pending, 70)}, every30s({svc})).ok());
        // Minutes are not stored: their time comes from the state runs, their points from the raw
        // results. Minute 00:59 holds 15 s of UP and the 10 ms result; minute 01:00 15 s UP, 30 s
        // DOWN, 15 s UP and two results, one of them answered in 30 ms.
        const QDateTime now = at(T0 + 2 * kDay);
        const UptimeReport m59 = h->uptime(svc, at(T0 + 59 * kMinute), at(T0 + kHour), now).value();
        QCOMPARE(std::make_pair(m59.upMs, m59.downMs), std::make_pair(qint64(15000), qint64(0)));
        const UptimeReport m60 = h->uptime(svc, at(T0 + kHour), at(T0 + kHour + kMinute), now).value();
        QCOMPARE(std::make_pair(m60.upMs, m60.downMs), std::make_pair(qint64(30000), qint64(30000)));
        const auto minutes = h->latencySeries(svc, at(T0 + 59 * kMinute), at(T0 + 61 * kMinute), 2).value();
        QCOMPARE(minutes.size(), 2);
        QCOMPARE(std::make_tuple(minutes[0].time, minutes[0].results, minutes[0].maxLatencyMs, minutes[0].worst),
                 std::make_tuple(at(T0 + 59 * kMinute), 1, 10, S::Up));
        QCOMPARE(std::make_tuple(minutes[1].time, minutes[1].results, minutes[1].maxLatencyMs, minutes[1].worst),
                 std::make_tuple(at(T0 + kHour), 2, 30, S::Down));
        QCOMPARE(minutes[1].avgLatencyMs, 30.0);
        h.reset();

        RawDb raw(path);
        auto bucket = [&](int level, qint64 start) {
            return raw.row(QStringLiteral("SELECT up_ms, down_ms, pending_ms, results, latency_count, latency_sum,"
                                          " latency_max FROM rollups WHERE level = %1 AND bucket_ms = %2")
                               .arg(level)
                               .arg(start));
        };
        using V = QVector<qint64>;
        // The hour 00:00 holds 15 s, the hour 01:00 the rest of that run.
        QCOMPARE(bucket(1, T0), (V{15000, 0, 0, 1, 1, 10, 10}));
        QCOMPARE(bucket(1, T0 + kHour), (V{15000 + 60000, 30000, 0, 2, 1, 30, 30}));
        // 01:00:45 UP ran for 2·I = 60 s (to 01:01:45); 23:59:50 UP ends at 00:00:20 next day.
        QCOMPARE(bucket(1, T0 + 23 * kHour), (V{10000, 0, 0, 1, 1, 50, 50}));
        QCOMPARE(bucket(2, T0), (V{30000 + 60000 + 10000, 30000, 0, 4, 3, 90, 50}));
        // The last result is still open: its coverage is in no rollup yet, only its latency.
        QCOMPARE(bucket(2, T0 + kDay), (V{20000, 0, 0, 1, 1, 70, 70}));
        QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*) FROM rollups WHERE level = 0")), V{0});
    }

    void uptimeSplitsAtBoundariesToo()
    {
        auto h = openOrDie(freshPath());
        const QString svc = QStringLiteral("api");
        QVERIFY(
            h->record({result(svc, T0 + kHour - 15 * kSecond, S::Up), result(svc, T0 + kHour + 15 * kSecond, S::Down),
                       result(svc, T0 + kHour + 45 * kSecond, S::Up)},
                      every30s({svc}))
                .ok());
        const QDateTime now = at(T0 + kDay);
        const UptimeReport minute = h->uptime(svc, at(T0 + kHour), at(T0 + kHour + kMinute), now).value();
        QCOMPARE(minute.upMs, 30000);
        QCOMPARE(minute.downMs, 30000);
        QCOMPARE(minute.uptimePercent(), 50.0);
        const UptimeReport ragged =
            h->uptime(svc, at(T0 + kHour - 1234), at(T0 + kHour + 15 * kSecond + 1), now).value();
        QCOMPARE(ragged.upMs, 1234 + 15000);
        QCOMPARE(ragged.downMs, 1);
        QCOMPARE(ragged.unmonitoredMs, 0);
    }

    void gapsAreUnmonitored()
    {
        auto h = openOrDie(freshPath());
        const QString svc = QStringLiteral("api");
        // Every 30 s for an hour, but the dashboard was stopped from 00:20 to 00:30.
        QVector<ProbeResult> rs;
        for (qint64 t = T0; t < T0 + kHour; t += 30 * kSecond) {
            if (t < T0 + 20 * kMinute || t >= T0 + 30 * kMinute)
                rs.append(result(svc, t, S::Up));
        }
        QVERIFY(h->record(rs, every30s({svc})).ok());
        // The last result before the gap (00:19:30) still covers 2·I = 60 s, to 00:20:30.
        const UptimeReport r = h->uptime(svc, at(T0), at(T0 + kHour), at(T0 + kHour)).value();
        QCOMPARE(r.unmonitoredMs, 9 * kMinute + 30 * kSecond);
        QCOMPARE(r.upMs, kHour - r.unmonitoredMs);
        QCOMPARE(r.downMs, 0);
        QCOMPARE(r.uptimePercent(), 100.0);
        // After the last result (00:59:30), 60 s are covered; later is unmonitored, not down.
        const UptimeReport later = h->uptime(svc, at(T0 + kHour), at(T0 + 2 * kHour), at(T0 + 3 * kHour)).value();
        QCOMPARE(later.upMs, 30 * kSecond);
        QCOMPARE(later.unmonitoredMs, kHour - 30 * kSecond);
        // Nothing monitored: no percentage.
        const UptimeReport none =
            h->uptime(svc, at(T0 + 20 * kMinute + 31 * kSecond), at(T0 + 29 * kMinute), at(T0 + kDay)).value();
        QCOMPARE(none.monitoredMs(), 0);
        QCOMPARE(none.uptimePercent(), -1.0);
        // Time after now is not reported at all.
        const UptimeReport cut = h->uptime(svc, at(T0), at(T0 + kDay), at(T0 + 10 * kMinute)).value();
        QCOMPARE(cut.upMs + cut.unmonitoredMs, 10 * kMinute);
        QCOMPARE(cut.upMs, 10 * kMinute);
    }

    void confirmedPendingIsDownAndUnknownUnmonitored()
    {
        auto h = openOrDie(freshPath());
        const QString svc = QStringLiteral("api");
        QVERIFY(h->record(series(svc, T0, {S::Up, S::Pending, S::Pending, S::Down, S::Degraded, S::Unknown, S::Up}),
                          every30s({svc}))
                    .ok());
        const UptimeReport r = h->uptime(svc, at(T0), at(T0 + 7 * 30 * kSecond), at(T0 + kHour)).value();
        QCOMPARE(r.upMs, 60000);
        QCOMPARE(r.pendingMs, 0); // DOWN confirmed both PENDING results
        QCOMPARE(r.downMs, 90000);
        QCOMPARE(r.degradedMs, 30000);
        QCOMPARE(r.unmonitoredMs, 30000);
        QCOMPARE(r.maintenanceMs, 0);
        QCOMPARE(r.uptimePercent(), 100.0 * 90000 / 180000);
    }

    // The issue "The launch record": a service that never answered once showed 67 %, 45 %, 10 %
    // over its first minutes because PENDING counted as up.
    void neverAnsweredServiceIsDownFromItsFirstProbe()
    {
        const QString path = freshPath();
        auto h = openOrDie(path);
        const QString svc = QStringLiteral("webhook");
        auto firstHour = [&](qint64 now) { return h->uptime(svc, at(T0), at(T0 + kHour), at(now)).value(); };

        QVERIFY(h->record({result(svc, T0, S::Pending, -1, QStringLiteral("refused (retry 1 of 2)"))}, every30s({svc}))
                    .ok());
        // Not confirmed yet: pending, which counts as up until it resolves.
        QCOMPARE(firstHour(T0 + 30 * kSecond).pendingMs, 30 * kSecond);
        QCOMPARE(firstHour(T0 + 30 * kSecond).uptimePercent(), 100.0);
        QVERIFY(h->record({result(svc, T0 + 30 * kSecond, S::Pending, -1, QStringLiteral("refused (retry 2 of 2)"))},
                          every30s({svc}))
                    .ok());
        QCOMPARE(firstHour(T0 + 60 * kSecond).pendingMs, 60 * kSecond);

        QVERIFY(h->record({result(svc, T0 + 60 * kSecond, S::Down, -1, QStringLiteral("refused (confirmed)"))},
                          every30s({svc}))
                    .ok());
        UptimeReport r = firstHour(T0 + 90 * kSecond);
        QCOMPARE(r.downMs, 90 * kSecond);
        QCOMPARE(r.pendingMs, 0);
        QCOMPARE(r.upLikeMs(), 0);
        QCOMPARE(r.uptimePercent(), 0.0);
        // The first minute alone, now that it is over: all down.
        QCOMPARE(h->uptime(svc, at(T0), at(T0 + kMinute), at(T0 + 90 * kSecond)).value().downMs, kMinute);

        QVector<ProbeResult> more;
        for (qint64 t = T0 + 90 * kSecond; t < T0 + 5 * kMinute; t += 30 * kSecond)
            more.append(result(svc, t, S::Down, -1, QStringLiteral("refused")));
        QVERIFY(h->record(more, every30s({svc})).ok());
        for (const qint64 now : {2 * kMinute, 3 * kMinute, 5 * kMinute}) {
            r = firstHour(T0 + now);
            QCOMPARE(r.downMs, now);
            QCOMPARE(r.uptimePercent(), 0.0);
        }

        // What the probes said is kept: the results and changes still show the retries.
        QCOMPARE(h->results(svc, at(T0), at(T0 + kMinute)).value()[1].state, S::Pending);
        const auto changes = h->stateChanges(svc, at(T0), at(T0 + kHour)).value();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[1].from, S::Pending);
        QCOMPARE(changes[1].to, S::Down);

        // Reopened, and recorded all in one batch elsewhere: the same answer.
        const UptimeReport atFive = firstHour(T0 + 5 * kMinute);
        h.reset();
        h = openOrDie(path);
        QCOMPARE(firstHour(T0 + 5 * kMinute), atFive);
        auto once = openOrDie(freshPath());
        QVERIFY(once->record(h->results(svc, at(T0), at(T0 + kHour)).value(), every30s({svc})).ok());
        QCOMPARE(once->uptime(svc, at(T0), at(T0 + kHour), at(T0 + 5 * kMinute)).value(), atFive);
    }

    // Only DOWN right after a PENDING run confirms it: a blip that recovered, a run cut by UNKNOWN or
    // by a gap (the dashboard stopped, and its retries with it) stays pending, which counts as up.
    void unconfirmedPendingStaysUp()
    {
        auto h = openOrDie(freshPath());
        const QString blip = QStringLiteral("blip");
        const QString slow = QStringLiteral("slow");
        const QString bad = QStringLiteral("bad");
        const QString gap = QStringLiteral("gap");
        QVERIFY(h->record(series(blip, T0, {S::Up, S::Pending, S::Up, S::Up}), every30s({blip})).ok());
        QVERIFY(h->record(series(slow, T0, {S::Pending, S::Pending, S::Degraded}), every30s({slow})).ok());
        QVERIFY(h->record(series(bad, T0, {S::Pending, S::Unknown, S::Down}), every30s({bad})).ok());
        QVERIFY(h->record({result(gap, T0, S::Pending), result(gap, T0 + 5 * kMinute, S::Down)}, every30s({gap})).ok());
        const QDateTime now = at(T0 + 2 * kMinute);
        const UptimeReport b = h->uptime(blip, at(T0), at(T0 + kHour), now).value();
        QCOMPARE(b.pendingMs, 30 * kSecond);
        QCOMPARE(b.upMs, 90 * kSecond);
        QCOMPARE(b.downMs, 0);
        QCOMPARE(b.uptimePercent(), 100.0);
        const UptimeReport s = h->uptime(slow, at(T0), at(T0 + kHour), now).value();
        QCOMPARE(s.pendingMs, 60 * kSecond);
        QCOMPARE(s.degradedMs, 60 * kSecond);
        QCOMPARE(s.uptimePercent(), 100.0);
        const UptimeReport u = h->uptime(bad, at(T0), at(T0 + kHour), now).value();
        QCOMPARE(u.pendingMs, 30 * kSecond);
        QCOMPARE(u.unmonitoredMs + u.downMs, 90 * kSecond);
        QCOMPARE(u.downMs, 60 * kSecond);
        const UptimeReport g = h->uptime(gap, at(T0), at(T0 + kHour), at(T0 + 6 * kMinute)).value();
        QCOMPARE(g.pendingMs, 60 * kSecond); // 2·I, then the gap
        QCOMPARE(g.downMs, 60 * kSecond);
    }

    // A PENDING run from 23:59:15 across the minute, hour and day edge at midnight, its start
    // pruned before DOWN confirms it at 00:04:15: every level moves its share from pending to down.
    void pendingRunAcrossBoundariesAndPruneThenDown()
    {
        const QString path = freshPath();
        auto h = openOrDie(path);
        const QString svc = QStringLiteral("api");
        const qint64 midnight = T0 + kDay;
        const qint64 firstPending = midnight - 45 * kSecond;
        const qint64 down = midnight + 255 * kSecond;
        QVector<ProbeResult> before;
        for (qint64 t = midnight - 10 * kMinute; t < firstPending; t += 30 * kSecond)
            before.append(result(svc, t, S::Up));
        for (qint64 t = firstPending; t < down; t += 30 * kSecond)
            before.append(result(svc, t, S::Pending, -1));
        const QVector<ProbeResult> after = {result(svc, down, S::Down, -1),
                                            result(svc, down + 30 * kSecond, S::Down, -1)};
        QVERIFY(h->record(before, every30s({svc})).ok());

        const qint64 from = midnight - 10 * kMinute;
        const qint64 to = midnight + 5 * kMinute;
        const UptimeReport open = h->uptime(svc, at(from), at(to), at(down)).value();
        QCOMPARE(open.pendingMs, down - firstPending);
        QCOMPARE(open.upMs, firstPending - from);

        // Pruned at 00:01:30.017: the raw results before it go.
        const qint64 cutoff = midnight + 90 * kSecond + 17;
        QVERIFY(h->prune(at(cutoff)).ok());
        QCOMPARE(h->uptime(svc, at(from), at(to), at(down)).value(), open);
        QVERIFY(h->record(after, every30s({svc})).ok());

        const UptimeReport r = h->uptime(svc, at(from), at(to), at(to)).value();
        QCOMPARE(r.upMs, firstPending - from);
        QCOMPARE(r.pendingMs, 0);
        QCOMPARE(r.downMs, to - firstPending);
        QCOMPARE(r.unmonitoredMs, 0);
        // Each level on its own: the minute 23:59 (pruned), the hour 23:00, the day, the first
        // minute after midnight (pruned) and a ragged range across the cutoff.
        const QVector<std::pair<qint64, qint64>> parts = {{midnight - kMinute, midnight},
                                                          {midnight - kHour, midnight},
                                                          {T0, midnight},
                                                          {midnight, midnight + kMinute},
                                                          {firstPending + 7, cutoff + 3},
                                                          {midnight + 2 * kMinute, midnight + 3 * kMinute}};
        for (const auto &[a, b] : parts) {
            const UptimeReport p = h->uptime(svc, at(a), at(b), at(to)).value();
            QVERIFY2(p.pendingMs == 0 && p.downMs == overlap(a, b, firstPending, to),
                     qPrintable(QStringLiteral("[%1, %2): %3").arg(a - T0).arg(b - T0).arg(describe(p))));
        }

        // The file itself: nothing pending is left, no minute is stored.
        h.reset();
        {
            RawDb raw(path);
            using V = QVector<qint64>;
            QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*), TOTAL(pending_ms) FROM rollups")).at(1), 0);
            QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state = 3")), V{0});
            QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*) FROM rollups WHERE level = 0")), V{0});
            // The hour and day before midnight hold the 45 s; the day after holds 00:00 to 00:04:45.
            QCOMPARE(raw.row(QStringLiteral("SELECT down_ms FROM rollups WHERE level = 1 AND bucket_ms = %1")
                                 .arg(midnight - kHour)),
                     V{45 * kSecond});
            QCOMPARE(raw.row(QStringLiteral("SELECT down_ms FROM rollups WHERE level = 2 AND bucket_ms = %1").arg(T0)),
                     V{45 * kSecond});
            QCOMPARE(
                raw.row(QStringLiteral("SELECT down_ms FROM rollups WHERE level = 2 AND bucket_ms = %1").arg(midnight)),
                V{285 * kSecond});
        }

        // The same results in one batch, never pruned: the same answers.
        h = openOrDie(path);
        auto once = openOrDie(freshPath());
        QVERIFY(once->record(before + after, every30s({svc})).ok());
        for (const auto &[a, b] : parts)
            QCOMPARE(once->uptime(svc, at(a), at(b), at(to)).value(), h->uptime(svc, at(a), at(b), at(to)).value());
        QCOMPARE(once->uptime(svc, at(from), at(to), at(to)).value(), r);
    }

    // Time in maintenance stays maintenance, also when DOWN confirms a PENDING run reaching into it.
    void confirmedPendingInsideMaintenance()
    {
        auto h = openOrDie(freshPath());
        const QString svc = QStringLiteral("api");
        // UP to 00:10, PENDING 00:10 to 00:12, DOWN 00:12 to 00:13, UP again.
        QVector<ProbeResult> rs;
        for (qint64 t = T0; t < T0 + 20 * kMinute; t += 30 * kSecond) {
            const S state = t < T0 + 10 * kMinute ? S::Up
                : t < T0 + 12 * kMinute           ? S::Pending
                : t < T0 + 13 * kMinute           ? S::Down
                                                  : S::Up;
            rs.append(result(svc, t, state));
        }
        QVERIFY(
            valueOr(h->addMaintenance(svc, at(T0 + 9 * kMinute), at(T0 + 11 * kMinute + 7), QStringLiteral("deploy")),
                    nullptr, qint64(-1))
            > 0);
        QVERIFY(h->record(rs.mid(0, 24), every30s({svc})).ok()); // up to the last PENDING
        const QDateTime now = at(T0 + 20 * kMinute);
        const UptimeReport open = h->uptime(svc, at(T0), now, at(T0 + 12 * kMinute)).value();
        QCOMPARE(open.maintenanceMs, 2 * kMinute + 7);
        QCOMPARE(open.pendingMs, kMinute - 7);
        QVERIFY(h->record(rs.mid(24), every30s({svc})).ok());
        const UptimeReport r = h->uptime(svc, at(T0), now, now).value();
        QCOMPARE(r.maintenanceMs, 2 * kMinute + 7);
        QCOMPARE(r.pendingMs, 0);
        QCOMPARE(r.downMs, 2 * kMinute - 7);
        QCOMPARE(r.upMs, 16 * kMinute);
        // A window over the whole outage leaves nothing down.
        QVERIFY(
            valueOr(h->addMaintenance(QString(), at(T0 + 10 * kMinute), at(T0 + 13 * kMinute), QStringLiteral("all")),
                    nullptr, qint64(-1))
            > 0);
        const UptimeReport all = h->uptime(svc, at(T0), now, now).value();
        QCOMPARE(all.downMs, 0);
        QCOMPARE(all.maintenanceMs, 4 * kMinute);
        QCOMPARE(all.uptimePercent(), 100.0);
    }

    void maintenanceIsLeftOut()
    {
        auto h = openOrDie(freshPath());
        const QString api = QStringLiteral("api");
        const QString db = QStringLiteral("db");
        QVector<ProbeResult> rs;
        for (qint64 t = T0; t < T0 + 2 * kHour; t += 30 * kSecond) {
            const bool outage = t >= T0 + 10 * kMinute && t < T0 + 20 * kMinute;
            rs.append(result(api, t, outage ? S::Down : S::Up));
            rs.append(result(db, t + 1, S::Down));
        }
        QVERIFY(h->record(rs, every30s({api, db})).ok());
        const QDateTime now = at(T0 + 2 * kHour);
        const UptimeReport before = h->uptime(api, at(T0), at(T0 + 2 * kHour), now).value();
        QCOMPARE(before.downMs, 10 * kMinute);

        QString error;
        // The planned outage (a little wider than it, at odd milliseconds), another service's window, and an
        // all-services window overlapping the first.
        const qint64 w1 = valueOr(
            h->addMaintenance(api, at(T0 + 9 * kMinute + 1), at(T0 + 21 * kMinute + 7), QStringLiteral("DB migration")),
            &error, qint64(-1));
        QVERIFY2(w1 > 0, qPrintable(error));
        QVERIFY(valueOr(h->addMaintenance(db, at(T0), at(T0 + kHour), QStringLiteral("other")), nullptr, qint64(-1))
                > 0);
        const qint64 w3 =
            valueOr(h->addMaintenance(QString(), at(T0 + 20 * kMinute), at(T0 + 25 * kMinute), QStringLiteral("all")),
                    nullptr, qint64(-1));
        QVERIFY(w3 > 0);
        QCOMPARE(valueOr(h->addMaintenance(api, at(T0 + kHour), at(T0 + kHour), QString()), &error, qint64(-1)),
                 qint64(-1));
        QVERIFY(error.contains(QStringLiteral("end after")));

        const auto windows = h->maintenanceWindows().value();
        QCOMPARE(windows.size(), 3);
        QCOMPARE(windows[0].service, db);
        QCOMPARE(windows[1].id, w1);
        QCOMPARE(windows[1].from, at(T0 + 9 * kMinute + 1));
        QCOMPARE(windows[1].to, at(T0 + 21 * kMinute + 7));
        QCOMPARE(windows[1].note, QStringLiteral("DB migration"));
        QCOMPARE(windows[2].service, QString());

        const UptimeReport r = h->uptime(api, at(T0), at(T0 + 2 * kHour), now).value();
        QCOMPARE(r.maintenanceMs, 16 * kMinute - 1);
        QCOMPARE(r.downMs, 0);
        QCOMPARE(r.upMs, 2 * kHour - r.maintenanceMs);
        QCOMPARE(r.uptimePercent(), 100.0);
        // db: its own window and the all-services one; the rest of its time is down.
        const UptimeReport d = h->uptime(db, at(T0), at(T0 + 2 * kHour), now).value();
        QCOMPARE(d.maintenanceMs, kHour);
        QCOMPARE(d.downMs, kHour); // its first millisecond, before any result, is in the window
        QCOMPARE(d.upMs, 0);

        QVERIFY(succeeded(h->removeMaintenance(w1), &error));
        QVERIFY(!succeeded(h->removeMaintenance(w1), &error));
        QVERIFY(error.contains(QStringLiteral("#%1").arg(w1)));
        const UptimeReport after = h->uptime(api, at(T0), at(T0 + 2 * kHour), now).value();
        QCOMPARE(after.maintenanceMs, 5 * kMinute);
        QCOMPARE(after.downMs, 10 * kMinute);
        QVERIFY(h->removeMaintenance(w3).ok());
        QCOMPARE(h->uptime(api, at(T0), at(T0 + 2 * kHour), now).value(), before);
    }

    // The heart of it: a week of several services, read through rollups, equals the definition
    // computed from every raw result, before and after pruning, and after reopening.
    void weekEqualsBruteForce()
    {
        QRandomGenerator rng(20260302);
        const Week w = makeWeek(rng);
        const QString path = freshPath();
        auto h = openOrDie(path);
        QVERIFY(recordInBatches(*h, w, rng));
        int confirmed = 0, unconfirmed = 0; // PENDING results of each kind: both rules must be tried
        for (const QString &s : w.services) {
            QCOMPARE(h->results(s, at(T0 - kDay), at(w.end + kDay)).value().size(), w.recorded[s].size());
            const QVector<S> counted = countedStates(w.recorded[s]);
            for (int i = 0; i < counted.size(); ++i) {
                if (w.recorded[s][i].state == S::Pending)
                    ++(counted[i] == S::Down ? confirmed : unconfirmed);
            }
        }
        QVERIFY2(confirmed > 100 && unconfirmed > 100,
                 qPrintable(QStringLiteral("%1 %2").arg(confirmed).arg(unconfirmed)));

        const QVector<Window> windows = addRandomMaintenance(*h, w, rng);
        QCOMPARE(windows.size(), 12);
        const QVector<Query> queries = randomQueries(rng, w.end);
        QHash<QString, QVector<UptimeReport>> answers;
        compareWithBruteForce(*h, w, windows, queries, &answers);
        if (QTest::currentTestFailed())
            return;
        QVector<StateChange> changesBefore = h->stateChanges(w.services[0], at(T0), at(w.end)).value();
        QVERIFY(changesBefore.size() > 100);

        // Raw results before 4.5 days (at an odd millisecond) go; answers stay.
        const qint64 cutoff = T0 + 4 * kDay + 12 * kHour + 12345;
        QString error;
        QVERIFY2(succeeded(h->prune(at(cutoff)), &error), qPrintable(error));
        QCOMPARE(h->results(w.services[0], at(T0), at(cutoff)).value().size(), 0);
        QVERIFY(!h->results(w.services[0], at(cutoff), at(w.end)).value().isEmpty());
        h.reset();
        h = openOrDie(path);
        for (const QString &s : w.services) {
            for (int i = 0; i < queries.size(); ++i) {
                const Query &q = queries[i];
                const UptimeReport got = h->uptime(s, at(q.from), at(q.to), at(q.now)).value();
                QVERIFY2(got == answers[s][i],
                         qPrintable(QStringLiteral("after pruning, %1 [%2, %3):\n got  %4\n was  %5")
                                        .arg(s)
                                        .arg(q.from - T0)
                                        .arg(q.to - T0)
                                        .arg(describe(got), describe(answers[s][i]))));
            }
        }
        QCOMPARE(h->stateChanges(w.services[0], at(T0), at(w.end)).value().size(), changesBefore.size());
    }

    // The app prunes as it goes, so a PENDING run may lose its start (raw results)
    // before DOWN confirms it. Pruning a few minutes behind every small batch makes that common;
    // the answers must still be the brute-force definition.
    void weekPrunedWhileRecordingEqualsBruteForce()
    {
        QRandomGenerator rng(20260303);
        const Week w = makeWeek(rng);
        auto h = openOrDie(freshPath());
        QHash<QString, QVector<S>> counted;
        for (const QString &s : w.services)
            counted.insert(s, countedStates(w.recorded[s]));
        QHash<QString, int> seen; // results of each service recorded so far
        int straddling = 0;       // prunes that cut into a PENDING run DOWN confirms later
        for (int i = 0; i < w.all.size();) {
            const int n = std::min<int>(w.all.size() - i, 1 + rng.bounded(300));
            QString error;
            QVERIFY2(succeeded(h->record(w.all.mid(i, n), w.intervals), &error), qPrintable(error));
            for (int k = i; k < i + n; ++k)
                ++seen[w.all[k].service];
            i += n;
            const qint64 cutoff = w.all[i - 1].time.toMSecsSinceEpoch() - rng.bounded(int(15 * kMinute));
            QVERIFY2(succeeded(h->prune(at(cutoff)), &error), qPrintable(error));
            for (const QString &s : w.services) {
                const QVector<Recorded> &rs = w.recorded[s];
                int j = seen.value(s) - 1;
                if (j < 0 || rs[j].state != S::Pending || counted[s][j] != S::Down)
                    continue;
                while (j > 0 && counted[s][j - 1] == S::Down && rs[j - 1].state == S::Pending)
                    --j;
                straddling += rs[j].t < cutoff ? 1 : 0;
            }
        }
        QVERIFY2(straddling > 5, qPrintable(QString::number(straddling)));
        const QVector<Window> windows = addRandomMaintenance(*h, w, rng);
        QCOMPARE(windows.size(), 12);
        QHash<QString, QVector<UptimeReport>> answers;
        compareWithBruteForce(*h, w, windows, randomQueries(rng, w.end), &answers);
    }

    void latencySeriesRespectsMaxPoints()
    {
        auto h = openOrDie(freshPath());
        const QString svc = QStringLiteral("api");
        // Two days every 30 s; latency = minute of the day, DOWN (no answer) once an hour.
        QVector<ProbeResult> rs;
        for (qint64 t = T0; t < T0 + 2 * kDay; t += 30 * kSecond) {
            const bool down = (t - T0) % kHour == 0;
            rs.append(result(svc, t, down ? S::Down : S::Up, down ? -1 : int((t - T0) % kDay / kMinute)));
        }
        QVERIFY(h->record(rs, every30s({svc})).ok());
        const QDateTime from = at(T0), to = at(T0 + 2 * kDay);
        for (const int maxPoints : {1, 2, 7, 48, 100, 500, 2880, 5760, 10000}) {
            const QVector<LatencyPoint> points = h->latencySeries(svc, from, to, maxPoints).value();
            QVERIFY2(!points.isEmpty() && points.size() <= maxPoints, qPrintable(QString::number(maxPoints)));
            int total = 0;
            for (int i = 0; i < points.size(); ++i) {
                total += points[i].results;
                QVERIFY(i == 0 || points[i - 1].time < points[i].time);
            }
            QCOMPARE(total, rs.size());
        }
        // Raw when they fit: one point per result.
        const auto raw = h->latencySeries(svc, at(T0 + 2 * kMinute), at(T0 + 5 * kMinute), 6).value();
        QCOMPARE(raw.size(), 6);
        QCOMPARE(raw[0].time, at(T0 + 2 * kMinute));
        QCOMPARE(raw[0].maxLatencyMs, 2);
        // A day in ≤ 500 points: minutes do not fit (1440), hours do; each is the mean of its results.
        const auto hours = h->latencySeries(svc, from, at(T0 + kDay), 500).value();
        QCOMPARE(hours.size(), 24);
        QCOMPARE(hours[1].time, at(T0 + kHour));
        QCOMPARE(hours[1].results, 120);
        QCOMPARE(hours[1].worst, S::Down);
        QCOMPARE(hours[1].maxLatencyMs, 119);
        QCOMPARE(hours[1].avgLatencyMs, (60 * 2 * (60 + 119) / 2.0 - 60) / 119.0);
        // Two days in 1 point: both days merged.
        const auto one = h->latencySeries(svc, from, to, 1).value();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].time, from);
        QCOMPARE(one[0].maxLatencyMs, 1439);
        QVERIFY(h->latencySeries(svc, from, to, 0).value().isEmpty());
        QVERIFY(h->latencySeries(QStringLiteral("nobody"), from, to, 10).value().isEmpty());

        // Pruned ranges are drawn from the hours, never from the missing raw results.
        QVERIFY(h->prune(at(T0 + kDay)).ok());
        const auto pruned = h->latencySeries(svc, at(T0 + kHour), at(T0 + 2 * kHour), 500).value();
        QCOMPARE(pruned.size(), 1);
        QCOMPARE(pruned[0].results, 120);
    }

    void stateChangesListEachChangeWithReason()
    {
        auto h = openOrDie(freshPath());
        const QString svc = QStringLiteral("api");
        const QVector<ProbeResult> rs = {
            result(svc, T0, S::Up, 100, QStringLiteral("HTTP 200 in 100 ms")),
            result(svc, T0 + 30000, S::Up),
            result(svc, T0 + 60000, S::Degraded, 900, QStringLiteral("HTTP 200 in 900 ms: slower than 500 ms")),
            result(svc, T0 + 90000, S::Pending, -1, QStringLiteral("HTTP 503 (retry 1 of 2)")),
            result(svc, T0 + 120000, S::Down, -1, QStringLiteral("HTTP 503 (confirmed)")),
            result(svc, T0 + 150000, S::Down),
            result(svc, T0 + 180000, S::Up, 80, QStringLiteral("HTTP 200 in 80 ms")),
            result(svc, T0 + kHour, S::Up), // after a gap: no change
            result(svc, T0 + kHour + 30000, S::Unknown, -1, QStringLiteral("bad URL")),
        };
        QVERIFY(h->record(rs.mid(0, 4), every30s({svc})).ok());
        QVERIFY(h->record(rs.mid(4), every30s({svc})).ok());
        const auto changes = h->stateChanges(svc, at(T0), at(T0 + kDay)).value();
        const QVector<std::tuple<qint64, S, S, QString>> want = {
            {T0, S::Unknown, S::Up, QStringLiteral("HTTP 200 in 100 ms")},
            {T0 + 60000, S::Up, S::Degraded, QStringLiteral("HTTP 200 in 900 ms: slower than 500 ms")},
            {T0 + 90000, S::Degraded, S::Pending, QStringLiteral("HTTP 503 (retry 1 of 2)")},
            {T0 + 120000, S::Pending, S::Down, QStringLiteral("HTTP 503 (confirmed)")},
            {T0 + 180000, S::Down, S::Up, QStringLiteral("HTTP 200 in 80 ms")},
            {T0 + kHour + 30000, S::Up, S::Unknown, QStringLiteral("bad URL")},
        };
        QCOMPARE(changes.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            QCOMPARE(changes[i].time, at(std::get<0>(want[i])));
            QCOMPARE(changes[i].from, std::get<1>(want[i]));
            QCOMPARE(changes[i].to, std::get<2>(want[i]));
            QCOMPARE(changes[i].reason, std::get<3>(want[i]));
        }
        QCOMPARE(h->stateChanges(svc, at(T0 + 1), at(T0 + 120000)).value().size(), 2);
    }

    // A schema-1 file counted confirmed PENDING runs as pending. Opening it moves them to down,
    // also where the minutes are pruned; blips stay pending.
    void olderFilesCountConfirmedPendingAsDown()
    {
        const QString path = freshPath();
        const QString midnightRun = QStringLiteral("midnight"); // confirmed, then DOWN again, pruned start
        const QString openDown = QStringLiteral("open");        // confirmed by the last, open result
        const QString blip = QStringLiteral("blip");
        const qint64 midnight = T0 + kDay;
        const qint64 firstPending = midnight - 45 * kSecond;
        const qint64 confirm = midnight + 255 * kSecond;
        QVector<ProbeResult> rs;
        for (qint64 t = firstPending - 2 * kMinute; t < confirm + kMinute; t += 30 * kSecond) {
            rs.append(result(midnightRun, t, t < firstPending ? S::Up : t < confirm ? S::Pending : S::Down));
            rs.append(result(blip, t + 1, t < firstPending || t >= confirm ? S::Up : S::Pending));
        }
        rs += series(openDown, T0 + 3 * kHour, {S::Up, S::Pending, S::Pending, S::Down});
        const QDateTime now = at(midnight + kHour);
        QHash<QString, UptimeReport> want;
        {
            auto h = openOrDie(path);
            QVERIFY(h->record(rs, every30s({midnightRun, openDown, blip})).ok());
            QVERIFY(h->prune(at(midnight + 90 * kSecond)).ok());
            for (const QString &s : {midnightRun, openDown, blip})
                want.insert(s, h->uptime(s, at(T0), at(T0 + 2 * kDay), now).value());
        }
        QCOMPARE(want[midnightRun].downMs, confirm + 90 * kSecond - firstPending);
        QCOMPARE(want[openDown].downMs, 120 * kSecond);
        QCOMPARE(want[blip].pendingMs, confirm - firstPending);

        // What schema 1 wrote: the confirmed runs as PENDING, each up to its DOWN result.
        {
            RawDb raw(path);
            QCOMPARE(toSchema2Layout(raw), QString()); // schema 1 and 2 share their tables
            auto unconfirm = [&](const QString &service, qint64 start, qint64 end) {
                const QString id = QStringLiteral("(SELECT id FROM services WHERE name = '%1')").arg(service);
                QCOMPARE(raw.exec(QStringLiteral("INSERT INTO runs SELECT service_id, %1, end_ms, state FROM runs"
                                                 " WHERE service_id = %2 AND start_ms = %3 AND end_ms > %1")
                                      .arg(end)
                                      .arg(id)
                                      .arg(start)),
                         QString());
                QCOMPARE(raw.exec(QStringLiteral("UPDATE runs SET state = 3, end_ms = %1 WHERE service_id = %2"
                                                 " AND start_ms = %3")
                                      .arg(end)
                                      .arg(id)
                                      .arg(start)),
                         QString());
                for (const qint64 step : {kMinute, kHour, kDay}) {
                    const int level = step == kMinute ? 0 : step == kHour ? 1 : 2;
                    for (qint64 b = start - (start - T0) % step; b < end; b += step) {
                        QCOMPARE(raw.exec(QStringLiteral("UPDATE rollups SET pending_ms = pending_ms + %1,"
                                                         " down_ms = down_ms - %1 WHERE level = %2"
                                                         " AND service_id = %3 AND bucket_ms = %4")
                                              .arg(overlap(b, b + step, start, end))
                                              .arg(level)
                                              .arg(id)
                                              .arg(b)),
                                 QString());
                    }
                }
            };
            unconfirm(midnightRun, firstPending, confirm);
            unconfirm(openDown, T0 + 3 * kHour + 30 * kSecond, T0 + 3 * kHour + 90 * kSecond);
            QCOMPARE(raw.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")), QString());
        }
        const QString pendingLeft = QStringLiteral("SELECT (SELECT COUNT(*) FROM runs WHERE state = 3), (SELECT "
                                                   "TOTAL(pending_ms) FROM rollups WHERE level = 2)");
        using V = QVector<qint64>;
        QCOMPARE(RawDb(path).row(pendingLeft),
                 (V{3, 2 * (confirm - firstPending) + 60 * kSecond})); // blip, midnight, open

        auto h = openOrDie(path);
        for (const QString &s : {midnightRun, openDown, blip})
            QVERIFY2(h->uptime(s, at(T0), at(T0 + 2 * kDay), now).value() == want[s], qPrintable(s));
        h.reset();
        RawDb raw(path);
        QCOMPARE(raw.row(pendingLeft), (V{1, confirm - firstPending})); // the blip
        QCOMPARE(raw.row(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 V{ProbeHistory::kSchemaVersion});
    }

    // A passed check's reason only repeats its row: it is stored as a code and made again word
    // for word. A reason that says more, or in other words (a translation), is kept as written.
    void reasonsThatRepeatTheRowAreCodes()
    {
        using Kind = ServiceDefinition::Kind;
        auto judged = [](Kind kind, int status, int exitCode, int latency, const QString &condition = {},
                         const QString &degraded = {}) {
            ServiceDefinition s;
            s.kind = kind;
            s.url = QUrl(QStringLiteral("http://127.0.0.1/health"));
            if (!condition.isEmpty())
                s.conditions = {Condition::parse(condition).value()};
            if (!degraded.isEmpty())
                s.degradedConditions = {Condition::parse(degraded).value()};
            ProbeOutcome o;
            o.observation.connected = true;
            o.observation.status = status;
            o.observation.exitCode = exitCode;
            o.observation.responseTimeMs = latency;
            o.observation.body = "{\"status\":\"down\"}";
            return judgeOutcome(s, o).reason;
        };
        struct Case
        {
            QString reason;
            int latency;
            ReasonCode code;
        };
        QVector<Case> cases;
        for (const int latency : {0, 7, 103, 5000}) {
            for (const int status : {200, 204, 302})
                cases.append({judged(Kind::Http, status, -1, latency), latency, ReasonCode::HttpStatus});
            cases.append({judged(Kind::Tcp, -1, -1, latency), latency, ReasonCode::Connected});
            cases.append({judged(Kind::Postgres, -1, -1, latency), latency, ReasonCode::AcceptingConnections});
            for (const int exitCode : {0, 3})
                cases.append({judged(Kind::Command, -1, exitCode, latency), latency, ReasonCode::ExitCode});
        }
        // The words the probes have always said (and schema 2 stored).
        QCOMPARE(cases[2 * 7 + 0].reason, QStringLiteral("HTTP 200 in 103 ms"));
        QCOMPARE(cases[2 * 7 + 3].reason, QStringLiteral("connected in 103 ms"));
        QCOMPARE(cases[2 * 7 + 4].reason, QStringLiteral("accepting connections (103 ms)"));
        QCOMPARE(cases[2 * 7 + 6].reason, QStringLiteral("exit code 3 in 103 ms"));
        const QVector<Case> asWritten = {
            {judged(Kind::Http, 503, -1, 40, QStringLiteral("[STATUS] == 200")), 40, ReasonCode::Text},
            {judged(Kind::Http, 200, -1, 950, {}, QStringLiteral("[RESPONSE_TIME] < 800")), 950, ReasonCode::Text},
            {QStringLiteral("HTTP 200 in 103 ms (attempt 1 of 3)"), 103, ReasonCode::Text},
            {QStringLiteral("connection refused"), -1, ReasonCode::Text},
            {QStringLiteral("verbunden in 4 ms"), 4, ReasonCode::Text},    // a German desk's
            {QStringLiteral("HTTP 200 in 103 ms"), 104, ReasonCode::Text}, // another latency
            {QStringLiteral("HTTP 503 in 40 ms"), -1, ReasonCode::Text},   // no latency in the row
            {QStringLiteral("HTTP 0200 in 5 ms"), 5, ReasonCode::Text},    // not how a number is written
            {QStringLiteral("HTTP +200 in 5 ms"), 5, ReasonCode::Text},
            {QStringLiteral("HTTP  200 in 5 ms"), 5, ReasonCode::Text},
            {QStringLiteral("HTTP 200 in 5 ms "), 5, ReasonCode::Text},
            {QStringLiteral("HTTP 99999999999 in 5 ms"), 5, ReasonCode::Text}, // beyond an int
            {QStringLiteral("HTTP in 5 ms"), 5, ReasonCode::Text},
            {QStringLiteral(""), 5, ReasonCode::Text},
        };
        QVERIFY(asWritten[0].reason.startsWith(QStringLiteral("HTTP 503 in 40 ms: {")));
        QVERIFY(asWritten[1].reason.startsWith(QStringLiteral("degraded: ")));
        cases += asWritten;

        const QString path = freshPath();
        auto h = openOrDie(path);
        const QString svc = QStringLiteral("api");
        QVector<ProbeResult> rs;
        for (int i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const StoredReason stored = StoredReason::of(c.reason, c.latency);
            QVERIFY2(stored.code == c.code, qPrintable(c.reason));
            QCOMPARE(reasonText(stored.code, stored.number, stored.text, c.latency), c.reason);
            rs.append(result(svc, T0 + i * 30 * kSecond, S::Up, c.latency, c.reason));
        }
        QVERIFY(h->record(rs, every30s({svc})).ok());
        const auto read = h->results(svc, at(T0), at(T0 + kDay)).value();
        QCOMPARE(read.size(), cases.size());
        for (int i = 0; i < cases.size(); ++i)
            QCOMPARE(read[i].reason, cases[i].reason);
        h.reset();
        // The file holds a code and no words for each reason that repeats its row.
        RawDb raw(path);
        for (int i = 0; i < cases.size(); ++i) {
            const QVector<qint64> row = raw.row(QStringLiteral("SELECT reason_code, reason_text IS NULL FROM results"
                                                               " WHERE t_ms = %1")
                                                    .arg(T0 + i * 30 * kSecond));
            QCOMPARE(row, (QVector<qint64>{int(cases[i].code), cases[i].code == ReasonCode::Text ? 0 : 1}));
        }
    }

    // A schema-2 file (reasons in words, minute rollups) is converted when first opened, in one
    // transaction: every answer is what it was, the words of every reason too, and the file shrinks.
    void olderFilesConvertOnceKeepingEveryAnswer()
    {
        const QString path = freshPath();
        const QStringList services = {QStringLiteral("api"), QStringLiteral("tcp"), QStringLiteral("pg"),
                                      QStringLiteral("job")};
        const qint64 end = T0 + 2 * kDay + 17 * kMinute + 321;
        QRandomGenerator rng(2026);
        QVector<ProbeResult> rs;
        for (qint64 t = T0 + 777; t < end; t += 30 * kSecond + rng.bounded(1000)) {
            if (t > T0 + 20 * kHour && t < T0 + 21 * kHour)
                continue; // the dashboard stopped
            for (int k = 0; k < services.size(); ++k) {
                const int roll = rng.bounded(200);
                const S state = roll == 0 ? S::Pending : roll == 1 ? S::Down : roll < 5 ? S::Degraded : S::Up;
                const int latency = state == S::Down || state == S::Pending ? -1 : int(rng.bounded(1, 1200));
                QString reason;
                if (state == S::Up) {
                    const QString words[] = {QStringLiteral("HTTP %1 in %2 ms").arg(roll % 7 == 0 ? 204 : 200),
                                             QStringLiteral("connected in %1 ms"),
                                             QStringLiteral("accepting connections (%1 ms)"),
                                             QStringLiteral("exit code 0 in %1 ms")};
                    reason = words[k].arg(latency);
                    if (roll == 6)
                        reason = QStringLiteral("verbunden in %1 ms").arg(latency);
                } else if (state == S::Degraded) {
                    reason = QStringLiteral("degraded: [RESPONSE_TIME] < 800 failed: was %1").arg(latency);
                } else {
                    reason = QStringLiteral("HTTP 503 in 40 ms: {\"status\":\"down\"} (attempt 1 of 3)");
                }
                rs.append(result(services[k], t + k, state, latency, reason));
            }
        }
        QStringList before;
        {
            auto h = openOrDie(path);
            QVERIFY(h->record(rs, every30s(services)).ok());
            QVERIFY(h->prune(at(T0 + 6 * kHour + 4321)).ok());
            QVERIFY(h->addMaintenance(QStringLiteral("pg"), at(T0 + kDay), at(T0 + kDay + 2 * kHour),
                                      QStringLiteral("upgrade"))
                        .ok());
            before = answersOf(*h, services, T0, end);
        }
        QVERIFY(before.size() > 20000);
        {
            RawDb raw(path);
            QCOMPARE(toSchema2Layout(raw), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'")), QString());
            QCOMPARE(raw.exec(QStringLiteral("VACUUM")), QString());
            // As schema 2 had it: minutes kept from the one holding the cutoff on, words everywhere.
            QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*) > 2000, MIN(bucket_ms) FROM rollups WHERE level = 0")),
                     (QVector<qint64>{1, T0 + 6 * kHour}));
            QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*) FROM results WHERE reason = 'HTTP 200 in '"
                                            " || latency_ms || ' ms'"))
                             .value(0)
                         > 1000,
                     true);
        }
        const qint64 oldSize = QFileInfo(path).size();

        auto h = openOrDie(path);
        const QStringList after = answersOf(*h, services, T0, end);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after[i], before[i]);
        h.reset();
        RawDb raw(path);
        using V = QVector<qint64>;
        QCOMPARE(raw.row(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 V{ProbeHistory::kSchemaVersion});
        QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*) FROM rollups WHERE level = 0")), V{0});
        // Each passed reason is a code; the German words, the failures and the degraded stay words.
        for (int code = 1; code <= 4; ++code) {
            QVERIFY2(
                raw.row(QStringLiteral("SELECT COUNT(*) FROM results WHERE reason_code = %1 AND reason_text IS NULL")
                            .arg(code))
                        .value(0)
                    > 100,
                qPrintable(QString::number(code)));
        }
        QVERIFY(raw.row(QStringLiteral("SELECT COUNT(*) FROM results WHERE reason_code = 0"
                                       " AND reason_text LIKE 'verbunden in %'"))
                    .value(0)
                > 10);
        QCOMPARE(
            raw.row(QStringLiteral("SELECT COUNT(*) FROM results WHERE (reason_code = 0) = (reason_text IS NULL)")),
            V{0});
        QVERIFY2(QFileInfo(path).size() < oldSize * 2 / 3,
                 qPrintable(QStringLiteral("%1 -> %2").arg(oldSize).arg(QFileInfo(path).size())));
    }

    void newerSchemaIsLeftAlone()
    {
        const QString path = freshPath();
        {
            auto h = openOrDie(path);
            QVERIFY(h->record({result(QStringLiteral("a"), T0, S::Up)}, every30s({QStringLiteral("a")})).ok());
        }
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")), QString());
        }
        const FileSnapshot before = FileSnapshot::of(path);
        QString error;
        QVERIFY(!openHistoryOr(path, &error));
        QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath()) && error.contains(QStringLiteral("99")),
                 qPrintable(error));
        QVERIFY(FileSnapshot::of(path) == before);
    }

    void corruptFilesAreLeftAlone()
    {
        // Not SQLite at all; an SQLite header and garbage; a history with damaged pages.
        const QString text = freshPath();
        const QString garbage = freshPath();
        const QString damaged = freshPath();
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("service,uptime\napi,99.9\n").repeated(100));
        }
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes("SQLite format 3\0", 16);
            for (int i = 0; i < 8192; ++i)
                bytes.append(char((i * 131 + 17) & 0xff));
            f.write(bytes);
        }
        {
            auto h = openOrDie(damaged);
            QVERIFY(
                h->record(series(QStringLiteral("api"), T0, QVector<S>(3000, S::Up)), every30s({QStringLiteral("api")}))
                    .ok());
        }
        {
            const qint64 size = QFileInfo(damaged).size();
            QFile f(damaged);
            QVERIFY(size > 16 * 4096 && f.open(QIODevice::ReadWrite) && f.seek(size / 2 - 4096 * 3));
            QByteArray junk;
            for (int i = 0; i < 4096 * 6; ++i)
                junk.append(char((i * 197 + 3) & 0xff));
            QCOMPARE(f.write(junk), junk.size());
        }
        for (const QString &path : {text, garbage, damaged}) {
            const FileSnapshot before = FileSnapshot::of(path);
            QString error;
            QVERIFY2(!openHistoryOr(path, &error), qPrintable(path));
            QVERIFY2(error.contains(path) || error.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error));
            QVERIFY2(FileSnapshot::of(path) == before, qPrintable(path));
        }
    }

    void foreignFilesAreLeftAlone()
    {
        const QString other = freshPath();
        {
            RawDb raw(other);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")), QString());
        }
        // The checklist store beside it is a Go-Live Control file, but not a history.
        const QString checklist = m_dir.filePath(QStringLiteral("launch.sqlite"));
        {
            QVERIFY(EventStore::open(checklist, EventStore::Access::ReadWrite));
        }
        for (const QString &path : {other, checklist}) {
            const FileSnapshot before = FileSnapshot::of(path);
            QString error;
            QVERIFY(!openHistoryOr(path, &error));
            QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath())
                         && error.contains(QStringLiteral("another program")),
                     qPrintable(error));
            QVERIFY2(FileSnapshot::of(path) == before, qPrintable(path));
        }
        QString error;
        QVERIFY(!openHistoryOr(m_dir.path(), &error));
        QVERIFY(error.contains(m_dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestProbeHistory)
#include "tst_probehistory.moc"
