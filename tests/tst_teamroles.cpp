// The record's own roles: granted and revoked as events, rebuilt on reopen, enforced from the first
// grant on (which must make its granter Platform Lead), checked when a lead signs or refuses a line
// and when someone opens an incident, and every refusal recorded as access.denied.
#include "models/incidents/IncidentDesk.h"
#include "models/signoff/SignOffDesk.h"
#include "models/team/TeamDesk.h"
#include "tests/SignOffTestSupport.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/incidents/OpenIncidentDialog.h"
#include "ui/team/TeamRolesDialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const Actor &zoe()
{
    static const Actor a = Actor::person(QStringLiteral("Zoe"), QStringLiteral("Support Lead"));
    return a;
}

CriteriaSummary allMet()
{
    CriteriaSummary s;
    s.overall = Verdict::Met;
    return s;
}

AuditEvent lastEvent(const EventStore &store)
{
    const QVector<AuditEvent> all = allEvents(store);
    return all.isEmpty() ? AuditEvent() : all.constLast();
}

int countOf(const EventStore &store, EventKind kind)
{
    int n = 0;
    for (const AuditEvent &e : allEvents(store))
        n += e.kind == kind ? 1 : 0;
    return n;
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Deriving is slow on purpose: once for the whole test.
        m_adaKey = Passphrase::newKey(QStringLiteral("correct horse battery"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count));
        m_session = openSession(m_path, ada());
        QVERIFY(m_session);
        m_team = std::make_unique<TeamDesk>(m_session.get());
    }

    void cleanup()
    {
        m_team.reset();
        m_session.reset();
    }

    void kindsAreStoredWithTheirSubjectAndSlot()
    {
        for (EventKind k : {EventKind::MemberRoleGranted, EventKind::MemberRoleRevoked, EventKind::AccessDenied})
            QCOMPARE(eventKindFromName(eventKindName(k)), std::optional<EventKind>(k));
        QCOMPARE(eventKindName(EventKind::MemberRoleGranted), QStringLiteral("member.role_granted"));
        QCOMPARE(eventKindName(EventKind::AccessDenied), QStringLiteral("access.denied"));
        const QJsonObject grant{{QStringLiteral("name"), QStringLiteral("Ada")},
                                {QStringLiteral("role"), QStringLiteral("Platform Lead")}};
        const EventIndex g = indexOf(EventKind::MemberRoleGranted, grant);
        QCOMPARE(g.subject, QStringLiteral("member:Ada"));
        QCOMPARE(g.slot, QStringLiteral("role:Platform Lead"));
        QCOMPARE(g.value, QStringLiteral("granted"));
        QCOMPARE(indexOf(EventKind::MemberRoleRevoked, grant).value, QStringLiteral("revoked"));
        const EventIndex d = indexOf(EventKind::AccessDenied,
                                     {{QStringLiteral("action"), QStringLiteral("incident.open")},
                                      {QStringLiteral("name"), QStringLiteral("Zoe")}});
        QCOMPARE(d.subject, QStringLiteral("member:Zoe"));
        QCOMPARE(d.slot, QStringLiteral("denied"));
        QCOMPARE(d.value, QStringLiteral("incident.open"));
    }

    void withoutGrantsNothingIsEnforced()
    {
        QVERIFY(!m_team->roles().isEnforced());
        const TeamPolicy rules = m_team->policy();
        QVERIFY(rules.sign(QStringLiteral("Zoe"), QStringLiteral("Technical Lead")).allowed);
        QVERIFY(rules.refuse(QStringLiteral("Zoe"), QStringLiteral("Project Manager")).allowed);
        QVERIFY(rules.openIncident(QStringLiteral("Zoe")).allowed);
        QVERIFY(rules.openIncident(QString()).allowed);
        // The five desks, then the checklist's three sign-off lines.
        QCOMPARE(rules.grantableRoles(),
                 (QStringList{QStringLiteral("Platform Lead"), QStringLiteral("n8n Administrator"),
                              QStringLiteral("Database Administrator"), QStringLiteral("System Administrator"),
                              QStringLiteral("Support Lead"), QStringLiteral("Project Manager"),
                              QStringLiteral("Operations Lead"), QStringLiteral("Technical Lead")}));
    }

    void theFirstGrantMustMakeTheGranterPlatformLead()
    {
        Status s = m_team->grant(QStringLiteral("Grace"), QStringLiteral("Platform Lead"));
        QCOMPARE(s.code(), Error::Code::Forbidden);
        QVERIFY2(s.message().contains(QStringLiteral("Ada")) && s.message().contains(QStringLiteral("Platform Lead")),
                 qPrintable(s.message()));
        s = m_team->grant(QStringLiteral("Ada"), QStringLiteral("Technical Lead"));
        QCOMPARE(s.code(), Error::Code::Forbidden);
        QVERIFY(!m_team->roles().isEnforced());
        // Each refusal is in the record, in the record's words.
        const AuditEvent denied = lastEvent(m_session->store());
        QCOMPARE(denied.kind, EventKind::AccessDenied);
        QCOMPARE(denied.actor.name, QStringLiteral("Ada"));
        QCOMPARE(denied.payloadText("action"), QStringLiteral("member.grant"));
        QCOMPARE(denied.payloadText("reason"), QStringLiteral("the first grant must make the granter Platform Lead"));
        QCOMPARE(countOf(m_session->store(), EventKind::AccessDenied), 2);

        QString error;
        QVERIFY2(okOr(m_team->grant(QStringLiteral(" Ada "), QStringLiteral("platform lead")), &error),
                 qPrintable(error));
        QVERIFY(m_team->roles().isEnforced());
        const AuditEvent granted = lastEvent(m_session->store());
        QCOMPARE(granted.kind, EventKind::MemberRoleGranted);
        QCOMPARE(granted.payloadText("name"), QStringLiteral("Ada"));
        QCOMPARE(granted.payloadText("role"), QStringLiteral("Platform Lead")); // the role's own spelling
        QVERIFY(m_team->roles().holds(QStringLiteral("Ada"), QStringLiteral("PLATFORM LEAD")));
        // Granting again records nothing.
        const qint64 before = head(m_session->store());
        QVERIFY(okOr(m_team->grant(QStringLiteral("Ada"), QStringLiteral("Platform Lead")), &error));
        QCOMPARE(head(m_session->store()), before);
    }

    void grantAndRevokeNeedPlatformLead()
    {
        bootstrap();
        QString error;
        QVERIFY2(okOr(m_team->grant(QStringLiteral("Grace"), QStringLiteral("Database Administrator")), &error),
                 qPrintable(error));
        QCOMPARE(m_team->grant(QStringLiteral("Grace"), QStringLiteral("Chief of Everything")).code(),
                 Error::Code::NotFound);

        m_session->setActor(grace());
        Status s = m_team->grant(QStringLiteral("Grace"), QStringLiteral("Platform Lead"));
        QCOMPARE(s.code(), Error::Code::Forbidden);
        QVERIFY2(s.message().contains(QStringLiteral("Grace")) && s.message().contains(QStringLiteral("grant"))
                     && s.message().contains(QStringLiteral("“Platform Lead”")),
                 qPrintable(s.message()));
        AuditEvent denied = lastEvent(m_session->store());
        QCOMPARE(denied.kind, EventKind::AccessDenied);
        QCOMPARE(denied.actor.name, QStringLiteral("Grace"));
        QCOMPARE(denied.payloadText("name"), QStringLiteral("Grace"));
        QCOMPARE(denied.payload.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("Platform Lead")});
        QCOMPARE(denied.payloadText("reason"), QStringLiteral("holds Database Administrator"));
        QCOMPARE(m_team->revoke(QStringLiteral("Ada"), QStringLiteral("Platform Lead")).code(), Error::Code::Forbidden);
        QCOMPARE(lastEvent(m_session->store()).payloadText("action"), QStringLiteral("member.revoke"));
        QVERIFY(m_team->roles().holds(QStringLiteral("Ada"), QStringLiteral("Platform Lead")));

        m_session->setActor(ada());
        QVERIFY2(okOr(m_team->revoke(QStringLiteral("Grace"), QStringLiteral("database administrator")), &error),
                 qPrintable(error));
        QCOMPARE(lastEvent(m_session->store()).kind, EventKind::MemberRoleRevoked);
        QCOMPARE(m_team->revoke(QStringLiteral("Grace"), QStringLiteral("Database Administrator")).code(),
                 Error::Code::NotFound);
        QCOMPARE(m_team->roles().members().size(), 1);
        // Someone must always be able to grant.
        s = m_team->revoke(QStringLiteral("Ada"), QStringLiteral("Platform Lead"));
        QCOMPARE(s.code(), Error::Code::Refused);
        QVERIFY(okOr(m_team->grant(QStringLiteral("Grace"), QStringLiteral("Platform Lead")), &error));
        QVERIFY2(okOr(m_team->revoke(QStringLiteral("Ada"), QStringLiteral("Platform Lead")), &error),
                 qPrintable(error));
        QCOMPARE(m_team->roles().holders(QStringLiteral("Platform Lead")), QStringList{QStringLiteral("Grace")});
        // Revoking every role of someone does not open the record again.
        QVERIFY(m_team->roles().isEnforced());
    }

    void rolesAreRebuiltFromTheRecord()
    {
        bootstrap();
        QString error;
        QVERIFY(okOr(m_team->grant(QStringLiteral("Grace"), QStringLiteral("Database Administrator")), &error));
        QVERIFY(okOr(m_team->grant(QStringLiteral("Grace"), QStringLiteral("Technical Lead")), &error));
        QVERIFY(okOr(m_team->grant(QStringLiteral("Zoe"), QStringLiteral("Support Lead")), &error));
        QVERIFY(okOr(m_team->revoke(QStringLiteral("Zoe"), QStringLiteral("Support Lead")), &error));
        m_team.reset();
        m_session.reset();
        m_session = openSession(m_path, grace());
        QVERIFY(m_session);
        TeamDesk again(m_session.get());
        QVERIFY(again.roles().isEnforced());
        const QVector<TeamMember> members = again.roles().members();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).name, QStringLiteral("Ada"));
        QCOMPARE(members.at(0).roles, QStringList{QStringLiteral("Platform Lead")});
        QCOMPARE(members.at(1).name, QStringLiteral("Grace"));
        QCOMPARE(members.at(1).roles,
                 (QStringList{QStringLiteral("Database Administrator"), QStringLiteral("Technical Lead")}));
        QVERIFY(!again.roles().holds(QStringLiteral("Zoe"), QStringLiteral("Support Lead")));
        // The record's check covers the new kinds and the cache they keep.
        const VerifyResult checked = m_session->store().verify();
        QVERIFY2(checked.intact, qPrintable(checked.reason));
    }

    void aLineIsSignedOnlyWithItsRole()
    {
        SignOffDesk desk(m_session.get());
        desk.setCriteriaSource(allMet);
        bootstrap();
        const qint64 before = head(m_session->store());
        Status s = desk.sign(SignOffTestSupport::firstUseRequest(desk, QStringLiteral("Technical Lead"),
                                                                 QStringLiteral("Ada"), m_adaKey));
        QCOMPARE(s.code(), Error::Code::Forbidden);
        QVERIFY2(s.message().contains(QStringLiteral("Ada"))
                     && s.message().contains(QStringLiteral("“Technical Lead”")),
                 qPrintable(s.message()));
        // Only the refusal is written: no passphrase, no signature.
        QCOMPARE(head(m_session->store()), before + 1);
        const AuditEvent denied = lastEvent(m_session->store());
        QCOMPARE(denied.kind, EventKind::AccessDenied);
        QCOMPARE(denied.actor.name, QStringLiteral("Ada"));
        QCOMPARE(denied.payloadText("action"), QStringLiteral("signoff.sign"));
        QCOMPARE(denied.payload.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("Technical Lead")});
        QCOMPARE(denied.payloadText("reason"), QStringLiteral("holds Platform Lead"));
        QCOMPARE(desk.line(QStringLiteral("Technical Lead")).status, SignatureStatus::Missing);

        QString error;
        QVERIFY(okOr(m_team->grant(QStringLiteral("Ada"), QStringLiteral("technical lead")), &error));
        QVERIFY2(okOr(desk.sign(SignOffTestSupport::firstUseRequest(desk, QStringLiteral("Technical Lead"),
                                                                    QStringLiteral("Ada"), m_adaKey)),
                      &error),
                 qPrintable(error));
        QCOMPARE(desk.line(QStringLiteral("Technical Lead")).status, SignatureStatus::Signed);
        // Holding one lead's role is not another's.
        SignOffRequest r =
            SignOffTestSupport::requestFor(desk, QStringLiteral("Project Manager"), QStringLiteral("Ada"));
        r.proof = {QStringLiteral("Ada"), m_adaKey.hash};
        r.reason = QStringLiteral("not mine to approve");
        s = desk.refuse(r);
        QCOMPARE(s.code(), Error::Code::Forbidden);
        QCOMPARE(lastEvent(m_session->store()).payloadText("action"), QStringLiteral("signoff.refuse"));
        QCOMPARE(desk.line(QStringLiteral("Project Manager")).status, SignatureStatus::Missing);
    }

    void aWrongPassphraseIsNotAuditedAsADenial()
    {
        SignOffDesk desk(m_session.get());
        desk.setCriteriaSource(allMet);
        QString error;
        QVERIFY(okOr(desk.sign(SignOffTestSupport::firstUseRequest(desk, QStringLiteral("Technical Lead"),
                                                                   QStringLiteral("Ada"), m_adaKey)),
                     &error));
        bootstrap();
        SignOffRequest r =
            SignOffTestSupport::requestFor(desk, QStringLiteral("Project Manager"), QStringLiteral("Ada"));
        r.proof = {QStringLiteral("Ada"), QByteArray(32, 'x')};
        r.reason = QStringLiteral("typed by someone else");
        QCOMPARE(desk.refuse(r).code(), Error::Code::Unauthorized);
        QCOMPARE(countOf(m_session->store(), EventKind::AccessDenied), 0);
    }

    void anIncidentIsOpenedWithAnyRole()
    {
        IncidentDesk desk(m_session.get());
        const QString type = QStringLiteral("Critical Issue (System Down)");
        QString error;
        // No roles yet: anyone, as before.
        m_session->setActor(zoe());
        QVERIFY(desk.open(type, 2, QStringLiteral("before the team")).ok());
        m_session->setActor(ada());
        bootstrap();
        m_session->setActor(zoe());
        auto opened = desk.open(type, 2, QStringLiteral("Mail stuck"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Forbidden);
        QVERIFY2(opened.error().message.contains(QStringLiteral("Zoe"))
                     && opened.error().message.contains(QStringLiteral("open an incident")),
                 qPrintable(opened.error().message));
        QCOMPARE(desk.log().incidents().size(), 1);
        const AuditEvent denied = lastEvent(m_session->store());
        QCOMPARE(denied.kind, EventKind::AccessDenied);
        QCOMPARE(denied.actor, zoe());
        QCOMPARE(denied.payloadText("action"), QStringLiteral("incident.open"));
        QCOMPARE(denied.payloadText("reason"), QStringLiteral("holds no record role"));
        QCOMPARE(denied.payload.value(QStringLiteral("roles")).toArray().size(), 8);

        m_session->setActor(ada());
        QVERIFY(okOr(m_team->grant(QStringLiteral("Zoe"), QStringLiteral("Support Lead")), &error));
        QVERIFY(okOr(m_team->grant(QStringLiteral("Grace"), QStringLiteral("Operations Lead")), &error));
        m_session->setActor(zoe());
        opened = desk.open(type, 2, QStringLiteral("Mail stuck"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_session->setActor(grace());
        QVERIFY(desk.open(type, 1, QStringLiteral("Slow mail")).ok());
        QCOMPARE(desk.log().incidents().size(), 3);
    }

    void theOpenIncidentDialogShowsTheRefusal()
    {
        IncidentDesk desk(m_session.get());
        bootstrap();
        m_session->setActor(zoe());
        IncidentProposal p;
        p.type = QStringLiteral("Critical Issue (System Down)");
        p.level = 2;
        OpenIncidentDialog dialog(&desk, p);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        bool shown = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            shown = shown || (l->isVisible() && l->text().contains(QStringLiteral("Zoe may not open an incident")));
        QVERIFY(shown);
    }

    void theDialogGrantsRevokesAndShowsARefusal()
    {
        TeamRolesDialog dialog(m_team.get());
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 0);
        // Ready for the first grant: the operator as Platform Lead.
        QCOMPARE(dialog.roleCombo()->currentText(), QStringLiteral("Platform Lead"));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Ada"));
        dialog.grantButton()->click();
        QVERIFY2(!dialog.messageLabel()->isVisible(), qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Platform Lead"));
        for (const auto &[name, role] :
             {std::pair{"Grace", "Database Administrator"}, std::pair{"Grace", "Technical Lead"},
              std::pair{"Zoe", "Support Lead"}, std::pair{"Linus", "System Administrator"}}) {
            dialog.nameEdit()->setText(QString::fromLatin1(name));
            dialog.roleCombo()->setCurrentText(QString::fromLatin1(role));
            dialog.grantButton()->click();
        }
        QCOMPARE(dialog.table()->rowCount(), 4);
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("Database Administrator, Technical Lead"));
        // Selecting a person fills in the name.
        dialog.table()->setCurrentCell(3, 0);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Zoe"));
        dialog.roleCombo()->setCurrentText(QStringLiteral("Support Lead"));
        dialog.revokeButton()->click();
        QCOMPARE(dialog.table()->rowCount(), 3);

        m_session->setActor(grace());
        dialog.nameEdit()->setText(QStringLiteral("Grace"));
        dialog.roleCombo()->setCurrentText(QStringLiteral("Platform Lead"));
        dialog.grantButton()->click();
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Grace may not grant")),
                 qPrintable(dialog.messageLabel()->text()));
        if (const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("team-roles.png"))));
    }

    void theToolsMenuOpensTheDialog()
    {
        MainWindow window(m_session.get());
        QAction *action = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->text() == QStringLiteral("&Team roles…"))
                    action = a;
            }
        }
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<TeamRolesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

private:
    void bootstrap()
    {
        QString error;
        const Actor was = m_session->actor();
        m_session->setActor(ada());
        QVERIFY2(okOr(m_team->grant(QStringLiteral("Ada"), QStringLiteral("Platform Lead")), &error),
                 qPrintable(error));
        m_session->setActor(was);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    SignerKey m_adaKey;
    std::unique_ptr<LaunchRecord> m_session;
    std::unique_ptr<TeamDesk> m_team;
};

QTEST_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
