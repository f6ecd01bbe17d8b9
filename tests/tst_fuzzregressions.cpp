// The fuzz harnesses' bodies (fuzz/FuzzTargets.cpp) in the normal suite: every seed in
// fuzz/corpus/<name>/ and every input a fuzzer once crashed on (tests/data/fuzz-findings/<name>/)
// goes through its reader again. Under scripts/sanitize.sh this is the regression test of each finding.
#include "TestPaths.h"
#include "fuzz/FuzzTargets.h"
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/collectors/FreeScoutCollector.h"
#include "models/collectors/MilvusCollector.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

using Target = int (*)(const uint8_t *, size_t);

struct Harness
{
    const char *name;
    Target run;
};

const Harness kHarnesses[] = {
    {"markdown", fuzzMarkdown},   {"parsed", fuzzParsed},          {"fields", fuzzFields},
    {"condition", fuzzCondition}, {"jsonpath", fuzzJsonPath},      {"catalogue", fuzzCatalogue},
    {"pgreply", fuzzPgReply},     {"n8nexecs", fuzzN8nExecutions}, {"n8nflows", fuzzN8nWorkflows},
    {"freescout", fuzzFreeScout}, {"bconnect1", fuzzBConnectV1},   {"bconnect2", fuzzBConnectV2},
    {"milvus", fuzzMilvus},       {"echoes", fuzzEchoes},
};

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<int>("harness");
        QTest::addColumn<QString>("folder");
        for (int i = 0; i < int(std::size(kHarnesses)); ++i) {
            const QString name = QString::fromLatin1(kHarnesses[i].name);
            QTest::newRow(qPrintable(name + QStringLiteral(" seeds")))
                << i << QStringLiteral(GOLIVE_SOURCE_DIR "/fuzz/corpus/") + name;
            QTest::newRow(qPrintable(name + QStringLiteral(" findings")))
                << i << QStringLiteral(GOLIVE_TEST_DATA_DIR "/fuzz-findings/") + name;
        }
    }

    void replay()
    {
        QFETCH(int, harness);
        QFETCH(QString, folder);
        const QDir dir(folder);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (folder.endsWith(QLatin1String("seeds")) || folder.contains(QLatin1String("/corpus/")))
            QVERIFY2(!files.isEmpty(), qPrintable(folder));
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray input = f.readAll();
            QCOMPARE(
                kHarnesses[harness].run(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
        }
    }

    // fuzz_markdown's first finding (tests/data/fuzz-findings/markdown/): a # title after a section
    // made a new root, freed the section with it and then wrote into it (heap-use-after-free).
    // Now such a # is a phase, and nothing read before it is lost.
    void titleAfterASectionKeepsWhatCameBefore()
    {
        const auto doc = MarkdownChecklistReader::read(
            QStringLiteral("### Section\n\n- [ ] a task\n\n# Title\n\nA paragraph after the title.\n"));
        QVERIFY(doc);
        const ChecklistNode *root = doc->root();
        QCOMPARE(root->childCount(), 2);
        QCOMPARE(root->child(0)->kind(), ChecklistNode::Kind::Section);
        QCOMPARE(root->child(0)->childCount(), 1); // the task
        QCOMPARE(root->child(1)->kind(), ChecklistNode::Kind::Phase);
        QCOMPARE(root->child(1)->title(), QStringLiteral("Title"));
        QCOMPARE(root->child(1)->paragraphs(), QStringList{QStringLiteral("A paragraph after the title.")});

        // A title first is still the document's title.
        const auto titled = MarkdownChecklistReader::read(QStringLiteral("Preamble.\n\n# Title\n\n## Phase\n"));
        QCOMPARE(titled->root()->title(), QStringLiteral("Title"));
        QCOMPARE(titled->root()->paragraphs(), QStringList{QStringLiteral("Preamble.")});
    }

    // fuzz_freescout's finding: a page.totalElements beyond what a count can hold (5e22) was cast to
    // qint64 — undefined behaviour, a wrong number in practice. Now it is no count, with the reason;
    // every count a JSON number holds exactly is still read.
    void freeScoutTotalBeyondACountIsRefused()
    {
        auto total = [](const char *json) { return readFreeScoutTotal(QJsonDocument::fromJson(json)); };
        for (const char *bad : {R"({"page":{"totalElements":.5e23}})", R"({"page":{"totalElements":1e300}})",
                                R"({"page":{"totalElements":-1}})", R"({"page":{"totalElements":2.5}})",
                                R"({"page":{"totalElements":9007199254740994}})"}) {
            const Result<qint64> t = total(bad);
            QVERIFY2(!t, bad);
            QCOMPARE(t.error().code, Error::Code::Malformed);
        }
        QCOMPARE(total(R"({"page":{"totalElements":9007199254740992}})").value(), qint64(9007199254740992));
        QCOMPARE(total(R"({"page":{"totalElements":4.2e1}})").value(), qint64(42));
        QCOMPARE(total(R"({"page":{"totalElements":0}})").value(), qint64(0));
    }

    // fuzz_milvus's check: rowCount as text went through QString::toDouble, which reads "nan" and
    // "inf" — an entity count of NaN. Now those are no count; numbers as text are still read.
    void milvusRowCountMustBeANumberOfEntities()
    {
        auto rows = [](const char *json) { return readMilvusRowCount(QJsonDocument::fromJson(json)); };
        for (const char *bad : {R"({"code":0,"data":{"rowCount":"nan"}})", R"({"code":0,"data":{"rowCount":"inf"}})",
                                R"({"code":0,"data":{"rowCount":"-inf"}})", R"({"code":0,"data":{"rowCount":"-3"}})"}) {
            const Result<double> n = rows(bad);
            QVERIFY2(!n, bad);
            QCOMPARE(n.error().code, Error::Code::Malformed);
        }
        QCOMPARE(rows(R"({"code":200,"data":{"rowCount":"1532"}})").value(), 1532.0);
        QCOMPARE(rows(R"({"code":0,"data":{"rowCount":1532}})").value(), 1532.0);
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
