// Store throughput: appending tick events one transaction each (synchronous=FULL, as every
// user action is written), and rebuilding the checklist state from a long audit trail.
//
//   store_bench [--append N] [--rebuild N] [--make-store PATH N]
#include "models/record/EventStore.h"
#include "models/session/LaunchRecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Fills a store with count events over the seed checklist's items, as a long launch would.
bool fill(const QString &path, int count, int perTransaction)
{
    const Actor bench = Actor::program(QStringLiteral("bench"));
    auto session = LaunchRecord::open(path, bench);
    if (!session) {
        out() << "cannot open " << path << ": " << session.error().message << Qt::endl;
        return false;
    }
    QStringList ids;
    for (const ChecklistNode *n : session.value()->document()->nodesInOrder()) {
        if (n->isTickable())
            ids.append(n->id());
    }
    auto store = EventStore::open(path, EventStore::Access::ReadWrite);
    if (!store) {
        out() << store.error().message << Qt::endl;
        return false;
    }
    int written = 0;
    while (written < count) {
        QVector<EventDraft> batch;
        for (int i = 0; i < perTransaction && written < count; ++i, ++written) {
            const QString id = ids.at(written % ids.size());
            const bool tick = (written / ids.size()) % 2 == 0;
            batch.append(
                EventDraft::of(tick ? EventKind::ItemTicked : EventKind::ItemUnticked, {{QStringLiteral("item"), id}}));
        }
        if (const auto appended = store.value()->append(bench, batch); !appended) {
            out() << appended.error().message << Qt::endl;
            return false;
        }
    }
    return true;
}

void benchAppend(int count)
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/store-bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("append.sqlite"));
    if (!fill(path, 0, 1))
        return;
    QElapsedTimer timer;
    timer.start();
    if (!fill(path, count, 1))
        return;
    const double s = timer.nsecsElapsed() / 1e9;
    out() << "append: " << count << " tick events, one transaction each (WAL, synchronous=FULL): " << s << " s, "
          << qRound(count / s) << " events/s" << Qt::endl;
}

void benchRebuild(int count)
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/store-bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("rebuild.sqlite"));
    if (!fill(path, count, 1000))
        return;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto session = LaunchRecord::open(path, Actor::program(QStringLiteral("bench")));
        const double s = timer.nsecsElapsed() / 1e9;
        const qint64 events = session ? session.value()->headSeq() : 0;
        out() << "rebuild: open store and derive state from " << events << " events: " << s * 1000 << " ms, "
              << qRound(events / s) << " events/s" << Qt::endl;
    }
    auto opened = EventStore::open(path, EventStore::Access::ReadOnly);
    if (!opened)
        return;
    const EventStore *store = opened.value().get();
    {
        // The same state by replaying every event in order, as refresh() does for new events.
        QElapsedTimer timer;
        timer.start();
        ChecklistState state;
        qint64 applied = 0;
        store->readEvents(0, [&state, &applied](const AuditEvent &e) {
            state.apply(e);
            ++applied;
        });
        const double s = timer.nsecsElapsed() / 1e9;
        out() << "replay: every one of " << applied << " events applied in order: " << s * 1000 << " ms, "
              << qRound(applied / s) << " events/s" << Qt::endl;
    }
    QElapsedTimer timer;
    timer.start();
    const VerifyResult result = store->verify();
    const double s = timer.nsecsElapsed() / 1e9;
    out() << "verify: hash chain of " << result.eventCount << " events: " << s * 1000 << " ms, "
          << qRound(result.eventCount / s) << " events/s (" << (result.intact ? "intact" : "BROKEN") << ")" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "minimal");
    QGuiApplication app(argc, argv); // the Markdown reader needs QtGui
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--make-store")) {
        const int n = args.at(3).toInt();
        const bool ok = fill(args.at(2), n, 1000);
        out() << (ok ? "wrote " : "failed to write ") << n << " events to " << args.at(2) << Qt::endl;
        return ok ? 0 : 1;
    }
    const int appendCount = args.indexOf(QStringLiteral("--append")) > 0
        ? args.at(args.indexOf(QStringLiteral("--append")) + 1).toInt()
        : 10000;
    const int rebuildCount = args.indexOf(QStringLiteral("--rebuild")) > 0
        ? args.at(args.indexOf(QStringLiteral("--rebuild")) + 1).toInt()
        : 100000;
    benchAppend(appendCount);
    benchRebuild(rebuildCount);
    return 0;
}
