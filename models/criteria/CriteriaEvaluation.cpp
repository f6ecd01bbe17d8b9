#include "models/criteria/CriteriaEvaluation.h"

#include "models/criteria/CriteriaPhrase.h"

#include <cmath>

// The figure and source texts below are data: they go into criterion.measured events and into the
// summary the sign-off digests, so they are stored in one language whatever the desk's, like a
// collector's source. Each is made twice (CriteriaPhrase): stored, and shown in the desk's
// language for the window.

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

CriteriaPhrase span(qint64 ms)
{
    const double days = double(ms) / double(kDayMs);
    if (days >= 1)
        return CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "%1 d")).arg(days, 1);
    return CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "%1 h")).arg(double(ms) / 3600000.0, 1);
}

void setFigure(CriterionPoint *p, const CriteriaPhrase &figure)
{
    p->figure = figure.stored();
    p->shownFigure = figure.shown();
}

void setSource(CriterionPoint *p, const CriteriaPhrase &source)
{
    p->source = source.stored();
    p->shownSource = source.shown();
}

void addToSource(CriterionPoint *p, const CriteriaPhrase &more)
{
    p->shownSource = p->sourceShown() + more.shown();
    p->source += more.stored();
}

CriteriaPhrase thresholdWords(const Threshold &t)
{
    return CriteriaPhrase::of(t.display(), t.shownDisplay());
}

// Allowed downtime in minutes over the 7-day window for an uptime limit ("≥ 99 %" → 100.8).
double allowedDowntimeMinutes(const Threshold &uptime)
{
    return (100.0 - uptime.value) / 100.0 * double(kCriteriaWindowDays) * 24.0 * 60.0;
}

CriteriaPhrase uptimeThreshold(const Threshold &t)
{
    return CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "%1 (\u2264 %2 min in %3 days)"))
        .arg(thresholdWords(t))
        .arg(allowedDowntimeMinutes(t), 1)
        .arg(qint64(kCriteriaWindowDays));
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
    if (spec.threshold) {
        const CriteriaPhrase limit =
            spec.measure == Measure::UptimePercent ? uptimeThreshold(*spec.threshold) : thresholdWords(*spec.threshold);
        p.threshold = limit.stored();
        p.shownThreshold = limit.shown();
    }
    return p;
}

void measureStability(const CriterionPointSpec &spec, const CriteriaData &data, CriterionPoint *p)
{
    const Threshold &t = *spec.threshold;
    if (!data.availability) {
        setSource(p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "probe history: not read yet")));
        return;
    }
    const SystemAvailability &a = *data.availability;
    if (!a.error.isEmpty()) {
        setSource(p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "probe history: %1")).arg(a.error));
        return;
    }
    const bool open = !a.isComplete();
    CriteriaPhrase source = CriteriaPhrase(
        QT_TRANSLATE_NOOP("CriteriaEvaluation", "probe history, %1 services, %2 monitored of %3 after T0%4"));
    source.arg(qint64(a.services)).arg(span(a.monitoredMs)).arg(span(a.windowMs()));
    source.arg(open ? CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", " (window open until %1)"))
                          .arg(a.to.toString(Qt::ISODate))
                    : CriteriaPhrase());
    setSource(p, source);
    if (!a.hasFigure()) {
        p->figure.clear();
        addToSource(p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "; nothing monitored")));
        return;
    }
    const CriteriaPhrase soFar =
        open ? CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", " so far")) : CriteriaPhrase();
    if (spec.measure == Measure::UptimePercent) {
        setFigure(p,
                  CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "%1 %%2 (%3 min down)"))
                      .arg(a.uptimePercent(), 3)
                      .arg(soFar)
                      .arg(a.downtimeMinutes(), 1));
        if (!open)
            p->verdict = judge(t.holds(a.uptimePercent()));
        else if (a.downtimeMinutes() > allowedDowntimeMinutes(t))
            p->verdict = Verdict::NotMet; // more down already than the whole week allows
    } else {
        setFigure(
            p,
            CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "%1 min%2")).arg(a.downtimeMinutes(), 1).arg(soFar));
        const bool holds = t.holds(a.downtimeMinutes() * 60.0);
        if (!open || !holds)
            p->verdict = judge(holds); // downtime only grows: over the limit is final
    }
}

void measureFromCollector(const CriterionPointSpec &spec, const CriteriaData &data, CriterionPoint *p)
{
    if (!data.figuresCollected) {
        setSource(p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "collectors: not asked yet")));
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
        setSource(p, CriteriaPhrase::verbatim(QStringLiteral("%1: %2").arg(f.collector, f.source)));
        if (!f.hasValue()) {
            addToSource(
                p, CriteriaPhrase::verbatim(QStringLiteral(" (%1)").arg(f.error.isError() ? f.error.message : f.note)));
            return;
        }
        const double seconds = *f.value / 1000.0;
        setFigure(p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "%1 s")).arg(seconds, 3));
        p->verdict = judge(spec.threshold->holds(seconds));
        return;
    }
    setSource(
        p,
        spec.measure == Measure::WorkflowExecutionAverage
            ? CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "no n8n-executions collector in the catalogue"))
            : CriteriaPhrase(QT_TRANSLATE_NOOP(
                "CriteriaEvaluation", "no postgres-query collector for the p95 query time (ms) in the catalogue")));
}

void measureAuditTrail(const CriteriaData &data, CriterionPoint *p)
{
    const CriteriaPhrase limit = CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "golive verify: intact"));
    p->threshold = limit.stored();
    p->shownThreshold = limit.shown();
    if (!data.verify) {
        setSource(p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "golive verify: not run yet")));
        return;
    }
    const VerifyResult &v = *data.verify;
    // The figure names the head the check covered and the source when it ran: a record that grows
    // after the check is not vouched for by it.
    setSource(p,
              v.checkedAt.isValid() ? CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "golive verify at %1"))
                                          .arg(v.checkedAt.toUTC().toString(Qt::ISODate))
                                    : CriteriaPhrase::verbatim(QStringLiteral("golive verify")));
    if (v.cancelled) {
        addToSource(p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", " (cancelled)")));
        return;
    }
    if (v.intact) {
        setFigure(
            p,
            (v.eventCount == 1
                 ? CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "intact through event #%1 (%2 event)"))
                 : CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "intact through event #%1 (%2 events)")))
                .arg(QString::number(v.headSeq))
                .arg(qint64(v.eventCount)));
        if (!v.headHash.isEmpty())
            addToSource(
                p, CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", ", head hash %1")).arg(v.headHash.left(12)));
        p->verdict = Verdict::Met;
    } else {
        setFigure(p,
                  v.firstBadSeq > 0
                      ? CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "broken at event #%1: %2"))
                            .arg(QString::number(v.firstBadSeq))
                            .arg(v.reason)
                      : CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "broken: %1")).arg(v.reason));
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
        setSource(&p,
                  CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation",
                                                   "Day 7 statistics: \"Average processing time\" not filled in")));
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
    p.figure = QStringLiteral("%1 %2").arg(field->value, field->unit); // as entered: stored and shown
    p.verdict = judge(spec.threshold->holds(value * Threshold::secondsPer(unit)));
    const QString who = field->origin.actor.name.isEmpty() ? QStringLiteral("?") : field->origin.actor.name;
    setSource(&p,
              field->origin.source == FieldOrigin::operatorSource()
                  ? CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "Day 7 statistics \"%1\" (entered by %2)"))
                        .arg(field->label)
                        .arg(who)
                  : CriteriaPhrase(
                        QT_TRANSLATE_NOOP("CriteriaEvaluation", "Day 7 statistics \"%1\" (accepted by %2 from %3)"))
                        .arg(field->label)
                        .arg(who)
                        .arg(field->origin.source));
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
    const auto looser = [](double minutes) {
        return CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "; allows %1 min, looser than the other limit"))
            .arg(minutes, 1);
    };
    const auto stricter = [](double minutes, double other) {
        return CriteriaPhrase(
                   QT_TRANSLATE_NOOP("CriteriaEvaluation",
                                     "; the stricter limit (%1 min against %2 min): it decides the criterion"))
            .arg(minutes, 1)
            .arg(other, 1);
    };
    CriterionPoint &up = (*points)[uptime];
    CriterionPoint &down = (*points)[downtime];
    if (downtimeStricter) {
        addToSource(&up, looser(allowed));
        addToSource(&down, stricter(limit, allowed));
    } else {
        addToSource(&down, looser(limit));
        addToSource(&up, stricter(allowed, limit));
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
                    setSource(&p,
                              CriteriaPhrase(QT_TRANSLATE_NOOP("CriteriaEvaluation", "confirmed by %1"))
                                  .arg(conf->actor.displayName()));
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
