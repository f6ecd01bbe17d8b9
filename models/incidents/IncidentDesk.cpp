#include "models/incidents/IncidentDesk.h"

#include "models/monitoring/MonitoringService.h"
#include "models/session/LaunchRecord.h"
#include "models/timeline/TimeWords.h"

#include <QJsonArray>
#include <QUuid>

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Status notFound(const QString &id)
{
    return Status::failure(Error::Code::NotFound, QObject::tr("There is no incident %1 in this record.").arg(id));
}

} // namespace

IncidentDesk::IncidentDesk(LaunchRecord *session, const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock), m_team(session)
{
    rebuildPlaybook();
    m_session->addProjection(&m_log);
    connect(m_session, &LaunchRecord::projectionChanged, this, [this](RecordProjection *p) {
        if (p != &m_log)
            return;
        emit incidentsChanged();
        emit contactsChanged();
        emit outagesWithoutIncidentChanged();
    });
    connect(m_session, &LaunchRecord::outagesChanged, this, &IncidentDesk::outagesWithoutIncidentChanged);
    connect(m_session, &LaunchRecord::documentReplaced, this, [this] {
        rebuildPlaybook();
        emit playbookChanged();
        emit contactsChanged();
    });
    // The contact blanks of the checklist itself may be filled in there.
    connect(m_session, &LaunchRecord::itemsChanged, this, &IncidentDesk::contactsChanged);
}

IncidentDesk::~IncidentDesk()
{
    m_session->removeProjection(&m_log);
}

void IncidentDesk::rebuildPlaybook()
{
    m_playbook = m_session->document() ? IncidentPlaybook::fromDocument(*m_session->document()) : IncidentPlaybook();
}

Status IncidentDesk::record(EventKind kind, QJsonObject payload)
{
    payload.insert(QStringLiteral("at"), stamp(m_clock->now()));
    EventDraft draft = EventDraft::of(kind, payload);
    if (kind == EventKind::IncidentResolved) {
        // Two windows resolving the same incident record it once.
        draft.condition = EventDraft::Condition::IfCurrentIs;
        draft.currentIs = {QStringLiteral("open")};
    }
    return m_session->record({draft});
}

Status IncidentDesk::mayOpen()
{
    const Actor &actor = m_session->actor();
    return m_team.enforce(m_team.policy().openIncident(actor.name), actor);
}

Result<const Incident *> IncidentDesk::openIncident(const QString &id) const
{
    const Incident *i = m_log.find(id);
    if (!i)
        return notFound(id).error();
    if (i->isResolved())
        return Error::make(
            Error::Code::Refused,
            tr("%1 was resolved at %2; open a new incident instead.").arg(i->label(), shownTime(i->resolvedAt)));
    return i;
}

Result<QString> IncidentDesk::open(const QString &type, int level, const QString &title)
{
    const IncidentType *t = m_playbook.type(type);
    if (!t)
        return Error::make(Error::Code::NotFound, tr("The checklist has no incident type \"%1\".").arg(type));
    if (!m_playbook.levels().isEmpty() && !m_playbook.level(level))
        return Error::make(Error::Code::Invalid, tr("The escalation matrix has no level %1.").arg(level));
    if (Status s = mayOpen(); !s)
        return s.error();
    const QString id = QStringLiteral("inc-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QJsonObject p{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), t->name},
                  {QStringLiteral("level"), level},
                  {QStringLiteral("title"), title.trimmed().isEmpty() ? t->name : title.trimmed()},
                  {QStringLiteral("steps"), QJsonArray::fromStringList(t->steps)}};
    if (Status s = record(EventKind::IncidentOpened, p); !s)
        return s.error();
    return id;
}

Result<QString> IncidentDesk::open(const IncidentProposal &proposal, const QString &title)
{
    if (proposal.service.isEmpty())
        return open(proposal.type, proposal.level, title.isEmpty() ? proposal.title : title);
    const IncidentType *t = m_playbook.type(proposal.type);
    if (!t)
        return Error::make(Error::Code::NotFound, tr("The checklist has no incident type \"%1\".").arg(proposal.type));
    if (const Incident *existing = m_log.forOutage(proposal.service, proposal.outageSeq))
        return Error::make(Error::Code::Conflict,
                           tr("%1 is already open for this outage of %2.").arg(existing->label(), proposal.service));
    if (Status s = mayOpen(); !s)
        return s.error();
    const QString id = QStringLiteral("inc-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QJsonObject p{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), t->name},
                  {QStringLiteral("level"), proposal.level},
                  {QStringLiteral("title"), title.trimmed().isEmpty() ? proposal.title : title.trimmed()},
                  {QStringLiteral("steps"), QJsonArray::fromStringList(t->steps)},
                  {QStringLiteral("service"), proposal.service},
                  {QStringLiteral("outageSeq"), proposal.outageSeq}};
    if (Status s = record(EventKind::IncidentOpened, p); !s)
        return s.error();
    return id;
}

Status IncidentDesk::setStepDone(const QString &id, int step, bool done)
{
    const auto i = openIncident(id);
    if (!i)
        return i.status();
    if (step < 1 || step > (*i)->steps.size())
        return Status::failure(Error::Code::NotFound, tr("%1 has no step %2.").arg((*i)->label()).arg(step));
    if ((*i)->stepDone.at(step - 1) == done)
        return {};
    return record(done ? EventKind::IncidentStepDone : EventKind::IncidentStepUndone,
                  {{QStringLiteral("id"), id}, {QStringLiteral("step"), step}});
}

Status IncidentDesk::addNote(const QString &id, const QString &text)
{
    if (!m_log.find(id))
        return notFound(id);
    if (text.trimmed().isEmpty())
        return Status::failure(Error::Code::Invalid, tr("A note needs some text."));
    return record(EventKind::IncidentNoteAdded, {{QStringLiteral("id"), id}, {QStringLiteral("text"), text.trimmed()}});
}

Status IncidentDesk::escalate(const QString &id, int level)
{
    const auto i = openIncident(id);
    if (!i)
        return i.status();
    if (!m_playbook.levels().isEmpty() && !m_playbook.level(level))
        return Status::failure(Error::Code::Invalid, tr("The escalation matrix has no level %1.").arg(level));
    if ((*i)->level == level)
        return {};
    return record(EventKind::IncidentEscalated, {{QStringLiteral("id"), id}, {QStringLiteral("level"), level}});
}

Status IncidentDesk::acknowledge(const QString &id)
{
    const auto i = openIncident(id);
    if (!i)
        return i.status();
    if ((*i)->isAcknowledged())
        return {};
    return record(EventKind::IncidentAcknowledged,
                  {{QStringLiteral("id"), id}, {QStringLiteral("level"), (*i)->level}});
}

Status IncidentDesk::startRollback(const QString &id)
{
    const auto i = openIncident(id);
    if (!i)
        return i.status();
    if ((*i)->rollbackStartedAt.isValid() && !(*i)->rollbackFinishedAt.isValid())
        return Status::failure(Error::Code::Refused, tr("The rollback of %1 is already running.").arg((*i)->label()));
    return record(EventKind::IncidentRollbackStarted, {{QStringLiteral("id"), id}});
}

Status IncidentDesk::finishRollback(const QString &id, const QString &outcome)
{
    const auto i = openIncident(id);
    if (!i)
        return i.status();
    if (!(*i)->rollbackStartedAt.isValid() || (*i)->rollbackFinishedAt.isValid())
        return Status::failure(Error::Code::Refused, tr("No rollback of %1 is running.").arg((*i)->label()));
    return record(
        EventKind::IncidentRollbackFinished,
        {{QStringLiteral("id"), id},
         {QStringLiteral("outcome"), outcome.trimmed().isEmpty() ? QStringLiteral("completed") : outcome.trimmed()}});
}

Status IncidentDesk::resolve(const QString &id, const QString &resolution)
{
    const auto i = openIncident(id);
    if (!i)
        return i.status();
    if (resolution.trimmed().isEmpty())
        return Status::failure(Error::Code::Invalid, tr("Say how %1 was resolved.").arg((*i)->label()));
    return record(EventKind::IncidentResolved,
                  {{QStringLiteral("id"), id}, {QStringLiteral("resolution"), resolution.trimmed()}});
}

Result<std::optional<EventDraft>> IncidentDesk::contactDraft(const QString &role, const QString &name,
                                                             const QString &phone, const QString &email) const
{
    if (role.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("A contact needs a role."));
    QString stored = role.trimmed();
    for (const Contact &c : contacts()) {
        if (IncidentPlaybook::sameRole(c.role, stored)) {
            stored = c.role; // one spelling per role
            break;
        }
    }
    const Contact now = contact(stored);
    if (now.name == name.trimmed() && now.phone == phone.trimmed() && now.email == email.trimmed())
        return std::optional<EventDraft>();
    return std::optional<EventDraft>(EventDraft::of(EventKind::ContactSet,
                                                    {{QStringLiteral("role"), stored},
                                                     {QStringLiteral("name"), name.trimmed()},
                                                     {QStringLiteral("phone"), phone.trimmed()},
                                                     {QStringLiteral("email"), email.trimmed()}}));
}

Status IncidentDesk::setContact(const QString &role, const QString &name, const QString &phone, const QString &email)
{
    return setContacts({Contact{role, name, phone, email, Contact::Source::None}});
}

Status IncidentDesk::setContacts(const QVector<Contact> &contacts)
{
    QVector<EventDraft> drafts;
    for (const Contact &c : contacts) {
        const auto draft = contactDraft(c.role, c.name, c.phone, c.email);
        if (!draft)
            return draft.error();
        if (draft.value())
            drafts.append(*draft.value());
    }
    return drafts.isEmpty() ? Status() : m_session->record(drafts);
}

Contact IncidentDesk::checklistContact(const QString &role) const
{
    Contact c;
    c.role = role;
    auto value = [this](const ContactSlot &slot) {
        const QString v = slot.nodeId.isEmpty() ? QString() : m_session->fieldValue(slot.nodeId, slot.fieldKey);
        return v.isEmpty() ? slot.written : v;
    };
    for (const ContactEntry &e : m_playbook.contacts()) {
        if (!IncidentPlaybook::sameRole(e.role, role))
            continue;
        c.role = e.role;
        c.name = value(e.name);
        c.phone = value(e.phone);
        c.email = value(e.email);
        c.source = c.isEmpty() ? Contact::Source::None : Contact::Source::Checklist;
        break;
    }
    return c;
}

Contact IncidentDesk::contact(const QString &role) const
{
    for (const RecordedContact &r : m_log.contacts()) {
        if (IncidentPlaybook::sameRole(r.role, role))
            return {r.role, r.name, r.phone, r.email, Contact::Source::Record};
    }
    return checklistContact(role);
}

QVector<Contact> IncidentDesk::contacts() const
{
    QStringList roles;
    auto add = [&roles](const QString &role) {
        for (const QString &r : std::as_const(roles)) {
            if (IncidentPlaybook::sameRole(r, role))
                return;
        }
        roles.append(role);
    };
    for (const ContactEntry &e : m_playbook.contacts())
        add(e.role);
    for (const EscalationLevel &l : m_playbook.levels()) {
        for (const QString &r : l.roles)
            add(r);
    }
    for (const RecordedContact &r : m_log.contacts())
        add(r.role);
    QVector<Contact> out;
    for (const QString &r : std::as_const(roles))
        out.append(contact(r));
    return out;
}

QVector<Contact> IncidentDesk::whoToCall(int level) const
{
    QVector<Contact> out;
    if (const EscalationLevel *l = m_playbook.level(level)) {
        for (const QString &role : l->roles) {
            Contact c = contact(role);
            c.role = role; // as the matrix names them
            out.append(c);
        }
    }
    return out;
}

int IncidentDesk::responseMinutes(int level) const
{
    const EscalationLevel *l = m_playbook.level(level);
    return l ? l->responseMinutes : -1;
}

QVector<Outage> IncidentDesk::outagesWithoutIncident() const
{
    QVector<Outage> out;
    for (const Outage &o : m_session->outages().outages()) {
        if (!o.up.isValid() && !m_dismissed.contains(o.downSeq) && !m_log.forOutage(o.service, o.downSeq)
            && (!m_watched || m_watched->alerts(o)))
            out.append(o);
    }
    return out;
}

void IncidentDesk::follow(const MonitoringService *monitoring)
{
    if (m_watched)
        return; // one monitor per window
    m_watched.emplace();
    m_watched->setServices(monitoring->services());
    connect(monitoring, &MonitoringService::servicesReplaced, this, [this, monitoring] {
        m_watched->setServices(monitoring->services());
        emit outagesWithoutIncidentChanged();
    });
    connect(monitoring, &MonitoringService::resultReady, this, [this](const ProbeResult &r) {
        if (m_watched->see(r.service, r.state))
            emit outagesWithoutIncidentChanged();
    });
    emit outagesWithoutIncidentChanged();
}

IncidentProposal IncidentDesk::proposalFor(const Outage &outage) const
{
    IncidentProposal p;
    p.service = outage.service;
    p.outageSeq = outage.downSeq;
    // A service that is down calls for the most severe runbook: the type whose default level is
    // the highest (the checklist's "System Down"), the first of them in the document.
    const IncidentType *type = nullptr;
    for (const IncidentType &t : m_playbook.types()) {
        if (!type || t.defaultLevel > type->defaultLevel)
            type = &t;
    }
    p.type = type ? type->name : QString();
    p.level = type ? type->defaultLevel : m_playbook.lowestLevel();
    p.title = outage.reason.isEmpty() ? tr("%1 is DOWN").arg(outage.service)
                                      : tr("%1 is DOWN: %2").arg(outage.service, outage.reason);
    return p;
}

void IncidentDesk::dismissOutage(const Outage &outage)
{
    m_dismissed.insert(outage.downSeq);
    emit outagesWithoutIncidentChanged();
}
