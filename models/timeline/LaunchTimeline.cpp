#include "models/timeline/LaunchTimeline.h"

#include "models/checklist/ChecklistNode.h"
#include "models/session/LaunchRecord.h"
#include "models/timeline/RoundActions.h"
#include "models/timeline/TimeWords.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using Kind = ChecklistNode::Kind;

namespace {

QString clockText(const QDateTime &t, const QDateTime &now)
{
    // As short as it can be told apart: today's time, this week's weekday, else the date.
    const QDateTime local = t.toLocalTime();
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    if (days == 0)
        return shownTime(t);
    if (days > -6 && days < 6)
        return QLocale().toString(
            local, QCoreApplication::translate("LaunchTimeline", "ddd HH:mm", "date format: weekday and time"));
    return QLocale().toString(
        local, QCoreApplication::translate("LaunchTimeline", "d MMM HH:mm", "date format: day, month and time"));
}

// The words beside the colour: what the state means for the person at the desk.
QString statusText(const DueStatus &s, const QDateTime &now)
{
    const QString round = s.roundLabel.isEmpty() ? QString() : QStringLiteral(" · ") + s.roundLabel;
    switch (s.state) {
    case DueState::None: return {};
    case DueState::NotDueYet: return QObject::tr("from %1").arg(clockText(s.from, now)) + round;
    case DueState::DueSoon:
        return QObject::tr("due in %1 min").arg(std::max<qint64>(1, (now.secsTo(s.from) + 59) / 60)) + round;
    case DueState::DueNow:
        return dueStateWord(s.state) + round
            + (s.to.isValid() ? QObject::tr(" · until %1").arg(clockText(s.to, now)) : QString());
    case DueState::Overdue:
        if (s.missedRounds > 1)
            return QObject::tr("%1 · %n rounds missed", nullptr, s.missedRounds).arg(dueStateWord(s.state));
        return dueStateWord(s.state) + round
            + (s.to.isValid() ? QObject::tr(" · since %1").arg(clockText(s.to, now)) : QString());
    case DueState::Done: return dueStateWord(s.state) + round;
    }
    return {};
}

// Due now counts as "now" when its time is short (a launch-day task, a daily round) or ends
// within the hour; the week of preparation is not "now" until its last hour.
bool isNowWork(const DueStatus &s, const QDateTime &now)
{
    return s.state == DueState::DueNow && s.to.isValid() && (s.from.secsTo(s.to) <= 86400 || now.secsTo(s.to) <= 3600);
}

// The Now list's "when": the time that matters for the state, without repeating the round.
QString whenText(const DueStatus &s, const QDateTime &now)
{
    switch (s.state) {
    case DueState::DueSoon: return QObject::tr("in %1 min").arg(std::max<qint64>(1, (now.secsTo(s.from) + 59) / 60));
    case DueState::DueNow: return QObject::tr("until %1").arg(clockText(s.to, now));
    case DueState::Overdue:
        return s.missedRounds > 1
            ? QObject::tr("since %1 · %n missed", nullptr, s.missedRounds).arg(clockText(s.to, now))
            : QObject::tr("since %1").arg(clockText(s.to, now));
    default: return s.text;
    }
}

struct Counts
{
    int tasksDone = 0;
    int tasks = 0;
    int tickDone = 0;
    int tickable = 0;
};

} // namespace

LaunchTimeline::LaunchTimeline(LaunchRecord *session, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock)
{
    rebuildSchedule();
    session->addProjection(&m_rounds);
    connect(session, &LaunchRecord::timingChanged, this, [this] {
        refresh();
        emit roundsChanged();
    });
    connect(session, &LaunchRecord::itemsChanged, this, &LaunchTimeline::refresh);
    connect(session, &LaunchRecord::documentReplaced, this, [this] {
        rebuildSchedule();
        emit roundsChanged();
    });
    connect(session, &LaunchRecord::projectionChanged, this, [this](RecordProjection *p) {
        if (p != &m_rounds)
            return;
        refresh();
        emit roundsChanged();
    });
    connect(&m_tick, &QTimer::timeout, this, &LaunchTimeline::refresh);
    refresh();
}

LaunchTimeline::~LaunchTimeline()
{
    m_session->removeProjection(&m_rounds);
}

void LaunchTimeline::startTicking(int intervalMs)
{
    m_tick.start(intervalMs);
}

QDateTime LaunchTimeline::t0() const
{
    return m_session->timing().t0();
}

std::optional<qint64> LaunchTimeline::elapsed() const
{
    const QDateTime t = t0();
    if (!t.isValid())
        return std::nullopt;
    return t.secsTo(m_clock.now());
}

void LaunchTimeline::rebuildSchedule()
{
    m_schedule = m_session->document() ? LaunchSchedule::read(*m_session->document()) : LaunchSchedule();
    m_status.clear();
    refresh();
}

QString LaunchTimeline::roundOwner(const QString &id) const
{
    const ItemTiming *t = m_schedule.timing(id);
    return t ? t->recurringOwner : QString();
}

QVector<RoundStatus> LaunchTimeline::roundsOf(const QString &id) const
{
    const QString owner = roundOwner(id);
    const RoundPlan *plan = m_schedule.roundPlan(owner);
    if (!plan)
        return {};
    const QDateTime t = t0();
    const QDateTime now = m_clock.now();
    const int count = plan->count(m_rounds.addedUpTo(owner), elapsed());
    QVector<RoundStatus> out;
    out.reserve(count);
    for (int n = 1; n <= count; ++n) {
        RoundStatus r;
        r.round = plan->round(n);
        r.done = m_rounds.isDone(owner, n);
        if (t.isValid()) {
            r.from = t.addSecs(r.round.due.from);
            r.to = t.addSecs(r.round.due.to);
        }
        r.state = t.isValid() ? dueStateAt(now, r.from, r.to, r.done) : (r.done ? DueState::Done : DueState::None);
        out.append(r);
    }
    return out;
}

DueStatus LaunchTimeline::ownerStatus(const QString &owner, const QDateTime &now, int first, int last) const
{
    DueStatus s;
    QVector<RoundStatus> rounds = roundsOf(owner);
    if (first > 0) {
        rounds.erase(
            std::remove_if(rounds.begin(), rounds.end(),
                           [&](const RoundStatus &r) { return r.round.number < first || r.round.number > last; }),
            rounds.end());
    }
    if (rounds.isEmpty() || !t0().isValid())
        return s;
    const RoundStatus *current = nullptr;
    const RoundStatus *firstMissed = nullptr;
    for (const RoundStatus &r : rounds) {
        if (r.state == DueState::Overdue) {
            ++s.missedRounds;
            if (!firstMissed)
                firstMissed = &r;
        } else if (!current && !r.done && now < r.to) {
            current = &r;
        }
    }
    // The first missed round, else the one to do next, else (all done) the last.
    const RoundStatus *shown = firstMissed ? firstMissed : (current ? current : &rounds.constLast());
    s.state = firstMissed ? DueState::Overdue : shown->state;
    s.from = shown->from;
    s.to = shown->to;
    s.round = shown->round.number;
    s.roundLabel = shown->round.label;
    return s;
}

void LaunchTimeline::refresh()
{
    const ChecklistDocument *doc = m_session->document();
    const QDateTime now = m_clock.now();
    const QDateTime t = t0();
    const ChecklistState &state = m_session->state();
    QHash<QString, DueStatus> next;
    if (doc) {
        QHash<QString, DueStatus> owners;
        for (const QString &owner : m_schedule.recurringItems())
            owners.insert(owner, ownerStatus(owner, now));
        // Post-order: a heading is done when every task below it is (every tickable step when
        // it has no tasks); one with nothing to tick has no state of its own.
        std::function<Counts(const ChecklistNode *)> visit = [&](const ChecklistNode *n) {
            Counts c;
            for (int i = 0; i < n->childCount(); ++i) {
                const Counts sub = visit(n->child(i));
                c.tasksDone += sub.tasksDone;
                c.tasks += sub.tasks;
                c.tickDone += sub.tickDone;
                c.tickable += sub.tickable;
            }
            const bool done = state.isDone(n->id());
            if (n->isTickable()) {
                ++c.tickable;
                c.tickDone += done;
            }
            if (n->kind() == Kind::Task) {
                ++c.tasks;
                c.tasksDone += done;
            }
            const ItemTiming *timing = m_schedule.timing(n->id());
            if (!timing || c.tickable == 0)
                return c;
            DueStatus s;
            if (!timing->recurringOwner.isEmpty()) {
                s = timing->firstRound > 0
                    ? ownerStatus(timing->recurringOwner, now, timing->firstRound, timing->lastRound)
                    : owners.value(timing->recurringOwner);
            } else if (t.isValid()) {
                const bool allDone = n->isTickable() ? done
                    : c.tasks > 0                    ? c.tasksDone == c.tasks
                                                     : c.tickDone == c.tickable;
                s.from = t.addSecs(timing->window->from);
                s.to = timing->window->open ? QDateTime() : t.addSecs(timing->window->to);
                s.state = dueStateAt(now, s.from, s.to, allDone);
            }
            s.words = timing->words;
            s.text = statusText(s, now);
            next.insert(n->id(), s);
            return c;
        };
        visit(doc->root());
    }
    QStringList changed;
    for (auto it = next.constBegin(); it != next.constEnd(); ++it) {
        if (m_status.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = m_status.constBegin(); it != m_status.constEnd(); ++it) {
        if (!next.contains(it.key()))
            changed.append(it.key());
    }
    m_status = std::move(next);
    const QVector<NowEntry> now2 = computeNow();
    const bool nowChanged = now2 != m_now;
    m_now = now2;
    if (!changed.isEmpty())
        emit statusesChanged(changed);
    if (nowChanged)
        emit nowListChanged();
}

QVector<NowEntry> LaunchTimeline::computeNow() const
{
    const ChecklistDocument *doc = m_session->document();
    const QDateTime now = m_clock.now();
    if (!doc || !t0().isValid())
        return {};
    QVector<NowEntry> out;
    for (const ChecklistNode *n : doc->nodesInOrder()) {
        // Items one ticks on their own: tasks and steps not inside a task, outside recurring work.
        if (!n->isTickable() || (n->parent() && n->parent()->isTickable()) || !roundOwner(n->id()).isEmpty())
            continue;
        const DueStatus s = m_status.value(n->id());
        // Due now counts when its time is short (a launch-day task) or ends within the hour; the
        // week of preparation is not "now" until its last hour.
        if (s.state == DueState::Overdue || s.state == DueState::DueSoon || isNowWork(s, now))
            out.append({n->id(), 0, n->title(), QString(), s});
    }
    for (const QString &owner : m_schedule.recurringItems()) {
        const ChecklistNode *node = doc->find(owner);
        const QString title = node ? node->title() : owner;
        QVector<int> missed;
        bool upcoming = false;
        for (const RoundStatus &r : roundsOf(owner)) {
            DueStatus s;
            s.state = r.state;
            s.from = r.from;
            s.to = r.to;
            s.round = r.round.number;
            s.roundLabel = r.round.label;
            s.words = m_schedule.roundPlan(owner)->words;
            if (r.state == DueState::Overdue) {
                missed.append(r.round.number);
                continue;
            }
            if ((isNowWork(s, now) || r.state == DueState::DueSoon) && !upcoming) {
                upcoming = r.state == DueState::DueSoon;
                s.text = statusText(s, now);
                out.append({owner, r.round.number, QStringLiteral("%1 — %2").arg(title, r.round.label), QString(), s});
            }
        }
        if (!missed.isEmpty()) {
            // Missed rounds make one line: the first of them is where to start.
            const Round first = m_schedule.roundPlan(owner)->round(missed.first());
            const Round last = m_schedule.roundPlan(owner)->round(missed.first());
            DueStatus s;
            s.state = DueState::Overdue;
            s.from = t0().addSecs(last.due.from);
            s.to = t0().addSecs(last.due.to);
            s.round = first.number;
            s.roundLabel = first.label;
            s.missedRounds = int(missed.size());
            s.words = m_schedule.roundPlan(owner)->words;
            s.text = statusText(s, now);
            const QString what = missed.size() == 1
                ? first.label
                : QObject::tr("%1 and %n more", nullptr, int(missed.size() - 1)).arg(first.label);
            out.append({owner, first.number, QStringLiteral("%1 — %2").arg(title, what), QString(), s});
        }
    }
    for (NowEntry &e : out) {
        if (e.status.text.isEmpty())
            e.status.text = statusText(e.status, now);
        e.when = whenText(e.status, now);
    }
    auto rank = [](DueState s) { return s == DueState::Overdue ? 0 : s == DueState::DueNow ? 1 : 2; };
    std::stable_sort(out.begin(), out.end(), [&](const NowEntry &a, const NowEntry &b) {
        if (rank(a.status.state) != rank(b.status.state))
            return rank(a.status.state) < rank(b.status.state);
        return a.status.state == DueState::DueSoon ? a.status.from < b.status.from : a.status.to < b.status.to;
    });
    return out;
}

Status LaunchTimeline::setRoundDone(const QString &item, int round, bool done)
{
    const QString owner = roundOwner(item);
    return RoundActions::setDone(*m_session, m_schedule, m_rounds, owner.isEmpty() ? item : owner, round, done,
                                 elapsed());
}

Result<int> LaunchTimeline::addRound(const QString &item)
{
    const QString owner = roundOwner(item);
    return RoundActions::addRound(*m_session, m_schedule, m_rounds, owner.isEmpty() ? item : owner, elapsed());
}
