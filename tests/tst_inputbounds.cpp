#include "TestPaths.h"
#include "models/checklist/ChecklistLimits.h"
#include "tests/GoliveRunner.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = TestSupport::GoliveRun;

// TASKS task items shaped like a real checklist: phases of fifty, each task with a step holding
// a blank.
QByteArray tasksChecklist(int tasks)
{
    QByteArray md = "# Generated checklist\n\n";
    for (int t = 1; t <= tasks; ++t) {
        if ((t - 1) % 50 == 0)
            md += "## Phase " + QByteArray::number((t - 1) / 50 + 1) + "\n\n";
        md += "- [ ] **Task " + QByteArray::number(t) + ": Verify component " + QByteArray::number(t) + "**\n";
        md += "  - Response time of component " + QByteArray::number(t) + ": _____ ms\n";
    }
    return md;
}

// One task whose line holds BLANKS blanks.
QByteArray blanksChecklist(int blanks)
{
    return "# Blanks\n\n- [ ] many " + QByteArray("x: ____ ").repeated(blanks) + "\n";
}

} // namespace

// Checklists no person writes: as large as the limits allow, beyond them, and with control
// characters in their titles, through the real executable (issue #18). No test times the work:
// the runner's 10 minutes are a guard against a hang; linear work takes a second or two.
class TestInputBounds : public QObject
{
    Q_OBJECT

private:
    Run golive(const QStringList &args)
    {
        TestSupport::RunOptions options;
        // A guard against a hang, not a time limit: a sanitized Debug build (scripts/sanitize.sh)
        // takes over a minute for 40,000 tasks where a Release build takes under one second.
        options.timeoutMs = 600000;
        return TestSupport::runGolive(
            args + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--as"), QStringLiteral("Test Runner")},
            options);
    }

    // A checklist file in the test's folder; its path, or none when it could not be written.
    QString checklistFile(const QString &name, const QByteArray &markdown)
    {
        QFile f(m_dir.filePath(name));
        const bool written = f.open(QIODevice::WriteOnly) && f.write(markdown) == markdown.size();
        return written ? f.fileName() : QString();
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;

private slots:
    void init() { m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count)); }

    void importsFortyThousandTasks()
    {
        const QString path = checklistFile(QStringLiteral("tasks.md"), tasksChecklist(40000));
        Run r = golive({QStringLiteral("import"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("40000 tasks")), qPrintable(r.out));
        r = golive({QStringLiteral("tick"), QStringLiteral("Task 40000: Verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Ticked: ")));
    }

    void importsTwoHundredThousandBlanksOnALine()
    {
        const QString path = checklistFile(QStringLiteral("blanks.md"), blanksChecklist(200000));
        Run r = golive({QStringLiteral("import"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 task")), qPrintable(r.out));
        r = golive({QStringLiteral("set"), QStringLiteral("many"), QStringLiteral("f199999"), QStringLiteral("42")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("x: 42")), qPrintable(r.out));
    }

    // Beyond a limit: refused at once with the file and the limit named, and no store made.
    void refusesBeyondEachLimit_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("limit");
        QTest::newRow("items") << QByteArray("- [ ] a\n").repeated(ChecklistLimits::kMaxItems + 1)
                               << QLocale().toString(qlonglong(ChecklistLimits::kMaxItems));
        QTest::newRow("blanks on a line") << blanksChecklist(int(ChecklistLimits::kMaxBlanksOnALine) + 1)
                                          << QLocale().toString(qlonglong(ChecklistLimits::kMaxBlanksOnALine));
        QTest::newRow("line length") << "- [ ] long " + QByteArray(ChecklistLimits::kMaxLineBytes, 'a') + "\n"
                                     << QLocale().toString(qlonglong(ChecklistLimits::kMaxLineBytes));
    }

    void refusesBeyondEachLimit()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, limit);
        const QString path = checklistFile(QStringLiteral("too-large.md"), markdown);
        const Run r = golive({QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(limit), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_db));
        QVERIFY(r.out.isEmpty());
    }

    // "ESC[2J" clears a terminal, an OSC sequence sets its title: shown, never sent raw. The
    // Markdown export is data and keeps the title byte for byte.
    void controlCharactersInTitlesShownEscaped()
    {
        const QByteArray hostile = "Deploy \x1b[2J\x1b]0;owned\x07 now";
        const QString path = checklistFile(QStringLiteral("hostile.md"), "# Launch\n\n- [ ] " + hostile + "\n");
        Run r = golive({QStringLiteral("import"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Deploy \\x1b[2J\\x1b]0;owned\\x07 now")), qPrintable(r.out));
        QVERIFY(!r.outBytes.contains('\x1b') && !r.outBytes.contains('\x07'));

        r = golive({QStringLiteral("tick"), QStringLiteral("Deploy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Deploy \\x1b[2J\\x1b]0;owned\\x07 now")), qPrintable(r.out));
        QVERIFY(!r.outBytes.contains('\x1b') && !r.outBytes.contains('\x07'));

        // An error that quotes the title: the item has no blank to set.
        r = golive({QStringLiteral("set"), QStringLiteral("Deploy"), QStringLiteral("f0"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Deploy \\x1b[2J\\x1b]0;owned\\x07 now")), qPrintable(r.err));
        QVERIFY(!r.errBytes.contains('\x1b') && !r.errBytes.contains('\x07'));

        // A note given on the command line and said back.
        r = golive({QStringLiteral("tick"), QStringLiteral("--note"), QStringLiteral("\x1b[31mred\r"),
                    QStringLiteral("Deploy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\\x1b[31mred\\x0d")), qPrintable(r.out));
        QVERIFY(!r.outBytes.contains('\x1b') && !r.outBytes.contains('\r'));

        r = golive({QStringLiteral("export")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outBytes.contains(hostile), r.outBytes.constData());
    }
};

QTEST_GUILESS_MAIN(TestInputBounds)
#include "tst_inputbounds.moc"
