#include "models/incidents/IncidentLog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QDateTime timeOf(const AuditEvent &e)
{
    // "at" is when it happened by the desk's clock; an event without it happened when recorded.
    QDateTime at = QDateTime::fromString(e.payloadText("at"), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(e.timeUtc, Qt::ISODateWithMs);
    return at.toUTC();
}

qint64 secsBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() ? from.secsTo(to) : -1;
}

} // namespace

QVector<EventKind> IncidentLog::incidentKinds()
{
    return {EventKind::IncidentOpened,          EventKind::IncidentStepDone,         EventKind::IncidentStepUndone,
            EventKind::IncidentNoteAdded,       EventKind::IncidentEscalated,        EventKind::IncidentAcknowledged,
            EventKind::IncidentRollbackStarted, EventKind::IncidentRollbackFinished, EventKind::IncidentResolved};
}

qint64 Incident::timeToAcknowledgeSecs() const
{
    return secsBetween(openedAt, firstAcknowledgedAt);
}

qint64 Incident::timeToResolveSecs() const
{
    return secsBetween(openedAt, resolvedAt);
}

IncidentTimer Incident::responseTimer(const QDateTime &now, int responseMinutes) const
{
    IncidentTimer t;
    t.started = levelSince.isValid();
    const QDateTime end = acknowledgedAt.isValid() ? acknowledgedAt : (isResolved() ? resolvedAt : now);
    t.running = t.started && !acknowledgedAt.isValid() && !isResolved();
    t.elapsedSecs = t.started ? qMax<qint64>(0, levelSince.secsTo(end)) : 0;
    t.targetSecs = responseMinutes < 0 ? -1 : qint64(responseMinutes) * 60;
    return t;
}

IncidentTimer Incident::rollbackTimer(const QDateTime &now, int targetMinutes) const
{
    IncidentTimer t;
    t.started = rollbackStartedAt.isValid();
    const QDateTime end = rollbackFinishedAt.isValid() ? rollbackFinishedAt : (isResolved() ? resolvedAt : now);
    t.running = t.started && !rollbackFinishedAt.isValid() && !isResolved();
    t.elapsedSecs = t.started ? qMax<qint64>(0, rollbackStartedAt.secsTo(end)) : 0;
    t.targetSecs = targetMinutes < 0 ? -1 : qint64(targetMinutes) * 60;
    return t;
}

bool IncidentLog::apply(const AuditEvent &e)
{
    if (e.kind == EventKind::ContactSet) {
        RecordedContact c{e.payloadText("role"), e.payloadText("name"), e.payloadText("phone"), e.payloadText("email"),
                          e.seq};
        for (RecordedContact &existing : m_contacts) {
            if (existing.role == c.role) {
                existing = c;
                return true;
            }
        }
        m_contacts.append(c);
        return true;
    }
    if (!incidentKinds().contains(e.kind))
        return false;
    const QString id = e.payloadText("id");
    const QDateTime at = timeOf(e);
    if (e.kind == EventKind::IncidentOpened) {
        if (m_byId.contains(id))
            return false;
        Incident i;
        i.id = id;
        i.number = int(m_incidents.size()) + 1;
        i.type = e.payloadText("type");
        i.title = e.payloadText("title");
        i.level = e.payload.value(QLatin1String("level")).toInt(1);
        for (const QJsonValue s : e.payload.value(QLatin1String("steps")).toArray())
            i.steps.append(s.toString());
        i.stepDone = QVector<bool>(i.steps.size(), false);
        i.service = e.payloadText("service");
        i.outageSeq = e.payload.value(QLatin1String("outageSeq")).toInteger();
        i.openedBy = e.actor;
        i.openedAt = at;
        i.levelSince = at;
        QString text =
            QCoreApplication::translate("IncidentLog", "Opened: %1 (%2), level %3").arg(i.title, i.type).arg(i.level);
        if (!i.service.isEmpty())
            text += QCoreApplication::translate("IncidentLog", ", for the outage of %1").arg(i.service);
        i.timeline.append({at, e.actor, e.kind, text, e.seq});
        m_byId.insert(id, int(m_incidents.size()));
        m_incidents.append(i);
        return true;
    }
    const auto found = m_byId.constFind(id);
    if (found == m_byId.constEnd())
        return false; // an event about an incident this record never opened
    Incident &i = m_incidents[found.value()];
    QString text;
    switch (e.kind) {
    case EventKind::IncidentStepDone:
    case EventKind::IncidentStepUndone: {
        const int step = e.payload.value(QLatin1String("step")).toInt();
        if (step < 1 || step > i.stepDone.size())
            return false;
        const bool done = e.kind == EventKind::IncidentStepDone;
        i.stepDone[step - 1] = done;
        text = (done ? QCoreApplication::translate("IncidentLog", "Step %1 done: %2")
                     : QCoreApplication::translate("IncidentLog", "Step %1 reopened: %2"))
                   .arg(step)
                   .arg(i.steps.at(step - 1));
        break;
    }
    case EventKind::IncidentNoteAdded: text = e.payloadText("text"); break;
    case EventKind::IncidentEscalated: {
        const int level = e.payload.value(QLatin1String("level")).toInt(i.level);
        text = QCoreApplication::translate("IncidentLog", "Level %1 → %2").arg(i.level).arg(level);
        i.level = level;
        i.levelSince = at;
        i.acknowledgedAt = QDateTime(); // the people of the new level have to answer
        break;
    }
    case EventKind::IncidentAcknowledged:
        if (!i.acknowledgedAt.isValid())
            i.acknowledgedAt = at;
        if (!i.firstAcknowledgedAt.isValid())
            i.firstAcknowledgedAt = at;
        text = QCoreApplication::translate("IncidentLog", "Acknowledged at level %1").arg(i.level);
        break;
    case EventKind::IncidentRollbackStarted:
        i.rollbackStartedAt = at;
        i.rollbackFinishedAt = QDateTime();
        i.rollbackOutcome.clear();
        text = QCoreApplication::translate("IncidentLog", "Rollback started");
        break;
    case EventKind::IncidentRollbackFinished:
        i.rollbackFinishedAt = at;
        i.rollbackOutcome = e.payloadText("outcome");
        text = QCoreApplication::translate("IncidentLog", "Rollback finished: %1").arg(i.rollbackOutcome);
        break;
    case EventKind::IncidentResolved:
        if (i.isResolved())
            return false;
        i.resolvedAt = at;
        i.resolution = e.payloadText("resolution");
        text = QCoreApplication::translate("IncidentLog", "Resolved: %1").arg(i.resolution);
        break;
    default: return false;
    }
    i.timeline.append({at, e.actor, e.kind, text, e.seq});
    return true;
}

const Incident *IncidentLog::find(const QString &id) const
{
    const int at = position(id);
    return at < 0 ? nullptr : &m_incidents.at(at);
}

const Incident *IncidentLog::forOutage(const QString &service, qint64 downSeq) const
{
    for (const Incident &i : m_incidents) {
        if (i.service == service && i.outageSeq == downSeq)
            return &i;
    }
    return nullptr;
}

int IncidentLog::openCount() const
{
    int n = 0;
    for (const Incident &i : m_incidents)
        n += i.isResolved() ? 0 : 1;
    return n;
}

const RecordedContact *IncidentLog::contact(const QString &role) const
{
    for (const RecordedContact &c : m_contacts) {
        if (c.role == role)
            return &c;
    }
    return nullptr;
}

QString IncidentLog::formatDuration(qint64 secs)
{
    const QString sign = secs < 0 ? QStringLiteral("-") : QString();
    secs = qAbs(secs);
    const qint64 h = secs / 3600;
    const qint64 m = (secs % 3600) / 60;
    const qint64 s = secs % 60;
    if (h > 0)
        return QStringLiteral("%1%2:%3:%4")
            .arg(sign)
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1%2:%3").arg(sign).arg(m).arg(s, 2, 10, QLatin1Char('0'));
}
