#pragma once

#include "models/record/AuditEvent.h"

#include <QVector>

// One view of the launch record, rebuilt from its events: the checklist state, T0, outages, and
// whatever a feature adds (hourly reports, incidents, signatures). A feature registers its
// projection with the open record (LaunchRecord::addProjection) and never parses another
// feature's events.
class RecordProjection
{
public:
    virtual ~RecordProjection() = default;

    // The kinds the projection reads at all; empty means every kind. Building it reads only these.
    virtual QVector<EventKind> kinds() const { return {}; }
    // The kinds whose every event the projection needs when it is first built. Kinds not named
    // here reach it only as the last event of each subject and slot, which is all a projection
    // of current values needs.
    virtual QVector<EventKind> fullHistoryKinds() const { return {}; }
    // Applies one event, in record order; returns true when the projection changed.
    virtual bool apply(const AuditEvent &event) = 0;
};
