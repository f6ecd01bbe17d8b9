#include "models/reports/ReportDesk.h"

#include "models/collectors/CollectRun.h"
#include "models/record/EventStore.h"
#include "models/record/RecordAnchor.h"
#include "models/session/LaunchRecord.h"
#include "models/timeline/LaunchTimeline.h"

#include <QJsonObject>

#include <algorithm>

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Status refused(const QString &message)
{
    return Status::failure(Error::Code::Refused, message);
}

} // namespace

ReportDesk::ReportDesk(LaunchRecord *session, const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock)
{
    qRegisterMetaType<HourHealth>();
    m_session->addProjection(&m_reports);
    connect(m_session, &LaunchRecord::projectionChanged, this, [this](RecordProjection *p) {
        if (p == &m_reports)
            emit reportsChanged();
    });
    connect(m_session, &LaunchRecord::timingChanged, this, &ReportDesk::reportsChanged);
    // An hour is proposed the moment it is over (or T0 moved so that it is), not at the
    // application's next minute tick: it shows "collecting" only while the services answer.
    m_hourEnd.setSingleShot(true);
    m_hourEnd.setTimerType(Qt::PreciseTimer); // a coarse timer may be minutes late on an hour
    connect(&m_hourEnd, &QTimer::timeout, this, &ReportDesk::refresh);
    connect(m_session, &LaunchRecord::timingChanged, this, [this] {
        if (m_started)
            QMetaObject::invokeMethod(this, &ReportDesk::refresh, Qt::QueuedConnection);
    });
}

ReportDesk::~ReportDesk()
{
    m_session->removeProjection(&m_reports);
    qDeleteAll(m_runs.keys());
}

void ReportDesk::setTimeline(const LaunchTimeline *timeline)
{
    m_timeline = timeline;
    if (!timeline)
        return;
    connect(timeline, &LaunchTimeline::roundsChanged, this, &ReportDesk::reportsChanged);
    // A report round the lead added is an hour whose end the desk waits for too.
    connect(timeline, &LaunchTimeline::roundsChanged, this, [this] {
        if (m_started)
            armHourEnd();
    });
}

QDateTime ReportDesk::t0() const
{
    return m_session->timing().t0();
}

int ReportDesk::hourCount() const
{
    int count = std::max(kPlannedHours, m_reports.lastHour());
    if (m_timeline) {
        for (const QString &item : m_timeline->schedule().recurringItems()) {
            const RoundPlan *plan = m_timeline->schedule().roundPlan(item);
            if (plan && plan->report && plan->recurrence.unit == Recurrence::Unit::Hour)
                count = std::max(count, int(m_timeline->roundsOf(item).size()));
        }
    }
    return count;
}

HourReport ReportDesk::hour(int n) const
{
    HourReport h;
    h.hour = n;
    const QDateTime start = t0();
    const QDateTime now = m_clock->now();
    if (start.isValid()) {
        h.from = start.addSecs(3600LL * (n - 1));
        h.to = h.from.addSecs(3600);
    }
    h.confirmed = m_reports.report(n);
    const auto proposal = m_proposals.constFind(n);
    const bool proposed = proposal != m_proposals.constEnd() && proposal->from == h.from && proposal->to == h.to;
    if (h.confirmed)
        h.stage = HourReport::Stage::Confirmed;
    else if (!start.isValid() || now < h.from)
        h.stage = HourReport::Stage::Upcoming;
    else if (now < h.to)
        h.stage = HourReport::Stage::Running;
    else if (proposed && proposal->isComplete())
        h.stage = HourReport::Stage::Proposed;
    else
        h.stage = HourReport::Stage::Collecting;

    for (ReportField f : kReportFields) {
        ReportCell &c = h.cells[size_t(f)];
        const ProposedValue p = proposed ? proposal->values.value(f) : ProposedValue();
        if (h.confirmed) {
            const ReportValue v = h.confirmed->value(f);
            c.value = v.value;
            c.source = v.source;
            c.confirmed = true;
            // A value the operator typed or corrected is theirs; a collected one the services may
            // now count differently (late executions): that is shown beside it, never written over it.
            if (proposed && !v.byOperator && p.hasValue() && p.value != v.value) {
                c.differs = true;
                c.proposed = p.value;
            }
            continue;
        }
        c.proposed = p.value;
        c.note = p.note;
        const auto draft = m_drafts.value(n).constFind(f);
        if (draft != m_drafts.value(n).constEnd()) {
            c.value = *draft;
            c.source = ReportValue::operatorSource();
            c.edited = true;
        } else {
            c.value = p.value;
            c.source = p.source;
        }
    }
    return h;
}

QVector<HourReport> ReportDesk::hours() const
{
    QVector<HourReport> all;
    for (int n = 1; n <= hourCount(); ++n)
        all.append(hour(n));
    return all;
}

void ReportDesk::refresh()
{
    m_started = true;
    armHourEnd();
    const QDateTime start = t0();
    if (!start.isValid())
        return;
    const QDateTime now = m_clock->now();
    for (int n = 1; n <= hourCount(); ++n) {
        if (start.addSecs(3600LL * n) > now)
            break;
        // Not asked yet, or asked for the hour of an earlier T0.
        if (!m_proposals.contains(n) || m_proposals.value(n).from != start.addSecs(3600LL * (n - 1)))
            propose(n);
    }
}

void ReportDesk::armHourEnd()
{
    m_hourEnd.stop();
    const QDateTime start = t0();
    if (!start.isValid())
        return;
    const QDateTime now = m_clock->now();
    for (int n = 1; n <= hourCount(); ++n) {
        const QDateTime end = start.addSecs(3600LL * n);
        if (end <= now)
            continue;
        // A little after the end, so the clock says it is over; at most an hour, then looked at again.
        m_hourEnd.start(int(std::clamp<qint64>(now.msecsTo(end) + 50, 0, 3600 * 1000)));
        return;
    }
}

Status ReportDesk::propose(int n)
{
    const HourReport h = hour(n);
    if (!h.isOver())
        return refused(tr("Hour %1 is not over yet.").arg(n));
    const bool sameHour = m_proposals.contains(n) && m_proposals.value(n).from == h.from;
    for (auto it = m_runs.begin(); it != m_runs.end();) {
        if (it.value() != n) {
            ++it;
        } else if (sameHour) {
            return {}; // already asking
        } else {
            it = m_runs.erase(it); // asking for an earlier T0's hour: its answer is dropped
        }
    }
    ReportProposal &p = m_proposals[n];
    p = ReportProposal();
    p.at = m_clock->now();
    p.from = h.from;
    p.to = h.to;
    auto *run = new CollectRun(this);
    const Clock *clock = m_clock;
    run->setClock([clock] { return clock->now(); });
    m_runs.insert(run, n);
    connect(run, &CollectRun::finished, this, [this, run] { collectFinished(run); });
    m_healthPending.insert(n);
    emit reportsChanged();
    run->start(m_collectors, {h.from, h.to});
    if (m_runs.contains(run) && !run->isRunning())
        collectFinished(run); // nothing to ask
    emit healthWanted(n, h.from, h.to);
    return {};
}

void ReportDesk::collectFinished(CollectRun *run)
{
    const int n = m_runs.take(run);
    run->deleteLater();
    if (n <= 0)
        return; // dropped: T0 changed while it was asking
    m_proposals[n].takeFigures(run->figures(), m_collectors);
    emit reportsChanged();
}

void ReportDesk::setHealth(const HourHealth &health)
{
    if (!m_proposals.contains(health.hour) || m_proposals.value(health.hour).from != health.from)
        return; // none asked, or asked for the hour of an earlier T0
    m_healthPending.remove(health.hour);
    m_proposals[health.hour].takeHealth(health);
    emit reportsChanged();
}

Status ReportDesk::validate(ReportField field, const QString &value) const
{
    switch (field) {
    case ReportField::Tickets:
    case ReportField::Executions:
    case ReportField::Failures: {
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (!value.trimmed().isEmpty() && (!ok || n < 0))
            return Status::failure(
                Error::Code::Invalid,
                tr("%1 is a count: \"%2\" is not a whole number.").arg(reportFieldLabel(field), value));
        return {};
    }
    case ReportField::Health:
        if (!value.isEmpty() && healthFromWord(value) == Health::Unknown)
            return Status::failure(Error::Code::Invalid,
                                   tr("System health is Green, Yellow or Red, not \"%1\".").arg(value));
        return {};
    case ReportField::Issues: return {};
    }
    return {};
}

Status ReportDesk::setValue(int n, ReportField field, const QString &rawValue, const QString &reason)
{
    QString value = rawValue.trimmed();
    if (field == ReportField::Health && healthFromWord(value) != Health::Unknown)
        value = healthWord(healthFromWord(value));
    if (Status s = validate(field, value); !s)
        return s;
    const HourReport h = hour(n);
    if (!h.confirmed) {
        if (!h.isOver())
            return refused(tr("Hour %1 is not over yet: its report is filled in once it is.").arg(n));
        m_drafts[n].insert(field, value);
        emit reportsChanged();
        return {};
    }
    const QString previous = h.confirmed->value(field).value;
    if (previous == value)
        return {};
    QJsonObject payload{{QStringLiteral("hour"), n},
                        {QStringLiteral("field"), reportFieldKey(field)},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("previous"), previous}};
    if (!reason.trimmed().isEmpty())
        payload.insert(QStringLiteral("reason"), reason.trimmed());
    return m_session->record({EventDraft::of(EventKind::ReportCorrected, payload)});
}

Status ReportDesk::confirm(int n)
{
    const HourReport h = hour(n);
    if (h.confirmed)
        return refused(tr("Hour %1 was confirmed already; correct its values instead.").arg(n));
    if (!h.isOver())
        return refused(tr("Hour %1 is not over yet.").arg(n));
    QJsonObject values;
    for (ReportField f : kReportFields) {
        const ReportCell &c = h.cell(f);
        values.insert(reportFieldKey(f),
                      QJsonObject{{QStringLiteral("value"), c.value},
                                  {QStringLiteral("source"), c.value.isEmpty() ? QString() : c.source}});
    }
    EventDraft draft = EventDraft::of(EventKind::ReportConfirmed,
                                      {{QStringLiteral("hour"), n},
                                       {QStringLiteral("from"), stamp(h.from)},
                                       {QStringLiteral("to"), stamp(h.to)},
                                       {QStringLiteral("values"), values}});
    // The record as the person confirming saw it, named in the report: a copy of the head. A desk
    // cut off from its team record confirms without one (its outbox entry keeps the head it knew).
    if (m_session->headSeq() > 0 && m_session->isOnline()) {
        const auto seen = RecordAnchor::ofEvent(m_session->store(), m_session->headSeq());
        if (!seen)
            return seen.error();
        draft.payload.insert(QStringLiteral("head"), seen->toJson());
    }
    // Two windows confirming the same hour record it once.
    draft.condition = EventDraft::Condition::IfCurrentIs;
    draft.currentIs = {QString()};
    // The hour is [T0 + n − 1 h, T0 + n h) as this desk read T0: refused if T0 changed since.
    draft.unchangedSince = m_session->headSeq();
    draft.unchangedSlots = {{QStringLiteral("launch"), QString()}};
    QVector<EventDraft> drafts{draft};
    if (std::optional<EventDraft> tick = roundTick(n))
        drafts.append(*tick); // one action, one append: the report and its checklist round
    Status s = m_session->record(drafts);
    if (s)
        m_drafts.remove(n);
    return s;
}

std::optional<EventDraft> ReportDesk::roundTick(int n) const
{
    if (!m_timeline)
        return std::nullopt;
    const LaunchSchedule &schedule = m_timeline->schedule();
    for (const QString &item : schedule.recurringItems()) {
        const RoundPlan *plan = schedule.roundPlan(item);
        if (!plan || !plan->report || plan->recurrence.every() != 3600)
            continue;
        // The round that covers [T0 + n − 1 h, T0 + n h): "Hour 3" of the report rounds.
        const qint64 offset = 3600LL * (n - 1) - plan->span.from;
        if (offset < 0 || offset % 3600 != 0)
            continue;
        const int round = int(offset / 3600) + 1;
        const RoundsProjection &rounds = m_timeline->rounds();
        if (round > plan->count(rounds.addedUpTo(item), m_timeline->elapsed()) || rounds.isDone(item, round))
            return std::nullopt;
        EventDraft tick =
            EventDraft::of(EventKind::RoundTicked, {{QStringLiteral("item"), item}, {QStringLiteral("round"), round}},
                           EventDraft::Condition::IfCurrentIs);
        // Ticked meanwhile (another window, the checklist): nothing more, decided in the append.
        tick.currentIs = {QString(), QStringLiteral("false")};
        return tick;
    }
    return std::nullopt;
}
