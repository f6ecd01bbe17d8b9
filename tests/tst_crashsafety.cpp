#include "tests/StoreTestSupport.h"
#include "tests/StoreWriter.h"
#include "tests/TestSupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace TestSupport;

// A writer killed at any moment (SIGKILL: no destructors, no flush, no rollback) loses
// nothing it acknowledged, and leaves a store the next writer continues.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(StoreWriter::program()).isExecutable(), qPrintable(StoreWriter::program()));
    }

    void killedWritersLoseNothingAcknowledged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        // GOLIVE_TEST_SEED replays the delays of a failed run.
        const quint32 seed = qEnvironmentVariableIsSet("GOLIVE_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("GOLIVE_TEST_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("random seed %u", seed);

        constexpr int kRounds = 25;
        QHash<qint64, QString> ackedBy; // seq -> the item its writer appended
        qint64 headBefore = 0;
        int roundsWithAcks = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QString item = QStringLiteral("round-%1").arg(round);
            const int delayMs = random.bounded(5, 151);
            // Most rounds are killed while appending, some time after their first ACK; every
            // fifth is killed wherever it is, maybe still opening (the first one: creating) the store.
            const bool anywhere = round % 5 == 0;
            StoreWriter writer(path, item);
            QVERIFY(writer.start());
            if (!anywhere)
                QVERIFY2(writer.waitFor("ACK "), writer.output().constData());
            QThread::msleep(ulong(delayMs));
            writer.kill();
            QVERIFY2(!writer.said("ERROR") && !writer.said("BUSY"), writer.output().constData());

            const QVector<qint64> acked = writer.acked();
            for (qint64 seq : acked) {
                QVERIFY2(!ackedBy.contains(seq), qPrintable(QStringLiteral("#%1 acknowledged twice").arg(seq)));
                ackedBy.insert(seq, item);
            }
            if (!anywhere)
                QVERIFY(!acked.isEmpty());
            roundsWithAcks += !acked.isEmpty();
            // The next writer went on from exactly where the store stood.
            if (!acked.isEmpty())
                QCOMPARE(acked.first(), headBefore + 1);
            for (int i = 1; i < acked.size(); ++i)
                QCOMPARE(acked.at(i), acked.at(i - 1) + 1);

            // Open the store as the next writer would, and check it.
            Error error;
            auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
            QVERIFY2(store, qPrintable(QStringLiteral("after round %1: %2").arg(round).arg(error.message)));
            const qint64 headAfter = store->headSeq().value();
            QVERIFY(headAfter >= headBefore);
            // At most one event can be committed without its ACK having been printed.
            QVERIFY2(headAfter - headBefore - acked.size() <= 1,
                     qPrintable(QStringLiteral("round %1: head %2 -> %3, %4 acknowledged")
                                    .arg(round)
                                    .arg(headBefore)
                                    .arg(headAfter)
                                    .arg(acked.size())));
            const auto events = allEvents(*store);
            QCOMPARE(qint64(events.size()), headAfter);
            for (const AuditEvent &e : events) {
                if (ackedBy.contains(e.seq))
                    QCOMPARE(e.item(), ackedBy.value(e.seq));
            }
            for (auto it = ackedBy.cbegin(); it != ackedBy.cend(); ++it)
                QVERIFY2(it.key() <= headAfter, qPrintable(QStringLiteral("acknowledged #%1 is gone").arg(it.key())));
            const VerifyResult v = store->verify();
            QVERIFY2(v.intact, qPrintable(QStringLiteral("after round %1: %2").arg(round).arg(v.reason)));
            QCOMPARE(v.eventCount, headAfter);
            headBefore = headAfter;
        }
        QVERIFY(roundsWithAcks >= kRounds - kRounds / 5);
        qInfo("%d rounds, %lld events, %lld acknowledged", kRounds, headBefore, qint64(ackedBy.size()));
    }

    void finishedWriterLeavesACleanStore()
    {
        // The same writer left to finish: exactly its events, in order, with old values.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("clean.sqlite"));
        StoreWriter writer(path, QStringLiteral("only"), 20);
        QVERIFY(writer.start());
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.process().exitCode(), 0);
        QVector<qint64> expected;
        for (qint64 s = 1; s <= 20; ++s)
            expected.append(s);
        QCOMPARE(writer.acked(), expected);
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error.message));
        const auto events = allEvents(*store);
        QCOMPARE(events.size(), 20);
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).index().value, i % 2 == 0 ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(events.at(i).legacy.oldValue, i == 0 ? QString() : events.at(i - 1).index().value);
        }
        QVERIFY(store->verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
