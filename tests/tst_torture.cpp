#include "TestPaths.h"
#include "tests/PgTestSupport.h"
#include "tests/TestSupport.h"

#include "models/monitoring/MonitoringService.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/reports/T7Report.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/DeskFiles.h"
#include "models/session/LaunchRecord.h"
#include "models/session/MonitoringLink.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

using namespace TestSupport;

namespace {

// How long each record is tortured: short in CI, as long as you like by hand
// (GOLIVE_TORTURE_SECONDS=600, or scripts/torture.sh).
int tortureSeconds()
{
    const int seconds = qEnvironmentVariableIntValue("GOLIVE_TORTURE_SECONDS");
    return seconds > 0 ? seconds : 12;
}

// One program run the torture started, and how it ended.
struct Run
{
    enum class Kind {
        Tick, // golive tick ITEM --note NOTE: the note is the run's own mark in the record
        Untick,
        PlanT0, // golive t0 plan TIME: the time is the run's own mark
        Export,
        Verify,
        Report,
        Monitor
    };
    Kind kind = Kind::Tick;
    QString actor; // unique per run: what the run appended carries it
    QString mark;  // the tick's note or the planned T0
    bool killed = false;
    int exitCode = -1;
    QByteArray output;

    bool isWriter() const { return kind == Kind::Tick || kind == Kind::Untick || kind == Kind::PlanT0; }
    bool acknowledged() const { return !killed && exitCode == 0; }
};

// A sequence of programs, one after another, some killed with SIGKILL at a random moment.
class Lane : public QObject
{
public:
    using Next = std::function<Run(int index, QStringList *arguments)>;

    Lane(QString program, QStringList common, QProcessEnvironment env, Next next, int killPercent,
         std::pair<int, int> killWindowMs, QVector<Run> *runs, std::pair<int, int> pauseMs = {0, 1})
        : m_program(std::move(program)),
          m_common(std::move(common)),
          m_env(std::move(env)),
          m_next(std::move(next)),
          m_killPercent(killPercent),
          m_killWindow(killWindowMs),
          m_pause(pauseMs),
          m_runs(runs)
    {}

    void start() { startNext(); }
    void stop() { m_stopping = true; }
    // Asks a running monitor to end as SIGTERM does; others are left to finish.
    void terminate()
    {
        m_stopping = true;
        if (m_process)
            m_process->terminate();
    }
    bool idle() const { return !m_process; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

private:
    void startNext()
    {
        if (m_stopping)
            return;
        QStringList arguments;
        m_current = m_next(m_index++, &arguments);
        m_process = new QProcess(this);
        m_process->setProcessEnvironment(m_env);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_process, &QProcess::finished, this, [this] { finished(); });
        // A program that cannot start sends no finished(): it is a run that ended at once.
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finished(true);
        });
        m_process->start(m_program, arguments + m_common);
        auto *rng = QRandomGenerator::global();
        if (int(rng->bounded(100)) < m_killPercent) {
            QPointer<QProcess> victim = m_process;
            QTimer::singleShot(int(rng->bounded(m_killWindow.first, m_killWindow.second)), this, [this, victim] {
                if (victim && victim == m_process && victim->state() == QProcess::Running) {
                    m_current.killed = true;
                    victim->kill();
                }
            });
        }
    }

    void finished(bool failedToStart = false)
    {
        if (!m_process)
            return;
        m_current.exitCode = failedToStart                    ? -2
            : m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode()
                                                              : -1;
        m_current.killed = !failedToStart && (m_current.killed || m_process->exitStatus() != QProcess::NormalExit);
        m_current.output = failedToStart ? m_process->errorString().toUtf8() : m_process->readAll();
        m_runs->append(m_current);
        m_process->deleteLater();
        m_process = nullptr;
        QTimer::singleShot(int(QRandomGenerator::global()->bounded(m_pause.first, m_pause.second)), this,
                           [this] { startNext(); });
    }

    QString m_program;
    QStringList m_common;
    QProcessEnvironment m_env;
    Next m_next;
    int m_killPercent;
    std::pair<int, int> m_killWindow;
    std::pair<int, int> m_pause; // between one run's end and the next's start
    QVector<Run> *m_runs;
    QProcess *m_process = nullptr;
    Run m_current;
    int m_index = 0;
    bool m_stopping = false;
};

// The record's files (store, WAL, shared memory, probe history) a process holds though they
// were deleted: what a dropped lock leads to.
QStringList deletedFilesHeldBy(qint64 pid, const QStringList &prefixes)
{
    QStringList out;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (!target.endsWith(QLatin1String(" (deleted)")))
            continue;
        for (const QString &prefix : prefixes) {
            if (!prefix.isEmpty() && target.startsWith(prefix))
                out.append(QStringLiteral("pid %1: %2").arg(pid).arg(target));
        }
    }
    return out;
}

} // namespace

// The record under everything at once, as a launch night has it: a window (this process) with
// its watching, background verify, report worker, monitoring and its own changes; two
// `golive monitor` processes; three `golive tick`/`untick`/`t0 plan` writers; a reader running
// `export`, `verify` and `report` — with programs killed by SIGKILL at random moments, on a
// SQLite file and on a team record. Afterwards: every acknowledged change is in the record
// exactly once, nothing is in it twice, the chain verifies, the window shows what the record
// holds, and no process ever held a deleted record file.
class TestTorture : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    void torture(const QString &address, const QString &label);

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void sqliteFile() { torture(m_home.filePath(QStringLiteral("launch.sqlite")), QStringLiteral("SQLite file")); }

    void teamRecord()
    {
        NEW_TEAM_DATABASE(db);
        torture(db.url(), QStringLiteral("team record"));
    }
};

void TestTorture::torture(const QString &address, const QString &label)
{
    const QString program = TestSupport::goliveBinary();
    const QStringList onRecord{QStringLiteral("--db"), address};

    // A service that goes down and comes back every 1.5 s, for the monitors to confirm.
    QTcpServer flapping;
    QVERIFY(flapping.listen(QHostAddress::LocalHost, 0));
    const quint16 flappingPort = flapping.serverPort();
    QTimer flap;
    connect(&flap, &QTimer::timeout, this, [&flapping, flappingPort] {
        if (flapping.isListening())
            flapping.close();
        else
            flapping.listen(QHostAddress::LocalHost, flappingPort);
    });
    const QString cataloguePath = m_home.filePath(QStringLiteral("torture-services-%1.json").arg(label.size()));
    {
        QFile catalogue(cataloguePath);
        QVERIFY(catalogue.open(QIODevice::WriteOnly));
        catalogue.write(QStringLiteral(R"({"services": [
            {"name": "Flapping", "kind": "tcp", "target": "127.0.0.1:%1", "interval": "1s", "timeout": "1s", "retries": 0}
        ]})")
                            .arg(flappingPort)
                            .toUtf8());
    }

    // The window, in this process, as app/GuiApplication.cpp wires it.
    LaunchRecord::OpenOptions options;
    options.deferIntegrityCheck = true;
    options.asyncWrites = true;
    QString error;
    auto session =
        openOr(address, Actor::person(QStringLiteral("Window Desk"), QStringLiteral("Platform Lead")), &error, options);
    QVERIFY2(session, qPrintable(error));
    const QVector<QString> items = tickableIds(session->document(), 4);
    QCOMPARE(items.size(), 4);
    const QString windowItem = items.at(3);
    const QString historyPath = DeskFiles::historyPathFor(session->store().address());
    const QStringList recordFiles{
        session->store().address().startsWith(QLatin1String("postgresql:")) ? QString() : session->store().address(),
        historyPath};

    const auto services = ServiceCatalogue::load(cataloguePath);
    QVERIFY2(services, qPrintable(services.error().message));
    MainWindow window(session.get());
    MonitoringService monitoring;
    monitoring.setServices(services.value());
    auto link = std::make_unique<MonitoringLink>(session.get(), &monitoring);
    window.attachMonitoring(&monitoring);
    window.attachIncidents();
    window.show();
    monitoring.start(historyPath);
    session->startWatching(500);

    QStringList windowFailures;
    connect(session.get(), &LaunchRecord::writeFailed, this,
            [&windowFailures](const QString &subject, const QString &message) {
                windowFailures.append(subject + QStringLiteral(": ") + message);
            });
    QStringList windowNotes;
    int windowChanges = 0;
    QTimer windowDesk;
    connect(&windowDesk, &QTimer::timeout, this, [&] {
        const QString note = QStringLiteral("window note %1").arg(windowNotes.size() + 1);
        if (ChecklistDesk(*session).setNote(windowItem, note))
            windowNotes.append(note);
        if (ChecklistDesk(*session).setDone(windowItem, !session->state().isDone(windowItem)))
            ++windowChanges;
    });
    int verifies = 0;
    QTimer verifyTick;
    connect(&verifyTick, &QTimer::timeout, this, [&] {
        session->startVerify();
        ++verifies;
    });
    QStringList brokenVerdicts;
    connect(session.get(), &LaunchRecord::verified, this, [&brokenVerdicts](const VerifyResult &result) {
        if (!result.cancelled && !result.intact)
            brokenVerdicts.append(result.reason);
    });
    // The report worker: the T+7 report gathered on a thread of its own, again and again.
    std::atomic<int> reportsGathered{0};
    QStringList reportFailures;
    QThread *reportWorker = nullptr;
    QTimer reportTick;
    connect(&reportTick, &QTimer::timeout, this, [&] {
        if (reportWorker && !reportWorker->isFinished())
            return;
        delete reportWorker;
        reportWorker = QThread::create([&reportsGathered, &reportFailures, address] {
            const auto report = T7ReportGather::load(address, {});
            if (report)
                ++reportsGathered;
            else
                reportFailures.append(report.error().message);
        });
        reportWorker->start();
    });

    // The other programs.
    QVector<Run> runs;
    const QProcessEnvironment env = childEnvironment();
    std::vector<std::unique_ptr<Lane>> lanes;
    for (int w = 0; w < 3; ++w) {
        const QString item = items.at(w);
        lanes.push_back(std::make_unique<Lane>(
            program, onRecord, env,
            [w, item](int i, QStringList *arguments) {
                Run run;
                run.actor = QStringLiteral("writer-%1-%2").arg(w).arg(i);
                const QStringList as{QStringLiteral("--as"), run.actor, QStringLiteral("--program")};
                switch (i % 3) {
                case 0:
                    run.kind = Run::Kind::Tick;
                    run.mark = QStringLiteral("note of %1").arg(run.actor);
                    *arguments = QStringList{QStringLiteral("tick"), item, QStringLiteral("--note"), run.mark} + as;
                    break;
                case 1:
                    run.kind = Run::Kind::Untick;
                    *arguments = QStringList{QStringLiteral("untick"), item} + as;
                    break;
                default:
                    run.kind = Run::Kind::PlanT0;
                    run.mark =
                        QDateTime(QDate(2027, 1, 1 + w), QTime(0, 0), Qt::UTC).addSecs(60 * i).toString(Qt::ISODate);
                    *arguments = QStringList{QStringLiteral("t0"), QStringLiteral("plan"), run.mark} + as;
                    break;
                }
                return run;
            },
            20, std::pair<int, int>{20, 400}, &runs));
    }
    const QString reportPath = m_home.filePath(QStringLiteral("torture-report.html"));
    lanes.push_back(std::make_unique<Lane>(
        program, onRecord, env,
        [reportPath](int i, QStringList *arguments) {
            Run run;
            switch (i % 3) {
            case 0:
                run.kind = Run::Kind::Export;
                *arguments = {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")};
                break;
            case 1:
                run.kind = Run::Kind::Verify;
                *arguments = {QStringLiteral("verify")};
                break;
            default:
                run.kind = Run::Kind::Report;
                *arguments = {QStringLiteral("report"), QStringLiteral("--out"), reportPath};
                break;
            }
            return run;
        },
        10, std::pair<int, int>{20, 300}, &runs));
    for (int m = 0; m < 2; ++m) {
        lanes.push_back(std::make_unique<Lane>(
            program, onRecord + QStringList{QStringLiteral("--services"), cataloguePath}, env,
            [](int, QStringList *arguments) {
                Run run;
                run.kind = Run::Kind::Monitor;
                *arguments = {QStringLiteral("monitor")};
                return run;
            },
            // Every monitor run ends killed, and the next starts a moment later: meanwhile the
            // window and the writers have the record to themselves (when a dropped lock shows).
            100, std::pair<int, int>{800, 4000}, &runs, std::pair<int, int>{200, 2500}));
    }

    // A message the window puts up (a failed write, a damaged store) is a finding, not a wait.
    QStringList windowMessages;
    QTimer dialogWatch;
    connect(&dialogWatch, &QTimer::timeout, this, [&windowMessages] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                windowMessages.append(box->text());
                box->reject();
            }
        }
    });
    dialogWatch.start(100);

    flap.start(1500);
    windowDesk.start(250);
    verifyTick.start(1000);
    reportTick.start(1500);
    for (auto &lane : lanes)
        lane->start();

    // Meanwhile, look for deleted record files held by this process or a monitor.
    QStringList heldDeleted;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < tortureSeconds() * 1000) {
        QTest::qWait(200);
        heldDeleted += deletedFilesHeldBy(QCoreApplication::applicationPid(), recordFiles);
        for (auto &lane : lanes) {
            if (const qint64 pid = lane->pid())
                heldDeleted += deletedFilesHeldBy(pid, recordFiles);
        }
    }

    // Wind down: no new programs; monitors asked to end; everything else finishes.
    windowDesk.stop();
    verifyTick.stop();
    reportTick.stop();
    flap.stop();
    for (auto &lane : lanes)
        lane->terminate();
    // The window's own monitor stops confirming too (deleting the link also drops a change it
    // was sent but has not handled yet): otherwise its last confirmation of the flapping
    // service can land after the comparison below has read the head.
    link.reset();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(lanes.begin(), lanes.end(), [](const auto &l) { return l->idle(); }), 120000);
    if (reportWorker) {
        reportWorker->wait();
        delete reportWorker;
    }
    QTRY_COMPARE_WITH_TIMEOUT(session->pendingWrites(), 0, 60000);
    QVERIFY(session->refresh().ok());

    // The record as a new reader sees it.
    auto reader = openOr(address, Actor::system(), &error, [] {
        LaunchRecord::OpenOptions o;
        o.readOnly = true;
        return o;
    }());
    QVERIFY2(reader, qPrintable(error));
    const VerifyResult verified = reader->store().verify();
    QVERIFY2(verified.intact, qPrintable(verified.reason));
    const QVector<AuditEvent> events = allEvents(reader->store());
    QHash<QString, int> byActor;
    QHash<QString, int> notes;
    QHash<QString, int> plannedT0;
    for (const AuditEvent &e : events) {
        ++byActor[e.actor.name];
        if (e.kind == EventKind::NoteSet)
            ++notes[e.payloadText("note")];
        if (e.kind == EventKind::T0Planned)
            ++plannedT0[QDateTime::fromString(e.payloadText("time"), Qt::ISODate).toString(Qt::ISODate)];
    }

    int acknowledged = 0, killed = 0, refused = 0, reads = 0, monitorRuns = 0;
    QStringList failures;
    for (const Run &run : std::as_const(runs)) {
        killed += run.killed;
        if (run.kind == Run::Kind::Monitor) {
            ++monitorRuns;
            if (!run.killed && run.exitCode != 0)
                failures.append(QStringLiteral("a monitor exited %1: %2")
                                    .arg(run.exitCode)
                                    .arg(QString::fromUtf8(run.output.right(400))));
            continue;
        }
        if (!run.isWriter()) {
            ++reads;
            if (!run.killed && run.exitCode != 0)
                failures.append(QStringLiteral("a reader exited %1: %2")
                                    .arg(run.exitCode)
                                    .arg(QString::fromUtf8(run.output.right(400))));
            continue;
        }
        acknowledged += run.acknowledged();
        if (!run.killed && run.exitCode != 0) {
            ++refused;
            failures.append(QStringLiteral("%1 exited %2: %3")
                                .arg(run.actor)
                                .arg(run.exitCode)
                                .arg(QString::fromUtf8(run.output.right(400))));
        }
        const int maxEvents = run.kind == Run::Kind::Tick ? 2 : 1;
        if (byActor.value(run.actor) > maxEvents)
            failures.append(
                QStringLiteral("%1 is in the record %2 times").arg(run.actor).arg(byActor.value(run.actor)));
        if (run.kind == Run::Kind::Tick) {
            const int found = notes.value(run.mark);
            if (found > 1 || (run.acknowledged() && found != 1))
                failures.append(QStringLiteral("the note of acknowledged %1 is in the record %2 times: %3")
                                    .arg(run.actor)
                                    .arg(found)
                                    .arg(QString::fromUtf8(run.output)));
        }
        if (run.kind == Run::Kind::PlanT0) {
            const int found = plannedT0.value(run.mark);
            if (found > 1 || (run.acknowledged() && found != 1))
                failures.append(
                    QStringLiteral("T0 %1 of %2 is in the record %3 times").arg(run.mark, run.actor).arg(found));
        }
    }
    for (const QString &note : std::as_const(windowNotes)) {
        const bool failed = std::any_of(windowFailures.begin(), windowFailures.end(),
                                        [&](const QString &f) { return f.startsWith(windowItem); });
        const int found = notes.value(note);
        if (found > 1 || (!failed && found != 1))
            failures.append(QStringLiteral("the window's \"%1\" is in the record %2 times").arg(note).arg(found));
    }
    // Three desks confirm the flapping service: each change of state is recorded once.
    QHash<QString, QString> lastState;
    int confirmations = 0;
    for (const AuditEvent &e : events) {
        if (e.kind != EventKind::ServiceStateConfirmed)
            continue;
        ++confirmations;
        const QString service = e.payloadText("service");
        if (lastState.value(service) == e.payloadText("state"))
            failures.append(
                QStringLiteral("#%1 confirms %2 %3 a second time").arg(e.seq).arg(service, e.payloadText("state")));
        lastState.insert(service, e.payloadText("state"));
    }

    // The window shows what the record holds.
    QCOMPARE(session->headSeq(), reader->headSeq());
    for (const QString &id : items) {
        QCOMPARE(session->state().isDone(id), reader->state().isDone(id));
        QCOMPARE(session->state().note(id), reader->state().note(id));
    }
    QCOMPARE(session->timing().t0(), reader->timing().t0());

    qInfo("torture (%s, %d s): %d program runs — %d acknowledged changes, %d killed, %d refused, %d reads, "
          "%d monitor runs; window: %d notes, %d ticks, %d verifies, %d reports gathered; %d events, %d confirmed "
          "states; lost or doubled: %d",
          qPrintable(label), tortureSeconds(), int(runs.size()), acknowledged, killed, refused, reads, monitorRuns,
          int(windowNotes.size()), windowChanges, verifies, reportsGathered.load(), int(events.size()), confirmations,
          int(failures.size()));
    QVERIFY2(windowMessages.isEmpty(), qPrintable(windowMessages.mid(0, 3).join(QLatin1Char('\n'))));
    QVERIFY2(heldDeleted.isEmpty(), qPrintable(heldDeleted.mid(0, 5).join(QLatin1Char('\n'))));
    QVERIFY2(brokenVerdicts.isEmpty(), qPrintable(brokenVerdicts.join(QLatin1Char('\n'))));
    QVERIFY2(reportFailures.isEmpty(), qPrintable(reportFailures.mid(0, 3).join(QLatin1Char('\n'))));
    QVERIFY2(windowFailures.isEmpty(), qPrintable(windowFailures.mid(0, 3).join(QLatin1Char('\n'))));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 8).join(QLatin1Char('\n'))));
    QVERIFY(acknowledged > 0);
    QVERIFY(killed > 0);
    QVERIFY(reads > 0);
    QVERIFY(windowNotes.size() > 0);

    // And `golive verify`, as the next program to open it.
    TestSupport::RunOptions runOptions;
    runOptions.environment = env;
    const TestSupport::GoliveRun verifyRun =
        TestSupport::runGolive(QStringList{QStringLiteral("verify")} + onRecord, runOptions);
    QVERIFY2(verifyRun.exitCode == 0, qPrintable(verifyRun.out + verifyRun.err));
}

QTEST_MAIN(TestTorture)
#include "tst_torture.moc"
