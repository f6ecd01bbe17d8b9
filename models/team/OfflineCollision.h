#pragma once

#include "models/core/Error.h"
#include "models/record/AuditEvent.h"

#include <QVector>

class ChecklistDesk;
class LaunchRecord;

// A change this desk made offline that met another desk's change to the same slot of an item
// (docs/launch-record.md, "When the server goes away"): both are in the record, theirs first.
struct OfflineCollision
{
    QString itemId;
    QString itemTitle;
    AuditEvent mine;   // made offline; its time is when it was made
    AuditEvent theirs; // the event mine.payload.collidesWith names
    bool theirsFound = false;

    // The change in words: "ticked", "unticked", "note „…“", "<field>: <value>".
    static QString changeText(const AuditEvent &change, const LaunchRecord &session);
    // "16:03" in local time (the date too when not today).
    static QString timeText(const QString &timeUtc);
    // When mine was shared (offline.sharedAt), empty if not known.
    QString sharedAt() const;
};

// Settles what offline changes met: finds the other desk's change in the item's history, and
// "Take theirs" records their value again as a new change of this desk (keeping mine needs
// nothing: it is the later one and stands).
class OfflineCollisions
{
public:
    explicit OfflineCollisions(ChecklistDesk *desk);

    // The collision an event from collisionsFound() stands for; NotFound when the item is no
    // longer in the checklist, Invalid when the event names no collision.
    Result<OfflineCollision> find(const AuditEvent &offlineEvent) const;
    QVector<OfflineCollision> findAll(const QVector<AuditEvent> &offlineEvents) const;
    // Records their value of the slot as this desk's change (a tick, untick, note or value).
    Status takeTheirs(const OfflineCollision &collision);

private:
    ChecklistDesk *m_desk;
    LaunchRecord *m_session;
};
