#pragma once

#include <QByteArray>
#include <QString>

// Who makes a change: the operator's name and their launch role ("Platform Lead", ...).
struct Actor
{
    QString name;
    QString role;
};

// One entry of the append-only audit trail. The current state of a checklist is derived by
// replaying these in order; nothing is ever updated or deleted.
struct AuditEvent
{
    qint64 seq = 0;
    QString timeUtc; // ISO 8601 with milliseconds, "2026-11-26T18:31:21.123Z"
    QString actor;
    QString role;
    QString action; // tick, untick, note, field, import
    QString item;   // node id ("" for whole-document events such as import)
    QString slot;   // what of the item changed: done, note, field:<key>, template
    QString oldValue;
    QString newValue;
    qint64 reverts = 0; // seq of the event this one undoes, 0 for none
    QString prevHash;
    QString hash;
};

// A change to append; the store fills in time, actor, old value, sequence and hashes.
struct EventDraft
{
    QString action;
    QString item;
    QString slot;
    QString newValue;
    qint64 reverts = 0;
};

namespace AuditSlots {
inline QString done()
{
    return QStringLiteral("done");
}
inline QString note()
{
    return QStringLiteral("note");
}
inline QString templateRef()
{
    return QStringLiteral("template");
}
inline QString field(const QString &key)
{
    return QStringLiteral("field:") + key;
}
} // namespace AuditSlots

// SHA-256 (hex) over every field of the event except its own hash, including the previous
// event's hash, so that editing, deleting or reordering any event breaks the chain.
QString computeEventHash(const AuditEvent &event);
