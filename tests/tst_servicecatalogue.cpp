#include "models/monitoring/ServiceCatalogue.h"
#include "tests/CatalogueTestSupport.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using Kind = ServiceDefinition::Kind;

namespace {

// JSON written with ' for ", so the tests need no escapes (and no raw strings, which moc misreads).
QByteArray j(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

const QString kMask = QStringLiteral("••••");

ServiceCatalogue::EnvLookup envOf(const QHash<QString, QString> &vars)
{
    return [vars](const QString &name) { return vars.value(name); };
}

// Every variable the embedded catalogue names, with values that are easy to spot.
QHash<QString, QString> fullEnv()
{
    return {
        {QStringLiteral("FREESCOUT_URL"), QStringLiteral("https://help.example.com/")},
        {QStringLiteral("FREESCOUT_API_KEY"), QStringLiteral("fs-secret-4711")},
        {QStringLiteral("BCONNECT_URL"), QStringLiteral("https://bms.example.com:8443")},
        {QStringLiteral("BCONNECT_BASIC_AUTH"), QStringLiteral("YWRtaW46aHVudGVyMg==")},
        {QStringLiteral("N8N_API_KEY"), QStringLiteral("n8n-key-0815")},
    };
}

QVector<ServiceDefinition> loadDefault(const QHash<QString, QString> &vars)
{
    QVector<ServiceDefinition> services;
    QString error;
    if (!catalogueOr(ServiceCatalogue::load(ServiceCatalogue::defaultCataloguePath(), envOf(vars)), &services, &error))
        qFatal("embedded catalogue: %s", qPrintable(error));
    return services;
}

const ServiceDefinition *byName(const QVector<ServiceDefinition> &services, const QString &name)
{
    for (const ServiceDefinition &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

// One catalogue of the given entries (JSON text), read with env.
QVector<ServiceDefinition> catalogue(const QByteArray &entries, const QHash<QString, QString> &vars = {})
{
    QVector<ServiceDefinition> services;
    QString error;
    if (!catalogueOr(
            ServiceCatalogue::fromJson("{\"services\": [" + entries + "]}", QStringLiteral("test.json"), envOf(vars)),
            &services, &error))
        qFatal("test catalogue: %s", qPrintable(error));
    return services;
}

ServiceDefinition one(const QByteArray &entry, const QHash<QString, QString> &vars = {})
{
    return catalogue(entry, vars).constFirst();
}

QStringList conditionTexts(const QVector<Condition> &conditions)
{
    QStringList out;
    for (const Condition &c : conditions)
        out.append(c.text());
    return out;
}

// Every piece of text about a service a person could see.
QString everythingShown(const ServiceDefinition &s)
{
    return s.name + s.configError + s.displayTarget() + s.mask(s.url.toString());
}

} // namespace

class TestServiceCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void embeddedCatalogueWithoutEnvironment()
    {
        const auto services = loadDefault({});
        QCOMPARE(services.size(), 7);
        QStringList names;
        for (const auto &s : services)
            names << s.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("n8n"), QStringLiteral("n8n API"), QStringLiteral("PostgreSQL"),
                              QStringLiteral("Milvus"), QStringLiteral("FreeScout"),
                              QStringLiteral("baramundi bConnect"), QStringLiteral("Docker Compose")}));

        const auto *n8n = byName(services, QStringLiteral("n8n"));
        QVERIFY(n8n->isConfigured());
        QCOMPARE(n8n->group, QStringLiteral("Automation"));
        QCOMPARE(n8n->kind, Kind::Http);
        QCOMPARE(n8n->url, QUrl(QStringLiteral("http://localhost:5678/healthz/readiness")));
        QCOMPARE(conditionTexts(n8n->conditions),
                 (QStringList{QStringLiteral("[STATUS] == 200"), QStringLiteral("[BODY].status == ok")}));
        QCOMPARE(conditionTexts(n8n->degradedConditions), QStringList{QStringLiteral("[RESPONSE_TIME] < 300")});
        QCOMPARE(n8n->displayTarget(), QStringLiteral("GET http://localhost:5678/healthz/readiness"));
        QCOMPARE(n8n->intervalMs, 30000);
        QCOMPARE(n8n->timeoutMs, 5000);
        QCOMPARE(n8n->retries, 2);
        QVERIFY(n8n->verifyTls);
        QCOMPARE(n8n->maxRedirects, 5);

        const auto *pg = byName(services, QStringLiteral("PostgreSQL"));
        QVERIFY(pg->isConfigured());
        QCOMPARE(pg->kind, Kind::Postgres);
        QCOMPARE(pg->group, QStringLiteral("Data"));
        QCOMPARE(pg->host, QStringLiteral("localhost"));
        QCOMPARE(pg->port, quint16(5432));
        QVERIFY(pg->conditions.isEmpty()); // the probe decides
        QCOMPARE(pg->displayTarget(), QStringLiteral("localhost:5432"));

        const auto *milvus = byName(services, QStringLiteral("Milvus"));
        QVERIFY(milvus->isConfigured());
        QCOMPARE(milvus->url, QUrl(QStringLiteral("http://localhost:9091/healthz")));
        QCOMPARE(conditionTexts(milvus->conditions),
                 (QStringList{QStringLiteral("[STATUS] == 200"), QStringLiteral("[BODY] == OK")}));

        const auto *docker = byName(services, QStringLiteral("Docker Compose"));
        QVERIFY(docker->isConfigured());
        QCOMPARE(docker->kind, Kind::Command);
        QCOMPARE(docker->group, QStringLiteral("Platform"));
        QCOMPARE(docker->program, QStringLiteral("docker"));
        QCOMPARE(docker->arguments,
                 (QStringList{QStringLiteral("compose"), QStringLiteral("ps"), QStringLiteral("--format"),
                              QStringLiteral("json")}));
        QCOMPARE(conditionTexts(docker->conditions), QStringList{QStringLiteral("[EXIT_CODE] == 0")});
        QCOMPARE(docker->displayTarget(), QStringLiteral("docker compose ps --format json"));

        QCOMPARE(byName(services, QStringLiteral("FreeScout"))->configError,
                 QStringLiteral("not configured: set FREESCOUT_URL, FREESCOUT_API_KEY"));
        QCOMPARE(byName(services, QStringLiteral("FreeScout"))->group, QStringLiteral("Help desk"));
        QCOMPARE(byName(services, QStringLiteral("baramundi bConnect"))->configError,
                 QStringLiteral("not configured: set BCONNECT_URL, BCONNECT_BASIC_AUTH"));
        QCOMPARE(byName(services, QStringLiteral("baramundi bConnect"))->group, QStringLiteral("Devices"));
        QCOMPARE(byName(services, QStringLiteral("n8n API"))->configError,
                 QStringLiteral("not configured: set N8N_API_KEY"));
        // Told apart by a flag, not by the words: golive check treats these as not set up here.
        QVERIFY(byName(services, QStringLiteral("n8n API"))->notSetUpHere);
        QVERIFY(!byName(services, QStringLiteral("n8n"))->notSetUpHere);
    }

    void embeddedCatalogueWithEnvironment()
    {
        const auto env = fullEnv();
        const auto services = loadDefault(env);
        QCOMPARE(services.size(), 7);
        for (const auto &s : services) {
            QVERIFY2(s.isConfigured(), qPrintable(s.name + QStringLiteral(": ") + s.configError));
            for (const QString &secret :
                 {env.value(QStringLiteral("FREESCOUT_API_KEY")), env.value(QStringLiteral("BCONNECT_BASIC_AUTH")),
                  env.value(QStringLiteral("N8N_API_KEY"))})
                QVERIFY2(!everythingShown(s).contains(secret), qPrintable(s.name));
        }

        const auto *fs = byName(services, QStringLiteral("FreeScout"));
        QCOMPARE(fs->url, QUrl(QStringLiteral("https://help.example.com/api/mailboxes?pageSize=1"))); // no "//api"
        QCOMPARE(fs->headers.size(), 1);
        QCOMPARE(fs->headers.first().first, QByteArray("X-FreeScout-API-Key"));
        QCOMPARE(fs->headers.first().second, QByteArray("fs-secret-4711"));
        // Every value from the environment is a secret, the address too: masked by value wherever it shows.
        QCOMPARE(fs->secretValues,
                 (QStringList{QStringLiteral("fs-secret-4711"), QStringLiteral("https://help.example.com")}));
        QCOMPARE(fs->displayTarget(), QStringLiteral("GET ") + kMask + QStringLiteral("/api/mailboxes?pageSize=1"));
        QCOMPARE(fs->mask(QStringLiteral("key fs-secret-4711 refused")),
                 QStringLiteral("key ") + kMask + QStringLiteral(" refused"));

        const auto *bc = byName(services, QStringLiteral("baramundi bConnect"));
        QCOMPARE(bc->url, QUrl(QStringLiteral("https://bms.example.com:8443/bConnect/v1.0/Jobs.json")));
        QCOMPARE(bc->headers.first().first, QByteArray("Authorization"));
        QCOMPARE(bc->headers.first().second, QByteArray("Basic YWRtaW46aHVudGVyMg=="));
        QVERIFY(bc->secretValues.contains(QStringLiteral("YWRtaW46aHVudGVyMg==")));
        QCOMPARE(bc->intervalMs, 60000);

        const auto *api = byName(services, QStringLiteral("n8n API"));
        QCOMPARE(api->url, QUrl(QStringLiteral("http://localhost:5678/api/v1/executions?limit=1")));
        QCOMPARE(api->headers.first().second, QByteArray("n8n-key-0815"));
        QCOMPARE(conditionTexts(api->conditions),
                 (QStringList{QStringLiteral("[STATUS] == 200"), QStringLiteral("has([BODY].data) == true")}));

        // Only some of a service's variables set: only the missing ones are named.
        auto partial = env;
        partial.remove(QStringLiteral("FREESCOUT_URL"));
        QCOMPARE(byName(loadDefault(partial), QStringLiteral("FreeScout"))->configError,
                 QStringLiteral("not configured: set FREESCOUT_URL"));
    }

    void secretsAreMaskedEverywhere()
    {
        const QHash<QString, QString> env = {
            {QStringLiteral("CREDS"), QStringLiteral("ops:pa55word")},
            {QStringLiteral("KEY"), QStringLiteral("k3y+/=42")},
            {QStringLiteral("TOKEN"), QStringLiteral("tok-777")},
            {QStringLiteral("HOST"), QStringLiteral("api.example.com")},
        };
        const auto s = one(j("{'name': 'api', 'url': 'https://${CREDS}@${HOST}/v1?api_key=${KEY}&x=1',"
                             "'method': 'post', 'body': {'token': '${TOKEN}'}, 'headers': {'X-Trace': 'golive'}}"),
                           env);
        QVERIFY2(s.isConfigured(), qPrintable(s.configError));
        QCOMPARE(s.method, QByteArray("POST"));
        const QByteArray body = j("{'token':'tok-777'}");
        QCOMPARE(s.body, body);
        QCOMPARE(s.url.userName(), QStringLiteral("ops"));
        QCOMPARE(s.url.password(), QStringLiteral("pa55word"));
        QCOMPARE(s.displayTarget(),
                 QStringLiteral("POST https://") + kMask + QStringLiteral("/v1?api_key=") + kMask
                     + QStringLiteral("&x=1"));
        for (const QString &secret : {QStringLiteral("pa55word"), QStringLiteral("k3y+/=42"),
                                      QStringLiteral("k3y%2B%2F%3D42"), QStringLiteral("tok-777")})
            QVERIFY2(!everythingShown(s).contains(secret), qPrintable(secret));
        QVERIFY(s.secretValues.contains(QStringLiteral("tok-777")));
        QVERIFY(s.secretValues.contains(QStringLiteral("api.example.com"))); // in the host: a secret all the same

        // Credentials written into the catalogue itself are masked too.
        const auto literal = one(j("{'name': 'lit', 'url': 'http://admin:hunter2@localhost/',"
                                   "'headers': {'Authorization': 'Bearer abc.def'}}"));
        QVERIFY(!everythingShown(literal).contains(QStringLiteral("hunter2")));
        QVERIFY(literal.secretValues.contains(QStringLiteral("Bearer abc.def")));
        QCOMPARE(literal.displayTarget(), QStringLiteral("GET http://localhost/"));
    }

    void secretsNeverInConfigErrors()
    {
        const QHash<QString, QString> env = {
            {QStringLiteral("FS"), QStringLiteral("ftp://help.example.com")},
            {QStringLiteral("FS_KEY"), QStringLiteral("fs-secret-4711")},
            {QStringLiteral("PW"), QStringLiteral("hunter2")},
        };
        const auto services =
            catalogue(j("{'name': 'bad scheme', 'url': '${FS}/api?key=${FS_KEY}', 'headers': {'X-Key': '${FS_KEY}'}},"
                        "{'name': 'missing', 'url': '${NOT_SET}/x', 'headers': {'X-Key': '${FS_KEY}'}},"
                        "{'name': 'literal', 'url': 'ftp://admin:hunter2@host/'},"
                        "{'name': 'header break', 'url': 'http://h/', 'headers': {'X-Key': 'a\\nb ${FS_KEY}'}},"
                        "{'name': 'in userinfo', 'url': 'ftp://u:${PW}@host/'}"),
                      env);
        QCOMPARE(services.at(0).configError,
                 QStringLiteral("bad url \"${FS}/api?key=${FS_KEY}\": it must start with http:// or https://"));
        QCOMPARE(services.at(1).configError, QStringLiteral("not configured: set NOT_SET"));
        QCOMPARE(services.at(2).configError,
                 QStringLiteral("bad url \"ftp://") + kMask
                     + QStringLiteral("@host/\": it must start with http:// or https://"));
        QCOMPARE(services.at(3).configError, QStringLiteral("the value of header X-Key has a line break"));
        for (const auto &s : services) {
            QVERIFY(!s.isConfigured());
            QVERIFY2(!everythingShown(s).contains(QStringLiteral("fs-secret-4711")), qPrintable(s.name));
            QVERIFY2(!everythingShown(s).contains(QStringLiteral("hunter2")), qPrintable(s.name));
        }
    }

    void perServiceErrorsKeepTheOthers_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown kind") << QByteArray(j("{'name': 'files', 'kind': 'ftp', 'url': 'ftp://x/'}")) << "files"
                                      << "unknown kind \"ftp\" (use http, tcp, postgres or command)";
        QTest::newRow("no url") << QByteArray(j("{'name': 'web', 'kind': 'http'}")) << "web"
                                << "no url";
        QTest::newRow("url without scheme")
            << QByteArray(j("{'name': 'web', 'url': 'localhost:5678/healthz'}")) << "web"
            << "bad url \"localhost:5678/healthz\": it must start with http:// or https://";
        QTest::newRow("url without host") << QByteArray(j("{'name': 'web', 'url': 'http:///healthz'}")) << "web"
                                          << "bad url \"http:///healthz\": no host";
        QTest::newRow("bad url") << QByteArray(j("{'name': 'web', 'url': 'http://exa mple.com/'}")) << "web"
                                 << "bad url \"http://exa mple.com/\": not a valid URL";
        QTest::newRow("bad target") << QByteArray(j("{'name': 'db', 'kind': 'tcp', 'target': 'db:notaport'}")) << "db"
                                    << "bad target \"db:notaport\": write host:port";
        QTest::newRow("tcp without port") << QByteArray(j("{'name': 'db', 'kind': 'tcp', 'target': 'db'}")) << "db"
                                          << "bad target \"db\": the port must be a number from 1 to 65535";
        QTest::newRow("port too big") << QByteArray(j("{'name': 'db', 'kind': 'postgres', 'target': 'db:70000'}"))
                                      << "db"
                                      << "bad target \"db:70000\": the port must be a number from 1 to 65535";
        QTest::newRow("no target") << QByteArray(j("{'name': 'db', 'kind': 'postgres'}")) << "db"
                                   << "no target (host:port)";
        QTest::newRow("bad condition")
            << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'conditions': ['[STATUS] == 200', '[STATS] == 200']}"))
            << "web"
            << "bad condition: unknown placeholder [STATS] at position 1 in \"[STATS] == 200\"";
        QTest::newRow("bad degraded")
            << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'degraded': ['[RESPONSE_TIME] < ']}")) << "web"
            << "bad degraded condition: missing value after the operator at position 18 in \"[RESPONSE_TIME] <\"";
        QTest::newRow("conditions not a list")
            << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'conditions': '[STATUS] == 200'}")) << "web"
            << "conditions must be a list of texts such as [\"[STATUS] == 200\"]";
        QTest::newRow("placeholder of another kind")
            << QByteArray(j("{'name': 'db', 'kind': 'tcp', 'target': 'h:1', 'conditions': ['[STATUS] == 200']}"))
            << "db"
            << "condition \"[STATUS] == 200\" uses [STATUS], which a tcp service does not have";
        QTest::newRow("exit code on http")
            << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'degraded': ['[EXIT_CODE] == 0']}")) << "web"
            << "degraded condition \"[EXIT_CODE] == 0\" uses [EXIT_CODE], which a http service does not have";
        QTest::newRow("no name") << QByteArray(j("{'url': 'http://x/'}")) << "service #2"
                                 << "no name";
        QTest::newRow("blank name") << QByteArray(j("{'name': '  ', 'url': 'http://x/'}")) << "service #2"
                                    << "no name";
        QTest::newRow("not an object") << QByteArray("42") << "service #2"
                                       << "not a JSON object";
        QTest::newRow("duplicate name") << QByteArray(j("{'name': 'ok', 'kind': 'tcp', 'target': 'h:1'}"))
                                        << "ok (service #2)"
                                        << "the name \"ok\" is already used by service #1";
        QTest::newRow("typo") << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'condition': []}")) << "web"
                              << "unknown field \"condition\"";
        QTest::newRow("field of another kind")
            << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'target': 'a:1'}")) << "web"
            << "\"target\" does not apply to a http service";
        QTest::newRow("no kind") << QByteArray(j("{'name': 'what'}")) << "what"
                                 << "no kind, url, target or command";
        QTest::newRow("command as text") << QByteArray(j("{'name': 'ps', 'command': 'docker ps'}")) << "ps"
                                         << "command must be a list of words such as [\"docker\", \"compose\", \"ps\"]";
        QTest::newRow("empty command") << QByteArray(j("{'name': 'ps', 'kind': 'command', 'command': []}")) << "ps"
                                       << "command must be a list of words such as [\"docker\", \"compose\", \"ps\"]";
        QTest::newRow("interval too short")
            << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'interval': '500ms'}")) << "web"
            << "interval must be from 1s to 24h, such as 30 or \"30s\" or \"2m\"";
        QTest::newRow("interval words") << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'interval': 'often'}"))
                                        << "web"
                                        << "interval must be from 1s to 24h, such as 30 or \"30s\" or \"2m\"";
        QTest::newRow("timeout") << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'timeout': '1h'}")) << "web"
                                 << "timeout must be from 100ms to 10m, such as 5 or \"5s\"";
        QTest::newRow("retries") << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'retries': 1.5}")) << "web"
                                 << "retries must be a whole number from 0 to 100";
        QTest::newRow("tlsVerify") << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'tlsVerify': 'no'}")) << "web"
                                   << "tlsVerify must be true or false";
        QTest::newRow("redirects") << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'maxRedirects': 99}")) << "web"
                                   << "maxRedirects must be a number from 0 to 20";
        QTest::newRow("method") << QByteArray(j("{'name': 'web', 'url': 'http://x/', 'method': 'GET /'}")) << "web"
                                << "method must be a word such as GET or POST";
        QTest::newRow("header name") << QByteArray(
            j("{'name': 'web', 'url': 'http://x/', 'headers': {'Bad Name': '1'}}"))
                                     << "web"
                                     << "header \"Bad Name\" needs a name and a text value";
        QTest::newRow("unclosed ${") << QByteArray(j("{'name': 'web', 'url': 'http://${HOST/x'}")) << "web"
                                     << "url: ${ must be followed by a variable name and } at character 8";
        QTest::newRow("bad variable name") << QByteArray(j("{'name': 'ps', 'command': ['echo', '${1X}']}")) << "ps"
                                           << "command: ${ must be followed by a variable name and } at character 1";
    }

    void perServiceErrorsKeepTheOthers()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, name);
        QFETCH(QString, error);
        const auto services = catalogue(j("{'name': 'ok', 'url': 'http://localhost:5678/healthz'}, ") + entry
                                        + j(", {'name': 'after', 'kind': 'tcp', 'target': 'localhost:5432'}"));
        QCOMPARE(services.size(), 3);
        QCOMPARE(services.at(1).name, name);
        QCOMPARE(services.at(1).configError, error);
        QVERIFY(services.at(0).isConfigured());
        QVERIFY(services.at(2).isConfigured());
        QCOMPARE(services.at(2).port, quint16(5432));
    }

    void fieldsAndDefaults()
    {
        const auto s =
            one(j("{'name': 'web', 'url': 'https://x.example/', 'interval': 45, 'timeout': '2.5s', 'retries': 0,"
                  "'tlsVerify': false, 'maxRedirects': 0, 'comment': 'why', '_note': 'ignored',"
                  "'headers': [{'name': 'B', 'value': '1'}, {'name': 'A', 'value': '2'}]}"));
        QVERIFY2(s.isConfigured(), qPrintable(s.configError));
        QCOMPARE(s.kind, Kind::Http); // inferred from url
        QCOMPARE(s.method, QByteArray("GET"));
        QCOMPARE(s.intervalMs, 45000);
        QCOMPARE(s.timeoutMs, 2500);
        QCOMPARE(s.retries, 0);
        QVERIFY(!s.verifyTls);
        QCOMPARE(s.maxRedirects, 0);
        QCOMPARE(s.headers.size(), 2);
        QCOMPARE(s.headers.at(0).first, QByteArray("B")); // order kept
        QCOMPARE(s.headers.at(1).first, QByteArray("A"));
        QVERIFY(s.secretValues.isEmpty());
        QCOMPARE(conditionTexts(s.conditions), QStringList{QStringLiteral("[STATUS] < 400")});
        QVERIFY(s.degradedConditions.isEmpty());
        QCOMPARE(s.group, QString());

        const auto twoMinutes = one(j("{'name': 'a', 'url': 'http://x/', 'interval': '2m'}"));
        QCOMPARE(twoMinutes.intervalMs, 120000);
        const auto hour = one(j("{'name': 'a', 'url': 'http://x/', 'interval': '1h'}"));
        QCOMPARE(hour.intervalMs, 3600000);
        const auto seconds = one(j("{'name': 'a', 'url': 'http://x/', 'interval': '30'}"));
        QCOMPARE(seconds.intervalMs, 30000);
        const auto ms = one(j("{'name': 'a', 'url': 'http://x/', 'timeout': '800ms'}"));
        QCOMPARE(ms.timeoutMs, 800);
        const auto noConditions = one(j("{'name': 'a', 'url': 'http://x/', 'conditions': []}"));
        QCOMPARE(conditionTexts(noConditions.conditions), QStringList{QStringLiteral("[STATUS] < 400")});

        const auto tcp = one(j("{'name': 't', 'target': '[::1]:6379'}"));
        QCOMPARE(tcp.kind, Kind::Tcp);
        QCOMPARE(tcp.host, QStringLiteral("::1"));
        QCOMPARE(tcp.port, quint16(6379));
        QCOMPARE(tcp.displayTarget(), QStringLiteral("[::1]:6379"));
        QCOMPARE(conditionTexts(tcp.conditions), QStringList{QStringLiteral("[CONNECTED] == true")});

        const auto pg = one(j("{'name': 'p', 'kind': 'PostgreSQL', 'target': '${DB_HOST}',"
                              "'degraded': ['[RESPONSE_TIME] < 100']}"),
                            {{QStringLiteral("DB_HOST"), QStringLiteral("db.internal")}});
        QVERIFY2(pg.isConfigured(), qPrintable(pg.configError));
        QCOMPARE(pg.kind, Kind::Postgres);
        QCOMPARE(pg.displayTarget(), kMask + QStringLiteral(":5432")); // the host came from ${DB_HOST}
        QCOMPARE(pg.degradedConditions.size(), 1);

        const auto cmd = one(j("{'name': 'c', 'command': ['docker', 'compose', '-f', '${COMPOSE_FILE}', 'ps']}"),
                             {{QStringLiteral("COMPOSE_FILE"), QStringLiteral("/srv/my stack/compose.yml")}});
        QCOMPARE(cmd.kind, Kind::Command);
        QCOMPARE(cmd.arguments.at(2), QStringLiteral("/srv/my stack/compose.yml"));
        QCOMPARE(cmd.displayTarget(), QStringLiteral("docker compose -f \"") + kMask + QStringLiteral("\" ps"));
        QCOMPARE(conditionTexts(cmd.conditions), QStringList{QStringLiteral("[EXIT_CODE] == 0")});
        QCOMPARE(ServiceDefinition::kindName(Kind::Postgres), QStringLiteral("postgres"));
    }

    void defaultConditionsJudge()
    {
        const auto s = one(j("{'name': 'web', 'url': 'http://x/'}"));
        Observation o;
        o.connected = true;
        o.status = 302;
        QVERIFY(evaluateAll(s.conditions, o).passed);
        o.status = 401;
        QCOMPARE(evaluateAll(s.conditions, o).explanation, QStringLiteral("[STATUS] < 400 failed: was 401"));
    }

    void processEnvironmentIsTheDefault()
    {
        qputenv("GOLIVE_TST_CATALOGUE_URL", "http://localhost:1234");
        QVector<ServiceDefinition> services;
        QString error;
        const QByteArray json = j("{'services': [{'name': 'e', 'url': '${GOLIVE_TST_CATALOGUE_URL}/x'},"
                                  "{'name': 'f', 'url': '${GOLIVE_TST_UNSET_VAR}/x'}]}");
        QVERIFY(catalogueOr(ServiceCatalogue::fromJson(json, QStringLiteral("env.json")), &services, &error));
        QCOMPARE(services.at(0).url, QUrl(QStringLiteral("http://localhost:1234/x")));
        QCOMPARE(services.at(1).configError, QStringLiteral("not configured: set GOLIVE_TST_UNSET_VAR"));
        qunsetenv("GOLIVE_TST_CATALOGUE_URL");
    }

    void wholeFileErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVector<ServiceDefinition> services(1);
        QString error;

        const QString missing = dir.filePath(QStringLiteral("none.json"));
        QVERIFY(!catalogueOr(ServiceCatalogue::load(missing), &services, &error));
        QCOMPARE(error, missing + QStringLiteral(": no such file."));
        QVERIFY(services.isEmpty());

        QVERIFY(!catalogueOr(ServiceCatalogue::load(dir.path()), &services, &error));
        QCOMPARE(error, dir.path() + QStringLiteral(" is a folder, not a service catalogue."));

        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"services\": [\n    {\"name\": \"x\",, }\n  ]\n}\n");
        f.close();
        QVERIFY(!catalogueOr(ServiceCatalogue::load(broken), &services, &error));
        QCOMPARE(error,
                 broken + QStringLiteral(" is not valid JSON: unterminated object at line 3, column 19 (offset 36)."));

        const QString big = dir.filePath(QStringLiteral("big.json"));
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"services\": [], \"pad\": \"" + QByteArray(1024 * 1024, 'x') + "\"}");
        b.close();
        QVERIFY(!catalogueOr(ServiceCatalogue::load(big), &services, &error));
        QCOMPARE(error, big + QStringLiteral(" is larger than 1 MiB; a service catalogue may be at most 1 MiB."));

        QVERIFY(!catalogueOr(ServiceCatalogue::fromJson(QByteArray(1024 * 1024 + 1, ' '), QStringLiteral("huge.json")),
                             &services, &error));
        QVERIFY(error.startsWith(QStringLiteral("huge.json is larger than 1 MiB")));
        QVERIFY(!catalogueOr(ServiceCatalogue::fromJson("[1, 2]", QStringLiteral("list.json")), &services, &error));
        QCOMPARE(error, QStringLiteral("list.json has no \"services\" list: write {\"services\": [ ... ]}."));
        const QByteArray notAList = j("{'services': {'name': 'x'}}");
        QVERIFY(!catalogueOr(ServiceCatalogue::fromJson(notAList, QStringLiteral("obj.json")), &services, &error));
        QCOMPARE(error, QStringLiteral("obj.json has no \"services\" list: write {\"services\": [ ... ]}."));
        QVERIFY(!catalogueOr(ServiceCatalogue::fromJson("", QStringLiteral("empty.json")), &services, &error));
        QVERIFY(error.startsWith(QStringLiteral("empty.json is not valid JSON: ")));

        const QByteArray emptyList = j("{'services': []}");
        QVERIFY(catalogueOr(ServiceCatalogue::fromJson(emptyList, QStringLiteral("none.json")), &services, &error));
        QVERIFY(services.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestServiceCatalogue)
#include "tst_servicecatalogue.moc"
