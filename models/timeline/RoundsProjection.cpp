#include "models/timeline/RoundsProjection.h"

bool RoundsProjection::apply(const AuditEvent &e)
{
    if (e.kind != EventKind::RoundTicked && e.kind != EventKind::RoundUnticked && e.kind != EventKind::RoundAdded)
        return false;
    const QString item = e.payloadText("item");
    const int round = int(e.payload.value(QLatin1String("round")).toInteger());
    switch (e.kind) {
    case EventKind::RoundTicked: m_done[item].insert(round); break;
    case EventKind::RoundUnticked: m_done[item].remove(round); break;
    default: m_added[item] = std::max(m_added.value(item), round); break;
    }
    return true;
}
