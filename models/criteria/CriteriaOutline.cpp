#include "models/criteria/CriteriaOutline.h"

#include "models/checklist/ChecklistNode.h"

#include <QRegularExpression>

namespace {

bool isSection(const ChecklistNode *n)
{
    return n->kind() == ChecklistNode::Kind::Section || n->kind() == ChecklistNode::Kind::Phase;
}

const ChecklistNode *sectionOf(const ChecklistNode *n)
{
    while (n && !isSection(n))
        n = n->parent();
    return n;
}

// The tasks directly under the section (through group labels), in order.
QVector<const ChecklistNode *> tasksOf(const ChecklistNode *section)
{
    QVector<const ChecklistNode *> tasks;
    for (int i = 0; i < section->childCount(); ++i) {
        const ChecklistNode *c = section->child(i);
        if (c->kind() == ChecklistNode::Kind::Task)
            tasks.append(c);
        else if (c->kind() == ChecklistNode::Kind::Group)
            tasks += tasksOf(c);
    }
    return tasks;
}

bool hasTasksWithPoints(const ChecklistNode *section)
{
    for (const ChecklistNode *t : tasksOf(section)) {
        if (t->childCount() > 0)
            return true;
    }
    return false;
}

bool namesCriteria(const QString &title)
{
    return title.contains(QLatin1String("criteria"), Qt::CaseInsensitive);
}

CriterionPointSpec pointOf(const QString &id, const QString &text, bool fromTitle)
{
    CriterionPointSpec p;
    p.id = id;
    p.text = text;
    p.fromTitle = fromTitle;
    p.threshold = Threshold::parse(text);
    p.measure = measureFor(text, p.threshold);
    return p;
}

// "Stability (99% uptime minimum)" → "99% uptime minimum"; a title without brackets as it is.
QString titleLimitText(const QString &title)
{
    static const QRegularExpression bracket(QStringLiteral("\\(([^)]*)\\)"));
    const QRegularExpressionMatch m = bracket.match(title);
    return m.hasMatch() ? m.captured(1).trimmed() : title;
}

} // namespace

const CriterionPointSpec *CriterionSpec::point(const QString &pointId) const
{
    for (const CriterionPointSpec &p : points) {
        if (p.id == pointId)
            return &p;
    }
    return nullptr;
}

const ChecklistNode *criteriaSection(const ChecklistDocument &document)
{
    QVector<const ChecklistNode *> candidates;
    for (const SignatureSlot &slot : document.signatureSlots()) {
        const ChecklistNode *section = sectionOf(document.find(slot.nodeId));
        if (section && !candidates.contains(section) && hasTasksWithPoints(section))
            candidates.append(section);
    }
    if (candidates.isEmpty()) {
        document.root()->forEach([&candidates](const ChecklistNode *n) {
            if (isSection(n) && n->title().contains(QLatin1String("success criteria"), Qt::CaseInsensitive)
                && hasTasksWithPoints(n))
                candidates.append(n);
        });
    }
    for (const ChecklistNode *c : std::as_const(candidates)) {
        if (namesCriteria(c->title()))
            return c;
    }
    return candidates.isEmpty() ? nullptr : candidates.constLast();
}

QVector<CriterionSpec> criteriaOf(const ChecklistDocument &document)
{
    QVector<CriterionSpec> out;
    const ChecklistNode *section = criteriaSection(document);
    if (!section)
        return out;
    for (const ChecklistNode *task : tasksOf(section)) {
        CriterionSpec c;
        c.id = task->id();
        c.title = task->title();
        const CriterionPointSpec titlePoint = pointOf(task->id(), titleLimitText(task->title()), true);
        if (titlePoint.isMeasurable())
            c.points.append(titlePoint);
        for (int i = 0; i < task->childCount(); ++i) {
            const ChecklistNode *step = task->child(i);
            if (step->kind() == ChecklistNode::Kind::Step || step->kind() == ChecklistNode::Kind::Task)
                c.points.append(pointOf(step->id(), step->title(), false));
        }
        out.append(c);
    }
    return out;
}
