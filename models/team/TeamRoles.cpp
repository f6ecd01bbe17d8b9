#include "models/team/TeamRoles.h"

bool TeamRoles::sameRole(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool TeamRoles::apply(const AuditEvent &e)
{
    if (e.kind != EventKind::MemberRoleGranted && e.kind != EventKind::MemberRoleRevoked)
        return false;
    const QString name = e.payloadText("name");
    const QString role = e.payloadText("role");
    m_enforced = true;
    QStringList roles = m_roles.value(name);
    roles.removeIf([&role](const QString &r) { return sameRole(r, role); });
    if (e.kind == EventKind::MemberRoleGranted)
        roles.append(role);
    if (roles.isEmpty())
        m_roles.remove(name);
    else
        m_roles.insert(name, roles);
    return true;
}

bool TeamRoles::holds(const QString &name, const QString &role) const
{
    const QStringList roles = m_roles.value(name.trimmed());
    return std::any_of(roles.begin(), roles.end(), [&role](const QString &r) { return sameRole(r, role); });
}

QVector<TeamMember> TeamRoles::members() const
{
    QVector<TeamMember> out;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QStringList TeamRoles::holders(const QString &role) const
{
    QStringList out;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (holds(it.key(), role))
            out.append(it.key());
    }
    return out;
}
