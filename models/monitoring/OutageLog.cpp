#include "OutageLog.h"

#include "ServiceState.h"

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
