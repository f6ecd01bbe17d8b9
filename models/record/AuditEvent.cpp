#include "models/record/AuditEvent.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <array>

namespace {

struct KindName
{
    EventKind kind;
    const char *name;
};

constexpr std::array<KindName, 34> kKindNames{{
    {EventKind::TemplateImported, "checklist.imported"},
    {EventKind::ItemTicked, "item.ticked"},
    {EventKind::ItemUnticked, "item.unticked"},
    {EventKind::NoteSet, "item.note_set"},
    {EventKind::FieldSet, "item.field_set"},
    {EventKind::T0Planned, "launch.t0_planned"},
    {EventKind::T0Recorded, "launch.t0_recorded"},
    {EventKind::ServiceStateConfirmed, "service.state_confirmed"},
    {EventKind::MaintenanceAdded, "maintenance.added"},
    {EventKind::MaintenanceRemoved, "maintenance.removed"},
    {EventKind::IncidentOpened, "incident.opened"},
    {EventKind::IncidentStepDone, "incident.step_done"},
    {EventKind::IncidentStepUndone, "incident.step_undone"},
    {EventKind::IncidentNoteAdded, "incident.note_added"},
    {EventKind::IncidentEscalated, "incident.escalated"},
    {EventKind::IncidentAcknowledged, "incident.acknowledged"},
    {EventKind::IncidentRollbackStarted, "incident.rollback_started"},
    {EventKind::IncidentRollbackFinished, "incident.rollback_finished"},
    {EventKind::IncidentResolved, "incident.resolved"},
    {EventKind::ContactSet, "contact.set"},
    {EventKind::RoundTicked, "round.ticked"},
    {EventKind::RoundUnticked, "round.unticked"},
    {EventKind::RoundAdded, "round.added"},
    {EventKind::ReportConfirmed, "report.confirmed"},
    {EventKind::ReportCorrected, "report.corrected"},
    {EventKind::SignerEnrolled, "signer.enrolled"},
    {EventKind::SignatureGiven, "signoff.signed"},
    {EventKind::SignatureRefused, "signoff.refused"},
    {EventKind::SignatureInvalidated, "signoff.invalidated"},
    {EventKind::CriterionConfirmed, "criterion.confirmed"},
    {EventKind::CriterionMeasured, "criterion.measured"},
    {EventKind::MemberRoleGranted, "member.role_granted"},
    {EventKind::MemberRoleRevoked, "member.role_revoked"},
    {EventKind::AccessDenied, "access.denied"},
}};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString number(const QJsonObject &o, const char *key)
{
    return QString::number(o.value(QLatin1String(key)).toInteger());
}

// A round's own slot ("round:12"), so the cache keeps every round's last event.
QString roundSlot(const char *prefix, const QJsonObject &o)
{
    return QLatin1String(prefix) + QString::number(o.value(QLatin1String("round")).toInteger());
}

// Format 1: length-prefixed flat fields, exactly as schema 2 wrote them.
void addField(QCryptographicHash &hash, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":", 1));
    hash.addData(bytes);
    hash.addData(QByteArrayView(";", 1));
}

QString legacyHash(const AuditEvent &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("golive-event-v1;"));
    addField(hash, QString::number(e.seq));
    addField(hash, e.timeUtc);
    addField(hash, e.actor.name);
    addField(hash, e.actor.role);
    addField(hash, e.legacy.action);
    addField(hash, e.legacy.item);
    addField(hash, e.legacy.slot);
    addField(hash, e.legacy.oldValue);
    addField(hash, e.legacy.newValue);
    addField(hash, QString::number(e.legacy.reverts));
    addField(hash, e.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString Actor::displayName() const
{
    switch (kind) {
    case Kind::Person: return role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, role);
    case Kind::Program:
        return role.isEmpty() ? QCoreApplication::translate("Actor", "%1 (program)").arg(name)
                              : QCoreApplication::translate("Actor", "%1 (program, %2)").arg(name, role);
    case Kind::System: return QCoreApplication::translate("Actor", "%1 (system)").arg(name);
    }
    return name;
}

QString actorKindName(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Person: return QStringLiteral("person");
    case Actor::Kind::Program: return QStringLiteral("program");
    case Actor::Kind::System: return QStringLiteral("system");
    }
    return QStringLiteral("person");
}

std::optional<Actor::Kind> actorKindFromName(const QString &name)
{
    for (Actor::Kind k : {Actor::Kind::Person, Actor::Kind::Program, Actor::Kind::System}) {
        if (actorKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString eventKindName(EventKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

EventIndex indexOf(EventKind kind, const QJsonObject &p)
{
    switch (kind) {
    case EventKind::TemplateImported: return {QString(), QStringLiteral("template"), text(p, "sha256")};
    case EventKind::ItemTicked: return {text(p, "item"), QStringLiteral("done"), QStringLiteral("true")};
    case EventKind::ItemUnticked: return {text(p, "item"), QStringLiteral("done"), QStringLiteral("false")};
    case EventKind::NoteSet: return {text(p, "item"), QStringLiteral("note"), text(p, "note")};
    case EventKind::FieldSet: return {text(p, "item"), QStringLiteral("field:") + text(p, "field"), text(p, "value")};
    case EventKind::T0Planned: return {QStringLiteral("launch"), QStringLiteral("t0_planned"), text(p, "time")};
    case EventKind::T0Recorded: return {QStringLiteral("launch"), QStringLiteral("t0"), text(p, "time")};
    case EventKind::ServiceStateConfirmed: return {text(p, "service"), QStringLiteral("state"), text(p, "state")};
    case EventKind::MaintenanceAdded: return {text(p, "id"), QStringLiteral("maintenance"), QStringLiteral("added")};
    case EventKind::MaintenanceRemoved:
        return {text(p, "id"), QStringLiteral("maintenance"), QStringLiteral("removed")};
    case EventKind::IncidentOpened: return {text(p, "id"), QStringLiteral("incident"), QStringLiteral("open")};
    case EventKind::IncidentStepDone:
        return {text(p, "id"), QStringLiteral("step:") + number(p, "step"), QStringLiteral("done")};
    case EventKind::IncidentStepUndone:
        return {text(p, "id"), QStringLiteral("step:") + number(p, "step"), QStringLiteral("open")};
    case EventKind::IncidentNoteAdded: return {text(p, "id"), QStringLiteral("note"), text(p, "text")};
    case EventKind::IncidentEscalated: return {text(p, "id"), QStringLiteral("level"), number(p, "level")};
    case EventKind::IncidentAcknowledged: return {text(p, "id"), QStringLiteral("acknowledged"), number(p, "level")};
    case EventKind::IncidentRollbackStarted:
        return {text(p, "id"), QStringLiteral("rollback"), QStringLiteral("started")};
    case EventKind::IncidentRollbackFinished: return {text(p, "id"), QStringLiteral("rollback"), text(p, "outcome")};
    case EventKind::IncidentResolved: return {text(p, "id"), QStringLiteral("incident"), QStringLiteral("resolved")};
    case EventKind::ContactSet: return {text(p, "role"), QStringLiteral("contact"), text(p, "name")};
    case EventKind::RoundTicked: return {text(p, "item"), roundSlot("round:", p), QStringLiteral("true")};
    case EventKind::RoundUnticked: return {text(p, "item"), roundSlot("round:", p), QStringLiteral("false")};
    case EventKind::RoundAdded: return {text(p, "item"), roundSlot("round_added:", p), QStringLiteral("true")};
    case EventKind::ReportConfirmed:
        return {QStringLiteral("report:") + number(p, "hour"), QStringLiteral("report"), QStringLiteral("confirmed")};
    case EventKind::ReportCorrected:
        return {QStringLiteral("report:") + number(p, "hour"), QStringLiteral("report_field:") + text(p, "field"),
                text(p, "value")};
    case EventKind::SignerEnrolled:
        return {QStringLiteral("signer:") + text(p, "name"), QStringLiteral("passphrase"), QStringLiteral("set")};
    case EventKind::SignatureGiven:
        return {QStringLiteral("signoff:") + text(p, "role"), QStringLiteral("signature"),
                QStringLiteral("signed:") + text(p, "digest")};
    case EventKind::SignatureRefused:
        return {QStringLiteral("signoff:") + text(p, "role"), QStringLiteral("signature"),
                QStringLiteral("refused:") + text(p, "digest")};
    case EventKind::SignatureInvalidated:
        return {QStringLiteral("signoff:") + text(p, "role"), QStringLiteral("signature"),
                QStringLiteral("invalidated:") + number(p, "signedSeq")};
    case EventKind::CriterionConfirmed:
        return {QStringLiteral("criterion:") + text(p, "item"), QStringLiteral("confirmed:") + text(p, "point"),
                QStringList{text(p, "verdict"), text(p, "note")}.join(QLatin1Char('|'))};
    case EventKind::CriterionMeasured:
        return {QStringLiteral("criterion:") + text(p, "item"), QStringLiteral("measured:") + text(p, "point"),
                QStringList{text(p, "verdict"), text(p, "figure"), text(p, "threshold"), text(p, "source")}.join(
                    QLatin1Char('|'))};
    case EventKind::MemberRoleGranted:
        return {QStringLiteral("member:") + text(p, "name"), QStringLiteral("role:") + text(p, "role"),
                QStringLiteral("granted")};
    case EventKind::MemberRoleRevoked:
        return {QStringLiteral("member:") + text(p, "name"), QStringLiteral("role:") + text(p, "role"),
                QStringLiteral("revoked")};
    case EventKind::AccessDenied:
        return {QStringLiteral("member:") + text(p, "name"), QStringLiteral("denied"), text(p, "action")};
    }
    return {};
}

bool tracksPrevious(EventKind kind)
{
    switch (kind) {
    case EventKind::NoteSet:
    case EventKind::FieldSet:
    case EventKind::T0Planned:
    case EventKind::T0Recorded:
    case EventKind::ServiceStateConfirmed: return true;
    default: return false;
    }
}

EventIndex AuditEvent::index() const
{
    if (format == 1)
        return {legacy.item, legacy.slot, legacy.newValue};
    return indexOf(kind, payload);
}

qint64 AuditEvent::reverts() const
{
    return payload.value(QLatin1String("reverts")).toInteger();
}

std::vector<const char *> legacyActionsOf(EventKind kind)
{
    switch (kind) {
    case EventKind::TemplateImported: return {"import"};
    case EventKind::ItemTicked: return {"tick"};
    case EventKind::ItemUnticked: return {"untick"};
    case EventKind::NoteSet: return {"note"};
    case EventKind::FieldSet: return {"field"};
    case EventKind::ServiceStateConfirmed: return {"service"};
    default: return {};
    }
}

void legacyUpcast(AuditEvent &e)
{
    const AuditEvent::Legacy &l = e.legacy;
    QJsonObject p;
    if (l.action == QLatin1String("import")) {
        e.kind = EventKind::TemplateImported;
        p.insert(QStringLiteral("sha256"), l.newValue);
    } else if (l.action == QLatin1String("service")) {
        // Schema 2 wrote an outage as "FROM → TO: reason" on item "service:<name>".
        e.kind = EventKind::ServiceStateConfirmed;
        const QString arrow = QStringLiteral(" → ");
        const qsizetype a = l.newValue.indexOf(arrow);
        const qsizetype colon = l.newValue.indexOf(QLatin1String(": "), a < 0 ? 0 : a);
        p.insert(QStringLiteral("service"), l.item.mid(l.item.indexOf(QLatin1Char(':')) + 1));
        p.insert(QStringLiteral("previous"), a < 0 ? QString() : l.newValue.left(a));
        p.insert(QStringLiteral("state"),
                 a < 0 ? l.newValue : l.newValue.mid(a + arrow.size(), colon < 0 ? -1 : colon - a - arrow.size()));
        p.insert(QStringLiteral("reason"), colon < 0 ? QString() : l.newValue.mid(colon + 2));
    } else {
        p.insert(QStringLiteral("item"), l.item);
        if (l.slot == QLatin1String("done")) {
            e.kind = l.newValue == QLatin1String("true") ? EventKind::ItemTicked : EventKind::ItemUnticked;
        } else if (l.slot == QLatin1String("note")) {
            e.kind = EventKind::NoteSet;
            p.insert(QStringLiteral("note"), l.newValue);
            p.insert(QStringLiteral("previous"), l.oldValue);
        } else {
            e.kind = EventKind::FieldSet;
            p.insert(QStringLiteral("field"), l.slot.mid(l.slot.indexOf(QLatin1Char(':')) + 1));
            p.insert(QStringLiteral("value"), l.newValue);
            p.insert(QStringLiteral("previous"), l.oldValue);
        }
    }
    if (l.reverts)
        p.insert(QStringLiteral("reverts"), l.reverts);
    e.payload = p;
}

QByteArray canonicalPayload(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray canonicalBytes(const AuditEvent &e)
{
    QJsonObject actor{{QStringLiteral("kind"), actorKindName(e.actor.kind)},
                      {QStringLiteral("name"), e.actor.name},
                      {QStringLiteral("role"), e.actor.role}};
    QJsonObject o{{QStringLiteral("actor"), actor},       {QStringLiteral("kind"), eventKindName(e.kind)},
                  {QStringLiteral("payload"), e.payload}, {QStringLiteral("prev"), e.prevHash},
                  {QStringLiteral("seq"), e.seq},         {QStringLiteral("time"), e.timeUtc}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString computeEventHash(const AuditEvent &e)
{
    if (e.format == 1)
        return legacyHash(e);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("golive-event-v2\n"));
    hash.addData(canonicalBytes(e));
    return QString::fromLatin1(hash.result().toHex());
}
