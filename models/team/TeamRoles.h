#pragma once

#include "models/record/RecordProjection.h"

#include <QMap>
#include <QStringList>

// One person of the launch team and the record roles they hold now.
struct TeamMember
{
    QString name;
    QStringList roles; // in the order of their last grant
};

// Who holds which of the record's own roles (member.role_granted / member.role_revoked). The
// record enforces them from its first grant on: a record without any grant (one person at one
// desk) stays open to everyone, as before roles existed. Revoking every role does not open it
// again.
class TeamRoles final : public RecordProjection
{
public:
    QVector<EventKind> kinds() const override { return {EventKind::MemberRoleGranted, EventKind::MemberRoleRevoked}; }
    bool apply(const AuditEvent &event) override;

    bool isEnforced() const { return m_enforced; }
    // Role names compare case-insensitively ("technical lead" is the checklist's "Technical Lead").
    bool holds(const QString &name, const QString &role) const;
    QStringList rolesOf(const QString &name) const { return m_roles.value(name); }
    // Everyone who holds at least one role, by name.
    QVector<TeamMember> members() const;
    // Everyone who holds role.
    QStringList holders(const QString &role) const;

    static bool sameRole(const QString &a, const QString &b);

private:
    QMap<QString, QStringList> m_roles; // name → roles
    bool m_enforced = false;
};
