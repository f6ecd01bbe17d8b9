#include "models/reports/ReportProposal.h"
#include <QCoreApplication>

namespace {

struct Wanted
{
    ReportField field;
    CollectorDefinition::Kind kind;
    const char *figure; // the collector's figure name (fixed, see N8nCollectors / FreeScoutCollector)
};

const Wanted kWanted[] = {
    {ReportField::Tickets, CollectorDefinition::Kind::FreeScoutConversations, "conversations created"},
    {ReportField::Executions, CollectorDefinition::Kind::N8nExecutions, "executions"},
    {ReportField::Failures, CollectorDefinition::Kind::N8nExecutions, "failed executions"},
};

} // namespace

void ReportProposal::takeFigures(const QVector<Figure> &figures, const QVector<CollectorDefinition> &collectors)
{
    QHash<QString, CollectorDefinition::Kind> kinds;
    for (const CollectorDefinition &d : collectors)
        kinds.insert(d.name, d.kind);
    for (const Wanted &w : kWanted) {
        ProposedValue p;
        p.note = QCoreApplication::translate("ReportProposal", "no %1 collector in the catalogue")
                     .arg(CollectorDefinition::kindName(w.kind));
        for (const Figure &f : figures) {
            if (!kinds.contains(f.collector) || kinds.value(f.collector) != w.kind || f.name != QLatin1String(w.figure))
                continue;
            p.source = QStringLiteral("%1: %2").arg(f.collector, f.source);
            if (f.hasValue()) {
                p.value = QString::number(qint64(*f.value));
                p.note.clear();
            } else {
                p.note = f.error.isError() ? f.error.message : f.note;
            }
            break;
        }
        values.insert(w.field, p);
    }
    figuresDone = true;
}

void ReportProposal::takeHealth(const HourHealth &h)
{
    ProposedValue health;
    health.source = QStringLiteral("probe history");
    if (h.health == Health::Unknown)
        health.note = h.reason;
    else
        health.value = healthWord(h.health);
    ProposedValue issues;
    issues.source = health.source;
    if (h.health == Health::Yellow || h.health == Health::Red)
        issues.value = h.reason;
    else
        issues.note = h.reason;
    health.note = health.value.isEmpty() ? h.reason : QString();
    values.insert(ReportField::Health, health);
    values.insert(ReportField::Issues, issues);
    // Green keeps its reason for the tool tip.
    if (h.health == Health::Green)
        values[ReportField::Health].note = h.reason;
    healthDone = true;
}
