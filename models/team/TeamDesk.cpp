#include "models/team/TeamDesk.h"

#include "models/session/LaunchRecord.h"

TeamDesk::TeamDesk(LaunchRecord *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_session->addProjection(&m_roles);
    connect(m_session, &LaunchRecord::projectionChanged, this, [this](RecordProjection *p) {
        if (p == &m_roles)
            emit changed();
    });
    // The lead roles are the checklist's sign-off lines.
    connect(m_session, &LaunchRecord::documentReplaced, this, &TeamDesk::changed);
}

TeamDesk::~TeamDesk()
{
    m_session->removeProjection(&m_roles);
}

TeamPolicy TeamDesk::policy() const
{
    return TeamPolicy(m_roles, m_session->document() ? m_session->document()->signatureRoles() : QStringList());
}

Status TeamDesk::enforce(const AccessDecision &decision, const Actor &actor)
{
    if (decision.allowed)
        return {};
    // The refusal stands whether or not its audit could be written (a read-only store).
    if (!m_session->isReadOnly())
        m_session->record({decision.deniedEvent()}, &actor);
    return decision.status();
}

Status TeamDesk::grant(const QString &name, const QString &role)
{
    const TeamPolicy rules = policy();
    const QString person = name.trimmed();
    if (person.isEmpty())
        return Status::failure(Error::Code::Invalid, tr("Type the name of the person to grant the role to."));
    const QString known = rules.knownRole(role);
    if (known.isEmpty())
        return Status::failure(Error::Code::NotFound,
                               tr("“%1” is not a role of this launch; the roles are: %2.")
                                   .arg(role, rules.grantableRoles().join(QStringLiteral(", "))));
    const Actor &actor = m_session->actor();
    if (Status s = enforce(rules.grant(actor.name, person, known), actor); !s)
        return s;
    EventDraft d = EventDraft::of(EventKind::MemberRoleGranted,
                                  {{QStringLiteral("name"), person}, {QStringLiteral("role"), known}},
                                  EventDraft::Condition::IfCurrentIs);
    d.currentIs = {QString(QLatin1String("")), QStringLiteral("revoked")}; // granted once, however many desks
    return m_session->record({d});
}

Status TeamDesk::revoke(const QString &name, const QString &role)
{
    const Actor &actor = m_session->actor();
    if (Status s = enforce(policy().revoke(actor.name), actor); !s)
        return s;
    const QString person = name.trimmed();
    QString held;
    for (const QString &r : m_roles.rolesOf(person)) {
        if (TeamRoles::sameRole(r, role))
            held = r; // the slot it was granted in
    }
    if (held.isEmpty())
        return Status::failure(Error::Code::NotFound, tr("%1 does not hold the role “%2”.").arg(person, role));
    if (TeamRoles::sameRole(held, TeamPolicy::platformLead())
        && m_roles.holders(TeamPolicy::platformLead()) == QStringList{person})
        return Status::failure(Error::Code::Refused,
                               tr("%1 is the last Platform Lead: grant the role to someone else first.").arg(person));
    EventDraft d =
        EventDraft::of(EventKind::MemberRoleRevoked, {{QStringLiteral("name"), person}, {QStringLiteral("role"), held}},
                       EventDraft::Condition::IfCurrentIs);
    d.currentIs = {QStringLiteral("granted")};
    return m_session->record({d});
}
