#include "CriteriaEvaluation.h"

#include <cmath>

// The figure and source texts below are data: they go into criterion.measured events and into the
// summary the sign-off digests, so they are written in one language whatever the desk's, like a
// collector's source.

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString span(qint64 ms)
{
    const double days = double(ms) / double(kDayMs);
    if (days >= 1)
        return QStringLiteral("%1 d").arg(number(days, 1));
    return QStringLiteral("%1 h").arg(number(double(ms) / 3600000.0, 1));
}

// Allowed downtime in minutes over the 7-day window for an uptime limit ("≥ 99 %" → 100.8).
double allowedDowntimeMinutes(const Threshold &uptime)
{
    return (100.0 - uptime.value) / 100.0 * double(kCriteriaWindowDays) * 24.0 * 60.0;
}

QString uptimeThreshold(const Threshold &t)
{
    return QStringLiteral("%1 (\u2264 %2 min in %3 days)")
        .arg(t.display(), number(allowedDowntimeMinutes(t), 1))
        .arg(kCriteriaWindowDays);
}

Verdict judge(bool holds)
{
    return holds ? Verdict::Met : Verdict::NotMet;
}

CriterionPoint blank(const CriterionPointSpec &spec)
{
    CriterionPoint p;
    p.id = spec.id;
    p.text = spec.text;
    if (spec.threshold)
        p.threshold =
            spec.measure == Measure::UptimePercent ? uptimeThreshold(*spec.threshold) : spec.threshold->display();
    return p;
}

void measureStability(const CriterionPointSpec &spec, const CriteriaData &data, CriterionPoint *p)
{
    const Threshold &t = *spec.threshold;
    if (!data.availability) {
        p->source = QStringLiteral("probe history: not read yet");
        return;
    }
    const SystemAvailability &a = *data.availability;
    if (!a.error.isEmpty()) {
        p->source = QStringLiteral("probe history: %1").arg(a.error);
        return;
    }
    const bool open = !a.isComplete();
    p->source = QStringLiteral("probe history, %1 services, %2 monitored of %3 after T0%4")
                    .arg(a.services)
                    .arg(span(a.monitoredMs), span(a.windowMs()),
                         open ? QStringLiteral(" (window open until %1)").arg(a.to.toString(Qt::ISODate)) : QString());
    if (!a.hasFigure()) {
        p->figure.clear();
        p->source += QStringLiteral("; nothing monitored");
        return;
    }
    const QString soFar = open ? QStringLiteral(" so far") : QString();
    if (spec.measure == Measure::UptimePercent) {
        p->figure = QStringLiteral("%1 %%2 (%3 min down)")
                        .arg(number(a.uptimePercent(), 3), soFar, number(a.downtimeMinutes(), 1));
        if (!open)
            p->verdict = judge(t.holds(a.uptimePercent()));
        else if (a.downtimeMinutes() > allowedDowntimeMinutes(t))
            p->verdict = Verdict::NotMet; // more down already than the whole week allows
    } else {
        p->figure = QStringLiteral("%1 min%2").arg(number(a.downtimeMinutes(), 1), soFar);
        const bool holds = t.holds(a.downtimeMinutes() * 60.0);
        if (!open || !holds)
            p->verdict = judge(holds); // downtime only grows: over the limit is final
    }
}

void measureFromCollector(const CriterionPointSpec &spec, const CriteriaData &data, CriterionPoint *p)
{
    if (!data.figuresCollected) {
        p->source = QStringLiteral("collectors: not asked yet");
        return;
    }
    QHash<QString, CollectorDefinition> byName;
    for (const CollectorDefinition &d : data.collectors)
        byName.insert(d.name, d);
    for (const Figure &f : data.figures) {
        if (!byName.contains(f.collector))
            continue;
        const CollectorDefinition &d = byName[f.collector];
        const bool wanted = spec.measure == Measure::WorkflowExecutionAverage
            ? d.kind == CollectorDefinition::Kind::N8nExecutions && f.name == QLatin1String("average duration")
            : d.kind == CollectorDefinition::Kind::PostgresQuery
                && f.collector.contains(QLatin1String("p95"), Qt::CaseInsensitive)
                && f.unit.compare(QLatin1String("ms"), Qt::CaseInsensitive) == 0;
        if (!wanted)
            continue;
        p->source = QStringLiteral("%1: %2").arg(f.collector, f.source);
        if (!f.hasValue()) {
            p->source += QStringLiteral(" (%1)").arg(f.error.isError() ? f.error.message : f.note);
            return;
        }
        const double seconds = *f.value / 1000.0;
        p->figure = QStringLiteral("%1 s").arg(number(seconds, 3));
        p->verdict = judge(spec.threshold->holds(seconds));
        return;
    }
    p->source = spec.measure == Measure::WorkflowExecutionAverage
        ? QStringLiteral("no n8n-executions collector in the catalogue")
        : QStringLiteral("no postgres-query collector for the p95 query time (ms) in the catalogue");
}

void measureAuditTrail(const CriteriaData &data, CriterionPoint *p)
{
    p->threshold = QStringLiteral("golive verify: intact");
    if (!data.verify) {
        p->source = QStringLiteral("golive verify: not run yet");
        return;
    }
    const VerifyResult &v = *data.verify;
    // The figure names the head the check covered and the source when it ran: a record that grows
    // after the check is not vouched for by it.
    p->source = v.checkedAt.isValid()
        ? QStringLiteral("golive verify at %1").arg(v.checkedAt.toUTC().toString(Qt::ISODate))
        : QStringLiteral("golive verify");
    if (v.cancelled) {
        p->source += QStringLiteral(" (cancelled)");
        return;
    }
    if (v.intact) {
        p->figure = QStringLiteral("intact through event #%1 (%2 %3)")
                        .arg(v.headSeq)
                        .arg(v.eventCount)
                        .arg(v.eventCount == 1 ? QStringLiteral("event") : QStringLiteral("events"));
        if (!v.headHash.isEmpty())
            p->source += QStringLiteral(", head hash %1").arg(v.headHash.left(12));
        p->verdict = Verdict::Met;
    } else {
        p->figure = v.firstBadSeq > 0 ? QStringLiteral("broken at event #%1: %2").arg(v.firstBadSeq).arg(v.reason)
                                      : QStringLiteral("broken: %1").arg(v.reason);
        p->verdict = Verdict::NotMet;
    }
}

Day7Stat statOf(Measure measure)
{
    switch (measure) {
    case Measure::EmailProcessingAverage: return Day7Stat::EmailAverageSeconds;
    case Measure::DatabaseQueryP95: return Day7Stat::PostgresQueryP95Ms;
    default: return Day7Stat::None;
    }
}

} // namespace

Verdict verdictFromKey(const QString &key)
{
    for (Verdict v : {Verdict::Met, Verdict::NotMet}) {
        if (verdictKey(v) == key)
            return v;
    }
    return Verdict::Unknown;
}

CriterionPoint measurePoint(const CriterionPointSpec &spec, const CriteriaData &data)
{
    CriterionPoint p = blank(spec);
    switch (spec.measure) {
    case Measure::UptimePercent:
    case Measure::UnplannedDowntime: measureStability(spec, data, &p); break;
    case Measure::WorkflowExecutionAverage:
    case Measure::DatabaseQueryP95: measureFromCollector(spec, data, &p); break;
    case Measure::AuditTrail: measureAuditTrail(data, &p); break;
    case Measure::EmailProcessingAverage:
        p.source = QStringLiteral("Day 7 statistics: \"Average processing time\" not filled in");
        break;
    case Measure::None: break;
    }
    return p;
}

std::optional<CriterionPoint> pointFromEntered(const CriterionPointSpec &spec, const QVector<Day7Field> &fields)
{
    const Day7Stat stat = statOf(spec.measure);
    const Day7Field *field = stat == Day7Stat::None ? nullptr : day7Field(fields, stat);
    if (!field || !field->isFilled() || !spec.threshold)
        return std::nullopt;
    bool ok = false;
    const double value = field->value.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const Threshold::Unit unit =
        field->unit.startsWith(QLatin1String("ms")) ? Threshold::Unit::Milliseconds : Threshold::Unit::Seconds;
    CriterionPoint p = blank(spec);
    p.figure = QStringLiteral("%1 %2").arg(field->value, field->unit);
    p.verdict = judge(spec.threshold->holds(value * Threshold::secondsPer(unit)));
    const QString who = field->origin.actor.name.isEmpty() ? QStringLiteral("?") : field->origin.actor.name;
    p.source = field->origin.source == FieldOrigin::operatorSource()
        ? QStringLiteral("Day 7 statistics \"%1\" (entered by %2)").arg(field->label, who)
        : QStringLiteral("Day 7 statistics \"%1\" (accepted by %2 from %3)")
              .arg(field->label, who, field->origin.source);
    return p;
}

void markStricterLimit(const CriterionSpec &spec, QVector<CriterionPoint> *points)
{
    int uptime = -1;
    int downtime = -1;
    for (int i = 0; i < spec.points.size(); ++i) {
        if (spec.points.at(i).measure == Measure::UptimePercent)
            uptime = i;
        else if (spec.points.at(i).measure == Measure::UnplannedDowntime)
            downtime = i;
    }
    if (uptime < 0 || downtime < 0 || points->size() != spec.points.size())
        return;
    const Threshold &u = *spec.points.at(uptime).threshold;
    const Threshold &d = *spec.points.at(downtime).threshold;
    const double allowed = allowedDowntimeMinutes(u);
    const double limit = d.baseValue() / 60.0;
    const bool downtimeStricter = limit <= allowed;
    const QString looser = QStringLiteral("; allows %1 min, looser than the other limit");
    const QString stricter = QStringLiteral("; the stricter limit (%1 min against %2 min): it decides the criterion");
    CriterionPoint &up = (*points)[uptime];
    CriterionPoint &down = (*points)[downtime];
    if (downtimeStricter) {
        up.source += looser.arg(number(allowed, 1));
        down.source += stricter.arg(number(limit, 1), number(allowed, 1));
    } else {
        down.source += looser.arg(number(limit, 1));
        up.source += stricter.arg(number(allowed, 1), number(limit, 1));
    }
}

Verdict combinedVerdict(const QVector<Verdict> &verdicts)
{
    if (verdicts.isEmpty())
        return Verdict::Unknown;
    bool allMet = true;
    for (Verdict v : verdicts) {
        if (v == Verdict::NotMet)
            return Verdict::NotMet;
        allMet = allMet && v == Verdict::Met;
    }
    return allMet ? Verdict::Met : Verdict::Unknown;
}

CriteriaSummary composeCriteria(const QVector<CriterionSpec> &specs, const QVector<Day7Field> &fields,
                                const MeasuredLookup &measured, const ConfirmedLookup &confirmed)
{
    CriteriaSummary summary;
    QVector<Verdict> overall;
    for (const CriterionSpec &spec : specs) {
        CriterionResult c;
        c.id = spec.id;
        c.title = spec.title;
        QVector<Verdict> verdicts;
        for (const CriterionPointSpec &ps : spec.points) {
            CriterionPoint p = blank(ps);
            if (ps.isMeasurable()) {
                if (auto entered = pointFromEntered(ps, fields))
                    p = *entered;
                else if (auto m = measured ? measured(spec, ps) : std::nullopt)
                    p = *m;
                p.id = ps.id;
                p.text = ps.text;
            }
            if (!ps.isMeasurable() || p.figure.isEmpty()) {
                if (const auto conf = confirmed ? confirmed(spec.id, ps.id) : std::nullopt) {
                    p.verdict = conf->verdict;
                    p.note = conf->note;
                    p.confirmedBy = conf->actor;
                    p.confirmedAt = conf->timeUtc;
                    p.source = QStringLiteral("confirmed by %1").arg(conf->actor.displayName());
                }
            }
            verdicts.append(p.verdict);
            c.points.append(p);
        }
        c.verdict = combinedVerdict(verdicts);
        overall.append(c.verdict);
        summary.criteria.append(c);
    }
    summary.overall = combinedVerdict(overall);
    return summary;
}

QHash<QString, CriterionPoint> measureAll(const QVector<CriterionSpec> &specs, const CriteriaData &data)
{
    QHash<QString, CriterionPoint> out;
    for (const CriterionSpec &spec : specs) {
        QVector<CriterionPoint> points;
        for (const CriterionPointSpec &ps : spec.points)
            points.append(ps.isMeasurable() ? measurePoint(ps, data) : blank(ps));
        markStricterLimit(spec, &points);
        for (int i = 0; i < spec.points.size(); ++i) {
            if (spec.points.at(i).isMeasurable())
                out.insert(pointKey(spec.id, spec.points.at(i).id), points.at(i));
        }
    }
    return out;
}
