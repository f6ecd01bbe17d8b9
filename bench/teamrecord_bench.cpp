// The team record under load (issue #10): N desks, each a process of its own (teamrecord_writer),
// append M ticks each, one transaction each, all at once, to one record, while a listening desk
// in this process follows it: a LaunchRecord, which on PostgreSQL LISTENs and refreshes when
// notified. Then the same N × M against one SQLite file (the baseline), whose desk looks for
// changes every 2 s, as the application watches a file.
//
//   teamrecord_bench --record ADDRESS [--baseline FILE] [--processes N] [--ticks M] [--window]
// --window: the listening desk is opened as the window opens it (a writer thread that LISTENs, reads
// the announced events and hands them over) instead of listening on its own thread.
//
// Prints per record: events/s (ACKed events over the time from GO to the last ACK), lost (ACKed
// seqs that are not the desk's event in the record), duplicates, verify() with the count,
// whether the listening desk ended in step with the record, and the time from each commit (the
// writer's wall clock when append() returned) to the moment the listening desk had the event in
// its state (its headChanged after the refresh): p50, p90, p99, max. Aim: 0 lost, p99 < 1 s.
#include "bench/LagSupport.h"
#include "bench/WallClock.h"
#include "models/record/EventStore.h"
#include "models/session/LaunchRecord.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <vector>

namespace {

using LagSupport::option;
using LagSupport::percentile;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString deskName(int desk)
{
    return QStringLiteral("desk-%1").arg(desk + 1);
}

struct Ack
{
    int desk = 0;
    qint64 seq = 0;
    qint64 committedUs = 0;
};

struct Figures
{
    bool ran = false;
    int acked = 0;
    int failedDesks = 0;
    double wallS = 0;
    int lost = 0;
    int duplicates = 0;
    int inRecord = 0; // the desks' events the record holds
    VerifyResult verify;
    bool deskInStep = false;
    int refreshes = 0;
    int notShown = 0;
    QVector<double> latencyMs;

    double eventsPerSecond() const { return wallS > 0 ? acked / wallS : 0; }
};

// N writer processes, started together, that report READY, ACK and their end.
class Desks
{
public:
    Desks(const QString &address, const QStringList &items, int processes, int ticks)
    {
        const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/teamrecord_writer");
        for (int i = 0; i < processes; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QObject::connect(p.get(), &QProcess::readyReadStandardOutput, p.get(), [this, i] { readLines(i); });
            QObject::connect(p.get(), &QProcess::finished, p.get(), [this, i](int code, QProcess::ExitStatus status) {
                readLines(i);
                if (code != 0 || status != QProcess::NormalExit)
                    ++m_failed;
                if (++m_finished == int(m_processes.size()))
                    m_loop.quit();
            });
            p->start(writer,
                     {address, QStringLiteral("--item"), items.at(i % items.size()), QStringLiteral("--actor"),
                      deskName(i), QStringLiteral("--count"), QString::number(ticks)});
            m_processes.push_back(std::move(p));
        }
    }

    // Runs the event loop (the listening desk's too) until every writer has ended.
    void run()
    {
        for (const auto &p : m_processes) {
            if (!p->waitForStarted()) {
                out() << "cannot start " << p->program() << ": " << p->errorString() << Qt::endl;
                return;
            }
        }
        m_loop.exec();
    }

    const QVector<Ack> &acks() const { return m_acks; }
    qint64 goUs() const { return m_goUs; }
    int failed() const { return m_failed; }

private:
    void readLines(int desk)
    {
        QProcess *p = m_processes.at(size_t(desk)).get();
        while (p->canReadLine()) {
            const QByteArray line = p->readLine().trimmed();
            const QList<QByteArray> words = line.split(' ');
            if (words.first() == "ACK" && words.size() == 3) {
                m_acks.append({desk, words.at(1).toLongLong(), words.at(2).toLongLong()});
            } else if (words.first() == "READY") {
                if (++m_ready == int(m_processes.size()))
                    go();
            } else {
                out() << "  " << deskName(desk) << ": " << line << Qt::endl;
            }
        }
    }

    void go()
    {
        m_goUs = wallClockUs();
        for (const auto &p : m_processes)
            p->write("GO\n");
    }

    std::vector<std::unique_ptr<QProcess>> m_processes;
    QEventLoop m_loop;
    QVector<Ack> m_acks;
    qint64 m_goUs = 0;
    int m_ready = 0;
    int m_finished = 0;
    int m_failed = 0;
};

// Reads the record as it ended and checks every ACK against it, and the desk's state against it.
void checkRecord(const QString &address, const Desks &desks, const LaunchRecord &desk, Figures *f)
{
    auto opened = EventStore::open(address, EventStore::Access::ReadOnly);
    if (!opened) {
        out() << "cannot read " << address << ": " << opened.error().message << Qt::endl;
        return;
    }
    const EventStore &store = *opened.value();
    QHash<qint64, QString> writerOf; // seq → the desk that wrote it
    QHash<QString, bool> lastDone;   // item → ticked or not as the record ends
    qint64 head = 0;
    store.readEvents(0, [&](const AuditEvent &e) {
        head = e.seq;
        if (!e.actor.name.startsWith(QLatin1String("desk-")))
            return;
        writerOf.insert(e.seq, e.actor.name);
        lastDone.insert(e.payload.value(QStringLiteral("item")).toString(), e.kind == EventKind::ItemTicked);
    });
    f->inRecord = int(writerOf.size());
    QSet<qint64> acked;
    for (const Ack &a : desks.acks()) {
        if (writerOf.value(a.seq) != deskName(a.desk))
            ++f->lost;
        if (acked.contains(a.seq))
            ++f->duplicates;
        acked.insert(a.seq);
    }
    // Events of the desks that no ACK accounts for: an append written twice.
    for (auto it = writerOf.constBegin(); it != writerOf.constEnd(); ++it)
        f->duplicates += acked.contains(it.key()) ? 0 : 1;
    f->verify = store.verify();
    f->deskInStep = desk.headSeq() == head;
    for (auto it = lastDone.constBegin(); it != lastDone.constEnd(); ++it)
        f->deskInStep = f->deskInStep && desk.state().isDone(it.key()) == it.value();
}

Figures runRecord(const QString &title, const QString &address, int processes, int ticks, bool window)
{
    Figures f;
    out() << title << " " << address << ": " << processes << " desks × " << ticks
          << " ticks, one transaction each, all at once" << Qt::endl;
    LaunchRecord::OpenOptions options;
    options.asyncWrites = window;
    options.deferIntegrityCheck = window;
    auto opened = LaunchRecord::open(
        address, Actor::person(QStringLiteral("listening desk"), QStringLiteral("Platform Lead")), options);
    if (!opened) {
        out() << "  cannot open: " << opened.error().message << Qt::endl;
        return f;
    }
    LaunchRecord &desk = *opened.value();
    desk.startWatching(2000); // a file: looked at every 2 s, as the window does; shared: notified
    QStringList items;
    for (const ChecklistNode *n : desk.document()->nodesInOrder())
        if (n->isTickable())
            items.append(n->id());

    QHash<qint64, qint64> shownUs; // seq → when the desk's state first held it
    qint64 seen = desk.headSeq();
    const qint64 before = seen;
    QEventLoop catchUp;
    qint64 awaited = -1;
    QObject::connect(&desk, &LaunchRecord::headChanged, &desk, [&](qint64 head) {
        const qint64 now = wallClockUs();
        for (qint64 s = seen + 1; s <= head; ++s)
            shownUs.insert(s, now);
        seen = qMax(seen, head);
        ++f.refreshes;
        if (awaited >= 0 && seen >= awaited)
            catchUp.quit();
    });

    Desks desks(address, items, processes, ticks);
    desks.run();
    f.ran = true;
    f.failedDesks = desks.failed();
    f.acked = int(desks.acks().size());
    qint64 lastUs = desks.goUs();
    for (const Ack &a : desks.acks()) {
        lastUs = qMax(lastUs, a.committedUs);
        awaited = qMax(awaited, a.seq);
    }
    f.wallS = (lastUs - desks.goUs()) / 1e6;
    if (seen < awaited) {
        QTimer::singleShot(30000, &catchUp, &QEventLoop::quit);
        catchUp.exec();
    }
    for (const Ack &a : desks.acks()) {
        if (const auto it = shownUs.constFind(a.seq); it != shownUs.constEnd())
            f.latencyMs.append((it.value() - a.committedUs) / 1000.0);
        else
            ++f.notShown;
    }
    checkRecord(address, desks, desk, &f);

    out() << "  " << f.acked << " events ACKed in " << f.wallS << " s: " << qRound(f.eventsPerSecond())
          << " events/s; desks that failed " << f.failedDesks << Qt::endl;
    out() << "  lost " << f.lost << " (ACKed, not in the record), duplicates " << f.duplicates << "; the record holds "
          << f.inRecord << " events of the desks after " << before << " before" << Qt::endl;
    out() << "  verify: " << (f.verify.intact ? "intact, " : "BROKEN, ") << f.verify.eventCount << " events"
          << (f.verify.intact ? QString() : QStringLiteral(" (") + f.verify.reason + QLatin1Char(')')) << Qt::endl;
    out() << "  listening desk: " << (f.deskInStep ? "in step with the record" : "NOT in step with the record")
          << " (head " << desk.headSeq() << "), " << f.refreshes << " refreshes, " << f.notShown
          << " ACKed events never shown" << Qt::endl;
    out() << "  commit → shown at the listening desk (n=" << f.latencyMs.size() << "): p50 "
          << percentile(f.latencyMs, 0.50) << " ms, p90 " << percentile(f.latencyMs, 0.90) << " ms, p99 "
          << percentile(f.latencyMs, 0.99) << " ms, max " << percentile(f.latencyMs, 1.0) << " ms (min "
          << percentile(f.latencyMs, 0.0) << " ms)" << Qt::endl;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "minimal");
    QGuiApplication app(argc, argv); // the Markdown reader needs QtGui
    const QStringList args = app.arguments();
    const QString record = option(args, "--record");
    const QString baseline = option(args, "--baseline");
    const int processes = qBound(1, option(args, "--processes", QStringLiteral("5")).toInt(), 64);
    const int ticks = qBound(1, option(args, "--ticks", QStringLiteral("1000")).toInt(), 1000000);
    const bool window = args.contains(QStringLiteral("--window"));
    if (record.isEmpty()) {
        out() << "usage: teamrecord_bench --record ADDRESS [--baseline FILE] [--processes N] [--ticks M] [--window]"
              << Qt::endl;
        return 1;
    }
    out().setRealNumberNotation(QTextStream::FixedNotation);
    out().setRealNumberPrecision(2);
    const Figures shared =
        runRecord(window ? QStringLiteral("team record, the desk as the window") : QStringLiteral("team record"),
                  record, processes, ticks, window);
    const bool sharedOk = shared.ran && shared.lost == 0 && shared.duplicates == 0 && shared.failedDesks == 0
        && shared.verify.intact && shared.deskInStep;
    out() << "  aim: 0 lost, one chain that verifies, p99 < 1000 ms: "
          << (sharedOk && percentile(shared.latencyMs, 0.99) < 1000 ? "met" : "NOT met") << Qt::endl;
    if (baseline.isEmpty())
        return sharedOk ? 0 : 1;

    const Figures file =
        runRecord(QStringLiteral("baseline: one SQLite file"), QDir(baseline).absolutePath(), processes, ticks, window);
    if (file.ran && file.eventsPerSecond() > 0 && !file.latencyMs.isEmpty()) {
        const auto ratio = [](double a, double b) { return QString::number(a / b, 'g', 3); };
        out() << "ratio team record / SQLite file: events/s " << ratio(shared.eventsPerSecond(), file.eventsPerSecond())
              << ", latency p50 " << ratio(percentile(shared.latencyMs, 0.50), percentile(file.latencyMs, 0.50))
              << ", p99 " << ratio(percentile(shared.latencyMs, 0.99), percentile(file.latencyMs, 0.99)) << Qt::endl;
    }
    return sharedOk ? 0 : 1;
}
