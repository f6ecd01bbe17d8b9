#pragma once

#include "models/core/Error.h"

#include <QString>

#include <optional>

class LaunchRecord;
class LaunchSchedule;
class RoundsProjection;
struct Actor;

// The use cases of rounds: each checks against the schedule and the rounds projection, then
// appends through the open record on behalf of an actor (the session's own when null).
namespace RoundActions {

// Ticks or unticks one round of a recurring item; refused for an item without rounds or a
// round it does not have. Ticking a ticked round records nothing.
Status setDone(LaunchRecord &session, const LaunchSchedule &schedule, const RoundsProjection &rounds,
               const QString &item, int round, bool done, std::optional<qint64> elapsed, const Actor *actor = nullptr);

// Adds the round after the last one ("Hour 7" after the six the checklist plans); returns its number.
Result<int> addRound(LaunchRecord &session, const LaunchSchedule &schedule, const RoundsProjection &rounds,
                     const QString &item, std::optional<qint64> elapsed, const Actor *actor = nullptr);

} // namespace RoundActions
