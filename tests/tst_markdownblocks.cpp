#include "TestPaths.h"
#include "models/checklist/ChecklistExport.h"
#include "models/checklist/MarkdownBlocks.h"
#include "models/checklist/MarkdownChecklistReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// Where the reader's output at commit d6eca2f is kept: what Qt's QTextDocument made of each sample
// (tests/data/reader-expected/<path of the sample>.json).
const QString kExpected = QStringLiteral(GOLIVE_TEST_DATA_DIR "/reader-expected/");

// Every Markdown sample of the repository: the seeds, the shapes teams write, the fuzz corpus and
// what the fuzzer once found. A new sample needs its expected reading (made the same way).
QStringList samples()
{
    QStringList out;
    const QString root = QStringLiteral(GOLIVE_SOURCE_DIR "/");
    for (const char *dir :
         {"tests/data", "tests/data/reader-shapes", "tests/data/fuzz-findings/markdown", "fuzz/corpus/markdown"}) {
        QDirIterator it(root + QLatin1String(dir), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QLatin1String(dir) != QLatin1String("tests/data") || path.endsWith(QLatin1String(".md")))
                out.append(path.mid(root.size()));
        }
    }
    out.sort();
    return out;
}

QJsonObject readingOf(const QString &markdown)
{
    MarkdownReadStats s;
    const auto doc = MarkdownChecklistReader::read(markdown, &s);
    ItemStateView nothing;
    nothing.isDone = [](const QString &) { return false; };
    nothing.note = [](const QString &) { return QString(); };
    nothing.field = [](const QString &, const QString &) { return QString(); };
    const QJsonObject stats{{QStringLiteral("listItems"), s.listItems},
                            {QStringLiteral("bulleted"), s.bulleted},
                            {QStringLiteral("numbered"), s.numbered},
                            {QStringLiteral("taskMarkers"), s.taskMarkers},
                            {QStringLiteral("codeBlocks"), s.codeBlocks}};
    return {{QStringLiteral("stats"), stats},
            {QStringLiteral("tree"), QJsonDocument::fromJson(exportJson(*doc, nothing)).object()}};
}

QString textOf(const QString &markdown)
{
    QStringList lines;
    const MarkdownLayout layout = layOutMarkdown(markdown);
    for (const MarkdownBlock &b : layout.blocks) {
        if (b.text.isEmpty())
            continue;
        QString line = b.text;
        if (b.code)
            line.prepend(QLatin1String("code: "));
        else if (b.list >= 0)
            line.prepend(QStringLiteral("item %1: ").arg(layout.lists.at(size_t(b.list)).indent));
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestMarkdownBlocks : public QObject
{
    Q_OBJECT

private slots:
    // The checklist a record holds is read again by every later version: ids, kinds and titles
    // must come out as Qt's own Markdown reader made them when the record was written.
    void readsEverySampleAsQtsReaderDid_data()
    {
        QTest::addColumn<QString>("sample");
        for (const QString &s : samples())
            QTest::newRow(qPrintable(s)) << s;
        QVERIFY(samples().size() >= 20);
    }

    void readsEverySampleAsQtsReaderDid()
    {
        QFETCH(QString, sample);
        QFile source(QStringLiteral(GOLIVE_SOURCE_DIR "/") + sample);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile expected(kExpected + sample + QLatin1String(".json"));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no expected reading for ") + sample));
        const QJsonObject want = QJsonDocument::fromJson(expected.readAll()).object();
        const QJsonObject got = readingOf(QString::fromUtf8(source.readAll()));
        if (got != want) {
            QFile out(QDir::temp().filePath(QFileInfo(sample).fileName() + QLatin1String(".got.json")));
            if (out.open(QIODevice::WriteOnly))
                out.write(QJsonDocument(got).toJson());
            QFAIL(qPrintable(QStringLiteral("%1 reads differently; the reading is in %2").arg(sample, out.fileName())));
        }
    }

    // Qt's reader, quirks included: a tight item's code lines are items of its list, and the
    // item after them is taken as code too.
    void tightItemCodeLinesStayInTheList()
    {
        QCOMPARE(textOf(QStringLiteral("- [ ] tight\n  ```\n  code a\n  ```\n- after\n")),
                 QStringLiteral("item 1: tight\ncode: code a\ncode: after"));
    }

    // An empty item leaves its list open for the next paragraph, which becomes an item.
    void emptyItemTakesTheNextParagraph()
    {
        QCOMPARE(textOf(QStringLiteral("-\n\nAfter.\n")), QStringLiteral("item 1: After."));
    }

    // A header cell's own text is bold; after a span in it, the text is plain again.
    void headerCellsAreBoldAndEntitiesAreText()
    {
        const MarkdownLayout layout = layOutMarkdown(QStringLiteral("| **a** b | c |\n|---|---|\n| R&amp;D | d |\n"));
        QStringList texts;
        for (const MarkdownBlock &b : layout.blocks) {
            if (!b.text.isEmpty())
                texts.append(b.text + (b.whollyBold ? QLatin1String(" (bold)") : QLatin1String("")));
        }
        QCOMPARE(texts,
                 QStringList(
                     {QStringLiteral("a b"), QStringLiteral("c (bold)"), QStringLiteral("R&D"), QStringLiteral("d")}));
    }

    // `code` inside **bold** is set in the fixed font, which is not bold.
    void codeInsideBoldIsACommandNotBold()
    {
        const MarkdownLayout layout = layOutMarkdown(QStringLiteral("- [ ] **`deploy.sh`**\n"));
        QCOMPARE(layout.blocks.size(), size_t(1));
        QCOMPARE(layout.blocks.front().inlineCode, QStringList{QStringLiteral("deploy.sh")});
        QVERIFY(!layout.blocks.front().whollyBold);
    }
};

QTEST_MAIN(TestMarkdownBlocks)
#include "tst_markdownblocks.moc"
