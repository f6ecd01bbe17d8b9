// The launch timeline: time words read from the checklist, due windows placed on T0 and a
// manual clock (no waiting), rounds of recurring work ticked and audited, the Now list.
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/itemmodels/ChecklistTreeModel.h"
#include "models/session/ChecklistDesk.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/NowModel.h"
#include "models/timeline/TimingDesk.h"
#include "tests/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

constexpr qint64 kMin = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

const QDateTime kT0(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC);

const QString kFinalBackup = QStringLiteral("Final Backup (T-15 minutes)");
const QString kActivate = QStringLiteral("Activate Workflows (T-0 minutes)");
const QString kFinalStatus = QStringLiteral("Final System Status");
const QString kContinuous = QStringLiteral("Continuous Monitoring (Every 15 minutes)");
const QString kHourly = QStringLiteral("Hourly System Status Report (First 6 hours)");
const QString kDaily = QStringLiteral("Daily Checks (First 30 Days)");
const QString kWeekly = QStringLiteral("Weekly Checks (Ongoing)");
const QString kMonthly = QStringLiteral("Monthly Reviews (Ongoing)");
const QString kE2e = QStringLiteral("E2E Tests Passed (100%)");

RelativeWindow win(qint64 from, qint64 to)
{
    return {from, to, false};
}

QString describe(const std::optional<RelativeWindow> &w)
{
    return w ? QStringLiteral("[%1, %2%3]").arg(w->from).arg(w->to).arg(w->open ? QStringLiteral(" open") : QString())
             : QStringLiteral("none");
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<LaunchRecord> open()
    {
        return openSession(m_dir.filePath(QStringLiteral("timeline-%1.sqlite").arg(++m_count)), ada());
    }
    static QString id(LaunchRecord &s, const QString &title) { return idOf(s.document(), title); }

private slots:
    void readsEveryTimeWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("T-7 days") << "Timeline: T-7 days" << -7 * kDay << qint64(0);
        QTest::newRow("T-2 hours") << "Pre-Launch Checks (T-2 hours)" << -2 * kHour << qint64(0);
        QTest::newRow("T-15 minutes") << "Final Backup (T-15 minutes)" << -15 * kMin << qint64(0);
        QTest::newRow("T-0") << "Timeline: T-0 (Launch day)" << qint64(0) << kHour;
        QTest::newRow("T-0 minutes") << "Activate Workflows (T-0 minutes)" << qint64(0) << kHour;
        QTest::newRow("T+2 hours") << "T+2 hours" << 2 * kHour << 3 * kHour;
        QTest::newRow("T+12 hours") << "T+12 hours" << 12 * kHour << 13 * kHour;
        QTest::newRow("T+24 hours") << "Day 2 Validation (T+24 hours)" << kDay << 2 * kDay;
        QTest::newRow("T+7 days") << "Day 7 Comprehensive Review (T+7 days)" << 7 * kDay << 8 * kDay;
        QTest::newRow("T-24 Hours") << "## T-24 Hours" << -kDay << qint64(0);
        QTest::newRow("T+1 Hour") << "T+1 Hour" << kHour << 2 * kHour;
        QTest::newRow("T+4 Hours") << "T+4 Hours: review" << 4 * kHour << 5 * kHour;
        QTest::newRow("T+30 min") << "T+30 min" << 30 * kMin << 90 * kMin;
        QTest::newRow("unicode minus") << "T\u221230 minutes" << -30 * kMin << qint64(0);
        QTest::newRow("T+0 to T+24 hours") << "Timeline: T+0 to T+24 hours" << qint64(0) << kDay;
        QTest::newRow("T+24 to T+7 days") << "Post-24 Hour Validation (T+24 to T+7 days)" << kDay << 7 * kDay;
        QTest::newRow("T+3h to T+6h") << "Hour 3-6 (T+3h to T+6h)" << 3 * kHour << 6 * kHour;
        QTest::newRow("two points") << "Functional Validation (T+2 hours and T+12 hours)" << 2 * kHour << 13 * kHour;
        QTest::newRow("After 2 hours") << "After 2 hours:" << 2 * kHour << 3 * kHour;
        QTest::newRow("After 12 hours") << "After 12 hours (overnight validation):" << 12 * kHour << 13 * kHour;
        QTest::newRow("First 24 Hours") << "Launch Period Monitoring (First 24 Hours)" << qint64(0) << kDay;
        QTest::newRow("First 6 hours") << "Hourly System Status Report (First 6 hours)" << qint64(0) << 6 * kHour;
        QTest::newRow("First 30 Days") << "Daily Checks (First 30 Days)" << qint64(0) << 30 * kDay;
        QTest::newRow("First Week") << "First Week" << qint64(0) << 7 * kDay;
        QTest::newRow("First Month") << "First Month" << qint64(0) << 30 * kDay;
        QTest::newRow("Hour 1 (T+1h)") << "Hour 1 (T+1h)" << kHour << 2 * kHour;
        QTest::newRow("Hour 3-6") << "Hour 3-6" << 2 * kHour << 6 * kHour;
        QTest::newRow("Day 1") << "Day 1" << qint64(0) << kDay;
    }

    void readsEveryTimeWord()
    {
        QFETCH(QString, text);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const TimeReading r = readTimeWords(text);
        QVERIFY2(r.window, qPrintable(text));
        QCOMPARE(describe(r.window), describe(win(from, to)));
        QVERIFY(!r.words.isEmpty());
    }

    void readsRecurrences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("every");
        QTest::addColumn<QString>("roundName");
        QTest::addColumn<bool>("report");
        QTest::newRow("Every 15 minutes")
            << "Continuous Monitoring (Every 15 minutes)" << 15 * kMin << "Round" << false;
        QTest::newRow("Every 10 minutes") << "Every 10 minutes" << 10 * kMin << "Round" << false;
        QTest::newRow("Document every hour") << "Document every hour:" << kHour << "Hour" << true;
        QTest::newRow("Hourly") << "Hourly System Status Report (First 6 hours)" << kHour << "Hour" << true;
        QTest::newRow("Daily") << "Daily Checks (First 30 Days)" << kDay << "Day" << false;
        QTest::newRow("Weekly") << "Weekly Checks (Ongoing)" << 7 * kDay << "Week" << false;
        QTest::newRow("Monthly") << "Monthly Reviews (Ongoing)" << 30 * kDay << "Month" << false;
    }

    void readsRecurrences()
    {
        QFETCH(QString, text);
        QFETCH(qint64, every);
        QFETCH(QString, roundName);
        QFETCH(bool, report);
        const TimeReading r = readTimeWords(text);
        QVERIFY(r.recurrence);
        QCOMPARE(r.recurrence->every(), every);
        QCOMPARE(r.recurrence->roundName(), roundName);
        QCOMPARE(r.report, report);
    }

    void leavesOtherNumbersAlone()
    {
        for (const char *text :
             {"Backup retention policy set (7 days minimum)", "Estimated rollback time: < 30 minutes",
              "No pending approvals > 4 hours old", "Response time: 15 minutes",
              "Internal update frequency established (30min intervals initially)",
              "System remained operational for 7 consecutive days", "KIT-5 ticket", "Phase 1"}) {
            const TimeReading r = readTimeWords(QLatin1String(text));
            QVERIFY2(!r.window && !r.recurrence, text);
        }
        // A step's text counts only for explicit T± words: a policy is not a recurring task.
        QVERIFY(readTimeWords(QStringLiteral("Daily backup schedule defined")).recurrence);
        QVERIFY(readTimeWords(QStringLiteral("Daily backup schedule defined"), true).isEmpty());
        QVERIFY(readTimeWords(QStringLiteral("Check again (T+2 hours)"), true).window);
    }

    void seedHasItsDueWindows()
    {
        auto s = open();
        QVERIFY(s);
        const LaunchSchedule schedule = LaunchSchedule::read(*s->document());
        auto windowOf = [&](const QString &title) {
            const ItemTiming *t = schedule.timing(id(*s, title));
            return t ? describe(t->window) : QStringLiteral("none");
        };
        QCOMPARE(windowOf(QStringLiteral("Phase 1: One Week Before Go-Live")), describe(win(-7 * kDay, 0)));
        QCOMPARE(windowOf(kE2e), describe(win(-7 * kDay, 0))); // inherited from its phase
        QCOMPARE(schedule.timing(id(*s, kE2e))->own, false);
        QCOMPARE(schedule.timing(id(*s, kE2e))->words, QStringLiteral("T-7 days"));
        QCOMPARE(windowOf(QStringLiteral("Pre-Launch Checks (T-2 hours)")), describe(win(-2 * kHour, 0)));
        QCOMPARE(windowOf(kFinalStatus), describe(win(-2 * kHour, 0)));
        QCOMPARE(windowOf(kFinalBackup), describe(win(-15 * kMin, 0)));
        QCOMPARE(windowOf(kActivate), describe(win(0, kHour)));
        QCOMPARE(windowOf(QStringLiteral("Launch Announcement")), describe(win(0, kHour)));
        QCOMPARE(windowOf(QStringLiteral("After 2 hours:")), describe(win(2 * kHour, 3 * kHour)));
        QCOMPARE(windowOf(QStringLiteral("Validate Overnight Processing")), describe(win(12 * kHour, 13 * kHour)));
        QCOMPARE(windowOf(QStringLiteral("Phase 4: Post-24 Hour Validation (T+24 to T+7 days)")),
                 describe(win(kDay, 7 * kDay)));
        QCOMPARE(windowOf(QStringLiteral("Verify KI Suggestions Working")), describe(win(kDay, 2 * kDay)));
        QCOMPARE(windowOf(QStringLiteral("Collect Statistics")), describe(win(7 * kDay, 8 * kDay)));
        QCOMPARE(windowOf(QStringLiteral("Primary Contacts")), QStringLiteral("none"));
        // Incident response waits for its incident: never due by the clock.
        QCOMPARE(windowOf(QStringLiteral("Incident Response (If Issues Occur)")), QStringLiteral("none"));
        QCOMPARE(windowOf(QStringLiteral("Immediately notify team lead")), QStringLiteral("none"));
        QVERIFY(readTimeWords(QStringLiteral("Incident Response (If Issues Occur)")).conditional);
        QVERIFY(!readTimeWords(QStringLiteral("Scale resources if needed")).conditional);
        // The report's hour groups are about their own rounds.
        const ItemTiming *hours36 = schedule.timing(id(*s, QStringLiteral("Hour 3-6 (T+3h to T+6h)")));
        QVERIFY(hours36);
        QCOMPARE(hours36->firstRound, 3);
        QCOMPARE(hours36->lastRound, 6);
        QCOMPARE(schedule.timing(id(*s, QStringLiteral("Hour 2 (T+2h)")))->firstRound, 2);
        // A step's "Daily backup schedule defined" is no recurring work.
        QCOMPARE(schedule.recurringItems().size(), 5);
        QCOMPARE(schedule.timing(id(*s, QStringLiteral("Daily backup schedule defined")))->recurringOwner, QString());
    }

    void recurringWorkBecomesRounds()
    {
        auto s = open();
        QVERIFY(s);
        const LaunchSchedule schedule = LaunchSchedule::read(*s->document());
        const RoundPlan *checks = schedule.roundPlan(id(*s, kContinuous));
        QVERIFY(checks);
        QCOMPARE(checks->plannedCount, 96);
        QCOMPARE(checks->round(1).due, win(0, 15 * kMin));
        QCOMPARE(checks->round(96).due, win(24 * kHour - 15 * kMin, 24 * kHour));
        QCOMPARE(checks->round(37).label, QStringLiteral("Round 37"));
        // Tasks under the 15-minute checks belong to its rounds.
        QCOMPARE(schedule.timing(id(*s, QStringLiteral("Freescout Integration")))->recurringOwner, checks->item);

        const RoundPlan *hourly = schedule.roundPlan(id(*s, kHourly));
        QVERIFY(hourly);
        QCOMPARE(hourly->plannedCount, 6); // Hour 1, Hour 2, and "Hour 3-6: Repeat above for each hour"
        QVERIFY(hourly->report);
        QStringList labels;
        for (int n = 1; n <= hourly->plannedCount; ++n)
            labels.append(hourly->round(n).label);
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("Hour 1"), QStringLiteral("Hour 2"), QStringLiteral("Hour 3"),
                              QStringLiteral("Hour 4"), QStringLiteral("Hour 5"), QStringLiteral("Hour 6")}));
        // Hour 3 is about T+2h..T+3h and is written once it is over.
        QCOMPARE(hourly->round(3).covers, win(2 * kHour, 3 * kHour));
        QCOMPARE(hourly->round(3).due, win(3 * kHour, 4 * kHour));
        QCOMPARE(hourly->round(1).due, readTimeWords(QStringLiteral("Hour 1 (T+1h)")).window.value());

        const RoundPlan *daily = schedule.roundPlan(id(*s, kDaily));
        QVERIFY(daily);
        QCOMPARE(daily->plannedCount, 30);
        QCOMPARE(daily->round(30).label, QStringLiteral("Day 30"));

        const RoundPlan *weekly = schedule.roundPlan(id(*s, kWeekly));
        const RoundPlan *monthly = schedule.roundPlan(id(*s, kMonthly));
        QVERIFY(weekly && monthly);
        QVERIFY(weekly->span.open && monthly->span.open);
        QCOMPARE(weekly->count(0, std::nullopt), 1);
        QCOMPARE(weekly->count(0, 15 * kDay), 4); // weeks 1-3 begun, and the next
        QCOMPARE(monthly->round(2).label, QStringLiteral("Month 2"));
        QCOMPARE(monthly->round(2).due, win(30 * kDay, 60 * kDay));
    }

    void readsOtherTeamsWords()
    {
        const QString md = QStringLiteral(
            "# Launch\n\n## T-24 Hours\n\n- [ ] Freeze merges\n\n## Launch (T-0)\n\n### T+1 Hour\n\n- [ ] Smoke "
            "test\n\n"
            "### T+4 Hours\n\n- [ ] Error budget check\n\n## First Week\n\n- [ ] Daily standup notes\n\n"
            "### Status reports\n\nEvery 10 minutes during the first hour.\n\n- [ ] Post status\n\n"
            "## First Month\n\n### Monthly\n\n- [ ] Cost review\n\n## Hourly\n\n**Hour 1 (T+1h)**\n\n- [ ] Numbers\n\n"
            "**Hour 2-4**\n\n- Repeat above for each hour\n");
        auto doc = MarkdownChecklistReader::read(md);
        const LaunchSchedule schedule = LaunchSchedule::read(*doc);
        auto at = [&](const QString &title) {
            const ItemTiming *t = schedule.timing(idOf(doc.get(), title));
            return t ? describe(t->window) : QStringLiteral("none");
        };
        QCOMPARE(at(QStringLiteral("Freeze merges")), describe(win(-kDay, 0)));
        QCOMPARE(at(QStringLiteral("Smoke test")), describe(win(kHour, 2 * kHour)));
        QCOMPARE(at(QStringLiteral("Error budget check")), describe(win(4 * kHour, 5 * kHour)));
        QCOMPARE(at(QStringLiteral("Daily standup notes")), describe(win(0, 7 * kDay)));
        const RoundPlan *status = schedule.roundPlan(idOf(doc.get(), QStringLiteral("Status reports")));
        QVERIFY(status);
        QCOMPARE(status->recurrence.every(), 10 * kMin);
        QCOMPARE(status->plannedCount, 6); // every 10 minutes through the first hour
        QVERIFY(status->report);
        const RoundPlan *monthly = schedule.roundPlan(idOf(doc.get(), QStringLiteral("Monthly")));
        QVERIFY(monthly);
        QCOMPARE(monthly->plannedCount, 1); // the first month holds one monthly round
        const RoundPlan *hourly = schedule.roundPlan(idOf(doc.get(), QStringLiteral("Hourly")));
        QVERIFY(hourly);
        QVERIFY(hourly->span.open);
    }

    void dueStatesFollowTheClock()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(kT0.addSecs(-2 * kHour));
        LaunchTimeline timeline(s.get(), clock);
        const QString backup = id(*s, kFinalBackup);
        const QString finalStatus = id(*s, kFinalStatus);
        QCOMPARE(timeline.status(backup).state, DueState::None); // no T0 yet
        QSignalSpy changed(&timeline, &LaunchTimeline::statusesChanged);
        QVERIFY(s->recordOne(LaunchTiming::planned(kT0)));
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.last().at(0).toStringList().contains(backup));
        QCOMPARE(timeline.status(backup).state, DueState::NotDueYet);
        QCOMPARE(timeline.status(backup).from, kT0.addSecs(-15 * kMin));
        QCOMPARE(timeline.status(backup).to, kT0);
        QCOMPARE(timeline.status(finalStatus).state, DueState::DueNow);

        clock.set(kT0.addSecs(-70 * kMin));
        timeline.refresh();
        QCOMPARE(timeline.status(backup).state, DueState::DueSoon);
        QCOMPARE(timeline.status(backup).text, QStringLiteral("due in 55 min"));
        clock.set(kT0.addSecs(-10 * kMin));
        timeline.refresh();
        QCOMPARE(timeline.status(backup).state, DueState::DueNow);
        QVERIFY(timeline.status(backup).text.startsWith(QStringLiteral("due now")));
        clock.set(kT0.addSecs(1));
        timeline.refresh();
        QCOMPARE(timeline.status(backup).state, DueState::Overdue);
        QVERIFY(timeline.status(backup).text.startsWith(QStringLiteral("OVERDUE")));
        QVERIFY(ChecklistDesk(*s).setDone(backup, true));
        QCOMPARE(timeline.status(backup).state, DueState::Done);
        // A heading is done when all its tasks are.
        const QString phase1 = id(*s, QStringLiteral("Phase 1: One Week Before Go-Live"));
        QCOMPARE(timeline.status(phase1).state, DueState::Overdue);
        // Headings with nothing to tick have no state.
        QCOMPARE(timeline.status(id(*s, QStringLiteral("Critical Metrics (Monitor Continuously)"))).state,
                 DueState::None);
    }

    void movingT0MovesEverything()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(kT0.addSecs(-3 * kDay));
        LaunchTimeline timeline(s.get(), clock);
        QVERIFY(s->recordOne(LaunchTiming::planned(kT0)));
        QHash<QString, DueStatus> before;
        for (const ChecklistNode *n : s->document()->nodesInOrder()) {
            if (timeline.status(n->id()).from.isValid())
                before.insert(n->id(), timeline.status(n->id()));
        }
        QVERIFY(before.size() > 100);
        const QDateTime later = kT0.addSecs(3 * kHour + 30 * kMin);
        QVERIFY(s->recordOne(LaunchTiming::planned(later)));
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const DueStatus now = timeline.status(it.key());
            QCOMPARE(it->from.secsTo(now.from), 3 * kHour + 30 * kMin);
            if (it->to.isValid())
                QCOMPARE(it->to.secsTo(now.to), 3 * kHour + 30 * kMin);
        }
        // The recorded T0 wins over the planned one, rounds included.
        QVERIFY(s->recordOne(LaunchTiming::recorded(kT0.addSecs(-kHour))));
        const QVector<RoundStatus> rounds = timeline.roundsOf(id(*s, kContinuous));
        QCOMPARE(rounds.size(), 96);
        QCOMPARE(rounds.first().from, kT0.addSecs(-kHour));
        QCOMPARE(rounds.last().to, kT0.addSecs(23 * kHour));
    }

    // Planning and recording T0 are the timing desk's: it proposes the plan made, else the next
    // full hour, and refuses what is not a time.
    void timingDeskPlansAndRecordsT0()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 17, 42), Qt::UTC));
        TimingDesk desk(*s, clock);
        QCOMPARE(desk.proposedPlan(), QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        const qint64 head = s->headSeq();
        QVERIFY(!desk.plan(QDateTime()));
        QCOMPARE(s->headSeq(), head);
        QVERIFY(desk.plan(kT0));
        QCOMPARE(s->timing().planned(), kT0);
        QCOMPARE(desk.proposedPlan(), kT0);
        QVERIFY(!s->timing().recorded().isValid());
        QVERIFY(desk.record(kT0.addSecs(kMin)));
        QCOMPARE(s->timing().recorded(), kT0.addSecs(kMin));
        QCOMPARE(s->timing().t0(), kT0.addSecs(kMin));
        QCOMPARE(s->headSeq(), head + 2);
        const AuditEvent last = allEvents(s->store()).constLast();
        QCOMPARE(last.kind, EventKind::T0Recorded);
        QCOMPARE(last.actor.name, ada().name);
    }

    void roundsAreTickedAuditedAndSurviveReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("rounds.sqlite"));
        ManualClock clock(kT0.addSecs(3 * kHour + 10 * kMin));
        QString hourly;
        {
            auto s = openSession(path, ada());
            QVERIFY(s);
            hourly = id(*s, kHourly);
            LaunchTimeline timeline(s.get(), clock);
            QVERIFY(s->recordOne(LaunchTiming::recorded(kT0)));
            QCOMPARE(timeline.roundsOf(hourly).size(), 6);
            // Hours 1 and 2 are over and not written: overdue; Hour 3 is not over yet.
            QCOMPARE(timeline.status(hourly).state, DueState::Overdue);
            QCOMPARE(timeline.status(hourly).missedRounds, 2);
            QVERIFY(timeline.setRoundDone(hourly, 1, true));
            QVERIFY(timeline.setRoundDone(hourly, 2, true));
            QCOMPARE(timeline.status(hourly).state, DueState::DueNow);
            QCOMPARE(timeline.status(hourly).roundLabel, QStringLiteral("Hour 3"));
            // Each hour's group shows its own round: Hour 1 is written, Hours 3-6 begin with 3.
            QCOMPARE(timeline.status(id(*s, QStringLiteral("Hour 1 (T+1h)"))).state, DueState::Done);
            QCOMPARE(timeline.status(id(*s, QStringLiteral("Hour 3-6 (T+3h to T+6h)"))).roundLabel,
                     QStringLiteral("Hour 3"));
            // Any node of the report shows its rounds; a tick there is the report's.
            const QString hour1 = id(*s, QStringLiteral("Hour 1 (T+1h)"));
            QCOMPARE(timeline.roundOwner(hour1), hourly);
            QVERIFY(timeline.setRoundDone(hour1, 3, true));
            QVERIFY(timeline.setRoundDone(hourly, 3, false));
            // Ticking a ticked round records nothing.
            const qint64 headBefore = s->headSeq();
            QVERIFY(timeline.setRoundDone(hourly, 1, true));
            QCOMPARE(s->headSeq(), headBefore);
            // The lead adds an hour.
            const auto added = timeline.addRound(hourly);
            QVERIFY2(added, qPrintable(added.error().message));
            QCOMPARE(added.value(), 7);
            QCOMPARE(timeline.roundsOf(hourly).size(), 7);
            QCOMPARE(timeline.roundsOf(hourly).last().round.label, QStringLiteral("Hour 7"));
            // Rounds that do not exist, and items without rounds, are refused.
            QCOMPARE(timeline.setRoundDone(hourly, 8, true).code(), Error::Code::Invalid);
            QCOMPARE(timeline.setRoundDone(hourly, 0, true).code(), Error::Code::Invalid);
            QCOMPARE(timeline.setRoundDone(id(*s, kFinalBackup), 1, true).code(), Error::Code::NotFound);
            QVERIFY(!timeline.addRound(id(*s, kWeekly)));

            const auto history = s->history(hourly);
            QVERIFY(history);
            QStringList kinds;
            for (const AuditEvent &e : history.value()) {
                kinds.append(QStringLiteral("%1 %2 %3")
                                 .arg(eventKindName(e.kind))
                                 .arg(e.payload.value(QLatin1String("round")).toInteger())
                                 .arg(e.actor.name));
            }
            QCOMPARE(kinds,
                     (QStringList{QStringLiteral("round.ticked 1 Ada"), QStringLiteral("round.ticked 2 Ada"),
                                  QStringLiteral("round.ticked 3 Ada"), QStringLiteral("round.unticked 3 Ada"),
                                  QStringLiteral("round.added 7 Ada")}));
            QCOMPARE(history->first().index().slot, QStringLiteral("round:1"));
        }
        auto again = openSession(path, grace());
        QVERIFY(again);
        LaunchTimeline timeline(again.get(), clock);
        QVERIFY(timeline.rounds().isDone(hourly, 1));
        QVERIFY(timeline.rounds().isDone(hourly, 2));
        QVERIFY(!timeline.rounds().isDone(hourly, 3));
        QCOMPARE(timeline.roundsOf(hourly).size(), 7);
        QCOMPARE(timeline.status(hourly).state, DueState::DueNow);
        QCOMPARE(eventKindFromName(QStringLiteral("round.added")), std::optional<EventKind>(EventKind::RoundAdded));
        // The round events are in the hash chain and the cache like every other.
        const VerifyResult check = again->store().verify();
        QVERIFY2(check.intact, qPrintable(check.reason));
    }

    void fifteenMinuteRoundsAndDailyRounds()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(kT0.addSecs(50 * kMin));
        LaunchTimeline timeline(s.get(), clock);
        QVERIFY(s->recordOne(LaunchTiming::recorded(kT0)));
        const QString checks = id(*s, kContinuous);
        const auto rounds = timeline.roundsOf(checks);
        QCOMPARE(rounds.size(), 96);
        QCOMPARE(rounds.at(3).state, DueState::DueNow); // Round 4: 45-60 min
        QCOMPARE(rounds.at(4).state, DueState::DueSoon);
        QCOMPARE(rounds.at(10).state, DueState::NotDueYet);
        QCOMPARE(timeline.status(checks).missedRounds, 3);
        for (int n = 1; n <= 4; ++n)
            QVERIFY(timeline.setRoundDone(checks, n, true));
        QCOMPARE(timeline.status(checks).state, DueState::DueSoon);
        QCOMPARE(timeline.status(checks).roundLabel, QStringLiteral("Round 5"));
        QCOMPARE(timeline.roundsOf(id(*s, kDaily)).size(), 30);
        clock.set(kT0.addSecs(30 * kDay + kHour));
        timeline.refresh();
        QCOMPARE(timeline.status(id(*s, kDaily)).missedRounds, 30);
        QCOMPARE(timeline.roundsOf(id(*s, kWeekly)).size(), 6); // weeks 1-5 begun, and the next
    }

    void nowListsWhatIsDueAndLate()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(kT0.addSecs(-30 * kMin));
        LaunchTimeline timeline(s.get(), clock);
        NowModel model(&timeline);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no T0
        QVERIFY(s->recordOne(LaunchTiming::planned(kT0)));
        auto rows = [&] {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out.append(model.index(r, NowModel::StateColumn).data().toString() + QLatin1String(": ")
                           + model.index(r, NowModel::ItemColumn).data().toString());
            return out;
        };
        // Half an hour before T0: the launch-day checks are due, the backup too, the launch
        // window is due soon; the week of preparation ends within the hour.
        QStringList now = rows();
        QVERIFY2(now.contains(QStringLiteral("due now: Final System Status")), qPrintable(now.join(u'\n')));
        QVERIFY(now.contains(QStringLiteral("due soon: Activate Workflows (T-0 minutes)")));
        QVERIFY(now.contains(QStringLiteral("due now: E2E Tests Passed (100%)")));
        QVERIFY(now.contains(QStringLiteral("due soon: Continuous Monitoring (Every 15 minutes) — Round 1")));
        QVERIFY(!now.join(u'\n').contains(QStringLiteral("overdue"), Qt::CaseInsensitive));
        QVERIFY(!now.contains(QStringLiteral("due now: Verify KI Suggestions Working")));

        clock.set(kT0.addSecs(40 * kMin));
        timeline.refresh();
        now = rows();
        QCOMPARE(now.first().left(8), QStringLiteral("OVERDUE:"));
        QVERIFY2(now.contains(QStringLiteral("OVERDUE: Continuous Monitoring (Every 15 minutes) — Round 1 and 1 more")),
                 qPrintable(now.join(u'\n')));
        QVERIFY(now.contains(QStringLiteral("OVERDUE: Final System Status")));
        QVERIFY(now.contains(QStringLiteral("due now: Continuous Monitoring (Every 15 minutes) — Round 3")));
        QVERIFY(now.contains(QStringLiteral("due now: Activate Workflows (T-0 minutes)")));
        // The lines say which item to select.
        int activateRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, NowModel::ItemColumn).data().toString() == kActivate)
                activateRow = r;
        }
        QVERIFY(activateRow >= 0);
        QCOMPARE(model.index(activateRow, 0).data(NowModel::NodeIdRole).toString(), id(*s, kActivate));
        QVERIFY(model.index(activateRow, 0).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(ChecklistDesk(*s).setDone(id(*s, kActivate), true));
        QVERIFY(!rows().contains(QStringLiteral("due now: Activate Workflows (T-0 minutes)")));
        const QString checks = id(*s, kContinuous);
        QVERIFY(timeline.setRoundDone(checks, 1, true));
        QVERIFY(timeline.setRoundDone(checks, 2, true));
        QVERIFY(rows().contains(QStringLiteral("due now: Continuous Monitoring (Every 15 minutes) — Round 3")));
        QVERIFY(!rows().join(u'\n').contains(QStringLiteral("Round 1 and")));
    }

    void treeShowsDueStatesInWordsAndColour()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(kT0.addSecs(5 * kMin));
        LaunchTimeline timeline(s.get(), clock);
        ChecklistDesk checklist(*s);
        ChecklistTreeModel model(&checklist);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeline(&timeline);
        QVERIFY(s->recordOne(LaunchTiming::recorded(kT0)));
        const QModelIndex backup = model.indexForId(id(*s, kFinalBackup), ChecklistTreeModel::DueColumn);
        QCOMPARE(DueState(backup.data(ChecklistTreeModel::DueStateRole).toInt()), DueState::Overdue);
        QVERIFY(backup.data().toString().startsWith(QStringLiteral("OVERDUE")));
        QVERIFY(backup.data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(backup.siblingAtColumn(0).data(Qt::BackgroundRole).value<QColor>().isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ChecklistDesk(*s).setDone(id(*s, kFinalBackup), true));
        QCOMPARE(DueState(backup.data(ChecklistTreeModel::DueStateRole).toInt()), DueState::Done);
        QVERIFY(!backup.data(Qt::BackgroundRole).value<QColor>().isValid());
        bool sawDue = false;
        for (const auto &args : changed)
            sawDue = sawDue
                || (args.at(0).value<QModelIndex>().internalPointer() == backup.internalPointer()
                    && args.at(1).value<QModelIndex>().column() == ChecklistTreeModel::DueColumn);
        QVERIFY(sawDue);
        const QModelIndex later =
            model.indexForId(id(*s, QStringLiteral("Collect Statistics")), ChecklistTreeModel::DueColumn);
        QCOMPARE(DueState(later.data(ChecklistTreeModel::DueStateRole).toInt()), DueState::NotDueYet);
        QVERIFY(later.data().toString().startsWith(QStringLiteral("from ")));
        QVERIFY(later.data(Qt::ToolTipRole).toString().contains(QStringLiteral("T+7 days")));
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
