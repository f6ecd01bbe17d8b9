#include "models/team/TeamPolicy.h"

#include "models/session/OperatorProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString quoted(const QStringList &roles)
{
    QStringList out;
    for (const QString &r : roles)
        out.append(QCoreApplication::translate("TeamPolicy", "“%1”", "a role's name in quotes").arg(r));
    return out.join(QStringLiteral(", "));
}

} // namespace

QString teamActionName(TeamAction action)
{
    switch (action) {
    case TeamAction::Sign: return QStringLiteral("signoff.sign");
    case TeamAction::Refuse: return QStringLiteral("signoff.refuse");
    case TeamAction::OpenIncident: return QStringLiteral("incident.open");
    case TeamAction::Grant: return QStringLiteral("member.grant");
    case TeamAction::Revoke: return QStringLiteral("member.revoke");
    }
    return {};
}

Status AccessDecision::status() const
{
    if (allowed)
        return {};
    const QString roles = quoted(needed);
    QString message;
    switch (action) {
    case TeamAction::Sign:
        message =
            QCoreApplication::translate("TeamPolicy", "%1 may not sign the %2 line: that needs the record role %3.")
                .arg(name, line, roles);
        break;
    case TeamAction::Refuse:
        message =
            QCoreApplication::translate("TeamPolicy", "%1 may not refuse the %2 line: that needs the record role %3.")
                .arg(name, line, roles);
        break;
    case TeamAction::OpenIncident:
        message = QCoreApplication::translate("TeamPolicy",
                                              "%1 may not open an incident: that needs one of the record roles %2.")
                      .arg(name, roles);
        break;
    case TeamAction::Grant:
        message = firstGrant
            ? QCoreApplication::translate("TeamPolicy",
                                          "%1 may not grant this role: the record has no roles yet, so the first grant "
                                          "must make %1 %2.")
                  .arg(name, roles)
            : QCoreApplication::translate("TeamPolicy", "%1 may not grant record roles: that needs the record role %2.")
                  .arg(name, roles);
        break;
    case TeamAction::Revoke:
        message =
            QCoreApplication::translate("TeamPolicy", "%1 may not revoke record roles: that needs the record role %2.")
                .arg(name, roles);
        break;
    }
    return Status::failure(Error::Code::Forbidden, message);
}

EventDraft AccessDecision::deniedEvent() const
{
    const QString reason = firstGrant ? QStringLiteral("the first grant must make the granter Platform Lead")
        : held.isEmpty()              ? QStringLiteral("holds no record role")
                                      : QStringLiteral("holds ") + held.join(QStringLiteral(", "));
    return EventDraft::of(EventKind::AccessDenied,
                          {{QStringLiteral("action"), teamActionName(action)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(needed)},
                           {QStringLiteral("reason"), reason}});
}

TeamPolicy::TeamPolicy(const TeamRoles &roles, QStringList leadRoles)
    : m_roles(roles), m_leadRoles(std::move(leadRoles))
{}

QString TeamPolicy::platformLead()
{
    return QStringLiteral("Platform Lead");
}

QStringList TeamPolicy::deskRoles()
{
    return OperatorProfile::launchRoles();
}

QStringList TeamPolicy::grantableRoles() const
{
    QStringList out = deskRoles();
    for (const QString &lead : m_leadRoles) {
        if (!std::any_of(out.cbegin(), out.cend(), [&lead](const QString &r) { return TeamRoles::sameRole(r, lead); }))
            out.append(lead);
    }
    return out;
}

QString TeamPolicy::knownRole(const QString &role) const
{
    for (const QString &r : grantableRoles()) {
        if (TeamRoles::sameRole(r, role))
            return r;
    }
    return {};
}

AccessDecision TeamPolicy::decide(TeamAction action, const QString &name, const QStringList &anyOf) const
{
    AccessDecision d;
    d.action = action;
    d.name = name.trimmed();
    d.held = m_roles.rolesOf(d.name);
    if (!m_roles.isEnforced())
        return d;
    d.allowed = std::any_of(anyOf.cbegin(), anyOf.cend(), [&](const QString &r) { return m_roles.holds(d.name, r); });
    if (!d.allowed)
        d.needed = anyOf;
    return d;
}

AccessDecision TeamPolicy::sign(const QString &name, const QString &line) const
{
    AccessDecision d = decide(TeamAction::Sign, name, {line});
    d.line = line;
    return d;
}

AccessDecision TeamPolicy::refuse(const QString &name, const QString &line) const
{
    AccessDecision d = decide(TeamAction::Refuse, name, {line});
    d.line = line;
    return d;
}

AccessDecision TeamPolicy::openIncident(const QString &name) const
{
    return decide(TeamAction::OpenIncident, name, grantableRoles());
}

AccessDecision TeamPolicy::grant(const QString &by, const QString &name, const QString &role) const
{
    if (m_roles.isEnforced())
        return decide(TeamAction::Grant, by, {platformLead()});
    // The first grant starts enforcement: it must leave someone who can grant the rest.
    AccessDecision d;
    d.action = TeamAction::Grant;
    d.name = by.trimmed();
    if (name.trimmed() != d.name || !TeamRoles::sameRole(role, platformLead())) {
        d.allowed = false;
        d.firstGrant = true;
        d.needed = {platformLead()};
    }
    return d;
}

AccessDecision TeamPolicy::revoke(const QString &by) const
{
    return decide(TeamAction::Revoke, by, {platformLead()});
}
