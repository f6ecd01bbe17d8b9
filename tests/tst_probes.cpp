#include "tests/CatalogueTestSupport.h"
// The probe engine against servers on 127.0.0.1 that answer like n8n, Milvus and PostgreSQL do,
// and like broken or hostile servers do. Services are built from catalogue JSON, so the real
// catalogue parsing decides what is probed. No test measures time: waits are generous limits.
#include "tests/EnglishPlurals.h"
#include "tests/FakeServers.h"
#include "tests/HistoryTestSupport.h"

#include "models/criteria/SystemAvailability.h"
#include "models/monitoring/CheckRound.h"
#include "models/monitoring/CommandProbe.h"
#include "models/monitoring/HttpProbe.h"
#include "models/monitoring/Monitor.h"
#include "models/monitoring/NetworkSetup.h"
#include "models/monitoring/OutageLog.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/monitoring/ServiceCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString kSecret = QStringLiteral("s3cr3t-n8n-key-0042");

QString secretEnv(const QString &name)
{
    return name == QLatin1String("N8N_API_KEY") ? kSecret : QString();
}

// The one service of a catalogue made of this entry, read by the real catalogue code.
ServiceDefinition define(const QString &entry, const ServiceCatalogue::EnvLookup &env = secretEnv)
{
    QVector<ServiceDefinition> services;
    QString fileError;
    const QString json = QStringLiteral("{\"services\": [%1]}").arg(entry);
    if (!catalogueOr(ServiceCatalogue::fromJson(json.toUtf8(), QStringLiteral("test catalogue"), env), &services,
                     &fileError)
        || services.size() != 1) {
        ServiceDefinition broken;
        broken.configError = QStringLiteral("test catalogue unusable: %1").arg(fileError);
        return broken;
    }
    return services.first();
}

QString httpEntry(const QString &url, const QString &more = QString())
{
    return QStringLiteral(R"({"name": "svc", "url": "%1"%2})")
        .arg(url, more.isEmpty() ? QString() : QString(QStringLiteral(", ") + more));
}

// A port nothing listens on: listened on a moment ago, then closed.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

bool matches(const QString &text, const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

// Environment variables set for one test and put back after it.
struct ScopedEnv
{
    QList<QPair<QByteArray, QByteArray>> saved;
    void set(const char *name, const QByteArray &value)
    {
        saved.append({name, qgetenv(name)});
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        for (auto it = saved.crbegin(); it != saved.crend(); ++it)
            it->second.isNull() ? qunsetenv(it->first.constData()) : qputenv(it->first.constData(), it->second);
    }
};

// A `docker` in dir/bin that fails like the real one without its Compose plugin (exit 125,
// "unknown flag: --format") unless $DOCKER_CONFIG/cli-plugins/docker-compose is there.
bool writeFakeDocker(const QString &bin)
{
    QFile script(bin + QStringLiteral("/docker"));
    if (!QDir().mkpath(bin) || !script.open(QIODevice::WriteOnly))
        return false;
    script.write("#!/bin/sh\n"
                 "if [ \"$1\" = compose ] && [ ! -x \"$DOCKER_CONFIG/cli-plugins/docker-compose\" ]; then\n"
                 "  echo 'unknown flag: --format' >&2; exit 125\n"
                 "fi\n"
                 "echo 'Cannot connect to the Docker daemon' >&2; exit 1\n");
    script.close();
    return script.setPermissions(script.permissions() | QFile::ExeOwner);
}

// Whether Docker's system-wide plugin folders hold a Compose plugin (then `docker compose` is
// installed whatever DOCKER_CONFIG says).
bool systemComposePlugin()
{
    const QStringList folders = ToolFacts::dockerPluginFolders();
    return std::any_of(folders.begin() + 1, folders.end(), [](const QString &f) {
        return QFileInfo(f + QStringLiteral("/docker-compose")).isExecutable();
    });
}

} // namespace

#define DEFINE_SERVICE(var, entry)                                                                                     \
    const ServiceDefinition var = define(entry);                                                                       \
    QVERIFY2(var.isConfigured(), qPrintable(var.configError))

#define VERIFY_REASON(verdict, pattern)                                                                                \
    QVERIFY2(matches((verdict).reason, pattern), qPrintable(QStringLiteral("reason: ") + (verdict).reason))

class TestProbes : public QObject
{
    Q_OBJECT

private:
    // One attempt through ServiceCheck (the probe its kind needs, then judgeOutcome).
    bool run(const ServiceDefinition &service, CheckVerdict *verdict, int limitMs = 30000)
    {
        QNetworkAccessManager manager;
        prepareProbeNetwork(&manager);
        ServiceCheck check(service, &manager);
        bool done = false;
        connect(&check, &ServiceCheck::finished, this, [&](const CheckVerdict &v) {
            *verdict = v;
            done = true;
        });
        check.start();
        return QTest::qWaitFor([&] { return done; }, limitMs);
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        qRegisterMetaType<ServiceState>();
        QVERIFY(m_dir.isValid());
        QVERIFY(installEnglishPlurals()); // "more than 5 redirects", as the application says it
    }

    // ---- HTTP ------------------------------------------------------------------------------

    void n8nReadyIsUp()
    {
        FakeHttpServer server;
        server.actLikeN8n(true);
        DEFINE_SERVICE(s,
                       httpEntry(server.url(QStringLiteral("/healthz/readiness")),
                                 QStringLiteral(R"("conditions": ["[STATUS] == 200", "[BODY].status == ok"])")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Up);
        QVERIFY(!v.failed);
        VERIFY_REASON(v, QStringLiteral("HTTP 200 in \\d+ ms"));
        QVERIFY(v.latencyMs >= 0);
        QCOMPARE(server.requests(QStringLiteral("/healthz/readiness")), 1);
        QCOMPARE(server.lastHeader("User-Agent"), QByteArray("golive-probe"));
    }

    void n8nNotReadyIsDownWithItsBody()
    {
        FakeHttpServer server;
        server.actLikeN8n(false);
        DEFINE_SERVICE(s,
                       httpEntry(server.url(QStringLiteral("/healthz/readiness")),
                                 QStringLiteral(R"("conditions": ["[STATUS] == 200", "[BODY].status == ok"])")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QVERIFY(v.failed);
        VERIFY_REASON(v, QStringLiteral("HTTP 503 in \\d+ ms: \\{\"status\":\"error\"\\}"));
    }

    void bodyConditionFailureSaysWhatWasThere()
    {
        FakeHttpServer server;
        server.answer(QStringLiteral("/healthz/readiness"), 200, R"({"status":"error"})");
        DEFINE_SERVICE(s,
                       httpEntry(server.url(QStringLiteral("/healthz/readiness")),
                                 QStringLiteral(R"("conditions": ["[STATUS] == 200", "[BODY].status == ok"])")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("[BODY].status == ok failed: was \"error\""));
    }

    void slowAnswerIsDegraded()
    {
        FakeHttpServer server;
        server.answerAfter(QStringLiteral("/healthz"), 300, 200, R"({"status":"ok"})");
        DEFINE_SERVICE(s,
                       httpEntry(server.url(QStringLiteral("/healthz")),
                                 QStringLiteral(R"("degraded": ["[RESPONSE_TIME] < 50"])")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Degraded);
        QVERIFY(!v.failed);
        VERIFY_REASON(v, QStringLiteral("degraded: \\[RESPONSE_TIME\\] < 50 failed: was \\d+"));
    }

    void wrongPathSaysNothingIsThere()
    {
        FakeHttpServer server;
        server.actLikeN8n(true);
        DEFINE_SERVICE(s, httpEntry(server.url(QStringLiteral("/api/v1/health"))));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        VERIFY_REASON(
            v,
            QStringLiteral("HTTP 404 in \\d+ ms: nothing at /api/v1/health on this server \\(is the path right\\?\\)"));
    }

    void milvusPlainTextOk()
    {
        FakeHttpServer server;
        server.actLikeMilvus();
        DEFINE_SERVICE(s,
                       httpEntry(server.url(QStringLiteral("/healthz")),
                                 QStringLiteral(R"("conditions": ["[STATUS] == 200", "[BODY] == OK"])")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Up);
        VERIFY_REASON(v, QStringLiteral("HTTP 200 in \\d+ ms"));
    }

    void connectionRefused()
    {
        DEFINE_SERVICE(s, httpEntry(QStringLiteral("http://127.0.0.1:%1/healthz").arg(closedPort())));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("connection refused"));
        QCOMPARE(v.latencyMs, -1);
    }

    void acceptedButNeverAnswered()
    {
        FakeHttpServer server;
        server.neverAnswer(QStringLiteral("/healthz"));
        DEFINE_SERVICE(s, httpEntry(server.url(QStringLiteral("/healthz")), QStringLiteral(R"("timeout": 1)")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("no answer within 1 s"));
        QCOMPARE(server.requests(QStringLiteral("/healthz")), 1);
    }

    void dribbledBodyIsCutOffAtTheTimeout()
    {
        // 1000 body bytes at one a second would take a quarter of an hour; the timeout covers the
        // whole exchange, so the probe gives up after 2 s. The limit here is only a generous bound.
        FakeHttpServer server;
        server.dribble(QStringLiteral("/healthz"));
        DEFINE_SERVICE(s, httpEntry(server.url(QStringLiteral("/healthz")), QStringLiteral(R"("timeout": 2)")));
        CheckVerdict v;
        QVERIFY2(run(s, &v, 30000), "the probe did not give up on a dribbling server");
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("HTTP 200 but the body did not arrive within 2 s"));
    }

    void oneGigabyteBodyIsNotRead()
    {
        FakeHttpServer server;
        server.hugeBody(QStringLiteral("/healthz"));
        DEFINE_SERVICE(s, httpEntry(server.url(QStringLiteral("/healthz")), QStringLiteral(R"("timeout": 30)")));
        CheckVerdict v;
        QVERIFY(run(s, &v, 60000));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("HTTP 200 with a body larger than 1 MiB; not read further"));
        // The client hung up: the server notices and stops, having written a few MiB at most.
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 20000);
        QVERIFY2(server.bytesWritten() < 64 * 1024 * 1024, qPrintable(QString::number(server.bytesWritten())));
        QVERIFY(server.bytesWritten() > HttpProbe::kMaxBody);
    }

    void invalidJsonBody()
    {
        FakeHttpServer server;
        server.invalidJson(QStringLiteral("/healthz"));
        DEFINE_SERVICE(s,
                       httpEntry(server.url(QStringLiteral("/healthz")),
                                 QStringLiteral(R"("conditions": ["[STATUS] == 200", "[BODY].status == ok"])")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        VERIFY_REASON(v,
                      QStringLiteral("\\[BODY\\]\\.status == ok failed: the body is not JSON \\(.+ at offset \\d+\\)"));
    }

    void redirectLoop()
    {
        FakeHttpServer server;
        server.redirectLoop(QStringLiteral("/login"));
        DEFINE_SERVICE(s, httpEntry(server.url(QStringLiteral("/login"))));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("more than 5 redirects (a redirect loop?)"));
        QCOMPARE(server.requests(QStringLiteral("/login")), 6); // the first request and 5 redirects
    }

    // A redirect to another origin (here another port of 127.0.0.1) gets none of the configured
    // headers and not the URL's user info, as curl does, and the reason says so.
    void redirectToAnotherOriginSendsNoCredentials()
    {
        FakeHttpServer first;
        FakeHttpServer other;
        other.echoHeader(QStringLiteral("/landing"), "x-n8n-api-key", 200);
        const QString landing = other.url(QStringLiteral("/landing"));
        first.redirectTo(QStringLiteral("/healthz"), landing.toLatin1());
        QString url = first.url(QStringLiteral("/healthz"));
        url.replace(QStringLiteral("http://"), QStringLiteral("http://admin:pw-Sekrit-7@"));
        DEFINE_SERVICE(s, httpEntry(url, QStringLiteral(R"("headers": {"X-N8N-API-KEY": "${N8N_API_KEY}",
                                                          "Authorization": "Bearer ${N8N_API_KEY}",
                                                          "X-Trace": "trace-1"})")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(first.lastHeader("x-n8n-api-key"), kSecret.toLatin1()); // the first origin gets them
        QCOMPARE(other.requests(QStringLiteral("/landing")), 1);
        for (const char *header : {"x-n8n-api-key", "authorization", "x-trace"})
            QVERIFY2(other.lastHeader(header).isEmpty(), header);
        QCOMPARE(v.state, ServiceState::Up);
        VERIFY_REASON(v,
                      QStringLiteral("HTTP 200 in \\d+ ms; redirected to %1: credentials not sent to another origin")
                          .arg(QRegularExpression::escape(landing)));
    }

    // Within the origin a redirect keeps the headers (a login page on the same server needs them),
    // and a 303 turns a POST into a GET without its body, as Qt did itself.
    void redirectWithinTheOriginKeepsHeaders()
    {
        FakeHttpServer server;
        server.redirectTo(QStringLiteral("/healthz"), "/landing", 303);
        server.echoHeader(QStringLiteral("/landing"), "x-n8n-api-key", 200);
        DEFINE_SERVICE(
            s, httpEntry(server.url(QStringLiteral("/healthz")), QStringLiteral(R"("method": "POST", "body": "{}",
                                                      "headers": {"X-N8N-API-KEY": "${N8N_API_KEY}"})")));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(server.requests(QStringLiteral("/landing")), 1);
        QCOMPARE(server.lastHeader("x-n8n-api-key"), kSecret.toLatin1());
        QVERIFY(server.lastHeader("content-length").isEmpty() || server.lastHeader("content-length") == "0");
        QCOMPARE(v.state, ServiceState::Up);
        VERIFY_REASON(v, QStringLiteral("HTTP 200 in \\d+ ms"));
    }

    void selfSignedCertificate()
    {
        FakeHttpServer server(FakeHttpServer::Transport::SelfSignedTls);
        server.actLikeMilvus();
        QVERIFY(server.url(QStringLiteral("/healthz")).startsWith(QLatin1String("https://")));
        DEFINE_SERVICE(strict, httpEntry(server.url(QStringLiteral("/healthz"))));
        CheckVerdict v;
        QVERIFY(run(strict, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("certificate not trusted: self-signed"));
        QCOMPARE(server.requests(), 0); // no request is sent over an untrusted connection

        DEFINE_SERVICE(lenient,
                       httpEntry(server.url(QStringLiteral("/healthz")),
                                 QStringLiteral(R"("tlsVerify": false, "conditions": ["[BODY] == OK"])")));
        QVERIFY(run(lenient, &v));
        QCOMPARE(v.state, ServiceState::Up);
        VERIFY_REASON(v, QStringLiteral("HTTP 200 in \\d+ ms"));
        QCOMPARE(server.requests(QStringLiteral("/healthz")), 1);
    }

    void resetInMidBody()
    {
        FakeHttpServer server;
        server.resetMidBody(QStringLiteral("/healthz"));
        DEFINE_SERVICE(s, httpEntry(server.url(QStringLiteral("/healthz"))));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        // Qt reports a reset (ECONNRESET) as the remote host closing the connection.
        QCOMPARE(v.reason, QStringLiteral("connection closed by the server in mid-body"));
    }

    void unresolvableHost()
    {
        DEFINE_SERVICE(s,
                       httpEntry(QStringLiteral("http://nothing.invalid/healthz"), QStringLiteral(R"("timeout": 20)")));
        CheckVerdict v;
        QVERIFY(run(s, &v, 60000));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("host not found: nothing.invalid"));
    }

    // A server that repeats the API key in its error body: the reason shows •••• instead, even
    // where the body is cut short in the middle of the key.
    void echoedSecretIsMasked_data()
    {
        QTest::addColumn<int>("padding");
        QTest::addColumn<QString>("conditions");
        const QString status = QStringLiteral(R"(["[STATUS] == 200"])");
        const QString body = QStringLiteral(R"(["[BODY] == ok"])");
        const QString field = QStringLiteral(R"(["[BODY].echo == ok"])");
        QTest::newRow("status, key in full view") << 0 << status;
        QTest::newRow("status, key cut at the snippet's end") << 51 << status;
        QTest::newRow("body, key in full view") << 0 << body;
        QTest::newRow("body, key cut at the quote's end") << 45 << body;
        QTest::newRow("body field") << 0 << field;
    }

    void echoedSecretIsMasked()
    {
        QFETCH(int, padding);
        QFETCH(QString, conditions);
        FakeHttpServer server;
        server.echoHeader(QStringLiteral("/api/v1/executions"), "X-N8N-API-KEY", 503, QByteArray(padding, 'p'));
        DEFINE_SERVICE(
            s,
            httpEntry(
                server.url(QStringLiteral("/api/v1/executions")),
                QStringLiteral(R"("headers": {"X-N8N-API-KEY": "${N8N_API_KEY}"}, "conditions": %1)").arg(conditions)));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(server.lastHeader("x-n8n-api-key"), kSecret.toUtf8()); // the key was sent ...
        QCOMPARE(v.state, ServiceState::Down);
        // ... and no part of it (not even its start, cut off by "...") comes back in the reason.
        QVERIFY2(!v.reason.contains(QLatin1String("s3cr")), qPrintable(v.reason));
        QVERIFY2(!v.reason.contains(QLatin1String("0042")), qPrintable(v.reason));
        if (padding == 0)
            QVERIFY2(v.reason.contains(QStringLiteral("••••")), qPrintable(v.reason));
    }

    // ---- TCP -------------------------------------------------------------------------------

    void tcpConnects()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        DEFINE_SERVICE(
            s,
            QStringLiteral(R"({"name": "tcp", "kind": "tcp", "target": "127.0.0.1:%1"})").arg(listener.serverPort()));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Up);
        VERIFY_REASON(v, QStringLiteral("connected in \\d+ ms"));
    }

    void tcpRefused()
    {
        DEFINE_SERVICE(s,
                       QStringLiteral(R"({"name": "tcp", "kind": "tcp", "target": "127.0.0.1:%1"})").arg(closedPort()));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("connection refused"));
    }

    // ---- PostgreSQL ------------------------------------------------------------------------

    void postgresReadiness_data()
    {
        QTest::addColumn<FakePostgresServer::Mode>("mode");
        QTest::addColumn<ServiceState>("state");
        QTest::addColumn<QString>("reason"); // a pattern
        QTest::addColumn<int>("timeout");    // seconds: short only where nothing ever comes
        using M = FakePostgresServer::Mode;
        QTest::newRow("md5 password asked")
            << M::AuthMd5 << ServiceState::Up << QStringLiteral("accepting connections \\(\\d+ ms\\)") << 5;
        QTest::newRow("SCRAM asked") << M::AuthSasl << ServiceState::Up
                                     << QStringLiteral("accepting connections \\(\\d+ ms\\)") << 5;
        QTest::newRow("starting up") << M::StartingUp << ServiceState::Down
                                     << QStringLiteral("rejecting connections \\(starting up\\)") << 5;
        QTest::newRow("bad password") << M::BadPassword << ServiceState::Up
                                      << QStringLiteral("accepting connections \\(\\d+ ms\\)") << 5;
        QTest::newRow("garbage") << M::Garbage << ServiceState::Down
                                 << QStringLiteral("no response: not a PostgreSQL server \\(first byte 0x48\\)") << 5;
        QTest::newRow("closed") << M::Close << ServiceState::Down
                                << QStringLiteral("no response: the server closed the connection without answering")
                                << 5;
        QTest::newRow("silent") << M::Silent << ServiceState::Down << QStringLiteral("no response within 1 s") << 1;
    }

    void postgresReadiness()
    {
        QFETCH(FakePostgresServer::Mode, mode);
        QFETCH(ServiceState, state);
        QFETCH(QString, reason);
        QFETCH(int, timeout);
        FakePostgresServer server(mode);
        DEFINE_SERVICE(s,
                       QStringLiteral(R"({"name": "db", "kind": "postgres", "target": "127.0.0.1:%1", "timeout": %2})")
                           .arg(server.port())
                           .arg(timeout));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, state);
        VERIFY_REASON(v, reason);
        QCOMPARE(server.startupMessages(), 1);
        QCOMPARE(server.lastStartupParameter("user"), QByteArray("golive"));
        QCOMPARE(server.lastStartupParameter("database"), QByteArray("postgres"));
    }

    void postgresRefused()
    {
        DEFINE_SERVICE(
            s, QStringLiteral(R"({"name": "db", "kind": "postgres", "target": "127.0.0.1:%1"})").arg(closedPort()));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("no response: connection refused"));
    }

    // A real server, started by scripts/test.sh (the README's test command).
    void realPostgres()
    {
        const QString port = qEnvironmentVariable("GOLIVE_TEST_PG_PORT");
        if (port.isEmpty())
            QSKIP("GOLIVE_TEST_PG_PORT is not set: scripts/test.sh starts a PostgreSQL server for this test");
        DEFINE_SERVICE(
            s, QStringLiteral(R"({"name": "PostgreSQL", "kind": "postgres", "target": "127.0.0.1:%1"})").arg(port));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Up);
        VERIFY_REASON(v, QStringLiteral("accepting connections \\(\\d+ ms\\)"));
    }

    // ---- commands --------------------------------------------------------------------------

    void commandExitCode()
    {
        DEFINE_SERVICE(s, QStringLiteral(R"({"name": "cmd", "kind": "command", "command": ["sh", "-c", "exit 3"]})"));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("[EXIT_CODE] == 0 failed: was 3"));

        DEFINE_SERVICE(ok, QStringLiteral(R"({"name": "cmd", "kind": "command", "command": ["sh", "-c", "exit 0"]})"));
        QVERIFY(run(ok, &v));
        QCOMPARE(v.state, ServiceState::Up);
        VERIFY_REASON(v, QStringLiteral("exit code 0 in \\d+ ms"));
    }

    void commandPastItsTimeoutIsKilled()
    {
        const QString pidFile = m_dir.filePath(QStringLiteral("sleeper.pid"));
        DEFINE_SERVICE(s,
                       QStringLiteral(R"({"name": "cmd", "kind": "command", "timeout": 3,
                                             "command": ["sh", "-c", "echo $$ > '%1'; exec sleep 300"]})")
                           .arg(pidFile));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("sh did not finish within 3 s"));
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pid = f.readAll().trimmed();
        QVERIFY(!pid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(QString::fromLatin1(pid))), 10000);
    }

    void missingProgram()
    {
        DEFINE_SERVICE(s,
                       QStringLiteral(R"({"name": "cmd", "kind": "command", "command": ["golive-no-such-program"]})"));
        CheckVerdict v;
        QVERIFY(run(s, &v));
        // A program this desk does not have says nothing of the service: not configured here.
        QVERIFY(!v.failed);
        QVERIFY(v.notSetUpHere);
        QCOMPARE(v.state, ServiceState::Unknown);
        QCOMPARE(v.latencyMs, -1);
        QCOMPARE(v.reason,
                 QStringLiteral("not configured here: `golive-no-such-program` not found: it is not "
                                "installed, or not on PATH"));
    }

    // The classifier on its own: the facts decide, never the program's words.
    void missingToolExplainedInWords()
    {
        const QStringList compose = {QStringLiteral("compose"), QStringLiteral("ps"), QStringLiteral("--format"),
                                     QStringLiteral("json")};
        const QStringList ps = {QStringLiteral("ps")};
        const QString docker = QStringLiteral("docker");
        ToolFacts fine;
        fine.dockerSocket = QStringLiteral("/var/run/docker.sock");
        QCOMPARE(explainMissingTool(docker, compose, false, 0, fine), QString()); // it worked
        QCOMPARE(explainMissingTool(docker, compose, false, 1, fine), QString()); // a real failure: conditions speak

        ToolFacts notFound = fine;
        notFound.programFound = false;
        notFound.programExecutable = false;
        QCOMPARE(explainMissingTool(docker, compose, true, -1, notFound),
                 QStringLiteral("`docker` not found: it is not installed, or not on PATH"));
        ToolFacts notExecutable = fine;
        notExecutable.programExecutable = false;
        QCOMPARE(explainMissingTool(QStringLiteral("/opt/check.sh"), {}, true, -1, notExecutable),
                 QStringLiteral("`/opt/check.sh` cannot be run: permission denied"));

        ToolFacts noCompose = fine;
        noCompose.composePluginFound = false;
        const QString composeMissing =
            QStringLiteral("`docker compose` is not installed: Docker has no Compose plugin (docker-compose-plugin)");
        QCOMPARE(explainMissingTool(docker, compose, false, 125, noCompose),
                 composeMissing); // "unknown flag: --format"
        QCOMPARE(explainMissingTool(QStringLiteral("/usr/bin/docker"), compose, false, 1, noCompose), composeMissing);
        QCOMPARE(explainMissingTool(docker, ps, false, 1, noCompose), QString()); // plain docker needs no plugin

        ToolFacts noDaemon = fine;
        noDaemon.socketExists = false;
        noDaemon.socketAccessible = false;
        QCOMPARE(explainMissingTool(docker, ps, false, 1, noDaemon),
                 QStringLiteral("the Docker daemon is not running: no socket at /var/run/docker.sock"));
        ToolFacts denied = fine;
        denied.socketAccessible = false;
        QCOMPARE(explainMissingTool(docker, compose, false, 1, denied),
                 QStringLiteral("permission to the Docker socket /var/run/docker.sock denied: add the user to the "
                                "docker group"));
        ToolFacts remote = denied; // DOCKER_HOST=tcp://...: nothing to say about a socket
        remote.dockerSocket.clear();
        QCOMPARE(explainMissingTool(docker, ps, false, 1, remote), QString());
        QCOMPARE(explainMissingTool(QStringLiteral("podman"), ps, false, 125, noDaemon), QString()); // not docker

        // Which of them cannot run on this desk (not configured here, never an outage): the tool
        // or its plugin missing here, or this user kept from Docker's socket. A daemon that is
        // not running, or a command that ran and failed, is the service's own failure.
        QVERIFY(cannotRunHere(docker, compose, true, -1, notFound));
        QVERIFY(cannotRunHere(QStringLiteral("/opt/check.sh"), {}, true, -1, notExecutable));
        QVERIFY(cannotRunHere(docker, compose, true, -1, fine)); // never started, whatever the cause
        QVERIFY(cannotRunHere(docker, compose, false, 125, noCompose));
        QVERIFY(cannotRunHere(docker, compose, false, 1, denied));
        QVERIFY(!cannotRunHere(docker, compose, false, 0, fine));
        QVERIFY(!cannotRunHere(docker, compose, false, 1, fine));
        QVERIFY(!cannotRunHere(docker, ps, false, 1, noCompose));
        QVERIFY(!cannotRunHere(docker, ps, false, 1, noDaemon));
        QVERIFY(!cannotRunHere(docker, ps, false, 1, remote));
        QVERIFY(!cannotRunHere(QStringLiteral("podman"), ps, false, 125, noDaemon));
    }

    // A fake `docker` on PATH that fails like the real one without its Compose plugin (exit 125,
    // "unknown flag: --format"), with Docker's folders and socket pointed into a scratch folder.
    // What this desk lacks is not configured here (UNKNOWN); what the service lacks is DOWN.
    void fakeDockerExplainsWhatIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QVERIFY(writeFakeDocker(bin));
        ScopedEnv env;
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        env.set("PATH", QFile::encodeName(bin) + ':' + qgetenv("PATH"));
        env.set("DOCKER_CONFIG", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
        env.set("DOCKER_HOST", "unix://" + QFile::encodeName(socket));
        env.set("DOCKER_CONTEXT", QByteArray());

        DEFINE_SERVICE(compose, QStringLiteral(R"({"name": "Docker Compose", "kind": "command",
                                                   "command": ["docker", "compose", "ps", "--format", "json"]})"));
        CheckVerdict v;
        QVERIFY(run(compose, &v));
        if (!systemComposePlugin()) {
            QCOMPARE(v.state, ServiceState::Unknown);
            QVERIFY(v.notSetUpHere && !v.failed);
            QCOMPARE(v.reason,
                     QStringLiteral("not configured here: `docker compose` is not installed: Docker has no Compose "
                                    "plugin (docker-compose-plugin)"));
        }

        // With the plugin, the next thing missing is the daemon: that is an outage.
        const QString plugins = dir.filePath(QStringLiteral("config/cli-plugins"));
        QVERIFY(QDir().mkpath(plugins));
        QVERIFY(QFile::copy(bin + QStringLiteral("/docker"), plugins + QStringLiteral("/docker-compose")));
        QVERIFY(run(compose, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QVERIFY(!v.notSetUpHere);
        QCOMPARE(v.reason, QStringLiteral("the Docker daemon is not running: no socket at %1").arg(socket));

        // A socket this user may not use (root may use any: then the exit code and stderr speak).
        QFile sock(socket);
        QVERIFY(sock.open(QIODevice::WriteOnly));
        sock.close();
        QVERIFY(sock.setPermissions(QFileDevice::Permissions()));
        QVERIFY(run(compose, &v));
        if (::geteuid() != 0) {
            QCOMPARE(v.state, ServiceState::Unknown);
            QCOMPARE(v.reason,
                     QStringLiteral("not configured here: permission to the Docker socket %1 denied: add the user to "
                                    "the docker group")
                         .arg(socket));
        } else {
            QCOMPARE(v.state, ServiceState::Down);
            QCOMPARE(v.reason, QStringLiteral("[EXIT_CODE] == 0 failed: was 1: Cannot connect to the Docker daemon"));
        }

        // Everything in place, and docker still fails: its own words, after the exit code.
        QVERIFY(sock.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(run(compose, &v));
        QCOMPARE(v.state, ServiceState::Down);
        QCOMPARE(v.reason, QStringLiteral("[EXIT_CODE] == 0 failed: was 1: Cannot connect to the Docker daemon"));

        // No docker at all.
        env.set("PATH", QFile::encodeName(dir.filePath(QStringLiteral("empty"))));
        QVERIFY(run(compose, &v));
        QCOMPARE(v.state, ServiceState::Unknown);
        QCOMPARE(v.reason,
                 QStringLiteral("not configured here: `docker` not found: it is not installed, or not on PATH"));
    }

    // A desk without Docker's Compose plugin, or without the program at all: the monitor shows
    // the service UNKNOWN with the reason from the first check on — never PENDING or DOWN, so
    // nothing is confirmed DOWN in the record — and the history's uptime (the T+7 report's, and
    // the stability criterion's) counts it neither up nor down: the system stays at 100 %.
    void commandThatCannotRunHereIsNoOutage()
    {
        if (systemComposePlugin())
            QSKIP("this machine has a system-wide Compose plugin");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QVERIFY(writeFakeDocker(bin));
        ScopedEnv env;
        env.set("PATH", QFile::encodeName(bin));
        env.set("DOCKER_CONFIG", QFile::encodeName(dir.filePath(QStringLiteral("config"))));

        ServiceDefinition compose = define(QStringLiteral(R"({"name": "Docker Compose", "kind": "command",
            "command": ["docker", "compose", "ps", "--format", "json"], "retries": 1})"));
        ServiceDefinition tool = define(
            QStringLiteral(R"({"name": "Backup agent", "kind": "command", "command": ["golive-no-such-agent"]})"));
        QVERIFY2(compose.isConfigured() && tool.isConfigured(), qPrintable(compose.configError + tool.configError));
        compose.intervalMs = tool.intervalMs = 200; // the catalogue's minimum is 1 s; a test may go faster

        Monitor monitor;
        QSignalSpy results(&monitor, &Monitor::resultReady);
        QSignalSpy changes(&monitor, &Monitor::stateChanged);
        monitor.setServices({compose, tool});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 8, 30000);
        monitor.stop();
        QVector<ProbeResult> seen;
        for (const QList<QVariant> &r : std::as_const(results)) {
            const ProbeResult result = r.at(0).value<ProbeResult>();
            const QString what = result.service + QLatin1String(": ") + result.reason;
            QVERIFY2(result.state == ServiceState::Unknown, qPrintable(what));
            QVERIFY2(result.reason.startsWith(QLatin1String("not configured here: ")), qPrintable(result.reason));
            seen.append(result);
        }
        QVERIFY(changes.isEmpty()); // UNKNOWN from the start: nothing to confirm
        QVERIFY(!OutageLog::confirmation(compose.name, ServiceState::Unknown, ServiceState::Unknown, QString()));
        QCOMPARE(monitor.statuses().value(compose.name).failures, 0);

        // The history of these results beside a service that was UP all along.
        QString error;
        auto history = HistoryTest::openHistoryOr(dir.filePath(QStringLiteral("history.sqlite")), &error);
        QVERIFY2(history, qPrintable(error));
        const QDateTime from = seen.constFirst().time.addSecs(-1);
        const QDateTime now = seen.constLast().time.addSecs(1);
        QVector<ProbeResult> recorded = seen;
        for (const ProbeResult &r : std::as_const(seen))
            recorded.append({QStringLiteral("Website"), r.time, ServiceState::Up, 12, QStringLiteral("HTTP 200")});
        std::sort(recorded.begin(), recorded.end(),
                  [](const ProbeResult &a, const ProbeResult &b) { return a.time < b.time; });
        const QHash<QString, int> intervals{{compose.name, 200}, {tool.name, 200}, {QStringLiteral("Website"), 200}};
        QVERIFY2(HistoryTest::succeeded(history->record(recorded, intervals), &error), qPrintable(error));

        const QDateTime to = from.addDays(7);
        for (const QString &name : {compose.name, tool.name}) {
            const UptimeReport u = HistoryTest::valueOr(history->uptime(name, from, to, now), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(u.downMs, 0);
            QCOMPARE(u.monitoredMs(), 0);
            QCOMPARE(u.uptimePercent(), -1.0); // no figure, not 0.00 %
        }
        const SystemAvailability a =
            readSystemAvailability(*history, {compose.name, tool.name, QStringLiteral("Website")}, {}, from, to, now);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.downMs, 0);
        QVERIFY(a.hasFigure());
        QCOMPARE(a.uptimePercent(), 100.0);
    }

    // ---- a round, and the monitor ----------------------------------------------------------

    void roundRetriesThenGivesUp()
    {
        FakeHttpServer server;
        server.actLikeN8n(false);
        server.answer(QStringLiteral("/up"), 200, R"({"status":"ok"})");
        const QString json =
            QStringLiteral(R"({"services": [
            {"name": "failing", "url": "%1", "retries": 2},
            {"name": "fine", "url": "%2"},
            {"name": "bad condition", "url": "%2", "conditions": ["[STATUS] === 200"]},
            {"name": "unset", "url": "${GOLIVE_TEST_NEVER_SET}/healthz"},
            {"name": "with key", "url": "%1", "retries": 0, "headers": {"X-N8N-API-KEY": "${N8N_API_KEY}"}}
        ]})")
                .arg(server.url(QStringLiteral("/healthz/readiness")), server.url(QStringLiteral("/up")));
        QVector<ServiceDefinition> services;
        QString fileError;
        QVERIFY2(catalogueOr(ServiceCatalogue::fromJson(json.toUtf8(), QStringLiteral("round"), secretEnv), &services,
                             &fileError),
                 qPrintable(fileError));
        QCOMPARE(services.size(), 5);

        CheckRound round;
        QSignalSpy finished(&round, &CheckRound::finished);
        round.start(services);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        const QVector<ProbeResult> &r = round.results();
        QCOMPARE(r.size(), 5);

        QCOMPARE(r.at(0).service, QStringLiteral("failing"));
        QCOMPARE(r.at(0).state, ServiceState::Down);
        VERIFY_REASON(r.at(0), QStringLiteral("HTTP 503 in \\d+ ms: \\{\"status\":\"error\"\\} \\(3 attempts\\)"));
        QCOMPARE(r.at(1).state, ServiceState::Up);
        QCOMPARE(r.at(2).state, ServiceState::Unknown);
        QCOMPARE(r.at(2).reason,
                 QStringLiteral("bad condition: unexpected '=' (use ==) at position 12 in \"[STATUS] === 200\""));
        QCOMPARE(r.at(3).state, ServiceState::Unknown);
        QCOMPARE(r.at(3).reason, QStringLiteral("not configured: set GOLIVE_TEST_NEVER_SET"));
        QCOMPARE(r.at(4).state, ServiceState::Down);
        // retries + 1 attempts for the failing one, one for the second; none for the misconfigured.
        QCOMPARE(server.requests(QStringLiteral("/healthz/readiness")), 3 + 1);
        QCOMPARE(server.requests(QStringLiteral("/up")), 1);
        QCOMPARE(server.requests(), 5);
        for (const ProbeResult &result : r)
            QVERIFY2(result.time.isValid(), qPrintable(result.service));
    }

    void roundOfOnlyMisconfiguredServicesFinishes()
    {
        QVector<ServiceDefinition> services{define(QStringLiteral(R"({"name": "x", "kind": "ftp", "target": "a:1"})"))};
        QVERIFY(!services.first().isConfigured());
        CheckRound round;
        QSignalSpy finished(&round, &CheckRound::finished);
        round.start(services);
        QVERIFY(finished.wait(10000));
        QCOMPARE(round.results().first().state, ServiceState::Unknown);
        QVERIFY(round.results().first().reason.startsWith(QLatin1String("unknown kind \"ftp\"")));
    }

    void monitorPendingThenDownThenUp()
    {
        FakeHttpServer server;
        server.actLikeN8n(false);
        ServiceDefinition s = define(httpEntry(server.url(QStringLiteral("/healthz/readiness")),
                                               QStringLiteral(R"("retries": 2, "timeout": 5)")));
        QVERIFY2(s.isConfigured(), qPrintable(s.configError));
        s.intervalMs = 200; // the catalogue's minimum is 1 s; a test may go faster

        Monitor monitor;
        QSignalSpy results(&monitor, &Monitor::resultReady);
        QSignalSpy changes(&monitor, &Monitor::stateChanged);
        monitor.setServices({s});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 3, 30000);
        QStringList states;
        for (int i = 0; i < 3; ++i)
            states << serviceStateName(results.at(i).at(0).value<ProbeResult>().state);
        QCOMPARE(states, (QStringList{QStringLiteral("PENDING"), QStringLiteral("PENDING"), QStringLiteral("DOWN")}));
        const ProbeResult first = results.at(0).at(0).value<ProbeResult>();
        VERIFY_REASON(first, QStringLiteral("HTTP 503 in \\d+ ms: \\{\"status\":\"error\"\\} \\(attempt 1 of 3\\)"));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).at(1).value<ServiceState>(), ServiceState::Unknown);
        QCOMPARE(changes.at(0).at(2).value<ServiceState>(), ServiceState::Pending);
        QCOMPARE(changes.at(1).at(2).value<ServiceState>(), ServiceState::Down);

        server.actLikeN8n(true); // fixed
        QTRY_VERIFY_WITH_TIMEOUT(changes.size() >= 3, 30000);
        QCOMPARE(changes.at(2).at(0).toString(), s.name);
        QCOMPARE(changes.at(2).at(1).value<ServiceState>(), ServiceState::Down);
        QCOMPARE(changes.at(2).at(2).value<ServiceState>(), ServiceState::Up);
        QCOMPARE(monitor.statuses().value(s.name).state, ServiceState::Up);
        QCOMPARE(monitor.statuses().value(s.name).failures, 0);
        monitor.stop();
    }
};

QTEST_MAIN(TestProbes)
#include "tst_probes.moc"
