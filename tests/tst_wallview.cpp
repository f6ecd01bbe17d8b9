// The wall view for the room's screen (issue #16): the overview it shows (overall word, phases,
// open incidents with their response timers, the last confirmed report, services as seen here),
// how it follows the record and the monitor, and View → Wall / F11 / Esc in the window.
#include "models/incidents/IncidentDesk.h"
#include "models/monitoring/HistoryRecorder.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/overview/OverviewSource.h"
#include "models/reports/ReportDesk.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "models/session/LaunchTiming.h"
#include "models/timeline/Clock.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/services/StateStyle.h"
#include "ui/wall/PhaseBars.h"
#include "ui/wall/WallTile.h"
#include "ui/wall/WallView.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

ServiceAtGlance service(const char *name, ServiceState state)
{
    ServiceAtGlance s;
    s.name = QString::fromUtf8(name);
    s.state = state;
    return s;
}

ServiceDefinition definition(const char *name)
{
    ServiceDefinition d;
    d.name = QString::fromUtf8(name);
    return d;
}

ProbeResult result(const char *name, ServiceState state, const QDateTime &at, int latencyMs = 40)
{
    ProbeResult r;
    r.service = QString::fromUtf8(name);
    r.state = state;
    r.time = at;
    r.latencyMs = latencyMs;
    return r;
}

OverallState overallOf(const QVector<ServiceAtGlance> &services)
{
    LaunchOverview o;
    o.services = services;
    return o.overall();
}
} // namespace

class TestWallView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = openSession(m_dir.filePath(QStringLiteral("wall-%1.sqlite").arg(++m_count)), ada());
        QVERIFY(m_session);
        m_clock.set(kT0.addSecs(-3600));
    }

    void cleanup() { m_session.reset(); }

    void overallWordIsTheWorstOfWhatAnswered()
    {
        using S = ServiceState;
        QCOMPARE(overallOf({}), OverallState::NotWatched);
        QCOMPARE(overallOf({service("a", S::Unknown)}), OverallState::NotWatched);
        QCOMPARE(overallOf({service("a", S::Up), service("b", S::Unknown)}), OverallState::Operational);
        QCOMPARE(overallOf({service("a", S::Up), service("b", S::Degraded)}), OverallState::Degraded);
        QCOMPARE(overallOf({service("a", S::Up), service("b", S::Pending)}), OverallState::Degraded);
        QCOMPARE(overallOf({service("a", S::Down), service("b", S::Degraded)}), OverallState::PartialOutage);
        QCOMPARE(overallOf({service("a", S::Down), service("b", S::Down), service("c", S::Unknown)}),
                 OverallState::MajorOutage);
        QCOMPARE(overallStateWord(OverallState::PartialOutage), QStringLiteral("Partial outage"));
    }

    void phasesCountTheirTasks()
    {
        OverviewSource source(m_session.get(), &m_clock);
        const QVector<PhaseProgress> before = source.overview().phases;
        // The seed's five phases, from a week before to ongoing, each with its tasks.
        QCOMPARE(before.size(), 5);
        QVERIFY(before.first().title.startsWith(QStringLiteral("Phase 1")));
        int total = 0;
        for (const PhaseProgress &p : before) {
            QCOMPARE(p.done, 0);
            QVERIFY(p.total > 0);
            total += p.total;
        }
        QCOMPARE(total, m_session->document()->taskCount());
        const QString id = idOf(m_session->document(), QStringLiteral("Staging Environment Verified"));
        QVERIFY(!id.isEmpty());
        QVERIFY(ChecklistDesk(*m_session).setDone(id, true));
        QCOMPARE(source.overview().phases.first().done, 1);
        QCOMPARE(source.overview().phases.at(1).done, 0);
    }

    void servicesAsSeenHereWithSinceAndUptime()
    {
        OverviewSource source(m_session.get(), &m_clock);
        QSignalSpy changed(&source, &OverviewSource::changed);
        source.setServices({definition("n8n"), definition("PostgreSQL")});
        QCOMPARE(source.overview().services.size(), 2);
        QCOMPARE(source.overview().services.at(0).state, ServiceState::Unknown);
        QVERIFY(!source.overview().services.at(0).since.isValid());
        const QDateTime t = kT0.addSecs(10);
        // Many results at once are one change for the view.
        for (int i = 0; i < 50; ++i)
            source.see(result("n8n", ServiceState::Up, t.addSecs(i), 30 + i));
        source.see(result("not in the catalogue", ServiceState::Down, t));
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(300);
        QCOMPARE(changed.size(), 1);
        ServiceAtGlance n8n = source.overview().services.at(0);
        QCOMPARE(n8n.state, ServiceState::Up);
        QCOMPARE(n8n.since, t); // since the first UP, not the latest one
        QCOMPARE(n8n.latencyMs, 79);
        source.see(result("n8n", ServiceState::Down, t.addSecs(100), -1));
        n8n = source.overview().services.at(0);
        QCOMPARE(n8n.state, ServiceState::Down);
        QCOMPARE(n8n.since, t.addSecs(100));

        TileSummary summary;
        summary.service = QStringLiteral("n8n");
        summary.hasT0 = true;
        summary.sinceT0.upMs = 99000;
        summary.sinceT0.downMs = 1000;
        source.see(summary);
        QCOMPARE(source.overview().services.at(0).uptimeSinceT0, 99.0);
        // A new catalogue keeps what was seen of the names it keeps, in its own order.
        source.setServices({definition("Milvus"), definition("n8n")});
        QCOMPARE(source.overview().services.at(0).name, QStringLiteral("Milvus"));
        QCOMPARE(source.overview().services.at(0).state, ServiceState::Unknown);
        QCOMPARE(source.overview().services.at(1).state, ServiceState::Down);
        QCOMPARE(source.overview().overall(), OverallState::MajorOutage);
    }

    void openIncidentsWithTheirResponseTimers()
    {
        IncidentDesk desk(m_session.get(), &m_clock);
        OverviewSource source(m_session.get(), &m_clock);
        source.follow(&desk);
        const auto opened = desk.open(desk.playbook().types().first().name, 1, QStringLiteral("Mail flow stopped"));
        QVERIFY2(opened, qPrintable(opened.error().message));
        const int target = desk.responseMinutes(1);
        QVERIFY(target > 0);
        m_clock.advance(60);
        LaunchOverview o = source.overview();
        QCOMPARE(o.incidents.size(), 1);
        QCOMPARE(o.incidents.first().title, QStringLiteral("Mail flow stopped"));
        QCOMPARE(o.incidents.first().label, QStringLiteral("INC-1"));
        QCOMPARE(o.incidents.first().openSecs, 60);
        QVERIFY(!o.incidents.first().response.overdue());
        m_clock.advance(qint64(target) * 60);
        o = source.overview();
        QVERIFY(o.incidents.first().response.overdue());

        WallView wall(&source);
        QVERIFY(wall.incidentLines().join(QLatin1Char('\n')).contains(QStringLiteral("response OVERDUE by 1:00")));
        QVERIFY(desk.acknowledge(opened.value()));
        wall.refresh();
        QVERIFY(wall.incidentLines().join(QLatin1Char('\n')).contains(QStringLiteral("acknowledged")));
        QVERIFY(desk.resolve(opened.value(), QStringLiteral("restarted the mail node")));
        QVERIFY(source.overview().incidents.isEmpty());
        wall.refresh();
        QCOMPARE(wall.incidentLines(), QStringList{QStringLiteral("None")});
    }

    void lastConfirmedReport()
    {
        QVERIFY(m_session->record({LaunchTiming::recorded(kT0)}));
        ReportDesk desk(m_session.get(), &m_clock);
        OverviewSource source(m_session.get(), &m_clock);
        source.follow(&desk);
        QVERIFY(!source.overview().lastReport);
        m_clock.set(kT0.addSecs(3600 + 120));
        desk.refresh();
        QVERIFY(desk.setValue(1, ReportField::Tickets, QStringLiteral("4")));
        QVERIFY(desk.setValue(1, ReportField::Health, QStringLiteral("Yellow")));
        QVERIFY(desk.setValue(1, ReportField::Issues, QStringLiteral("n8n restarted at 09:22")));
        const Status confirmed = desk.confirm(1);
        QVERIFY2(confirmed, qPrintable(confirmed.message()));
        const auto report = source.overview().lastReport;
        QVERIFY(report);
        QCOMPARE(report->hour, 1);
        QCOMPARE(report->health, Health::Yellow);
        QCOMPARE(report->tickets, QStringLiteral("4"));
        WallView wall(&source);
        QVERIFY(wall.reportText().contains(QStringLiteral("Hour 1")));
        QVERIFY(wall.reportText().contains(QStringLiteral("System health: Yellow")));
        QVERIFY(wall.reportText().contains(QStringLiteral("n8n restarted at 09:22")));
    }

    void wallFollowsTheClockAndTheMonitor()
    {
        QVERIFY(m_session->record({LaunchTiming::recorded(kT0)}));
        OverviewSource source(m_session.get(), &m_clock);
        source.setServices({definition("n8n"), definition("PostgreSQL"), definition("Milvus")});
        WallView wall(&source);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCOMPARE(wall.clockText(), QStringLiteral("T−01:00:00"));
        QCOMPARE(wall.tiles().size(), 3);
        QCOMPARE(wall.overallText(), QStringLiteral("No services watched"));
        // The clock moves by itself, every second.
        m_clock.advance(3600 + 125);
        QTRY_COMPARE(wall.clockText(), QStringLiteral("T+00:02:05"));
        source.see(result("n8n", ServiceState::Up, m_clock.now()));
        source.see(result("PostgreSQL", ServiceState::Down, m_clock.now(), -1));
        QTRY_COMPARE(wall.tiles().at(1)->stateText(), StateStyle::label(ServiceState::Down));
        QCOMPARE(wall.overallText(), QStringLiteral("Partial outage"));
        QCOMPARE(wall.tiles().at(0)->nameText(), QStringLiteral("n8n"));
        QVERIFY(wall.tiles().at(0)->detailText().contains(QStringLiteral("40 ms")));
        // Tiles share the area: none is cut off below the window, and each is wider than high.
        for (const WallTile *tile : wall.tiles()) {
            QVERIFY(tile->isVisible());
            QVERIFY(tile->geometry().bottom() < wall.height());
            QVERIFY(tile->width() > tile->height());
        }
        QVERIFY(!wall.phaseBars()->phases().isEmpty());
        QSignalSpy closing(&wall, &WallView::closeRequested);
        QTest::keyClick(&wall, Qt::Key_Escape);
        QCOMPARE(closing.size(), 1);
    }

    void f11OpensAndClosesTheWall()
    {
        MainWindow window(m_session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *wall = window.wallAction();
        QVERIFY(wall);
        QCOMPARE(wall->shortcut(), QKeySequence(Qt::Key_F11));
        QVERIFY(!window.wallView());
        wall->trigger(); // what F11 or View → Wall does
        QVERIFY(window.wallView());
        QTRY_VERIFY(window.wallView()->isVisible());
        QVERIFY(window.wallView()->isFullScreen());
        QVERIFY(wall->isChecked());
        QTest::keyClick(window.wallView(), Qt::Key_F11);
        QTRY_VERIFY(!window.wallView()->isVisible());
        QVERIFY(!wall->isChecked());
        wall->trigger();
        QTRY_VERIFY(window.wallView()->isVisible());
        QTest::keyClick(window.wallView(), Qt::Key_Escape);
        QTRY_VERIFY(!window.wallView()->isVisible());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    ManualClock m_clock;
    std::unique_ptr<LaunchRecord> m_session;
};

QTEST_MAIN(TestWallView)
#include "tst_wallview.moc"
