#include "TestPaths.h"
#include "tests/GoliveRunner.h"
#include "tests/RawDb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace {

using Run = TestSupport::GoliveRun;

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray seedBytes()
{
    QFile f(QStringLiteral(GOLIVE_TEST_DATA_DIR "/go-live-checklist.md"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Finds a node by title in the JSON export, depth first.
QJsonObject findNode(const QJsonObject &node, const QString &title)
{
    if (node.value(QStringLiteral("title")).toString() == title)
        return node;
    for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray()) {
        const QJsonObject found = findNode(child.toObject(), title);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

// The command line, run as a user or a CI pipeline would: the real executable, real files.
class TestCli : public QObject
{
    Q_OBJECT

private:
    Run golive(const QStringList &args, const QString &db = QString())
    {
        TestSupport::RunOptions options;
        options.timeoutMs = 60000;
        return TestSupport::runGolive(args + QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db}, options);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return TestSupport::writeInputFile(m_dir.filePath(name), bytes);
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;

private slots:
    void init() { m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count)); }

    void helpAndVersion()
    {
        const Run help = golive({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("verify")));
        const Run version = golive({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral("0.1.0")));
        const Run unknown = golive({QStringLiteral("launch")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command \"launch\"")));
    }

    void importTickExportVerify()
    {
        const QString seed = writeFile(QStringLiteral("checklist.md"), seedBytes());
        Run r = golive({QStringLiteral("import"), seed});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("92 tasks, 334 list items")), qPrintable(r.out));
        r = golive({QStringLiteral("import"), seed});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("already")));

        r = golive({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed"), QStringLiteral("--note"),
                    QStringLiteral("pipeline #4711 green"), QStringLiteral("--as"), QStringLiteral("ci-bot"),
                    QStringLiteral("--role"), QStringLiteral("Platform Lead")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Ticked: ")));

        r = golive({QStringLiteral("export")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("- [x] **E2E Tests Passed (100%)**")));
        QVERIFY(r.out.contains(QStringLiteral("- [ ] **Staging Environment Verified**")));

        r = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject e2e = findNode(root, QStringLiteral("E2E Tests Passed (100%)"));
        QCOMPARE(e2e.value(QStringLiteral("kind")).toString(), QStringLiteral("task"));
        QCOMPARE(e2e.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(e2e.value(QStringLiteral("note")).toString(), QStringLiteral("pipeline #4711 green"));
        QCOMPARE(e2e.value(QStringLiteral("children")).toArray().size(), 3);

        r = golive({QStringLiteral("untick"), e2e.value(QStringLiteral("id")).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Unticked: ")));

        r = golive({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("intact: 4 events")), qPrintable(r.out));
    }

    void exportToFileAndBadFormat()
    {
        const QString target = m_dir.filePath(QStringLiteral("out.md"));
        // Reading never writes: a mistyped store is an error naming it, and nothing is created.
        Run r = golive({QStringLiteral("export"), QStringLiteral("--output"), target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_db) && r.err.contains(QStringLiteral("no store")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_db));
        QVERIFY(!QFileInfo::exists(target));
        r = golive({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_db));
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed")}).exitCode, 0);
        r = golive({QStringLiteral("export"), QStringLiteral("--output"), target});
        QCOMPARE(r.exitCode, 0);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Go-Live Checklist"));
        r = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("xml")));
    }

    void itemsAreMatchedUniquely()
    {
        Run r = golive({QStringLiteral("tick"), QStringLiteral("Backup")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("matches 16 items")));
        QVERIFY(r.err.contains(QStringLiteral("Backup Strategy Finalized")));
        r = golive({QStringLiteral("tick"), QStringLiteral("no such thing anywhere")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no item matches")));
        r = golive({QStringLiteral("tick"), QStringLiteral("Phase 1: One Week Before Go-Live")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("is a phase")));
        r = golive({QStringLiteral("tick")});
        QCOMPARE(r.exitCode, 2);
    }

    void verifyFindsTheFirstBadEvent()
    {
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Staging Environment Verified")}).exitCode, 0);
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Production Database Setup")}).exitCode, 0);
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("API Credentials Verified")}).exitCode, 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET new_value = 'false' WHERE seq = 3")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run r = golive({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("First bad event: #3")), qPrintable(r.err));
    }

    void verifyChecksTheShownStateAgainstTheTrail()
    {
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Staging Environment Verified")}).exitCode, 0);
        QCOMPARE(golive({QStringLiteral("verify")}).exitCode, 0);
        {
            // current_values is what the window shows; forging it must not go unnoticed.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE current_values SET value = 'true' WHERE slot = 'done' AND "
                                          "item IN (SELECT item FROM current_values WHERE slot = 'done' LIMIT 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO current_values VALUES ('0123456789', 'done', 'true', 2)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forge"));
        const Run r = golive({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("differs from the audit trail")), qPrintable(r.err));
    }

    // `golive set` fills every blank the window can, with the window's check: a field by key or by
    // its words, a value in the C form or the desk's own, a refusal with the reason and nothing
    // recorded, an ambiguous field named with the candidates.
    void setFillsABlankAsTheWindowDoes()
    {
        const QStringList as{QStringLiteral("--as"), QStringLiteral("ci-bot"), QStringLiteral("--program")};
        Run r = golive(QStringList{QStringLiteral("set"), QStringLiteral("Database size"),
                                   QStringLiteral("Database size"), QStringLiteral("2.5")}
                       + as);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Database size: 2.5 GB")), qPrintable(r.out));
        r = golive(QStringList{QStringLiteral("set"), QStringLiteral("Query response time"), QStringLiteral("f0"),
                               QStringLiteral("120 ms")}
                   + as);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A German desk writes a decimal comma.
        qputenv("LC_ALL", "de_DE.UTF-8");
        r = golive(QStringList{QStringLiteral("set"), QStringLiteral("Database size"), QStringLiteral("size"),
                               QStringLiteral("3,75 GB")}
                   + as);
        qunsetenv("LC_ALL");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 before = [this] {
            const Run trail = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("trail")});
            return qint64(trail.out.count(QLatin1Char('\n')));
        }();
        r = golive(QStringList{QStringLiteral("set"), QStringLiteral("Query response time"), QStringLiteral("f0"),
                               QStringLiteral("fast")}
                   + as);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("number of ms")) && r.err.contains(QStringLiteral("fast")),
                 qPrintable(r.err));
        r = golive(QStringList{QStringLiteral("set"), QStringLiteral("Query response time"), QStringLiteral("colour"),
                               QStringLiteral("1")}
                   + as);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("f0  Query response time")), qPrintable(r.err));
        const Run trail = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("trail")});
        QCOMPARE(qint64(trail.out.count(QLatin1Char('\n'))), before); // the refusals recorded nothing

        r = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(r.out.contains(QStringLiteral("\"3.75\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"120\"")));
        QCOMPARE(golive({QStringLiteral("verify")}).exitCode, 0);
    }

    void tickWithANoteIsOneAppend()
    {
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Staging Environment Verified")}).exitCode, 0);
        Run r = golive({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed"), QStringLiteral("--note"),
                        QStringLiteral("pipeline #4711 green")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // One transaction: consecutive events with the same time.
        r = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("trail")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        const QJsonObject tick = QJsonDocument::fromJson(lines.at(lines.size() - 2).toUtf8()).object();
        const QJsonObject note = QJsonDocument::fromJson(lines.constLast().toUtf8()).object();
        QCOMPARE(tick.value(QStringLiteral("kind")).toString(), QStringLiteral("item.ticked"));
        QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("item.note_set"));
        QCOMPARE(note.value(QStringLiteral("seq")).toInteger(), tick.value(QStringLiteral("seq")).toInteger() + 1);
        QCOMPARE(note.value(QStringLiteral("time")).toString(), tick.value(QStringLiteral("time")).toString());
        // On an item already ticked the note is the change, and the command says it was recorded.
        r = golive({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed"), QStringLiteral("--note"),
                    QStringLiteral("pipeline #4712 green too")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Already ticked"))
                     && r.out.contains(QStringLiteral("Note recorded: pipeline #4712 green too")),
                 qPrintable(r.out));

        // The store refuses the note's row: the tick goes with it, and the command says so.
        qint64 events = 0;
        {
            RawDb raw(m_db);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TRIGGER no_notes BEFORE INSERT ON events WHEN NEW.action = "
                                             "'item.note_set' BEGIN SELECT RAISE(ABORT, 'no notes today'); END")),
                     QString());
            events = raw.row(QStringLiteral("SELECT COUNT(*) FROM events")).value(0);
        }
        r = golive({QStringLiteral("tick"), QStringLiteral("Production Database Setup"), QStringLiteral("--note"),
                    QStringLiteral("restored from the snapshot")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no notes today")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(RawDb(m_db).row(QStringLiteral("SELECT COUNT(*) FROM events")).value(0), events);
        r = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject node =
            findNode(QJsonDocument::fromJson(r.out.toUtf8()).object(), QStringLiteral("Production Database Setup"));
        QCOMPARE(node.value(QStringLiteral("done")).toBool(), false);
        QCOMPARE(node.value(QStringLiteral("note")).toString(), QString());
        QCOMPARE(golive({QStringLiteral("verify")}).exitCode, 0);
    }

    void aBrokenChainIsNeverWrittenToAndAlwaysNamed()
    {
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Staging Environment Verified")}).exitCode, 0);
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Production Database Setup")}).exitCode, 0);
        QCOMPARE(
            golive({QStringLiteral("t0"), QStringLiteral("plan"), QStringLiteral("2026-12-03T18:00:00Z")}).exitCode, 0);
        qint64 events = 0;
        {
            RawDb raw(m_db);
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER events_no_update")), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE events SET actor = 'Mallory' WHERE seq = 2")), QString());
            events = raw.row(QStringLiteral("SELECT COUNT(*) FROM events")).value(0);
        }
        const QString seed = writeFile(QStringLiteral("checklist.md"), seedBytes());
        const QString catalogue = writeFile(
            QStringLiteral("monitor.json"),
            QByteArray("{\"services\": [{\"name\": \"Queue\", \"kind\": \"tcp\", \"target\": \"127.0.0.1:9\"}]}"));
        // Every command that writes refuses, naming the store and the first bad event; nothing is appended.
        const QVector<QStringList> writes = {
            {QStringLiteral("tick"), QStringLiteral("E2E Tests Passed")},
            {QStringLiteral("tick"), QStringLiteral("E2E Tests Passed"), QStringLiteral("--note"), QStringLiteral("x")},
            {QStringLiteral("untick"), QStringLiteral("Staging Environment Verified")},
            {QStringLiteral("tick"), QStringLiteral("Production Database Setup")}, // already ticked: still refused
            {QStringLiteral("t0"), QStringLiteral("plan"), QStringLiteral("2026-12-04T18:00:00Z")},
            {QStringLiteral("t0"), QStringLiteral("record")},
            {QStringLiteral("import"), seed, QStringLiteral("--force")},
            {QStringLiteral("monitor"), QStringLiteral("--services"), catalogue},
        };
        for (const QStringList &args : writes) {
            const Run r = golive(args);
            const QString said = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
            QVERIFY2(r.exitCode == 3, qPrintable(said));
            QVERIFY2(r.err.contains(m_db) && r.err.contains(QStringLiteral("#2")), qPrintable(said));
            QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(said));
            QVERIFY2(!r.out.contains(QStringLiteral("Ticked")) && !r.out.contains(QStringLiteral("monitoring")),
                     qPrintable(said + r.out));
            QCOMPARE(RawDb(m_db).row(QStringLiteral("SELECT COUNT(*) FROM events")).value(0), events);
        }
        // What only reads still prints the record as it is, and says on stderr that it is damaged.
        const QVector<QStringList> reads = {
            {QStringLiteral("export")},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("trail")},
            {QStringLiteral("t0")},
        };
        for (const QStringList &args : reads) {
            const Run r = golive(args);
            const QString said = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
            QVERIFY2(r.exitCode == 3, qPrintable(said));
            QVERIFY2(!r.out.isEmpty(), qPrintable(said));
            QVERIFY2(r.err.contains(m_db) && r.err.contains(QStringLiteral("#2"))
                         && r.err.contains(QStringLiteral("does not verify")),
                     qPrintable(said));
        }
        QVERIFY(
            golive({QStringLiteral("export")}).out.contains(QStringLiteral("- [x] **Staging Environment Verified")));
        QVERIFY(golive({QStringLiteral("t0")}).out.contains(QStringLiteral("2026-12-03T18:00:00")));
        QCOMPARE(RawDb(m_db).row(QStringLiteral("SELECT COUNT(*) FROM events")).value(0), events);
    }

    void editedTemplateKeepsTicksAndRefusesToDropOne()
    {
        const QString seed = writeFile(QStringLiteral("v1.md"), seedBytes());
        QCOMPARE(golive({QStringLiteral("import"), seed}).exitCode, 0);
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Rollback Plan Confirmed")}).exitCode, 0);
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Communication Plan Ready")}).exitCode, 0);
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("Status page update process defined")}).exitCode, 0);
        QByteArray edited = seedBytes();
        edited.replace("- [ ] **Communication Plan Ready**", "- [ ] **Communication Plan Approved**");
        edited.replace("  - Status page update process defined\n", "");
        edited.replace("### Risk Mitigation\n", "### Risk Mitigation\n\n- [ ] **Vendor support contract active**\n");
        const QString v2 = writeFile(QStringLiteral("v2.md"), edited);
        // The reworded task pairs with its old self; the deleted step has no partner.
        Run r = golive({QStringLiteral("import"), v2});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Status page update process defined")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Communication Plan Ready")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        r = golive({QStringLiteral("import"), v2, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("added"))
                     && r.out.contains(QStringLiteral("Vendor support contract active")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("renamed"))
                     && r.out.contains(QStringLiteral("Communication Plan Approved"))
                     && r.out.contains(QStringLiteral("state carried over")),
                 qPrintable(r.out));
        r = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(findNode(root, QStringLiteral("Rollback Plan Confirmed")).value(QStringLiteral("done")).toBool(),
                 true);
        QCOMPARE(findNode(root, QStringLiteral("Communication Plan Approved")).value(QStringLiteral("done")).toBool(),
                 true);
        QCOMPARE(golive({QStringLiteral("verify")}).exitCode, 0);
    }

    void badTemplatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a text file");
        QTest::newRow("task-less") << QByteArray("# Notes\n\n- one\n- two\n") << QStringLiteral("no task items");
        QTest::newRow("huge") << QByteArray(11 * 1024 * 1024, 'x') << QStringLiteral("at most 10 MB");
    }

    void badTemplatesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed")}).exitCode, 0);
        const QByteArray before = fileDigest(m_db);
        const QString path = writeFile(QStringLiteral("bad-%1.md").arg(QLatin1String(QTest::currentDataTag())), bytes);
        const Run r = golive({QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(fileDigest(m_db), before);
    }

    void badStoresAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not sqlite") << QByteArray("these are my launch notes, not a database\n").repeated(200)
                                    << QStringLiteral("not an SQLite database");
        QByteArray corrupt("SQLite format 3\0", 16);
        corrupt += QByteArray(8192, '\xab');
        QTest::newRow("corrupt") << corrupt << QStringLiteral("is damaged");
    }

    void badStoresAreLeftUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        writeFile(QFileInfo(m_db).fileName(), bytes);
        for (const QStringList &args : {QStringList{QStringLiteral("tick"), QStringLiteral("E2E")},
                                        QStringList{QStringLiteral("export")}, QStringList{QStringLiteral("verify")}}) {
            const Run r = golive(args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(m_db) && r.err.contains(reason), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
    }

    void newerStoreIsLeftUntouched()
    {
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed")}).exitCode, 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '7' WHERE key = 'schema_version'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = fileDigest(m_db);
        const Run r = golive({QStringLiteral("tick"), QStringLiteral("Staging Environment Verified")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer Go-Live Control")) && r.err.contains(m_db), qPrintable(r.err));
        QCOMPARE(fileDigest(m_db), before);
    }

    void unwritableLocationIsNamed()
    {
        // Even root cannot create files under /proc.
        const QString db = QStringLiteral("/proc/golive-test/store.sqlite");
        const Run r = golive({QStringLiteral("tick"), QStringLiteral("E2E")}, db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/proc/golive-test")), qPrintable(r.err));
    }

    void monitorRecordsAnOutageOnceAndStopsCleanly()
    {
        // A TCP service on a port nobody listens on: PENDING, then DOWN after one retry.
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress::LocalHost));
        const quint16 port = closing.serverPort();
        closing.close();
        const QString catalogue = writeFile(
            QStringLiteral("monitor.json"),
            QStringLiteral("{\"services\": [{\"name\": \"Queue\", \"kind\": \"tcp\", \"target\": \"127.0.0.1:%1\","
                           " \"interval\": 1, \"timeout\": \"500ms\", \"retries\": 1}]}")
                .arg(port)
                .toUtf8());
        QCOMPARE(
            golive({QStringLiteral("t0"), QStringLiteral("plan"), QStringLiteral("2026-12-03T18:00:00Z")}).exitCode, 0);
        // Two monitors on one record, as a terminal and a second desk would run them.
        QProcess first;
        QProcess second;
        for (QProcess *p : {&first, &second}) {
            p->setProcessChannelMode(QProcess::SeparateChannels);
            p->start(
                TestSupport::goliveBinary(),
                {QStringLiteral("monitor"), QStringLiteral("--services"), catalogue, QStringLiteral("--db"), m_db});
            QVERIFY(p->waitForStarted());
        }
        QByteArray out1;
        QByteArray out2;
        QTRY_VERIFY_WITH_TIMEOUT((out1 += first.readAllStandardOutput()).contains("-> DOWN")
                                     && (out2 += second.readAllStandardOutput()).contains("-> DOWN"),
                                 20000);
        // Both stop on SIGTERM, writing their history first.
        for (QProcess *p : {&first, &second}) {
            p->terminate();
            QVERIFY(p->waitForFinished(10000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
        }
        out1 += first.readAllStandardOutput();
        QVERIFY2(out1.contains("stopped"), out1.constData());
        QVERIFY(
            QFileInfo::exists(m_dir.filePath(QFileInfo(m_db).completeBaseName() + QStringLiteral(".history.sqlite"))));

        const Run trail = golive({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("trail")});
        QCOMPARE(trail.exitCode, 0);
        int downs = 0;
        for (const QString &line : trail.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject e = QJsonDocument::fromJson(line.toUtf8()).object();
            if (e.value(QStringLiteral("kind")).toString() != QLatin1String("service.state_confirmed"))
                continue;
            ++downs;
            QCOMPARE(e.value(QStringLiteral("actor")).toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("system"));
            const QJsonObject payload = e.value(QStringLiteral("payload")).toObject();
            QCOMPARE(payload.value(QStringLiteral("service")).toString(), QStringLiteral("Queue"));
            QCOMPARE(payload.value(QStringLiteral("state")).toString(), QStringLiteral("DOWN"));
            QCOMPARE(payload.value(QStringLiteral("reason")).toString(), QStringLiteral("connection refused"));
        }
        QCOMPARE(downs, 1);
        QCOMPARE(golive({QStringLiteral("verify")}).exitCode, 0);
    }

    // Issue #15: a command without --as records the account's full name from the user database,
    // never "unknown"; the checklist a first run imports is the program's; a program is named by --as.
    void withoutAsTheAccountsNameIsRecorded()
    {
        QTemporaryDir config;
        TestSupport::RunOptions options;
        // Nobody remembered from the window.
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        for (const char *var : {"USER", "LOGNAME", "USERNAME"})
            options.environment.remove(QString::fromLatin1(var));
        options.timeoutMs = 60000;
        auto run = [&](const QStringList &args) {
            return TestSupport::runGolive(args + QStringList{QStringLiteral("--db"), m_db}, options);
        };
        QString expected;
        if (const passwd *account = getpwuid(getuid())) {
            expected = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).simplified();
            if (expected.isEmpty())
                expected = QString::fromLocal8Bit(account->pw_name);
        }
        QVERIFY(!expected.isEmpty());

        Run r = run({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A program without a name records nothing, and says how to name it.
        r = run({QStringLiteral("untick"), QStringLiteral("E2E Tests Passed"), QStringLiteral("--program")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--as")), qPrintable(r.err));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("trail")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject imported = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(imported.value(QStringLiteral("kind")).toString(), QStringLiteral("checklist.imported"));
        QCOMPARE(imported.value(QStringLiteral("actor")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("system"));
        const QJsonObject ticked = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        const QJsonObject actor = ticked.value(QStringLiteral("actor")).toObject();
        QCOMPARE(actor.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
        QCOMPARE(actor.value(QStringLiteral("name")).toString(), expected);
        QVERIFY(!r.out.contains(QStringLiteral("\"unknown\"")));
    }

    void smokeStartsAndQuits()
    {
        QCOMPARE(golive({QStringLiteral("tick"), QStringLiteral("E2E Tests Passed")}).exitCode, 0);
        const Run r = golive({QStringLiteral("--smoke")});
        QCOMPARE(r.exitCode, 0);
        const Run broken = golive({QStringLiteral("--smoke")}, QStringLiteral("/proc/golive-test/store.sqlite"));
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.err.contains(QStringLiteral("/proc/golive-test")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
