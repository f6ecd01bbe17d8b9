// Event-loop lag of the real window while another process appends to the same launch record as
// fast as it can (a `golive tick` loop, a CI job): the window watches the record (refresh every
// 2 s, as the application does) and its operator ticks an item every 100 ms meanwhile. With
// asynchronous writes (the application's setting) a tick waits for the lock on the writer
// thread; with --sync it waits on the GUI thread, which is what the window did before.
//
//   record_lag_bench [--ticks N] [--sync] [--tick-ms MS]        (QT_QPA_PLATFORM=offscreen)
//   record_lag_bench --writer STORE N                           (the other process)
//
// Prints the other process's events/s, the window's own ticks (accepted, committed, failed) and
// the event-loop lag p50, p99 and max. Aim: p99 < 16 ms (one frame at 60 Hz).
#include "models/record/EventStore.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "ui/MainWindow.h"

#include "bench/LagSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

using LagSupport::option;
using LagSupport::percentile;

// The other process: N ticks and unticks of one item, one transaction each.
int runWriter(const QString &path, int count)
{
    auto store = EventStore::open(path, EventStore::Access::ReadWrite);
    if (!store) {
        QTextStream(stderr) << store.error().message << '\n';
        return 1;
    }
    const Actor ci = Actor::program(QStringLiteral("ci-loop"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const EventDraft d = EventDraft::of(i % 2 ? EventKind::ItemUnticked : EventKind::ItemTicked,
                                            {{QStringLiteral("item"), QStringLiteral("ci-item")}});
        if (auto r = store.value()->append(ci, {d}); !r) {
            QTextStream(stderr) << r.error().message << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << count / (timer.nsecsElapsed() / 1e9) << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GoLiveControl"));
    QCoreApplication::setApplicationName(QStringLiteral("golive-record-lag-bench"));
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--writer"))
        return runWriter(args.at(2), args.at(3).toInt());
    QTextStream out(stdout);
    const int ticks = qBound(100, option(args, "--ticks", QStringLiteral("10000")).toInt(), 1000000);
    const int tickMs = qBound(1, option(args, "--tick-ms", QStringLiteral("5")).toInt(), 100);
    const bool sync = args.contains(QLatin1String("--sync"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("launch.sqlite"));
    LaunchRecord::OpenOptions options;
    options.asyncWrites = !sync;
    auto opened =
        LaunchRecord::open(path, Actor::person(QStringLiteral("bench"), QStringLiteral("Platform Lead")), options);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    LaunchRecord *session = opened.value().get();
    MainWindow window(session);
    window.resize(1400, 900);
    window.show();
    session->startWatching(2000);

    QStringList tickable;
    for (const ChecklistNode *n : session->document()->nodesInOrder())
        if (n->isTickable())
            tickable.append(n->id());

    int accepted = 0, failed = 0, refusedAtOnce = 0;
    QObject::connect(session, &LaunchRecord::writeFailed, &app, [&] { ++failed; });
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    QVector<double> lags;
    double worstOwnTickMs = 0;
    QTimer lagTick;
    lagTick.setTimerType(Qt::PreciseTimer);
    lagTick.setInterval(tickMs);
    QObject::connect(&lagTick, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            lags.append(qMax(0.0, (now - last) / 1e6 - tickMs));
        last = now;
    });
    // The operator ticks and unticks items while the other process writes.
    QTimer operatorTick;
    operatorTick.setInterval(100);
    int step = 0;
    QObject::connect(&operatorTick, &QTimer::timeout, &app, [&] {
        const QString id = tickable.at(step % tickable.size());
        const bool done = (step / tickable.size()) % 2 == 0;
        ++step;
        QElapsedTimer own;
        own.start();
        const Status s = window.checklistDesk()->setDone(id, done);
        worstOwnTickMs = qMax(worstOwnTickMs, own.nsecsElapsed() / 1e6);
        s ? ++accepted : ++refusedAtOnce;
    });

    QProcess writer;
    QElapsedTimer writerClock;
    QObject::connect(&writer, &QProcess::finished, &app, [&](int code) {
        const double writerS = writerClock.nsecsElapsed() / 1e9;
        lagTick.stop();
        operatorTick.stop();
        // Let the writer thread finish what the operator asked, then read the record once more.
        QTimer::singleShot(3000, &app, [&, code, writerS] {
            session->refresh();
            int committed = 0;
            for (const QString &id : std::as_const(tickable))
                committed += session->history(id).value().size();
            out << "record lag: " << (sync ? "SYNCHRONOUS" : "asynchronous")
                << " writes in the window, another process "
                << "appending " << ticks << " ticks (exit " << code << ") in " << writerS
                << " s: " << writer.readAllStandardOutput().trimmed() << " events/s\n";
            out << "the window's own ticks every 100 ms: " << accepted << " accepted, " << committed << " committed, "
                << failed << " failed later, " << refusedAtOnce
                << " refused at once; slowest setDone() call on the GUI thread "
                << QString::number(worstOwnTickMs, 'f', 1) << " ms\n";
            out << "event-loop lag ms (" << lags.size() << " ticks of " << tickMs << " ms): p50 "
                << QString::number(percentile(lags, 0.5), 'f', 2) << ", p99 "
                << QString::number(percentile(lags, 0.99), 'f', 2) << ", max "
                << QString::number(percentile(lags, 1.0), 'f', 2) << " (aim p99 < 16)\n";
            out << "ratio p99 / one 60 Hz frame (16 ms): " << QString::number(percentile(lags, 0.99) / 16.0, 'f', 2)
                << "; head " << session->headSeq() << ", record "
                << (session->store().verify().intact ? "intact" : "BROKEN") << '\n';
            out.flush();
            app.exit(0);
        });
    });
    QTimer::singleShot(500, &app, [&] {
        lagTick.start();
        operatorTick.start();
        writerClock.start();
        writer.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--writer"), path, QString::number(ticks)});
    });
    return app.exec();
}
