#include "models/record/EventStore.h"
#include "models/record/RecordAnchor.h"
#include "tests/PgTestSupport.h" // models first: QTest brings in QGuiApplication
#include "tests/RawDb.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

using Run = TestSupport::GoliveRun;

// The head `golive verify` printed ("Head: SEQ:HASH"), or "".
QString printedHead(const Run &r)
{
    static const QRegularExpression line(QStringLiteral("Head: ([0-9]+:[0-9a-f]{64})"));
    return line.match(r.out).captured(1);
}

} // namespace

// Heads kept outside the record (RecordAnchor, `golive verify --expect-head/--anchors`): what tells
// a record shortened by someone who fixed its stored head from the original.
class TestAnchors : public QObject
{
    Q_OBJECT

private:
    Run golive(const QStringList &args)
    {
        TestSupport::RunOptions options;
        options.timeoutMs = 60000;
        return TestSupport::runGolive(args + QStringList{QStringLiteral("--db"), m_db}, options);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return TestSupport::writeInputFile(m_dir.filePath(name), bytes);
    }

    // Five ticks of items never ticked before: each the only event of its slot.
    void recordFiveTicks()
    {
        for (const char *item : {"Staging Environment Verified", "Production Database Setup",
                                 "API Credentials Verified", "Team Training Completed", "Documentation Review"})
            QCOMPARE(golive({QStringLiteral("tick"), QString::fromUtf8(item)}).exitCode, 0);
    }

    // What a person with sqlite3 (or psql, as the database's owner) does to remove the last `count`
    // events unseen: the events, the state they set (each the first value of its slot), and the
    // stored head set to what is left. exec runs one statement: "" or the error.
    static void truncate(int count, const std::function<QString(const QString &)> &exec, const QString &unguard,
                         qint64 head)
    {
        const qint64 kept = head - count;
        QCOMPARE(exec(unguard), QString());
        QCOMPARE(exec(QStringLiteral("DELETE FROM events WHERE seq > %1").arg(kept)), QString());
        QCOMPARE(exec(QStringLiteral("DELETE FROM current_values WHERE seq > %1").arg(kept)), QString());
        QCOMPARE(exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'head_seq'").arg(kept)), QString());
        QCOMPARE(exec(QStringLiteral("UPDATE meta SET value = (SELECT hash FROM events WHERE seq = %1) "
                                     "WHERE key = 'head_hash'")
                          .arg(kept)),
                 QString());
    }

    // The attack and what tells it, on the record at m_db.
    void truncateAndVerify(int removed, const std::function<QString(const QString &)> &exec, const QString &unguard)
    {
        recordFiveTicks();
        const Run before = golive({QStringLiteral("verify")});
        QCOMPARE(before.exitCode, 0);
        const QString anchor = printedHead(before);
        QVERIFY(!anchor.isEmpty());
        const qint64 head = anchor.section(QLatin1Char(':'), 0, 0).toLongLong();

        truncate(removed, exec, unguard, head);

        const Run blind = golive({QStringLiteral("verify")});
        QCOMPARE(blind.exitCode, 0); // the limit: a consistent truncation looks like the original
        QVERIFY(printedHead(blind).startsWith(QStringLiteral("%1:").arg(head - removed)));

        const Run anchored = golive({QStringLiteral("verify"), QStringLiteral("--expect-head"), anchor});
        QCOMPARE(anchored.exitCode, 3);
        QVERIFY2(anchored.err.contains(QStringLiteral("the record ends at event #%1, but the anchor --expect-head "
                                                      "names event #%2: events were removed")
                                           .arg(head - removed)
                                           .arg(head)),
                 qPrintable(anchored.err));

        const QString file =
            writeFile(QStringLiteral("anchors-%1.txt").arg(m_count),
                      "# heads from the stakeholder updates\n\n" + anchor.toUtf8() + "   # after the go decision\n");
        const Run fromFile = golive({QStringLiteral("verify"), QStringLiteral("--anchors"), file});
        QCOMPARE(fromFile.exitCode, 3);
        QVERIFY2(fromFile.err.contains(QStringLiteral("%1:3").arg(file)), qPrintable(fromFile.err));
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;

private slots:
    void init() { m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count)); }

    void parseTakesWhatVerifyPrints()
    {
        const QString hash(64, QLatin1Char('a'));
        auto anchor = RecordAnchor::parse(QStringLiteral(" 42:%1\n").arg(hash.toUpper()), QStringLiteral("x"));
        QVERIFY(anchor.ok());
        QCOMPARE(anchor->seq, 42);
        QCOMPARE(anchor->hash, hash);
        QCOMPARE(RecordAnchor::format(42, hash), QStringLiteral("42:") + hash);
        // The report's footer prints 16 digits: enough to compare, on paper, too.
        QVERIFY(RecordAnchor::parse(QStringLiteral("7:0123456789abcdef"), QStringLiteral("x")).ok());
        for (const char *bad :
             {"", "42", "42:", ":abcdef0123456789", "0:0123456789abcdef", "-1:0123456789abcdef", "42:0123456789abcde",
              "42:0123456789abcdeg", "42:0123456789abcdef 43:0123456789abcdef"}) {
            const auto parsed = RecordAnchor::parse(QString::fromUtf8(bad), QStringLiteral("src"));
            QVERIFY2(!parsed.ok(), bad);
            QCOMPARE(parsed.error().code, Error::Code::Invalid);
            QVERIFY(parsed.error().message.startsWith(QStringLiteral("src: ")));
        }
    }

    void verifyPrintsTheHeadItChecked()
    {
        recordFiveTicks();
        const Run r = golive({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        RawDb raw(m_db);
        const qint64 head = raw.row(QStringLiteral("SELECT MAX(seq) FROM events")).value(0);
        auto store = EventStore::open(m_db, EventStore::Access::ReadOnly);
        QVERIFY(store.ok());
        const VerifyResult v = store.value()->verify();
        QCOMPARE(v.headSeq, head);
        QCOMPARE(printedHead(r), RecordAnchor::format(head, v.headHash));
        // The head it printed, given back: found.
        const Run again = golive({QStringLiteral("verify"), QStringLiteral("--expect-head"), printedHead(r)});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("1 anchor found")), qPrintable(again.out));
    }

    // The attack: the last event(s) deleted and the stored head fixed up. Without an anchor the
    // record cannot tell (the limit docs/launch-record.md states); with one taken before, it can.
    void truncationIsSeenOnlyAgainstAnAnchor_data()
    {
        QTest::addColumn<int>("removed");
        QTest::newRow("last event") << 1;
        QTest::newRow("last three events") << 3;
    }
    void truncationIsSeenOnlyAgainstAnAnchor()
    {
        QFETCH(int, removed);
        truncateAndVerify(
            removed, [this](const QString &sql) { return RawDb(m_db).exec(sql); },
            QStringLiteral("DROP TRIGGER events_no_delete"));
    }

    // The same on a team record, by its database's owner with psql.
    void truncationOfATeamRecordIsSeenOnlyAgainstAnAnchor_data() { truncationIsSeenOnlyAgainstAnAnchor_data(); }
    void truncationOfATeamRecordIsSeenOnlyAgainstAnAnchor()
    {
        QFETCH(int, removed);
        if (PgTestSupport::serverPort().isEmpty())
            QSKIP("no PostgreSQL server for the tests (GOLIVE_TEST_PG_PORT)");
        PgTestSupport::Database db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = db.url();
        truncateAndVerify(
            removed, [&db](const QString &sql) { return db.exec({sql}); },
            QStringLiteral("ALTER TABLE events DISABLE TRIGGER events_append_only"));
    }

    void aRewrittenEventIsNamed()
    {
        recordFiveTicks();
        const QString head = printedHead(golive({QStringLiteral("verify")}));
        const QString other = QStringLiteral("3:") + QString(64, QLatin1Char('0'));
        const Run r = golive(
            {QStringLiteral("verify"), QStringLiteral("--expect-head"), head, QStringLiteral("--expect-head"), other});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("event #3 has the hash")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the anchor --expect-head says 0000000000000000…: the record was "
                                               "rewritten")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("#%1 has").arg(head.section(QLatin1Char(':'), 0, 0))));
    }

    void aBadAnchorIsAUsageErrorNamingItsLine()
    {
        recordFiveTicks();
        const QString head = printedHead(golive({QStringLiteral("verify")}));
        const QString file = writeFile(QStringLiteral("bad.txt"), "# kept\n" + head.toUtf8() + "\n42 deadbeef\n");
        const Run r = golive({QStringLiteral("verify"), QStringLiteral("--anchors"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file + QStringLiteral(":3: \"42 deadbeef\" is not a head")), qPrintable(r.err));
        QCOMPARE(golive({QStringLiteral("verify"), QStringLiteral("--expect-head"), QStringLiteral("latest")}).exitCode,
                 2);
        QCOMPARE(golive({QStringLiteral("verify"), QStringLiteral("--anchors"), m_dir.filePath(QStringLiteral("none"))})
                     .exitCode,
                 2);
        // The record itself named as the anchors: refused unopened (only SQLite opens its files).
        const Run itself = golive({QStringLiteral("verify"), QStringLiteral("--anchors"), m_db});
        QCOMPARE(itself.exitCode, 2);
        QVERIFY2(itself.err.contains(QStringLiteral("launch record itself")), qPrintable(itself.err));
        QCOMPARE(golive({QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnchors)
#include "tst_anchors.moc"
