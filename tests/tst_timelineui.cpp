// The timeline in the window: the T0 clock before and after T0, the Launch menu, the Now dock
// selecting items in the tree, rounds ticked in the details. Time comes from a manual clock.
#include "models/itemmodels/ChecklistTreeModel.h"
#include "models/session/ChecklistDesk.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/NowModel.h"
#include "models/timeline/TypedTime.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ItemDetailsPane.h"
#include "ui/timeline/LaunchMenu.h"
#include "ui/timeline/NowPanel.h"
#include "ui/timeline/RoundsBox.h"
#include "ui/timeline/T0Clock.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace TestSupport;

namespace {

const QDateTime kT0(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC);
const QString kHourly = QStringLiteral("Hourly System Status Report (First 6 hours)");
const QString kContinuous = QStringLiteral("Continuous Monitoring (Every 15 minutes)");

} // namespace

class TestTimelineUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<LaunchRecord> open()
    {
        return openSession(m_dir.filePath(QStringLiteral("ui-%1.sqlite").arg(++m_count)),
                           Actor::person(QStringLiteral("Dana"), QStringLiteral("Platform Lead")));
    }

private slots:
    void clockShowsTimeToAndSinceT0()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(kT0.addSecs(-(3600 + 59 * 60 + 12)));
        LaunchTimeline timeline(s.get(), clock);
        T0Clock widget(&timeline);
        widget.show();
        QCOMPARE(widget.clockText(), QStringLiteral("T0 not set"));
        auto *plan = widget.findChild<QPushButton *>(QStringLiteral("planT0Button"));
        QVERIFY(plan && plan->isVisible());

        QVERIFY(s->recordOne(LaunchTiming::planned(kT0)));
        QCOMPARE(widget.clockText(), QStringLiteral("T\u221201:59:12"));
        QVERIFY(widget.detailText().startsWith(QStringLiteral("T0 planned")));
        QVERIFY(!plan->isVisible());
        // The widget looks at the clock every second by itself.
        clock.advance(2);
        QTRY_COMPARE_WITH_TIMEOUT(widget.clockText(), QStringLiteral("T\u221201:59:10"), 3000);

        clock.set(kT0.addSecs(5 * 3600 + 12 * 60));
        QVERIFY(s->recordOne(LaunchTiming::recorded(kT0)));
        QCOMPARE(widget.clockText(), QStringLiteral("T+05:12:00"));
        QVERIFY(widget.detailText().startsWith(QStringLiteral("T0 recorded")));
        clock.set(kT0);
        widget.update();
        QCOMPARE(widget.clockText(), QStringLiteral("T+00:00:00"));
        QCOMPARE(formatSinceT0(-1), QStringLiteral("T\u221200:00:01"));
        QCOMPARE(formatSinceT0(3 * 86400 + 61), QStringLiteral("T+72:01:01"));
    }

    void planDialogTakesLocalTimeAndGivesUtc()
    {
        PlanT0Dialog dialog(kT0);
        QCOMPARE(dialog.time(), kT0);
        dialog.editor()->setText(typedTimeText(kT0.addSecs(90 * 60)));
        QCOMPARE(dialog.time(), kT0.addSecs(90 * 60));
        QCOMPARE(dialog.time().timeSpec(), Qt::UTC);
    }

    // Typed as a person types it, with the keyboard alone: the proposal is replaced as a whole,
    // the moment is read back, and text that is no moment keeps OK disabled (never moved to
    // another day, as a date-time spin box did with "2026-12-07 09:00").
    void planDialogTakesWhatIsTyped()
    {
        PlanT0Dialog dialog(kT0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.editor()->setFocus();
        dialog.editor()->selectAll();
        QTest::keyClicks(dialog.editor(), QStringLiteral("2026-12-07 09:00"));
        const QDateTime typed = QDateTime(QDate(2026, 12, 7), QTime(9, 0)).toUTC();
        QCOMPARE(dialog.time(), typed);
        QVERIFY2(dialog.readBack().contains(typed.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(dialog.readBack()));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        const QSize size = dialog.size();
        QTest::keyClick(dialog.editor(), Qt::Key_Backspace);
        QTest::keyClicks(dialog.editor(), QStringLiteral("x"));
        QVERIFY(!dialog.time().isValid());
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.size(), size); // nothing jumps while typing
        dialog.editor()->selectAll();
        QTest::keyClicks(dialog.editor(), QStringLiteral("2026-12-07T09:00:00Z"));
        QCOMPARE(dialog.time(), QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        QTest::keyClick(dialog.editor(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void typedTimes_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("local"); // invalid: refused
        const QDateTime nine(QDate(2026, 12, 7), QTime(9, 0));
        QTest::newRow("iso space") << "en_US"
                                   << "2026-12-07 09:00" << nine;
        QTest::newRow("iso T") << "en_US"
                               << "2026-12-07T09:00" << nine;
        QTest::newRow("iso seconds") << "en_US"
                                     << "2026-12-07 09:00:00" << nine;
        QTest::newRow("german short") << "de_DE"
                                      << "07.12.2026 09:00" << nine;
        QTest::newRow("german two-digit year") << "de_DE"
                                               << "07.12.26 09:00" << nine;
        QTest::newRow("date alone") << "en_US"
                                    << "2026-12-07" << QDateTime();
        QTest::newRow("words") << "en_US"
                               << "tomorrow 9" << QDateTime();
        QTest::newRow("day 32") << "en_US"
                                << "2026-12-32 09:00" << QDateTime();
    }

    void typedTimes()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QDateTime, local);
        const QDateTime parsed = parseTypedTime(text, QLocale(locale));
        QCOMPARE(parsed.isValid(), local.isValid());
        if (local.isValid()) {
            QCOMPARE(parsed, local.toUTC());
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void windowShowsTheTimeline()
    {
        auto s = open();
        QVERIFY(s);
        ManualClock clock(kT0.addSecs(2 * 3600 + 40 * 60));
        LaunchTimeline timeline(s.get(), clock);
        MainWindow window(s.get());
        window.attachTimeline(&timeline);
        window.resize(1500, 920);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The Launch menu sits before Help.
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 2);
        QCOMPARE(menus.at(menus.size() - 2)->menu()->objectName(), QStringLiteral("launchMenu"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("planT0Action")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("recordT0Action")));
        QCOMPARE(window.t0Clock()->clockText(), QStringLiteral("T0 not set"));

        QVERIFY(s->recordOne(LaunchTiming::recorded(kT0)));
        QCOMPARE(window.t0Clock()->clockText(), QStringLiteral("T+02:40:00"));
        // A plausible afternoon: the preparation done, the launch-day checks mostly done, the
        // 15-minute checks up to date but for one, the first hourly report written.
        for (const ChecklistNode *n : s->document()->nodesInOrder()) {
            const ChecklistNode *phase = n;
            while (phase->parent() && phase->parent()->parent())
                phase = phase->parent();
            const bool early = phase->title().startsWith(QLatin1String("Phase 1"))
                || (phase->title().startsWith(QLatin1String("Phase 2"))
                    && !n->title().startsWith(QLatin1String("Confirm System")));
            if (n->kind() == ChecklistNode::Kind::Task && early)
                QVERIFY(ChecklistDesk(*s).setDone(n->id(), true));
        }
        const QString checks = idOf(s->document(), kContinuous);
        const QString hourly = idOf(s->document(), kHourly);
        for (int round = 1; round <= 9; ++round)
            QVERIFY(timeline.setRoundDone(checks, round, true));
        QVERIFY(timeline.setRoundDone(hourly, 1, true));

        // The Now dock: late first, each line selecting its item in the tree.
        NowModel *now = window.nowPanel()->model();
        QVERIFY(now->rowCount() >= 3);
        QCOMPARE(DueState(now->index(0, 0).data(NowModel::DueStateRole).toInt()), DueState::Overdue);
        int hourlyRow = -1;
        for (int r = 0; r < now->rowCount(); ++r) {
            if (hourlyRow < 0 && now->index(r, 0).data(NowModel::NodeIdRole).toString() == hourly)
                hourlyRow = r;
        }
        QVERIFY(hourlyRow >= 0);
        QCOMPARE(now->index(hourlyRow, NowModel::ItemColumn).data().toString(), kHourly + QStringLiteral(" — Hour 2"));
        QTableView *view = window.nowPanel()->view();
        view->scrollTo(now->index(hourlyRow, NowModel::ItemColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(now->index(hourlyRow, NowModel::ItemColumn)).center());
        QCOMPARE(window.checklistPanel()->currentItemId(), hourly);
        QCOMPARE(window.detailsPane()->itemId(), hourly);

        // The tree says it in words beside the colour.
        ChecklistTreeModel *tree = window.checklistPanel()->model();
        const QModelIndex due = tree->indexForId(checks, ChecklistTreeModel::DueColumn);
        QCOMPARE(DueState(due.data(ChecklistTreeModel::DueStateRole).toInt()), DueState::Overdue);
        QVERIFY(due.data().toString().startsWith(QStringLiteral("OVERDUE")));

        // The report's rounds in its details: six hours, Hour 1 ticked; ticking Hour 2 records it.
        RoundsBox *rounds = window.detailsPane()->roundsBox();
        QVERIFY(rounds && rounds->isVisible());
        QCOMPARE(rounds->list()->count(), 6);
        QCOMPARE(rounds->list()->item(0)->checkState(), Qt::Checked);
        QVERIFY(rounds->list()->item(1)->text().contains(QStringLiteral("due now")));
        rounds->list()->item(1)->setCheckState(Qt::Checked);
        QVERIFY(timeline.rounds().isDone(hourly, 2));
        QCOMPARE(s->history(hourly).value().last().kind, EventKind::RoundTicked);
        QCOMPARE(rounds->addButton()->text(), QStringLiteral("Add hour"));
        rounds->addButton()->click();
        QCOMPARE(rounds->list()->count(), 7);
        QCOMPARE(s->history(hourly).value().last().kind, EventKind::RoundAdded);

        // The picture for the docs: the 15-minute checks with one round missed.
        window.checklistPanel()->selectItem(checks);
        window.checklistPanel()->treeView()->expand(window.checklistPanel()->treeView()->currentIndex().parent());
        const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(window.grab().save(dir + QStringLiteral("/timeline.png")));
        }
    }
};

QTEST_MAIN(TestTimelineUi)
#include "tst_timelineui.moc"
