#include "models/monitoring/Condition.h"

#include <QTest>

namespace {

// The n8n executions page the reference quotes, plus a few fields of other kinds.
const QByteArray kExecutions =
    R"({"status":"ok","data":[{"id":"1042","status":"success","finished":true},{"id":"47","status":"error"}],)"
    R"("nextCursor":null,"page":{"totalElements":12,"number":1},"rowCount":"10","code":0,"ratio":0.25})";

Observation http(int status, const QByteArray &body = {}, int ms = 120)
{
    Observation o;
    o.connected = status >= 0;
    o.status = status;
    o.responseTimeMs = ms;
    o.body = body;
    return o;
}

} // namespace

class TestCondition : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("explanation");

        // Every operator, numerically.
        QTest::newRow("== pass") << "[STATUS] == 200" << 200 << QByteArray() << true << "";
        QTest::newRow("== fail") << "[STATUS] == 200" << 503 << QByteArray() << false
                                 << "[STATUS] == 200 failed: was 503";
        QTest::newRow("!= pass") << "[STATUS] != 503" << 200 << QByteArray() << true << "";
        QTest::newRow("!= fail") << "[STATUS] != 503" << 503 << QByteArray() << false
                                 << "[STATUS] != 503 failed: was 503";
        QTest::newRow("< pass") << "[STATUS] < 400" << 399 << QByteArray() << true << "";
        QTest::newRow("< fail") << "[STATUS] < 400" << 400 << QByteArray() << false << "[STATUS] < 400 failed: was 400";
        QTest::newRow("<= pass") << "[STATUS] <= 400" << 400 << QByteArray() << true << "";
        QTest::newRow("<= fail") << "[STATUS] <= 400" << 401 << QByteArray() << false
                                 << "[STATUS] <= 400 failed: was 401";
        QTest::newRow("> pass") << "[STATUS] > 199" << 200 << QByteArray() << true << "";
        QTest::newRow("> fail") << "[STATUS] > 200" << 200 << QByteArray() << false << "[STATUS] > 200 failed: was 200";
        QTest::newRow(">= pass") << "[STATUS] >= 200" << 200 << QByteArray() << true << "";
        QTest::newRow(">= fail") << "[STATUS] >= 200" << 199 << QByteArray() << false
                                 << "[STATUS] >= 200 failed: was 199";
        QTest::newRow("no spaces") << "[STATUS]==200" << 200 << QByteArray() << true << "";
        QTest::newRow("decimal literal") << "[STATUS] == 200.0" << 200 << QByteArray() << true << "";
        QTest::newRow("no answer") << "[STATUS] != 200" << -1 << QByteArray() << false
                                   << "[STATUS] != 200 failed: there was no HTTP answer";

        // The whole body, trimmed.
        QTest::newRow("body OK") << "[BODY] == OK" << 200 << QByteArray("OK\n") << true << "";
        QTest::newRow("body is case-sensitive")
            << "[BODY] == OK" << 200 << QByteArray("ok") << false << "[BODY] == OK failed: was \"ok\"";
        QTest::newRow("body with spaces") << "[BODY] == Not all components are healthy, 3/5" << 500
                                          << QByteArray("Not all components are healthy, 3/5") << true << "";
        QTest::newRow("body quoted") << "[BODY] == \"a \\\"b\\\"\"" << 200 << QByteArray("a \"b\"") << true << "";
        QTest::newRow("body explanation escapes") << "[BODY] == OK" << 500 << QByteArray("line 1\nline \"2\"") << false
                                                  << "[BODY] == OK failed: was \"line 1\\nline \\\"2\\\"\"";
        QTest::newRow("long body shortened") << "[BODY] == OK" << 200 << QByteArray(200, 'x') << false
                                             << QString(QStringLiteral("[BODY] == OK failed: was \"")
                                                        + QString(77, QLatin1Char('x')) + QStringLiteral("...\""));

        // JSON paths: keys, array indexes, every JSON type.
        QTest::newRow("path string") << "[BODY].status == ok" << 200 << kExecutions << true << "";
        QTest::newRow("path string fails") << "[BODY].status == ok" << 503 << QByteArray(R"({"status":"error"})")
                                           << false << "[BODY].status == ok failed: was \"error\"";
        QTest::newRow("array element") << "[BODY].data[1].status == error" << 200 << kExecutions << true << "";
        QTest::newRow("numeric string id") << "[BODY].data[0].id == 1042" << 200 << kExecutions << true << "";
        QTest::newRow("nested number") << "[BODY].page.totalElements > 10" << 200 << kExecutions << true << "";
        QTest::newRow("nested number fails") << "[BODY].page.totalElements < 10" << 200 << kExecutions << false
                                             << "[BODY].page.totalElements < 10 failed: was 12";
        QTest::newRow("zero") << "[BODY].code == 0" << 200 << kExecutions << true << "";
        QTest::newRow("fraction") << "[BODY].ratio < 0.5" << 200 << kExecutions << true << "";
        QTest::newRow("bool") << "[BODY].data[0].finished == true" << 200 << kExecutions << true << "";
        QTest::newRow("null") << "[BODY].nextCursor == null" << 200 << kExecutions << true << "";
        QTest::newRow("object shown as JSON") << "[BODY].page == x" << 200 << kExecutions << false
                                              << "[BODY].page == x failed: was {\"number\":1,\"totalElements\":12}";
        QTest::newRow("root array") << "[BODY][1].Id == 2" << 200 << QByteArray(R"([{"Id":1},{"Id":2}])") << true << "";
        QTest::newRow("missing field") << "[BODY].status == ok" << 200 << QByteArray(R"({"state":"OK"})") << false
                                       << "[BODY].status == ok failed: no field status in the body";
        QTest::newRow("missing nested field") << "[BODY].page.size == 1" << 200 << kExecutions << false
                                              << "[BODY].page.size == 1 failed: no field page.size in the body";
        QTest::newRow("index out of range") << "[BODY].data[2].id == 1" << 200 << kExecutions << false
                                            << "[BODY].data[2].id == 1 failed: no element data[2] in the body";
        QTest::newRow("index into an object") << "[BODY].page[0] == 1" << 200 << kExecutions << false
                                              << "[BODY].page[0] == 1 failed: no element page[0] in the body";

        // Numbers compare as numbers only when both sides are numbers.
        QTest::newRow("numeric string vs number") << "[BODY].rowCount > 9" << 200 << kExecutions << true << "";
        QTest::newRow("quoted literal is text")
            << "[BODY].rowCount > \"9\"" << 200 << kExecutions << false << "[BODY].rowCount > \"9\" failed: was \"10\"";
        QTest::newRow("text order") << "[BODY].status < p" << 200 << kExecutions << true << "";
        QTest::newRow("text vs number") << "[BODY].status == 1" << 200 << kExecutions << false
                                        << "[BODY].status == 1 failed: was \"ok\"";

        // len() and has().
        QTest::newRow("len array") << "len([BODY].data) == 2" << 200 << kExecutions << true << "";
        QTest::newRow("len string") << "len([BODY].status) == 2" << 200 << kExecutions << true << "";
        QTest::newRow("len object") << "len([BODY].page) == 2" << 200 << kExecutions << true << "";
        QTest::newRow("len body text") << "len([BODY]) == 2" << 200 << QByteArray(" OK\n") << true << "";
        QTest::newRow("len root array") << "len([BODY]) == 3" << 200 << QByteArray("[1, 2, 3]") << true << "";
        QTest::newRow("len fails") << "len([BODY].data) < 2" << 200 << kExecutions << false
                                   << "len([BODY].data) < 2 failed: was 2";
        QTest::newRow("len of a number")
            << "len([BODY].code) > 0" << 200 << kExecutions << false
            << "len([BODY].code) > 0 failed: len() needs an array, a string or an object, but code is a number";
        QTest::newRow("len missing") << "len([BODY].items) > 0" << 200 << kExecutions << false
                                     << "len([BODY].items) > 0 failed: no field items in the body";
        QTest::newRow("len status") << "len([STATUS]) == 3" << 200 << QByteArray() << true << "";
        QTest::newRow("has true") << "has([BODY].data) == true" << 200 << kExecutions << true << "";
        QTest::newRow("has false") << "has([BODY].errors) == false" << 200 << kExecutions << true << "";
        QTest::newRow("has element") << "has([BODY].data[1]) == true" << 200 << kExecutions << true << "";
        QTest::newRow("has no element") << "has([BODY].data[2]) == true" << 200 << kExecutions << false
                                        << "has([BODY].data[2]) == true failed: was false";
        QTest::newRow("has on text") << "has([BODY].data) == true" << 401 << QByteArray("Unauthorized") << false
                                     << "has([BODY].data) == true failed: was false (the body is not JSON)";
        QTest::newRow("has errors on text") << "has([BODY].errors) == false" << 200 << QByteArray("fine") << true << "";
        QTest::newRow("has body") << "has([BODY]) == true" << 200 << QByteArray("x") << true << "";

        // any().
        QTest::newRow("any first") << "[STATUS] == any(200, 204)" << 200 << QByteArray() << true << "";
        QTest::newRow("any second") << "[STATUS] == any(200, 204)" << 204 << QByteArray() << true << "";
        QTest::newRow("any fails") << "[STATUS] == any(200, 204)" << 503 << QByteArray() << false
                                   << "[STATUS] == any(200, 204) failed: was 503";
        QTest::newRow("not any") << "[STATUS] != any(500, 503)" << 200 << QByteArray() << true << "";
        QTest::newRow("not any fails") << "[STATUS] != any(500, 503)" << 503 << QByteArray() << false
                                       << "[STATUS] != any(500, 503) failed: was 503";
        QTest::newRow("any words") << "[BODY].status == any(\"ok\", UP, all good)" << 200
                                   << QByteArray(R"({"status":"all good"})") << true << "";
        QTest::newRow("milvus code 0 or 200") << "[BODY].code == any(0, 200)" << 200 << kExecutions << true << "";

        // Bodies that are not JSON, empty, or were cut.
        QTest::newRow("html body") << "[BODY].status == ok" << 502 << QByteArray("<html>502 Bad Gateway</html>")
                                   << false
                                   << "[BODY].status == ok failed: the body is not JSON (illegal value at offset 1)";
        QTest::newRow("empty body") << "[BODY].status == ok" << 204 << QByteArray() << false
                                    << "[BODY].status == ok failed: the body is not JSON (it is empty)";
        QTest::newRow("broken JSON")
            << "[BODY].status == ok" << 200 << QByteArray(R"({"status":"ok")") << false
            << "[BODY].status == ok failed: the body is not JSON (unterminated string at offset 14)";
        QTest::newRow("scalar JSON") << "[BODY].status == ok" << 200 << QByteArray("42") << false
                                     << "[BODY].status == ok failed: the body is not JSON (illegal value at offset 1)";
    }

    void evaluate()
    {
        QFETCH(QString, condition);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, passed);
        QFETCH(QString, explanation);
        const auto parsed = Condition::parse(condition);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const Condition &c = parsed.value();
        QVERIFY(c.isValid());
        const Condition::Outcome out = c.evaluate(http(status, body));
        QCOMPARE(out.explanation, explanation);
        QCOMPARE(out.passed, passed);
    }

    void otherPlaceholders()
    {
        Observation tcp;
        tcp.connected = true;
        tcp.responseTimeMs = 450;
        QVERIFY(Condition::parse(QStringLiteral("[CONNECTED] == true")).value().evaluate(tcp).passed);
        const auto slow = Condition::parse(QStringLiteral("[RESPONSE_TIME] < 300")).value().evaluate(tcp);
        QVERIFY(!slow.passed);
        QCOMPARE(slow.explanation, QStringLiteral("[RESPONSE_TIME] < 300 failed: was 450"));
        tcp.connected = false;
        QCOMPARE(Condition::parse(QStringLiteral("[CONNECTED] == true")).value().evaluate(tcp).explanation,
                 QStringLiteral("[CONNECTED] == true failed: was false"));
        tcp.responseTimeMs = -1;
        QCOMPARE(Condition::parse(QStringLiteral("[RESPONSE_TIME] < 300")).value().evaluate(tcp).explanation,
                 QStringLiteral("[RESPONSE_TIME] < 300 failed: no response time was measured"));

        Observation cmd;
        cmd.connected = true;
        cmd.exitCode = 0;
        cmd.body = "[{\"Service\":\"n8n\",\"State\":\"running\"}]\n";
        const Condition exit0 = Condition::parse(QStringLiteral("[EXIT_CODE] == 0")).value();
        QVERIFY(exit0.evaluate(cmd).passed);
        QVERIFY(Condition::parse(QStringLiteral("[BODY][0].State == running")).value().evaluate(cmd).passed);
        cmd.exitCode = 1;
        QCOMPARE(exit0.evaluate(cmd).explanation, QStringLiteral("[EXIT_CODE] == 0 failed: was 1"));
        cmd.exitCode = -1;
        QCOMPARE(exit0.evaluate(cmd).explanation,
                 QStringLiteral("[EXIT_CODE] == 0 failed: the program did not exit normally"));
    }

    void truncatedBody()
    {
        Observation o = http(200, "{\"data\":[" + QByteArray(1024 * 1024 - 9, '1'));
        o.bodyTruncated = true;
        QCOMPARE(Condition::parse(QStringLiteral("[BODY].status == ok")).value().evaluate(o).explanation,
                 QStringLiteral("[BODY].status == ok failed: the body was cut at 1 MiB and is not complete JSON"));
        QCOMPARE(
            Condition::parse(QStringLiteral("has([BODY].errors) == false")).value().evaluate(o).explanation,
            QStringLiteral("has([BODY].errors) == false failed: the body was cut at 1 MiB and is not complete JSON"));
        QCOMPARE(Condition::parse(QStringLiteral("[BODY] == OK")).value().evaluate(o).explanation,
                 QStringLiteral("[BODY] == OK failed: the body was cut at 1 MiB, so its whole text is not known"));
        QCOMPARE(Condition::parse(QStringLiteral("len([BODY]) > 10")).value().evaluate(o).explanation,
                 QStringLiteral("len([BODY]) > 10 failed: the body was cut at 1 MiB, so its whole text is not known"));
        // Conditions that do not read the body are decided as usual.
        QVERIFY(Condition::parse(QStringLiteral("[STATUS] == 200")).value().evaluate(o).passed);
        // A cut body that still happens to be whole JSON is read.
        Observation whole = http(200, R"({"status":"ok"})");
        whole.bodyTruncated = true;
        QVERIFY(Condition::parse(QStringLiteral("[BODY].status == ok")).value().evaluate(whole).passed);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("extra paren") << "has([BODY].x)) == true"
                                     << "unexpected ')' at position 14";
        QTest::newRow("unknown placeholder") << "[STATS] == 200"
                                             << "unknown placeholder [STATS] at position 1";
        QTest::newRow("empty") << ""
                               << "empty condition at position 1";
        QTest::newRow("blank") << "   "
                               << "empty condition at position 1";
        QTest::newRow("no operator") << "[STATUS]"
                                     << "missing operator (== != < <= > >=) at position 9";
        QTest::newRow("no value") << "[STATUS] =="
                                  << "missing value after the operator at position 12";
        QTest::newRow("single =") << "[STATUS] = 200"
                                  << "unexpected '=' (use ==) at position 10";
        QTest::newRow("bad operator") << "[STATUS] ~ 200"
                                      << "unexpected '~' at position 10";
        QTest::newRow("any with <") << "[STATUS] < any(200, 204)"
                                    << "any() works only with == or != at position 12";
        QTest::newRow("unclosed any") << "[STATUS] == any(200, 204"
                                      << "unclosed any( at position 13";
        QTest::newRow("empty any item") << "[STATUS] == any(200, )"
                                        << "missing value at position 22";
        QTest::newRow("empty any") << "[STATUS] == any()"
                                   << "missing value at position 17";
        QTest::newRow("text after any") << "[STATUS] == any(200) x"
                                        << "unexpected 'x' at position 22";
        QTest::newRow("unclosed quote") << "[BODY].status == \"ok"
                                        << "unclosed \" at position 18";
        QTest::newRow("text after quote") << "[BODY] == \"ok\" x"
                                          << "unexpected 'x' at position 16";
        QTest::newRow("quote in word") << "[BODY] == a\"b"
                                       << "unexpected '\"' at position 12";
        QTest::newRow("paren after value") << "[STATUS] == 200 )"
                                           << "unexpected ')' at position 17";
        QTest::newRow("path on status") << "[STATUS].code == 1"
                                        << "a JSON path works only on [BODY] at position 9";
        QTest::newRow("unknown function") << "size([BODY]) > 1"
                                          << "unknown function size() at position 1";
        QTest::newRow("has on status") << "has([STATUS]) == true"
                                       << "has() works only on [BODY] at position 5";
        QTest::newRow("len without placeholder") << "len(BODY) > 1"
                                                 << "expected a placeholder such as [BODY] at position 5";
        QTest::newRow("len unclosed") << "len([BODY] > 1"
                                      << "unexpected '>' at position 12";
        QTest::newRow("bare word left") << "STATUS == 200"
                                        << "expected a placeholder such as [STATUS] at position 1";
        QTest::newRow("symbol left") << "== 200"
                                     << "unexpected '=' at position 1";
        QTest::newRow("bad index") << "[BODY].data[x] == 1"
                                   << "expected an array index such as [0] at position 12";
        QTest::newRow("unclosed index") << "[BODY].data[0 == 1"
                                        << "expected an array index such as [0] at position 12";
        QTest::newRow("empty key") << "[BODY]. == 1"
                                   << "missing field name after '.' at position 7";
        QTest::newRow("unclosed placeholder") << "[STATUS == 200"
                                              << "unclosed [ at position 1";
        QTest::newRow("placeholder on the right") << "[STATUS] == [BODY]"
                                                  << "a placeholder cannot be on the right at position 13";
        QTest::newRow("lowercase placeholder") << "[status] == 200"
                                               << "unknown placeholder [status] at position 1";
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const auto parsed = Condition::parse(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::Invalid);
        QCOMPARE(parsed.error().message, error + QStringLiteral(" in \"") + text.trimmed() + QLatin1Char('"'));
        QVERIFY(!Condition().evaluate(http(200)).passed); // an empty condition never passes
    }

    void accessors()
    {
        const auto parsed = Condition::parse(QStringLiteral("  len([BODY].data) >= 1 \n"));
        QVERIFY(parsed);
        const Condition &c = parsed.value();
        QVERIFY(c.isValid());
        QCOMPARE(c.text(), QStringLiteral("len([BODY].data) >= 1"));
        QVERIFY(c.usesBody());
        QCOMPARE(c.placeholderName(), QStringLiteral("[BODY]"));
        const Condition s = Condition::parse(QStringLiteral("[RESPONSE_TIME] < 300")).value();
        QVERIFY(!s.usesBody());
        QCOMPARE(s.placeholderName(), QStringLiteral("[RESPONSE_TIME]"));
        QVERIFY(!Condition().isValid());
        QCOMPARE(Condition().evaluate(http(200)).passed, false);
    }

    void evaluateAllReturnsTheFirstFailure()
    {
        const QVector<Condition> conditions = {
            Condition::parse(QStringLiteral("[STATUS] == 200")).value(),
            Condition::parse(QStringLiteral("[BODY].status == ok")).value(),
            Condition::parse(QStringLiteral("len([BODY].data) > 0")).value(),
        };
        QVERIFY(evaluateAll(conditions, http(200, kExecutions)).passed);
        QVERIFY(evaluateAll(conditions, http(200, kExecutions)).explanation.isEmpty());
        QCOMPARE(evaluateAll(conditions, http(200, R"({"status":"ok","data":[]})")).explanation,
                 QStringLiteral("len([BODY].data) > 0 failed: was 0"));
        QCOMPARE(evaluateAll(conditions, http(503, R"({"status":"error"})")).explanation,
                 QStringLiteral("[STATUS] == 200 failed: was 503"));
        QVERIFY(evaluateAll({}, http(-1)).passed);
    }

    void parsesABigBodyOnce()
    {
        QByteArray body = "{\"data\":[";
        for (int i = 0; i < 20000; ++i)
            body += "{\"id\":\"" + QByteArray::number(i) + "\",\"status\":\"success\"},";
        body.chop(1);
        body += "],\"status\":\"ok\"}";
        QVector<Condition> conditions;
        for (int i = 0; i < 20; ++i)
            conditions.append(Condition::parse(QStringLiteral("[BODY].data[%1].status == success").arg(i)).value());
        // Counted, not timed: a loaded machine or a sanitizer makes any time limit flaky.
        const int before = Condition::jsonParseCount();
        QVERIFY(evaluateAll(conditions, http(200, body)).passed);
        QCOMPARE(Condition::jsonParseCount() - before, 1);
    }
};

QTEST_APPLESS_MAIN(TestCondition)
#include "tst_condition.moc"
