#include "TemplateDiff.h"

#include <QSet>

QVector<TemplateDiff::Change> TemplateDiff::losingState() const
{
    QVector<Change> out;
    for (const Change &c : removed) {
        if (c.hadState)
            out.append(c);
    }
    for (const Change &c : changed) {
        if (c.hadState)
            out.append(c);
    }
    return out;
}

QString TemplateDiff::summary() const
{
    return QStringLiteral("%1 added, %2 removed, %3 changed").arg(added.size()).arg(removed.size()).arg(changed.size());
}

TemplateDiff TemplateDiff::compute(const ChecklistDocument *before, const ChecklistDocument &after,
                                   const std::function<bool(const QString &)> &hasState)
{
    TemplateDiff diff;
    QSet<QString> oldIds;
    if (before) {
        for (const ChecklistNode *n : before->nodesInOrder())
            oldIds.insert(n->id());
    }
    QSet<QString> newIds;
    for (const ChecklistNode *n : after.nodesInOrder())
        newIds.insert(n->id());

    // New items that sit where a vanished item sat (same parent, same row) are that item reworded.
    QHash<QPair<QString, int>, const ChecklistNode *> vanishedByPlace;
    if (before) {
        for (const ChecklistNode *n : before->nodesInOrder()) {
            if (!newIds.contains(n->id()) && n->parent() && newIds.contains(n->parent()->id()))
                vanishedByPlace.insert({n->parent()->id(), n->row()}, n);
        }
    }
    QSet<QString> pairedOld;
    for (const ChecklistNode *n : after.nodesInOrder()) {
        if (oldIds.contains(n->id()))
            continue;
        if (n->parent() && oldIds.contains(n->parent()->id())) {
            const ChecklistNode *old = vanishedByPlace.value({n->parent()->id(), n->row()});
            if (old) {
                diff.changed.append({old->id(), n->id(), old->title(), n->title(), hasState && hasState(old->id())});
                pairedOld.insert(old->id());
                continue;
            }
        }
        diff.added.append({QString(), n->id(), QString(), n->title(), false});
    }
    if (before) {
        for (const ChecklistNode *n : before->nodesInOrder()) {
            if (newIds.contains(n->id()) || pairedOld.contains(n->id()))
                continue;
            diff.removed.append({n->id(), QString(), n->title(), QString(), hasState && hasState(n->id())});
        }
    }
    return diff;
}
