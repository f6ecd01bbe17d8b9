#pragma once

#include "models/checklist/ChecklistNode.h"

#include <functional>

// What importing a new version of a template changes, item by item.
//
// An item's id comes from its text and its ancestors, so rewording an item or a heading above
// it gives it a new id. compute() pairs each vanished old item with the new item that most
// likely replaces it (by the similarity of their text and by their place), so that the state
// of the old one can follow it.
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

    // An old item that vanished, paired with the new item that takes its place.
    struct Pair
    {
        enum class Placement {
            SameParent,   // under the same parent (reworded in place)
            PairedParent, // under its old parent's partner: a reworded heading above it
            OtherParent,  // moved under another heading or item
        };

        QString oldId;
        QString newId;
        QString oldTitle;
        QString newTitle;
        double similarity = 0; // 0.6 to 1.0; 1.0 when the words are the same
        bool sameText = false; // only its place changed: nothing for a person to confirm
        bool hadState = false; // the import must carry this state from oldId to newId
        Placement placement = Placement::SameParent;
    };

    QVector<Change> added;
    QVector<Change> removed; // vanished without a partner
    QVector<Change> changed; // the pairs of `renamed` whose text was reworded
    QVector<Pair> renamed;   // every pair, reworded or only moved, in the new template's order

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && renamed.isEmpty(); }
    // Items with state that no new item takes over: removed ones. The state of paired items
    // is not lost only if the import carries it over (carriedState()).
    QVector<Change> losingState() const;
    // Pairs whose old item had state: what an import carries over to the new ids.
    QVector<Pair> carriedState() const;
    // Pairs with the same text under a new parent id.
    int movedCount() const;
    QString summary() const;

    // hasState tells whether an old item carries state (a tick, note or field value).
    static TemplateDiff compute(const ChecklistDocument *before, const ChecklistDocument &after,
                                const std::function<bool(const QString &)> &hasState);

    // Below this similarity two items are not paired; across parents the bar is higher.
    static constexpr double kMinSimilarity = 0.6;
    static constexpr double kMinSimilarityElsewhere = 0.8;
};
