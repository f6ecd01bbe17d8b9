// `golive collect` as a person or a CI job runs it: the real executable, a catalogue written here,
// and fake APIs in this test process (the event loop keeps them answering while the program runs).
#include "TestPaths.h"
#include "tests/FakeApis.h"
#include "tests/GoliveRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = TestSupport::GoliveRun;

const QByteArray kKey = "zz-N8nK3y-9f8e7d6c5b";
const QDateTime kSince = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);

} // namespace

class TestCollectCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString catalogue(const QStringList &collectors)
    {
        const QString path = m_dir.filePath(QStringLiteral("services-%1.json").arg(++m_count));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QStringLiteral("{\"services\": [], \"collectors\": [\n%1\n]}")
                        .arg(collectors.join(QStringLiteral(",\n")))
                        .toUtf8());
        return path;
    }

    Run collect(const QStringList &args)
    {
        TestSupport::RunOptions options;
        options.environment.insert(QStringLiteral("GOLIVE_TEST_N8N_KEY"), QString::fromLatin1(kKey));
        options.environment.remove(QStringLiteral("GOLIVE_TEST_UNSET"));
        options.serveEvents = true; // the fake servers answer from this process
        return TestSupport::runGolive(QStringList{QStringLiteral("collect")} + args, options);
    }

    static QString n8n(const FakeApiServer &server, const QString &keyVariable = QStringLiteral("GOLIVE_TEST_N8N_KEY"))
    {
        return QStringLiteral(R"({"name": "n8n executions", "kind": "n8n-executions", "url": "%1", "timeout": "5s",
                                  "headers": {"X-N8N-API-KEY": "${%2}"}})")
            .arg(server.url(), keyVariable);
    }

    static QJsonArray figures(const Run &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("figures")).toArray();
    }

    static void fill(FakeN8n *server)
    {
        QVector<FakeN8n::Execution> list;
        for (int i = 0; i < 20; ++i) // 09:50 … 10:59: 12 of them from 10:00 on in a 10:00–11:00 window
            list.append({i % 4 == 0 ? QStringLiteral("error") : QStringLiteral("success"),
                         kSince.addSecs(-600 + i * 300), kSince.addSecs(-600 + i * 300 + 1),
                         QStringLiteral("w1")}); // 1 s each
        server->setExecutions(list);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void allCollectedAsJson()
    {
        FakeN8n server(kKey);
        fill(&server);
        FakeMilvus milvus({});
        milvus.collections.insert(QStringLiteral("kb"), 77);
        const QString path = catalogue(
            {n8n(server),
             QStringLiteral(R"({"name": "vectors", "kind": "milvus-entities", "url": "%1", "collection": "kb"})")
                 .arg(milvus.url())});
        const Run r = collect({QStringLiteral("--services"), path, QStringLiteral("--json"), QStringLiteral("--since"),
                               QStringLiteral("2026-11-26T10:00:00Z"), QStringLiteral("--until"),
                               QStringLiteral("2026-11-26T11:00:00Z")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("since")).toString(), QStringLiteral("2026-11-26T10:00:00Z"));
        QCOMPARE(doc.value(QStringLiteral("exitCode")).toInt(), 0);
        const QJsonArray list = figures(r);
        QCOMPARE(list.size(), 5);
        const QJsonObject executions = list.at(0).toObject();
        QCOMPARE(executions.value(QStringLiteral("name")).toString(), QStringLiteral("executions"));
        QCOMPARE(executions.value(QStringLiteral("value")).toDouble(), 12.0); // 10:00 … 10:55: i = 2 … 13
        QCOMPARE(executions.value(QStringLiteral("unit")).toString(), QStringLiteral("executions"));
        QCOMPARE(executions.value(QStringLiteral("source")).toString(),
                 QStringLiteral("GET %1/api/v1/executions").arg(server.url()));
        QVERIFY(
            QDateTime::fromString(executions.value(QStringLiteral("collectedAt")).toString(), Qt::ISODate).isValid());
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("value")).toDouble(), 3.0); // i = 4, 8, 12
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("value")).toDouble(), 1000.0);
        QCOMPARE(list.at(4).toObject().value(QStringLiteral("value")).toDouble(), 77.0);
        QVERIFY(!r.out.contains(QString::fromLatin1(kKey)));
    }

    void aFailureIsExitOneWithItsReason()
    {
        FakeN8n server("another-key");
        const QString path = catalogue(
            {n8n(server),
             QStringLiteral(
                 R"({"name": "tickets", "kind": "freescout-conversations", "url": "${GOLIVE_TEST_UNSET}"})")});
        const Run r = collect({QStringLiteral("--services"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("n8n executions: executions")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("HTTP 401")));
        QVERIFY(r.out.contains(QStringLiteral("not configured: set GOLIVE_TEST_UNSET")));
        QVERIFY(!r.out.contains(QString::fromLatin1(kKey)));
        QVERIFY(!r.err.contains(QString::fromLatin1(kKey)));

        const Run json = collect({QStringLiteral("--services"), path, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject first = figures(json).at(0).toObject();
        QVERIFY(first.value(QStringLiteral("value")).isNull());
        QCOMPARE(first.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));
        const QJsonObject unset = figures(json).at(4).toObject();
        QCOMPARE(unset.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not-configured"));
        QVERIFY(unset.value(QStringLiteral("collectedAt")).isNull());
    }

    // A server's words quoted in a reason cannot drive the terminal: shown escaped in the table;
    // the JSON keeps them as JSON escapes them (issue #18).
    void aServersControlCharactersAreShownEscaped()
    {
        FakeN8n server(kKey);
        FakeResponse hostile;
        hostile.status = 503;
        hostile.body = "{\"message\":\"Database \x1b[2J\x1b]0;owned\x07 not ready\"}";
        server.setOverride(hostile);
        const QString path = catalogue({n8n(server)});
        const Run r = collect({QStringLiteral("--services"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("HTTP 503")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\\x1b[2J\\x1b]0;owned\\x07")), qPrintable(r.out));
        QVERIFY(!r.outBytes.contains('\x1b') && !r.outBytes.contains('\x07'));
        const Run json = collect({QStringLiteral("--services"), path, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        QVERIFY(!json.outBytes.contains('\x1b'));
        QVERIFY(figures(json)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("\x1b[2J")));
    }

    void notConfiguredIsNotAFailure()
    {
        FakeN8n server(kKey);
        fill(&server);
        const Run r =
            collect({QStringLiteral("--services"),
                     catalogue({n8n(server),
                                n8n(server, QStringLiteral("GOLIVE_TEST_UNSET"))
                                    .replace(QStringLiteral("\"n8n executions\""), QStringLiteral("\"other n8n\""))}),
                     QStringLiteral("--since"), QStringLiteral("2026-11-26T10:00:00Z"), QStringLiteral("--until"),
                     QStringLiteral("2026-11-26T11:00:00Z")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Window 2026-11-26T10:00:00Z to 2026-11-26T11:00:00Z")));
        QVERIFY(r.out.contains(QStringLiteral("12 executions")));
        QVERIFY(r.out.contains(QStringLiteral("other n8n: executions")));
    }

    void theDefaultWindowIsTheLastHour()
    {
        FakeN8n server(kKey);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        server.setExecutions(
            {{QStringLiteral("success"), now.addSecs(-7200), now.addSecs(-7100), QStringLiteral("w")},
             {QStringLiteral("success"), now.addSecs(-1800), now.addSecs(-1790), QStringLiteral("w")}});
        const Run r = collect({QStringLiteral("--services"), catalogue({n8n(server)}), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QDateTime since = QDateTime::fromString(doc.value(QStringLiteral("since")).toString(), Qt::ISODate);
        const QDateTime until = QDateTime::fromString(doc.value(QStringLiteral("until")).toString(), Qt::ISODate);
        QCOMPARE(since.secsTo(until), 3600);
        QCOMPARE(figures(r).at(0).toObject().value(QStringLiteral("value")).toDouble(), 1.0);
    }

    void badArgumentsAndFiles()
    {
        Run r = collect({QStringLiteral("--since"), QStringLiteral("yesterday")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("ISO 8601")));
        r = collect({QStringLiteral("--since"), QStringLiteral("2026-11-26T11:00:00Z"), QStringLiteral("--until"),
                     QStringLiteral("2026-11-26T10:00:00Z")});
        QCOMPARE(r.exitCode, 2);
        r = collect({QStringLiteral("--services"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QStringLiteral("missing.json")));
        r = collect({QStringLiteral("--services"),
                     catalogue({QStringLiteral(
                         R"({"name": "x", "kind": "n8n-executions", "url": "http:\/\/127.0.0.1:1", "limit": 5})")})});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QStringLiteral("unknown field \"limit\"")));
    }

    void theEmbeddedCatalogueWithNothingSet()
    {
        TestSupport::RunOptions options;
        for (const char *name : {"N8N_API_KEY", "FREESCOUT_URL", "FREESCOUT_API_KEY", "BCONNECT_URL",
                                 "BCONNECT_BASIC_AUTH", "PGUSER", "MILVUS_COLLECTION"})
            options.environment.remove(QString::fromLatin1(name));
        options.timeoutMs = 60000;
        options.serveEvents = true;
        const Run r = TestSupport::runGolive({QStringLiteral("collect"), QStringLiteral("--json")}, options);
        QCOMPARE(r.exitCode, 0); // nothing configured here: listed, not failed
        const QJsonArray list = QJsonDocument::fromJson(r.outBytes).object().value(QStringLiteral("figures")).toArray();
        QCOMPARE(list.size(), 4 + 1 + 1 + 3 + 3 + 1);
        for (const QJsonValue &v : list)
            QCOMPARE(v.toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("not-configured"));
    }
};

QTEST_GUILESS_MAIN(TestCollectCommand)
#include "tst_collectcommand.moc"
