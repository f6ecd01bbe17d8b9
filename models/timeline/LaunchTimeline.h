#pragma once

#include "models/core/Error.h"
#include "models/timeline/Clock.h"
#include "models/timeline/DueState.h"
#include "models/timeline/LaunchSchedule.h"
#include "models/timeline/RoundsProjection.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class LaunchRecord;

// One round with its absolute window and state.
struct RoundStatus
{
    Round round;
    QDateTime from; // when it is due, UTC (invalid without T0)
    QDateTime to;
    DueState state = DueState::None;
    bool done = false;
};

// A line of the "Now" list: an item, or a recurring item's round, that is due within the hour
// or late.
struct NowEntry
{
    QString item;
    int round = 0; // 0 for a plain item
    QString title; // the item's title, with the round's label
    QString when;  // "in 20 min", "until 20:45", "since 20:30 · 3 missed"
    DueStatus status;

    bool operator==(const NowEntry &o) const
    {
        return item == o.item && round == o.round && when == o.when && status == o.status;
    }
};

// The launch timeline: the checklist's due windows placed on T0 and on the clock, the rounds of
// recurring work, and their use cases. Moving T0 moves everything; statusesChanged() says which
// items changed whenever the clock, T0, a tick or a round moves them.
class LaunchTimeline final : public QObject
{
    Q_OBJECT

public:
    explicit LaunchTimeline(LaunchRecord *session, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~LaunchTimeline() override;

    LaunchRecord *session() const { return m_session; }
    const Clock &clock() const { return m_clock; }
    const LaunchSchedule &schedule() const { return m_schedule; }
    const RoundsProjection &rounds() const { return m_rounds; }
    QDateTime t0() const;
    // Seconds since T0 by the clock (negative before); none without T0.
    std::optional<qint64> elapsed() const;

    DueStatus status(const QString &id) const { return m_status.value(id); }
    // The rounds of a recurring item, or of the recurring item a node belongs to.
    QString roundOwner(const QString &id) const;
    QVector<RoundStatus> roundsOf(const QString &id) const;
    // Due within the next hour and late: overdue first, then due now, then due soon.
    QVector<NowEntry> nowList() const { return m_now; }

    Status setRoundDone(const QString &item, int round, bool done);
    Result<int> addRound(const QString &item);

    // Looks at the clock again; the application calls it from a timer, tests after moving time.
    void refresh();
    void startTicking(int intervalMs);

signals:
    void statusesChanged(const QStringList &ids);
    // The rounds (ticks, count) or the Now list changed.
    void roundsChanged();
    void nowListChanged();

private:
    void rebuildSchedule();
    // The state of an owner's rounds first..last (all when 0).
    DueStatus ownerStatus(const QString &owner, const QDateTime &now, int first = 0, int last = 0) const;
    QVector<NowEntry> computeNow() const;

    LaunchRecord *m_session;
    const Clock &m_clock;
    LaunchSchedule m_schedule;
    RoundsProjection m_rounds;
    QHash<QString, DueStatus> m_status;
    QVector<NowEntry> m_now;
    QTimer m_tick;
};
