#include "checklist/ChecklistField.h"

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
                                       << "System health" << int(Type::TrafficLight) << "";
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
    }
};

QTEST_APPLESS_MAIN(TestChecklistField)
#include "tst_checklistfield.moc"
