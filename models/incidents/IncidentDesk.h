#pragma once

#include "models/core/Error.h"
#include "models/incidents/IncidentLog.h"
#include "models/incidents/IncidentPlaybook.h"
#include "models/monitoring/OutageLog.h"
#include "models/monitoring/WatchedServices.h"
#include "models/team/TeamDesk.h"
#include "models/timeline/Clock.h"

#include <QObject>
#include <QSet>

#include <optional>

class LaunchRecord;
class MonitoringService;

// A person to call with the details the record or the checklist has for them.
struct Contact
{
    enum class Source {
        None,      // nobody wrote anything down yet
        Checklist, // the checklist's contacts section (its blanks, or the template text)
        Record,    // set on the incident desk (contact.set)
    };
    QString role;
    QString name;
    QString phone;
    QString email;
    Source source = Source::None;
    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && email.isEmpty(); }
};

// What an open DOWN outage suggests: the incident to open for it.
struct IncidentProposal
{
    QString type;
    int level = 1;
    QString title;
    QString service;
    qint64 outageSeq = 0;
};

// The incident desk of one open record: the checklist's playbook (incident types, escalation
// matrix, contacts, rollback target), the incidents projection, and the use cases that record
// incidents as events. Time comes from the injected clock. It decides; widgets show and ask.
class IncidentDesk final : public QObject
{
    Q_OBJECT

public:
    explicit IncidentDesk(LaunchRecord *session, const Clock *clock = &SystemClock::instance(),
                          QObject *parent = nullptr);
    ~IncidentDesk() override;

    LaunchRecord *session() const { return m_session; }
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock) { m_clock = clock; }
    const IncidentPlaybook &playbook() const { return m_playbook; }
    const IncidentLog &log() const { return m_log; }

    // Opens an incident of a checklist type with its steps; returns the new incident's id.
    Result<QString> open(const QString &type, int level, const QString &title);
    Result<QString> open(const IncidentProposal &proposal, const QString &title = QString());
    Status setStepDone(const QString &id, int step, bool done);
    Status addNote(const QString &id, const QString &text);
    Status escalate(const QString &id, int level);
    Status acknowledge(const QString &id);
    Status startRollback(const QString &id);
    Status finishRollback(const QString &id, const QString &outcome);
    Status resolve(const QString &id, const QString &resolution);
    // Contact details for a role, kept in the record; a role the checklist does not list is added.
    Status setContact(const QString &role, const QString &name, const QString &phone, const QString &email);
    // Several at once, as one user action (the contacts dialog's OK): one append, so all are kept
    // or none; those that did not change record nothing.
    Status setContacts(const QVector<Contact> &contacts);

    // Every role someone may have to call: the checklist's contacts, the escalation matrix's
    // roles and those set in the record, with their details.
    QVector<Contact> contacts() const;
    Contact contact(const QString &role) const;
    // Who to call at a level, with their details.
    QVector<Contact> whoToCall(int level) const;
    int responseMinutes(int level) const;

    // Open outages (DOWN, not back) that no incident is linked to and nobody dismissed here; once
    // the desk follows a monitor, only those WatchedServices alerts about (the record keeps all).
    QVector<Outage> outagesWithoutIncident() const;
    // Follows the catalogue monitoring watches and the states it sees (a new catalogue, each
    // result); emits outagesWithoutIncidentChanged() when that changes the outages above.
    void follow(const MonitoringService *monitoring);
    IncidentProposal proposalFor(const Outage &outage) const;
    void dismissOutage(const Outage &outage);

signals:
    void incidentsChanged();
    void playbookChanged();
    void contactsChanged();
    // The open outages without an incident changed (a tile went DOWN, an incident was opened).
    void outagesWithoutIncidentChanged();

private:
    Status record(EventKind kind, QJsonObject payload);
    // The event that sets a contact; none when it holds these details already.
    Result<std::optional<EventDraft>> contactDraft(const QString &role, const QString &name, const QString &phone,
                                                   const QString &email) const;
    // Whether the session's actor may open an incident (audited when not).
    Status mayOpen();
    Result<const Incident *> openIncident(const QString &id) const;
    void rebuildPlaybook();
    Contact checklistContact(const QString &role) const;

    LaunchRecord *m_session;
    const Clock *m_clock;
    TeamDesk m_team; // opening needs a desk or lead role, once the record has roles
    IncidentPlaybook m_playbook;
    IncidentLog m_log;
    QSet<qint64> m_dismissed;                 // outages the user chose not to open an incident for (by DOWN seq)
    std::optional<WatchedServices> m_watched; // none: no monitor followed, the record alone speaks
};
