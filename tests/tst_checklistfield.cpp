#include "models/checklist/ChecklistField.h"
#include "models/checklist/FieldScan.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using Type = ChecklistField::Type;

class TestChecklistField : public QObject
{
    Q_OBJECT

private slots:
    void detectsTypedBlanks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("unit");
        QTest::newRow("count") << "Total tickets processed: _____"
                               << "Total tickets processed" << int(Type::Count) << "";
        QTest::newRow("failed count") << "Failed executions: _____"
                                      << "Failed executions" << int(Type::Count) << "";
        QTest::newRow("priority count") << "HIGH priority count: _____"
                                        << "HIGH priority count" << int(Type::Count) << "";
        QTest::newRow("free text") << "Issues encountered: _____"
                                   << "Issues encountered" << int(Type::Text) << "";
        QTest::newRow("long blank") << "Document findings: ________"
                                    << "Document findings" << int(Type::Text) << "";
        QTest::newRow("ms") << "Query response time: _____ ms"
                            << "Query response time" << int(Type::Number) << "ms";
        QTest::newRow("percent") << "Approval success rate: _____%"
                                 << "Approval success rate" << int(Type::Percent) << "%";
        QTest::newRow("spaced percent") << "n8n CPU usage normal: _____ %"
                                        << "n8n CPU usage normal" << int(Type::Percent) << "%";
        QTest::newRow("seconds") << "Average processing time: _____ seconds"
                                 << "Average processing time" << int(Type::Number) << "seconds";
        QTest::newRow("GB") << "Database size: _____ GB"
                            << "Database size" << int(Type::Number) << "GB";
        QTest::newRow("MB") << "n8n Memory usage normal: _____ MB"
                            << "n8n Memory usage normal" << int(Type::Number) << "MB";
        QTest::newRow("minutes") << "Average response time: _____ minutes"
                                 << "Average response time" << int(Type::Number) << "minutes";
        QTest::newRow("datetime") << "Time of launch recorded: __________"
                                  << "Time of launch recorded" << int(Type::DateTime) << "";
        QTest::newRow("traffic light") << "System health: [ ] Green [ ] Yellow [ ] Red"
                                       << "System health" << int(Type::Choice) << "";
        QTest::newRow("go/no-go") << "Go decision: [ ] Go [ ] No-Go"
                                  << "Go decision" << int(Type::Choice) << "";
        QTest::newRow("yes/no") << "Rollback needed: [ ] Yes [ ] No"
                                << "Rollback needed" << int(Type::Choice) << "";
        QTest::newRow("task with a choice") << "- [ ] Security review: [ ] Passed [ ] Failed"
                                            << "Security review" << int(Type::Choice) << "";
        QTest::newRow("start time") << "Start time: ____"
                                    << "Start time" << int(Type::Time) << "";
        QTest::newRow("cut-over time") << "Cut-over Time: ____"
                                       << "Cut-over Time" << int(Type::Time) << "";
        QTest::newRow("end time") << "End time: ________"
                                  << "End time" << int(Type::Time) << "";
        QTest::newRow("go-live time utc") << "Go-live time (UTC): ______"
                                          << "Go-live time (UTC)" << int(Type::Time) << "";
        QTest::newRow("response time is no time of day") << "Query response time: _____"
                                                         << "Query response time" << int(Type::Text) << "";
        QTest::newRow("processing time") << "Average processing time: _____"
                                         << "Average processing time" << int(Type::Text) << "";
        QTest::newRow("execution time") << "Execution time: _____"
                                        << "Execution time" << int(Type::Text) << "";
        QTest::newRow("downtime") << "Planned downtime: _____"
                                  << "Planned downtime" << int(Type::Text) << "";
        QTest::newRow("signature") << "Signature: ____"
                                   << "Signature" << int(Type::Signature) << "";
        QTest::newRow("name/signature") << "Name/Signature: ____"
                                        << "Name/Signature" << int(Type::Signature) << "";
        QTest::newRow("signed off by") << "Signed off by: ____"
                                       << "Signed off by" << int(Type::Signature) << "";
    }

    void detectsTypedBlanks()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(int, type);
        QFETCH(QString, unit);
        const auto fields = detectFields(text);
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().label, label);
        QCOMPARE(int(fields.first().type), type);
        QCOMPARE(fields.first().unit, unit);
        QCOMPARE(fields.first().key, QStringLiteral("f0"));
    }

    void twoBlanksOnOneLine()
    {
        const auto fields = detectFields(QStringLiteral("Project Manager: _________________ Date: _______"));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).label, QStringLiteral("Project Manager"));
        QCOMPARE(fields.at(0).type, Type::Text);
        QCOMPARE(fields.at(1).label, QStringLiteral("Date"));
        QCOMPARE(fields.at(1).type, Type::Date);
        QCOMPARE(fields.at(1).key, QStringLiteral("f1"));
    }

    void plainTextHasNoFields()
    {
        QVERIFY(detectFields(QStringLiteral("Custom field updated with ai_suggestion")).isEmpty());
        QVERIFY(detectFields(QStringLiteral("Estimated rollback time: < 30 minutes")).isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("count ok") << "Total: _____"
                                  << " 42 " << true << "42";
        QTest::newRow("count negative") << "Total: _____"
                                        << "-1" << false << "";
        QTest::newRow("count fraction") << "Total: _____"
                                        << "1.5" << false << "";
        QTest::newRow("count words") << "Total: _____"
                                     << "many" << false << "";
        QTest::newRow("percent ok") << "Rate: _____%"
                                    << "99.5" << true << "99.5";
        QTest::newRow("percent 100") << "Rate: _____%"
                                     << "100" << true << "100";
        QTest::newRow("percent over") << "Rate: _____%"
                                      << "100.1" << false << "";
        QTest::newRow("percent negative") << "Rate: _____%"
                                          << "-3" << false << "";
        // Numbers out of range are refused, never stored wrapped or as inf (issue #18).
        QTest::newRow("count beyond 64 bits") << "Total: _____"
                                              << "99999999999999999999" << false << "";
        QTest::newRow("count as exponent") << "Total: _____"
                                           << "1e400" << false << "";
        QTest::newRow("percent nan") << "Rate: _____%"
                                     << "nan" << false << "";
        QTest::newRow("percent inf") << "Rate: _____%"
                                     << "inf" << false << "";
        QTest::newRow("ms beyond a double") << "Time: _____ ms"
                                            << "1e400" << false << "";
        QTest::newRow("ms infinite") << "Time: _____ ms"
                                     << "-inf" << false << "";
        QTest::newRow("GB nan") << "Size: _____ GB"
                                << "NaN" << false << "";
        QTest::newRow("GB negative") << "Size: _____ GB"
                                     << "-0.5" << false << "";
        QTest::newRow("ms ok") << "Time: _____ ms"
                               << "120" << true << "120";
        QTest::newRow("ms negative") << "Time: _____ ms"
                                     << "-5" << false << "";
        QTest::newRow("GB decimal") << "Size: _____ GB"
                                    << "1.25" << true << "1.25";
        QTest::newRow("datetime ok") << "Time of launch recorded: ____"
                                     << "2026-11-26T14:00:00Z" << true << "2026-11-26T14:00:00Z";
        QTest::newRow("datetime bad") << "Time of launch recorded: ____"
                                      << "tomorrow" << false << "";
        QTest::newRow("date ok") << "Date: ____"
                                 << "2026-12-03" << true << "2026-12-03";
        QTest::newRow("date bad") << "Date: ____"
                                  << "2026-13-03" << false << "";
        QTest::newRow("light ok") << "Health: [ ] Green [ ] Yellow [ ] Red"
                                  << "yellow" << true << "Yellow";
        QTest::newRow("light bad") << "Health: [ ] Green [ ] Yellow [ ] Red"
                                   << "Blue" << false << "";
        QTest::newRow("clearing") << "Rate: _____%"
                                  << "" << true << "";
        QTest::newRow("choice ok") << "Go decision: [ ] Go [ ] No-Go"
                                   << " no-go " << true << "No-Go";
        QTest::newRow("choice not an alternative") << "Go decision: [ ] Go [ ] No-Go"
                                                   << "Green" << false << "";
        QTest::newRow("time ok") << "Start time: ____"
                                 << "9:05" << true << "09:05";
        QTest::newRow("time with seconds") << "Start time: ____"
                                           << "14:30:59" << true << "14:30";
        QTest::newRow("time hour 25") << "Start time: ____"
                                      << "25:00" << false << "";
        QTest::newRow("time minute 60") << "Start time: ____"
                                        << "12:60" << false << "";
        QTest::newRow("time words") << "Start time: ____"
                                    << "noon" << false << "";
        QTest::newRow("time as date and time") << "Start time: ____"
                                               << "2026-11-26T14:00:00Z" << false << "";
        QTest::newRow("signature ok") << "Signature: ____"
                                      << " Jane   Doe " << true << "Jane Doe";
    }

    void validation()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const ChecklistField f = detectFields(text).first();
        const QString reason = f.validate(value);
        QCOMPARE(reason.isEmpty(), ok);
        if (ok)
            QCOMPARE(f.normalize(value), normalized);
        else
            QVERIFY2(reason.contains(f.label) && reason.contains(value.trimmed()), qPrintable(reason));
    }

    // A German desk types numbers with a decimal comma and often with the unit; what is stored
    // stays in the C form, and is shown again in the desk's.
    void numbersAsTheDeskWritesThem_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized"); // "" when refused
        QTest::addColumn<QString>("shown");
        QTest::newRow("de GB comma") << "de_DE"
                                     << "Size: _____ GB"
                                     << "2,5"
                                     << "2.5"
                                     << "2,5";
        QTest::newRow("de GB point") << "de_DE"
                                     << "Size: _____ GB"
                                     << "2.5"
                                     << "2.5"
                                     << "2,5";
        QTest::newRow("de GB with unit") << "de_DE"
                                         << "Size: _____ GB"
                                         << "2,5 GB"
                                         << "2.5"
                                         << "2,5";
        QTest::newRow("de thousands") << "de_DE"
                                      << "Size: _____ GB"
                                      << "1.234,5"
                                      << "1234.5"
                                      << "1234,5";
        QTest::newRow("de ms with unit") << "de_DE"
                                         << "Time: _____ ms"
                                         << "120 ms"
                                         << "120"
                                         << "120";
        QTest::newRow("de ms unit joined") << "de_DE"
                                           << "Time: _____ ms"
                                           << "120ms"
                                           << "120"
                                           << "120";
        QTest::newRow("de percent") << "de_DE"
                                    << "Rate: _____%"
                                    << "99,5 %"
                                    << "99.5"
                                    << "99,5";
        QTest::newRow("de count grouped") << "de_DE"
                                          << "Total: _____"
                                          << "1.234"
                                          << "1234"
                                          << "1.234";
        QTest::newRow("de count fraction") << "de_DE"
                                           << "Total: _____"
                                           << "1,5"
                                           << ""
                                           << "";
        QTest::newRow("de other unit") << "de_DE"
                                       << "Time: _____ ms"
                                       << "120 s"
                                       << ""
                                       << "";
        QTest::newRow("en GB point") << "en_US"
                                     << "Size: _____ GB"
                                     << "2.5 GB"
                                     << "2.5"
                                     << "2.5";
        QTest::newRow("en decimal comma") << "en_US"
                                          << "Size: _____ GB"
                                          << "2,5"
                                          << ""
                                          << "";
        QTest::newRow("en count grouped") << "en_US"
                                          << "Total: _____"
                                          << "1,234"
                                          << "1234"
                                          << "1,234";
    }

    void numbersAsTheDeskWritesThem()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        QFETCH(QString, shown);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const ChecklistField f = detectFields(text).first();
        const QString reason = f.validate(value);
        const QString stored = reason.isEmpty() ? f.normalize(value) : QString();
        const QString again = f.shown(stored);
        QLocale::setDefault(before);
        QVERIFY2(reason.isEmpty() == !normalized.isEmpty(), qPrintable(reason));
        QCOMPARE(stored, normalized);
        if (!normalized.isEmpty())
            QCOMPARE(again, shown);
    }

    void choicesCarryTheirAlternatives()
    {
        const auto go = detectFields(QStringLiteral("Go decision: [ ] Go [ ] No-Go"));
        QCOMPARE(go.size(), 1);
        QCOMPARE(go.first().choices, (QStringList{QStringLiteral("Go"), QStringLiteral("No-Go")}));
        QVERIFY(go.first().templateValue.isEmpty());
        QVERIFY(!go.first().isTrafficLight());
        const auto light = detectFields(QStringLiteral("System health: [ ] Green [x] Yellow [ ] Red"));
        QCOMPARE(light.first().choices, ChecklistField::trafficLightChoices());
        QVERIFY(light.first().isTrafficLight());
        QCOMPARE(light.first().templateValue, QStringLiteral("Yellow"));
        QCOMPARE(detectFields(QStringLiteral("Rollback: [X] Yes [ ] No")).first().templateValue, QStringLiteral("Yes"));
        // The old name still means the same type.
        QCOMPARE(light.first().type, Type::TrafficLight);
        QCOMPARE(ChecklistField::typeName(Type::Choice), QStringLiteral("choice"));
    }

    void boxesThatAreNoChoice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("task marker and one box") << "- [ ] Go [ ] No-Go";
        QTest::newRow("numbered task marker") << "1. [x] Deploy [ ] later";
        QTest::newRow("one alternative") << "Approved: [ ] Yes";
        QTest::newRow("gates with dots") << "certs renewed · [ ] cache warmed · [ ] feature flags set";
        QTest::newRow("gates in a task") << "- [ ] certs renewed · [ ] cache warmed · [ ] feature flags set";
        QTest::newRow("gates with semicolons") << "Gates: [ ] DNS; [ ] TLS; [ ] CDN";
        QTest::newRow("gates with bars") << "[ ] DNS | [ ] TLS | [ ] CDN";
        QTest::newRow("gates with commas") << "Ready: [ ] DNS, [ ] TLS, [ ] CDN";
        QTest::newRow("boxes without words") << "Approved: [ ] [ ]";
        QTest::newRow("plain text") << "Check the [x] marks in the report";
    }

    void boxesThatAreNoChoice()
    {
        QFETCH(QString, text);
        QVERIFY(detectFields(text).isEmpty());
        QCOMPARE(fillFields(text, {}, {}), text);
    }

    void oneChoicePerLine()
    {
        const auto expectGoAndRollback = [](const QVector<ChecklistField> &fields) {
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields.at(0).label, QStringLiteral("Go decision"));
            QCOMPARE(fields.at(0).choices, (QStringList{QStringLiteral("Go"), QStringLiteral("No-Go")}));
            QCOMPARE(fields.at(1).label, QStringLiteral("Rollback needed"));
            QCOMPARE(fields.at(1).choices, (QStringList{QStringLiteral("Yes"), QStringLiteral("No")}));
            QCOMPARE(fields.at(1).key, QStringLiteral("f1"));
        };
        // As lines, and as Qt's reader hands over a paragraph: its lines joined by spaces.
        expectGoAndRollback(
            detectFields(QStringLiteral("Go decision: [ ] Go [ ] No-Go\nRollback needed: [ ] Yes [ ] No")));
        expectGoAndRollback(
            detectFields(QStringLiteral("Go decision: [ ] Go [ ] No-Go Rollback needed: [ ] Yes [ ] No")));
        const auto words = detectFields(
            QStringLiteral("Decision: [ ] Go live now [ ] Postpone launch Rollback plan: [ ] Tested [ ] Untested"));
        QCOMPARE(words.size(), 2);
        QCOMPARE(words.at(0).choices, (QStringList{QStringLiteral("Go live now"), QStringLiteral("Postpone launch")}));
        QCOMPARE(words.at(1).label, QStringLiteral("Rollback plan"));
        const auto hours = detectFields(QStringLiteral("Window: [ ] 10:00 [ ] 14:00"));
        QCOMPARE(hours.size(), 1);
        QCOMPARE(hours.first().choices, (QStringList{QStringLiteral("10:00"), QStringLiteral("14:00")}));
        // Blanks and choices mixed, in reading order.
        const auto mixed =
            detectFields(QStringLiteral("Health: [ ] Green [ ] Red Notes: _____ Owner: [ ] Ops [ ] Dev"));
        QCOMPARE(mixed.size(), 3);
        QCOMPARE(mixed.at(0).choices, (QStringList{QStringLiteral("Green"), QStringLiteral("Red")}));
        QCOMPARE(mixed.at(1).type, Type::Text);
        QCOMPARE(mixed.at(1).label, QStringLiteral("Notes"));
        QCOMPARE(mixed.at(2).label, QStringLiteral("Owner"));
        QCOMPARE(mixed.at(2).key, QStringLiteral("f2"));
        // A choice's box inside a filled-in value is part of the value.
        const auto filled = detectFields(QStringLiteral("Notes: _____[see [x\\] a [ \\] b]"));
        QCOMPARE(filled.size(), 1);
        QCOMPARE(filled.first().templateValue, QStringLiteral("see [x] a [ ] b"));
    }

    void fillsChoices()
    {
        const QString go = QStringLiteral("Go decision: [x] Go [ ] No-Go");
        const auto fields = detectFields(go);
        QCOMPARE(fillFields(go, fields, {QStringLiteral("No-Go")}), QStringLiteral("Go decision: [ ] Go [x] No-Go"));
        QCOMPARE(fillFields(go, fields, {QString()}), QStringLiteral("Go decision: [ ] Go [ ] No-Go"));
        // A task's own marker stays as it is.
        const QString task = QStringLiteral("- [x] Rollback: [ ] Yes [ ] No");
        QCOMPARE(fillFields(task, detectFields(task), {QStringLiteral("no")}, FillStyle::Markdown),
                 QStringLiteral("- [x] Rollback: [ ] Yes [x] No"));
        // Line by line, as the Markdown export fills a paragraph: fields in reading order.
        const QString two = QStringLiteral("Total: _____ Go decision: [ ] Go [ ] No-Go");
        const QString filled =
            fillFields(two, detectFields(two), {QStringLiteral("7"), QStringLiteral("Go")}, FillStyle::Markdown);
        QCOMPARE(filled, QStringLiteral("Total: _____[7] Go decision: [x] Go [ ] No-Go"));
        const auto back = detectFields(filled);
        QCOMPARE(back.at(0).templateValue, QStringLiteral("7"));
        QCOMPARE(back.at(1).templateValue, QStringLiteral("Go"));
    }

    void signaturesNeedARoleOrASignOff()
    {
        auto marked = [](const QString &text, bool signOff) {
            QVector<ChecklistField> fields = detectFields(text);
            markSignatureFields(&fields, signOff);
            QVector<int> types;
            for (const auto &f : fields)
                types.append(int(f.type));
            return types;
        };
        const int sig = int(Type::Signature);
        const int text = int(Type::Text);
        const int date = int(Type::Date);
        QCOMPARE(marked(QStringLiteral("Project Manager: _______ Date: ____"), false), (QVector<int>{sig, date}));
        QCOMPARE(marked(QStringLiteral("Release Manager: ____ Date: ____"), false), (QVector<int>{sig, date}));
        QCOMPARE(marked(QStringLiteral("Deployed from: ____ Date: ____"), false), (QVector<int>{text, date}));
        QCOMPARE(marked(QStringLiteral("Customer: ____ Date: ____"), true), (QVector<int>{sig, date}));
        QCOMPARE(marked(QStringLiteral("Name: ____"), true), (QVector<int>{sig}));
        QCOMPARE(marked(QStringLiteral("Name: ____"), false), (QVector<int>{text}));
        QCOMPARE(marked(QStringLiteral("Phone: ____"), true), (QVector<int>{text}));
        QCOMPARE(marked(QStringLiteral("Technical Lead: ____"), false), (QVector<int>{text}));
        QCOMPARE(marked(QStringLiteral("Operations Lead: ____ Date: ____ Technical Lead: ___ Date: ___"), false),
                 (QVector<int>{sig, date, sig, date}));
        QVERIFY(isSignOffTitle(QStringLiteral("Sign-Off By:")));
        QVERIFY(isSignOffTitle(QStringLiteral("Go-Live Success Criteria - Final Sign-Off")));
        QVERIFY(isSignOffTitle(QStringLiteral("Signatures")));
        QVERIFY(!isSignOffTitle(QStringLiteral("Approvals:")));
        QVERIFY(!isSignOffTitle(QStringLiteral("Significant changes")));
    }

    void fillsForDisplayAndMarkdown()
    {
        const QString text = QStringLiteral("Query response time: _____ ms");
        const auto fields = detectFields(text);
        QCOMPARE(fillFields(text, fields, {QStringLiteral("120")}), QStringLiteral("Query response time: 120 ms"));
        QCOMPARE(fillFields(text, fields, {QString()}), QStringLiteral("Query response time: _____ ms"));
        QCOMPARE(fillFields(text, fields, {QStringLiteral("120")}, FillStyle::Markdown),
                 QStringLiteral("Query response time: _____[120\\.] ms").replace(QStringLiteral("\\."), QString()));
        const QString light = QStringLiteral("System health: [ ] Green [ ] Yellow [ ] Red");
        QCOMPARE(fillFields(light, detectFields(light), {QStringLiteral("Red")}),
                 QStringLiteral("System health: [ ] Green [ ] Yellow [x] Red"));
    }

    void canonicalTextIgnoresWhatWasWrittenIn()
    {
        QCOMPARE(canonicalFieldText(QStringLiteral("Total: ________")),
                 canonicalFieldText(QStringLiteral("Total: _____[12]")));
        QCOMPARE(canonicalFieldText(QStringLiteral("Rate: _____%")),
                 canonicalFieldText(QStringLiteral("Rate: _____[99]%")));
        QCOMPARE(canonicalFieldText(QStringLiteral("H: [ ] Green [x] Yellow [ ] Red")),
                 canonicalFieldText(QStringLiteral("H: [ ] Green [ ] Yellow [ ] Red")));
        QVERIFY(canonicalFieldText(QStringLiteral("Total: _____"))
                != canonicalFieldText(QStringLiteral("Count: _____")));
        // Ids of existing items come from this text: it must not change for them.
        QCOMPARE(canonicalFieldText(QStringLiteral("System health: [ ]Green  [x] Yellow [ ] Red")),
                 QStringLiteral("System health: [ ] Green [ ] Yellow [ ] Red"));
        QCOMPARE(canonicalFieldText(QStringLiteral("Query response time: _____[120] ms")),
                 QStringLiteral("Query response time: _____ ms"));
        QCOMPARE(canonicalFieldText(QStringLiteral("Go: [x] Go [ ] No-Go")),
                 canonicalFieldText(QStringLiteral("Go: [ ] Go [X] No-Go")));
        // Boxes that are no choice are the item's own text.
        QVERIFY(canonicalFieldText(QStringLiteral("a · [x] b · [ ] c"))
                != canonicalFieldText(QStringLiteral("a · [ ] b · [ ] c")));
    }
    // The blank scan walks by hand (a pattern searched for the ']' of every unclosed bracket to
    // the end of the text). It must find exactly what the pattern it replaced found, on text
    // made of the characters that matter.
    void blanksAsThePatternFoundThem()
    {
        const QRegularExpression pattern(
            QStringLiteral(R"(_{3,}(?:\[((?:[^\]\\]|\\.)*)\])?(\s*(%|(?:ms|seconds|minutes|hours|GB|MB)\b))?)"));
        const QString alphabet = QStringLiteral("___[]\\\n x:%msGBhours\t\r");
        QRandomGenerator random(18);
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = random.bounded(40);
            for (int i = 0; i < length; ++i)
                text += alphabet.at(random.bounded(int(alphabet.size())));
            QVector<FieldSpan> blanks;
            for (const FieldSpan &s : scanFields(text)) {
                if (s.kind == FieldSpan::Kind::Blank)
                    blanks.append(s);
            }
            qsizetype n = 0;
            auto it = pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                QVERIFY2(n < blanks.size(), qPrintable(text));
                const FieldSpan &s = blanks.at(n++);
                QVERIFY2(s.start == m.capturedStart() && s.end == m.capturedEnd(), qPrintable(text));
                QCOMPARE(s.rawValue, m.captured(1));
                QCOMPARE(s.unitTail, m.captured(2));
                QCOMPARE(s.unit, m.captured(3));
            }
            QVERIFY2(n == blanks.size(), qPrintable(text));
        }
    }

    // A hostile checklist: one line with as many blanks or choices as 1.6 MB holds. Each blank's
    // label must be found without looking back over the line (that made 200,000 blanks take
    // hours); 60 s only guards against a hang, a linear scan takes well under a second.
    void manyFieldsOnOneLine_data()
    {
        QTest::addColumn<QString>("piece");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("fieldsPerPiece");
        QTest::newRow("40,000 blanks") << QStringLiteral("x: ____ ") << 40000 << 1;
        QTest::newRow("200,000 blanks") << QStringLiteral("x: ____ ") << 200000 << 1;
        QTest::newRow("50,000 choices") << QStringLiteral("Gate: [ ] Go [ ] Stop ") << 50000 << 1;
        QTest::newRow("50,000 blanks beside choices")
            << QStringLiteral("x: ____ ms Gate: [ ] Go [ ] Stop ") << 50000 << 2;
    }

    void manyFieldsOnOneLine()
    {
        QFETCH(QString, piece);
        QFETCH(int, count);
        QFETCH(int, fieldsPerPiece);
        const QDeadlineTimer hangGuard(60000);
        const QString line = QStringLiteral("- [ ] many ") + piece.repeated(count);
        const QVector<ChecklistField> fields = detectFields(line);
        QCOMPARE(fields.size(), qsizetype(count) * fieldsPerPiece);
        QCOMPARE(fields.constFirst().label, QStringLiteral("many ") + piece.section(QLatin1Char(':'), 0, 0));
        QCOMPARE(fields.constLast().label, piece.section(QLatin1Char(':'), -2, -2).section(QLatin1Char(' '), -1));
        const QString canonical = canonicalFieldText(line);
        QVERIFY(canonical.startsWith(QStringLiteral("- [ ] many ")));
        QCOMPARE(fillFields(line, fields, {}, FillStyle::Markdown).size(), line.size());
        QVERIFY2(!hangGuard.hasExpired(), "scanning one long line took more than 60 s");
    }
};

QTEST_APPLESS_MAIN(TestChecklistField)
#include "tst_checklistfield.moc"
