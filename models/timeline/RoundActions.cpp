#include "models/timeline/RoundActions.h"

#include "models/session/LaunchRecord.h"
#include "models/timeline/LaunchSchedule.h"
#include "models/timeline/RoundsProjection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace RoundActions {

namespace {

Result<const RoundPlan *> planOf(const LaunchSchedule &schedule, const QString &item)
{
    const RoundPlan *plan = schedule.roundPlan(item);
    if (!plan)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("RoundActions", "%1 is not recurring work: it has no rounds to tick.")
                .arg(item));
    return plan;
}

} // namespace

Status setDone(LaunchRecord &session, const LaunchSchedule &schedule, const RoundsProjection &rounds,
               const QString &item, int round, bool done, std::optional<qint64> elapsed, const Actor *actor)
{
    const auto plan = planOf(schedule, item);
    if (!plan)
        return plan.status();
    const int count = (*plan)->count(rounds.addedUpTo(item), elapsed);
    if (round < 1 || round > count)
        return Status::failure(
            Error::Code::Invalid,
            QCoreApplication::translate("RoundActions", "%1 has rounds 1 to %2; there is no round %3.")
                .arg(item)
                .arg(count)
                .arg(round));
    const QJsonObject payload{{QStringLiteral("item"), item}, {QStringLiteral("round"), round}};
    return session.record({EventDraft::of(done ? EventKind::RoundTicked : EventKind::RoundUnticked, payload,
                                          EventDraft::Condition::IfChanged)},
                          actor);
}

Result<int> addRound(LaunchRecord &session, const LaunchSchedule &schedule, const RoundsProjection &rounds,
                     const QString &item, std::optional<qint64> elapsed, const Actor *actor)
{
    const auto plan = planOf(schedule, item);
    if (!plan)
        return plan.error();
    if ((*plan)->span.open)
        return Error::make(
            Error::Code::Refused,
            QCoreApplication::translate("RoundActions", "%1 goes on without end: its next round comes by itself.")
                .arg(item));
    const int next = (*plan)->count(rounds.addedUpTo(item), elapsed) + 1;
    const QJsonObject payload{{QStringLiteral("item"), item}, {QStringLiteral("round"), next}};
    if (Status s = session.record({EventDraft::of(EventKind::RoundAdded, payload)}, actor); !s)
        return s.error();
    return next;
}

} // namespace RoundActions
