// Sustained monitoring: every service of a catalogue probed by Monitor on its interval (the
// catalogue's, or --interval), connections kept alive between rounds. After one warm-up
// interval, measures for --seconds (rounded up to whole intervals): probes done, probes/s, the
// process's CPU time (getrusage, user + sys, all threads) per probe, latencies, and results that
// were not UP.
//
//   monitor_bench --services FILE [--seconds S] [--interval S] [--baseline-us U]
//
// --baseline-us: CPU µs per request of the baseline, for the ratio: run-check.sh passes curl's in
// its check round (curl opens a connection per request there, so it is not a kept-alive figure).
#include "models/monitoring/Monitor.h"

#include "bench/LagSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>

namespace {

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

long maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

using LagSupport::option;
using LagSupport::percentile;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString path = option(args, "--services");
    const int seconds = qBound(1, option(args, "--seconds", QStringLiteral("30")).toInt(), 600);
    const int intervalS = option(args, "--interval", QStringLiteral("5")).toInt();
    const double baselineUs = option(args, "--baseline-us", QStringLiteral("0")).toDouble();
    if (path.isEmpty()) {
        QTextStream(stderr) << "usage: monitor_bench --services FILE [--seconds S] [--interval S] [--baseline-us U]\n";
        return 2;
    }
    const auto catalogue = LagSupport::loadServices(path);
    if (!catalogue)
        return 1;
    QVector<ServiceDefinition> services = *catalogue;
    int longestInterval = 0;
    for (ServiceDefinition &s : services) {
        if (intervalS > 0)
            s.intervalMs = intervalS * 1000;
        longestInterval = qMax(longestInterval, s.intervalMs);
    }
    // Whole intervals, so that every service is probed as often as the others in the window.
    const qint64 measureMs = (qint64(seconds) * 1000 + longestInterval - 1) / longestInterval * longestInterval;

    Monitor monitor;
    bool measuring = false;
    qint64 probes = 0, notUp = 0, warmupProbes = 0;
    QVector<int> latencies;
    latencies.reserve(services.size() * (seconds * 1000 / qMax(1, longestInterval) + 2));
    QObject::connect(&monitor, &Monitor::resultReady, &app, [&](const ProbeResult &r) {
        if (!measuring) {
            ++warmupProbes;
            return;
        }
        ++probes;
        if (r.state != ServiceState::Up)
            ++notUp;
        latencies.append(r.latencyMs);
    });
    double cpuStart = 0;
    QElapsedTimer wall;
    // Warm-up: the first round (spread over up to 2 s) opens the connections.
    QTimer::singleShot(longestInterval + 2000, &app, [&] {
        measuring = true;
        cpuStart = cpuMs();
        wall.start();
    });
    QTimer::singleShot(longestInterval + 2000 + measureMs, &app, [&] {
        const double cpu = cpuMs() - cpuStart;
        const double elapsedS = wall.nsecsElapsed() / 1e9;
        monitor.stop();
        const double perProbeUs = probes > 0 ? cpu * 1000.0 / double(probes) : 0;
        out << "monitor: " << services.size() << " services every " << longestInterval / 1000.0 << " s, " << elapsedS
            << " s measured after a warm-up of " << (longestInterval + 2000) / 1000.0 << " s (" << warmupProbes
            << " probes)\n";
        out << "probes: " << probes << " (" << QString::number(probes / elapsedS, 'f', 1) << " /s; expected "
            << QString::number(services.size() * 1000.0 / longestInterval, 'f', 1) << " /s), not UP: " << notUp << '\n';
        out << "latency ms: p50 " << percentile(latencies, 0.5) << ", p99 " << percentile(latencies, 0.99) << ", max "
            << percentile(latencies, 1.0) << '\n';
        out << "CPU (user+sys, all threads): " << QString::number(cpu, 'f', 0)
            << " ms = " << QString::number(perProbeUs, 'f', 1) << " us per probe, "
            << QString::number(cpu / 10.0 / elapsedS, 'f', 1) << " % of one core; max RSS " << maxRssKb() / 1024
            << " MiB\n";
        if (baselineUs > 0)
            out << "ratio CPU per probe / baseline (curl, " << QString::number(baselineUs, 'f', 1)
                << " us per request): " << QString::number(perProbeUs / baselineUs, 'f', 2) << '\n';
        out.flush();
        app.exit(notUp == 0 && probes > 0 ? 0 : 1);
    });
    monitor.setServices(services);
    monitor.start();
    return app.exec();
}
