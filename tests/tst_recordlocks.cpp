#include "tests/StoreTestSupport.h"
#include "tests/StoreWriter.h"
#include "tests/TestSupport.h"

#include "models/checklist/TemplateFile.h"
#include "models/collectors/CollectorDefinition.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/record/DiskSpace.h"
#include "models/record/SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Nothing in this process pulls the ground from under its own open record. A program that has
// the record open holds POSIX locks on it through SQLite; closing any other descriptor of the
// same file drops them all, and the next program to close its connection then believes it is
// the last and deletes the WAL the first one still writes to (the window + `golive tick`
// case). Each test opens the record as the window does, does what the program does beside it,
// lets another process open and close the record, and looks at what is left.
class TestRecordLocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newStorePath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // The record as a window holds it: open for writing, one event in, WAL in use.
    static std::unique_ptr<EventStore> openLikeTheWindow(const QString &path)
    {
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        if (!store)
            qWarning("%s", qPrintable(error.message));
        else if (!StoreTest::appendOr(*store, ada(),
                                      {StoreTest::slotDraft(QStringLiteral("window-item"), QStringLiteral("done"),
                                                            QStringLiteral("true"))},
                                      nullptr, &error))
            qWarning("%s", qPrintable(error.message));
        return store;
    }

    // Another program appends one event and exits, closing its connection.
    static bool anotherProgramAppendsOnce(const QString &path)
    {
        StoreWriter writer(path, QStringLiteral("other-program"), 1);
        return writer.start() && writer.waitForFinished() && writer.process().exitCode() == 0
            && writer.acked().size() == 1;
    }

    // The record's files this process has open although they were deleted.
    static QStringList deletedRecordFiles(const QString &path)
    {
        QStringList out;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.startsWith(path) && target.endsWith(QLatin1String(" (deleted)")))
                out.append(target);
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // What the test looks for does happen when a descriptor is closed beside SQLite's: the WAL
    // of the open record is deleted under it. (Shows the checks below can fail.)
    void aStrayDescriptorLosesTheWal()
    {
        const QString path = newStorePath("stray.sqlite");
        auto store = openLikeTheWindow(path);
        QVERIFY(store);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        {
            QFile stray(path);
            QVERIFY(stray.open(QIODevice::ReadOnly));
            stray.read(16);
        } // closed: every lock this process held on the file is gone
        QVERIFY(anotherProgramAppendsOnce(path));
        QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")) || !deletedRecordFiles(path).isEmpty(),
                 "closing a stray descriptor no longer drops the locks: this test cannot see the fault");
    }

    // Everything the program does beside an open record (the checks before another connection
    // opens, a verifier's and a report's read-only connections, an export aimed at the record)
    // leaves its locks alone: another program's exit deletes nothing, and both see one record.
    void whatTheProgramDoesBesideTheRecordKeepsItsLocks()
    {
        const QString path = newStorePath("window.sqlite");
        auto store = openLikeTheWindow(path);
        QVERIFY(store);

        for (bool forWriting : {false, true})
            QVERIFY(!SqliteFile::checkLocation(path, QStringLiteral("store"), forWriting).isError());
        QVERIFY(SqliteFile::isDatabase(path));
        for (int i = 0; i < 3; ++i) { // the verifier, the report worker, `golive export` in-process
            Error error;
            auto reader = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error.message));
            QVERIFY(reader->verify().intact);
        }
        for (const QString &target : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            const Status saved = DiskSpace::saveWhole(target, "not a record", QStringLiteral("export"));
            QCOMPARE(saved.code(), Error::Code::Refused);
            QVERIFY2(saved.message().contains(path), qPrintable(saved.message()));
        }

        // The record chosen by mistake as a checklist or a service catalogue is refused unread.
        const auto asTemplate = TemplateFile::load(path);
        QCOMPARE(asTemplate.error().code, Error::Code::Invalid);
        QVERIFY2(asTemplate.error().message.contains(path), qPrintable(asTemplate.error().message));
        QCOMPARE(ServiceCatalogue::load(path).error().code, Error::Code::Invalid);
        QCOMPARE(CollectorCatalogue::load(path).error().code, Error::Code::Invalid);
        // The embedded files are no databases and are read as ever.
        QVERIFY(ServiceCatalogue::load(ServiceCatalogue::defaultCataloguePath()));
        QVERIFY(CollectorCatalogue::load(ServiceCatalogue::defaultCataloguePath()));
        QVERIFY(TemplateFile::load(QStringLiteral(":/golive/go-live-checklist.md")));

        QVERIFY(anotherProgramAppendsOnce(path));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(deletedRecordFiles(path), QStringList());

        // The same record for both: the other program's event is seen here, and this
        // process's next append lands on top of it in the file every program reads.
        Error error;
        QCOMPARE(StoreTest::headOr(*store, &error), qint64(2));
        QVERIFY2(StoreTest::appendOr(*store, ada(),
                                     {StoreTest::slotDraft(QStringLiteral("window-item"), QStringLiteral("done"),
                                                           QStringLiteral("false"))},
                                     nullptr, &error),
                 qPrintable(error.message));
        store.reset();
        auto reader = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message));
        const VerifyResult verified = reader->verify();
        QVERIFY2(verified.intact, qPrintable(verified.reason));
        QCOMPARE(verified.eventCount, qint64(3));
    }

    // A file of another program is still told apart, through SQLite, and left as it was.
    void aForeignFileIsToldApartAndLeftAlone()
    {
        const QString path = newStorePath("notes.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my launch notes, not a database.\n");
        file.close();
        QVERIFY(!SqliteFile::isDatabase(path));
        const Error located = SqliteFile::checkLocation(path, QStringLiteral("store"), true);
        QCOMPARE(located.code, Error::Code::NotAStore);
        QVERIFY(located.message.contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("These are my launch notes, not a database.\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("notes.txt*")}),
                 QStringList{QStringLiteral("notes.txt")});
    }

    // A program the monitor starts (a command probe) gets no descriptor of the record: SQLite
    // opens its files close-on-exec, so a child can neither hold nor drop the record's locks.
    void aChildProcessInheritsNoRecordDescriptor()
    {
        const QString path = newStorePath("probe.sqlite");
        auto store = openLikeTheWindow(path);
        QVERIFY(store);
        QProcess child;
        child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("ls -l /proc/$$/fd")});
        QVERIFY(child.waitForFinished(30000));
        const QString listing = QString::fromLocal8Bit(child.readAllStandardOutput());
        QVERIFY2(listing.contains(QLatin1String("/proc/")) || listing.contains(QLatin1String("->")),
                 qPrintable(listing));
        QVERIFY2(!listing.contains(path), qPrintable(listing));
    }
};

QTEST_GUILESS_MAIN(TestRecordLocks)
#include "tst_recordlocks.moc"
