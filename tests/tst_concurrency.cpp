#include "tests/StoreTestSupport.h"
#include "tests/StoreWriter.h"
#include "tests/TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Two processes appending to one store at once: every acknowledged event is there exactly
// once, the numbering has no gaps or doubles, and the chain still verifies.
class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    static constexpr int kEach = 150;

    void runTwoWriters(const QString &path, qint64 headBefore, int each = kEach)
    {
        StoreWriter a(path, QStringLiteral("writer-a"), each);
        StoreWriter b(path, QStringLiteral("writer-b"), each);
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY(a.waitForFinished());
        QVERIFY(b.waitForFinished());

        // Each transaction is short, so neither writer may give up waiting for the other
        // (and a writer that did would have to say BUSY, not fail silently).
        for (StoreWriter *w : {&a, &b}) {
            QCOMPARE(w->process().exitStatus(), QProcess::NormalExit);
            QVERIFY2(w->process().exitCode() == 0,
                     qPrintable(QStringLiteral("exit %1: %2 %3")
                                    .arg(w->process().exitCode())
                                    .arg(QString::fromUtf8(w->output().right(400)), QString::fromUtf8(w->errors()))));
            QCOMPARE(w->acked().size(), each);
        }

        QHash<qint64, QString> owner;
        for (StoreWriter *w : {&a, &b}) {
            const QString item = w->process().arguments().at(2);
            for (qint64 seq : w->acked()) {
                QVERIFY2(!owner.contains(seq), qPrintable(QStringLiteral("#%1 acknowledged to both writers").arg(seq)));
                owner.insert(seq, item);
            }
        }

        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error.message));
        const qint64 head = store->headSeq().value();
        QCOMPARE(head, headBefore + owner.size());
        const auto events = allEvents(*store);
        QCOMPARE(qint64(events.size()), head);
        QHash<QString, QString> lastValue;
        int turns = 0; // how often the writer changed: shows the two really ran at once
        for (int i = 0; i < events.size(); ++i) {
            turns += i > 0 && events.at(i).item() != events.at(i - 1).item();
            const AuditEvent &e = events.at(i);
            QCOMPARE(e.seq, qint64(i + 1)); // contiguous
            if (e.seq > headBefore) {
                QCOMPARE(e.item(), owner.value(e.seq));
                QCOMPARE(e.actor.name, e.item());
                // The old value was read inside the writing transaction, whoever wrote in between.
                QCOMPARE(e.legacy.oldValue, lastValue.value(e.item()));
            }
            lastValue.insert(e.item(), e.index().value);
        }
        const VerifyResult v = store->verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, head);
        qInfo("%lld events, the writer changed %d times", head, turns);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(StoreWriter::program()).isExecutable(), qPrintable(StoreWriter::program()));
    }

    void twoWritersOnAnExistingStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        {
            Error error;
            auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
            QVERIFY2(store, qPrintable(error.message));
            const EventDraft d = StoreTest::slotDraft(QStringLiteral("setup"), QStringLiteral("note"),
                                                      QStringLiteral("before the writers"));
            QVERIFY(StoreTest::appendOr(*store, ada(), {d}, nullptr, &error));
        }
        runTwoWriters(path, 1);
    }

    void twoWritersCreatingTheStore()
    {
        // Both find no store and create (and migrate) it at the same time; the race is over
        // in milliseconds, so run it a few times.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        runTwoWriters(dir.filePath(QStringLiteral("new/fresh.sqlite")), 0);
        for (int i = 0; i < 10 && !QTest::currentTestFailed(); ++i)
            runTwoWriters(dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(i)), 0, 5);
    }

    void twoWritersAgainOnTheSameStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("twice.sqlite"));
        runTwoWriters(path, 0);
        if (QTest::currentTestFailed())
            return;
        Error error;
        const qint64 head = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error)->headSeq().value();
        runTwoWriters(path, head);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
