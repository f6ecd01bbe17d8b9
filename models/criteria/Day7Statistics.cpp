#include "models/criteria/Day7Statistics.h"

#include "models/checklist/ChecklistNode.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <optional>

namespace {

using Kind = CollectorDefinition::Kind;

// How a blank is known, and which collector may fill it.
//   group / label: words its group label (or task) and its own label contain (lower case)
//   pgName: a postgres-query collector whose name contains these words fills it (the person who
//           wrote the query named it for this figure); nullptr: none may
// From other collectors (see proposeDay7):
//   bConnect jobs  → jobs submitted, completed (= succeeded + failed: the jobs that finished),
//                    success rate (succeeded / finished × 100), failed jobs
// Deliberately not mapped, because the numbers count something else:
//   n8n executions → emails processed / email processing time: executions are of every
//                    workflow, not only the mail workflow;
//   FreeScout conversations created → emails processed: a conversation is a thread, replies
//                    add emails to it without a new conversation;
//   Milvus entities → KB articles: entities are the vector store's chunks, several per article.
struct Row
{
    Day7Stat stat;
    const char *group;
    const char *label;
    const char *pgName;
};

const std::array<Row, 26> kRows{{
    {Day7Stat::EmailsProcessed, "email", "total emails processed", "emails processed"},
    {Day7Stat::EmailSuccessRate, "email", "success rate", nullptr},
    {Day7Stat::EmailAverageSeconds, "email", "average processing time", "email processing time"},
    {Day7Stat::EmailErrorRate, "email", "error rate", nullptr},
    {Day7Stat::SuggestionsGenerated, "suggestion", "total suggestions generated", "suggestions generated"},
    {Day7Stat::SuggestionAcceptanceRate, "suggestion", "acceptance rate", nullptr},
    {Day7Stat::SuggestionAccuracy, "suggestion", "average accuracy", nullptr},
    {Day7Stat::SuggestionP95Seconds, "suggestion", "processing time p95", "suggestion time p95"},
    {Day7Stat::ApprovalRequests, "approval", "total approval requests", "approval requests"},
    {Day7Stat::ApprovalsCompleted, "approval", "total approvals completed", "approvals completed"},
    {Day7Stat::ApprovalCompletionRate, "approval", "approval completion rate", nullptr},
    {Day7Stat::ApprovalResponseMinutes, "approval", "average response time", "approval response time"},
    {Day7Stat::HighPriorityCount, "approval", "high priority count", "high priority"},
    {Day7Stat::JobsSubmitted, "baramundi", "total jobs submitted", nullptr},
    {Day7Stat::JobsCompleted, "baramundi", "total jobs completed", nullptr},
    {Day7Stat::JobsSuccessRate, "baramundi", "success rate", nullptr},
    {Day7Stat::JobsFailed, "baramundi", "failed jobs", nullptr},
    {Day7Stat::KbArticlesCreated, "knowledge", "articles created", "articles created"},
    {Day7Stat::KbArticlesUpdated, "knowledge", "articles updated", "articles updated"},
    {Day7Stat::KbSearches, "knowledge", "total searches", "searches"},
    {Day7Stat::KbSearchResponseMs, "knowledge", "average search response", "search response"},
    {Day7Stat::N8nCpuPercent, "performance", "cpu", "n8n cpu"},
    {Day7Stat::N8nMemoryMb, "performance", "memory", "n8n memory"},
    {Day7Stat::PostgresQueryP95Ms, "performance", "query time p95", "query time p95"},
    {Day7Stat::DatabaseSizeGb, "performance", "database size", "database size"},
    {Day7Stat::BackupSizeGb, "performance", "backup size", "backup size"},
}};

const Row *rowOf(Day7Stat stat)
{
    for (const Row &r : kRows) {
        if (r.stat == stat)
            return &r;
    }
    return nullptr;
}

bool isDay7Task(const ChecklistNode *n)
{
    return n->kind() == ChecklistNode::Kind::Task
        && (n->title().contains(QLatin1String("statistics"), Qt::CaseInsensitive)
            || n->title().contains(QLatin1String("performance analysis"), Qt::CaseInsensitive));
}

QString withoutColon(QString s)
{
    s = s.trimmed();
    if (s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return s;
}

// Factor to seconds / bytes, or none for units that are not durations or sizes.
std::optional<double> durationFactor(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == QLatin1String("ms") || u.startsWith(QLatin1String("millisecond")))
        return 0.001;
    if (u == QLatin1String("s") || u.startsWith(QLatin1String("sec")))
        return 1.0;
    if (u == QLatin1String("min") || u.startsWith(QLatin1String("minute")))
        return 60.0;
    return std::nullopt;
}

std::optional<double> sizeFactor(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == QLatin1String("bytes") || u == QLatin1String("b"))
        return 1.0;
    if (u == QLatin1String("kb"))
        return 1e3;
    if (u == QLatin1String("mb"))
        return 1e6;
    if (u == QLatin1String("gb"))
        return 1e9;
    return std::nullopt;
}

// The figure's value in the blank's unit, or none when the units do not convert.
std::optional<double> converted(double value, const QString &from, const QString &to)
{
    if (const auto a = durationFactor(from), b = durationFactor(to); a && b)
        return value * *a / *b;
    if (const auto a = sizeFactor(from), b = sizeFactor(to); a && b)
        return value * *a / *b;
    if (from.trimmed().compare(to.trimmed(), Qt::CaseInsensitive) == 0)
        return value;
    // A count blank ("Total searches: ____") takes a count of any name ("searches", "articles").
    if (to.trimmed().isEmpty() && !durationFactor(from) && !sizeFactor(from) && from.trimmed() != QLatin1String("%"))
        return value;
    return std::nullopt;
}

QString numberText(double v, const QString &unit)
{
    if (unit.trimmed().isEmpty())
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
}

// The words of the proposals' notes; a class, so that lupdate files them under one context.
struct Day7Words
{
    Q_DECLARE_TR_FUNCTIONS(Day7Statistics)
};

const Figure *figureOf(const QVector<Figure> &figures, const QHash<QString, Kind> &kinds, Kind kind, const char *name)
{
    for (const Figure &f : figures) {
        if (kinds.contains(f.collector) && kinds.value(f.collector) == kind && f.name == QLatin1String(name))
            return &f;
    }
    return nullptr;
}

QString sourceOf(const Figure &f)
{
    return QStringLiteral("%1: %2").arg(f.collector, f.source);
}

// Why a figure has no value, for the note.
QString whyNot(const Figure &f)
{
    if (f.error.isError())
        return f.error.message;
    return f.note.isEmpty() ? Day7Words::tr("the collector gave no value") : f.note;
}

Day7Proposal fromBConnect(const Day7Field &field, const QVector<Figure> &figures, const QHash<QString, Kind> &kinds)
{
    Day7Proposal p;
    const Figure *submitted = figureOf(figures, kinds, Kind::BConnectJobs, "jobs submitted");
    const Figure *succeeded = figureOf(figures, kinds, Kind::BConnectJobs, "jobs succeeded");
    const Figure *failed = figureOf(figures, kinds, Kind::BConnectJobs, "jobs failed");
    if (!submitted || !succeeded || !failed) {
        p.note = Day7Words::tr("no bconnect-jobs collector in the catalogue");
        return p;
    }
    p.source = sourceOf(*submitted);
    for (const Figure *f : {submitted, succeeded, failed}) {
        if (!f->hasValue()) {
            p.note = whyNot(*f);
            return p;
        }
    }
    const double finished = *succeeded->value + *failed->value;
    switch (field.stat) {
    case Day7Stat::JobsSubmitted: p.value = numberText(*submitted->value, {}); break;
    case Day7Stat::JobsCompleted: p.value = numberText(finished, {}); break;
    case Day7Stat::JobsFailed: p.value = numberText(*failed->value, {}); break;
    case Day7Stat::JobsSuccessRate:
        if (finished <= 0)
            p.note = Day7Words::tr("no job finished in the window");
        else
            p.value = numberText(100.0 * *succeeded->value / finished, QStringLiteral("%"));
        break;
    default: break;
    }
    return p;
}

Day7Proposal fromPostgres(const Day7Field &field, const Row &row, const QVector<Figure> &figures,
                          const QVector<CollectorDefinition> &collectors)
{
    Day7Proposal p;
    for (const CollectorDefinition &d : collectors) {
        if (d.kind != Kind::PostgresQuery || !d.name.contains(QLatin1String(row.pgName), Qt::CaseInsensitive))
            continue;
        for (const Figure &f : figures) {
            if (f.collector != d.name)
                continue;
            p.source = sourceOf(f);
            if (!f.hasValue()) {
                p.note = whyNot(f);
                return p;
            }
            const auto v = converted(*f.value, f.unit, field.unit);
            if (!v) {
                p.note = Day7Words::tr("%1 counts in %2, the blank asks for %3").arg(f.collector, f.unit, field.unit);
                return p;
            }
            p.value = numberText(*v, field.unit);
            return p;
        }
    }
    p.note = Day7Words::tr("no postgres-query collector named \"%1\" in the catalogue").arg(QLatin1String(row.pgName));
    return p;
}

} // namespace

QVector<Day7Field> day7Fields(const ChecklistDocument &document, const ChecklistState &state)
{
    QVector<Day7Field> out;
    for (const ChecklistNode *task : document.nodesInOrder()) {
        if (!isDay7Task(task))
            continue;
        task->forEach([&](const ChecklistNode *n) {
            const ChecklistNode *group = n->parent() && n->parent() != task ? n->parent() : nullptr;
            for (const ChecklistField &f : n->fields()) {
                Day7Field d;
                d.item = n->id();
                d.key = f.key;
                d.group = group ? withoutColon(group->title()) : QString();
                d.label = withoutColon(f.label);
                d.unit = f.unit;
                d.value = state.field(n->id(), f.key);
                if (d.isFilled())
                    d.origin = state.fieldOrigin(n->id(), f.key);
                const QString where = (group ? group->title() : task->title()).toLower();
                for (const Row &r : kRows) {
                    if (where.contains(QLatin1String(r.group)) && d.label.toLower().contains(QLatin1String(r.label))) {
                        d.stat = r.stat;
                        break;
                    }
                }
                out.append(d);
            }
        });
    }
    return out;
}

const Day7Field *day7Field(const QVector<Day7Field> &fields, Day7Stat stat)
{
    for (const Day7Field &f : fields) {
        if (f.stat == stat)
            return &f;
    }
    return nullptr;
}

Day7Proposal proposeDay7(const Day7Field &field, const QVector<Figure> &figures,
                         const QVector<CollectorDefinition> &collectors)
{
    QHash<QString, Kind> kinds;
    for (const CollectorDefinition &d : collectors)
        kinds.insert(d.name, d.kind);
    switch (field.stat) {
    case Day7Stat::JobsSubmitted:
    case Day7Stat::JobsCompleted:
    case Day7Stat::JobsSuccessRate:
    case Day7Stat::JobsFailed: return fromBConnect(field, figures, kinds);
    default: break;
    }
    const Row *row = rowOf(field.stat);
    if (row && row->pgName)
        return fromPostgres(field, *row, figures, collectors);
    Day7Proposal none;
    none.note = Day7Words::tr("no collector counts this");
    return none;
}
