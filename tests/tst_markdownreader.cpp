#include "TestPaths.h"
#include "models/checklist/ChecklistExport.h"
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/checklist/TemplateFile.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QTest>

using Kind = ChecklistNode::Kind;

namespace {

QString readData(const char *name)
{
    QFile f(QStringLiteral(GOLIVE_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return QString::fromUtf8(f.readAll());
}

int countKind(const ChecklistDocument &doc, Kind kind)
{
    int n = 0;
    doc.root()->forEach([&](const ChecklistNode *node) { n += node->kind() == kind; });
    return n;
}

int countFieldType(const ChecklistDocument &doc, ChecklistField::Type type)
{
    int n = 0;
    doc.root()->forEach([&](const ChecklistNode *node) {
        for (const ChecklistField &f : node->fields())
            n += f.type == type;
    });
    return n;
}

const ChecklistNode *byTitle(const ChecklistDocument &doc, const QString &title)
{
    const auto found = doc.match(title);
    return found.size() == 1 ? found.first() : nullptr;
}

QStringList childTitles(const ChecklistNode *n)
{
    QStringList out;
    for (int i = 0; i < n->childCount(); ++i)
        out.append(n->child(i)->title());
    return out;
}

} // namespace

class TestMarkdownReader : public QObject
{
    Q_OBJECT

private slots:
    void structuredSeedImportsCompletely()
    {
        MarkdownReadStats stats;
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.md"), &stats);
        QCOMPARE(stats.taskMarkers, 92);
        QCOMPARE(stats.listItems, 334);
        QCOMPARE(stats.bulleted, 320);
        QCOMPARE(stats.numbered, 14);
        // Every list item is a node: none dropped.
        QCOMPARE(countKind(*doc, Kind::Task) + countKind(*doc, Kind::Step), 334);
        QCOMPARE(countKind(*doc, Kind::Task), 92);
        QCOMPARE(doc->taskCount(), 92);
        QCOMPARE(doc->title(), QStringLiteral("Go-Live Checklist"));
    }

    void flatSeedImportsCompletely()
    {
        MarkdownReadStats stats;
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.flat.md"), &stats);
        QCOMPARE(stats.taskMarkers, 92);
        QCOMPARE(stats.listItems, 329);
        QCOMPARE(countKind(*doc, Kind::Task) + countKind(*doc, Kind::Step), 329);
        QCOMPARE(countKind(*doc, Kind::Task), 92);
    }

    void phasesAndSections()
    {
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.md"));
        const QStringList phases = childTitles(doc->root());
        QCOMPARE(phases.size(), 8);
        QCOMPARE(phases.at(1), QStringLiteral("Phase 1: One Week Before Go-Live"));
        QCOMPARE(phases.at(6), QStringLiteral("Contacts and Escalation"));
        const ChecklistNode *phase1 = doc->root()->child(1);
        QCOMPARE(phase1->kind(), Kind::Phase);
        QCOMPARE(phase1->paragraphs(), QStringList{QStringLiteral("Timeline: T-7 days")});
        QCOMPARE(childTitles(phase1),
                 (QStringList{QStringLiteral("Pre-Deployment Verification"), QStringLiteral("Team Readiness"),
                              QStringLiteral("Risk Mitigation")}));
        QCOMPARE(phase1->child(0)->kind(), Kind::Section);
    }

    void nestedStepsStayUnderTheirTask()
    {
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.md"));
        const ChecklistNode *training = byTitle(*doc, QStringLiteral("Team Training Completed"));
        QVERIFY(training);
        QCOMPARE(training->kind(), Kind::Task);
        QCOMPARE(training->childCount(), 2);
        QCOMPARE(training->child(0)->title(), QStringLiteral("Operations team trained on:"));
        QCOMPARE(training->child(0)->childCount(), 5);
        const ChecklistNode *approval = byTitle(*doc, QStringLiteral("Approval Workflow Performance"));
        QVERIFY(approval);
        QCOMPARE(approval->childCount(), 6);
        QCOMPARE(approval->child(0)->kind(), Kind::Task);
        QCOMPARE(approval->child(4)->kind(), Kind::Step);
    }

    void flatFileRecoversTaskOwnership()
    {
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.flat.md"));
        const ChecklistNode *training = byTitle(*doc, QStringLiteral("Team Training Completed"));
        QVERIFY(training);
        QCOMPARE(training->childCount(), 11); // two labels and their nine items, flattened
        const ChecklistNode *approval = byTitle(*doc, QStringLiteral("Approval Workflow Performance"));
        QVERIFY(approval);
        QCOMPARE(approval->childCount(), 6);
        QCOMPARE(approval->child(0)->title(), QStringLiteral("All HIGH priority tickets flagged"));
        QCOMPARE(approval->child(0)->kind(), Kind::Task);
        // The Day 7 statistics: bold paragraphs become groups inside their task.
        const ChecklistNode *stats = byTitle(*doc, QStringLiteral("Collect Statistics"));
        QVERIFY(stats);
        QCOMPARE(childTitles(stats),
                 (QStringList{QStringLiteral("Email Processing:"), QStringLiteral("AI Suggestions:"),
                              QStringLiteral("Approvals:"), QStringLiteral("Baramundi Jobs:"),
                              QStringLiteral("Knowledge Base:")}));
        QCOMPARE(stats->child(0)->kind(), Kind::Group);
        QCOMPARE(stats->child(0)->childCount(), 4);
        QCOMPARE(stats->child(2)->childCount(), 5);
        // ... and the next task is back at section level.
        const ChecklistNode *perf = byTitle(*doc, QStringLiteral("Performance Analysis"));
        QVERIFY(perf);
        QCOMPARE(perf->parent(), stats->parent());
        // Daily checks were never nested: they stay separate tasks.
        const ChecklistNode *daily = byTitle(*doc, QStringLiteral("Daily Checks (First 30 Days)"));
        QVERIFY(daily);
        QCOMPARE(daily->childCount(), 6);
    }

    void flatAndStructuredShareIdsWhereTheyAgree()
    {
        const auto structured = MarkdownChecklistReader::read(readData("go-live-checklist.md"));
        const auto flat = MarkdownChecklistReader::read(readData("go-live-checklist.flat.md"));
        int tasksInBoth = 0;
        structured->root()->forEach([&](const ChecklistNode *n) {
            if (n->kind() == Kind::Task && flat->find(n->id()))
                ++tasksInBoth;
        });
        // Top-level tasks and the Day 7 statistics keep their ids; only the nested tasks of
        // the Day 2 validation moved under their owner in a way the ids reflect.
        QVERIFY2(tasksInBoth >= 70, qPrintable(QString::number(tasksInBoth)));
        const ChecklistNode *s = byTitle(*structured, QStringLiteral("Total emails processed: _____"));
        QVERIFY(s);
        QVERIFY(flat->find(s->id()));
    }

    void groupsAndEntries()
    {
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.md"));
        const ChecklistNode *hour1 = byTitle(*doc, QStringLiteral("Hour 1 (T+1h)"));
        QVERIFY(hour1);
        QCOMPARE(hour1->kind(), Kind::Group);
        QCOMPARE(hour1->childCount(), 5);
        QCOMPARE(hour1->child(3)->fields().size(), 1);
        QCOMPARE(hour1->child(3)->fields().first().type, ChecklistField::Type::Choice);
        QVERIFY(hour1->child(3)->fields().first().isTrafficLight());
        const ChecklistNode *after12 = byTitle(*doc, QStringLiteral("After 12 hours (overnight validation):"));
        QVERIFY(after12);
        QCOMPARE(after12->parent()->kind(), Kind::Section);
        QCOMPARE(after12->childCount(), 1);
        const ChecklistNode *signOff = byTitle(*doc, QStringLiteral("Sign-Off By:"));
        QVERIFY(signOff);
        QCOMPARE(signOff->childCount(), 3);
        QCOMPARE(signOff->child(0)->kind(), Kind::Entry);
        QCOMPARE(signOff->child(0)->fields().size(), 2);
        QCOMPARE(signOff->child(0)->fields().at(0).type, ChecklistField::Type::Signature);
        QCOMPARE(signOff->child(0)->fields().at(1).type, ChecklistField::Type::Date);
    }

    void seedsHaveChoicesTimesAndSignatures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("structured") << "go-live-checklist.md";
        QTest::newRow("flat") << "go-live-checklist.flat.md";
    }

    void seedsHaveChoicesTimesAndSignatures()
    {
        QFETCH(QString, file);
        const auto doc = MarkdownChecklistReader::read(readData(qPrintable(file)));
        using Type = ChecklistField::Type;
        QCOMPARE(countFieldType(*doc, Type::Choice), 2); // the two "System health" traffic lights
        QCOMPARE(countFieldType(*doc, Type::Time), 0);
        QCOMPARE(countFieldType(*doc, Type::DateTime), 1); // "Time of launch recorded"
        QCOMPARE(countFieldType(*doc, Type::Signature), 3);
        // The contact book's "Name:" lines are no signatures.
        QCOMPARE(countFieldType(*doc, Type::Date), 3);
        const QVector<SignatureSlot> sigSlots = doc->signatureSlots();
        QCOMPARE(sigSlots.size(), 3);
        const QStringList roles{QStringLiteral("Project Manager"), QStringLiteral("Operations Lead"),
                                QStringLiteral("Technical Lead")};
        for (int i = 0; i < 3; ++i) {
            const SignatureSlot &slot = sigSlots.at(i);
            QCOMPARE(slot.role, roles.at(i));
            const ChecklistNode *node = doc->find(slot.nodeId);
            QVERIFY(node);
            QCOMPARE(node->kind(), Kind::Entry);
            QCOMPARE(node->parent()->title(), QStringLiteral("Sign-Off By:"));
            QCOMPARE(slot.fieldKey, QStringLiteral("f0"));
            QCOMPARE(slot.dateNodeId, slot.nodeId);
            QCOMPARE(slot.dateFieldKey, QStringLiteral("f1"));
            QCOMPARE(node->signatureSlots().size(), 1);
        }
    }

    void choicesTimesAndSignaturesInAnyShape()
    {
        const QString md = QStringLiteral("# Launch\n\n"
                                          "## Cut-over\n\n"
                                          "Go decision: [ ] Go [x] No-Go\n"
                                          "Rollback needed: [ ] Yes [ ] No\n\n"
                                          "Start time: ____  \n"
                                          "End time: ____\n\n"
                                          "Query response time: _____\n\n"
                                          "- [ ] Security review: [ ] Passed [ ] Failed\n"
                                          "- [ ] certs renewed · [ ] cache warmed · [ ] feature flags set\n\n"
                                          "### QA sign-off\n\n"
                                          "- Name: ____\n"
                                          "- Date: ____\n"
                                          "- Signature: ____\n\n"
                                          "## Contacts\n\n"
                                          "- Name: ____\n");
        const auto doc = MarkdownChecklistReader::read(md);
        using Type = ChecklistField::Type;
        const ChecklistNode *cutOver = doc->root()->child(0);
        // One paragraph, one field per line.
        const ChecklistNode *decision = cutOver->child(0);
        QCOMPARE(decision->kind(), Kind::Entry);
        QCOMPARE(decision->fields().size(), 2);
        QCOMPARE(decision->fields().at(0).label, QStringLiteral("Go decision"));
        QCOMPARE(decision->fields().at(0).templateValue, QStringLiteral("No-Go"));
        QCOMPARE(decision->fields().at(1).label, QStringLiteral("Rollback needed"));
        QCOMPARE(decision->fields().at(1).choices, (QStringList{QStringLiteral("Yes"), QStringLiteral("No")}));
        // Qt's reader makes a hard line break a paragraph of its own.
        QCOMPARE(cutOver->child(1)->fields().size(), 1);
        QCOMPARE(cutOver->child(1)->fields().first().type, Type::Time);
        QCOMPARE(cutOver->child(2)->fields().first().type, Type::Time);
        QCOMPARE(cutOver->child(3)->fields().first().type, Type::Text); // a duration, not a time of day
        const ChecklistNode *review = cutOver->child(4);
        QCOMPARE(review->kind(), Kind::Task);
        QCOMPARE(review->fields().size(), 1);
        QCOMPARE(review->fields().first().choices, (QStringList{QStringLiteral("Passed"), QStringLiteral("Failed")}));
        QVERIFY(cutOver->child(5)->fields().isEmpty()); // gates, each its own box
        // Signatures under a sign-off heading; the contact book's name is none.
        const QVector<SignatureSlot> sigSlots = doc->signatureSlots();
        QCOMPARE(sigSlots.size(), 2);
        const ChecklistNode *qa = cutOver->child(6);
        QCOMPARE(sigSlots.at(0).role, QStringLiteral("QA sign-off"));
        QCOMPARE(sigSlots.at(0).nodeId, qa->child(0)->id());
        QCOMPARE(sigSlots.at(0).dateNodeId, qa->child(1)->id());
        QCOMPARE(sigSlots.at(0).dateFieldKey, QStringLiteral("f0"));
        QCOMPARE(sigSlots.at(1).nodeId, qa->child(2)->id());
        QVERIFY(sigSlots.at(1).dateFieldKey.isEmpty());
        QCOMPARE(doc->root()->child(1)->child(0)->fields().first().type, Type::Text);
    }

    void choicesSurviveExportAndReimport()
    {
        const QString md = QStringLiteral("# Launch\n\n"
                                          "Go decision: [ ] Go [ ] No-Go\n"
                                          "Rollback needed: [ ] Yes [ ] No\n\n"
                                          "- [ ] Health: [ ] Green [ ] Yellow [ ] Red Notes: _____\n"
                                          "- Start time: ____\n\n"
                                          "**Sign-off**\n\n"
                                          "Release Manager: ____ Date: ____\n");
        const auto doc = MarkdownChecklistReader::read(md);
        QHash<QString, QString> values;
        const QStringList chosen{QStringLiteral("No-Go"),     QStringLiteral("Yes"),
                                 QStringLiteral("Yellow"),    QStringLiteral("[x] not a box"),
                                 QStringLiteral("09:30"),     QStringLiteral("Grace Hopper"),
                                 QStringLiteral("2026-11-26")};
        int next = 0;
        for (const ChecklistNode *n : doc->nodesInOrder()) {
            for (const ChecklistField &f : n->fields()) {
                QVERIFY2(f.validate(chosen.value(next)).isEmpty(), qPrintable(f.label));
                values.insert(n->id() + QLatin1Char('/') + f.key, chosen.value(next++));
            }
        }
        QCOMPARE(next, chosen.size());
        ItemStateView view;
        view.isDone = [](const QString &) { return true; };
        view.note = [](const QString &) { return QString(); };
        view.field = [&](const QString &id, const QString &key) { return values.value(id + QLatin1Char('/') + key); };
        const QString exported = exportMarkdown(*doc, view);
        QVERIFY2(exported.contains(QStringLiteral("Go decision: [ ] Go [x] No-Go")), qPrintable(exported));
        QVERIFY2(exported.contains(QStringLiteral("- [x] Health: [ ] Green [x] Yellow [ ] Red")), qPrintable(exported));
        const auto again = MarkdownChecklistReader::read(exported);
        const auto before = doc->nodesInOrder();
        const auto after = again->nodesInOrder();
        QCOMPARE(after.size(), before.size());
        next = 0;
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i)->id(), before.at(i)->id());
            QCOMPARE(after.at(i)->fields().size(), before.at(i)->fields().size());
            for (const ChecklistField &f : after.at(i)->fields()) {
                QCOMPARE(f.type, before.at(i)->field(f.key)->type);
                QCOMPARE(f.templateValue, chosen.at(next++));
            }
        }
        QCOMPARE(again->signatureSlots().size(), 1);
        QCOMPARE(again->signatureSlots().first().role, QStringLiteral("Release Manager"));
    }

    void codeBlocksBecomeCommands()
    {
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.md"));
        const ChecklistNode *metrics = byTitle(*doc, QStringLiteral("Critical Metrics (Monitor Continuously)"));
        QVERIFY(metrics);
        QCOMPARE(metrics->commands().size(), 3);
        QVERIFY(metrics->commands().at(0).startsWith(QStringLiteral("# Check n8n workflow execution rate\ncurl")));
        QVERIFY(metrics->commands().at(2).endsWith(QStringLiteral("docker stats --no-stream")));
        const ChecklistNode *e2e = byTitle(*doc, QStringLiteral("All workflow tests successful"));
        QVERIFY(e2e);
        QCOMPARE(e2e->commands(), QStringList{QStringLiteral("bash tests/curl-test-collection.sh")});
    }

    void numberedStepsAreTickable()
    {
        const auto doc = MarkdownChecklistReader::read(readData("go-live-checklist.md"));
        const ChecklistNode *step = byTitle(*doc, QStringLiteral("Immediately notify team lead"));
        QVERIFY(step);
        QVERIFY(step->isNumbered());
        QVERIFY(step->isTickable());
    }

    void idsAreStableAndUnique()
    {
        const QString md = readData("go-live-checklist.md");
        const auto a = MarkdownChecklistReader::read(md);
        const auto b = MarkdownChecklistReader::read(md);
        QSet<QString> ids;
        const auto nodesA = a->nodesInOrder();
        const auto nodesB = b->nodesInOrder();
        QCOMPARE(nodesA.size(), nodesB.size());
        for (int i = 0; i < nodesA.size(); ++i) {
            QCOMPARE(nodesA.at(i)->id(), nodesB.at(i)->id());
            ids.insert(nodesA.at(i)->id());
        }
        QCOMPARE(ids.size(), nodesA.size());
        // An edit elsewhere leaves an item's id alone; editing the item changes it.
        QString edited = md;
        edited.replace(QStringLiteral("- No critical bugs or failures"), QStringLiteral("- No critical or major bugs"));
        edited.replace(QStringLiteral("### Team Readiness"),
                       QStringLiteral("### Team Readiness\n\n- [ ] **New task**"));
        const auto c = MarkdownChecklistReader::read(edited);
        const ChecklistNode *backup = byTitle(*a, QStringLiteral("Backup Strategy Finalized"));
        QVERIFY(c->find(backup->id()));
        const ChecklistNode *bugs = byTitle(*a, QStringLiteral("No critical bugs or failures"));
        QVERIFY(!c->find(bugs->id()));
    }

    void filledBlanksKeepTheirIds()
    {
        const auto blank =
            MarkdownChecklistReader::read(QStringLiteral("- [ ] Task\n  - Total tickets processed: _____\n"));
        const auto filled =
            MarkdownChecklistReader::read(QStringLiteral("- [x] Task\n  - Total tickets processed: _____[42]\n"));
        const ChecklistNode *a = blank->root()->child(0)->child(0);
        const ChecklistNode *b = filled->root()->child(0)->child(0);
        QCOMPARE(a->id(), b->id());
        QCOMPARE(b->fields().first().templateValue, QStringLiteral("42"));
        QVERIFY(filled->root()->child(0)->templateDone());
    }

    void badFilesAreRefusedWithTheirName()
    {
        TemplateFile t;
        QString error;
        QVERIFY(!TestSupport::templateOr(TemplateFile::fromMarkdown(QStringLiteral("empty.md"), QByteArray(" \n\n")),
                                         &t, &error));
        QVERIFY(error.contains(QStringLiteral("empty.md")));
        QVERIFY(error.contains(QStringLiteral("empty")));
        // The length from sizeof: the NUL inside the literal must not end it, and nothing past it is read.
        static const char binary[] = "# x\n\n- [ ] a\n\0\x01";
        QVERIFY(!TestSupport::templateOr(
            TemplateFile::fromMarkdown(QStringLiteral("bin.md"), QByteArray(binary, sizeof binary - 1)), &t, &error));
        QVERIFY2(error.contains(QStringLiteral("bin.md")) && error.contains(QStringLiteral("line 4")),
                 qPrintable(error));
        QVERIFY(!TestSupport::templateOr(
            TemplateFile::fromMarkdown(QStringLiteral("latin1.md"), QByteArray("# x\n- [ ] caf\xe9\n")), &t, &error));
        QVERIFY2(error.contains(QStringLiteral("UTF-8")) && error.contains(QStringLiteral("line 2")),
                 qPrintable(error));
        QVERIFY(!TestSupport::templateOr(
            TemplateFile::fromMarkdown(QStringLiteral("notes.md"), QByteArray("# Notes\n\n- one\n- two\n")), &t,
            &error));
        QVERIFY(error.contains(QStringLiteral("no task items")));
        QVERIFY(!TestSupport::templateOr(
            TemplateFile::fromMarkdown(QStringLiteral("huge.md"), QByteArray(TemplateFile::kMaxBytes + 1, 'a')), &t,
            &error));
        QCOMPARE(TemplateFile::fromMarkdown(QStringLiteral("huge.md"), QByteArray(TemplateFile::kMaxBytes + 1, 'a'))
                     .error()
                     .code,
                 Error::Code::Invalid);
        QVERIFY(error.contains(QStringLiteral("10 MB")));
        QVERIFY(TestSupport::templateOr(TemplateFile::fromMarkdown(QStringLiteral("ok.md"), QByteArray("- [ ] one\n")),
                                        &t, &error));
        QCOMPARE(t.document->taskCount(), 1);
    }
};

QTEST_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
