#include "tests/CatalogueTestSupport.h"
// Secrets masked by value: known secrets go into every place a catalogue can take ${NAME} (URL host,
// path, query and user info, a credential header and a plain one, the body, a target's host, a
// command's program and arguments) of every kind of service; fake servers on 127.0.0.1 repeat them
// back. Then `golive check` (table and --json) runs as a program, and the probes and the history run
// here as the dashboard runs them; every output and every file written is searched for each secret
// in each form it could take (as is, percent-encoded, any case).
#include "TestPaths.h"
#include "models/monitoring/MonitoringService.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "tests/FakeServers.h"
#include "tests/GoliveRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// Every value is distinct and easy to find; none is a word the program prints by itself.
const QHash<QString, QString> kSecrets = {
    {QStringLiteral("S_HOST"), QStringLiteral("LocalHost")},                   // resolves; QUrl lower-cases it
    {QStringLiteral("S_BADHOST"), QStringLiteral("sekrit-host-4f2a.invalid")}, // never resolves: named in errors
    {QStringLiteral("S_PATH"), QStringLiteral("Hook-Sekrit-55aa")},
    {QStringLiteral("S_PATH2"), QStringLiteral("p@th s3kr1t+x")}, // percent-encoded in a URL
    {QStringLiteral("S_QUERY"), QStringLiteral("q-Sekrit-77bb")},
    {QStringLiteral("S_USER"), QStringLiteral("usr-sekrit-1")},
    {QStringLiteral("S_PASS"), QStringLiteral("pw-Sekrit-2")},
    {QStringLiteral("S_HEADER"), QStringLiteral("hdr-Sekrit-99cc")},  // X-Api-Key: a credential header
    {QStringLiteral("S_HEADER2"), QStringLiteral("trace-Sekrit-12")}, // X-Trace: a header of any name
    {QStringLiteral("S_BODY"), QStringLiteral("body-Sekrit-34dd")},
    {QStringLiteral("S_CMDARG"), QStringLiteral("arg-Sekrit-56ee")},
    {QStringLiteral("S_PROGRAM"), QStringLiteral("/nonexistent/prog-Sekrit-78ff")},
};

// Each secret in every form it could be written in, lower-cased (the search ignores case).
QList<QPair<QString, QByteArray>> secretForms()
{
    QList<QPair<QString, QByteArray>> forms;
    for (auto it = kSecrets.begin(); it != kSecrets.end(); ++it) {
        const QString &v = it.value();
        for (const QByteArray &form :
             {v.toUtf8(), QUrl::toPercentEncoding(v), QUrl::toPercentEncoding(v, "!$&'()*+,;=:@/")})
            forms.append({it.key(), form.toLower()});
    }
    return forms;
}

// "S_PATH in history.sqlite" for each secret found in bytes; empty when none is there.
QStringList leaks(const QByteArray &bytes, const QString &where)
{
    QStringList found;
    const QByteArray lower = bytes.toLower();
    for (const auto &form : secretForms()) {
        if (lower.contains(form.second))
            found.append(QStringLiteral("%1 (%2) in %3").arg(form.first, QString::fromUtf8(form.second), where));
    }
    found.removeDuplicates();
    return found;
}

} // namespace

class TestSecretMasking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeHttpServer m_http;
    FakePostgresServer m_postgres{FakePostgresServer::Mode::StartingUp};
    quint16 m_closedPort = 0;
    QString m_cataloguePath;

    // tests/data/secrets-everywhere.json: every kind of service, a secret in every place; with the
    // ports of the fakes filled in and retries 0, so one round decides each.
    QByteArray catalogue() const
    {
        const QString p = QString::number(m_http.port());
        const QString pg = QString::number(m_postgres.port());
        const QString closed = QString::number(m_closedPort);
        QFile file(QStringLiteral(GOLIVE_TEST_DATA_DIR "/secrets-everywhere.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString json = QString::fromUtf8(file.readAll());
        json.replace(QStringLiteral("HTTP"), p)
            .replace(QStringLiteral("CLOSED"), closed)
            .replace(QStringLiteral("PG"), pg);
        json.replace(QStringLiteral("{\"name\""), QStringLiteral("{\"retries\": 0, \"name\"")); // every entry
        return json.toUtf8();
    }

    // The server repeats every secret "hook" sent it in its error page (masking is per service: a
    // page that quoted another service's secret would not be masked).
    QByteArray repeatedSecrets() const
    {
        QStringList all;
        for (const char *name : {"S_USER", "S_PASS", "S_HOST", "S_PATH", "S_QUERY", "S_HEADER", "S_HEADER2", "S_BODY"})
            all.append(kSecrets.value(QLatin1String(name)));
        return QStringLiteral(R"({"error":"refused %1"})").arg(all.join(QLatin1Char(' '))).toUtf8();
    }

    TestSupport::GoliveRun golive(const QStringList &args, const QString &home)
    {
        TestSupport::RunOptions options;
        for (auto it = kSecrets.begin(); it != kSecrets.end(); ++it)
            options.environment.insert(it.key(), it.value());
        options.environment.insert(QStringLiteral("HOME"), home);
        options.environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        options.environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        options.workingDirectory = home;
        options.serveEvents = true; // the fake servers answer from this process
        return TestSupport::runGolive(args, options);
    }

    static QStringList leaksInFiles(const QString &root, const QString &except)
    {
        QStringList found;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == except)
                continue;
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                found += leaks(f.readAll(), path);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(GOLIVE_BINARY_DIR "/golive")));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        m_closedPort = closed.serverPort();
        closed.close();

        m_http.answer(QStringLiteral("/hook/Hook-Sekrit-55aa"), 500, repeatedSecrets());
        m_http.echoHeader(QStringLiteral("/echo"), "x-trace", 503);
        m_http.echoHeader(QStringLiteral("/echo-key"), "x-api-key", 200);
        m_http.echoHeader(QStringLiteral("/echo-ok"), "x-trace", 200);

        m_cataloguePath = m_dir.filePath(QStringLiteral("services.json"));
        QFile f(m_cataloguePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(catalogue());
        f.close();
        QVERIFY2(leaks(catalogue(), QStringLiteral("catalogue")).isEmpty(), "the catalogue names variables only");
    }

    void everyServiceReallySeesItsSecrets()
    {
        // The secrets must reach the services, or the search below proves nothing.
        QVector<ServiceDefinition> services;
        QString error;
        QVERIFY2(catalogueOr(
                     ServiceCatalogue::load(m_cataloguePath, [](const QString &name) { return kSecrets.value(name); }),
                     &services, &error),
                 qPrintable(error));
        QCOMPARE(services.size(), 14);
        for (const ServiceDefinition &s : std::as_const(services)) {
            QVERIFY2(s.isConfigured(), qPrintable(s.name + QStringLiteral(": ") + s.configError));
            QVERIFY2(!s.secretValues.isEmpty(), qPrintable(s.name));
        }
        const ServiceDefinition &hook = services.first();
        QCOMPARE(hook.url.userName(), kSecrets.value(QStringLiteral("S_USER")));
        QCOMPARE(hook.url.path(), QStringLiteral("/hook/Hook-Sekrit-55aa"));
        QCOMPARE(hook.url.query(), QStringLiteral("key=q-Sekrit-77bb&x=1"));
        QCOMPARE(hook.displayTarget(), QStringLiteral("POST http://••••:%1/hook/••••?key=••••&x=1").arg(m_http.port()));
    }

    void checkCommandPrintsNoSecret()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        const TestSupport::GoliveRun json = golive(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--services"), m_cataloguePath}, home);
        QVERIFY2(json.exitCode == 2, QByteArray(json.outBytes + json.errBytes).constData());
        const TestSupport::GoliveRun table =
            golive({QStringLiteral("check"), QStringLiteral("--services"), m_cataloguePath}, home);
        QVERIFY2(table.exitCode == 2, QByteArray(table.outBytes + table.errBytes).constData());

        // The servers did get the secrets (so the masking, not their absence, keeps them out).
        QVERIFY(m_http.requests(QStringLiteral("/hook/Hook-Sekrit-55aa")) >= 2);
        QVERIFY(m_http.requests(QStringLiteral("/hook/p@th%20s3kr1t+x")) >= 1);
        QCOMPARE(m_postgres.startupMessages() >= 2, true);

        // What each row says, so that a reason that lost its substance would be seen.
        const QString out = json.out;
        for (const QString &expected :
             {QStringLiteral("HTTP 500"), QStringLiteral("refused ••••"), QStringLiteral("nothing at /hook/••••"),
              QStringLiteral("[BODY].echo == nothing"), QStringLiteral("[EXIT_CODE] == 0 failed: was 3"),
              QStringLiteral("stderr ••••")})
            QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + out));

        QStringList found = leaks(json.outBytes, QStringLiteral("check --json stdout"))
            + leaks(json.errBytes, QStringLiteral("stderr")) + leaks(table.outBytes, QStringLiteral("check stdout"))
            + leaks(table.errBytes, QStringLiteral("stderr")) + leaksInFiles(home, QString());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QStringLiteral("\n") + out));
    }

    void probesAndHistoryKeepNoSecret()
    {
        QVector<ServiceDefinition> services;
        QString error;
        QVERIFY(catalogueOr(
            ServiceCatalogue::load(m_cataloguePath, [](const QString &name) { return kSecrets.value(name); }),
            &services, &error));
        const QString historyDir = m_dir.filePath(QStringLiteral("history"));
        QVERIFY(QDir().mkpath(historyDir));
        QStringList shown;
        {
            MonitoringService monitoring;
            QSet<QString> done;
            connect(&monitoring, &MonitoringService::resultReady, this, [&](const ProbeResult &r) {
                shown << r.service + QLatin1Char(' ') + r.reason;
                done.insert(r.service);
            });
            connect(&monitoring, &MonitoringService::stateChanged, this,
                    [&](const QString &, ServiceState, ServiceState, const QString &reason) { shown << reason; });
            connect(&monitoring, &MonitoringService::detailReady, this, [&](const ServiceDetail &d) {
                for (const StateChange &c : d.changes)
                    shown << c.reason;
            });
            monitoring.start(services, historyDir + QStringLiteral("/golive.history.sqlite"));
            QVERIFY2(QTest::qWaitFor([&] { return done.size() == services.size(); }, 60000),
                     qPrintable(QStringList(done.values()).join(QStringLiteral(", "))));
            QSignalSpy details(&monitoring, &MonitoringService::detailReady);
            monitoring.requestDetail(QStringLiteral("hook"));
            QVERIFY(details.wait(20000));
        } // stops the probes and writes the history out
        const QString all = shown.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("refused ••••")), qPrintable(all));
        QStringList found =
            leaks(all.toUtf8(), QStringLiteral("results and changes")) + leaksInFiles(historyDir, QString());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QStringLiteral("\n") + all));
    }
};

QTEST_GUILESS_MAIN(TestSecretMasking)
#include "tst_secretmasking.moc"
