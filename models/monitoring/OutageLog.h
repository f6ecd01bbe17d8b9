#pragma once

#include "models/monitoring/HistoryTypes.h"
#include "models/monitoring/ServiceState.h"
#include "models/record/EventStore.h"
#include "models/record/RecordProjection.h"

#include <optional>

#include <QHash>
#include <QVector>

// One confirmed outage of a service: from the event that confirmed DOWN to the one that
// confirmed it back UP (open while it is not back).
struct Outage
{
    QString service;
    QDateTime down; // when the record confirmed DOWN (UTC)
    QDateTime up;   // invalid while the outage lasts
    QString reason; // the reason given with DOWN
    qint64 downSeq = 0;
    qint64 upSeq = 0;
};

// The service outages projection: each service's confirmed state, its outages, and the
// maintenance windows that are in force (added and not removed), from the record's events.
class OutageLog final : public RecordProjection
{
public:
    QVector<EventKind> kinds() const override
    {
        return {EventKind::ServiceStateConfirmed, EventKind::MaintenanceAdded, EventKind::MaintenanceRemoved};
    }
    QVector<EventKind> fullHistoryKinds() const override { return {EventKind::ServiceStateConfirmed}; }
    // Applies one event; returns true when it was about services or maintenance.
    bool apply(const AuditEvent &event) override;

    // "DOWN", "UP", or "" when the record has no confirmed state for the service.
    QString confirmedState(const QString &service) const { return m_state.value(service); }
    const QVector<Outage> &outages() const { return m_outages; }
    QVector<MaintenanceWindow> maintenanceWindows() const;

    // The event that records a change of state the monitor saw, or none when it is not a
    // confirmed change (PENDING and DEGRADED are for the tiles). DOWN is written unless the
    // record already holds DOWN; the return only when the record holds DOWN — decided inside the
    // write transaction, so two windows or monitors record it once. Append as Actor::system().
    static std::optional<EventDraft> confirmation(const QString &service, ServiceState from, ServiceState to,
                                                  const QString &reason);
    // Maintenance windows are events of the record; service "" means every service.
    static Result<EventDraft> maintenanceAdded(const QString &service, const QDateTime &from, const QDateTime &to,
                                               const QString &note);
    static EventDraft maintenanceRemoved(const QString &windowId);

private:
    QHash<QString, QString> m_state;
    QHash<QString, int> m_openOutage; // service -> index in m_outages
    QVector<Outage> m_outages;
    QHash<QString, MaintenanceWindow> m_windows; // by id
    QStringList m_windowOrder;
};
