#include "tests/CatalogueTestSupport.h"
// Secrets masked by value: known secrets go into every place a catalogue can take ${NAME} (URL host,
// path, query and user info, a credential header and a plain one, the body, a target's host, a
// command's program and arguments) of every kind of service; fake servers on 127.0.0.1 repeat them
// back. Then `golive check` (table and --json) runs as a program, and the probes and the history run
// here as the dashboard runs them; every output and every file written is searched for each secret
// in each form it could take (as is, percent-encoded, any case).
#include "TestPaths.h"
#include "models/collectors/Collector.h"
#include "models/monitoring/MonitoringService.h"
#include "models/monitoring/NetworkSetup.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "tests/FakeServers.h"
#include "tests/GoliveRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
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

// A secret with everything that changes on the way: "%41" (QUrl shows it as "A"), a space and '"'
// (written %20 and %22), '/', a non-ASCII letter, HTML's and JSON's own characters.
const QString kOdd = QStringLiteral("Ab%41 s3kr\"t/\u00fc<&>'+=x-Odd-1");

// The base64 letters that stand for secret alone when it follows `before` inside a longer stream
// (as a password does in "Basic base64(user:password)"): the letters whose six bits are all its own.
QString base64Inside(const QByteArray &before, const QByteArray &secret)
{
    const QByteArray all = QByteArray(before + secret + QByteArrayLiteral("!!")).toBase64();
    const int first = (int(before.size()) * 8 + 5) / 6;
    const int end = int(before.size() + secret.size()) * 8 / 6;
    return QString::fromLatin1(all.mid(first, end - first));
}

// Each form a secret value takes on its way out and back, made here by hand (not by the masker),
// by name: none may be left in what the program shows, stores or records.
QList<QPair<QString, QString>> encodedForms(const QString &v)
{
    const QByteArray utf8 = v.toUtf8();
    QList<QPair<QString, QString>> forms;
    auto add = [&forms](const char *name, const QString &form) { forms.append({QLatin1String(name), form}); };
    add("as is", v);
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(v));
    add("percent-encoded", percent);
    QString lowerHex = percent;
    static const QRegularExpression escape(QStringLiteral("%[0-9A-F]{2}"));
    for (auto it = escape.globalMatch(percent); it.hasNext();) {
        const auto m = it.next();
        lowerHex.replace(m.capturedStart(), 3, m.captured().toLower());
    }
    add("percent-encoded, lower-case hex", lowerHex);
    add("form-encoded", QString(percent).replace(QStringLiteral("%20"), QStringLiteral("+")));
    add("percent-decoded", QUrl::fromPercentEncoding(utf8));
    QUrl url(QStringLiteral("http://h"));
    url.setPath(QLatin1Char('/') + v);
    add("a URL path as QUrl shows it", url.toString().mid(9));
    url.setPath({});
    url.setQuery(QStringLiteral("k=") + v);
    add("a URL query as QUrl shows it", url.toString().section(QStringLiteral("?k="), 1));
    add("base64", QString::fromLatin1(utf8.toBase64()));
    add("base64 without padding", QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals)));
    add("base64url", QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding)));
    add("base64url without padding",
        QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    add("base64 after one byte", base64Inside("u", utf8));
    add("base64 after two bytes", base64Inside("us", utf8));
    const QString json =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("k"), v}}).toJson(QJsonDocument::Compact))
            .mid(6)
            .chopped(2);
    add("JSON-escaped", json);
    QString php = json;
    php.replace(QLatin1Char('/'), QStringLiteral("\\/"));
    for (int i = php.size() - 1; i >= 0; --i) {
        if (php.at(i).unicode() > 0x7e)
            php.replace(i, 1, QStringLiteral("\\u%1").arg(php.at(i).unicode(), 4, 16, QLatin1Char('0')));
    }
    add("JSON-escaped as PHP writes it", php);
    add("HTML-escaped", v.toHtmlEscaped());
    add("HTML-escaped, ' as &#39;", v.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;")));
    add("HTML-escaped, ' as &#x27;", v.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#x27;")));
    return forms;
}

// "form (name) of value in where" for each form of each value found in text, ignoring case.
QStringList formsIn(const QString &text, const QStringList &values, const QString &where)
{
    QStringList found;
    for (const QString &v : values) {
        for (const auto &form : encodedForms(v)) {
            if (text.contains(form.second, Qt::CaseInsensitive))
                found << QStringLiteral("%1 (%2) of %3 in %4").arg(form.second, form.first, v, where);
        }
    }
    return found;
}

// The figures of one collector run against the fakes (at most 30 s).
QVector<Figure> collect(const CollectorDefinition &d)
{
    QNetworkAccessManager manager;
    prepareProbeNetwork(&manager);
    const auto collector = Collector::create(d, &manager);
    QSignalSpy done(collector.get(), &Collector::finished);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    collector->start(CollectWindow::lastHour(now));
    if (!collector->isFinished() && !done.wait(30000))
        qWarning("the collector did not finish");
    return collector->figures();
}

// The one collector of this entry, its ${NAME}s from env.
CollectorDefinition collectorOf(const QString &entry, const QHash<QString, QString> &env)
{
    const auto list = CollectorCatalogue::fromJson(
        QStringLiteral(R"({"services": [], "collectors": [%1]})").arg(entry).toUtf8(), QStringLiteral("test.json"),
        [env](const QString &name) { return env.value(name); });
    return list && list->size() == 1 ? list->first() : CollectorDefinition();
}

// Every text of the figures: sources, errors, details and notes.
QString textsOf(const QVector<Figure> &figures)
{
    QStringList texts;
    for (const Figure &f : figures)
        texts << f.source << f.error.message << f.detail << f.note;
    return texts.join(QLatin1Char('\n'));
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

    TestSupport::GoliveRun golive(const QStringList &args, const QString &home,
                                  const QHash<QString, QString> &more = {})
    {
        TestSupport::RunOptions options;
        for (auto it = kSecrets.begin(); it != kSecrets.end(); ++it)
            options.environment.insert(it.key(), it.value());
        for (auto it = more.begin(); it != more.end(); ++it)
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

    // One round of services as the dashboard runs it, the history in historyDir: into *shown every
    // reason given (results, state changes, and the changes in detailOf's detail when named).
    bool monitorOneRound(const QVector<ServiceDefinition> &services, const QString &historyDir, QStringList *shown,
                         const QString &detailOf = QString())
    {
        if (!QDir().mkpath(historyDir))
            return false;
        MonitoringService monitoring; // stops the probes and writes the history out when it goes
        QSet<QString> done;
        connect(&monitoring, &MonitoringService::resultReady, this, [&](const ProbeResult &r) {
            *shown << r.service + QLatin1Char(' ') + r.reason;
            done.insert(r.service);
        });
        connect(&monitoring, &MonitoringService::stateChanged, this,
                [&](const QString &, ServiceState, ServiceState, const QString &reason) { *shown << reason; });
        connect(&monitoring, &MonitoringService::detailReady, this, [&](const ServiceDetail &d) {
            for (const StateChange &c : d.changes)
                *shown << c.reason;
        });
        monitoring.start(services, historyDir + QStringLiteral("/golive.history.sqlite"));
        if (!QTest::qWaitFor([&] { return done.size() == services.size(); }, 60000))
            return false;
        if (detailOf.isEmpty())
            return true;
        QSignalSpy details(&monitoring, &MonitoringService::detailReady);
        monitoring.requestDetail(detailOf);
        return details.wait(20000);
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
        QStringList shown;
        QVERIFY(monitorOneRound(services, historyDir, &shown, QStringLiteral("hook")));
        const QString all = shown.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("refused ••••")), qPrintable(all));
        QStringList found =
            leaks(all.toUtf8(), QStringLiteral("results and changes")) + leaksInFiles(historyDir, QString());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QStringLiteral("\n") + all));
    }

    // ---- every form of a secret, in the masker and on every path out -------------------------

    void everyFormIsMasked_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("form");
        for (const QString &secret : {kOdd, QStringLiteral("plain-Sekrit-2468"), QStringLiteral("ab%41cd-Sekrit")}) {
            for (const auto &form : encodedForms(secret))
                QTest::addRow("%s: %s", qPrintable(secret), qPrintable(form.first)) << secret << form.second;
        }
    }

    void everyFormIsMasked()
    {
        QFETCH(QString, secret);
        QFETCH(QString, form);
        ServiceDefinition service;
        service.secretValues = {secret};
        CollectorDefinition collector;
        collector.secretValues = {secret};
        const QString text = QStringLiteral("refused: ") + form + QStringLiteral(" (end)");
        for (const QString &masked : {service.mask(text), collector.mask(text)}) {
            QVERIFY2(!masked.contains(form, Qt::CaseInsensitive), qPrintable(masked));
            QVERIFY2(masked.contains(QStringLiteral("••••")), qPrintable(masked));
            QVERIFY2(masked.startsWith(QStringLiteral("refused: ")), qPrintable(masked)); // no more than needed
        }
    }

    // `check --json` prints each service's target: a secret with %41 (shown by QUrl as "A") or with a
    // space and '"' (shown as %20 and %22) is masked in the form shown.
    void checkJsonTargetsMaskEncodedSecrets()
    {
        const QHash<QString, QString> odd = {{QStringLiteral("S_PCT"), QStringLiteral("ab%41cd-Sekrit")},
                                             {QStringLiteral("S_QUOTE"), QStringLiteral("q \"Sekrit\" 9")},
                                             {QStringLiteral("S_ODD"), kOdd}};
        m_http.answer(QStringLiteral("/odd"), 200, "{}");
        const QString path = m_dir.filePath(QStringLiteral("odd-services.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // (One line: moc reads "//" on a later line of a raw string as a comment.)
        f.write(QStringLiteral(R"({"services": [{"name": "pct", "retries": 0, "url": "%1/${S_PCT}?k=${S_QUOTE}"},)"
                               R"({"name": "odd", "retries": 0, "url": "%1?k=${S_ODD}&p=1"}]})")
                    .arg(m_http.url(QStringLiteral("/odd")))
                    .toUtf8());
        f.close();
        const QString home = m_dir.filePath(QStringLiteral("home-odd"));
        QVERIFY(QDir().mkpath(home));
        const TestSupport::GoliveRun json =
            golive({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--services"), path}, home, odd);
        QVERIFY2(json.out.contains(QStringLiteral("/odd/••••?k=••••")), qPrintable(json.out + json.err));
        const QStringList found = formsIn(json.out + json.err, odd.values(), QStringLiteral("check --json"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QLatin1Char('\n') + json.out));
    }

    // Probe reasons quote the server's answer; each form of the secret it echoes is masked before
    // the reason is shown, kept in the probe history or recorded.
    void probeReasonsMaskEchoedForms()
    {
        QString entries;
        const QList<QPair<QString, QString>> forms = encodedForms(kOdd);
        for (int i = 0; i < forms.size(); ++i) {
            const QString route = QStringLiteral("/echoed-%1").arg(i);
            m_http.answer(route, 503, QByteArray("refused ") + forms.at(i).second.toUtf8(), "text/plain");
            entries += QStringLiteral(R"(%1{"name": "echo %2", "retries": 0, "url": "%3",
                                         "headers": {"X-Api-Key": "${S_ODD}"}})")
                           .arg(i == 0 ? QString() : QStringLiteral(","))
                           .arg(i)
                           .arg(m_http.url(route));
        }
        QVector<ServiceDefinition> services;
        QString error;
        QVERIFY2(
            catalogueOr(ServiceCatalogue::fromJson(
                            QStringLiteral(R"({"services": [%1]})").arg(entries).toUtf8(), QStringLiteral("echoes"),
                            [](const QString &name) { return name == QLatin1String("S_ODD") ? kOdd : QString(); }),
                        &services, &error),
            qPrintable(error));
        const QString historyDir = m_dir.filePath(QStringLiteral("history-echoes"));
        QStringList shown;
        QVERIFY(monitorOneRound(services, historyDir, &shown));
        const QString all = shown.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("HTTP 503")), qPrintable(all));
        QStringList found = formsIn(all, {kOdd}, QStringLiteral("reasons"));
        QDirIterator it(historyDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            found += formsIn(QString::fromUtf8(f.readAll()), {kOdd}, file);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QLatin1Char('\n') + all));
    }

    // A collector's source names its address; a ${NAME} in it is masked in the form QUrl shows.
    // Its error quotes the answer: masked first, then cut, so not even the start of a secret shows.
    void collectorSourcesAndErrorsMaskEveryForm()
    {
        const QString key = QStringLiteral("key-Sekrit-0123456789-abcdefghij");
        const QHash<QString, QString> env = {{QStringLiteral("S_PCT"), QStringLiteral("ab%41cd-Sekrit")},
                                             {QStringLiteral("S_KEY"), key},
                                             {QStringLiteral("S_ODD"), kOdd}};
        const QString headers = QStringLiteral(R"("headers": {"X-N8N-API-KEY": "${S_KEY}", "X-Odd": "${S_ODD}"})");
        const CollectorDefinition pct =
            collectorOf(QStringLiteral(R"({"name": "n8n", "kind": "n8n-executions", "url": "%1/${S_PCT}", %2})")
                            .arg(m_http.url(QString()), headers),
                        env);
        QVERIFY2(pct.isConfigured(), qPrintable(pct.configError.message));
        QVERIFY2(!pct.displaySource().contains(QStringLiteral("abAcd")), qPrintable(pct.displaySource()));
        QVector<Figure> figures = collect(pct);
        QVERIFY(!figures.isEmpty());
        QCOMPARE(figures.first().error.code, Error::Code::NotFound);
        QStringList found = formsIn(textsOf(figures), env.values(), QStringLiteral("figures of %2F path"));

        // The key at character 140 of a long answer: cut at 157 before masking, its start would show.
        m_http.answer(QStringLiteral("/cut/api/v1/executions"), 500,
                      QByteArray(140, 'x') + ' ' + key.toUtf8() + ' ' + QByteArray(60, 'y'));
        QString echoes = QStringLiteral("refused");
        for (const auto &form : encodedForms(kOdd))
            echoes += QLatin1Char(' ') + form.second;
        m_http.answer(QStringLiteral("/echoes/api/v1/executions"), 500, echoes.toUtf8(), "text/plain");
        for (const QString &base : {QStringLiteral("/cut"), QStringLiteral("/echoes")}) {
            const CollectorDefinition d =
                collectorOf(QStringLiteral(R"({"name": "n8n", "kind": "n8n-executions", "url": "%1", %2})")
                                .arg(m_http.url(base), headers),
                            env);
            figures = collect(d);
            QVERIFY(!figures.isEmpty());
            QCOMPARE(figures.first().error.code, Error::Code::Remote);
            QVERIFY2(figures.first().error.message.contains(QStringLiteral("••••")),
                     qPrintable(figures.first().error.message));
            const QString texts = textsOf(figures);
            found += formsIn(texts, env.values(), base);
            QVERIFY2(!texts.contains(key.left(8)), qPrintable(texts)); // not even its start
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // A postgres-query's database and user from ${NAME} are secrets like any other: masked in the
    // source and in the server's own words ("password authentication failed for user ...").
    void postgresQueryMasksDatabaseAndUser()
    {
        FakePostgresServer server(FakePostgresServer::Mode::BadPassword);
        const QHash<QString, QString> env = {{QStringLiteral("S_DB"), QStringLiteral("db-Sekrit-name")},
                                             {QStringLiteral("S_PGUSER"), QStringLiteral("pg-Sekrit-user")}};
        const CollectorDefinition d =
            collectorOf(QStringLiteral(R"({"name": "rows", "kind": "postgres-query", "target": "127.0.0.1:%1",
                               "database": "${S_DB}", "user": "${S_PGUSER}", "sql": "SELECT 1"})")
                            .arg(server.port()),
                        env);
        QVERIFY2(d.isConfigured(), qPrintable(d.configError.message));
        const QVector<Figure> figures = collect(d);
        QVERIFY(!figures.isEmpty());
        QCOMPARE(server.lastStartupParameter("user"), QByteArray("pg-Sekrit-user")); // it was sent
        QCOMPARE(figures.first().error.code, Error::Code::Unreachable);
        QVERIFY2(figures.first().error.message.contains(QStringLiteral("for user \"••••\"")),
                 qPrintable(figures.first().error.message));
        const QStringList found =
            formsIn(textsOf(figures) + d.displaySource(), env.values(), QStringLiteral("figures"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // A collector that is redirected to another origin (another port here) does not send its key
    // there, and its error says why the other server refused.
    void collectorRedirectToAnotherOriginSendsNoKey()
    {
        FakeHttpServer other;
        other.answer(QStringLiteral("/api/v1/executions"), 401, R"({"message":"Unauthorized"})");
        m_http.redirectTo(QStringLiteral("/moved/api/v1/executions"),
                          other.url(QStringLiteral("/api/v1/executions")).toLatin1(), 307);
        const QString key = QStringLiteral("key-Sekrit-redirect-42");
        const CollectorDefinition d =
            collectorOf(QStringLiteral(R"({"name": "n8n", "kind": "n8n-executions", "url": "%1",
                               "headers": {"X-N8N-API-KEY": "${S_KEY}", "Authorization": "Bearer ${S_KEY}"}})")
                            .arg(m_http.url(QStringLiteral("/moved"))),
                        {{QStringLiteral("S_KEY"), key}});
        const QVector<Figure> figures = collect(d);
        QCOMPARE(m_http.lastHeader("x-n8n-api-key"), key.toUtf8());
        QCOMPARE(other.requests(QStringLiteral("/api/v1/executions")), 1);
        QVERIFY(other.lastHeader("x-n8n-api-key").isEmpty());
        QVERIFY(other.lastHeader("authorization").isEmpty());
        QVERIFY(!figures.isEmpty());
        QCOMPARE(figures.first().error.code, Error::Code::Unauthorized);
        QVERIFY2(figures.first().error.message.contains(QStringLiteral("credentials not sent to another origin")),
                 qPrintable(figures.first().error.message));
    }
};

QTEST_GUILESS_MAIN(TestSecretMasking)
#include "tst_secretmasking.moc"
