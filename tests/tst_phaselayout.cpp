#include "models/timeline/PhaseLayout.h"

#include <QTest>

using namespace PhaseLayout;

namespace {
QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out.append(QString::fromLatin1(n));
    return out;
}
} // namespace

// Issue #16: which layout fits the launch now, decided from T0 and the clock alone.
class TestPhaseLayout : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC);

private slots:
    void fittingFollowsTheClock_data()
    {
        QTest::addColumn<qint64>("since");
        QTest::addColumn<int>("phase");
        QTest::newRow("a week before") << qint64(-7 * 24 * 3600) << int(Phase::Prepare);
        QTest::newRow("T-2h-1s") << qint64(-2 * 3600 - 1) << int(Phase::Prepare);
        QTest::newRow("T-2h") << qint64(-2 * 3600) << int(Phase::Launch);
        QTest::newRow("T0") << qint64(0) << int(Phase::Launch);
        QTest::newRow("T+6h-1s") << qint64(6 * 3600 - 1) << int(Phase::Launch);
        QTest::newRow("T+6h") << qint64(6 * 3600) << int(Phase::Watch);
        QTest::newRow("T+7d-1s") << qint64(7 * 24 * 3600 - 1) << int(Phase::Watch);
        QTest::newRow("T+7d") << qint64(7 * 24 * 3600) << int(Phase::Close);
        QTest::newRow("a month after") << qint64(30 * 24 * 3600) << int(Phase::Close);
    }
    void fittingFollowsTheClock()
    {
        QFETCH(qint64, since);
        QFETCH(int, phase);
        QCOMPARE(int(fitting(t0, t0.addSecs(since))), phase);
    }

    void withoutT0ItIsPrepare()
    {
        QCOMPARE(fitting(QDateTime(), t0), Phase::Prepare);
        QVERIFY(!nextChange(QDateTime(), t0));
    }

    void nextChangeIsTheNextBoundary()
    {
        QCOMPARE(*nextChange(t0, t0.addDays(-3)), t0.addSecs(-2 * 3600));
        QCOMPARE(*nextChange(t0, t0.addSecs(-2 * 3600)), t0.addSecs(6 * 3600));
        QCOMPARE(*nextChange(t0, t0.addSecs(7 * 3600)), t0.addDays(7));
        QVERIFY(!nextChange(t0, t0.addDays(7)));
    }

    void keysRoundTrip()
    {
        for (int i = 0; i < kPhaseCount; ++i)
            QCOMPARE(fromKey(key(Phase(i))), std::optional<Phase>(Phase(i)));
        QVERIFY(!fromKey(QStringLiteral("nonsense")));
    }

    void sizeBuckets()
    {
        QCOMPARE(sizeBucket(QSize(1280, 800)), QStringLiteral("small"));
        QCOMPARE(sizeBucket(QSize(1600, 1000)), QStringLiteral("medium"));
        QCOMPARE(sizeBucket(QSize(1920, 1080)), QStringLiteral("large"));
    }

    void eachLayoutShowsItsPanels()
    {
        const Contents empty;
        const Contents busy{true, true};
        QCOMPARE(frontPanels(Phase::Prepare, empty), names({"services", "now"}));
        // Empty panels stay out of the way: the incidents as a tab, the reports not at all.
        QCOMPARE(frontPanels(Phase::Launch, empty), names({"services", "now"}));
        QCOMPARE(frontPanels(Phase::Launch, busy), names({"services", "now", "incidents", "reports"}));
        // On a laptop's height an incident's detail needs the column: the Now list is its tab.
        const Contents busyShort{true, true, false};
        QCOMPARE(frontPanels(Phase::Launch, busyShort), names({"services", "incidents", "reports"}));
        const auto places = placesFor(Phase::Launch, busyShort);
        const auto now =
            std::find_if(places.begin(), places.end(), [](const Place &p) { return p.panel == QLatin1String("now"); });
        QVERIFY(now != places.end());
        QCOMPARE(now->tabbedBehind, QStringLiteral("incidents"));
        QCOMPARE(frontPanels(Phase::Launch, Contents{false, false, false}), names({"services", "now"}));
        QCOMPARE(frontPanels(Phase::Watch, empty), names({"services", "incidents", "criteria"}));
        QCOMPARE(frontPanels(Phase::Close, empty), names({"criteria", "signOff"}));
    }

    void everyLayoutPlacesEveryPanelOnce()
    {
        for (int i = 0; i < kPhaseCount; ++i) {
            QStringList panels;
            for (const Place &p : placesFor(Phase(i), {})) {
                QVERIFY(!panels.contains(p.panel));
                panels.append(p.panel);
                if (!p.tabbedBehind.isEmpty())
                    QVERIFY2(panels.contains(p.tabbedBehind), "a tab goes behind a panel placed before it");
            }
            QCOMPARE(panels.size(), 6);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhaseLayout)
#include "tst_phaselayout.moc"
