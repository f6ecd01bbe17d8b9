#include "models/monitoring/ProbeBase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

// A probe with nothing of its own: the test says when it saw something, the base does the rest.
class ScriptedProbe final : public ProbeBase
{
public:
    ScriptedProbe() : ProbeBase(nullptr) {}
    void start(int timeoutMs) { startClock(timeoutMs); }
    void see(const QString &failure, int responseTimeMs = -1)
    {
        ProbeOutcome outcome;
        outcome.failure = failure;
        outcome.observation.connected = failure.isEmpty();
        outcome.observation.responseTimeMs = responseTimeMs;
        finish(outcome);
    }
    bool done() const { return isDone(); }

    int deadlines = 0;
    int releases = 0;
    int releasesBeforeSignal = -1;

private:
    void deadlinePassed() override
    {
        ++deadlines;
        see(QStringLiteral("no answer within %1 ms").arg(timeoutMs()));
    }
    void releaseConnection() override { ++releases; }
};

} // namespace

class TestProbeBase : public QObject
{
    Q_OBJECT

private slots:
    void finishesOnceAndLetsGoFirst()
    {
        ScriptedProbe probe;
        QSignalSpy finished(&probe, &ProbeBase::finished);
        connect(&probe, &ProbeBase::finished, &probe, [&probe] { probe.releasesBeforeSignal = probe.releases; });
        probe.start(10'000);
        QVERIFY(!probe.done());
        probe.see(QString());
        probe.see(QStringLiteral("connection refused")); // a late error finishes nothing
        QCOMPARE(finished.count(), 1);
        QVERIFY(probe.done());
        QCOMPARE(probe.releases, 1);
        QCOMPARE(probe.releasesBeforeSignal, 1);
        const auto outcome = finished.at(0).at(0).value<ProbeOutcome>();
        QVERIFY(outcome.failure.isEmpty());
        QVERIFY(outcome.observation.connected);
        QVERIFY(outcome.observation.responseTimeMs >= 0);
    }

    void deadlineFinishesOnceAndThenNeverAgain()
    {
        ScriptedProbe probe;
        QSignalSpy finished(&probe, &ProbeBase::finished);
        QElapsedTimer clock;
        clock.start();
        probe.start(50);
        QVERIFY(finished.wait(5000));
        QCOMPARE(probe.deadlines, 1);
        const auto outcome = finished.at(0).at(0).value<ProbeOutcome>();
        QCOMPARE(outcome.failure, QStringLiteral("no answer within 50 ms"));
        QVERIFY(outcome.observation.responseTimeMs >= 50);
        QVERIFY(outcome.observation.responseTimeMs <= clock.elapsed());
        probe.see(QString()); // the answer after the deadline is not heard
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(probe.deadlines, 1);
    }

    void answerStopsTheDeadline()
    {
        ScriptedProbe probe;
        QSignalSpy finished(&probe, &ProbeBase::finished);
        probe.start(30);
        probe.see(QString());
        QTest::qWait(100);
        QCOMPARE(probe.deadlines, 0);
        QCOMPARE(finished.count(), 1);
    }

    void keepsAResponseTimeTheProbeMeasured()
    {
        ScriptedProbe probe;
        QSignalSpy finished(&probe, &ProbeBase::finished);
        probe.start(10'000);
        probe.see(QString(), 1234);
        QCOMPARE(finished.at(0).at(0).value<ProbeOutcome>().observation.responseTimeMs, 1234);
    }
};

QTEST_GUILESS_MAIN(TestProbeBase)
#include "tst_probebase.moc"
