#include "tests/CatalogueTestSupport.h"
// The collectors against fake n8n, FreeScout, bConnect and Milvus servers on 127.0.0.1 (the real
// paths, fields and error answers), and against a real PostgreSQL when scripts/test.sh starts one.
// Time is injected: the window and "now" are fixed, nothing waits for the clock.
#include "models/collectors/CollectRun.h"
#include "models/collectors/Collector.h"
#include "models/collectors/FreeScoutCollector.h"
#include "models/collectors/MilvusCollector.h"
#include "models/collectors/PostgresQueryCollector.h"
#include "models/monitoring/NetworkSetup.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "tests/FakeApis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

const QByteArray kKey = "n8n_api_7f3c9a1b2d4e";
const QDateTime kSince = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
const QDateTime kUntil = kSince.addSecs(3600);
const QDateTime kNow = kUntil.addSecs(1800); // the window is over
const CollectWindow kWindow{kSince, kUntil};

QString envValue(const QString &name)
{
    if (name == QLatin1String("N8N_API_KEY") || name == QLatin1String("TEST_KEY"))
        return QString::fromLatin1(kKey);
    if (name == QLatin1String("WRONG_KEY"))
        return QStringLiteral("n8n_api_wrong_0000");
    if (name == QLatin1String("FS_KEY"))
        return QStringLiteral("fs-secret-55aa");
    if (name == QLatin1String("BC_AUTH"))
        return QStringLiteral("YWRtaW46c2VjcmV0");
    if (name == QLatin1String("MILVUS_TOKEN"))
        return QStringLiteral("root:Milvus");
    if (name == QLatin1String("PGUSER"))
        return QStringLiteral("postgres");
    return {};
}

CollectorDefinition definition(const QString &entry, const CollectorCatalogue::EnvLookup &env = envValue)
{
    const auto list =
        CollectorCatalogue::fromJson(QStringLiteral(R"({"services": [], "collectors": [%1]})").arg(entry).toUtf8(),
                                     QStringLiteral("test.json"), env);
    if (!list || list->isEmpty())
        return {};
    return list->first();
}

QString n8nEntry(const FakeApiServer &server, const QString &more = {}, const QString &key = QStringLiteral("TEST_KEY"))
{
    return QStringLiteral(R"({"name": "n8n executions", "kind": "n8n-executions", "url": "%1",
                             "headers": {"X-N8N-API-KEY": "${%2}"}, "timeout": "3s"%3})")
        .arg(server.url(), key, more.isEmpty() ? QString() : QStringLiteral(", ") + more);
}

QVector<Figure> collect(const CollectorDefinition &d, const CollectWindow &window = kWindow,
                        const QDateTime &now = kNow)
{
    QNetworkAccessManager manager;
    prepareProbeNetwork(&manager);
    const auto collector = Collector::create(d, &manager, [now] { return now; });
    QSignalSpy done(collector.get(), &Collector::finished);
    collector->start(window);
    if (!collector->isFinished() && !done.wait(30000))
        qWarning("the collector did not finish");
    return collector->figures();
}

const Figure &named(const QVector<Figure> &figures, const QString &name)
{
    static const Figure none;
    for (const Figure &f : figures) {
        if (f.name == name)
            return f;
    }
    return none;
}

// Every figure without a value and with this error code; no secret in any text.
bool allFailedWith(const QVector<Figure> &figures, Error::Code code)
{
    if (figures.isEmpty())
        return false;
    for (const Figure &f : figures) {
        if (f.hasValue() || f.error.code != code || f.error.message.isEmpty())
            return false;
        if (f.error.message.contains(QString::fromLatin1(kKey)) || f.source.contains(QString::fromLatin1(kKey)))
            return false;
    }
    return true;
}

FakeN8n::Execution execution(const QDateTime &start, int durationMs, const QString &status = QStringLiteral("success"))
{
    return {status, start, durationMs < 0 ? QDateTime() : start.addMSecs(durationMs),
            QStringLiteral("V4ZY8huyC6HhvWxB")};
}

FakeResponse response(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    return r;
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort(); // closed when s goes
}

} // namespace

class TestCollectors : public QObject
{
    Q_OBJECT

private slots:
    // ---- the catalogue ---------------------------------------------------------------------

    void embeddedDefaultsNeedTheirVariables()
    {
        QFile f(ServiceCatalogue::defaultCataloguePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        const auto none =
            CollectorCatalogue::fromJson(json, QStringLiteral("embedded"), [](const QString &) { return QString(); });
        QVERIFY(none);
        QCOMPARE(none->size(), 8);
        QStringList kinds;
        for (const CollectorDefinition &d : *none) {
            kinds << CollectorDefinition::kindName(d.kind);
            QCOMPARE(d.configError.code, Error::Code::NotConfigured); // nothing set: none configured, none broken
        }
        QCOMPARE(kinds.join(QLatin1Char(' ')),
                 QStringLiteral("n8n-executions n8n-workflows freescout-conversations bconnect-jobs postgres-query "
                                "postgres-query postgres-query milvus-entities"));
        QCOMPARE(none->at(0).configError.message, QStringLiteral("not configured: set N8N_API_KEY"));
        QCOMPARE(none->at(2).configError.message,
                 QStringLiteral("not configured: set FREESCOUT_URL, FREESCOUT_API_KEY"));
        QCOMPARE(none->at(3).configError.message,
                 QStringLiteral("not configured: set BCONNECT_URL, BCONNECT_BASIC_AUTH"));
        QCOMPARE(none->at(4).configError.message, QStringLiteral("not configured: set PGUSER"));

        // With the n8n key only: the n8n collectors are ready, the rest still say what to set.
        const auto some = CollectorCatalogue::fromJson(json, QStringLiteral("embedded"), [](const QString &n) {
            return n == QLatin1String("N8N_API_KEY") ? QStringLiteral("k-123456789") : QString();
        });
        QVERIFY(some->at(0).isConfigured());
        QVERIFY(some->at(1).isConfigured());
        QCOMPARE(some->at(0).url, QUrl(QStringLiteral("http://localhost:5678")));
        QVERIFY(!some->at(2).isConfigured());

        // The probes read the same file, untouched by the new list.
        QVector<ServiceDefinition> services;
        QString error;
        QVERIFY(catalogueOr(ServiceCatalogue::fromJson(json, QStringLiteral("embedded")), &services, &error));
        QCOMPARE(services.size(), 7);
    }

    void secretsAreMaskedAndPasswordsStayOutOfTheFile()
    {
        const CollectorDefinition d = definition(QStringLiteral(
            R"({"name": "fs", "kind": "freescout-conversations", "url": "http:\/\/127.0.0.1:1/?api_key=${FS_KEY}",
                "headers": {"X-FreeScout-API-Key": "${FS_KEY}"}})"));
        QVERIFY(d.isConfigured());
        QVERIFY(d.secretValues.contains(QStringLiteral("fs-secret-55aa")));
        QVERIFY(!d.displaySource().contains(QStringLiteral("fs-secret-55aa")));
        QCOMPARE(d.mask(QStringLiteral("key fs-secret-55aa")), QStringLiteral("key ••••"));

        const CollectorDefinition pg = definition(
            QStringLiteral(R"({"name": "db", "kind": "postgres-query", "sql": "SELECT 1", "password": "hunter2"})"));
        QCOMPARE(pg.configError.code, Error::Code::Invalid);
        QVERIFY(pg.configError.message.contains(QStringLiteral("PGPASSWORD")));
        QVERIFY(!pg.configError.message.contains(QStringLiteral("hunter2")));
        const CollectorDefinition withEnvPassword = definition(
            QStringLiteral(R"({"name": "db", "kind": "postgres-query", "sql": "SELECT 1", "target": "db:6543"})"),
            [](const QString &n) {
                return n == QLatin1String("PGPASSWORD") ? QStringLiteral("pg-pass-77") : QString();
            });
        QVERIFY(withEnvPassword.isConfigured());
        QCOMPARE(withEnvPassword.password, QStringLiteral("pg-pass-77"));
        QCOMPARE(withEnvPassword.host, QStringLiteral("db"));
        QCOMPARE(withEnvPassword.port, quint16(6543));
        QCOMPARE(withEnvPassword.mask(QStringLiteral("pg-pass-77")), QStringLiteral("••••"));
    }

    void mistakesStayWithTheirEntry()
    {
        const auto list = CollectorCatalogue::fromJson(
            R"({"collectors": [
                {"name": "a", "kind": "n8n-executions", "url": "http:\/\/x", "maxPages": 0},
                {"name": "b", "kind": "tea"},
                {"name": "c", "kind": "milvus-entities", "url": "http:\/\/x", "collection": "kb", "colour": 1},
                {"name": "d", "kind": "n8n-workflows", "url": "http:\/\/x", "headers": {"X-N8N-API-KEY": "${NOPE}"}},
                {"name": "d", "kind": "n8n-workflows", "url": "http:\/\/x"},
                {"name": "e", "kind": "bconnect-jobs", "url": "http:\/\/x", "version": "3.0"},
                {"name": "f", "kind": "milvus-entities", "url": "http:\/\/x", "collection": "kb"}
            ]})",
            QStringLiteral("c.json"), envValue);
        QVERIFY(list);
        QCOMPARE(list->size(), 7);
        QCOMPARE(list->at(0).configError.code, Error::Code::Invalid);
        QVERIFY(list->at(0).configError.message.contains(QStringLiteral("maxPages")));
        QCOMPARE(list->at(1).configError.code, Error::Code::Invalid);
        QVERIFY(list->at(2).configError.message.contains(QStringLiteral("colour")));
        QCOMPARE(list->at(3).configError.code, Error::Code::NotConfigured);
        QCOMPARE(list->at(3).configError.message, QStringLiteral("not configured: set NOPE"));
        QVERIFY(list->at(4).configError.message.contains(QStringLiteral("already used")));
        QCOMPARE(list->at(5).configError.code, Error::Code::Invalid);
        QVERIFY(list->at(6).isConfigured());

        QCOMPARE(CollectorCatalogue::fromJson(R"({"collectors": {}})", QStringLiteral("c.json")).error().code,
                 Error::Code::Invalid);
        QVERIFY(CollectorCatalogue::fromJson(R"({"services": []})", QStringLiteral("c.json"))->isEmpty());
        QCOMPARE(CollectorCatalogue::load(QStringLiteral("/nonexistent/services.json")).error().code,
                 Error::Code::NotFound);
    }

    // ---- n8n executions --------------------------------------------------------------------

    void executionsInTheWindowAcrossPages()
    {
        FakeN8n n8n(kKey);
        QVector<FakeN8n::Execution> list;
        // Three hours, one execution every 12 s: 300 per hour; every 7th fails, every 11th crashes,
        // every 13th still runs (no stoppedAt), a few not started yet (startedAt null).
        for (int i = 0; i < 900; ++i) {
            const QDateTime start = kSince.addSecs(-3600 + i * 12);
            const QString status = i % 13 == 0 ? QStringLiteral("running")
                : i % 7 == 0                   ? QStringLiteral("error")
                : i % 11 == 0                  ? QStringLiteral("crashed")
                                               : QStringLiteral("success");
            list.append(execution(start, status == QLatin1String("running") ? -1 : 100 + (i * 37) % 5000, status));
        }
        list.append({QStringLiteral("new"), QDateTime(), QDateTime(), QStringLiteral("w")});
        n8n.setExecutions(list);

        qint64 count = 0, failed = 0;
        QVector<qint64> durations;
        for (const auto &e : std::as_const(list)) {
            if (!e.startedAt.isValid() || e.startedAt < kSince || e.startedAt >= kUntil)
                continue;
            ++count;
            failed += e.status == QLatin1String("error") || e.status == QLatin1String("crashed");
            if (e.stoppedAt.isValid())
                durations.append(e.startedAt.msecsTo(e.stoppedAt));
        }
        std::sort(durations.begin(), durations.end());
        const double average = std::accumulate(durations.begin(), durations.end(), 0.0) / double(durations.size());
        const qint64 p95 = durations.at(int(std::ceil(0.95 * double(durations.size()))) - 1);
        QCOMPARE(count, 300);

        const QVector<Figure> figures = collect(definition(n8nEntry(n8n, QStringLiteral(R"("pageSize": 50)"))));
        QCOMPARE(figures.size(), 4);
        for (const Figure &f : figures) {
            QVERIFY2(!f.error.isError(), qPrintable(f.error.message));
            QCOMPARE(f.collector, QStringLiteral("n8n executions"));
            QCOMPARE(f.source, QStringLiteral("GET %1/api/v1/executions").arg(n8n.url()));
            QCOMPARE(f.collectedAt, kNow);
        }
        QCOMPARE(*named(figures, QStringLiteral("executions")).value, double(count));
        QCOMPARE(*named(figures, QStringLiteral("failed executions")).value, double(failed));
        QCOMPARE(*named(figures, QStringLiteral("average duration")).value, average);
        QCOMPARE(*named(figures, QStringLiteral("p95 duration")).value, double(p95));
        QCOMPARE(named(figures, QStringLiteral("p95 duration")).unit, QStringLiteral("ms"));

        // Newest first: the two newer hours' pages and the first page before since, no further.
        // 301 newer items (with the null one) and 300 in the window, 50 a page: pages 1 to 13.
        QCOMPARE(n8n.pagesServed(), 13);
        QCOMPARE(n8n.lastRequest().headers.value("x-n8n-api-key"), kKey);
        const auto first = n8n.queries.first();
        QCOMPARE(first.value(QStringLiteral("limit")), QStringLiteral("50"));
        QVERIFY(!first.contains(QStringLiteral("cursor")));
        QCOMPARE(first.value(QStringLiteral("startedAfter")), QStringLiteral("2026-11-26T10:00:00.000Z"));
        // The fake answers 400 to a cursor that did not arrive byte for byte ('+' and '/' in it).
        QVERIFY(n8n.queries.at(1).value(QStringLiteral("cursor")).startsWith(QStringLiteral("+/")));
    }

    void aServerThatFiltersNeedsOnePage()
    {
        FakeN8n n8n(kKey);
        n8n.honourStartedFilters = true;
        n8n.setExecutions({execution(kSince.addSecs(-10), 5), execution(kSince.addSecs(10), 2000),
                           execution(kSince.addSecs(20), 1000, QStringLiteral("error")), execution(kUntil, 5)});
        const QVector<Figure> figures = collect(definition(n8nEntry(n8n)));
        QCOMPARE(*named(figures, QStringLiteral("executions")).value, 2.0);
        QCOMPARE(*named(figures, QStringLiteral("failed executions")).value, 1.0);
        QCOMPARE(*named(figures, QStringLiteral("average duration")).value, 1500.0);
        QCOMPARE(*named(figures, QStringLiteral("p95 duration")).value, 2000.0);
        QCOMPARE(n8n.pagesServed(), 1);
    }

    void anEmptyWindowHasCountsButNoDurations()
    {
        FakeN8n n8n(kKey);
        n8n.setExecutions(
            {execution(kSince.addSecs(-100), 5), execution(kSince.addSecs(100), -1, QStringLiteral("running"))});
        const QVector<Figure> figures = collect(definition(n8nEntry(n8n)));
        QCOMPARE(*named(figures, QStringLiteral("executions")).value, 1.0);
        QCOMPARE(*named(figures, QStringLiteral("failed executions")).value, 0.0);
        const Figure &average = named(figures, QStringLiteral("average duration"));
        QVERIFY(!average.hasValue());
        QVERIFY(!average.error.isError()); // nothing failed: there is nothing to average
        QCOMPARE(average.note, QStringLiteral("no finished executions in the window"));
    }

    void missingAndWrongKeysAreUnauthorized()
    {
        FakeN8n n8n(kKey);
        n8n.setExecutions({execution(kSince.addSecs(10), 5)});
        // No header at all, and a wrong key: n8n 2.x answers the same words to both.
        const QVector<Figure> missing = collect(definition(
            QStringLiteral(R"({"name": "n8n executions", "kind": "n8n-executions", "url": "%1"})").arg(n8n.url())));
        QVERIFY(allFailedWith(missing, Error::Code::Unauthorized));
        const QVector<Figure> wrong = collect(definition(n8nEntry(n8n, {}, QStringLiteral("WRONG_KEY"))));
        QVERIFY(allFailedWith(wrong, Error::Code::Unauthorized));
        QVERIFY(!wrong.first().error.message.contains(QStringLiteral("n8n_api_wrong_0000")));
        QCOMPARE(wrong.first().collectedAt, kNow);

        // The code decides, not the words: a 401 that says something else is still unauthorized.
        n8n.setOverride(response(401, R"({"message":"'X-N8N-API-KEY' header required"})"));
        QVERIFY(allFailedWith(collect(definition(n8nEntry(n8n))), Error::Code::Unauthorized));
    }

    void everyFailedCallGivesNoNumber_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("403 scope") << 403 << QByteArray(R"({"message":"Forbidden"})") << int(Error::Code::Forbidden);
        QTest::newRow("404 API off") << 404 << QByteArray(R"({"message":"not found"})") << int(Error::Code::NotFound);
        QTest::newRow("503 database")
            << 503 << QByteArray(R"({"code":503,"message":"Database is not ready!","stacktrace":"Error: ..."})")
            << int(Error::Code::Remote);
        QTest::newRow("not JSON") << 200 << QByteArray("n8n is starting up. Please wait")
                                  << int(Error::Code::Malformed);
        QTest::newRow("no data list") << 200 << QByteArray(R"({"executions":[],"nextCursor":null})")
                                      << int(Error::Code::Malformed);
        QTest::newRow("bad startedAt")
            << 200
            << QByteArray(R"({"data":[{"id":"1","status":"success","startedAt":"yesterday"}],"nextCursor":null})")
            << int(Error::Code::Malformed);
        QTest::newRow("cursor not text") << 200 << QByteArray(R"({"data":[],"nextCursor":42})")
                                         << int(Error::Code::Malformed);
    }

    void everyFailedCallGivesNoNumber()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        FakeN8n n8n(kKey);
        n8n.setOverride(response(status, body));
        const QVector<Figure> figures = collect(definition(n8nEntry(n8n)));
        QVERIFY(allFailedWith(figures, Error::Code(code)));
    }

    void aScopeWithoutRightsIsForbidden()
    {
        FakeN8n n8n(kKey);
        n8n.setScopeMissing(true);
        QVERIFY(allFailedWith(collect(definition(n8nEntry(n8n))), Error::Code::Forbidden));
    }

    void silenceIsATimeout()
    {
        FakeN8n n8n(kKey);
        FakeResponse never;
        never.never = true;
        n8n.setOverride(never);
        const QVector<Figure> figures = collect(definition(n8nEntry(n8n, QStringLiteral(R"("timeout": "300ms")"))));
        QVERIFY(allFailedWith(figures, Error::Code::Timeout));
    }

    void aClosedPortIsUnreachable()
    {
        const QVector<Figure> figures = collect(
            definition(QStringLiteral(R"({"name": "n", "kind": "n8n-executions", "url": "http:\/\/127.0.0.1:%1"})")
                           .arg(closedPort())));
        QVERIFY(allFailedWith(figures, Error::Code::Unreachable));
    }

    void aRepeatedCursorIsNotCountedAsComplete()
    {
        FakeN8n n8n(kKey);
        QVector<FakeN8n::Execution> list;
        for (int i = 0; i < 100; ++i)
            list.append(execution(kSince.addSecs(i * 10), 5));
        n8n.setExecutions(list);
        n8n.setRepeatCursorAfter(3);
        const QVector<Figure> figures = collect(definition(n8nEntry(n8n, QStringLiteral(R"("pageSize": 10)"))));
        QVERIFY(allFailedWith(figures, Error::Code::Incomplete));
        QCOMPARE(n8n.pagesServed(), 3);
    }

    // An execution listed twice, on two pages of a list that moved while it was read or twice on
    // one page, is one execution: counted, failed and timed once (issue #18).
    void anExecutionSeenTwiceCountsOnce_data()
    {
        QTest::addColumn<int>("pageOverlap");
        QTest::addColumn<bool>("eachListedTwice");
        QTest::newRow("pages overlap by one") << 1 << false;
        QTest::newRow("pages overlap by nine") << 9 << false;
        QTest::newRow("each listed twice") << 0 << true;
    }

    void anExecutionSeenTwiceCountsOnce()
    {
        QFETCH(int, pageOverlap);
        QFETCH(bool, eachListedTwice);
        FakeN8n n8n(kKey);
        QVector<FakeN8n::Execution> list;
        for (int i = 0; i < 100; ++i)
            list.append(execution(kSince.addSecs(i * 30), 10 * (i + 1),
                                  i % 4 == 0 ? QStringLiteral("error") : QStringLiteral("success")));
        n8n.setExecutions(list);
        n8n.pageOverlap = pageOverlap;
        n8n.eachListedTwice = eachListedTwice;
        const QVector<Figure> figures = collect(definition(n8nEntry(n8n, QStringLiteral(R"("pageSize": 10)"))));
        for (const Figure &f : figures)
            QVERIFY2(!f.error.isError(), qPrintable(f.error.message));
        QCOMPARE(*named(figures, QStringLiteral("executions")).value, 100.0);
        QCOMPARE(*named(figures, QStringLiteral("failed executions")).value, 25.0);
        QCOMPARE(*named(figures, QStringLiteral("average duration")).value, 505.0);
        QCOMPARE(*named(figures, QStringLiteral("p95 duration")).value, 950.0);
        QVERIFY(n8n.pagesServed() > (pageOverlap > 0 ? 10 : 9));
    }

    void tooManyPagesIsNotCountedAsComplete()
    {
        FakeN8n n8n(kKey);
        QVector<FakeN8n::Execution> list;
        for (int i = 0; i < 60; ++i)
            list.append(execution(kSince.addSecs(i * 10), 5));
        n8n.setExecutions(list);
        // 60 in the window, 10 a page: 6 pages; allowed 5 → no number; allowed 6 → 60.
        QVERIFY(allFailedWith(collect(definition(n8nEntry(n8n, QStringLiteral(R"("pageSize": 10, "maxPages": 5)")))),
                              Error::Code::Incomplete));
        QCOMPARE(n8n.pagesServed(), 5);
        const QVector<Figure> figures =
            collect(definition(n8nEntry(n8n, QStringLiteral(R"("pageSize": 10, "maxPages": 6)"))));
        QCOMPARE(*named(figures, QStringLiteral("executions")).value, 60.0);
        // The default is 100 pages of 250.
        QCOMPARE(definition(n8nEntry(n8n)).maxPages, 100);
        QCOMPARE(definition(n8nEntry(n8n)).pageSize, 250);
        QCOMPARE(definition(n8nEntry(n8n, QStringLiteral(R"("pageSize": 251)"))).configError.code,
                 Error::Code::Invalid);
    }

    void activeWorkflows()
    {
        FakeN8n n8n(kKey);
        n8n.setWorkflows({{QStringLiteral("Workflow B"), true},
                          {QStringLiteral("Workflow A"), true},
                          {QStringLiteral("Old import"), false},
                          {QStringLiteral("Workflow C"), true}});
        const QVector<Figure> figures = collect(definition(
            QStringLiteral(
                R"({"name": "wf", "kind": "n8n-workflows", "url": "%1", "headers": {"X-N8N-API-KEY": "${TEST_KEY}"}})")
                .arg(n8n.url())));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(*figures.first().value, 3.0);
        QCOMPARE(figures.first().detail, QStringLiteral("Workflow A, Workflow B, Workflow C"));
        QCOMPARE(n8n.lastRequest().query.value(QStringLiteral("active")), QStringLiteral("true"));
        QCOMPARE(figures.first().source, QStringLiteral("GET %1/api/v1/workflows").arg(n8n.url()));
    }

    // ---- FreeScout ---------------------------------------------------------------------------

    void freescoutConversationsCreatedInTheWindow()
    {
        FakeFreeScout fs("fs-secret-55aa");
        for (int i = 0; i < 30; ++i) // one every 5 minutes from 09:00 to 11:25
            fs.conversations.append(
                {kSince.addSecs(-3600 + i * 300), i % 3 ? QStringLiteral("active") : QStringLiteral("closed")});
        fs.conversations.append({kSince.addSecs(60), QStringLiteral("spam")});
        const QString entry = QStringLiteral(R"({"name": "tickets", "kind": "freescout-conversations", "url": "%1",
                                                 "headers": {"X-FreeScout-API-Key": "${FS_KEY}"}})")
                                  .arg(fs.url());
        // A window that is over: created since 10:00 less created since 11:00 → 12 (10:00 … 10:55).
        QVector<Figure> figures = collect(definition(entry));
        QCOMPARE(figures.size(), 1);
        QVERIFY2(figures.first().hasValue(), qPrintable(figures.first().error.message));
        QCOMPARE(*figures.first().value, 12.0);
        QCOMPARE(fs.requests(), 2);
        QCOMPARE(fs.queries.at(0).value(QStringLiteral("createdSince")), QStringLiteral("2026-11-26T10:00:00Z"));
        QCOMPARE(fs.queries.at(1).value(QStringLiteral("createdSince")), QStringLiteral("2026-11-26T11:00:00Z"));
        QCOMPARE(fs.queries.at(0).value(QStringLiteral("status")), QStringLiteral("active,pending,closed"));
        QCOMPARE(fs.queries.at(0).value(QStringLiteral("pageSize")), QStringLiteral("1"));
        QCOMPARE(figures.first().unit, QStringLiteral("conversations"));

        // A window still open (until is now): one question.
        figures = collect(definition(entry), {kSince, kUntil}, kUntil);
        QCOMPARE(*figures.first().value, 18.0); // 10:00 … 11:25
        QCOMPARE(fs.requests(), 3);

        // A wrong key.
        const QVector<Figure> refused = collect(definition(
            QStringLiteral(
                R"({"name": "tickets", "kind": "freescout-conversations", "url": "%1", "headers": {"X-FreeScout-API-Key": "nope"}})")
                .arg(fs.url())));
        QVERIFY(allFailedWith(refused, Error::Code::Unauthorized));
        fs.setOverride(response(200, R"({"_embedded":{"conversations":[]}})"));
        QVERIFY(allFailedWith(collect(definition(entry)), Error::Code::Malformed));
    }

    // ---- bConnect ----------------------------------------------------------------------------

    void bconnectVersion1()
    {
        FakeBConnect bc("YWRtaW46c2VjcmV0");
        bc.instances = {{kSince.addSecs(-60), 3, {}}, {kSince.addSecs(60), 2, {}},
                        {kSince.addSecs(120), 3, {}}, {kSince.addSecs(180), 6, {}},
                        {kSince.addSecs(240), 1, {}}, {kSince.addSecs(300), 5, {}},
                        {QDateTime(), 0, {}},         {kUntil, 2, {}}};
        const QString entry = QStringLiteral(R"({"name": "jobs", "kind": "bconnect-jobs", "url": "%1",
                                                 "headers": {"Authorization": "Basic ${BC_AUTH}"}})")
                                  .arg(bc.url());
        const QVector<Figure> figures = collect(definition(entry));
        QCOMPARE(figures.size(), 3);
        QVERIFY2(figures.first().hasValue(), qPrintable(figures.first().error.message));
        QCOMPARE(*named(figures, QStringLiteral("jobs submitted")).value, 5.0);
        QCOMPARE(*named(figures, QStringLiteral("jobs succeeded")).value, 1.0);
        QCOMPARE(*named(figures, QStringLiteral("jobs failed")).value, 2.0); // FinishedError and ReScheduledError
        QCOMPARE(bc.lastRequest().path, QStringLiteral("/bConnect/v1.0/JobInstances.json"));
        QCOMPARE(figures.first().source, QStringLiteral("GET %1/bConnect/v1.0/JobInstances.json").arg(bc.url()));

        bc.setOverride(response(200, R"({"value": []})"));
        QVERIFY(allFailedWith(collect(definition(entry)), Error::Code::Malformed));
        bc.setOverride(response(200, R"([{"Id": "x", "BmsNetState": 2}])"));
        QVERIFY(allFailedWith(collect(definition(entry)), Error::Code::Malformed)); // no TimeStart at all
        bc.setOverride(std::nullopt);
        const QVector<Figure> refused = collect(definition(
            QStringLiteral(
                R"({"name": "jobs", "kind": "bconnect-jobs", "url": "%1", "headers": {"Authorization": "Basic d3Jvbmc="}})")
                .arg(bc.url())));
        QVERIFY(allFailedWith(refused, Error::Code::Unauthorized));
    }

    void bconnectVersion2Pages()
    {
        FakeBConnect bc("YWRtaW46c2VjcmV0");
        const QStringList states = {
            QStringLiteral("FinishedSuccessfully"), QStringLiteral("FinishedWithError"), QStringLiteral("Rescheduled"),
            QStringLiteral("RescheduledWithError"), QStringLiteral("Running"),           QStringLiteral("Cancelled")};
        for (int i = 0; i < 25; ++i)
            bc.instances.append({kSince.addSecs(-300 + i * 60), 0, states.at(i % states.size())});
        const QString entry = QStringLiteral(R"({"name": "jobs", "kind": "bconnect-jobs", "url": "%1", "version": "2.0",
                                                 "pageSize": 10, "headers": {"Authorization": "Basic ${BC_AUTH}"}})")
                                  .arg(bc.url());
        const QVector<Figure> figures = collect(definition(entry));
        QVERIFY2(figures.first().hasValue(), qPrintable(figures.first().error.message));
        // In the window: i = 5 … 24 (20 instances).
        int succeeded = 0, failed = 0;
        for (int i = 5; i < 25; ++i) {
            succeeded += i % 6 == 0;
            failed += i % 6 == 1 || i % 6 == 3;
        }
        QCOMPARE(*named(figures, QStringLiteral("jobs submitted")).value, 20.0);
        QCOMPARE(*named(figures, QStringLiteral("jobs succeeded")).value, double(succeeded));
        QCOMPARE(*named(figures, QStringLiteral("jobs failed")).value, double(failed));
        QCOMPARE(bc.requests(), 3);
        QCOMPARE(bc.queries.at(2).value(QStringLiteral("Page")), QStringLiteral("2"));
        QCOMPARE(bc.queries.at(2).value(QStringLiteral("PageSize")), QStringLiteral("10"));

        bc.stuckOnFirstPage = true;
        QVERIFY(allFailedWith(collect(definition(entry)), Error::Code::Incomplete));
    }

    // ---- Milvus ------------------------------------------------------------------------------

    // A figure a service gives as a count must be one: negative, not finite, a fraction or beyond
    // what a double holds exactly is refused, naming the field and the value (issue #18).
    void countsOutOfRangeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("rowCount");
        QTest::addColumn<QString>("shown");
        QTest::newRow("negative") << QByteArray("-1") << QStringLiteral("-1");
        QTest::newRow("negative text") << QByteArray(R"("-7")") << QStringLiteral("-7");
        QTest::newRow("beyond 64 bits as text")
            << QByteArray(R"("99999999999999999999")") << QStringLiteral("99999999999999999999");
        QTest::newRow("beyond 2^53") << QByteArray("99999999999999999999") << QStringLiteral("1e+20");
        QTest::newRow("beyond a double as text") << QByteArray(R"("1e400")") << QStringLiteral("1e400");
        QTest::newRow("nan as text") << QByteArray(R"("nan")") << QStringLiteral("nan");
        QTest::newRow("inf as text") << QByteArray(R"("inf")") << QStringLiteral("inf");
        QTest::newRow("fraction") << QByteArray("2.5") << QStringLiteral("2.5");
    }

    void countsOutOfRangeAreRefused()
    {
        QFETCH(QByteArray, rowCount);
        QFETCH(QString, shown);
        const Result<double> milvus =
            readMilvusRowCount(QJsonDocument::fromJson(R"({"code":0,"data":{"rowCount":)" + rowCount + "}}"));
        QVERIFY(!milvus);
        QCOMPARE(milvus.error().code, Error::Code::Malformed);
        QVERIFY2(milvus.error().message.contains(QStringLiteral("data.rowCount"))
                     && milvus.error().message.contains(shown),
                 qPrintable(milvus.error().message));
        if (rowCount.startsWith('"'))
            return; // FreeScout's total is a JSON number only
        const Result<qint64> freescout =
            readFreeScoutTotal(QJsonDocument::fromJson(R"({"page":{"totalElements":)" + rowCount + "}}"));
        QVERIFY(!freescout);
        QVERIFY2(freescout.error().message.contains(QStringLiteral("page.totalElements"))
                     && freescout.error().message.contains(shown),
                 qPrintable(freescout.error().message));
    }

    void milvusEntityCount()
    {
        FakeMilvus milvus("root:Milvus");
        milvus.collections.insert(QStringLiteral("kb_articles"), 1234);
        const QString entry = QStringLiteral(R"({"name": "vectors", "kind": "milvus-entities", "url": "%1",
                                                 "collection": "%2", "headers": {"Authorization": "Bearer ${MILVUS_TOKEN}"}})");
        QVector<Figure> figures = collect(definition(entry.arg(milvus.url(), QStringLiteral("kb_articles"))));
        QCOMPARE(figures.size(), 1);
        QVERIFY2(figures.first().hasValue(), qPrintable(figures.first().error.message));
        QCOMPARE(*figures.first().value, 1234.0);
        QCOMPARE(QJsonDocument::fromJson(milvus.lastRequest().body)
                     .object()
                     .value(QStringLiteral("collectionName"))
                     .toString(),
                 QStringLiteral("kb_articles"));
        QVERIFY(!figures.first().source.contains(QStringLiteral("root:Milvus")));

        milvus.successCode = 200; // Milvus up to 2.4.5
        milvus.rowCountAsText = true;
        figures = collect(definition(entry.arg(milvus.url(), QStringLiteral("kb_articles"))));
        QCOMPARE(*figures.first().value, 1234.0);

        figures = collect(definition(entry.arg(milvus.url(), QStringLiteral("missing"))));
        QVERIFY(allFailedWith(figures, Error::Code::Remote)); // HTTP 200 with code 100
        QVERIFY(figures.first().error.message.contains(QStringLiteral("100")));

        const QVector<Figure> refused = collect(definition(
            QStringLiteral(
                R"({"name": "vectors", "kind": "milvus-entities", "url": "%1", "collection": "kb_articles"})")
                .arg(milvus.url())));
        QVERIFY(allFailedWith(refused, Error::Code::Unauthorized));
    }

    // ---- PostgreSQL ----------------------------------------------------------------------------

    void postgresUnreachable()
    {
        const QVector<Figure> figures = collect(definition(
            QStringLiteral(
                R"({"name": "size", "kind": "postgres-query", "target": "127.0.0.1:%1", "user": "x", "sql": "SELECT 1", "unit": "bytes"})")
                .arg(closedPort())));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().name, QStringLiteral("size"));
        QVERIFY(allFailedWith(figures, Error::Code::Unreachable));
        QVERIFY(figures.first().source.startsWith(QStringLiteral("postgresql://127.0.0.1:")));
    }

    void postgresRealServer_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("code");
        QTest::addColumn<double>("value");
        QTest::newRow("count") << "SELECT COUNT(*) FROM generate_series(1, 7)" << int(Error::Code::None) << 7.0;
        QTest::newRow("numeric") << "SELECT 12.5::numeric" << int(Error::Code::None) << 12.5;
        QTest::newRow("percentile")
            << "SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY x) FROM generate_series(1, 100) x"
            << int(Error::Code::None) << 95.05;
        QTest::newRow("no such table") << "SELECT COUNT(*) FROM audit.kb_articles_missing" << int(Error::Code::Remote)
                                       << 0.0;
        QTest::newRow("two columns") << "SELECT 1, 2" << int(Error::Code::Malformed) << 0.0;
        QTest::newRow("no row") << "SELECT 1 WHERE false" << int(Error::Code::Malformed) << 0.0;
        QTest::newRow("two rows") << "SELECT * FROM generate_series(1, 2)" << int(Error::Code::Malformed) << 0.0;
        QTest::newRow("text") << "SELECT 'many'" << int(Error::Code::Malformed) << 0.0;
        // Out of range: refused with the value, never stored as inf or below zero (issue #18).
        QTest::newRow("negative") << "SELECT -5" << int(Error::Code::Malformed) << 0.0;
        QTest::newRow("NaN") << "SELECT 'NaN'::float8" << int(Error::Code::Malformed) << 0.0;
        QTest::newRow("beyond a double") << "SELECT 1e400" << int(Error::Code::Malformed) << 0.0;
    }

    void postgresRealServer()
    {
        QFETCH(QString, sql);
        QFETCH(int, code);
        QFETCH(double, value);
        const QString port = qEnvironmentVariable("GOLIVE_TEST_PG_PORT");
        if (port.isEmpty())
            QSKIP("GOLIVE_TEST_PG_PORT is not set: scripts/test.sh starts a PostgreSQL server for this test");
        QJsonObject entry{{QStringLiteral("name"), QStringLiteral("q")},
                          {QStringLiteral("kind"), QStringLiteral("postgres-query")},
                          {QStringLiteral("target"), QString(QStringLiteral("127.0.0.1:") + port)},
                          {QStringLiteral("database"), QStringLiteral("postgres")},
                          {QStringLiteral("user"), QStringLiteral("${PGUSER}")},
                          {QStringLiteral("sql"), sql}};
        const QVector<Figure> figures =
            collect(definition(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact))));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(int(figures.first().error.code), code);
        if (code == int(Error::Code::None))
            QVERIFY(std::abs(*figures.first().value - value) < 1e-9);
        else
            QVERIFY(!figures.first().hasValue());
    }

    void postgresNullIsNoValueButNoFailure()
    {
        const QString port = qEnvironmentVariable("GOLIVE_TEST_PG_PORT");
        if (port.isEmpty())
            QSKIP("GOLIVE_TEST_PG_PORT is not set: scripts/test.sh starts a PostgreSQL server for this test");
        const QVector<Figure> figures = collect(definition(
            QStringLiteral(
                R"({"name": "p95", "kind": "postgres-query", "target": "127.0.0.1:%1", "database": "postgres",
                "user": "${PGUSER}", "sql": "SELECT NULL::float8", "unit": "ms"})")
                .arg(port)));
        QVERIFY(!figures.first().hasValue());
        QVERIFY(!figures.first().error.isError());
        QCOMPARE(figures.first().note, QStringLiteral("the query gave NULL"));
        const QVector<Figure> size = collect(definition(
            QStringLiteral(
                R"j({"name": "size", "kind": "postgres-query", "target": "127.0.0.1:%1", "database": "postgres",
                "user": "${PGUSER}", "sql": "SELECT pg_database_size(current_database())", "unit": "bytes"})j")
                .arg(port)));
        QVERIFY2(size.first().hasValue(), qPrintable(size.first().error.message));
        QVERIFY(*size.first().value > 1e6);
    }

    // ---- a whole run -----------------------------------------------------------------------

    void aRunNeverWaitsAndKeepsTheOrder()
    {
        FakeN8n n8n(kKey);
        n8n.setExecutions({execution(kSince.addSecs(10), 5)});
        FakeMilvus milvus({});
        milvus.collections.insert(QStringLiteral("kb"), 9);
        const auto list = CollectorCatalogue::fromJson(QStringLiteral(R"({"collectors": [%1,
                {"name": "tickets", "kind": "freescout-conversations", "url": "${FREESCOUT_URL}"},
                {"name": "vectors", "kind": "milvus-entities", "url": "%2", "collection": "kb"},
                {"name": "down", "kind": "n8n-workflows", "url": "http:\/\/127.0.0.1:%3"}]})")
                                                           .arg(n8nEntry(n8n), milvus.url())
                                                           .arg(closedPort())
                                                           .toUtf8(),
                                                       QStringLiteral("run.json"), envValue);
        QVERIFY(list);
        CollectRun run;
        run.setClock([] { return kNow; });
        QSignalSpy done(&run, &CollectRun::finished);
        run.start(*list, kWindow);
        QVERIFY(run.isRunning()); // start() returned before any answer
        QCOMPARE(n8n.requests(), 0);
        QVERIFY(done.wait(30000));
        const QVector<Figure> figures = run.figures();
        QCOMPARE(figures.size(), 4 + 1 + 1 + 1);
        QCOMPARE(figures.at(0).collector, QStringLiteral("n8n executions"));
        QCOMPARE(*figures.at(0).value, 1.0);
        QCOMPARE(figures.at(4).collector, QStringLiteral("tickets"));
        QCOMPARE(figures.at(4).error.code, Error::Code::NotConfigured);
        QVERIFY(!figures.at(4).failed());
        QVERIFY(!figures.at(4).collectedAt.isValid()); // never asked
        QCOMPARE(*figures.at(5).value, 9.0);
        QVERIFY(figures.at(6).failed());

        // The blocking form, for the command line.
        const QVector<Figure> again = CollectRun::collect(*list, kWindow, [] { return kNow; });
        QCOMPARE(again.size(), figures.size());
        QCOMPARE(*again.at(5).value, 9.0);
    }
};

QTEST_GUILESS_MAIN(TestCollectors)
#include "tst_collectors.moc"
