// Event-loop lag of the real window while it monitors a catalogue: MainWindow with the service
// tiles (attachMonitoring), MonitoringService probing on its worker thread and recording the
// history, wired as app/GuiApplication.cpp does. A precise QTimer on the GUI thread ticks every
// --tick-ms; each tick's lateness (time since the previous tick minus the interval) is the lag
// a person would feel. Measures after a --warmup, for --seconds; prints p50, p99 and max.
//
//   lag_bench --services FILE [--seconds S] [--warmup S] [--tick-ms MS]   (QT_QPA_PLATFORM=offscreen)
//
// Aim: p99 < 16 ms (one frame at 60 Hz).
#include "models/monitoring/MonitoringService.h"
#include "models/session/LaunchRecord.h"
#include "ui/MainWindow.h"

#include "bench/LagSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using LagSupport::option;
using LagSupport::percentile;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GoLiveControl"));
    QCoreApplication::setApplicationName(QStringLiteral("golive-lag-bench"));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString path = option(args, "--services");
    const int seconds = qBound(1, option(args, "--seconds", QStringLiteral("45")).toInt(), 600);
    const int warmupS = qBound(0, option(args, "--warmup", QStringLiteral("2")).toInt(), 120);
    const int tickMs = qBound(1, option(args, "--tick-ms", QStringLiteral("5")).toInt(), 1000);
    if (path.isEmpty()) {
        QTextStream(stderr) << "usage: lag_bench --services FILE [--seconds S] [--warmup S] [--tick-ms MS]\n";
        return 2;
    }
    const auto catalogue = LagSupport::loadServices(path);
    if (!catalogue)
        return 1;
    QVector<ServiceDefinition> services = *catalogue;
    QTemporaryDir dir;
    auto opened = LaunchRecord::open(dir.filePath(QStringLiteral("launch.sqlite")),
                                     Actor::person(QStringLiteral("bench"), QStringLiteral("Platform Lead")));
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    std::unique_ptr<LaunchRecord> session = std::move(opened.value());

    MainWindow window(session.get());
    MonitoringService monitoring;
    monitoring.start(services, dir.filePath(QStringLiteral("launch.history.sqlite")));
    window.attachMonitoring(&monitoring);
    window.resize(1600, 1000);
    window.show();

    qint64 results = 0, summaries = 0, notUp = 0;
    bool measuring = false;
    QObject::connect(&monitoring, &MonitoringService::resultReady, &app, [&](const ProbeResult &r) {
        if (!measuring)
            return;
        ++results;
        if (r.state != ServiceState::Up)
            ++notUp;
    });
    QObject::connect(&monitoring, &MonitoringService::summaryReady, &app, [&] {
        if (measuring)
            ++summaries;
    });

    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    qint64 measureFrom = 0;
    QVector<double> lags;
    lags.reserve(seconds * 1000 / tickMs + 16);
    QVector<QPair<double, double>> worst; // (lag ms, at s)
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(tickMs);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring && last >= 0) {
            const double lag = qMax(0.0, (now - last) / 1e6 - tickMs);
            lags.append(lag);
            worst.append({lag, (now - measureFrom) / 1e9});
        }
        last = now;
    });
    tick.start();
    QTimer::singleShot(warmupS * 1000, &app, [&] {
        measuring = true;
        measureFrom = clock.nsecsElapsed();
    });
    QTimer::singleShot((warmupS + seconds) * 1000, &app, [&] {
        tick.stop();
        measuring = false;
        const double measured = (clock.nsecsElapsed() - measureFrom) / 1e9;
        std::sort(worst.begin(), worst.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        out << "lag: " << services.size() << " services, MainWindow with tiles, " << measured << " s measured after "
            << warmupS << " s, a " << tickMs << " ms tick on the GUI thread\n";
        out << "results shown: " << results << " (" << QString::number(results / measured, 'f', 1)
            << " /s), not UP: " << notUp << ", tile summaries: " << summaries << '\n';
        out << "ticks: " << lags.size() << " (ideal " << int(measured * 1000 / tickMs) << ")\n";
        out << "event-loop lag ms: p50 " << QString::number(percentile(lags, 0.5), 'f', 2) << ", p99 "
            << QString::number(percentile(lags, 0.99), 'f', 2) << ", max "
            << QString::number(percentile(lags, 1.0), 'f', 2) << " (aim p99 < 16)\n";
        out << "ratio p99 / one 60 Hz frame (16 ms): " << QString::number(percentile(lags, 0.99) / 16.0, 'f', 2)
            << '\n';
        out << "worst ticks (ms at s):";
        for (int i = 0; i < qMin(8, int(worst.size())); ++i)
            out << ' ' << QString::number(worst.at(i).first, 'f', 1) << '@'
                << QString::number(worst.at(i).second, 'f', 1);
        out << '\n';
        out.flush();
        app.exit(0);
    });
    return app.exec();
}
