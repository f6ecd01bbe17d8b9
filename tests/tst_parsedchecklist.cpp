#include "TestPaths.h"
#include "models/checklist/ChecklistExport.h"
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/checklist/ParsedChecklist.h"

#include <QCborArray>
#include <QCborValue>
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

const QString kSha = QStringLiteral("5ee0d1c6");

ItemStateView nothingDone()
{
    ItemStateView v;
    v.isDone = [](const QString &) { return false; };
    v.note = [](const QString &) { return QString(); };
    v.field = [](const QString &, const QString &) { return QString(); };
    return v;
}

// Everything the export shows of a document, and what it keeps that the export does not.
QByteArray everythingOf(const ChecklistDocument &doc)
{
    QByteArray out = exportJson(doc, nothingDone());
    doc.root()->forEach([&out](const ChecklistNode *n) {
        out += QByteArray::number(n->templateDone()) + QByteArray::number(n->isNumbered())
            + QByteArray::number(n->isBold());
        for (const ChecklistField &f : n->fields())
            out += (f.templateValue + QLatin1Char('|') + f.choices.join(QLatin1Char(','))).toUtf8();
    });
    return out;
}

QStringList samples()
{
    QStringList out;
    for (const char *dir : {"/tests/data", "/tests/data/reader-shapes", "/fuzz/corpus/markdown"}) {
        QDirIterator it(QStringLiteral(GOLIVE_SOURCE_DIR) + QLatin1String(dir), {QStringLiteral("*.md")}, QDir::Files);
        while (it.hasNext())
            out.append(it.next());
    }
    return out;
}

std::unique_ptr<ChecklistDocument> decoded(const QByteArray &parsed, const QString &markdown, const QString &sha = kSha)
{
    return ParsedChecklist::decode(parsed, sha, markdown.toUtf8());
}

} // namespace

class TestParsedChecklist : public QObject
{
    Q_OBJECT

private slots:
    void keepsEverythingTheReaderMade_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &s : samples())
            QTest::newRow(qPrintable(QFileInfo(s).fileName())) << s;
        const QString mixed = QStringLiteral(
            "# T\n\n- [x] Done task `cmd`\n  1. numbered: _____[42] ms\n  - Health: [ ] Green [x] Yellow [ ] Red\n"
            "\nProject Manager: ____ Date: ____\n\n```\nrun it\n```\n");
        QFile f(QDir::temp().filePath(QStringLiteral("parsed-mixed.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mixed.toUtf8());
        QTest::newRow("mixed") << f.fileName();
    }

    void keepsEverythingTheReaderMade()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(f.readAll());
        const auto read = MarkdownChecklistReader::read(markdown);
        const QByteArray parsed = ParsedChecklist::encode(*read, kSha);
        const auto again = decoded(parsed, markdown);
        QVERIFY(again);
        QCOMPARE(everythingOf(*again), everythingOf(*read));
        QCOMPARE(again->taskCount(), read->taskCount());
        QCOMPARE(again->markdown(), markdown);
        // Words are read from the text where they are found there: the form is smaller than it.
        if (markdown.size() > 1000)
            QVERIFY2(parsed.size() < markdown.toUtf8().size(), qPrintable(QString::number(parsed.size())));
        // The same tree gives the same bytes: the digest an import names is the same every time.
        QCOMPARE(ParsedChecklist::encode(*again, kSha), parsed);
    }

    // A command that looks at one item reads that node alone, as the whole tree has it.
    void findsOneNodeWithoutTheTree()
    {
        QFile f(QStringLiteral(GOLIVE_TEST_DATA_DIR "/go-live-checklist.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray markdown = f.readAll();
        const auto read = MarkdownChecklistReader::read(QString::fromUtf8(markdown));
        const QByteArray parsed = ParsedChecklist::encode(*read, kSha);
        int found = 0;
        read->root()->forEach([&](const ChecklistNode *n) {
            if (n == read->root())
                return; // the document itself is not an item: the tree holds it
            const auto alone = ParsedChecklist::findNode(parsed, kSha, markdown, n->id());
            if (!alone || alone->id() != n->id() || alone->title() != n->title() || alone->kind() != n->kind()
                || alone->fields().size() != n->fields().size() || alone->commands() != n->commands()
                || alone->templateDone() != n->templateDone() || alone->childCount() != 0)
                return;
            for (qsizetype i = 0; i < n->fields().size(); ++i) {
                if (alone->fields().at(i).label != n->fields().at(i).label
                    || alone->fields().at(i).type != n->fields().at(i).type)
                    return;
            }
            ++found;
        });
        QCOMPARE(found, int(read->nodesInOrder().size()) - 1);
        QVERIFY(!ParsedChecklist::findNode(parsed, kSha, markdown, read->root()->id()));
        QVERIFY(!ParsedChecklist::findNode(parsed, kSha, markdown, QStringLiteral("0123456789")));
        QVERIFY(!ParsedChecklist::findNode(parsed, kSha, markdown, QStringLiteral("no such id")));
        QVERIFY(!ParsedChecklist::findNode(parsed, QStringLiteral("another"), markdown, read->root()->child(0)->id()));
    }

    // A form made from another template, of another format, cut short or not a form at all is
    // never taken for the checklist.
    void refusesWhatIsNotItsOwnForm()
    {
        const QString md = QStringLiteral("# T\n\n- [ ] a\n  - b: ____ ms\n");
        const auto read = MarkdownChecklistReader::read(md);
        const QByteArray parsed = ParsedChecklist::encode(*read, kSha);
        QVERIFY(decoded(parsed, md));
        QVERIFY(!decoded(parsed, md, QStringLiteral("another")));
        QVERIFY(!decoded(parsed, QString())); // its words are not in this text
        QVERIFY(!decoded(parsed.left(parsed.size() - 1), md));
        QVERIFY(!decoded(parsed + QByteArray(1, '\0'), md));
        QVERIFY(!decoded(QByteArray(), md));
        QVERIFY(!decoded(QByteArray("not cbor at all"), md));
        QCborArray form = QCborValue::fromCbor(parsed).toArray();
        form[1] = ParsedChecklist::kFormat + 1;
        QVERIFY(!decoded(form.toCborValue().toCbor(), md));
        form[1] = ParsedChecklist::kFormat;
        QVERIFY(decoded(form.toCborValue().toCbor(), md));
        const auto tree = [](int kind) {
            return QCborArray{kind, QStringLiteral("document"), QStringLiteral("T"), QCborArray(), QCborArray()}
                .toCborValue()
                .toCbor();
        };
        form[4] = tree(0);
        QVERIFY(decoded(form.toCborValue().toCbor(), md));
        form[4] = tree(99); // no such kind
        QVERIFY(!decoded(form.toCborValue().toCbor(), md));
        form[4] = QByteArray(tree(0) + QByteArray(1, '\0')); // something after the tree
        QVERIFY(!decoded(form.toCborValue().toCbor(), md));
        form[3] = QByteArray(10, 'x'); // not whole entries
        form[4] = tree(0);
        QVERIFY(!decoded(form.toCborValue().toCbor(), md));
    }
};

QTEST_MAIN(TestParsedChecklist)
#include "tst_parsedchecklist.moc"
