#pragma once

#include "models/timeline/TimeWords.h"

#include <QHash>
#include <QStringList>

class ChecklistDocument;
class ChecklistNode;

// One round of a recurring item: "Round 37" of the 15-minute checks, "Hour 3" of the reports.
struct Round
{
    int number = 0;        // 1-based
    RelativeWindow covers; // the period the round is about
    RelativeWindow due;    // when it is to be done: the period itself, or the next one for a report
    QString label;         // "Hour 3"
};

// The rounds of one recurring item, as the checklist's words set them.
struct RoundPlan
{
    QString item;
    Recurrence recurrence;
    RelativeWindow span;  // the first round starts at span.from; open: no last round
    bool report = false;  // a report is written once the period it covers is over
    int plannedCount = 0; // the checklist's own rounds; 0 when open-ended
    QString words;

    Round round(int number) const;
    // How many rounds there are: the planned ones, those the lead added (up to addedUpTo), and
    // for open-ended work every round begun by `elapsed` seconds after T0 plus the next.
    int count(int addedUpTo, std::optional<qint64> elapsed) const;
};

// When each item of a checklist is due, read from the checklist's own words.
struct ItemTiming
{
    std::optional<RelativeWindow> window; // own, or inherited from the nearest ancestor that has one
    bool own = false;
    QString words;          // the words the window was read from
    QString source;         // the id of the node that said so (this one when own)
    QString recurringOwner; // the recurring item this one belongs to (itself for the owner)
    // The owner's rounds this node is about ("Hour 3-6 (T+3h to T+6h)": 3 to 6); 0: all of them.
    int firstRound = 0;
    int lastRound = 0;
};

// The due windows and round plans of a whole checklist. Headings, group labels, paragraphs and
// task titles are read in full; the titles of steps and blanks only for explicit T± points.
// A conditional heading ("Incident Response (If Issues Occur)") and all below it are never due.
class LaunchSchedule
{
public:
    static LaunchSchedule read(const ChecklistDocument &document);

    const ItemTiming *timing(const QString &id) const;
    const RoundPlan *roundPlan(const QString &id) const;
    // Recurring items in document order.
    const QStringList &recurringItems() const { return m_recurring; }

private:
    void visit(const ChecklistNode *node, const ItemTiming &inherited, std::optional<RelativeWindow> inheritedSpan);

    QHash<QString, ItemTiming> m_timing;
    QHash<QString, RoundPlan> m_plans;
    QStringList m_recurring;
};
