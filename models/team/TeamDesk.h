#pragma once

#include "models/team/TeamPolicy.h"
#include "models/team/TeamRoles.h"

#include <QObject>

class LaunchRecord;
struct Actor;

// The launch team of one open record: who holds which record roles, the rules over them
// (TeamPolicy), the use cases that grant and revoke roles, and the audit of every refusal
// (access.denied). The sign-off and incident desks each keep one to check their actions; the
// database's own roles decide separately who may write to the record at all.
class TeamDesk final : public QObject
{
    Q_OBJECT

public:
    explicit TeamDesk(LaunchRecord *session, QObject *parent = nullptr);
    ~TeamDesk() override;

    LaunchRecord *session() const { return m_session; }
    const TeamRoles &roles() const { return m_roles; }
    // The rules over the roles held now, with the lead roles of the checklist's sign-off lines.
    TeamPolicy policy() const;

    // As the session's actor; granting needs Platform Lead once the record has roles, and the
    // record's first grant must be the actor making themselves Platform Lead.
    Status grant(const QString &name, const QString &role);
    // Refused for the last Platform Lead, so that someone can always grant.
    Status revoke(const QString &name, const QString &role);

    // Ok when the decision allows; otherwise appends access.denied for actor and returns the
    // decision's Forbidden status.
    Status enforce(const AccessDecision &decision, const Actor &actor);

signals:
    void changed();

private:
    LaunchRecord *m_session;
    TeamRoles m_roles;
};
