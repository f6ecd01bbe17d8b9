#include "models/timeline/LaunchSchedule.h"

#include "models/checklist/ChecklistNode.h"

#include <QCoreApplication>

#include <algorithm>

using Kind = ChecklistNode::Kind;

namespace {

constexpr int kMaxRounds = 10000;

// What a node says about time: its title, then its paragraphs ("Timeline: T-7 days").
TimeReading readNode(const ChecklistNode *node)
{
    const bool onlyPoints = node->kind() == Kind::Step || node->kind() == Kind::Entry;
    TimeReading r = readTimeWords(node->title(), onlyPoints);
    if (onlyPoints)
        return r;
    for (const QString &p : node->paragraphs()) {
        const TimeReading more = readTimeWords(p);
        if (!r.window && more.window) {
            r.window = more.window;
            r.words += more.words;
        }
        if (!r.recurrence && more.recurrence) {
            r.recurrence = more.recurrence;
            r.words += more.words;
        }
        r.ongoing = r.ongoing || more.ongoing;
        r.report = r.report || more.report;
        r.lastHour = std::max(r.lastHour, more.lastHour);
    }
    r.words.removeDuplicates();
    return r;
}

// The highest "Hour N" named below a node ("Hour 3-6" under the hourly report says 6).
int lastHourBelow(const ChecklistNode *node)
{
    int last = 0;
    node->forEach([&](const ChecklistNode *n) {
        if (n != node)
            last = std::max(last, readTimeWords(n->title()).lastHour);
    });
    return last;
}

} // namespace

Round RoundPlan::round(int number) const
{
    Round r;
    r.number = number;
    const qint64 every = recurrence.every();
    r.covers = {span.from + (number - 1) * every, span.from + number * every, false};
    r.due = report ? RelativeWindow{r.covers.to, r.covers.to + every, false} : r.covers;
    r.label = QCoreApplication::translate("Recurrence", "%1 %2", "a round and its number: Hour 3")
                  .arg(QCoreApplication::translate("Recurrence", recurrence.roundName().toLatin1().constData()))
                  .arg(number);
    return r;
}

int RoundPlan::count(int addedUpTo, std::optional<qint64> elapsed) const
{
    int n = plannedCount;
    if (span.open) {
        const qint64 since = elapsed ? *elapsed - span.from : -1;
        n = since < 0 ? 1 : int(std::min<qint64>(kMaxRounds, since / recurrence.every() + 2));
    }
    return std::clamp(std::max(n, addedUpTo), 0, kMaxRounds);
}

LaunchSchedule LaunchSchedule::read(const ChecklistDocument &document)
{
    LaunchSchedule s;
    s.visit(document.root(), ItemTiming(), std::nullopt);
    return s;
}

void LaunchSchedule::visit(const ChecklistNode *node, const ItemTiming &inherited,
                           std::optional<RelativeWindow> inheritedSpan)
{
    const TimeReading r = readNode(node);
    ItemTiming t = inherited;
    t.own = false;
    const bool heading = node->kind() == Kind::Phase || node->kind() == Kind::Section || node->kind() == Kind::Group;
    if (heading && r.conditional) {
        // Work that waits for its occasion: nothing below it is due by the clock.
        return;
    }
    if (const RoundPlan *owner =
            m_plans.contains(inherited.recurringOwner) ? &m_plans[inherited.recurringOwner] : nullptr;
        owner && r.ordinalFirst > 0 && r.ordinalUnit == owner->recurrence.roundName().toLower()) {
        t.firstRound = r.ordinalFirst;
        t.lastRound = r.ordinalLast;
    }
    if (r.window) {
        t.window = r.window;
        t.own = true;
        t.words = r.words.join(QStringLiteral(", "));
        t.source = node->id();
    }
    const bool startsRounds = r.recurrence && inherited.recurringOwner.isEmpty() && node->kind() != Kind::Document;
    if (startsRounds) {
        RoundPlan plan;
        plan.item = node->id();
        plan.recurrence = *r.recurrence;
        plan.report = r.report;
        plan.words = r.words.join(QStringLiteral(", "));
        // The span is the node's own window ("Daily Checks (First 30 Days)"), else its
        // heading's ("Every 15 minutes" in the first 24 hours), else open from T0.
        const std::optional<RelativeWindow> span = r.window ? r.window : inheritedSpan;
        if (span && !r.ongoing && !span->open && span->to > span->from) {
            plan.span = *span;
            const qint64 every = plan.recurrence.every();
            plan.plannedCount = int(std::min<qint64>(kMaxRounds, (span->to - span->from + every - 1) / every));
        } else {
            plan.span = {span ? std::max<qint64>(0, span->from) : 0, 0, true};
        }
        if (plan.recurrence.unit == Recurrence::Unit::Hour && plan.recurrence.count == 1 && !plan.span.open) {
            // "Hour 3-6: Repeat above for each hour" below the report plans hours 3 to 6.
            plan.plannedCount = std::max(plan.plannedCount, lastHourBelow(node));
        }
        t.recurringOwner = node->id();
        t.window = plan.span.open ? RelativeWindow{plan.span.from, 0, true}
                                  : RelativeWindow{plan.span.from, plan.round(plan.plannedCount).due.to, false};
        t.source = node->id();
        t.own = true;
        t.words = plan.words;
        m_plans.insert(plan.item, plan);
        m_recurring.append(plan.item);
    }
    if (!node->id().isEmpty())
        m_timing.insert(node->id(), t);
    const std::optional<RelativeWindow> span = r.window ? r.window : inheritedSpan;
    for (int i = 0; i < node->childCount(); ++i)
        visit(node->child(i), t, span);
}

const ItemTiming *LaunchSchedule::timing(const QString &id) const
{
    const auto it = m_timing.constFind(id);
    return it == m_timing.constEnd() || !it->window ? nullptr : &*it;
}

const RoundPlan *LaunchSchedule::roundPlan(const QString &id) const
{
    const auto it = m_plans.constFind(id);
    return it == m_plans.constEnd() ? nullptr : &*it;
}
