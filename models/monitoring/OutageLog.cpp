#include "models/monitoring/OutageLog.h"

#include <QCoreApplication>
#include <QUuid>

bool OutageLog::apply(const AuditEvent &e)
{
    switch (e.kind) {
    case EventKind::ServiceStateConfirmed: {
        const QString service = e.payloadText("service");
        const QString state = e.payloadText("state");
        const QDateTime at = QDateTime::fromString(e.timeUtc, Qt::ISODateWithMs);
        m_state.insert(service, state);
        if (state == serviceStateName(ServiceState::Down)) {
            if (!m_openOutage.contains(service)) {
                m_openOutage.insert(service, int(m_outages.size()));
                m_outages.append({service, at, QDateTime(), e.payloadText("reason"), e.seq, 0});
            }
        } else if (const auto open = m_openOutage.constFind(service); open != m_openOutage.constEnd()) {
            Outage &o = m_outages[open.value()];
            o.up = at;
            o.upSeq = e.seq;
            m_openOutage.remove(service);
        }
        return true;
    }
    case EventKind::MaintenanceAdded: {
        MaintenanceWindow w;
        w.service = e.payloadText("service");
        w.from = QDateTime::fromString(e.payloadText("from"), Qt::ISODate).toUTC();
        w.to = QDateTime::fromString(e.payloadText("to"), Qt::ISODate).toUTC();
        w.note = e.payloadText("note");
        w.id = e.seq;
        const QString id = e.payloadText("id");
        if (!m_windows.contains(id))
            m_windowOrder.append(id);
        m_windows.insert(id, w);
        return true;
    }
    case EventKind::MaintenanceRemoved:
        m_windows.remove(e.payloadText("id"));
        m_windowOrder.removeAll(e.payloadText("id"));
        return true;
    default: return false;
    }
}

QVector<MaintenanceWindow> OutageLog::maintenanceWindows() const
{
    QVector<MaintenanceWindow> out;
    for (const QString &id : m_windowOrder)
        out.append(m_windows.value(id));
    return out;
}

std::optional<EventDraft> OutageLog::confirmation(const QString &service, ServiceState from, ServiceState to,
                                                  const QString &reason)
{
    const ConfirmedChange change = confirmedChange(from, to);
    if (change == ConfirmedChange::None)
        return std::nullopt;
    const bool wentDown = change == ConfirmedChange::WentDown;
    EventDraft draft = EventDraft::of(EventKind::ServiceStateConfirmed,
                                      {{QStringLiteral("service"), service},
                                       {QStringLiteral("state"), serviceStateName(wentDown ? ServiceState::Down : to)},
                                       {QStringLiteral("reason"), reason}});
    if (wentDown) {
        draft.condition = EventDraft::Condition::IfChanged;
    } else {
        // Back UP closes an outage the record holds; a blip that was never confirmed is no event.
        draft.condition = EventDraft::Condition::IfCurrentIs;
        draft.currentIs = {serviceStateName(ServiceState::Down)};
    }
    return draft;
}

Result<EventDraft> OutageLog::maintenanceAdded(const QString &service, const QDateTime &from, const QDateTime &to,
                                               const QString &note)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("OutageLog", "A maintenance window needs a start before its end."));
    auto stored = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); };
    return EventDraft::of(EventKind::MaintenanceAdded,
                          {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {QStringLiteral("service"), service},
                           {QStringLiteral("from"), stored(from)},
                           {QStringLiteral("to"), stored(to)},
                           {QStringLiteral("note"), note}});
}

EventDraft OutageLog::maintenanceRemoved(const QString &windowId)
{
    EventDraft draft = EventDraft::of(EventKind::MaintenanceRemoved, {{QStringLiteral("id"), windowId}},
                                      EventDraft::Condition::IfCurrentIs);
    draft.currentIs = {QStringLiteral("added")};
    return draft;
}
