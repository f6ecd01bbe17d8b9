#include "models/session/ChecklistDesk.h"
#include "tests/HistoryTestSupport.h"
// A full disk, for real: a 400 KiB tmpfs mounted for the test (root only; skipped elsewhere) holds a
// store, a probe history and an export; a filler file takes the rest of its room. Each write is
// refused with a message that says the disk is full and names it (Error::Code::DiskFull), nothing
// acknowledged is lost, the store still verifies, and once the filler is gone work goes on.
#include "models/monitoring/ProbeHistory.h"
#include "models/record/DiskSpace.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace TestSupport;

using namespace HistoryTest;

namespace {

const QString kE2e = QStringLiteral("E2E Tests Passed");

// The seed checklist with many more tasks: an import that needs far more room than is left.
QString bigTemplate()
{
    QString md = QString::fromUtf8(readData("go-live-checklist.md"));
    md += QStringLiteral("\n## Extra phase\n\n### Extra section\n\n");
    for (int i = 0; i < 600; ++i)
        md += QStringLiteral("- [ ] **Extra task %1 with a long enough title to take some room on the disk**\n").arg(i);
    return md;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;

    QString file(const char *name) const { return m_mount + QLatin1Char('/') + QLatin1String(name); }

    // Fills the disk but for about leave bytes (tmpfs counts whole 4 KiB pages).
    void fill(qint64 leave = 0)
    {
        QFile filler(file("filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray chunk(4096, 'x');
        while (filler.write(chunk) == chunk.size() && filler.flush()) {
        }
        filler.close();
        if (leave > 0)
            QVERIFY(filler.resize(qMax<qint64>(0, filler.size() - leave)));
    }
    void freeSpace() { QFile::remove(file("filler")); }

    static bool saysFull(const QString &message, const QString &mount)
    {
        qInfo("%s", qPrintable(message)); // the words a person would read, in the log
        return message.contains(QLatin1String("full")) && message.contains(mount);
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        QVERIFY(m_dir.isValid());
        m_mount = m_dir.path() + QStringLiteral("/small");
        QVERIFY(QDir().mkpath(m_mount));
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=400k"),
                     QStringLiteral("tmpfs"), m_mount});
        if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1")
                                 .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
        m_mounted = true;
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mount});
    }

    void init()
    {
        QDir dir(m_mount);
        for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
            QVERIFY(dir.remove(name));
    }

    void storeOnAFullDisk()
    {
        const QString path = file("golive.sqlite");
        QString error;
        QString e2e;
        {
            auto session = openOr(path, ada(), &error);
            QVERIFY2(session, qPrintable(error));
            e2e = idOf(session->document(), kE2e);
            QVERIFY(!e2e.isEmpty());
            QVERIFY2(okOr(ChecklistDesk(*session).setDone(e2e, true), &error), qPrintable(error));
        }
        fill();
        // Opened (what `golive tick` does first) or ticked: refused as a full disk, never "I/O error".
        {
            auto opened = LaunchRecord::open(path, ada());
            Status refused;
            if (!opened) {
                refused = opened.error();
            } else {
                refused = ChecklistDesk(*opened.value()).setDone(e2e, false);
                QVERIFY(!refused.ok());
            }
            QCOMPARE(refused.code(), Error::Code::DiskFull);
            QVERIFY2(saysFull(refused.message(), m_mount), qPrintable(refused.message()));
        }
        freeSpace();
        auto session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(session->state().isDone(e2e));
        QVERIFY2(session->store().verify().intact, qPrintable(session->store().verify().reason));
        QVERIFY2(okOr(ChecklistDesk(*session).setDone(e2e, false), &error), qPrintable(error));
        QVERIFY(!session->state().isDone(e2e));
    }

    void diskFillsDuringAppends_data()
    {
        QTest::addColumn<qint64>("leave");
        for (qint64 leave : {4096, 8192, 16384, 32768, 65536})
            QTest::addRow("%lld bytes left", leave) << leave;
    }

    void diskFillsDuringAppends()
    {
        QFETCH(qint64, leave);
        const QString path = file("golive.sqlite");
        QString error;
        auto session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        const QString e2e = idOf(session->document(), kE2e);
        fill(leave);
        // Ticks and unticks with long notes until the disk takes no more.
        qint64 acknowledged = session->headSeq();
        Status refused;
        for (int i = 0; i < 2000 && refused.ok(); ++i) {
            refused = ChecklistDesk(*session).setNote(e2e, QStringLiteral("note %1 ").arg(i).repeated(40));
            if (refused.ok())
                acknowledged = session->headSeq();
        }
        QVERIFY2(!refused.ok(), "the disk never filled");
        QCOMPARE(refused.code(), Error::Code::DiskFull);
        QVERIFY2(saysFull(refused.message(), m_mount), qPrintable(refused.message()));
        session.reset();

        freeSpace();
        session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->headSeq(), acknowledged); // every acknowledged event, and nothing half-written
        const VerifyResult verified = session->store().verify();
        QVERIFY2(verified.intact, qPrintable(verified.reason));
        QVERIFY2(okOr(ChecklistDesk(*session).setDone(e2e, true), &error), qPrintable(error));
        QCOMPARE(session->headSeq(), acknowledged + 1);
    }

    void diskFillsDuringAnImport()
    {
        const QString path = file("golive.sqlite");
        QString error;
        auto session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        const qint64 before = session->headSeq();
        TemplateFile big;
        QVERIFY2(templateOr(TemplateFile::fromMarkdown(QStringLiteral("big.md"), bigTemplate().toUtf8()), &big, &error),
                 qPrintable(error));
        const ImportPlan plan = ChecklistDesk(*session).planImport(big);
        fill(32768);
        const Status refused = ChecklistDesk(*session).applyImport(plan, false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), Error::Code::DiskFull);
        QVERIFY2(saysFull(refused.message(), m_mount), qPrintable(refused.message()));
        QCOMPARE(session->headSeq(), before);
        session.reset();

        freeSpace();
        session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->headSeq(), before);
        QVERIFY(session->store().verify().intact);
        QVERIFY2(okOr(ChecklistDesk(*session).applyImport(ChecklistDesk(*session).planImport(big), false), &error),
                 qPrintable(error));
        QVERIFY(!idOf(session->document(), QStringLiteral("Extra task 599")).isEmpty());
        QVERIFY(session->store().verify().intact);
    }

    void historyOnAFullDisk()
    {
        const QString path = file("golive.history.sqlite");
        QString error;
        auto history = openHistoryOr(path, &error);
        QVERIFY2(history, qPrintable(error));
        const QHash<QString, int> intervals{{QStringLiteral("n8n"), 30000}};
        QDateTime t = QDateTime::currentDateTimeUtc().addDays(-1);
        auto result = [&t] {
            t = t.addSecs(30);
            return ProbeResult{QStringLiteral("n8n"), t, ServiceState::Up, 12,
                               QStringLiteral("HTTP 200 in 12 ms: ").repeated(20)};
        };
        QVERIFY2(succeeded(history->record({result()}, intervals), &error), qPrintable(error));
        fill(8192);
        bool recorded = true;
        for (int i = 0; i < 2000 && recorded; ++i)
            recorded = succeeded(history->record({result(), result(), result()}, intervals), &error);
        QVERIFY2(!recorded, "the disk never filled");
        QVERIFY2(saysFull(error, m_mount), qPrintable(error));
        freeSpace();
        QVERIFY2(succeeded(history->record({result()}, intervals), &error), qPrintable(error));
    }

    void exportOnAFullDisk()
    {
        const QString path = file("launch-state.json");
        QVERIFY(DiskSpace::saveWhole(path, "earlier export", QStringLiteral("export")).ok());
        fill();
        const Status refused = DiskSpace::saveWhole(path, QByteArray(64 * 1024, 'e'), QStringLiteral("export"));
        QCOMPARE(refused.code(), Error::Code::DiskFull);
        QVERIFY2(saysFull(refused.message(), m_mount), qPrintable(refused.message()));
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("earlier export"));
        earlier.close();
        freeSpace();
        QVERIFY(DiskSpace::saveWhole(path, QByteArray(64 * 1024, 'e'), QStringLiteral("export")).ok());
        QCOMPARE(QFileInfo(path).size(), 64 * 1024);
    }

    // The command line as the issue tried it: `golive tick` on a full disk says so.
    void tickCommandOnAFullDisk()
    {
        const QString path = file("golive.sqlite");
        {
            QString error;
            QVERIFY2(openOr(path, ada(), &error), qPrintable(error));
        }
        fill();
        TestSupport::RunOptions options;
        options.timeoutMs = 60000;
        const TestSupport::GoliveRun tick = TestSupport::runGolive(
            {QStringLiteral("--db"), path, QStringLiteral("tick"), kE2e, QStringLiteral("--as"),
             QStringLiteral("ci-bot"), QStringLiteral("--role"), QStringLiteral("Platform Lead")},
            options);
        const QString &err = tick.err;
        QCOMPARE(tick.exitCode, 1);
        QVERIFY2(saysFull(err, m_mount), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("I/O error")), qPrintable(err));
        freeSpace();
        QCOMPARE(TestSupport::runGolive({QStringLiteral("--db"), path, QStringLiteral("verify")}, options).exitCode, 0);
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
