#include "models/reports/T7Report.h"

#include "models/criteria/CriteriaRecord.h"
#include "models/monitoring/ProbeHistory.h"
#include "models/session/DeskFiles.h"
#include "models/session/LaunchRecord.h"
#include "models/signoff/RecordVerdict.h"
#include "models/signoff/SignOffDesk.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qint64 kWindowDays = 7;
// Hour buckets over seven days (168) fit; the chart needs no more.
constexpr int kMaxLatencyPoints = 400;

QString actorKey(const Actor &a)
{
    return actorKindName(a.kind) + QLatin1Char('\n') + a.name + QLatin1Char('\n') + a.role;
}

QDateTime eventTime(const AuditEvent &e)
{
    return QDateTime::fromString(e.timeUtc, Qt::ISODateWithMs).toUTC();
}

// What one pass over the record gives: who recorded what, who last ticked each item and set
// each blank, and the projections of the hourly reports and incidents.
struct RecordScan
{
    QHash<QString, T7Contributor> contributors;
    QStringList contributorOrder;
    QHash<QString, T7Stamp> ticked;  // item -> its last tick
    QHash<QString, T7Stamp> entered; // item + '\n' + field -> its last value
    HourlyReports reports;
    IncidentLog incidents;
    QString headHash;
    qint64 headSeq = 0;

    void take(const AuditEvent &e)
    {
        const QString key = actorKey(e.actor);
        const QDateTime at = eventTime(e);
        auto it = contributors.find(key);
        if (it == contributors.end()) {
            it = contributors.insert(key, {e.actor, 0, at, at});
            contributorOrder.append(key);
        }
        ++it->events;
        it->last = at;
        headHash = e.hash;
        headSeq = e.seq;

        switch (e.kind) {
        case EventKind::ItemTicked: ticked.insert(e.payloadText("item"), {e.actor, at}); break;
        case EventKind::ItemUnticked: ticked.remove(e.payloadText("item")); break;
        case EventKind::FieldSet:
            entered.insert(e.payloadText("item") + QLatin1Char('\n') + e.payloadText("field"), {e.actor, at});
            break;
        default: break;
        }
        if (reports.kinds().contains(e.kind))
            reports.apply(e);
        if (incidents.kinds().contains(e.kind))
            incidents.apply(e);
    }
};

QVector<T7Field> fieldsOf(const LaunchRecord &session, const ChecklistNode *node, const RecordScan &scan)
{
    QVector<T7Field> out;
    for (const ChecklistField &f : node->fields()) {
        if (f.type == ChecklistField::Type::Signature)
            continue;
        T7Field field;
        field.label = f.label;
        field.unit = f.unit;
        field.value = session.fieldValue(node->id(), f.key);
        field.entered = scan.entered.value(node->id() + QLatin1Char('\n') + f.key);
        if (!field.value.isEmpty() && field.entered.isSet()) {
            field.source =
                QCoreApplication::translate("T7Report", "entered by %1").arg(field.entered.actor.displayName());
        } else if (field.value.isEmpty() && !f.templateValue.isEmpty()) {
            field.value = f.templateValue;
            field.source = QCoreApplication::translate("T7Report", "the checklist template");
        }
        out.append(field);
    }
    return out;
}

void addLines(const LaunchRecord &session, const ChecklistNode *node, int depth, const RecordScan &scan,
              QVector<T7Line> *lines)
{
    for (int i = 0; i < node->childCount(); ++i) {
        const ChecklistNode *c = node->child(i);
        T7Line line;
        line.id = c->id();
        line.title = c->title();
        line.depth = depth;
        line.tickable = c->isTickable();
        line.done = line.tickable && session.state().isDone(c->id());
        if (line.done)
            line.ticked = scan.ticked.value(c->id());
        line.fields = fieldsOf(session, c, scan);
        lines->append(line);
        addLines(session, c, depth + 1, scan, lines);
    }
}

T7Task taskOf(const LaunchRecord &session, const ChecklistNode *node, const RecordScan &scan)
{
    T7Task task;
    task.id = node->id();
    task.title = node->title();
    task.done = node->isTickable() && session.state().isDone(node->id());
    if (task.done)
        task.ticked = scan.ticked.value(node->id());
    task.fields = fieldsOf(session, node, scan);
    addLines(session, node, 0, scan, &task.lines);
    return task;
}

// The Day 7 review: a heading that speaks of day 7 or T+7 days. Its tasks are read as they are;
// the one that collects statistics is the report's statistics section.
void gatherDay7(const LaunchRecord &session, const RecordScan &scan, T7Report *r)
{
    const ChecklistDocument *doc = session.document();
    if (!doc)
        return;
    static const QRegularExpression day7(QStringLiteral(R"(\bday\s*7\b|\bT\s*\+\s*7\s*d)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression statistics(QStringLiteral("statistic"), QRegularExpression::CaseInsensitiveOption);
    // The heading with tasks of its own: "Phase 4 (T+24 to T+7 days)" only gathers other headings.
    auto hasTasks = [](const ChecklistNode *n) {
        for (int i = 0; i < n->childCount(); ++i) {
            if (n->child(i)->isTickable())
                return true;
        }
        return false;
    };
    const ChecklistNode *section = nullptr;
    doc->root()->forEach([&](const ChecklistNode *n) {
        if (!section && (n->kind() == ChecklistNode::Kind::Section || n->kind() == ChecklistNode::Kind::Phase)
            && day7.match(n->title()).hasMatch() && hasTasks(n))
            section = n;
    });
    if (!section)
        return;
    r->day7Found = true;
    r->day7Title = section->title();
    for (int i = 0; i < section->childCount(); ++i) {
        const ChecklistNode *c = section->child(i);
        if (c->kind() == ChecklistNode::Kind::Section)
            continue; // a sub-heading is not a task of the review
        T7Task task = taskOf(session, c, scan);
        if (!r->statisticsFound && statistics.match(c->title()).hasMatch()) {
            r->statisticsFound = true;
            r->statistics = task;
        } else {
            r->day7Tasks.append(task);
        }
    }
}

void gatherCompletion(const LaunchRecord &session, const RecordScan &scan, T7Report *r)
{
    const ChecklistDocument *doc = session.document();
    if (!doc)
        return;
    for (int i = 0; i < doc->root()->childCount(); ++i) {
        const ChecklistNode *phase = doc->root()->child(i);
        T7PhaseCompletion completion;
        completion.title = phase->title();
        phase->forEach([&](const ChecklistNode *n) {
            if (!n->isTickable())
                return;
            ++completion.total;
            if (!session.state().isDone(n->id()))
                return;
            ++completion.done;
            r->ticks.append({phase->title(), n->id(), n->title(), scan.ticked.value(n->id())});
        });
        if (completion.total > 0)
            r->phases.append(completion);
    }
}

void gatherHistory(const ProbeHistory &history, T7Report *r)
{
    const auto names = history.services();
    if (!names) {
        r->historyNote = names.error().message;
        return;
    }
    r->historyAvailable = true;
    const QDateTime now = r->generatedAt;
    for (const QString &name : names.value()) {
        T7Service s;
        s.name = name;
        const auto uptime = history.uptime(name, r->windowFrom, r->windowTo, now);
        const auto latency = history.latencySeries(name, r->windowFrom, std::min(r->windowTo, now), kMaxLatencyPoints);
        const auto changes = history.stateChanges(name, r->windowFrom, r->windowTo);
        if (uptime)
            s.uptime = uptime.value();
        if (latency)
            s.latency = latency.value();
        if (changes)
            s.changes = changes.value();
        for (const auto *e : {&uptime.error(), &latency.error(), &changes.error()}) {
            if (e->isError() && s.error.isEmpty())
                s.error = e->message;
        }
        r->services.append(s);
    }
}

} // namespace

namespace T7ReportGather {

QVector<SignatureLine> missingSignatures(const ChecklistDocument &document)
{
    QVector<SignatureLine> lines;
    for (const SignatureSlot &slot : document.signatureSlots()) {
        SignatureLine line;
        line.role = slot.role;
        line.meaning = QCoreApplication::translate("T7Report", "Approval of go-live success");
        lines.append(line);
    }
    return lines;
}

Result<T7Report> gather(const LaunchRecord &session, const ProbeHistory *history, const T7ReportInputs &inputs)
{
    T7Report r;
    r.generatedAt = inputs.now.isValid() ? inputs.now.toUTC() : QDateTime::currentDateTimeUtc();
    r.storePath = session.store().path();
    if (const ChecklistDocument *doc = session.document())
        r.checklistTitle = doc->title();
    r.t0 = session.timing().t0();
    r.t0Planned = session.timing().planned();
    r.t0Recorded = session.timing().recorded();
    if (r.t0.isValid()) {
        r.windowFrom = r.t0;
        r.windowTo = r.t0.addDays(kWindowDays);
    }

    RecordScan scan;
    if (const Status read = session.store().readEvents(0, [&scan](const AuditEvent &e) { scan.take(e); }); !read)
        return read.error();
    for (const QString &key : std::as_const(scan.contributorOrder))
        r.contributors.append(scan.contributors.value(key));
    // People first (they ran the launch), then programs and the monitor; each by first event.
    std::stable_sort(r.contributors.begin(), r.contributors.end(), [](const T7Contributor &a, const T7Contributor &b) {
        return int(a.actor.kind) < int(b.actor.kind);
    });
    r.headHash = scan.headHash;
    r.headSeq = scan.headSeq;
    r.verify = RecordVerdict::of(session.store()); // what `golive verify` says, signatures and all

    gatherDay7(session, scan, &r);
    gatherCompletion(session, scan, &r);
    r.hourlyReports = scan.reports.all().values().toVector();
    r.incidents = scan.incidents.incidents();
    r.criteria = inputs.criteria;
    r.signatures = inputs.signatures;
    if (r.signatures.isEmpty() && session.document())
        r.signatures = missingSignatures(*session.document());
    // A record that does not verify bears out no signature in it: none is printed as given.
    if (!r.verify.intact && !r.verify.cancelled) {
        for (SignatureLine &line : r.signatures) {
            if (line.status != SignatureStatus::Signed)
                continue;
            line.status = SignatureStatus::NotValid;
            line.notValidBecause = r.verify.reason;
        }
    }

    if (!r.t0.isValid())
        r.historyNote = QCoreApplication::translate("T7Report",
                                                    "No T0 is recorded or planned: there is no window "
                                                    "of seven days to report uptime and latency for.");
    else if (history)
        gatherHistory(*history, &r);
    return r;
}

Result<T7Report> load(const QString &storePath, const T7ReportInputs &inputs)
{
    LaunchRecord::OpenOptions options;
    options.readOnly = true;
    auto opened = LaunchRecord::open(storePath, Actor::system(), options);
    if (!opened)
        return opened.error();
    // What the caller does not pass comes from the record itself: the criteria's recorded summary
    // (what a signature covers) and the sign-off lines.
    T7ReportInputs filled = inputs;
    if (filled.criteria.criteria.isEmpty())
        filled.criteria = CriteriaRecord::of(*opened.value());
    if (filled.signatures.isEmpty()) {
        SignOffDesk signOff(opened.value().get());
        const CriteriaSummary criteria = filled.criteria;
        signOff.setCriteriaSource([criteria] { return criteria; });
        filled.signatures = signOff.lines();
    }
    return loadWith(*opened.value(), filled);
}

Result<T7Report> loadWith(LaunchRecord &session, const T7ReportInputs &inputs)
{
    auto *opened = &session;
    const QString historyPath = DeskFiles::historyPathFor(opened->store().address());
    if (!QFileInfo::exists(historyPath)) {
        auto report = gather(*opened, nullptr, inputs);
        if (report && report.value().historyNote.isEmpty())
            report.value().historyNote =
                QCoreApplication::translate("T7Report",
                                            "This desk has no probe history (%1): uptime and latency "
                                            "are measured where the monitor ran.")
                    .arg(historyPath);
        return report;
    }
    auto history = ProbeHistory::open(historyPath);
    if (!history) {
        auto report = gather(*opened, nullptr, inputs);
        if (report && report.value().historyNote.isEmpty())
            report.value().historyNote = history.error().message;
        return report;
    }
    return gather(*opened, history.value().get(), inputs);
}

} // namespace T7ReportGather
