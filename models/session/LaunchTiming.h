#pragma once

#include "models/record/EventStore.h"

#include <QDateTime>
#include <QVector>

struct ChecklistField;

// The launch timing projection: T0, the go-live moment, as planned ahead and as recorded when
// it happened. Correcting either is a new event; the last one counts.
class LaunchTiming
{
public:
    // Applies one event; returns true when it was about timing.
    bool apply(const AuditEvent &event);

    QDateTime planned() const { return m_planned; }   // UTC; invalid when not planned
    QDateTime recorded() const { return m_recorded; } // UTC; invalid until the launch happened
    // The moment everything is relative to: the recorded T0, else the planned one.
    QDateTime t0() const { return m_recorded.isValid() ? m_recorded : m_planned; }

    // The events that plan T0 and record it (a correction is a new event; an invalid time
    // clears a recorded T0). Append them with LaunchRecord::record().
    static Result<EventDraft> planned(const QDateTime &time);
    static EventDraft recorded(const QDateTime &time);

    // The checklist blank that shows and sets the recorded T0 ("Time of launch recorded: ____"):
    // a date-time blank whose label speaks of the launch or go-live.
    static bool isLaunchTimeField(const ChecklistField &field);
    static QString toStored(const QDateTime &time); // ISO 8601 UTC with seconds
    static QDateTime fromStored(const QString &text);

private:
    QDateTime m_planned;
    QDateTime m_recorded;
};
