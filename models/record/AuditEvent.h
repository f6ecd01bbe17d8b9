#pragma once

#include "models/record/Actor.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

// What happened, as one of a fixed set of kinds, each with a small typed payload (see
// docs/launch-record.md for every kind's payload). The stored name is the record's word for it;
// the enum is what code decides on.
enum class EventKind {
    TemplateImported,      // checklist.imported      {sha256, name}
    ItemTicked,            // item.ticked             {item, [reverts], [carriedFrom]}
    ItemUnticked,          // item.unticked           {item, [reverts]}
    NoteSet,               // item.note_set           {item, note, previous, [reverts], [carriedFrom]}
    FieldSet,              // item.field_set          {item, field, value, previous, [reverts], [carriedFrom]}
    T0Planned,             // launch.t0_planned       {time, previous}
    T0Recorded,            // launch.t0_recorded      {time, previous}
    ServiceStateConfirmed, // service.state_confirmed {service, state, previous, reason, observedAt}
    MaintenanceAdded,      // maintenance.added       {id, service, from, to, note}
    MaintenanceRemoved,    // maintenance.removed     {id}
    // Incidents (models/incidents): subject = the incident id; "at" is when it happened by the
    // desk's clock (ISO 8601 UTC), the event's own time is when it was recorded.
    IncidentOpened,           // incident.opened           {id, type, level, title, steps[], at, [service, outageSeq]}
    IncidentStepDone,         // incident.step_done        {id, step, at}   (step: 1-based)
    IncidentStepUndone,       // incident.step_undone      {id, step, at}
    IncidentNoteAdded,        // incident.note_added       {id, text, at}
    IncidentEscalated,        // incident.escalated        {id, level, at}
    IncidentAcknowledged,     // incident.acknowledged     {id, level, at}
    IncidentRollbackStarted,  // incident.rollback_started {id, at}
    IncidentRollbackFinished, // incident.rollback_finished {id, outcome, at}
    IncidentResolved,         // incident.resolved         {id, resolution, at}
    ContactSet,               // contact.set               {role, name, phone, email}  (subject = role)
    RoundTicked,              // round.ticked            {item, round}   one round of a recurring item, 1-based
    RoundUnticked,            // round.unticked          {item, round}
    RoundAdded,               // round.added             {item, round}   a round beyond the checklist's own (Hour 7)
    // Hourly status reports (models/reports): subject = "report:<hour>".
    ReportConfirmed, // report.confirmed {hour, from, to, values{field: {value, source}}}
    ReportCorrected, // report.corrected {hour, field, value, previous, [reason]}
    // Sign-off (models/signoff): subject = "signer:<name>" or "signoff:<role>".
    SignerEnrolled,       // signer.enrolled     {name, salt, iterations, hash}  (base64; PBKDF2-SHA256)
    SignatureGiven,       // signoff.signed      {role, name, meaning, digest, content, [justification]}
    SignatureRefused,     // signoff.refused     {role, name, meaning, reason, digest, content}
    SignatureInvalidated, // signoff.invalidated {role, signedSeq, change, by, at}  (by a system actor)
    // Success criteria (models/criteria): subject = "criterion:<item>", slot per point.
    CriterionConfirmed, // criterion.confirmed {item, point, verdict, note}   a person's met / not met
    CriterionMeasured,  // criterion.measured  {item, point, verdict, figure, threshold, source}  from data
    // The record's own roles (models/team): subject = "member:<name>", slot "role:<role>" or "denied".
    MemberRoleGranted, // member.role_granted {name, role}
    MemberRoleRevoked, // member.role_revoked {name, role}
    AccessDenied,      // access.denied       {action, name, roles[], reason}  refused for lack of a record role
};

QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(const QString &name);

// Where an event lands in the record's projection cache (current_values): the thing it is
// about, which of its slots, and the value that slot holds afterwards. Derived from kind and
// payload by one function, so the cache can always be checked against the events.
struct EventIndex
{
    QString subject; // an item id, a service name, a maintenance window id, "launch", or ""
    QString slot;    // done, note, field:<key>, template, t0, t0_planned, state, maintenance, round:<n>,
                     // round_added:<n>, report, report_field:<field>, role:<role>, denied
    QString value;
};
EventIndex indexOf(EventKind kind, const QJsonObject &payload);
// Whether the payload carries the slot's previous value (filled in by the record on append).
bool tracksPrevious(EventKind kind);

// One entry of the append-only launch record. The state the application shows is derived
// from these in order; nothing is ever updated or deleted.
struct AuditEvent
{
    // Format 1: events written before the record was typed (schema 2), hashed over their flat
    // fields; they are read through legacyUpcast(). Format 2: the canonical form below.
    static constexpr int kCurrentFormat = 2;

    qint64 seq = 0;
    QString timeUtc; // ISO 8601 with milliseconds, "2026-11-26T18:31:21.123Z"
    Actor actor;
    EventKind kind = EventKind::ItemTicked;
    QJsonObject payload;
    int format = kCurrentFormat;
    QString prevHash;
    QString hash;

    // The flat columns of format 1, kept as they were written (they are what its hash covers).
    struct Legacy
    {
        QString action;
        QString item;
        QString slot;
        QString oldValue;
        QString newValue;
        qint64 reverts = 0;
    } legacy;

    EventIndex index() const;
    QString item() const { return index().subject; }
    qint64 reverts() const;
    QString payloadText(const char *key) const { return payload.value(QLatin1String(key)).toString(); }
};

// The action words schema 2 stored for what is now this kind (empty for kinds it did not have).
std::vector<const char *> legacyActionsOf(EventKind kind);

// The event a format-1 row stands for: its kind and payload from the flat fields.
void legacyUpcast(AuditEvent &event);

// The canonical byte form of a format-2 event: compact JSON of
//   {"actor":{"kind","name","role"},"kind","payload",{...},"prev","seq","time"}
// with object keys in Qt's (sorted) order, integers as integers, strings as QJsonDocument
// writes them. The SHA-256 chain covers exactly these bytes; the JSON export uses them too.
QByteArray canonicalBytes(const AuditEvent &event);
// The payload's stored form: compact JSON, keys sorted.
QByteArray canonicalPayload(const QJsonObject &payload);

// SHA-256 (hex) of the event's content and the previous event's hash, so that editing, deleting
// or reordering any event breaks the chain. Format 1 and 2 each by their own rule.
QString computeEventHash(const AuditEvent &event);
