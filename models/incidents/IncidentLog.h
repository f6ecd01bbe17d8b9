#pragma once

#include "models/record/RecordProjection.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>

// One line of an incident's timeline: a note, a ticked step, an escalation, ...
struct IncidentEntry
{
    QDateTime at; // when it happened (the desk's clock), UTC
    Actor actor;
    EventKind kind = EventKind::IncidentNoteAdded;
    QString text; // what the line says, for people
    qint64 seq = 0;
};

// A running timer measured against a target: the response time of the current escalation
// level, or the rollback against the checklist's rollback target.
struct IncidentTimer
{
    bool started = false;
    bool running = false; // still counting (not acknowledged / not finished)
    qint64 elapsedSecs = 0;
    qint64 targetSecs = -1; // -1: no target
    bool overdue() const { return targetSecs >= 0 && elapsedSecs > targetSecs; }
    qint64 remainingSecs() const { return targetSecs < 0 ? 0 : targetSecs - elapsedSecs; }
};

// One incident as the record tells it.
struct Incident
{
    QString id;
    int number = 0; // 1, 2, ... in the order they were opened: "INC-2"
    QString type;
    QString title;
    int level = 1;
    QStringList steps;
    QVector<bool> stepDone;
    QString service;      // the linked outage's service, or ""
    qint64 outageSeq = 0; // the event that confirmed it DOWN
    Actor openedBy;
    QDateTime openedAt;
    QDateTime levelSince;          // opened, or escalated to the current level
    QDateTime acknowledgedAt;      // of the current level; invalid while nobody has
    QDateTime firstAcknowledgedAt; // the first acknowledgement of all
    QDateTime rollbackStartedAt;
    QDateTime rollbackFinishedAt;
    QString rollbackOutcome;
    QDateTime resolvedAt;
    QString resolution;
    QVector<IncidentEntry> timeline;

    QString label() const { return QStringLiteral("INC-%1").arg(number); }
    bool isResolved() const { return resolvedAt.isValid(); }
    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    int stepsDone() const { return int(stepDone.count(true)); }
    // Seconds from opening to the first acknowledgement / to resolution; -1 while not there.
    qint64 timeToAcknowledgeSecs() const;
    qint64 timeToResolveSecs() const;
    // The current level's response: from opening or the last escalation until acknowledged.
    IncidentTimer responseTimer(const QDateTime &now, int responseMinutes) const;
    IncidentTimer rollbackTimer(const QDateTime &now, int targetMinutes) const;
};

// The contact details the record holds for a role (contact.set), newest per role.
struct RecordedContact
{
    QString role;
    QString name;
    QString phone;
    QString email;
    qint64 seq = 0;
};

// The incidents projection: every incident with its steps, level, timers and timeline, and the
// contacts set in the record.
class IncidentLog final : public RecordProjection
{
public:
    static QVector<EventKind> incidentKinds();
    // Contacts are current values (the last one per role); incidents are read whole.
    QVector<EventKind> kinds() const override { return incidentKinds() << EventKind::ContactSet; }
    QVector<EventKind> fullHistoryKinds() const override { return incidentKinds(); }
    bool apply(const AuditEvent &event) override;

    const QVector<Incident> &incidents() const { return m_incidents; }
    const Incident *find(const QString &id) const;
    int position(const QString &id) const { return m_byId.value(id, -1); }
    // The incident opened for this outage (service and the seq that confirmed it DOWN), if any.
    const Incident *forOutage(const QString &service, qint64 downSeq) const;
    int openCount() const;

    const QVector<RecordedContact> &contacts() const { return m_contacts; }
    const RecordedContact *contact(const QString &role) const;

    // "12:05", "1:02:03", "-0:30" for a number of seconds.
    static QString formatDuration(qint64 secs);

private:
    QVector<Incident> m_incidents;
    QHash<QString, int> m_byId;
    QVector<RecordedContact> m_contacts;
};
