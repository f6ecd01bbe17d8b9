// The record checked on a worker thread: a verdict for an intact record, one check at a time
// (asked again while one runs, another follows), and a recheck after changes.
#include "models/session/LaunchRecord.h"
#include "models/session/RecordCheck.h"
#include "tests/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestRecordCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A new record with the default checklist; "" when it could not be made.
    QString newRecord(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return openSession(path, ada()) ? path : QString();
    }

private slots:
    // An intact record passes; asked again while a check runs, another check follows it.
    void anIntactRecordPassesOnceMoreWhenAskedWhileRunning()
    {
        const QString path = newRecord(QStringLiteral("intact.sqlite"));
        QVERIFY(!path.isEmpty());
        RecordCheck check(path);
        QSignalSpy finished(&check, &RecordCheck::finished);
        check.start();
        QVERIFY(check.isRunning());
        check.start(); // joins: one more check after the first
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const auto result = args.first().value<VerifyResult>();
            QVERIFY2(result.intact, qPrintable(result.reason));
            QVERIFY(!result.cancelled);
        }
        QTRY_VERIFY(!check.isRunning());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 2);
    }

    void aChangedRecordIsCheckedAgainWhenAsked()
    {
        const QString path = newRecord(QStringLiteral("recheck.sqlite"));
        QVERIFY(!path.isEmpty());
        RecordCheck check(path);
        QSignalSpy finished(&check, &RecordCheck::finished);
        check.changed(); // no recheck asked for: nothing runs
        QVERIFY(!check.isRunning());
        check.recheckAfterChanges(10);
        check.changed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }

    void aMissingStoreHasNoPassingVerdict()
    {
        RecordCheck check(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QSignalSpy finished(&check, &RecordCheck::finished);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto result = finished.first().first().value<VerifyResult>();
        QVERIFY(!result.intact);
        QVERIFY(!result.reason.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite")))); // reading never writes
    }
};

QTEST_GUILESS_MAIN(TestRecordCheck)
#include "tst_recordcheck.moc"
