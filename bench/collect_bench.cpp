// `golive collect` over a fake n8n (tests/FakeApis) holding EXECUTIONS executions in the window,
// newest first, 250 a page (100,000 → 400 pages): wall time of the whole process and its peak
// memory (VmHWM, sampled every 10 ms), RUNS runs; checks the numbers it printed.
//
//   collect_bench [--golive PATH] [--executions N] [--runs R]
//
// Aim: under 5 s and 100 MiB. The fake server runs in this process, on the same two cores.
// The catalogue raises "maxPages" to 1000: the default of 100 pages would (rightly) refuse 400.
#include "tests/FakeApis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

namespace {

QString option(const QStringList &args, const char *name, const QString &fallback = {})
{
    const int i = args.indexOf(QLatin1String(name));
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// The process's own peak RSS (VmHWM, kB): counted from its exec. getrusage's ru_maxrss of a child
// would also count the copy of this (large) process it was forked from.
long peakRssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// User + system CPU time of every reaped child so far.
double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString golive = option(args, "--golive", QStringLiteral(GOLIVE_BINARY));
    const int executions = qBound(1, option(args, "--executions", QStringLiteral("100000")).toInt(), 10000000);
    const int runs = qBound(1, option(args, "--runs", QStringLiteral("3")).toInt(), 50);

    const QDateTime until = QDateTime(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC);
    const QDateTime since = until.addSecs(-3600);
    const QByteArray key = "bench-key-0123456789";
    FakeN8n n8n(key);
    QVector<FakeN8n::Execution> list;
    list.reserve(executions);
    int failed = 0;
    for (int i = 0; i < executions; ++i) {
        const QDateTime start = since.addMSecs(qint64(i) * 3600000 / executions);
        const bool error = i % 50 == 0;
        failed += error;
        list.append({error ? QStringLiteral("error") : QStringLiteral("success"), start,
                     start.addMSecs(50 + (i * 7919) % 4000), QStringLiteral("V4ZY8huyC6HhvWxB")});
    }
    n8n.setExecutions(list);

    QTemporaryDir dir;
    const QString catalogue = dir.filePath(QStringLiteral("services.json"));
    {
        QFile f(catalogue);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral(R"({"services": [], "collectors": [{"name": "n8n executions", "kind": "n8n-executions",
            "url": "%1", "headers": {"X-N8N-API-KEY": "${BENCH_N8N_KEY}"}, "pageSize": 250, "maxPages": 1000}]})")
                    .arg(n8n.url())
                    .toUtf8());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BENCH_N8N_KEY"), QString::fromLatin1(key));

    out << "collect: " << executions << " n8n executions in the window, " << (executions + 249) / 250
        << " pages of 250, " << runs << " runs of " << golive << Qt::endl;
    QVector<qint64> walls;
    QVector<long> peaks;
    for (int r = 0; r < runs; ++r) {
        const int pagesBefore = n8n.pagesServed();
        const double cpuBefore = childrenCpuMs();
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(golive,
                {QStringLiteral("collect"), QStringLiteral("--json"), QStringLiteral("--services"), catalogue,
                 QStringLiteral("--since"), since.toString(Qt::ISODate), QStringLiteral("--until"),
                 until.toString(Qt::ISODate)});
        p.waitForStarted();
        const qint64 pid = p.processId();
        long peakKb = 0;
        // The fake answers from this event loop; the child's peak is sampled every 10 ms until it exits.
        while (p.state() != QProcess::NotRunning) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            peakKb = std::max(peakKb, peakRssKb(pid));
        }
        peaks.append(peakKb);
        const qint64 wall = clock.elapsed();
        walls.append(wall);
        const QJsonArray figures =
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("figures")).toArray();
        const double counted = figures.at(0).toObject().value(QStringLiteral("value")).toDouble(-1);
        const double failedCounted = figures.at(1).toObject().value(QStringLiteral("value")).toDouble(-1);
        out << "  run " << r + 1 << ": " << wall << " ms (golive CPU " << qRound(childrenCpuMs() - cpuBefore)
            << " ms, peak RSS " << peakKb / 1024 << " MiB), exit " << p.exitCode() << ", "
            << n8n.pagesServed() - pagesBefore << " pages, executions " << counted << ", failed " << failedCounted
            << ", p95 " << figures.at(3).toObject().value(QStringLiteral("value")).toDouble(-1) << " ms" << Qt::endl;
        if (p.exitCode() != 0 || counted != executions || failedCounted != failed) {
            out << "golive collect gave wrong figures: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
    }
    std::sort(walls.begin(), walls.end());
    const double medianS = walls.at(walls.size() / 2) / 1000.0;
    const double peakMiB = *std::max_element(peaks.begin(), peaks.end()) / 1024.0;
    out << QStringLiteral(
               "  median wall %1 s (aim < 5 s: %2 of the aim), peak RSS %3 MiB (aim < 100 MiB: %4 of the aim)")
               .arg(medianS, 0, 'f', 2)
               .arg(medianS / 5.0, 0, 'f', 2)
               .arg(peakMiB, 0, 'f', 1)
               .arg(peakMiB / 100.0, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
