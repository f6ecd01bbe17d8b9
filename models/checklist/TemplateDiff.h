#pragma once

#include "ChecklistNode.h"

#include <functional>

// What importing a new version of a template changes, item by item.
struct TemplateDiff
{
    struct Change
    {
        QString oldId;
        QString newId;
        QString oldTitle;
        QString newTitle;
        bool hadState = false; // ticked, noted or filled in: that state stays with the old id
    };

    QVector<Change> added;
    QVector<Change> removed;
    QVector<Change> changed; // reworded in place: same parent, same position, new text

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    // Items with state that the new template no longer has (removed or reworded).
    QVector<Change> losingState() const;
    QString summary() const;

    // hasState tells whether an old item carries state (a tick, note or field value).
    static TemplateDiff compute(const ChecklistDocument *before, const ChecklistDocument &after,
                                const std::function<bool(const QString &)> &hasState);
};
