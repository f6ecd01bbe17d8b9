// The T+7 report: gathered from a launch that ran its week, written as PDF and read back with
// pdftotext / pdfinfo / pdfimages (poppler-utils), as HTML, and by `golive report` end to end.
#include "models/reports/T7Chart.h"
#include "models/reports/T7ReportDocument.h"
#include "models/reports/T7ReportOutput.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/DeskFiles.h"
#include "models/signoff/SignOffDesk.h"
#include "tests/RawDb.h"
#include "tests/SignOffTestSupport.h"
#include "tests/T7ReportFixture.h"
#include "tests/TestSupport.h"
#include "ui/reports/T7ReportActions.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <unistd.h>

namespace {

// What the program wrote, stdout then stderr.
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    TestSupport::RunOptions options;
    options.timeoutMs = 60000;
    const TestSupport::GoliveRun r = TestSupport::runProgram(program, args, options);
    if (exitCode)
        *exitCode = r.exitCode;
    return r.out + r.err;
}

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

CriterionPoint point(const QString &text, Verdict v, const QString &figure, const QString &threshold,
                     const QString &source)
{
    CriterionPoint p;
    p.text = text;
    p.verdict = v;
    p.figure = figure;
    p.threshold = threshold;
    p.source = source;
    return p;
}

CriteriaSummary criteria()
{
    CriteriaSummary summary;
    CriterionResult stability{
        QStringLiteral("c1"), QStringLiteral("Stability (99% uptime minimum)"), Verdict::NotMet, {}};
    stability.points.append(point(QStringLiteral("Unplanned downtime < 14.4 minutes total"), Verdict::NotMet,
                                  QStringLiteral("18.0 min"), QStringLiteral("< 14.4 min"),
                                  QStringLiteral("probe history, 7 days after T0")));
    stability.points.append(point(QStringLiteral("System remained operational for 7 consecutive days"), Verdict::Met,
                                  QStringLiteral("99.82 %"), QStringLiteral(">= 99 %"),
                                  QStringLiteral("probe history, 7 days after T0")));
    CriterionPoint confirmed = point(QStringLiteral("All services restarted cleanly without issues"), Verdict::Met,
                                     QString(), QString(), QStringLiteral("confirmed by hand"));
    confirmed.confirmedBy = T7Fixture::operationsLead();
    confirmed.confirmedAt = QStringLiteral("2026-12-10T09:00:00.000Z");
    confirmed.note = QStringLiteral("restart drill on day 5");
    stability.points.append(confirmed);
    CriterionResult team{QStringLiteral("c6"), QStringLiteral("Team Readiness (100% trained)"), Verdict::Unknown, {}};
    team.points.append(
        point(QStringLiteral("On-call schedule established"), Verdict::Unknown, QString(), QString(), QString()));
    summary.criteria = {stability, team};
    summary.overall = Verdict::NotMet;
    return summary;
}

SignatureLine line(const QString &role, SignatureStatus status, const QString &name, const QString &time)
{
    SignatureLine s;
    s.role = role;
    s.status = status;
    s.name = name;
    s.meaning = QStringLiteral("Approval of go-live success");
    s.timeUtc = time;
    return s;
}

// One line of every status: signed with a justification, refused, invalidated, missing.
QVector<SignatureLine> signatures()
{
    SignatureLine pm = line(QStringLiteral("Project Manager"), SignatureStatus::Signed, QStringLiteral("Pat Miller"),
                            QStringLiteral("2026-12-10T10:15:00.000Z"));
    pm.digest = QStringLiteral("ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12");
    pm.justification = QStringLiteral("downtime was a planned vendor fix, agreed with the customer");
    SignatureLine ops = line(QStringLiteral("Operations Lead"), SignatureStatus::Refused, QStringLiteral("Olga Stein"),
                             QStringLiteral("2026-12-10T10:20:00.000Z"));
    ops.reason = QStringLiteral("backup restore not yet rehearsed");
    SignatureLine tech = line(QStringLiteral("Technical Lead"), SignatureStatus::Invalidated,
                              QStringLiteral("Tom Becker"), QStringLiteral("2026-12-10T09:30:00.000Z"));
    tech.invalidatedBy = T7Fixture::projectManager();
    tech.invalidatedAt = QStringLiteral("2026-12-10T09:45:00.000Z");
    tech.invalidatedBecause = QStringLiteral("Day 7 statistics: Success rate 99.4 -> 99.2");
    return {pm, ops, tech, line(QStringLiteral("QA Lead"), SignatureStatus::Missing, QString(), QString())};
}

// pdftotext reads each cell in order; a cell wrapped over two lines reads as one line again, and
// the font's ligatures ("ﬁ") as their letters.
QString squeeze(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestT7Report : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QDateTime m_t0 = QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC);
    QDateTime m_now = QDateTime(QDate(2026, 12, 10), QTime(19, 0), Qt::UTC);

    T7ReportInputs inputs() const
    {
        T7ReportInputs in;
        in.criteria = criteria();
        in.signatures = signatures();
        in.now = m_now;
        return in;
    }

    QString pdfText(const QString &path)
    {
        int code = -1;
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &code);
        return code == 0 ? text : QString();
    }

    Result<T7Report> gathered() const { return T7ReportGather::load(m_db, inputs()); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: scripts/install-deps.sh installs it");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("launch.sqlite"));
        auto session = TestSupport::openSession(m_db, T7Fixture::projectManager());
        QVERIFY(session);
        QString error;
        QVERIFY2(TestSupport::okOr(T7Fixture::fillRecord(*session, m_t0, 3, 6, 0), &error), qPrintable(error));
        auto history = ProbeHistory::open(DeskFiles::historyPathFor(m_db));
        QVERIFY2(history, qPrintable(history.error().message));
        // Three services every 5 minutes for the week.
        QVERIFY2(TestSupport::okOr(T7Fixture::fillHistory(
                                       *history.value(),
                                       {QStringLiteral("n8n"), QStringLiteral("freescout"), QStringLiteral("postgres")},
                                       m_t0, 7, 300),
                                   &error),
                 qPrintable(error));
    }

    void gathersTheLaunch()
    {
        const auto report = gathered();
        QVERIFY2(report, qPrintable(report.error().message));
        const T7Report &r = report.value();
        QCOMPARE(r.t0, m_t0);
        QCOMPARE(r.windowTo, m_t0.addDays(7));
        QVERIFY(r.verify.intact);
        QCOMPARE(r.headSeq, r.verify.eventCount);
        QCOMPARE(r.contributors.first().actor.kind, Actor::Kind::Person);
        QStringList roles;
        for (const T7Contributor &c : r.contributors)
            roles.append(c.actor.role);
        QVERIFY(roles.contains(QStringLiteral("Operations Lead")));
        QVERIFY(roles.contains(QStringLiteral("Technical Lead")));

        QVERIFY(r.day7Found);
        QVERIFY(r.statisticsFound);
        QCOMPARE(r.statistics.title, QStringLiteral("Collect Statistics"));
        QVERIFY(r.statistics.done);
        QCOMPARE(r.statistics.ticked.actor.name, QStringLiteral("Tom Becker"));
        bool emails = false;
        for (const T7Line &line : r.statistics.lines) {
            for (const T7Field &f : line.fields) {
                if (f.label == QLatin1String("Total emails processed")) {
                    emails = true;
                    QCOMPARE(f.value, QStringLiteral("12840"));
                    QCOMPARE(f.entered.actor.name, QStringLiteral("Tom Becker"));
                }
            }
        }
        QVERIFY(emails);
        QStringList tasks;
        for (const T7Task &t : r.day7Tasks)
            tasks.append(t.title);
        QCOMPARE(tasks,
                 QStringList({QStringLiteral("Performance Analysis"), QStringLiteral("Team Feedback Collected"),
                              QStringLiteral("Issue Resolution Status")}));

        QCOMPARE(r.hourlyReports.size(), 6);
        QCOMPARE(r.hourlyReports.at(1).value(ReportField::Tickets).value, QStringLiteral("61"));
        QCOMPARE(r.incidents.size(), 3);
        QVERIFY(!r.incidents.at(0).timeline.isEmpty());
        QVERIFY(!r.incidents.at(2).isResolved());

        QVERIFY(r.historyAvailable);
        QCOMPARE(r.services.size(), 3);
        const auto n8n = std::find_if(r.services.begin(), r.services.end(),
                                      [](const T7Service &s) { return s.name == QLatin1String("n8n"); });
        QVERIFY(n8n != r.services.end());
        QVERIFY(n8n->uptime.downMs >= 18 * 60'000); // 20 minutes, the PENDING run confirmed by DOWN
        QVERIFY(!n8n->latency.isEmpty());
        QVERIFY(n8n->latency.size() <= 400);

        int done = 0;
        for (const T7PhaseCompletion &p : r.phases)
            done += p.done;
        QCOMPARE(done, r.ticks.size());
        QVERIFY(std::all_of(r.ticks.begin(), r.ticks.end(), [](const T7Tick &t) { return t.ticked.isSet(); }));
        QCOMPARE(r.signatures.size(), 4);
    }

    void missingSignaturesComeFromTheChecklist()
    {
        T7ReportInputs in;
        in.now = m_now;
        const auto report = T7ReportGather::load(m_db, in);
        QVERIFY(report);
        QStringList roles;
        for (const SignatureLine &s : report.value().signatures) {
            roles.append(s.role);
            QCOMPARE(s.status, SignatureStatus::Missing);
        }
        QCOMPARE(roles,
                 QStringList({QStringLiteral("Project Manager"), QStringLiteral("Operations Lead"),
                              QStringLiteral("Technical Lead")}));
    }

    void pdfHasEverySection_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<QString>("pdfinfoSize");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("(A4)");
        QTest::newRow("Letter") << QStringLiteral("Letter") << QStringLiteral("(letter)");
    }

    void pdfHasEverySection()
    {
        QFETCH(QString, pageSize);
        QFETCH(QString, pdfinfoSize);
        const auto report = gathered();
        QVERIFY(report);
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(pageSize));
        const QPageSize size(pageSize == QLatin1String("A4") ? QPageSize::A4 : QPageSize::Letter);
        const Status written = T7ReportOutput::write(report.value(), path, T7ReportOutput::Format::Pdf, size);
        QVERIFY2(written, qPrintable(written.message()));
        // GOLIVE_KEEP_REPORTS=DIR keeps the PDFs to look at (pdftoppm -png).
        if (const QString keep = qEnvironmentVariable("GOLIVE_KEEP_REPORTS"); !keep.isEmpty()) {
            QFile::remove(keep + QLatin1Char('/') + QFileInfo(path).fileName());
            QFile::copy(path, keep + QLatin1Char('/') + QFileInfo(path).fileName());
        }

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(pdfinfoSize), qPrintable(info));
        const QString text = squeeze(pdfText(path));
        QVERIFY(!text.isEmpty());
        const int pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt();
        QVERIFY(pages >= 4);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        for (const char *expected : {"T+7 Go-Live Report",
                                     "T0 2026-12-03 18:00 UTC",
                                     "1. Launch summary",
                                     "Who ran the launch",
                                     "Olga Stein",
                                     "Operations Lead",
                                     "2. Day 7 statistics",
                                     "Total emails processed",
                                     "12840",
                                     "Average processing time",
                                     "3.4 seconds",
                                     "entered by Tom Becker (Technical Lead)",
                                     "Performance Analysis",
                                     "PostgreSQL query time p95",
                                     "180 ms",
                                     "Team Feedback Collected",
                                     "Calm week; two alerts",
                                     "Issue Resolution Status",
                                     "Success criteria",
                                     "Unplanned downtime < 14.4 minutes total",
                                     "NOT MET",
                                     "18.0 min",
                                     "< 14.4 min",
                                     "NOT KNOWN",
                                     "restart drill on day 5",
                                     "Hourly status reports",
                                     "Hour 6",
                                     "late imports counted",
                                     "Incidents",
                                     "INC-1",
                                     "Mail queue stuck 1",
                                     "IMAP worker restarted",
                                     "NOT RESOLVED",
                                     "Uptime and latency per service",
                                     "freescout",
                                     "postgres",
                                     "Checklist completion",
                                     "Who ticked what, when",
                                     "Audit trail integrity",
                                     "INTACT",
                                     "Signatures",
                                     "Project Manager — SIGNED",
                                     "downtime was a planned vendor fix",
                                     "Operations Lead — REFUSED",
                                     "backup restore not yet rehearsed",
                                     "Technical Lead — INVALIDATED",
                                     "Success rate 99.4 -> 99.2",
                                     "QA Lead — MISSING"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        // The charts are vector paths with their legend as text, not pictures.
        QVERIFY(text.contains(QStringLiteral("n8n: uptime")));
        QVERIFY(text.contains(QStringLiteral("DEGRADED")));
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only
    }

    // Issue #18: every page's footer carries the record's head (sequence, first 16 hex of its hash)
    // as an anchor `golive verify --expect-head` takes: a printed copy held outside the record.
    void everyPageNamesTheHead()
    {
        const auto report = gathered();
        QVERIFY(report);
        QVERIFY(report->headSeq > 0);
        const QString head = QStringLiteral("%1:%2").arg(report->headSeq).arg(report->headHash.left(16));
        const QString path = m_dir.filePath(QStringLiteral("head.pdf"));
        QVERIFY(T7ReportOutput::write(report.value(), path, T7ReportOutput::Format::Pdf, QPageSize(QPageSize::A4)));
        const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesLine.match(run(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
        QVERIFY(pages > 1);
        for (int page = 1; page <= pages; ++page) {
            int code = -1;
            const QString text = squeeze(run(QStringLiteral("pdftotext"),
                                             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                              QString::number(page), path, QStringLiteral("-")},
                                             &code));
            QCOMPARE(code, 0);
            QVERIFY2(text.contains(QStringLiteral("Record head ") + head), qPrintable(QString::number(page)));
        }
        const QString html = QString::fromUtf8(T7ReportOutput::html(report.value()));
        const qsizetype footer = html.indexOf(QStringLiteral("<footer>"));
        QVERIFY(footer > 0);
        QVERIFY2(html.indexOf(QStringLiteral("Record head ") + head, footer) > footer, qPrintable(html.mid(footer)));
        // What the footer prints is an anchor verify takes.
        const TestSupport::GoliveRun verify = TestSupport::runGolive(
            {QStringLiteral("verify"), QStringLiteral("--db"), m_db, QStringLiteral("--expect-head"), head});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    }

    void htmlHasTheChartsAsSvg()
    {
        const auto report = gathered();
        QVERIFY(report);
        const QString html = QString::fromUtf8(T7ReportOutput::html(report.value()));
        if (const QString keep = qEnvironmentVariable("GOLIVE_KEEP_REPORTS"); !keep.isEmpty()) {
            QFile f(keep + QStringLiteral("/report.html"));
            if (f.open(QIODevice::WriteOnly))
                f.write(html.toUtf8());
        }
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QCOMPARE(html.count(QLatin1String("<svg ")), 3);
        QVERIFY(html.contains(QLatin1String("12840")));
        QVERIFY(html.contains(QStringLiteral("Technical Lead — INVALIDATED")));
        QVERIFY(!html.contains(QLatin1String("golive-chart:")));
    }

    // Issue #15: "Who ran the launch" lists the people; the program's own events (the checklist the
    // first start imported, the monitor) are named after it, never as a person.
    void whoRanTheLaunchListsPeople()
    {
        const auto report = gathered();
        QVERIFY(report);
        bool system = false;
        for (const T7Contributor &c : report->contributors)
            system =
                system || (c.actor.kind == Actor::Kind::System && c.actor.name == QLatin1String("Go-Live Control"));
        QVERIFY(system); // the fixture's first start
        const QString html = T7ReportDocument::bodyHtml(report.value(), T7ReportDocument::Charts::InlineSvg);
        const qsizetype from = html.indexOf(QLatin1String("Who ran the launch"));
        const qsizetype others = html.indexOf(QLatin1String("Also recorded by: "), from);
        QVERIFY(from >= 0 && others > from);
        const QString people = html.mid(from, others - from);
        for (const char *name : {"Pat Miller", "Olga Stein", "Tom Becker"})
            QVERIFY2(people.contains(QLatin1String(name)), name);
        QVERIFY(!people.contains(QLatin1String("Go-Live Control")));
        QVERIFY(!people.contains(QLatin1String("unknown")));
        QVERIFY2(html.mid(others, 300).contains(QLatin1String("Go-Live Control (")), qPrintable(html.mid(others, 300)));
    }

    void documentHasOneChartObjectPerService()
    {
        const auto report = gathered();
        QVERIFY(report);
        auto doc = T7ReportDocument::build(report.value(), nullptr);
        int charts = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it)
                charts += it.fragment().charFormat().objectType() == T7Chart::kObjectType;
        }
        QCOMPARE(charts, 3);
    }

    void aChecklistWithoutDay7SaysSo()
    {
        const QString db = m_dir.filePath(QStringLiteral("small.sqlite"));
        const QString md = m_dir.filePath(QStringLiteral("small.md"));
        QFile f(md);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Small launch\n\n## Phase 1: Go\n\n### Checks\n\n- [ ] Backup done\n\n**Sign-Off By:**\n\n"
                "Release Manager: ________ Date: ______\n");
        f.close();
        {
            auto session = TestSupport::openSession(db, T7Fixture::projectManager());
            QVERIFY(session);
            TemplateFile file;
            QString error;
            QVERIFY2(TestSupport::templateOr(TemplateFile::load(md), &file, &error), qPrintable(error));
            QVERIFY(ChecklistDesk(*session).applyImport(ChecklistDesk(*session).planImport(file), true));
        }
        T7ReportInputs in;
        in.now = m_now;
        const auto report = T7ReportGather::load(db, in);
        QVERIFY2(report, qPrintable(report.error().message));
        QVERIFY(!report.value().day7Found);
        QVERIFY(!report.value().historyAvailable);
        QCOMPARE(report.value().signatures.size(), 1);
        QCOMPARE(report.value().signatures.first().role, QStringLiteral("Release Manager"));
        const QString path = m_dir.filePath(QStringLiteral("small.pdf"));
        QVERIFY(T7ReportOutput::write(report.value(), path, T7ReportOutput::Format::Pdf, QPageSize(QPageSize::A4)));
        const QString text = squeeze(pdfText(path));
        QVERIFY(text.contains(QStringLiteral("This checklist has no Day 7 review section")));
        QVERIFY(text.contains(QStringLiteral("No T0 is recorded or planned")));
        QVERIFY(text.contains(QStringLiteral("Release Manager — MISSING")));
        QVERIFY(!QFile::exists(DeskFiles::historyPathFor(db))); // reading made no history
    }

    void commandWritesPdfAndHtml()
    {
        const QString golive = TestSupport::goliveBinary();
        const QByteArray before = digestOf(m_db);
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        int code = -1;
        QString output = run(golive,
                             {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf,
                              QStringLiteral("--page-size"), QStringLiteral("Letter")},
                             &code);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Wrote the T+7 report to %1").arg(pdf)), qPrintable(output));
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QLatin1String("(letter)")));
        const QString text = squeeze(pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("Project Manager — MISSING"))); // nobody signed in this record
        // The criteria as the record has them (CriteriaRecord), not "not evaluated".
        QVERIFY2(!text.contains(QStringLiteral("have not been evaluated")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("Stability (99% uptime minimum)")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QCOMPARE(digestOf(m_db), before); // reading never writes

        // Again: the earlier file is replaced, and the command says so.
        output =
            run(golive, {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), pdf}, &code);
        QVERIFY2(code == 0 && output.contains(QStringLiteral("Replaced %1").arg(pdf)), qPrintable(output));
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QLatin1String("(A4)")));

        const QString html = m_dir.filePath(QStringLiteral("cli.html"));
        output = run(golive,
                     {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), html,
                      QStringLiteral("--format"), QStringLiteral("html")},
                     &code);
        QVERIFY2(code == 0, qPrintable(output));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg "));
    }

    void commandRefusesWhatItCannotWrite()
    {
        const QString golive = TestSupport::goliveBinary();
        int code = -1;
        const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
        QString output =
            run(golive, {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), missingDir},
                &code);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(missingDir), qPrintable(output));
        QVERIFY(!QFile::exists(missingDir));

        // A folder that cannot be written (root ignores permissions: then only the others run).
        const QString locked = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString target = locked + QStringLiteral("/report.pdf");
        if (QFileInfo(locked).isWritable() == false && ::geteuid() != 0) {
            output =
                run(golive, {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), target},
                    &code);
            QCOMPARE(code, 1);
            QVERIFY2(output.contains(target), qPrintable(output));
            QVERIFY(QDir(locked).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
        }
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        output = run(golive, {QStringLiteral("report"), QStringLiteral("--db"), m_db}, &code);
        QCOMPARE(code, 2);
        output = run(golive,
                     {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--page-size"), QStringLiteral("A3")},
                     &code);
        QCOMPARE(code, 2);
        QVERIFY(output.contains(QStringLiteral("A3")));
        // A record that does not exist is an error, not a new empty store.
        const QString nowhere = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
        output = run(golive,
                     {QStringLiteral("report"), QStringLiteral("--db"), nowhere, QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("y.pdf"))},
                     &code);
        QCOMPARE(code, 1);
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("y.pdf"))));
    }

    // A record changed behind the application's back: the report is still written, says where the
    // trail broke, and the command exits 3 as `golive verify` does.
    void brokenTrailIsReported()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile::remove(broken + suffix);
            if (QFile::exists(m_db + suffix))
                QVERIFY(QFile::copy(m_db + suffix, broken + suffix));
        }
        {
            RawDb raw(broken);
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER events_no_update")), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE events SET actor = 'Mallory' WHERE seq = 4")), QString());
        }
        const QString pdf = m_dir.filePath(QStringLiteral("broken.pdf"));
        int code = -1;
        const QString output =
            run(TestSupport::goliveBinary(),
                {QStringLiteral("report"), QStringLiteral("--db"), broken, QStringLiteral("--out"), pdf}, &code);
        QVERIFY2(code == 3, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("did not verify")), qPrintable(output));
        QVERIFY(squeeze(pdfText(pdf)).contains(QStringLiteral("BROKEN: the first bad event is #4")));
    }

    // Issue #18: a signature over another T0, appended by someone who can write the record. The
    // report gives the verdict `golive verify` gives: on its first page, with the signature shown
    // as not valid, and exit 3; a command that writes refuses the record as the window does.
    void aForgedSignatureIsReportedAsVerifyReportsIt()
    {
        const QString forged = m_dir.filePath(QStringLiteral("forged.sqlite"));
        QVERIFY(QFile::copy(m_db, forged));
        {
            QString error;
            auto session = TestSupport::openOr(forged, T7Fixture::projectManager(), &error);
            QVERIFY2(session, qPrintable(error));
            SignOffDesk desk(session.get());
            QVERIFY(SignOffTestSupport::forgeSignatureOverAnotherT0(*session, desk, QStringLiteral("Technical Lead"),
                                                                    QStringLiteral("Mallory"))
                        .ok());
        }
        const TestSupport::GoliveRun verify =
            TestSupport::runGolive({QStringLiteral("verify"), QStringLiteral("--db"), forged});
        QCOMPARE(verify.exitCode, 3);

        const QString pdf = m_dir.filePath(QStringLiteral("forged.pdf"));
        const TestSupport::GoliveRun report = TestSupport::runGolive(
            {QStringLiteral("report"), QStringLiteral("--db"), forged, QStringLiteral("--out"), pdf});
        QVERIFY2(report.exitCode == 3, qPrintable(report.err));
        QVERIFY2(report.err.contains(QStringLiteral("did not verify")), qPrintable(report.err));
        int code = -1;
        const QString firstPage = squeeze(run(QStringLiteral("pdftotext"),
                                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                               QStringLiteral("1"), pdf, QStringLiteral("-")},
                                              &code));
        QCOMPARE(code, 0);
        QVERIFY2(firstPage.contains(QStringLiteral("THIS LAUNCH RECORD DOES NOT VERIFY")), qPrintable(firstPage));
        QVERIFY2(firstPage.contains(QStringLiteral("it covers T0")), qPrintable(firstPage));
        QVERIFY2(firstPage.contains(QStringLiteral("Technical Lead — NOT VALID")), qPrintable(firstPage));
        const QString text = squeeze(pdfText(pdf));
        QVERIFY(!text.contains(QStringLiteral("INTACT")));
        QVERIFY(!text.contains(QStringLiteral("Technical Lead — SIGNED")));
        QVERIFY(text.contains(QStringLiteral("Technical Lead — NOT VALID")));

        RawDb raw(forged);
        const qint64 head = raw.row(QStringLiteral("SELECT MAX(seq) FROM events")).value(0);
        const TestSupport::GoliveRun tick = TestSupport::runGolive(
            {QStringLiteral("tick"), QStringLiteral("Documentation Review"), QStringLiteral("--db"), forged});
        QVERIFY2(tick.exitCode == 3, qPrintable(tick.err));
        QCOMPARE(raw.row(QStringLiteral("SELECT MAX(seq) FROM events")).value(0), head);
    }

    // The window's File menu: the PDF written on a worker, the preview shown with every page.
    // Signatures made on the record reach the paper as the record has them: one signed, one
    // invalidated by a later Day 7 figure (who, what), with the justification printed.
    void signaturesFromTheRecordReachThePaper()
    {
        const QString copy = m_dir.filePath(QStringLiteral("signed.sqlite"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            QString error;
            auto session = TestSupport::openOr(copy, T7Fixture::projectManager(), &error);
            QVERIFY2(session, qPrintable(error));
            SignOffDesk desk(session.get());
            const auto sign = [&desk](const QString &role, const QString &name) {
                SignOffRequest r = SignOffTestSupport::firstUseRequest(
                    desk, role, name, Passphrase::newKey(name + QStringLiteral(" passphrase")));
                r.justification = QStringLiteral("Reviewed in the T+7 meeting; the outage was the failover test.");
                return desk.sign(r);
            };
            QVERIFY(sign(QStringLiteral("Technical Lead"), QStringLiteral("Tara Quinn")).ok());
            QString item, field;
            for (const CoveredField &f : coveredFields(*session->document())) {
                if (f.label == QLatin1String("Failed jobs")) {
                    item = f.item;
                    field = f.field;
                }
            }
            QVERIFY(!item.isEmpty());
            QVERIFY(ChecklistDesk(*session).setField(item, field, QStringLiteral("4")).ok());
            QVERIFY(desk.recordInvalidations().ok());
            QVERIFY(sign(QStringLiteral("Project Manager"), QStringLiteral("Pat Miller")).ok());
        }
        auto report = T7ReportGather::load(copy, T7ReportInputs());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(T7ReportOutput::write(report.value(), pdf, T7ReportOutput::Format::Pdf, QPageSize(QPageSize::A4)).ok());
        const QString text = squeeze(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("Project Manager — SIGNED")), qPrintable(text.right(3000)));
        QVERIFY(text.contains(QStringLiteral("Technical Lead — INVALIDATED")));
        QVERIFY(text.contains(QStringLiteral("Failed jobs")));
        QVERIFY(text.contains(QStringLiteral("failover test")));
        QVERIFY(text.contains(QStringLiteral("Operations Lead — MISSING")));
        const QString keep = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
        if (!keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/signed-report.pdf"));
    }

    void windowSavesAndPreviews()
    {
        QString error;
        auto session = TestSupport::openOr(m_db, T7Fixture::projectManager(), &error);
        QVERIFY2(session, qPrintable(error));
        QWidget window;
        T7ReportActions actions(session.get(), &window);
        actions.setInputsProvider([this] { return inputs(); });
        QSignalSpy saved(&actions, &T7ReportActions::saved);
        QSignalSpy failed(&actions, &T7ReportActions::failed);
        const QString path = m_dir.filePath(QStringLiteral("window.pdf"));
        actions.savePdfTo(path);
        QVERIFY(actions.isBusy());
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().first().toString(), path);
        QVERIFY(squeeze(pdfText(path)).contains(QStringLiteral("Technical Lead — INVALIDATED")));
        QTRY_VERIFY(!actions.isBusy());

        // The preview is modal: look at it and close it from a timer.
        int pages = 0;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&pages] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            auto *preview = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
            if (!preview || preview->pageCount() == 0)
                return;
            pages = preview->pageCount();
            // GOLIVE_KEEP_REPORTS=DIR keeps a picture of it.
            if (const QString keep = qEnvironmentVariable("GOLIVE_KEEP_REPORTS"); !keep.isEmpty()) {
                dialog->resize(1200, 900);
                preview->setZoomMode(QPrintPreviewWidget::FitInView);
                QTest::qWait(300);
                dialog->grab().save(keep + QStringLiteral("/preview.png"));
            }
            dialog->reject();
        });
        poll.start(100);
        actions.preview();
        QTRY_VERIFY_WITH_TIMEOUT(pages > 0, 60000);
        QVERIFY(pages >= 4);
        QVERIFY(failed.isEmpty());
    }
};

QTEST_MAIN(TestT7Report)
#include "tst_t7report.moc"
