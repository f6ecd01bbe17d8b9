#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

// Where an item stands against its due window.
enum class DueState {
    None, // no due time (or no T0 yet)
    NotDueYet,
    DueSoon, // its window opens within the hour
    DueNow,
    Overdue, // its window passed and it is not ticked
    Done,
};

// The word for a state, shown beside every colour: a state is never told by colour alone.
QString dueStateWord(DueState state);
// The background that makes due-soon and overdue rows stand out; invalid for the others.
QColor dueStateBackground(DueState state);

// An item's state and window as of the timeline's last look at the clock.
struct DueStatus
{
    DueState state = DueState::None;
    QDateTime from; // absolute window, UTC; invalid without T0
    QDateTime to;   // invalid when open-ended
    int round = 0;  // for recurring items: the round this is about
    QString roundLabel;
    int missedRounds = 0;
    QString words; // the checklist's words the window was read from
    QString text;  // "OVERDUE · 2 rounds missed", "due in 25 min", "due now · Round 37", "from Thu 07:00"

    bool operator==(const DueStatus &o) const
    {
        return state == o.state && from == o.from && to == o.to && round == o.round && missedRounds == o.missedRounds
            && text == o.text;
    }
    bool operator!=(const DueStatus &o) const { return !(*this == o); }
};

// The state of a window [from, to) at now; an invalid `to` never ends.
DueState dueStateAt(const QDateTime &now, const QDateTime &from, const QDateTime &to, bool done);

// The launch clock: "T−01:59:12" before T0 (a true minus sign), "T+05:12:00" after.
QString formatSinceT0(qint64 elapsedSeconds);
