// The incident desk: runbooks, escalation matrix, contacts and rollback target read from the
// checklist; incidents recorded as events and rebuilt on reopen; timers on a manual clock;
// outages offered for an incident; the list model and the dock.
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/incidents/IncidentDesk.h"
#include "models/itemmodels/IncidentListModel.h"
#include "models/monitoring/MonitoringService.h"
#include "models/monitoring/WatchedServices.h"
#include "models/session/ChecklistDesk.h"
#include "tests/EnglishPlurals.h"
#include "tests/TempStore.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/incidents/ContactsDialog.h"
#include "ui/incidents/IncidentDetailView.h"
#include "ui/incidents/IncidentsDock.h"
#include "ui/incidents/IncidentsPanel.h"
#include "ui/incidents/OpenIncidentDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const char kOtherChecklist[] = R"(# Shop launch runbook

## Cut-over

- [ ] DNS switched
- [ ] Rollback rehearsed: rollback within 20 minutes

## Incidents

### Database outage
1. Page the DBA
2. Fail over to the replica
3. Tell support

### Payment errors
1. Switch to the backup provider
2. Notify finance

## Escalation

**Sev 1 - Site Down:**
- Incident commander + SRE on-call
- Response time: 10 minutes

**Sev 2 - Degraded:**
- SRE on-call
- Response time: 1 hour

## On-call contacts

- **SRE on-call**: +49 30 5550 1234, sre@example.com
- **Incident commander**: +49 30 5550 9876
)";

const QDateTime kStart = QDateTime(QDate(2026, 11, 26), QTime(14, 0), Qt::UTC);

IncidentPlaybook seedPlaybook()
{
    const auto doc = MarkdownChecklistReader::read(QString::fromUtf8(readData("go-live-checklist.md")));
    return IncidentPlaybook::fromDocument(*doc);
}

ServiceDefinition watched(const QString &name, const QString &configError = QString())
{
    ServiceDefinition s;
    s.name = name;
    s.configError = configError;
    return s;
}

QStringList servicesOf(const QVector<Outage> &outages)
{
    QStringList out;
    for (const Outage &o : outages)
        out.append(o.service);
    return out;
}

int openInRecord(const LaunchRecord &session)
{
    int open = 0;
    for (const Outage &o : session.outages().outages())
        open += o.up.isValid() ? 0 : 1;
    return open;
}

QStringList kindsOf(const EventStore &store)
{
    QStringList out;
    for (const AuditEvent &e : allEvents(store))
        out.append(eventKindName(e.kind));
    return out;
}

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.freshPath();
        m_session = openSession(m_path, ada());
        QVERIFY(m_session);
        m_clock.set(kStart);
        m_desk = std::make_unique<IncidentDesk>(m_session.get(), &m_clock);
    }

    void cleanup()
    {
        m_desk.reset();
        m_session.reset();
    }

    void seedTypesAndSteps()
    {
        const IncidentPlaybook book = seedPlaybook();
        QCOMPARE(book.types().size(), 3);
        QCOMPARE(book.types().at(0).name, QStringLiteral("Critical Issue (System Down)"));
        QCOMPARE(book.types().at(1).name, QStringLiteral("Performance Degradation"));
        QCOMPARE(book.types().at(2).name, QStringLiteral("Integration Failures"));
        QCOMPARE(book.types().at(0).steps.size(), 5);
        QCOMPARE(book.types().at(0).steps.first(), QStringLiteral("Immediately notify team lead"));
        QCOMPARE(book.types().at(0).steps.at(2), QStringLiteral("Execute rollback if necessary (see DEPLOYMENT.md)"));
        QCOMPARE(book.types().at(1).steps.size(), 4);
        QCOMPARE(book.types().at(1).steps.last(), QStringLiteral("Monitor improvement"));
        QCOMPARE(book.types().at(2).steps.size(), 5);
        QCOMPARE(book.types().at(2).steps.last(), QStringLiteral("Retry or escalate"));
        // "System Down" is named by level 2; the others start at the lowest level.
        QCOMPARE(book.types().at(0).defaultLevel, 2);
        QCOMPARE(book.types().at(1).defaultLevel, 1);
        QCOMPARE(book.rollbackTargetMinutes(), 30);
    }

    void seedEscalationMatrixAndContacts()
    {
        const IncidentPlaybook book = seedPlaybook();
        QCOMPARE(book.levels().size(), 3);
        const EscalationLevel &l1 = book.levels().at(0);
        QCOMPARE(l1.level, 1);
        QCOMPARE(l1.name, QStringLiteral("Application Issue"));
        QCOMPARE(l1.roles, QStringList{QStringLiteral("On-call engineer")});
        QCOMPARE(l1.responseMinutes, 15);
        const EscalationLevel &l2 = book.levels().at(1);
        QCOMPARE(l2.name, QStringLiteral("System Down"));
        QCOMPARE(l2.roles, (QStringList{QStringLiteral("Technical lead"), QStringLiteral("On-call engineer")}));
        QCOMPARE(l2.responseMinutes, 5);
        const EscalationLevel &l3 = book.levels().at(2);
        QCOMPARE(l3.name, QStringLiteral("Critical Data Loss"));
        QCOMPARE(l3.roles,
                 (QStringList{QStringLiteral("Technical lead"), QStringLiteral("Project manager"),
                              QStringLiteral("Database admin")}));
        QCOMPARE(l3.responseMinutes, 0);
        QCOMPARE(l3.response, QStringLiteral("Immediate"));

        QCOMPARE(book.contacts().size(), 3);
        QCOMPARE(book.contacts().at(0).role, QStringLiteral("Project Manager"));
        QCOMPARE(book.contacts().at(1).role, QStringLiteral("Technical Lead"));
        QCOMPARE(book.contacts().at(2).role, QStringLiteral("On-Call Engineer"));
        for (const ContactEntry &c : book.contacts()) {
            QVERIFY(!c.name.nodeId.isEmpty());
            QVERIFY(!c.phone.nodeId.isEmpty());
            QVERIFY(!c.email.nodeId.isEmpty());
        }
        QVERIFY(IncidentPlaybook::sameRole(QStringLiteral("On-call engineer"), QStringLiteral("On-Call Engineer")));
        QVERIFY(IncidentPlaybook::sameRole(QStringLiteral("Database admin"), QStringLiteral("Database Administrator")));
        QVERIFY(!IncidentPlaybook::sameRole(QStringLiteral("Technical lead"), QStringLiteral("Project manager")));
    }

    void otherChecklist()
    {
        const auto doc = MarkdownChecklistReader::read(QString::fromUtf8(kOtherChecklist));
        const IncidentPlaybook book = IncidentPlaybook::fromDocument(*doc);
        QCOMPARE(book.types().size(), 2);
        QCOMPARE(book.types().at(0).name, QStringLiteral("Database outage"));
        QCOMPARE(book.types().at(0).steps,
                 (QStringList{QStringLiteral("Page the DBA"), QStringLiteral("Fail over to the replica"),
                              QStringLiteral("Tell support")}));
        QCOMPARE(book.types().at(1).steps.size(), 2);
        QCOMPARE(book.levels().size(), 2);
        QCOMPARE(book.levels().at(0).name, QStringLiteral("Site Down"));
        QCOMPARE(book.levels().at(0).roles,
                 (QStringList{QStringLiteral("Incident commander"), QStringLiteral("SRE on-call")}));
        QCOMPARE(book.levels().at(0).responseMinutes, 10);
        QCOMPARE(book.levels().at(1).responseMinutes, 60);
        QCOMPARE(book.rollbackTargetMinutes(), 20);
        QCOMPARE(book.contacts().size(), 2);
        QCOMPARE(book.contacts().at(0).role, QStringLiteral("SRE on-call"));
        QCOMPARE(book.contacts().at(0).phone.written, QStringLiteral("+49 30 5550 1234"));
        QCOMPARE(book.contacts().at(0).email.written, QStringLiteral("sre@example.com"));
        QCOMPARE(book.contacts().at(1).phone.written, QStringLiteral("+49 30 5550 9876"));
    }

    void otherChecklistInTheDesk()
    {
        TemplateFile file;
        QString error;
        QVERIFY2(templateOr(TemplateFile::fromMarkdown(QStringLiteral("shop.md"), QByteArray(kOtherChecklist)), &file,
                            &error),
                 qPrintable(error));
        QSignalSpy playbook(m_desk.get(), &IncidentDesk::playbookChanged);
        QVERIFY(okOr(ChecklistDesk(*m_session).applyImport(ChecklistDesk(*m_session).planImport(file), true), &error));
        QCOMPARE(playbook.count(), 1);
        QCOMPARE(m_desk->playbook().types().first().name, QStringLiteral("Database outage"));
        const QVector<Contact> call = m_desk->whoToCall(1);
        QCOMPARE(call.size(), 2);
        QCOMPARE(call.at(1).role, QStringLiteral("SRE on-call"));
        QCOMPARE(call.at(1).phone, QStringLiteral("+49 30 5550 1234"));
        QCOMPARE(call.at(1).source, Contact::Source::Checklist);
    }

    void openStepEscalateNoteResolveAudited()
    {
        QString error;
        const auto id = m_desk->open(QStringLiteral("Critical Issue (System Down)"), 2, QStringLiteral("Mail stuck"));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const Incident *i = m_desk->log().find(*id);
        QVERIFY(i);
        QCOMPARE(i->label(), QStringLiteral("INC-1"));
        QCOMPARE(i->steps.size(), 5);
        QCOMPARE(i->openedAt, kStart);
        QCOMPARE(i->openedBy, ada());

        m_clock.advanceMins(1);
        QVERIFY(okOr(m_desk->setStepDone(*id, 1, true), &error));
        QVERIFY(okOr(m_desk->setStepDone(*id, 1, true), &error)); // no second event
        QVERIFY(okOr(m_desk->addNote(*id, QStringLiteral("Team lead paged")), &error));
        QVERIFY(okOr(m_desk->acknowledge(*id), &error));
        m_clock.advanceMins(2);
        QVERIFY(okOr(m_desk->escalate(*id, 3), &error));
        QVERIFY(okOr(m_desk->startRollback(*id), &error));
        m_clock.advanceMins(20);
        QVERIFY(okOr(m_desk->finishRollback(*id, QStringLiteral("back on 1.4.2")), &error));
        QVERIFY(okOr(m_desk->setStepDone(*id, 3, true), &error));
        QCOMPARE(m_desk->setStepDone(*id, 9, true).code(), Error::Code::NotFound);
        QCOMPARE(m_desk->escalate(*id, 7).code(), Error::Code::Invalid);
        QCOMPARE(m_desk->resolve(*id, QString()).code(), Error::Code::Invalid);
        QVERIFY(okOr(m_desk->resolve(*id, QStringLiteral("Rolled back")), &error));
        QCOMPARE(m_desk->resolve(*id, QStringLiteral("again")).code(), Error::Code::Refused);
        QCOMPARE(m_desk->setStepDone(*id, 2, true).code(), Error::Code::Refused);

        QCOMPARE(
            kindsOf(m_session->store()).mid(kindsOf(m_session->store()).indexOf(QStringLiteral("incident.opened"))),
            (QStringList{QStringLiteral("incident.opened"), QStringLiteral("incident.step_done"),
                         QStringLiteral("incident.note_added"), QStringLiteral("incident.acknowledged"),
                         QStringLiteral("incident.escalated"), QStringLiteral("incident.rollback_started"),
                         QStringLiteral("incident.rollback_finished"), QStringLiteral("incident.step_done"),
                         QStringLiteral("incident.resolved")}));
        const auto history = m_session->history(*id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 9);
        QCOMPARE(history->first().payload.value(QStringLiteral("steps")).toArray().size(), 5);
        QCOMPARE(history->first().payloadText("at"), QStringLiteral("2026-11-26T14:00:00.000Z"));
        QVERIFY(m_session->store().verify().intact);

        // Reopened: the same incident from the record alone.
        const Incident before = *m_desk->log().find(*id);
        m_desk.reset();
        m_session.reset();
        m_session = openSession(m_path, grace());
        QVERIFY(m_session);
        m_desk = std::make_unique<IncidentDesk>(m_session.get(), &m_clock);
        const Incident *after = m_desk->log().find(*id);
        QVERIFY(after);
        QCOMPARE(after->level, 3);
        QCOMPARE(after->stepDone, (QVector<bool>{true, false, true, false, false}));
        QCOMPARE(after->resolution, QStringLiteral("Rolled back"));
        QCOMPARE(after->rollbackOutcome, QStringLiteral("back on 1.4.2"));
        QCOMPARE(after->timeline.size(), before.timeline.size());
        QCOMPARE(after->timeline.at(2).text, QStringLiteral("Team lead paged"));
        QCOMPARE(after->timeToAcknowledgeSecs(), 60);
        QCOMPARE(after->timeToResolveSecs(), 23 * 60);
        QVERIFY(after->isResolved());
    }

    void responseTimerOnManualClock()
    {
        QString error;
        const auto id = m_desk->open(QStringLiteral("Critical Issue (System Down)"), 2, QString());
        QVERIFY(id.ok());
        const Incident *i = m_desk->log().find(*id);
        QCOMPARE(i->title, QStringLiteral("Critical Issue (System Down)"));
        const int minutes = m_desk->responseMinutes(i->level);
        QCOMPARE(minutes, 5);
        m_clock.advanceSecs(3 * 60 + 10);
        IncidentTimer t = i->responseTimer(m_clock.now(), minutes);
        QVERIFY(t.running);
        QCOMPARE(t.elapsedSecs, 190);
        QCOMPARE(t.remainingSecs(), 110);
        QVERIFY(!t.overdue());
        m_clock.advanceMins(2);
        t = i->responseTimer(m_clock.now(), minutes);
        QVERIFY(t.overdue());
        QCOMPARE(IncidentLog::formatDuration(t.elapsedSecs), QStringLiteral("5:10"));
        QVERIFY(okOr(m_desk->acknowledge(*id), &error));
        i = m_desk->log().find(*id);
        m_clock.advanceMins(30); // stopped when acknowledged
        t = i->responseTimer(m_clock.now(), minutes);
        QVERIFY(!t.running);
        QCOMPARE(t.elapsedSecs, 310);
        QCOMPARE(i->timeToAcknowledgeSecs(), 310);
        // Escalating starts the new level's clock: Level 3 is "Immediate".
        QVERIFY(okOr(m_desk->escalate(*id, 3), &error));
        i = m_desk->log().find(*id);
        QVERIFY(!i->isAcknowledged());
        m_clock.advanceSecs(1);
        t = i->responseTimer(m_clock.now(), m_desk->responseMinutes(3));
        QVERIFY(t.running);
        QCOMPARE(t.targetSecs, 0);
        QVERIFY(t.overdue());
        QCOMPARE(i->timeToAcknowledgeSecs(), 310); // the first acknowledgement stays the figure
    }

    void rollbackTimerAgainstTarget()
    {
        QString error;
        const auto id = m_desk->open(QStringLiteral("Integration Failures"), 1, QStringLiteral("Baramundi 500s"));
        QVERIFY(id.ok());
        const int target = m_desk->playbook().rollbackTargetMinutes();
        IncidentTimer t = m_desk->log().find(*id)->rollbackTimer(m_clock.now(), target);
        QVERIFY(!t.started);
        QVERIFY(okOr(m_desk->startRollback(*id), &error));
        QCOMPARE(m_desk->startRollback(*id).code(), Error::Code::Refused);
        m_clock.advanceMins(29);
        t = m_desk->log().find(*id)->rollbackTimer(m_clock.now(), target);
        QVERIFY(t.running);
        QCOMPARE(t.remainingSecs(), 60);
        QVERIFY(!t.overdue());
        m_clock.advanceMins(2);
        t = m_desk->log().find(*id)->rollbackTimer(m_clock.now(), target);
        QVERIFY(t.overdue());
        QVERIFY(okOr(m_desk->finishRollback(*id, QString()), &error));
        m_clock.advanceMins(10);
        t = m_desk->log().find(*id)->rollbackTimer(m_clock.now(), target);
        QVERIFY(!t.running);
        QCOMPARE(t.elapsedSecs, 31 * 60);
        QCOMPARE(m_desk->log().find(*id)->rollbackOutcome, QStringLiteral("completed"));
    }

    void contactsFromChecklistAndRecord()
    {
        QString error;
        // Nobody filled in the checklist's blanks yet: the roles are there, without details.
        QVector<Contact> call = m_desk->whoToCall(2);
        QCOMPARE(call.size(), 2);
        QCOMPARE(call.at(0).role, QStringLiteral("Technical lead"));
        QCOMPARE(call.at(0).source, Contact::Source::None);
        // Filled in on the checklist itself.
        const ContactEntry tech = m_desk->playbook().contacts().at(1);
        QSignalSpy contacts(m_desk.get(), &IncidentDesk::contactsChanged);
        QVERIFY(okOr(
            ChecklistDesk(*m_session).setField(tech.name.nodeId, tech.name.fieldKey, QStringLiteral("Grace Hopper")),
            &error));
        QVERIFY(contacts.count() >= 1);
        call = m_desk->whoToCall(2);
        QCOMPARE(call.at(0).name, QStringLiteral("Grace Hopper"));
        QCOMPARE(call.at(0).source, Contact::Source::Checklist);
        // Set on the desk: a contact.set event, which wins.
        QVERIFY(okOr(m_desk->setContact(QStringLiteral("technical lead"), QStringLiteral("Grace Hopper"),
                                        QStringLiteral("+49 30 1234"), QStringLiteral("grace@example.com")),
                     &error));
        call = m_desk->whoToCall(2);
        QCOMPARE(call.at(0).phone, QStringLiteral("+49 30 1234"));
        QCOMPARE(call.at(0).source, Contact::Source::Record);
        // A role only the matrix names (Level 3's database admin) is added.
        QVERIFY(okOr(m_desk->setContact(QStringLiteral("Database admin"), QStringLiteral("Edgar"),
                                        QStringLiteral("+49 30 999"), QString()),
                     &error));
        const qint64 headBefore = head(m_session->store());
        QVERIFY(okOr(m_desk->setContact(QStringLiteral("Database admin"), QStringLiteral("Edgar"),
                                        QStringLiteral("+49 30 999"), QString()),
                     &error));
        QCOMPARE(head(m_session->store()), headBefore); // unchanged: nothing recorded
        QCOMPARE(m_desk->contacts().size(), 4);
        QCOMPARE(m_desk->whoToCall(3).at(2).name, QStringLiteral("Edgar"));

        m_desk.reset();
        m_session.reset();
        m_session = openSession(m_path, ada());
        m_desk = std::make_unique<IncidentDesk>(m_session.get(), &m_clock);
        QCOMPARE(m_desk->contact(QStringLiteral("Technical Lead")).role, QStringLiteral("Technical Lead"));
        QCOMPARE(m_desk->contact(QStringLiteral("Technical Lead")).email, QStringLiteral("grace@example.com"));
        QCOMPARE(m_desk->whoToCall(3).at(2).phone, QStringLiteral("+49 30 999"));
        const auto events = m_session->store().eventsOfKinds({EventKind::ContactSet});
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->first().payloadText("role"), QStringLiteral("Technical Lead"));
    }

    void outageOffersALinkedIncident()
    {
        QString error;
        QSignalSpy offers(m_desk.get(), &IncidentDesk::outagesWithoutIncidentChanged);
        QVERIFY(m_desk->outagesWithoutIncident().isEmpty());
        QVERIFY(okOr(TestSupport::confirm(*m_session, QStringLiteral("n8n"), ServiceState::Pending, ServiceState::Down,
                                          QStringLiteral("connection refused")),
                     &error));
        QVERIFY(offers.count() >= 1);
        const auto outages = m_desk->outagesWithoutIncident();
        QCOMPARE(outages.size(), 1);
        const IncidentProposal p = m_desk->proposalFor(outages.first());
        QCOMPARE(p.type, QStringLiteral("Critical Issue (System Down)"));
        QCOMPARE(p.level, 2);
        QCOMPARE(p.service, QStringLiteral("n8n"));
        QCOMPARE(p.outageSeq, outages.first().downSeq);
        QCOMPARE(p.title, QStringLiteral("n8n is DOWN: connection refused"));
        const auto id = m_desk->open(p);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QVERIFY(m_desk->outagesWithoutIncident().isEmpty());
        QCOMPARE(m_desk->log().forOutage(QStringLiteral("n8n"), p.outageSeq)->id, *id);
        QCOMPARE(m_desk->open(p).error().code, Error::Code::Conflict);

        // Another outage, dismissed here: no offer, nothing recorded.
        QVERIFY(okOr(
            TestSupport::confirm(*m_session, QStringLiteral("Milvus"), ServiceState::Up, ServiceState::Down, QString()),
            &error));
        QCOMPARE(m_desk->outagesWithoutIncident().size(), 1);
        m_desk->dismissOutage(m_desk->outagesWithoutIncident().first());
        QVERIFY(m_desk->outagesWithoutIncident().isEmpty());
        // The service back UP: the outage is over, and a new DOWN is a new outage to offer.
        QVERIFY(okOr(
            TestSupport::confirm(*m_session, QStringLiteral("n8n"), ServiceState::Down, ServiceState::Up, QString()),
            &error));
        QVERIFY(okOr(
            TestSupport::confirm(*m_session, QStringLiteral("n8n"), ServiceState::Up, ServiceState::Down, QString()),
            &error));
        QCOMPARE(m_desk->outagesWithoutIncident().size(), 1);
    }

    // Which open outages of the record are alerted, decided by WatchedServices alone: those of
    // services watched (and probed) here that the desk has not seen otherwise since.
    void watchedServicesDecideWhatIsAlerted()
    {
        auto down = [](const QString &service, qint64 seq) {
            Outage o;
            o.service = service;
            o.down = kStart;
            o.downSeq = seq;
            return o;
        };
        Outage over = down(QStringLiteral("n8n"), 1);
        over.up = kStart.addSecs(60);
        over.upSeq = 2;
        const QVector<Outage> record{over,
                                     down(QStringLiteral("Docker Compose"), 3),
                                     down(QStringLiteral("Milvus"), 4),
                                     down(QStringLiteral("Ticket Portal"), 5),
                                     down(QStringLiteral("Wiki"), 6),
                                     down(QStringLiteral("Search"), 7),
                                     down(QStringLiteral("Mail"), 8)};
        WatchedServices w;
        QVERIFY(w.alerted(record).isEmpty()); // nothing watched
        w.setServices({watched(QStringLiteral("n8n")), watched(QStringLiteral("Ticket Portal")),
                       watched(QStringLiteral("Wiki")), watched(QStringLiteral("Search")),
                       watched(QStringLiteral("Mail"), QStringLiteral("not configured: set MAIL_URL"))});
        QVERIFY(w.isWatched(QStringLiteral("Mail")) && !w.isWatched(QStringLiteral("Milvus")));
        // Before the first results the record's word stands; never for a service not probed here.
        const QStringList all{QStringLiteral("Ticket Portal"), QStringLiteral("Wiki"), QStringLiteral("Search")};
        QCOMPARE(servicesOf(w.alerted(record)), all);
        QVERIFY(!w.see(QStringLiteral("Ticket Portal"), ServiceState::Pending)); // still failing
        QVERIFY(!w.see(QStringLiteral("Ticket Portal"), ServiceState::Down));
        QVERIFY(w.see(QStringLiteral("Wiki"), ServiceState::Up)); // back, whatever the record holds
        QVERIFY(!w.see(QStringLiteral("Wiki"), ServiceState::Degraded));
        QVERIFY(w.see(QStringLiteral("Search"), ServiceState::Unknown)); // not configured here
        QCOMPARE(servicesOf(w.alerted(record)), QStringList{QStringLiteral("Ticket Portal")});
        QVERIFY(w.see(QStringLiteral("Wiki"), ServiceState::Down));
        QVERIFY(!w.see(QStringLiteral("Docker Compose"), ServiceState::Down)); // not watched: ignored
        QCOMPARE(servicesOf(w.alerted(record)), (QStringList{QStringLiteral("Ticket Portal"), QStringLiteral("Wiki")}));
        QVERIFY(!w.alerts(over));

        // Another catalogue: what was seen of the names it keeps stays.
        w.setServices({watched(QStringLiteral("Search")), watched(QStringLiteral("Docker Compose"))});
        QCOMPARE(servicesOf(w.alerted(record)), QStringList{QStringLiteral("Docker Compose")});
        w.setServices({});
        QVERIFY(w.alerted(record).isEmpty());
    }

    // The desk follows a monitor: its catalogue and each result decide which of the record's open
    // outages are offered; the record keeps every one of them.
    void outagesFollowTheWatchedCatalogue()
    {
        QString error;
        for (const char *service : {"Docker Compose", "Milvus", "Ticket Portal"})
            QVERIFY(okOr(TestSupport::confirm(*m_session, QString::fromLatin1(service), ServiceState::Pending,
                                              ServiceState::Down, QStringLiteral("timeout after 5 s")),
                         &error));
        QCOMPARE(m_desk->outagesWithoutIncident().size(), 3); // no monitor followed: the record alone

        MonitoringService monitoring;
        monitoring.setServices({watched(QStringLiteral("Ticket Portal")), watched(QStringLiteral("n8n"))});
        QSignalSpy changed(m_desk.get(), &IncidentDesk::outagesWithoutIncidentChanged);
        m_desk->follow(&monitoring);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(servicesOf(m_desk->outagesWithoutIncident()), QStringList{QStringLiteral("Ticket Portal")});

        changed.clear();
        monitoring.replaceServices({watched(QStringLiteral("Docker Compose")), watched(QStringLiteral("Milvus")),
                                    watched(QStringLiteral("Ticket Portal"))});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_desk->outagesWithoutIncident().size(), 3);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        changed.clear();
        emit monitoring.resultReady({QStringLiteral("Milvus"), now, ServiceState::Up, 12, QStringLiteral("HTTP 200")});
        QCOMPARE(changed.size(), 1);
        emit monitoring.resultReady({QStringLiteral("Milvus"), now, ServiceState::Up, 11, QStringLiteral("HTTP 200")});
        QCOMPARE(changed.size(), 1); // nothing changed for the offer
        emit monitoring.resultReady({QStringLiteral("Docker Compose"), now, ServiceState::Unknown, -1,
                                     QStringLiteral("not configured here: `docker compose` is not installed")});
        QCOMPARE(servicesOf(m_desk->outagesWithoutIncident()), QStringList{QStringLiteral("Ticket Portal")});
        QCOMPARE(openInRecord(*m_session), 3);
    }

    void listModel()
    {
        IncidentListModel model(m_desk.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto a = m_desk->open(QStringLiteral("Performance Degradation"), 1, QStringLiteral("Slow KB"));
        const auto b = m_desk->open(QStringLiteral("Integration Failures"), 1, QStringLiteral("Freescout 401"));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, IncidentListModel::LabelColumn).data().toString(), QStringLiteral("INC-2"));
        QCOMPARE(model.index(1, IncidentListModel::TitleColumn).data().toString(), QStringLiteral("Freescout 401"));
        QCOMPARE(model.index(0, IncidentListModel::StepsColumn).data().toString(), QStringLiteral("0/4"));
        QCOMPARE(model.index(0, IncidentListModel::StatusColumn).data().toString(), QStringLiteral("Open"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QString error;
        QVERIFY(okOr(m_desk->setStepDone(*a, 2, true), &error));
        QVERIFY(okOr(m_desk->resolve(*b, QStringLiteral("Key rotated")), &error));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(model.index(0, IncidentListModel::StepsColumn).data().toString(), QStringLiteral("1/4"));
        QCOMPARE(model.index(1, IncidentListModel::StatusColumn).data().toString(), QStringLiteral("Resolved"));
        QCOMPARE(model.index(1, 0).data(IncidentListModel::IdRole).toString(), *b);
        QCOMPARE(model.indexOfIncident(*b).row(), 1);
    }

    void dockWidget()
    {
        IncidentsPanel panel(m_desk.get());
        panel.resize(520, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QString error;
        const auto id = m_desk->open(QStringLiteral("Critical Issue (System Down)"), 2, QStringLiteral("API down"));
        QVERIFY(id.ok());
        panel.selectIncident(*id);
        IncidentDetailView *detail = panel.detailView();
        QCOMPARE(detail->incidentId(), *id);
        QCOMPARE(detail->stepsList()->count(), 5);
        // Ticking a step records it.
        detail->stepsList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(m_desk->log().find(*id)->stepDone.at(0));
        QCOMPARE(detail->stepsList()->item(0)->checkState(), Qt::Checked);
        // A note from the line edit lands in the timeline.
        QTest::keyClicks(detail->noteEdit(), QStringLiteral("Restarted n8n"));
        QTest::mouseClick(detail->addNoteButton(), Qt::LeftButton);
        QVERIFY(detail->noteEdit()->text().isEmpty());
        QVERIFY(detail->timelineList()
                    ->item(detail->timelineList()->count() - 1)
                    ->text()
                    .endsWith(QStringLiteral("Ada: Restarted n8n")));
        // Who to call at level 2, and the response timer on the desk's clock.
        QVERIFY(detail->callLabel()->text().contains(QStringLiteral("Technical lead")));
        QVERIFY(detail->callLabel()->text().contains(QStringLiteral("On-call engineer")));
        m_clock.advanceMins(6);
        detail->updateTimers();
        QVERIFY2(detail->responseLabel()->text().contains(QStringLiteral("6:00 of 5:00")),
                 qPrintable(detail->responseLabel()->text()));
        QVERIFY(detail->responseLabel()->text().contains(QStringLiteral("overdue")));
        QTest::mouseClick(detail->acknowledgeButton(), Qt::LeftButton);
        QVERIFY(m_desk->log().find(*id)->isAcknowledged());
        QVERIFY(!detail->acknowledgeButton()->isEnabled());
        // Rollback against the 30-minute target.
        QTest::mouseClick(detail->rollbackButton(), Qt::LeftButton);
        m_clock.advanceMins(12);
        detail->updateTimers();
        QVERIFY2(detail->rollbackLabel()->text().contains(QStringLiteral("12:00 of 30:00")),
                 qPrintable(detail->rollbackLabel()->text()));
        // Escalate to the level the combo proposes (the next one), then resolve.
        QCOMPARE(detail->levelCombo()->currentData().toInt(), 3);
        QTest::mouseClick(detail->escalateButton(), Qt::LeftButton);
        QCOMPARE(m_desk->log().find(*id)->level, 3);
        QVERIFY(detail->callLabel()->text().contains(QStringLiteral("Database admin")));
        QTest::keyClicks(detail->resolutionEdit(), QStringLiteral("Rolled back to 1.4.2"));
        QTest::mouseClick(detail->resolveButton(), Qt::LeftButton);
        QVERIFY(m_desk->log().find(*id)->isResolved());
        QVERIFY(!detail->stepsList()->item(1)->flags().testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(panel.listModel()->index(0, IncidentListModel::StatusColumn).data().toString(),
                 QStringLiteral("Resolved"));
    }

    void dialogs()
    {
        OpenIncidentDialog dialog(m_desk.get(), IncidentProposal{});
        QCOMPARE(dialog.typeCombo()->count(), 3);
        QCOMPARE(dialog.levelCombo()->count(), 3);
        dialog.typeCombo()->setCurrentIndex(0);
        QCOMPARE(dialog.levelCombo()->currentData().toInt(), 2); // the type's default level
        dialog.typeCombo()->setCurrentIndex(2);
        QCOMPARE(dialog.levelCombo()->currentData().toInt(), 1);
        dialog.titleEdit()->setText(QStringLiteral("Baramundi rejects jobs"));
        dialog.accept();
        const Incident *i = m_desk->log().find(dialog.openedId());
        QVERIFY(i);
        QCOMPARE(i->type, QStringLiteral("Integration Failures"));
        QCOMPARE(i->title, QStringLiteral("Baramundi rejects jobs"));

        ContactsDialog contacts(m_desk.get());
        QCOMPARE(contacts.table()->rowCount(), 4); // PM, tech lead, on-call, database admin
        QCOMPARE(contacts.table()->item(3, 0)->text(), QStringLiteral("Database admin"));
        contacts.table()->item(0, 1)->setText(QStringLiteral("Peter"));
        contacts.accept();
        QCOMPARE(m_desk->contact(QStringLiteral("Project manager")).name, QStringLiteral("Peter"));
        QCOMPARE(m_session->store().eventsOfKinds({EventKind::ContactSet})->size(), 1);
    }

    void contactsDialogIsOneAppend()
    {
        // One OK is one user action: every changed row in one transaction (consecutive, same time),
        // or none of them.
        ContactsDialog contacts(m_desk.get());
        QVERIFY(contacts.table()->rowCount() >= 2);
        contacts.table()->item(0, 1)->setText(QStringLiteral("Peter"));
        contacts.table()->item(1, 2)->setText(QStringLiteral("+49 30 1234"));
        contacts.accept();
        const auto set = m_session->store().eventsOfKinds({EventKind::ContactSet});
        QVERIFY(set);
        QCOMPARE(set->size(), 2);
        QCOMPARE(set->at(1).seq, set->at(0).seq + 1);
        QCOMPARE(set->at(1).timeUtc, set->at(0).timeUtc);

        const qint64 before = head(m_session->store());
        const Status refused = m_desk->setContacts(
            {Contact{QStringLiteral("Project manager"), QStringLiteral("Paula"), QString(), QString(),
                     Contact::Source::None},
             Contact{QStringLiteral("  "), QStringLiteral("Nobody"), QString(), QString(), Contact::Source::None}});
        QCOMPARE(refused.code(), Error::Code::Invalid);
        QCOMPARE(head(m_session->store()), before);
        QCOMPARE(m_desk->contact(QStringLiteral("Project manager")).name, QStringLiteral("Peter"));
    }

    void mainWindowOffersAnIncidentForAnOutage()
    {
        m_desk.reset();
        MainWindow window(m_session.get());
        window.attachIncidents();
        IncidentsDock *dock = window.incidentsDock();
        QVERIFY(dock);
        dock->desk()->setClock(&m_clock);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool menu = false;
        for (QAction *a : window.menuBar()->actions())
            menu = menu || a->text() == QStringLiteral("&Incidents");
        QVERIFY(menu);
        QVERIFY(!dock->outageOffer()->isVisible());

        QString error;
        IncidentDesk *desk = dock->desk();
        QVERIFY(okOr(desk->setContact(QStringLiteral("Technical Lead"), QStringLiteral("Grace Hopper"),
                                      QStringLiteral("+49 30 5550 2001"), QStringLiteral("grace@example.com")),
                     &error));
        QVERIFY(okOr(desk->setContact(QStringLiteral("On-Call Engineer"), QStringLiteral("Linus Berg"),
                                      QStringLiteral("+49 30 5550 2002"), QStringLiteral("oncall@example.com")),
                     &error));
        QVERIFY(okOr(TestSupport::confirm(*m_session, QStringLiteral("n8n"), ServiceState::Pending, ServiceState::Down,
                                          QStringLiteral("HTTP 502 from /healthz")),
                     &error));
        QVERIFY(dock->outageOffer()->isVisible());
        // The offer opens the dialog filled in and linked; accepting opens the incident.
        QTest::mouseClick(dock->offerButton(), Qt::LeftButton);
        auto *dialog = dock->findChild<OpenIncidentDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("n8n is DOWN: HTTP 502 from /healthz"));
        dialog->accept();
        const QString id = desk->log().incidents().constFirst().id;
        QCOMPARE(desk->log().incidents().constFirst().service, QStringLiteral("n8n"));
        QVERIFY(!dock->outageOffer()->isVisible());
        QCOMPARE(dock->panel()->detailView()->incidentId(), id);

        // A picture of a launch in trouble, for docs/incidents.png.
        m_clock.advanceSecs(70);
        QVERIFY(okOr(desk->setStepDone(id, 1, true), &error));
        QVERIFY(okOr(desk->addNote(id, QStringLiteral("Grace called, joining the bridge")), &error));
        m_clock.advanceSecs(130);
        QVERIFY(okOr(desk->acknowledge(id), &error));
        QVERIFY(okOr(desk->setStepDone(id, 2, true), &error));
        QVERIFY(okOr(desk->addNote(id, QStringLiteral("n8n container restarts in a loop since 14:00 deploy")), &error));
        m_clock.advanceMins(4);
        QVERIFY(okOr(desk->startRollback(id), &error));
        QVERIFY(okOr(TestSupport::confirm(*m_session, QStringLiteral("Milvus"), ServiceState::Pending,
                                          ServiceState::Down, QStringLiteral("timeout after 5 s")),
                     &error));
        QVERIFY(dock->outageOffer()->isVisible());
        m_clock.advanceMins(11);
        dock->panel()->detailView()->updateTimers();
        window.resizeDocks({dock}, {600}, Qt::Horizontal);
        const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("incidents.png"))));
        }
    }

    // The status bar's offer says what is so now: only services of the catalogue being watched,
    // in their current state, with the right count in English.
    void statusBarAlertFollowsTheCatalogue()
    {
        QVERIFY(installEnglishPlurals());
        m_desk.reset();
        MonitoringService monitoring;
        monitoring.setServices({watched(QStringLiteral("Docker Compose")), watched(QStringLiteral("n8n"))});
        MainWindow window(m_session.get());
        window.attachMonitoring(&monitoring);
        window.attachIncidents();
        IncidentsDock *dock = window.incidentsDock();
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QString error;
        auto down = [&](const QString &service) {
            return okOr(TestSupport::confirm(*m_session, service, ServiceState::Pending, ServiceState::Down,
                                             QStringLiteral("connection refused")),
                        &error);
        };
        QVERIFY(down(QStringLiteral("Docker Compose")));
        QVERIFY(dock->outageOffer()->isVisible());
        QCOMPARE(dock->offerLabel()->text(), QStringLiteral("Docker Compose is DOWN"));
        QVERIFY(down(QStringLiteral("n8n")));
        QCOMPARE(dock->offerLabel()->text(), QStringLiteral("n8n and 1 other service are DOWN"));

        // View → Service catalogue…: services no longer watched are not said to be DOWN.
        monitoring.replaceServices({watched(QStringLiteral("Ticket Portal")), watched(QStringLiteral("Search")),
                                    watched(QStringLiteral("Wiki"))});
        QVERIFY(!dock->outageOffer()->isVisible());
        for (const char *service : {"Search", "Wiki", "Ticket Portal"})
            QVERIFY2(down(QString::fromLatin1(service)), qPrintable(error));
        QVERIFY(dock->outageOffer()->isVisible());
        QCOMPARE(dock->offerLabel()->text(), QStringLiteral("Ticket Portal and 2 other services are DOWN"));

        // Their current state: what this desk sees back is not DOWN, whatever the record holds.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        emit monitoring.resultReady({QStringLiteral("Search"), now, ServiceState::Up, 20, QStringLiteral("HTTP 200")});
        QCOMPARE(dock->offerLabel()->text(), QStringLiteral("Ticket Portal and 1 other service are DOWN"));
        emit monitoring.resultReady({QStringLiteral("Wiki"), now, ServiceState::Up, 20, QStringLiteral("HTTP 200")});
        QCOMPARE(dock->offerLabel()->text(), QStringLiteral("Ticket Portal is DOWN"));
        // The offer opens an incident for the outage it names.
        QTest::mouseClick(dock->offerButton(), Qt::LeftButton);
        auto *dialog = dock->findChild<OpenIncidentDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Ticket Portal is DOWN: connection refused"));
        dialog->reject();

        // The record keeps the history of every outage, watched or not.
        QCOMPARE(openInRecord(*m_session), 5);
    }

private:
    TestSupport::TempStore m_dir{QStringLiteral("store-%1.sqlite")};
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<LaunchRecord> m_session;
    std::unique_ptr<IncidentDesk> m_desk;
};

QTEST_MAIN(TestIncidents)
#include "tst_incidents.moc"
