#include "models/reports/T7ReportDocument.h"

#include "models/record/RecordAnchor.h"
#include "models/reports/T7Chart.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace {

const QLatin1String kChartScheme("golive-chart:");
const QLatin1String kSpan("\x01span:");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dash()
{
    return QStringLiteral("\u2014");
}

QString percent(double value)
{
    return value < 0 ? dash() : QStringLiteral("%1 %").arg(QString::number(value, 'f', 3));
}

QString minutes(qint64 ms)
{
    return QString::number(ms / 60000.0, 'f', 1);
}

QString hours(qint64 ms)
{
    return QString::number(ms / 3600000.0, 'f', 1);
}

} // namespace

// Writes the body section by section; every word a reader sees goes through tr().
class T7ReportDocument::Writer
{
    Q_DECLARE_TR_FUNCTIONS(T7ReportDocument)

public:
    Writer(const T7Report &report, Charts charts) : r(report), m_charts(charts) {}

    QString body()
    {
        m_html += QStringLiteral("<h1>%1</h1><p><b>%2</b></p>").arg(esc(title()), esc(subtitle(r)));
        verdictNotice();
        launchSummary();
        statistics();
        for (const T7Task &task : r.day7Tasks)
            day7Task(task);
        criteria();
        hourlyReports();
        incidents();
        uptime();
        completion();
        integrity();
        signatures();
        return m_html;
    }

private:
    const T7Report &r; // NOLINT: short, it is everywhere
    Charts m_charts;
    QString m_html;
    int m_section = 0;

    void heading(const QString &text, bool newPage = false)
    {
        m_html += QStringLiteral("<h2%1>%2. %3</h2>")
                      .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
                      .arg(++m_section)
                      .arg(esc(text));
    }
    void subheading(const QString &text) { m_html += QStringLiteral("<h3>%1</h3>").arg(esc(text)); }
    void para(const QString &text) { m_html += QStringLiteral("<p>%1</p>").arg(esc(text)); }

    // A table of escaped-or-marked-up cells. The caption (a criterion, an incident, a signature)
    // and the head row repeat on every page the table reaches, so a title never stays behind alone.
    void table(const QStringList &head, const QVector<QStringList> &rows, const QVector<int> &widths = {},
               const QString &caption = QString())
    {
        m_html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                 "style=\"border-collapse: collapse; border-color: #000000;\">");
        const int columns = int(std::max(head.size(), rows.isEmpty() ? qsizetype(1) : rows.first().size()));
        auto width = [&widths](int i) {
            return i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
        };
        QString thead;
        if (!caption.isEmpty())
            thead += QStringLiteral("<tr><th colspan=\"%1\" align=\"left\" bgcolor=\"#bfbfbf\">%2</th></tr>")
                         .arg(columns)
                         .arg(caption);
        if (!head.isEmpty()) {
            QString row;
            for (int i = 0; i < head.size(); ++i)
                row +=
                    QStringLiteral("<th align=\"left\" bgcolor=\"#e6e6e6\"%1>%2</th>").arg(width(i), esc(head.at(i)));
            thead += QStringLiteral("<tr>%1</tr>").arg(row);
        }
        if (!thead.isEmpty())
            m_html += QStringLiteral("<thead>%1</thead>").arg(thead);
        m_html += QStringLiteral("<tbody>");
        for (int n = 0; n < rows.size(); ++n) {
            QString row;
            const QStringList &cells = rows.at(n);
            for (int i = 0; i < cells.size(); ++i) {
                const QString cell = cells.at(i);
                if (cell.startsWith(kSpan)) { // a group row: one cell across the table
                    row += QStringLiteral("<td colspan=\"%1\"><b>%2</b></td>").arg(columns).arg(cell.mid(kSpan.size()));
                    break;
                }
                // Without a head row the first row carries the widths.
                row += QStringLiteral("<td%1>%2</td>").arg(head.isEmpty() && n == 0 ? width(i) : QString(), cell);
            }
            m_html += QStringLiteral("<tr>%1</tr>").arg(row);
        }
        m_html += QStringLiteral("</tbody></table>");
    }

    // A row of one cell across the table, e.g. a phase above its items.
    static QStringList spanRow(const QString &html) { return {kSpan + html}; }

    static QString stamp(const T7Stamp &s)
    {
        if (!s.isSet())
            return dash();
        return esc(tr("%1, %2").arg(s.actor.displayName(), formatTime(s.at)));
    }

    // On the first page, before anything the record says: that it does not verify, why, and each
    // signature that is therefore worth nothing (`golive verify` gives the same verdict).
    void verdictNotice()
    {
        const VerifyResult &v = r.verify;
        if (v.intact || v.cancelled)
            return;
        const QString headline = v.firstBadSeq > 0
            ? tr("THIS LAUNCH RECORD DOES NOT VERIFY (first bad event #%1): %2").arg(v.firstBadSeq).arg(v.reason)
            : tr("THIS LAUNCH RECORD COULD NOT BE VERIFIED: %1").arg(v.reason);
        m_html += QStringLiteral("<p style=\"color:#b71c1c\"><b>%1</b></p>").arg(esc(headline));
        para(tr("What follows is what the record holds now, not necessarily what was recorded."));
        for (const SignatureLine &s : r.signatures) {
            if (s.status == SignatureStatus::NotValid)
                m_html += QStringLiteral("<p><b>%1</b></p>")
                              .arg(esc(tr("%1 — %2: \"signed\" as %3").arg(s.role, statusWord(s.status), s.name)));
        }
    }

    void launchSummary()
    {
        heading(tr("Launch summary"));
        const QString t0 = r.t0Recorded.isValid() ? formatTime(r.t0Recorded)
            : r.t0Planned.isValid()               ? tr("not recorded (planned %1)").arg(formatTime(r.t0Planned))
                                                  : tr("not recorded");
        table({},
              {{tr("Checklist"), esc(r.checklistTitle)},
               {tr("T0 (go-live)"), esc(t0)},
               {tr("T0 planned"), esc(formatTime(r.t0Planned))},
               {tr("Reported period"),
                r.windowFrom.isValid() ? esc(tr("%1 to %2").arg(formatTime(r.windowFrom), formatTime(r.windowTo)))
                                       : dash()},
               {tr("Report made"), esc(formatTime(r.generatedAt))},
               {tr("Launch record"), esc(r.storePath)},
               {tr("Success criteria"), esc(verdictWord(r.criteria.overall))}},
              {28, 72});
        // The people who ran it; programs and Go-Live Control itself (the first start's checklist,
        // the monitor's outages) recorded events too, but ran nothing: named below the table.
        subheading(tr("Who ran the launch"));
        QVector<QStringList> rows;
        QStringList others;
        for (const T7Contributor &c : r.contributors) {
            if (c.actor.kind == Actor::Kind::Program) {
                others.append(tr("%1 (program, %n event(s))", nullptr, c.events).arg(c.actor.name));
                continue;
            }
            if (c.actor.kind == Actor::Kind::System) {
                others.append(tr("%1 (%n event(s))", nullptr, c.events).arg(c.actor.name));
                continue;
            }
            rows.append({esc(c.actor.name), esc(c.actor.role.isEmpty() ? dash() : c.actor.role),
                         QString::number(c.events), esc(formatTime(c.first)), esc(formatTime(c.last))});
        }
        if (rows.isEmpty())
            para(tr("No person has recorded anything yet."));
        else
            table({tr("Name"), tr("Role"), tr("Events"), tr("First"), tr("Last")}, rows, {24, 24, 8, 22, 22});
        if (!others.isEmpty())
            para(tr("Also recorded by: %1.").arg(others.join(QStringLiteral("; "))));
    }

    // Fields as rows: the label, the value with its unit, and who entered it.
    static QStringList fieldRow(const QString &label, const T7Field &f)
    {
        const QString shown = f.value.isEmpty()
            ? QStringLiteral("<i>%1</i>").arg(esc(tr("not entered")))
            : QStringLiteral("<b>%1</b>").arg(esc(f.unit.isEmpty() ? f.value : tr("%1 %2").arg(f.value, f.unit)));
        QString source = f.source.isEmpty() ? dash() : esc(f.source);
        if (f.entered.isSet())
            source = esc(tr("%1, %2").arg(f.source, formatTime(f.entered.at)));
        return {label, shown, source};
    }

    static QString fieldLabel(const T7Field &f, const QString &lineTitle)
    {
        return f.label.isEmpty() ? lineTitle : f.label;
    }

    // Escapes text and sets it in by depth.
    static QString indent(int depth, const QString &text)
    {
        return QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;").repeated(depth) + esc(text);
    }

    static QString tickWord(const T7Task &task)
    {
        return task.done ? tr("Done: ticked by %1.")
                               .arg(tr("%1, %2").arg(task.ticked.actor.displayName(), formatTime(task.ticked.at)))
                         : tr("Not ticked.");
    }

    void statistics()
    {
        heading(tr("Day 7 statistics"));
        if (!r.day7Found)
            return para(tr("This checklist has no Day 7 review section: there are no Day 7 statistics to report."));
        if (!r.statisticsFound)
            return para(tr("The Day 7 review (\"%1\") has no task that collects statistics.").arg(r.day7Title));
        para(tr("From \"%1\" → \"%2\". %3").arg(r.day7Title, r.statistics.title, tickWord(r.statistics)));
        QVector<QStringList> rows;
        for (const T7Field &f : r.statistics.fields)
            rows.append(fieldRow(esc(fieldLabel(f, r.statistics.title)), f));
        for (const T7Line &line : r.statistics.lines) {
            if (line.fields.isEmpty()) {
                rows.append(spanRow(indent(line.depth, line.title)));
                continue;
            }
            for (const T7Field &f : line.fields)
                rows.append(fieldRow(indent(line.depth, fieldLabel(f, line.title)), f));
        }
        table({tr("Figure"), tr("Value"), tr("Entered by / source")}, rows, {44, 20, 36});
    }

    void day7Task(const T7Task &task)
    {
        heading(task.title);
        para(tickWord(task));
        QVector<QStringList> rows;
        auto add = [&rows](const QString &title, int depth, bool tickable, bool done, const T7Stamp &ticked,
                           const QVector<T7Field> &fields) {
            QStringList values;
            T7Stamp latest = ticked;
            for (const T7Field &f : fields) {
                if (f.value.isEmpty())
                    continue;
                values.append(esc(f.unit.isEmpty() ? f.value : tr("%1 %2").arg(f.value, f.unit)));
                if (f.entered.isSet() && (!latest.isSet() || latest.at < f.entered.at))
                    latest = f.entered;
            }
            const QString state = !tickable ? dash() : done ? tr("done") : tr("open");
            rows.append({indent(depth, title), esc(state),
                         values.isEmpty() ? dash() : values.join(QStringLiteral("; ")), stamp(latest)});
        };
        for (const T7Line &line : task.lines)
            add(line.title, line.depth, line.tickable, line.done, line.ticked, line.fields);
        if (!task.fields.isEmpty())
            add(task.title, 0, false, false, T7Stamp(), task.fields);
        if (!rows.isEmpty())
            table({tr("Item"), tr("State"), tr("Value"), tr("By, when")}, rows, {42, 9, 21, 28});
    }

    void criteria()
    {
        heading(tr("Success criteria"));
        if (r.criteria.criteria.isEmpty())
            return para(tr("The success criteria have not been evaluated for this report: every criterion is "
                           "not known."));
        para(tr("Overall: %1.").arg(verdictWord(r.criteria.overall)));
        for (const CriterionResult &c : r.criteria.criteria) {
            QVector<QStringList> rows;
            for (const CriterionPoint &p : c.points) {
                QString confirmation = esc(p.note);
                if (!p.confirmedBy.name.isEmpty())
                    confirmation =
                        esc(tr("confirmed by %1, %2: %3")
                                .arg(p.confirmedBy.displayName(),
                                     formatTime(QDateTime::fromString(p.confirmedAt, Qt::ISODateWithMs)), p.note));
                rows.append({esc(p.text), QStringLiteral("<b>%1</b>").arg(esc(verdictWord(p.verdict))),
                             esc(p.figure.isEmpty() ? dash() : p.figure),
                             esc(p.threshold.isEmpty() ? dash() : p.threshold),
                             esc(p.source.isEmpty() ? dash() : p.source), confirmation});
            }
            table({tr("Point"), tr("Verdict"), tr("Figure"), tr("Threshold"), tr("Source"), tr("Confirmation")}, rows,
                  {26, 11, 12, 12, 19, 20}, esc(tr("%1 — %2").arg(c.title, verdictWord(c.verdict))));
            m_html += QStringLiteral("<p></p>");
        }
        for (const SignatureLine &s : r.signatures) {
            if (!s.justification.isEmpty())
                para(tr("Signed by %1 (%2) although a criterion is not met. Justification: %3")
                         .arg(s.name, s.role, s.justification));
        }
    }

    void hourlyReports()
    {
        heading(tr("Hourly status reports"));
        if (r.hourlyReports.isEmpty())
            return para(tr("No hourly report was confirmed."));
        QVector<QStringList> rows;
        for (const ConfirmedReport &h : r.hourlyReports) {
            QStringList row{esc(tr("Hour %1").arg(h.hour)),
                            esc(tr("%1–%2").arg(h.from.toUTC().toString(QStringLiteral("dd MMM HH:mm")),
                                                h.to.toUTC().toString(QStringLiteral("HH:mm"))))};
            for (ReportField f : kReportFields) {
                const QString v = h.value(f).value;
                row.append(esc(v.isEmpty() ? dash() : v));
            }
            row.append(esc(tr("%1, %2").arg(h.confirmedBy.displayName(),
                                            formatTime(QDateTime::fromString(h.confirmedAtUtc, Qt::ISODateWithMs)))));
            rows.append(row);
        }
        para(tr("Tickets: total tickets processed; workflows: total workflows executed; failed: failed executions."));
        table({tr("Hour"), tr("Window (UTC)"), tr("Tickets"), tr("Workflows"), tr("Failed"), tr("Health"), tr("Issues"),
               tr("Confirmed by")},
              rows, {7, 13, 9, 12, 8, 8, 16, 27});

        // Where the values came from: each field's source once, with the hours it served.
        QVector<QPair<QString, QString>> sources; // field label, source; in order of appearance
        QHash<QPair<QString, QString>, QStringList> hoursOf;
        QVector<QStringList> corrections;
        for (const ConfirmedReport &h : r.hourlyReports) {
            for (ReportField f : kReportFields) {
                const ReportValue v = h.value(f);
                if (v.source.isEmpty())
                    continue;
                const QPair<QString, QString> key{reportFieldLabel(f),
                                                  v.byOperator ? tr("entered by the operator") : v.source};
                if (!hoursOf.contains(key))
                    sources.append(key);
                hoursOf[key].append(QString::number(h.hour));
            }
            for (const ReportCorrection &c : h.corrections)
                corrections.append({esc(tr("Hour %1").arg(h.hour)), esc(reportFieldLabel(c.field)),
                                    esc(tr("corrected from \"%1\" to \"%2\" by %3, %4%5")
                                            .arg(c.previous, c.value, c.actor.displayName(),
                                                 formatTime(QDateTime::fromString(c.timeUtc, Qt::ISODateWithMs)),
                                                 c.reason.isEmpty() ? QString() : tr(": %1").arg(c.reason)))});
        }
        QVector<QStringList> sourceRows;
        for (const auto &key : std::as_const(sources))
            sourceRows.append({esc(key.first), esc(key.second), esc(hoursOf.value(key).join(QStringLiteral(", ")))});
        if (!sourceRows.isEmpty()) {
            subheading(tr("Where the values came from"));
            table({tr("Value"), tr("Source"), tr("Hours")}, sourceRows, {28, 54, 18});
        }
        if (!corrections.isEmpty()) {
            subheading(tr("Corrections"));
            table({tr("Hour"), tr("Value"), tr("Change")}, corrections, {10, 26, 64});
        }
    }

    static QString duration(qint64 secs) { return secs < 0 ? dash() : IncidentLog::formatDuration(secs); }

    void incidents()
    {
        heading(tr("Incidents"));
        if (r.incidents.isEmpty())
            return para(tr("No incident was opened."));
        for (const Incident &i : r.incidents) {
            const QString resolved = i.isResolved()
                ? tr("%1 after %2: %3").arg(formatTime(i.resolvedAt), duration(i.timeToResolveSecs()), i.resolution)
                : tr("NOT RESOLVED");
            const QString acknowledged = i.firstAcknowledgedAt.isValid()
                ? tr("%1 after %2").arg(formatTime(i.firstAcknowledgedAt), duration(i.timeToAcknowledgeSecs()))
                : tr("not acknowledged");
            QString rollback = dash();
            if (i.rollbackStartedAt.isValid())
                rollback = i.rollbackFinishedAt.isValid()
                    ? tr("%1 to %2: %3")
                          .arg(formatTime(i.rollbackStartedAt), formatTime(i.rollbackFinishedAt), i.rollbackOutcome)
                    : tr("started %1, not finished").arg(formatTime(i.rollbackStartedAt));
            table({},
                  {{esc(tr("Type, level")), esc(tr("%1, level %2").arg(i.type).arg(i.level))},
                   {esc(tr("Service")), esc(i.service.isEmpty() ? dash() : i.service)},
                   {esc(tr("Opened")), esc(tr("%1 by %2").arg(formatTime(i.openedAt), i.openedBy.displayName()))},
                   {esc(tr("First acknowledged")), esc(acknowledged)},
                   {esc(tr("Rollback")), esc(rollback)},
                   {esc(tr("Resolved")), esc(resolved)},
                   {esc(tr("Steps done")), esc(tr("%1 of %2").arg(i.stepsDone()).arg(i.steps.size()))}},
                  {25, 75}, esc(tr("%1 %2").arg(i.label(), i.title)));
            QVector<QStringList> rows;
            for (const IncidentEntry &e : i.timeline)
                rows.append({esc(formatTime(e.at)), esc(e.actor.displayName()), esc(e.text)});
            m_html += QStringLiteral("<p></p>");
            if (!rows.isEmpty()) {
                table({tr("When"), tr("Who"), tr("What")}, rows, {22, 26, 52}, esc(tr("%1 timeline").arg(i.label())));
                m_html += QStringLiteral("<p></p>");
            }
        }
    }

    void uptime()
    {
        heading(tr("Uptime and latency per service"), true);
        if (!r.historyNote.isEmpty())
            para(r.historyNote);
        if (!r.historyAvailable)
            return;
        para(tr("Measured by this desk's probes from %1 to %2. Uptime counts UP, DEGRADED and unconfirmed "
                "failures as up and confirmed DOWN as down; time nobody monitored and maintenance windows are "
                "left out.")
                 .arg(formatTime(r.windowFrom), formatTime(std::min(r.windowTo, r.generatedAt))));
        QVector<QStringList> rows;
        for (const T7Service &s : r.services) {
            double weighted = 0;
            qint64 count = 0;
            int top = -1;
            for (const LatencyPoint &p : s.latency) {
                if (p.avgLatencyMs >= 0) {
                    weighted += p.avgLatencyMs * p.results;
                    count += p.results;
                }
                top = std::max(top, p.maxLatencyMs);
            }
            const QString avg = count > 0 ? QString::number(weighted / double(count), 'f', 0) : dash();
            rows.append(
                {esc(s.name) + (s.error.isEmpty() ? QString() : QStringLiteral("<br/><i>%1</i>").arg(esc(s.error))),
                 esc(percent(s.uptime.uptimePercent())), esc(minutes(s.uptime.downMs)),
                 esc(minutes(s.uptime.degradedMs)), esc(hours(s.uptime.unmonitoredMs)),
                 esc(hours(s.uptime.maintenanceMs)), esc(avg), esc(top >= 0 ? QString::number(top) : dash())});
        }
        if (rows.isEmpty())
            return para(tr("The probe history has no results."));
        para(tr("Down and degraded in minutes; unmonitored and maintenance in hours; latency in milliseconds."));
        table({tr("Service"), tr("Uptime"), tr("Down"), tr("Degraded"), tr("Unmonitored"), tr("Maintenance"),
               tr("Average"), tr("Maximum")},
              rows, {18, 12, 8, 11, 14, 14, 11, 12});
        subheading(tr("Charts"));
        para(tr("Solid line: average latency; dashed line: maximum latency; hatched: DOWN; dotted: DEGRADED."));
        for (int i = 0; i < r.services.size(); ++i) {
            if (m_charts == Charts::InlineSvg)
                m_html += QStringLiteral("<div class=\"chart\">%1</div>")
                              .arg(T7Chart::svg(r.services.at(i), r.windowFrom, r.windowTo,
                                                std::min(r.windowTo, r.generatedAt), QStringLiteral("c%1").arg(i)));
            else
                m_html += QStringLiteral("<p><img src=\"%1%2\"/></p>").arg(kChartScheme).arg(i);
        }
    }

    void completion()
    {
        heading(tr("Checklist completion"), true);
        QVector<QStringList> rows;
        int done = 0;
        int total = 0;
        for (const T7PhaseCompletion &p : r.phases) {
            rows.append({esc(p.title), QString::number(p.done), QString::number(p.total),
                         esc(tr("%1 %").arg(qRound(100.0 * p.done / p.total)))});
            done += p.done;
            total += p.total;
        }
        rows.append({QStringLiteral("<b>%1</b>").arg(esc(tr("All phases"))), QString::number(done),
                     QString::number(total), esc(total ? tr("%1 %").arg(qRound(100.0 * done / total)) : dash())});
        table({tr("Phase"), tr("Done"), tr("Items"), tr("Share")}, rows, {58, 14, 14, 14});
        subheading(tr("Who ticked what, when"));
        QVector<QStringList> ticks;
        QString phase;
        for (const T7Tick &t : r.ticks) {
            if (t.phase != phase)
                ticks.append(spanRow(esc(phase = t.phase)));
            ticks.append({esc(t.title), esc(t.ticked.isSet() ? t.ticked.actor.displayName() : dash()),
                          esc(formatTime(t.ticked.at))});
        }
        if (ticks.isEmpty())
            para(tr("Nothing is ticked."));
        else
            table({tr("Item"), tr("Ticked by"), tr("When")}, ticks, {46, 30, 24});
    }

    void integrity()
    {
        heading(tr("Audit trail integrity"));
        const VerifyResult &v = r.verify;
        if (v.intact) {
            para(tr("INTACT: all %n event(s) of the launch record were verified (hash chain, each event's stored "
                    "form, the checklist templates and the projection cache).",
                    nullptr, int(v.eventCount)));
            table({},
                  {{esc(tr("Head event")), esc(tr("#%1").arg(r.headSeq))},
                   {esc(tr("Head hash (SHA-256)")), QStringLiteral("<tt>%1</tt>").arg(esc(r.headHash))}},
                  {28, 72});
            return;
        }
        if (v.firstBadSeq > 0)
            para(tr("BROKEN: the first bad event is #%1: %2").arg(v.firstBadSeq).arg(v.reason));
        else
            para(tr("NOT VERIFIED: %1").arg(v.reason));
    }

    void signatures()
    {
        heading(tr("Signatures"), true);
        para(tr("Each line below is the record's sign-off for one role of the checklist."));
        if (r.signatures.isEmpty())
            para(tr("The checklist names no signature lines."));
        for (const SignatureLine &s : r.signatures) {
            QVector<QStringList> rows;
            const QString when = formatTime(QDateTime::fromString(s.timeUtc, Qt::ISODateWithMs));
            switch (s.status) {
            case SignatureStatus::Missing:
                rows = {{esc(tr("Meaning")), esc(s.meaning)},
                        {esc(tr("Printed name")), QStringLiteral("<br/>")},
                        {esc(tr("Signature")), QStringLiteral("<br/><br/>")},
                        {esc(tr("Date and time")), QStringLiteral("<br/>")}};
                break;
            case SignatureStatus::Signed:
            case SignatureStatus::Invalidated:
            case SignatureStatus::NotValid:
                rows = {{esc(tr("Printed name")), QStringLiteral("<b>%1</b>").arg(esc(s.name))},
                        {esc(tr("Role")), esc(s.role)},
                        {esc(tr("Meaning")), esc(s.meaning)},
                        {esc(tr("Signed")), esc(when)},
                        {esc(tr("Content digest (SHA-256)")), QStringLiteral("<tt>%1</tt>").arg(esc(s.digest))}};
                if (!s.justification.isEmpty())
                    rows.append({esc(tr("Justification")), esc(s.justification)});
                if (s.status == SignatureStatus::Invalidated)
                    rows.append({QStringLiteral("<b>%1</b>").arg(esc(tr("Invalidated"))),
                                 esc(tr("by %1, %2: %3")
                                         .arg(s.invalidatedBy.displayName(),
                                              formatTime(QDateTime::fromString(s.invalidatedAt, Qt::ISODateWithMs)),
                                              s.invalidatedBecause))});
                if (s.status == SignatureStatus::NotValid)
                    rows.append({QStringLiteral("<b>%1</b>").arg(esc(tr("Not valid"))), esc(s.notValidBecause)});
                break;
            case SignatureStatus::Refused:
                rows = {{esc(tr("Printed name")), QStringLiteral("<b>%1</b>").arg(esc(s.name))},
                        {esc(tr("Role")), esc(s.role)},
                        {esc(tr("Refused")), esc(when)},
                        {esc(tr("Reason")), esc(s.reason)}};
                break;
            }
            table({}, rows, {28, 72}, esc(tr("%1 — %2").arg(s.role, statusWord(s.status))));
            m_html += QStringLiteral("<p></p>");
        }
    }
};

QString T7ReportDocument::title()
{
    return tr("T+7 Go-Live Report");
}

QString T7ReportDocument::subtitle(const T7Report &report)
{
    const QString name = report.checklistTitle.isEmpty() ? tr("Go-live") : report.checklistTitle;
    return report.t0.isValid() ? tr("%1 — T0 %2").arg(name, formatTime(report.t0)) : tr("%1 — no T0").arg(name);
}

QString T7ReportDocument::headLine(const T7Report &report)
{
    return tr("Record head %1").arg(RecordAnchor::format(report.headSeq, report.headHash.left(16)));
}

QString T7ReportDocument::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return dash();
    // Printed in UTC, so that every desk's copy reads the same; in the reader's own date form
    // (ISO in the C locale, which is what scripts and tests get).
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return tr("%1 UTC").arg(locale.toString(time.toUTC(), QLocale::ShortFormat));
}

QString T7ReportDocument::verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met: return tr("MET");
    case Verdict::NotMet: return tr("NOT MET");
    case Verdict::Unknown: break;
    }
    return tr("NOT KNOWN");
}

QString T7ReportDocument::statusWord(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Signed: return tr("SIGNED");
    case SignatureStatus::Refused: return tr("REFUSED");
    case SignatureStatus::Invalidated: return tr("INVALIDATED");
    case SignatureStatus::NotValid: return tr("NOT VALID");
    case SignatureStatus::Missing: break;
    }
    return tr("MISSING: not signed yet");
}

QString T7ReportDocument::bodyHtml(const T7Report &report, Charts charts)
{
    return Writer(report, charts).body();
}

QString T7ReportDocument::standaloneHtml(const T7Report &report)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>%1</title><style>"
                          "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;max-width:60em;margin:2em auto}"
                          "th,td{vertical-align:top}h2{margin-top:1.5em}.chart{margin:0.8em 0}"
                          "header,footer{color:#444;font-size:9pt}</style></head><body>"
                          "<header>%1 · %2</header>%3<footer>%4 · %5</footer></body></html>\n")
        .arg(esc(title()), esc(subtitle(report)), bodyHtml(report, Charts::InlineSvg),
             esc(tr("Made by Go-Live Control %1 on %2.")
                     .arg(QCoreApplication::applicationVersion(), formatTime(report.generatedAt))),
             esc(headLine(report)));
}

std::unique_ptr<QTextDocument> T7ReportDocument::build(const T7Report &report, QPaintDevice *layoutDevice)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    if (layoutDevice)
        doc->documentLayout()->setPaintDevice(layoutDevice);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 12.5pt; } "
                                             "h3 { font-size: 10pt; } th { font-weight: bold; }"));
    doc->documentLayout()->registerHandler(T7Chart::kObjectType, new T7ChartObject(report, doc.get()));
    doc->setHtml(bodyHtml(report, Charts::TextObjects));

    // The chart placeholders become chart objects (one character each, so positions hold).
    QVector<QPair<int, int>> charts;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().startsWith(kChartScheme))
                charts.append({fragment.position(), format.toImageFormat().name().mid(kChartScheme.size()).toInt()});
        }
    }
    for (const auto &[position, index] : std::as_const(charts)) {
        QTextCursor cursor(doc.get());
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat chart;
        chart.setObjectType(T7Chart::kObjectType);
        chart.setProperty(T7Chart::kServiceProperty, index);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
    return doc;
}
