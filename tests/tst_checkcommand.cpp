// `golive check` as a person or a CI job runs it: the real executable, a catalogue file written
// here, and fake servers in this test process (the event loop keeps them answering while the
// program runs).
#include "TestPaths.h"
#include "tests/FakeServers.h"
#include "tests/GoliveRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = TestSupport::GoliveRun;

const QString kSecret = QStringLiteral("zz-T0ken-9f8e7d6c5b");

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private:
    QString writeCatalogue(const QString &json)
    {
        const QString path = m_dir.filePath(QStringLiteral("services-%1.json").arg(++m_count));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(json.toUtf8());
        return path;
    }

    QString catalogue(const QStringList &entries)
    {
        return writeCatalogue(QStringLiteral("{\"services\": [\n%1\n]}").arg(entries.join(QStringLiteral(",\n"))));
    }

    Run check(const QStringList &args, const QString &language = QString())
    {
        TestSupport::RunOptions options;
        if (!language.isEmpty())
            options.environment.insert(QStringLiteral("LANGUAGE"), language);
        options.environment.remove(QStringLiteral("GOLIVE_TEST_UNSET"));
        options.environment.insert(QStringLiteral("GOLIVE_TEST_KEY"), kSecret);
        options.serveEvents = true; // the fake servers answer from this process
        return TestSupport::runGolive(QStringList{QStringLiteral("check")} + args, options);
    }

    // The table line of one service: "NAME  STATE  LATENCY  REASON".
    static QString line(const Run &r, const QString &name)
    {
        for (const QString &l : r.out.split(QLatin1Char('\n'))) {
            if (l.startsWith(name + QLatin1String("  ")))
                return l;
        }
        return {};
    }

    QString http(const QString &name, const QString &url, const QString &more = QString())
    {
        return QStringLiteral(R"({"name": "%1", "url": "%2", "retries": 0%3})")
            .arg(name, url, more.isEmpty() ? QString() : QString(QStringLiteral(", ") + more));
    }

    QStringList healthy()
    {
        return {http(QStringLiteral("n8n"), m_n8n.url(QStringLiteral("/healthz/readiness")),
                     QStringLiteral(R"("conditions": ["[STATUS] == 200", "[BODY].status == ok"])")),
                http(QStringLiteral("Milvus"), m_milvus.url(QStringLiteral("/healthz")),
                     QStringLiteral(R"("conditions": ["[BODY] == OK"])")),
                QStringLiteral(R"({"name": "PostgreSQL", "kind": "postgres", "target": "127.0.0.1:%1"})")
                    .arg(m_postgres.port())};
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    FakeHttpServer m_n8n;
    FakeHttpServer m_milvus;
    FakePostgresServer m_postgres{FakePostgresServer::Mode::AuthSasl};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(GOLIVE_BINARY_DIR "/golive")));
        m_n8n.actLikeN8n(true);
        m_milvus.actLikeMilvus();
    }

    void allUpExitsZero()
    {
        const Run r = check({QStringLiteral("--services"), catalogue(healthy())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(line(r, QStringLiteral("n8n")).contains(QLatin1String("  UP  ")), qPrintable(r.out));
        QVERIFY(line(r, QStringLiteral("Milvus")).contains(QLatin1String("  UP  ")));
        QVERIFY(line(r, QStringLiteral("PostgreSQL")).contains(QLatin1String("accepting connections")));
        QVERIFY(r.out.startsWith(QLatin1String("SERVICE")));
    }

    void degradedExitsOne()
    {
        FakeHttpServer slow;
        slow.answerAfter(QStringLiteral("/healthz"), 300, 200, R"({"status":"ok"})");
        const Run r = check({QStringLiteral("--services"),
                             catalogue(healthy() << http(QStringLiteral("slow"), slow.url(QStringLiteral("/healthz")),
                                                         QStringLiteral(R"("degraded": ["[RESPONSE_TIME] < 50"])")))});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(line(r, QStringLiteral("slow")).contains(QLatin1String("DEGRADED")), qPrintable(r.out));
        QVERIFY(line(r, QStringLiteral("slow")).contains(QLatin1String("degraded: [RESPONSE_TIME] < 50 failed")));
    }

    void downExitsTwo()
    {
        FakeHttpServer slow;
        slow.answerAfter(QStringLiteral("/healthz"), 300, 200, R"({"status":"ok"})");
        FakeHttpServer broken;
        broken.actLikeN8n(false);
        const Run r = check({QStringLiteral("--services"),
                             catalogue(healthy() << http(QStringLiteral("slow"), slow.url(QStringLiteral("/healthz")),
                                                         QStringLiteral(R"("degraded": ["[RESPONSE_TIME] < 50"])"))
                                                 << http(QStringLiteral("n8n staging"),
                                                         broken.url(QStringLiteral("/healthz/readiness")),
                                                         QStringLiteral(R"("retries": 1)")))});
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        const QString down = line(r, QStringLiteral("n8n staging"));
        QVERIFY2(down.contains(QLatin1String("DOWN")), qPrintable(r.out));
        QVERIFY2(down.contains(QLatin1String(R"(HTTP 503)"))
                     && down.contains(QLatin1String(R"({"status":"error"} (2 attempts))")),
                 qPrintable(down));
        QCOMPARE(broken.requests(QStringLiteral("/healthz/readiness")), 2);

        // A German desk reads its states in German, in columns that fit; --json keeps the record's words.
        const QString cat =
            catalogue({http(QStringLiteral("n8n staging"), broken.url(QStringLiteral("/healthz/readiness")),
                            QStringLiteral(R"("retries": 0)"))});
        const Run german = check({QStringLiteral("--services"), cat}, QStringLiteral("de"));
        QVERIFY2(german.out.startsWith(QStringLiteral("DIENST")), qPrintable(german.out));
        QVERIFY2(line(german, QStringLiteral("n8n staging")).contains(QStringLiteral("AUSGEFALLEN  ")),
                 qPrintable(german.out));
        const Run json = check({QStringLiteral("--services"), cat, QStringLiteral("--json")}, QStringLiteral("de"));
        QVERIFY2(json.out.contains(QStringLiteral("\"DOWN\"")), qPrintable(json.out));
    }

    void badConfigurationExits64AndStillChecksTheRest()
    {
        FakeHttpServer other;
        other.answer(QStringLiteral("/ok"), 200, R"({"status":"ok"})");
        FakeHttpServer broken;
        broken.actLikeN8n(false);
        const Run r =
            check({QStringLiteral("--services"),
                   catalogue({QStringLiteral(R"({"name": "ftp thing", "kind": "ftp", "target": "127.0.0.1:21"})"),
                              http(QStringLiteral("typo"), other.url(QStringLiteral("/ok")),
                                   QStringLiteral("\"conditions\": [\"[STATUS] == 200 )\"]")),
                              http(QStringLiteral("fine"), other.url(QStringLiteral("/ok"))),
                              http(QStringLiteral("down"), broken.url(QStringLiteral("/healthz/readiness")))})});
        QVERIFY2(r.exitCode == 64, qPrintable(r.out + r.err));
        QVERIFY2(line(r, QStringLiteral("ftp thing")).contains(QLatin1String("UNKNOWN")), qPrintable(r.out));
        QVERIFY(line(r, QStringLiteral("ftp thing")).contains(QLatin1String("unknown kind \"ftp\"")));
        const QString typo = line(r, QStringLiteral("typo"));
        QVERIFY2(typo.contains(QLatin1String("UNKNOWN")) && typo.contains(QLatin1String("at position 17")),
                 qPrintable(typo));
        // The others were checked all the same, and printed.
        QVERIFY2(line(r, QStringLiteral("fine")).contains(QLatin1String("  UP  ")), qPrintable(r.out));
        QVERIFY(line(r, QStringLiteral("down")).contains(QLatin1String("DOWN")));
        QCOMPARE(other.requests(QStringLiteral("/ok")), 1); // only "fine"; never the misconfigured "typo"
    }

    void fileThatIsNotJsonNamesTheFile()
    {
        const QString path = writeCatalogue(QStringLiteral("{\"services\": [\n  {\"name\": \"n8n\",}\n]}"));
        const Run r = check({QStringLiteral("--services"), path});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(path) && r.err.contains(QLatin1String("not valid JSON"))
                     && r.err.contains(QLatin1String("line 2")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        const QString missing = m_dir.filePath(QStringLiteral("nowhere.json"));
        const Run none = check({QStringLiteral("--services"), missing});
        QCOMPARE(none.exitCode, 64);
        QVERIFY2(none.err.contains(missing), qPrintable(none.err));
    }

    void jsonOutput()
    {
        FakeHttpServer broken;
        broken.actLikeN8n(false);
        const Run r =
            check({QStringLiteral("--json"), QStringLiteral("--services"),
                   catalogue(healthy() << http(QStringLiteral("down"), broken.url(QStringLiteral("/healthz/readiness")))
                                       << QStringLiteral(R"({"name": "later", "url": "${GOLIVE_TEST_UNSET}/x"})"))});
        QCOMPARE(r.exitCode, 2);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString() + QLatin1Char('\n') + r.out));
        QCOMPARE(doc.object().value(QStringLiteral("exitCode")).toInt(), 2);
        const QJsonArray rows = doc.object().value(QStringLiteral("services")).toArray();
        QCOMPARE(rows.size(), 5);
        QStringList names, states;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"name", "state", "latencyMs", "reason"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            names << o.value(QStringLiteral("name")).toString();
            states << o.value(QStringLiteral("state")).toString();
            QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
            // A number whenever the service answered (a 503 too); null when it was never probed.
            if (o.value(QStringLiteral("state")).toString() == QLatin1String("UNKNOWN"))
                QVERIFY(o.value(QStringLiteral("latencyMs")).isNull());
            else
                QVERIFY(o.value(QStringLiteral("latencyMs")).toInt(-1) >= 0);
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("n8n"), QStringLiteral("Milvus"), QStringLiteral("PostgreSQL"),
                              QStringLiteral("down"), QStringLiteral("later")}));
        QCOMPARE(states,
                 (QStringList{QStringLiteral("UP"), QStringLiteral("UP"), QStringLiteral("UP"), QStringLiteral("DOWN"),
                              QStringLiteral("UNKNOWN")}));
        QCOMPARE(rows.at(4).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("not configured: set GOLIVE_TEST_UNSET"));
    }

    void secretFromTheEnvironmentNeverPrinted()
    {
        FakeHttpServer echo;
        echo.echoHeader(QStringLiteral("/api/v1/executions"), "X-N8N-API-KEY", 503);
        echo.echoHeader(QStringLiteral("/cut"), "X-N8N-API-KEY", 503, QByteArray(51, 'p'));
        const QString headers = QStringLiteral(R"("headers": {"X-N8N-API-KEY": "${GOLIVE_TEST_KEY}"})");
        const QString path =
            catalogue({http(QStringLiteral("n8n API"), echo.url(QStringLiteral("/api/v1/executions?limit=1")), headers),
                       http(QStringLiteral("n8n API cut"), echo.url(QStringLiteral("/cut")), headers),
                       http(QStringLiteral("by query"),
                            echo.url(QStringLiteral("/api/v1/executions?api_key=${GOLIVE_TEST_KEY}")))});
        for (const QStringList &format : {QStringList(), QStringList{QStringLiteral("--json")}}) {
            const Run r = check(QStringList{QStringLiteral("--services"), path} + format);
            QCOMPARE(r.exitCode, 2);
            for (const QString &text : {r.out, r.err}) {
                QVERIFY2(!text.contains(QLatin1String("T0ken")), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("zz-T")), qPrintable(text));
            }
            QVERIFY2(r.out.contains(QStringLiteral("••••")), qPrintable(r.out));
        }
        QCOMPARE(echo.requests(QStringLiteral("/api/v1/executions")), 4);
    }

    void notConfiguredAloneIsNotABadConfiguration()
    {
        const Run r = check({QStringLiteral("--services"),
                             catalogue(healthy() << QStringLiteral(
                                           R"({"name": "FreeScout", "url": "${GOLIVE_TEST_UNSET}/api/mailboxes"})"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString l = line(r, QStringLiteral("FreeScout"));
        QVERIFY2(l.contains(QLatin1String("UNKNOWN"))
                     && l.endsWith(QLatin1String("not configured: set GOLIVE_TEST_UNSET")),
                 qPrintable(r.out));
    }
};

QTEST_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
