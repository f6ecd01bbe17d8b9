#include "tests/HistoryTestSupport.h"
// The hourly status reports: hour windows from T0 on a manual clock, proposals from fake n8n and
// FreeScout APIs and from a prepared probe history, confirmation and corrections audited (old →
// new) and rebuilt on reopen, a confirmed report never recomputed, confirming an hour ticking its
// checklist round in the same append, an hour proposed as soon as it is over, the table model,
// the dock, the chart range picker and the chart fitting a short dock.
#include "models/monitoring/ProbeHistory.h"
#include "models/reports/ChartRange.h"
#include "models/reports/ReportDesk.h"
#include "models/reports/ReportsTableModel.h"
#include "models/session/LaunchTiming.h"
#include "models/timeline/LaunchTimeline.h"
#include "tests/FakeApis.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/reports/RangePicker.h"
#include "ui/reports/ReportsCharts.h"
#include "ui/reports/ReportsPanel.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace TestSupport;

using namespace HistoryTest;

namespace {

const QByteArray kKey = "n8n_api_7f3c9a1b2d4e";
const QDateTime kT0 = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);

QString envValue(const QString &name)
{
    if (name == QLatin1String("N8N_KEY"))
        return QString::fromLatin1(kKey);
    if (name == QLatin1String("FS_KEY"))
        return QStringLiteral("fs-secret-55aa");
    return {};
}

FakeN8n::Execution execution(const QDateTime &start, const QString &status = QStringLiteral("success"))
{
    return {status, start, start.addMSecs(800), QStringLiteral("V4ZY8huyC6HhvWxB")};
}

ProbeResult result(const QString &service, const QDateTime &t, ServiceState state)
{
    ProbeResult r;
    r.service = service;
    r.time = t;
    r.state = state;
    r.latencyMs = state == ServiceState::Down ? -1 : 40;
    r.reason = serviceStateName(state);
    return r;
}

// A clock that runs like the wall clock from a chosen moment: time passes without a test moving it.
class RunningClock final : public Clock
{
public:
    explicit RunningClock(const QDateTime &start) : m_start(start) { m_elapsed.start(); }
    QDateTime now() const override { return m_start.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

// The checklist's recurring item of the hourly status reports.
QString hourlyReportItem(const LaunchTimeline &timeline)
{
    for (const QString &item : timeline.schedule().recurringItems()) {
        if (timeline.schedule().roundPlan(item)->report)
            return item;
    }
    return {};
}

void maybeGrab(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestHourlyReports : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count));
        m_session = openSession(m_path, ada());
        QVERIFY(m_session);
        QVERIFY(m_session->record({LaunchTiming::recorded(kT0)}));
        m_clock.set(kT0.addSecs(30 * 60));
        m_n8n = std::make_unique<FakeN8n>(kKey);
        m_fs = std::make_unique<FakeFreeScout>("fs-secret-55aa");
        // Hour 1: 7 executions (2 failed), hour 2: 4 (1 crashed), one before T0 not counted.
        QVector<FakeN8n::Execution> list{execution(kT0.addSecs(-60))};
        for (int i = 0; i < 7; ++i)
            list << execution(kT0.addSecs(300 + i * 400), i < 2 ? QStringLiteral("error") : QStringLiteral("success"));
        for (int i = 0; i < 4; ++i)
            list << execution(kT0.addSecs(3600 + 120 + i * 600),
                              i == 0 ? QStringLiteral("crashed") : QStringLiteral("success"));
        m_n8n->setExecutions(list);
        for (int i = 0; i < 5; ++i)
            m_fs->conversations.append({kT0.addSecs(60 + i * 600)});
        for (int i = 0; i < 3; ++i)
            m_fs->conversations.append({kT0.addSecs(3600 + 60 + i * 900)});
        m_history = openHistoryOr(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(m_count)), nullptr);
        QVERIFY(m_history);
        m_desk = makeDesk(m_session.get());
    }

    void cleanup()
    {
        m_desk.reset();
        m_session.reset();
        m_history.reset();
        m_n8n.reset();
        m_fs.reset();
    }

    void hourWindowsFromT0()
    {
        QCOMPARE(m_desk->hourCount(), 6);
        HourReport h1 = m_desk->hour(1);
        QCOMPARE(h1.from, kT0);
        QCOMPARE(h1.to, kT0.addSecs(3600));
        QCOMPARE(h1.stage, HourReport::Stage::Running);
        QCOMPARE(m_desk->hour(2).stage, HourReport::Stage::Upcoming);
        QCOMPARE(m_desk->hour(6).from, kT0.addSecs(5 * 3600));
        // Nothing is proposed before an hour is over.
        m_desk->refresh();
        QVERIFY(!m_desk->isCollecting());
        QCOMPARE(m_desk->propose(1).code(), Error::Code::Refused);
        QCOMPARE(m_desk->setValue(1, ReportField::Tickets, QStringLiteral("3")).code(), Error::Code::Refused);
        // The hours the lead adds to the report rounds are reports too.
        LaunchTimeline timeline(m_session.get(), m_clock);
        m_desk->setTimeline(&timeline);
        QString hourly;
        for (const QString &item : timeline.schedule().recurringItems()) {
            if (timeline.schedule().roundPlan(item)->report)
                hourly = item;
        }
        QVERIFY(!hourly.isEmpty());
        QVERIFY(timeline.addRound(hourly));
        QCOMPARE(m_desk->hourCount(), 7);
        QCOMPARE(m_desk->hour(7).from, kT0.addSecs(6 * 3600));
        m_desk->setTimeline(nullptr);
    }

    void proposedFromCollectorsAndHistory()
    {
        recordHistory();
        m_clock.set(kT0.addSecs(2 * 3600 + 600));
        m_desk->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->isCollecting(), 20000);
        const HourReport h1 = m_desk->hour(1);
        QCOMPARE(h1.stage, HourReport::Stage::Proposed);
        QCOMPARE(h1.cell(ReportField::Tickets).value, QStringLiteral("5"));
        QVERIFY(h1.cell(ReportField::Tickets).source.contains(QStringLiteral("/api/conversations")));
        QCOMPARE(h1.cell(ReportField::Executions).value, QStringLiteral("7"));
        QCOMPARE(h1.cell(ReportField::Failures).value, QStringLiteral("2"));
        QVERIFY(h1.cell(ReportField::Executions).source.contains(QStringLiteral("/api/v1/executions")));
        QCOMPARE(h1.cell(ReportField::Health).value, QStringLiteral("Red"));
        QCOMPARE(h1.cell(ReportField::Health).source, QStringLiteral("probe history"));
        QVERIFY2(h1.cell(ReportField::Issues).value.contains(QStringLiteral("n8n DOWN for 12 min")),
                 qPrintable(h1.cell(ReportField::Issues).value));
        const HourReport h2 = m_desk->hour(2);
        QCOMPARE(h2.cell(ReportField::Tickets).value, QStringLiteral("3"));
        QCOMPARE(h2.cell(ReportField::Executions).value, QStringLiteral("4"));
        QCOMPARE(h2.cell(ReportField::Failures).value, QStringLiteral("1"));
        QCOMPARE(h2.cell(ReportField::Health).value, QStringLiteral("Yellow"));
        QVERIFY(h2.cell(ReportField::Issues).value.startsWith(QStringLiteral("FreeScout DEGRADED for 6 min")));
        QCOMPARE(m_desk->hour(3).stage, HourReport::Stage::Running);
    }

    void sustainedStateOfAnHour()
    {
        recordHistory();
        const QStringList services{QStringLiteral("n8n"), QStringLiteral("FreeScout")};
        const QDateTime later = kT0.addDays(1);
        HourHealth h = assessHour(*m_history, services, 1, kT0, kT0.addSecs(3600), later);
        QCOMPARE(h.health, Health::Red);
        QCOMPARE(h.service, QStringLiteral("n8n"));
        QCOMPARE(h.sustainedMs, 12 * 60 * 1000LL);
        QCOMPARE(h.since, kT0.addSecs(600));
        // A short DOWN (3 min) in hour 3 is Green; an hour without results is Unknown.
        h = assessHour(*m_history, services, 3, kT0.addSecs(7200), kT0.addSecs(3 * 3600), later);
        QCOMPARE(h.health, Health::Green);
        h = assessHour(*m_history, services, 5, kT0.addSecs(5 * 3600), kT0.addSecs(6 * 3600), later);
        QCOMPARE(h.health, Health::Unknown);
    }

    void confirmAndCorrectAuditedAndReopened()
    {
        proposeHours(2);
        QVERIFY(m_desk->setValue(1, ReportField::Issues, QStringLiteral("n8n restarted at 10:22")));
        QCOMPARE(m_desk->hour(1).cell(ReportField::Issues).source, QStringLiteral("operator"));
        QVERIFY(m_desk->confirm(1));
        QCOMPARE(m_desk->confirm(1).code(), Error::Code::Refused);
        QCOMPARE(m_desk->setValue(1, ReportField::Failures, QStringLiteral("two")).code(), Error::Code::Invalid);
        QCOMPARE(m_desk->setValue(1, ReportField::Health, QStringLiteral("Blue")).code(), Error::Code::Invalid);
        QVERIFY(m_desk->setValue(1, ReportField::Tickets, QStringLiteral("6"), QStringLiteral("one by phone")));
        QVERIFY(m_desk->setValue(1, ReportField::Health, QStringLiteral("yellow")));

        const QVector<AuditEvent> events = allEvents(m_session->store());
        QCOMPARE(eventKindName(events.at(events.size() - 3).kind), QStringLiteral("report.confirmed"));
        const AuditEvent &confirmed = events.at(events.size() - 3);
        // The head the confirming desk saw: the event before it, with its hash (issue #18).
        const AuditEvent &seen = events.at(events.size() - 4);
        QCOMPARE(confirmed.payload.value(QLatin1String("head")).toObject(),
                 (QJsonObject{{QStringLiteral("seq"), seen.seq}, {QStringLiteral("hash"), seen.hash}}));
        const QJsonObject values = confirmed.payload.value(QLatin1String("values")).toObject();
        QCOMPARE(values.value(QLatin1String("executions")).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("7"));
        QVERIFY(values.value(QLatin1String("executions"))
                    .toObject()
                    .value(QLatin1String("source"))
                    .toString()
                    .contains(QStringLiteral("/api/v1/executions")));
        QCOMPARE(values.value(QLatin1String("issues")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("operator"));
        const AuditEvent &corrected = events.at(events.size() - 2);
        QCOMPARE(eventKindName(corrected.kind), QStringLiteral("report.corrected"));
        QCOMPARE(corrected.payloadText("field"), QStringLiteral("tickets"));
        QCOMPARE(corrected.payloadText("previous"), QStringLiteral("5"));
        QCOMPARE(corrected.payloadText("value"), QStringLiteral("6"));
        QCOMPARE(corrected.payloadText("reason"), QStringLiteral("one by phone"));
        QCOMPARE(events.last().payloadText("previous"), QStringLiteral("Red"));
        QCOMPARE(events.last().payloadText("value"), QStringLiteral("Yellow"));

        // Reopened: the same report, its corrections, and a record that passes its full check.
        m_desk.reset();
        m_session.reset();
        m_session = openSession(m_path, grace());
        QVERIFY(m_session);
        QCOMPARE(m_session->store().verify().intact, true);
        m_desk = makeDesk(m_session.get());
        const ConfirmedReport *r = m_desk->reports().report(1);
        QVERIFY(r);
        QCOMPARE(r->confirmedBy.name, QStringLiteral("Ada"));
        QCOMPARE(r->value(ReportField::Tickets).value, QStringLiteral("6"));
        QCOMPARE(r->value(ReportField::Health).value, QStringLiteral("Yellow"));
        QCOMPARE(r->value(ReportField::Failures).value, QStringLiteral("2"));
        QCOMPARE(r->corrections.size(), 2);
        QCOMPARE(r->corrections.first().previous, QStringLiteral("5"));
        QCOMPARE(m_desk->hour(1).stage, HourReport::Stage::Confirmed);
        QCOMPARE(m_desk->hour(2).stage, HourReport::Stage::Collecting);
    }

    // A correction whose event carries no old value (the field's own slot was never set) names the
    // confirmed value it replaced, never "→ 12" with nothing before the arrow.
    void aCorrectionNamesTheValueItReplaced()
    {
        HourlyReports reports;
        AuditEvent confirmed;
        confirmed.seq = 1;
        confirmed.kind = EventKind::ReportConfirmed;
        confirmed.payload =
            QJsonObject{{QStringLiteral("hour"), 3},
                        {QStringLiteral("values"),
                         QJsonObject{{QStringLiteral("tickets"),
                                      QJsonObject{{QStringLiteral("value"), QStringLiteral("9")},
                                                  {QStringLiteral("source"), QStringLiteral("operator")}}}}}};
        QVERIFY(reports.apply(confirmed));
        AuditEvent corrected;
        corrected.seq = 2;
        corrected.kind = EventKind::ReportCorrected;
        corrected.payload = QJsonObject{{QStringLiteral("hour"), 3},
                                        {QStringLiteral("field"), QStringLiteral("tickets")},
                                        {QStringLiteral("value"), QStringLiteral("12")}};
        QVERIFY(reports.apply(corrected));
        QCOMPARE(reports.report(3)->corrections.first().previous, QStringLiteral("9"));
        QCOMPARE(reports.report(3)->value(ReportField::Tickets).value, QStringLiteral("12"));
    }

    void confirmedReportIsNotRecomputed()
    {
        proposeHours(1);
        QVERIFY(m_desk->confirm(1));
        const qint64 head = m_session->headSeq();
        // The services change their minds: three more executions turn up in hour 1.
        QVector<FakeN8n::Execution> more{execution(kT0.addSecs(100)), execution(kT0.addSecs(200)),
                                         execution(kT0.addSecs(250), QStringLiteral("error"))};
        for (int i = 0; i < 7; ++i)
            more << execution(kT0.addSecs(300 + i * 400), i < 2 ? QStringLiteral("error") : QStringLiteral("success"));
        m_n8n->setExecutions(more);
        QVERIFY(m_desk->propose(1));
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->isCollecting(), 20000);
        const HourReport h = m_desk->hour(1);
        QCOMPARE(h.cell(ReportField::Executions).value, QStringLiteral("7"));
        QVERIFY(h.cell(ReportField::Executions).differs);
        QCOMPARE(h.cell(ReportField::Executions).proposed, QStringLiteral("10"));
        QCOMPARE(h.cell(ReportField::Failures).proposed, QStringLiteral("3"));
        QVERIFY(!h.cell(ReportField::Tickets).differs);
        QCOMPARE(m_session->headSeq(), head); // nothing written
    }

    // Issue #15: a proposal is for the hour of the T0 it was asked with; a T0 corrected since makes
    // it another hour's, and a report is confirmed only if T0 is still what this desk read.
    void aProposalIsForTheT0ItWasAskedWith()
    {
        proposeHours(2);
        QCOMPARE(m_desk->hour(1).cell(ReportField::Executions).value, QStringLiteral("7"));
        // T0 corrected an hour later: hour 1 is what was hour 2, and the old proposal is not its.
        QVERIFY(m_session->record({LaunchTiming::recorded(kT0.addSecs(3600))}));
        QCOMPARE(m_desk->hour(1).from, kT0.addSecs(3600));
        QCOMPARE(m_desk->hour(1).stage, HourReport::Stage::Collecting);
        QVERIFY(m_desk->hour(1).cell(ReportField::Executions).value.isEmpty());
        m_desk->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->isCollecting(), 20000);
        const HourReport h1 = m_desk->hour(1);
        QCOMPARE(h1.stage, HourReport::Stage::Proposed);
        QCOMPARE(h1.cell(ReportField::Executions).value, QStringLiteral("4"));
        QCOMPARE(h1.cell(ReportField::Health).value, QStringLiteral("Yellow"));
        // Another desk moves T0 back before this one confirms: refused in the append.
        {
            auto other = openSession(m_path, grace());
            QVERIFY(other);
            QVERIFY(other->record({LaunchTiming::recorded(kT0)}));
        }
        const qint64 head = TestSupport::head(m_session->store());
        QCOMPARE(m_desk->confirm(1).code(), Error::Code::Conflict);
        QCOMPARE(TestSupport::head(m_session->store()), head);
        QVERIFY(!m_desk->reports().report(1));
    }

    // Issue #16: confirming an hour ticks the checklist's round of the hourly report for that hour,
    // in the same append; confirming again, or a round ticked already, adds nothing.
    void confirmingAnHourTicksItsRound()
    {
        LaunchTimeline timeline(m_session.get(), m_clock);
        m_desk->setTimeline(&timeline);
        const QString hourly = hourlyReportItem(timeline);
        QVERIFY(!hourly.isEmpty());
        proposeHours(3);
        QVERIFY(!timeline.rounds().isDone(hourly, 3));
        qint64 head = m_session->headSeq();
        QVERIFY(m_desk->confirm(3));
        QVector<AuditEvent> events = allEvents(m_session->store());
        QCOMPARE(m_session->headSeq(), head + 2);
        const AuditEvent &confirmed = events.at(events.size() - 2);
        const AuditEvent &ticked = events.last();
        QCOMPARE(eventKindName(confirmed.kind), QStringLiteral("report.confirmed"));
        QCOMPARE(confirmed.payload.value(QLatin1String("hour")).toInt(), 3);
        QCOMPARE(eventKindName(ticked.kind), QStringLiteral("round.ticked"));
        QCOMPARE(ticked.payloadText("item"), hourly);
        QCOMPARE(ticked.payload.value(QLatin1String("round")).toInt(), 3);
        // One transaction: consecutive, at the same time, by the same person.
        QCOMPARE(ticked.seq, confirmed.seq + 1);
        QCOMPARE(ticked.timeUtc, confirmed.timeUtc);
        QCOMPARE(ticked.actor.name, confirmed.actor.name);
        QVERIFY(timeline.rounds().isDone(hourly, 3));
        // Again: refused, nothing written.
        head = m_session->headSeq();
        QCOMPARE(m_desk->confirm(3).code(), Error::Code::Refused);
        QCOMPARE(m_session->headSeq(), head);
        // Hour 2's round was ticked at the checklist already: the report alone.
        QVERIFY(timeline.setRoundDone(hourly, 2, true));
        head = m_session->headSeq();
        QVERIFY(m_desk->confirm(2));
        QCOMPARE(m_session->headSeq(), head + 1);
        QCOMPARE(eventKindName(allEvents(m_session->store()).last().kind), QStringLiteral("report.confirmed"));
        // Hour 1's round ticked by another desk after this one last read the record: decided in
        // the append, not ticked twice.
        {
            auto other = openSession(m_path, grace());
            QVERIFY(other);
            QVERIFY(other->record({EventDraft::of(EventKind::RoundTicked,
                                                  {{QStringLiteral("item"), hourly}, {QStringLiteral("round"), 1}})}));
        }
        QVERIFY(!timeline.rounds().isDone(hourly, 1));
        head = TestSupport::head(m_session->store());
        QVERIFY(m_desk->confirm(1));
        QCOMPARE(TestSupport::head(m_session->store()), head + 1);
        events = allEvents(m_session->store());
        QCOMPARE(eventKindName(events.last().kind), QStringLiteral("report.confirmed"));
        int ticks = 0;
        for (const AuditEvent &e : events)
            ticks += e.kind == EventKind::RoundTicked && e.payload.value(QLatin1String("round")).toInt() == 1;
        QCOMPARE(ticks, 1);
        m_desk->setTimeline(nullptr);
    }

    // Issue #16: an hour is proposed the moment it is over, and when T0 moves so that it is; it is
    // "collecting" only while the services answer, never until the application's next minute tick.
    void aProposalFollowsTheEndOfItsHourAtOnce()
    {
        recordHistory();
        // The clock runs: hour 3 ends in 300 ms.
        RunningClock clock(kT0.addSecs(3 * 3600).addMSecs(-300));
        auto desk = makeDesk(m_session.get(), &clock);
        desk->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!desk->isCollecting(), 2000);
        QCOMPARE(desk->hour(2).stage, HourReport::Stage::Proposed);
        QTRY_COMPARE_WITH_TIMEOUT(desk->hour(3).stage, HourReport::Stage::Proposed, 2000);
        QCOMPARE(desk->hour(3).cell(ReportField::Health).value, QStringLiteral("Green"));
        desk.reset();

        // T0 recorded an hour earlier: hour 3 is over now, proposed without a refresh.
        m_clock.set(kT0.addSecs(2 * 3600 + 600));
        m_desk->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->isCollecting(), 2000);
        QCOMPARE(m_desk->hour(3).stage, HourReport::Stage::Running);
        QVERIFY(m_session->record({LaunchTiming::recorded(kT0.addSecs(-3600))}));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->hour(3).stage, HourReport::Stage::Proposed, 2000);
        QCOMPARE(m_desk->hour(3).from, kT0.addSecs(3600));
        QCOMPARE(m_desk->hour(3).cell(ReportField::Executions).value, QStringLiteral("4"));
    }

    void tableModel()
    {
        ReportsTableModel model(m_desk.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable)); // hour 1 still running
        proposeHours(2);
        const QModelIndex executions = model.index(int(ReportField::Executions), 0);
        QCOMPARE(executions.data().toString(), QStringLiteral("7"));
        QVERIFY(executions.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(model.flags(executions) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(int(ReportField::Tickets), 0), QStringLiteral("4")));
        QSignalSpy refused(&model, &ReportsTableModel::editRefused);
        QVERIFY(!model.setData(model.index(int(ReportField::Tickets), 0), QStringLiteral("four")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(m_desk->confirm(1));
        QVERIFY(executions.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(executions.data(ReportsTableModel::ConfirmedRole).toBool());
        QCOMPARE(model.index(int(ReportField::Tickets), 0).data().toString(), QStringLiteral("4"));
        QVERIFY(model.setData(model.index(int(ReportField::Tickets), 0), QStringLiteral("5")));
        QCOMPARE(eventKindName(allEvents(m_session->store()).last().kind), QStringLiteral("report.corrected"));
        QVERIFY(model.index(int(ReportField::Tickets), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("4 → 5")));
        QVERIFY(model.index(ReportsTableModel::kStageRow, 0).data().toString().contains(QStringLiteral("Ada")));
        QVERIFY(model.headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("Hour 1")));
        // An hour added by the lead adds a column.
        LaunchTimeline timeline(m_session.get(), m_clock);
        m_desk->setTimeline(&timeline);
        for (const QString &item : timeline.schedule().recurringItems()) {
            if (timeline.schedule().roundPlan(item)->report)
                QVERIFY(timeline.addRound(item));
        }
        QCOMPARE(model.columnCount(), 7);
        m_desk->setTimeline(nullptr);
    }

    void chartRanges()
    {
        const QDateTime now = kT0.addSecs(2 * 3600 + 600);
        // Data of the last minutes only: the last hour, not a pixel column of a week.
        QCOMPARE(openingRange({now.addSecs(-300), now.addSecs(-10)}, now, QDateTime()), ChartRange::LastHour);
        QCOMPARE(openingRange({now.addDays(-3)}, now, QDateTime()), ChartRange::Week);
        QCOMPARE(openingRange({now.addSecs(-3 * 3600)}, now, QDateTime()), ChartRange::Day);
        QCOMPARE(openingRange({kT0.addSecs(3600), kT0.addSecs(7200)}, now, kT0), ChartRange::SinceT0);
        QCOMPARE(openingRange({}, now, kT0), ChartRange::SinceT0);
        QCOMPARE(openingRange({}, now, QDateTime()), ChartRange::Day);
        QVERIFY(!chartRangeAvailable(ChartRange::SinceT0, now.addSecs(60), now));
        QCOMPARE(chartSpan(ChartRange::SinceT0, now, kT0).from, kT0);
        QCOMPARE(chartSpan(ChartRange::Week, now, kT0).from, now.addDays(-7));
    }

    // Issue #16: the axes stay readable in a short dock: fewer value ticks (whole numbers, none
    // twice), no title, the legend beside when there is room, the hours' numbers alone when narrow.
    void chartsFitAShortDock()
    {
        const int line = 16;
        QVERIFY(fitChart(QSize(460, 200), {}, line).valueTicks < fitChart(QSize(460, 420), {}, line).valueTicks);
        QVERIFY(!fitChart(QSize(460, 200), {}, line).title);
        QVERIFY(fitChart(QSize(460, 420), {}, line).title);
        QVERIFY(!fitChart(QSize(460, 200), {}, line).legendBeside);
        QVERIFY(fitChart(QSize(700, 200), {}, line).legendBeside);
        QCOMPARE(fitChart(QSize(460, 420), QSizeF(400, 60), line).valueTicks, 2);
        QCOMPARE(fitChart(QSize(460, 420), QSizeF(400, 300), line).valueTicks, ChartFit::kMaxTicks);
        QVERIFY(fitChart(QSize(360, 300), QSizeF(240, 200), line, 6, 45).shortCategories);
        QVERIFY(!fitChart(QSize(900, 300), QSizeF(780, 200), line, 3, 45).shortCategories);
        const auto axis = [](double max, int ticks) {
            const WholeNumberAxis a = wholeNumberAxis(max, ticks);
            return QPair<qint64, int>(a.top, a.ticks);
        };
        QCOMPARE(axis(7, 5), (QPair<qint64, int>(8, 5)));
        QCOMPARE(axis(7, 3), (QPair<qint64, int>(10, 3)));
        QCOMPARE(axis(1350, 5), (QPair<qint64, int>(1500, 4)));
        QCOMPARE(axis(1350, 3), (QPair<qint64, int>(2000, 3)));
        QCOMPARE(axis(3, 5), (QPair<qint64, int>(3, 4)));
        QCOMPARE(axis(0, 2), (QPair<qint64, int>(1, 2)));

        proposeHours(3); // 7 executions at most
        ReportsCharts charts(m_desk.get());
        charts.resize(460, 640);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const auto ticks = [&charts] {
            const auto axes = charts.chartView()->chart()->axes(Qt::Vertical);
            return axes.isEmpty() ? 0 : qobject_cast<QValueAxis *>(axes.first())->tickCount();
        };
        QTRY_COMPARE(ticks(), 5); // 0, 2, 4, 6, 8
        QVERIFY(!charts.chartView()->chart()->title().isEmpty());
        charts.resize(460, 250);  // the chart at its least height: 200 px
        QTRY_COMPARE(ticks(), 3); // 0, 5, 10
        QVERIFY(charts.chartView()->chart()->title().isEmpty());
        maybeGrab(&charts, "reports-chart-short");
        charts.resize(460, 640);
        QTRY_COMPARE(ticks(), 5);
    }

    void dockConfirmAndRangePicker()
    {
        recordHistory();
        m_clock.set(kT0.addSecs(2 * 3600 + 600));
        MainWindow window(m_session.get());
        window.attachReports(m_desk.get());
        window.resize(1500, 950);
        window.show();
        ReportsPanel *panel = window.reportsPanel();
        QVERIFY(panel);
        m_desk->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->isCollecting(), 20000);
        ReportsCharts *charts = panel->charts();
        QCOMPARE(charts->rangePicker()->range(), ChartRange::SinceT0); // the range holding both hours
        QCOMPARE(charts->shownHours(), (QVector<int>{1, 2}));
        auto *confirm1 = panel->findChild<QPushButton *>(QStringLiteral("confirmHour1"));
        auto *confirm2 = panel->findChild<QPushButton *>(QStringLiteral("confirmHour2"));
        QVERIFY(confirm1 && confirm2);
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("confirmHour3")));
        QTest::mouseClick(confirm1, Qt::LeftButton);
        QVERIFY(m_desk->reports().isConfirmed(1));
        QTRY_VERIFY(!panel->table()->indexWidget(panel->model()->index(ReportsTableModel::kStageRow, 0)));
        QTest::mouseClick(confirm2, Qt::LeftButton);
        QVERIFY(m_desk->reports().isConfirmed(2));
        QVERIFY(m_desk->setValue(2, ReportField::Issues, QStringLiteral("FreeScout slow 10:37–10:43, no action")));

        charts->rangePicker()->setRange(ChartRange::LastHour);
        QCOMPARE(charts->shownHours(), (QVector<int>{2}));
        charts->rangePicker()->setRange(ChartRange::Week);
        QCOMPARE(charts->shownHours(), (QVector<int>{1, 2}));
        charts->rangePicker()->setRange(ChartRange::SinceT0);
        // Two late executions of hour 1 turn up: shown beside the confirmed 7, not written over it.
        QVector<FakeN8n::Execution> more{execution(kT0.addSecs(100)), execution(kT0.addSecs(200))};
        for (int i = 0; i < 7; ++i)
            more << execution(kT0.addSecs(300 + i * 400), i < 2 ? QStringLiteral("error") : QStringLiteral("success"));
        m_n8n->setExecutions(more);
        QVERIFY(m_desk->propose(1));
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->isCollecting(), 20000);
        QCOMPARE(panel->model()->index(int(ReportField::Executions), 0).data().toString(), QStringLiteral("7 (now 9)"));
        maybeGrab(&window, "reports");
    }

private:
    std::unique_ptr<ReportDesk> makeDesk(LaunchRecord *session, const Clock *clock = nullptr)
    {
        if (!clock)
            clock = &m_clock;
        auto desk = std::make_unique<ReportDesk>(session, clock);
        const auto collectors = CollectorCatalogue::fromJson(QStringLiteral(R"({"collectors": [
                {"name": "n8n executions", "kind": "n8n-executions", "url": "%1",
                 "headers": {"X-N8N-API-KEY": "${N8N_KEY}"}, "timeout": "3s"},
                {"name": "tickets", "kind": "freescout-conversations", "url": "%2",
                 "headers": {"X-FreeScout-API-Key": "${FS_KEY}"}, "timeout": "3s"}]})")
                                                                 .arg(m_n8n->url(), m_fs->url())
                                                                 .toUtf8(),
                                                             QStringLiteral("test.json"), envValue);
        if (collectors)
            desk->setCollectors(*collectors);
        ReportDesk *d = desk.get();
        ProbeHistory *history = m_history.get();
        const QStringList services{QStringLiteral("n8n"), QStringLiteral("FreeScout")};
        // What MonitoringService does on its thread, here at once.
        connect(
            d, &ReportDesk::healthWanted, d,
            [d, history, services, clock](int hour, const QDateTime &from, const QDateTime &to) {
                d->setHealth(assessHour(*history, services, hour, from, to, clock->now()));
            },
            Qt::QueuedConnection);
        return desk;
    }

    // n8n DOWN 10:10–10:22 in hour 1; FreeScout DEGRADED 11:37–11:43 in hour 2; a 3-minute DOWN
    // of n8n in hour 3; every 30 s from T0 to T0 + 4 h.
    void recordHistory()
    {
        QVector<ProbeResult> results;
        for (qint64 s = 0; s < 4 * 3600; s += 30) {
            const QDateTime t = kT0.addSecs(s);
            const bool n8nDown = (s >= 600 && s < 1320) || (s >= 7800 && s < 7980);
            const bool fsSlow = s >= 3600 + 2220 && s < 3600 + 2580;
            results << result(QStringLiteral("n8n"), t, n8nDown ? ServiceState::Down : ServiceState::Up);
            results << result(QStringLiteral("FreeScout"), t, fsSlow ? ServiceState::Degraded : ServiceState::Up);
        }
        QString error;
        QVERIFY2(succeeded(
                     m_history->record(results, {{QStringLiteral("n8n"), 30000}, {QStringLiteral("FreeScout"), 30000}}),
                     &error),
                 qPrintable(error));
    }

    void proposeHours(int hours)
    {
        recordHistory();
        m_clock.set(kT0.addSecs(hours * 3600 + 600));
        m_desk->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->isCollecting(), 20000);
        QCOMPARE(m_desk->hour(hours).stage, HourReport::Stage::Proposed);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    ManualClock m_clock;
    std::unique_ptr<LaunchRecord> m_session;
    std::unique_ptr<FakeN8n> m_n8n;
    std::unique_ptr<FakeFreeScout> m_fs;
    std::unique_ptr<ProbeHistory> m_history;
    std::unique_ptr<ReportDesk> m_desk;
};

QTEST_MAIN(TestHourlyReports)
#include "tst_hourlyreports.moc"
