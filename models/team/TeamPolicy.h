#pragma once

#include "models/core/Error.h"
#include "models/record/EventStore.h"
#include "models/team/TeamRoles.h"

// What a person tried that the record's roles govern.
enum class TeamAction {
    Sign,         // sign a sign-off line
    Refuse,       // refuse a sign-off line
    OpenIncident, // open an incident
    Grant,        // grant a record role
    Revoke,       // revoke a record role
};
QString teamActionName(TeamAction action); // the record's word: signoff.sign, incident.open, ...

// The rules' answer for one person and one action: allowed, or which roles would have allowed it.
struct AccessDecision
{
    TeamAction action = TeamAction::Sign;
    QString name;       // who tried
    QString line;       // the sign-off line, for Sign and Refuse
    QStringList held;   // the roles the person holds
    QStringList needed; // any one of these allows it; empty when allowed
    bool allowed = true;
    bool firstGrant = false; // refused as the record's first grant, which must make its granter Platform Lead

    // Ok, or Error::Code::Forbidden naming the person, the action and the role needed.
    Status status() const;
    // The audit of a refusal (access.denied); the record's words, never translated.
    EventDraft deniedEvent() const;
};

// The record's own roles as rules, decided here and nowhere else: a sign-off line needs its own
// role; opening an incident needs any desk or lead role; granting and revoking need Platform Lead.
// Nothing is enforced before the record's first grant, and the first grant can only be someone
// making themselves Platform Lead, so a team always starts with a lead who can grant the rest.
class TeamPolicy
{
public:
    TeamPolicy(const TeamRoles &roles, QStringList leadRoles);

    static QString platformLead(); // "Platform Lead"
    // The five desks of a launch (OperatorProfile::launchRoles()).
    static QStringList deskRoles();
    // The desk roles, then the lead roles the checklist's sign-off lines name.
    QStringList grantableRoles() const;
    // The grantable role's own spelling, or an empty string when there is none such.
    QString knownRole(const QString &role) const;

    AccessDecision sign(const QString &name, const QString &line) const;
    AccessDecision refuse(const QString &name, const QString &line) const;
    AccessDecision openIncident(const QString &name) const;
    AccessDecision grant(const QString &by, const QString &name, const QString &role) const;
    AccessDecision revoke(const QString &by) const;

private:
    AccessDecision decide(TeamAction action, const QString &name, const QStringList &anyOf) const;

    const TeamRoles &m_roles;
    QStringList m_leadRoles;
};
