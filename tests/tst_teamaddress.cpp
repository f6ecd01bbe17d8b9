// What the team record's window features decide without a window: the address the connect
// dialog's fields make (never with a password), what "Test connection" finds where no server
// is, and what "Take theirs" writes for an offline change that met another desk's.

#include "models/record/RecordLocation.h"
#include "models/session/ChecklistDesk.h"
#include "models/team/OfflineCollision.h"
#include "models/team/TeamRecordAddress.h"
#include "models/team/TeamRecordCheck.h"
#include "tests/TestSupport.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {

TeamRecordAddress fields()
{
    TeamRecordAddress f;
    f.host = QStringLiteral("db.example.org");
    f.database = QStringLiteral("launch");
    f.user = QStringLiteral("ada");
    return f;
}

} // namespace

class TestTeamAddress : public QObject
{
    Q_OBJECT

private slots:
    void composesTheAddress_data()
    {
        QTest::addColumn<int>("tls");
        QTest::addColumn<bool>("keychain");
        QTest::addColumn<QString>("expected");
        QTest::newRow("defaults") << int(TeamRecordAddress::Tls::Prefer) << false
                                  << QStringLiteral("postgresql://ada@db.example.org:5432/launch?sslmode=prefer");
        QTest::newRow("require") << int(TeamRecordAddress::Tls::Require) << false
                                 << QStringLiteral("postgresql://ada@db.example.org:5432/launch?sslmode=require");
        QTest::newRow("verify-full, keychain")
            << int(TeamRecordAddress::Tls::VerifyFull) << true
            << QStringLiteral("postgresql://ada@db.example.org:5432/launch?sslmode=verify-full&keychain=team-db");
    }
    void composesTheAddress()
    {
        QFETCH(int, tls);
        QFETCH(bool, keychain);
        QFETCH(QString, expected);
        TeamRecordAddress f = fields();
        f.tls = TeamRecordAddress::Tls(tls);
        if (keychain) {
            f.passwordSource = TeamRecordAddress::PasswordSource::Keychain;
            f.keychainName = QStringLiteral(" team-db ");
        }
        const auto composed = f.compose();
        QVERIFY2(composed, qPrintable(composed.ok() ? QString() : composed.error().message));
        QCOMPARE(composed.value(), expected);
        // It reads back into the same fields.
        const auto location = RecordLocation::parse(composed.value());
        QVERIFY(location && location->isPostgres());
        const TeamRecordAddress back = TeamRecordAddress::from(location.value());
        QCOMPARE(back.host, f.host);
        QCOMPARE(back.port, f.port);
        QCOMPARE(back.database, f.database);
        QCOMPARE(back.user, f.user);
        QCOMPARE(int(back.tls), tls);
        QCOMPARE(back.passwordSource, f.passwordSource);
        QCOMPARE(back.keychainName, f.keychainName.trimmed());
    }

    void encodesWhatANameMayHold()
    {
        TeamRecordAddress f = fields();
        f.user = QStringLiteral("ada@corp");
        f.database = QStringLiteral("launch day");
        const auto composed = f.compose();
        QVERIFY(composed);
        const auto location = RecordLocation::parse(composed.value());
        QVERIFY(location);
        QCOMPARE(location->user(), QStringLiteral("ada@corp"));
        QCOMPARE(location->database(), QStringLiteral("launch day"));
        QVERIFY(!composed.value().contains(QLatin1Char(':') + QStringLiteral("corp"))); // no user:password form
    }

    void refusesWhatIsMissing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("host") << QStringLiteral("host");
        QTest::newRow("database") << QStringLiteral("database");
        QTest::newRow("port") << QStringLiteral("port");
        QTest::newRow("keychain name") << QStringLiteral("keychain");
    }
    void refusesWhatIsMissing()
    {
        QFETCH(QString, field);
        TeamRecordAddress f = fields();
        if (field == QLatin1String("host"))
            f.host = QStringLiteral("  ");
        else if (field == QLatin1String("database"))
            f.database.clear();
        else if (field == QLatin1String("port"))
            f.port = 0;
        else
            f.passwordSource = TeamRecordAddress::PasswordSource::Keychain;
        const auto composed = f.compose();
        QVERIFY(!composed);
        QCOMPARE(composed.error().code, Error::Code::Invalid);
        QVERIFY(!composed.error().message.isEmpty());
    }

    void rememberedAddressIsOnlyATeamRecord()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("GoLiveControl"));
        QCoreApplication::setApplicationName(QStringLiteral("golive-teamaddress-test"));
        const QString address = fields().compose().value();
        TeamRecordSettings::rememberAddress(address);
        QCOMPARE(TeamRecordSettings::lastAddress(), address);
        // An address with a password is never written down.
        TeamRecordSettings::rememberAddress(QStringLiteral("postgresql://ada:secret@db.example.org/launch"));
        QCOMPARE(TeamRecordSettings::lastAddress(), address);
    }

    void probeNamesAnUnreachableServer()
    {
        quint16 port = 0;
        {
            QTcpServer free;
            QVERIFY(free.listen(QHostAddress::LocalHost, 0));
            port = free.serverPort();
        }
        TeamRecordAddress f = fields();
        f.host = QStringLiteral("127.0.0.1");
        f.port = port;
        const TeamRecordProbe probe = TeamRecordProbe::run(f.compose().value());
        QCOMPARE(probe.outcome, TeamRecordProbe::Outcome::Failed);
        QCOMPARE(probe.error.code, Error::Code::Unreachable);
        QVERIFY2(probe.describe().contains(QStringLiteral("127.0.0.1:%1/launch").arg(port)),
                 qPrintable(probe.describe()));
    }

    void takeTheirsWritesTheirValue_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::newRow("done") << QStringLiteral("done");
        QTest::newRow("note") << QStringLiteral("note");
    }
    void takeTheirsWritesTheirValue()
    {
        // The collision as a push leaves it: Grace's change, then Ada's naming it.
        QFETCH(QString, slot);
        QTemporaryDir dir;
        auto session = openSession(dir.filePath(QStringLiteral("store.sqlite")), ada());
        QVERIFY(session);
        QString id;
        for (const ChecklistNode *n : session->document()->nodesInOrder())
            if (n->isTickable() && id.isEmpty())
                id = n->id();
        QString error;
        const bool done = slot == QLatin1String("done");
        const QJsonObject theirPayload = done
            ? QJsonObject{{QStringLiteral("item"), id}}
            : QJsonObject{{QStringLiteral("item"), id}, {QStringLiteral("note"), QStringLiteral("theirs")}};
        const EventDraft theirs = EventDraft::of(done ? EventKind::ItemUnticked : EventKind::NoteSet, theirPayload);
        QVERIFY(okOr(session->record({theirs}, &grace()), &error));
        const qint64 theirSeq = session->headSeq();
        QVERIFY(okOr(done ? ChecklistDesk(*session).setDone(id, true)
                          : ChecklistDesk(*session).setNote(id, QStringLiteral("mine")),
                     &error));
        auto history = session->history(id);
        QVERIFY(history);
        AuditEvent mine = history->constLast();
        mine.payload.insert(QStringLiteral("collidesWith"), theirSeq);

        ChecklistDesk checklist(*session);
        OfflineCollisions collisions(&checklist);
        const auto found = collisions.find(mine);
        QVERIFY2(found, qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(found->itemId, id);
        QCOMPARE(found->itemTitle, session->document()->find(id)->title());
        QCOMPARE(found->theirs.seq, theirSeq);
        QCOMPARE(found->theirs.actor.name, grace().name);
        QCOMPARE(OfflineCollision::changeText(found->mine, *session),
                 done ? QStringLiteral("ticked") : QStringLiteral("note “mine”"));
        QCOMPARE(OfflineCollision::changeText(found->theirs, *session),
                 done ? QStringLiteral("unticked") : QStringLiteral("note “theirs”"));

        QVERIFY(okOr(collisions.takeTheirs(found.value()), &error));
        history = session->history(id);
        const AuditEvent &taken = history->constLast();
        QVERIFY(taken.seq > mine.seq);
        QCOMPARE(taken.actor.name, ada().name);
        QCOMPARE(taken.kind, done ? EventKind::ItemUnticked : EventKind::NoteSet);
        if (done)
            QVERIFY(!session->state().isDone(id));
        else
            QCOMPARE(session->state().note(id), QStringLiteral("theirs"));
    }

    void anEventWithoutACollisionIsNone()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.filePath(QStringLiteral("store.sqlite")), ada());
        QVERIFY(session);
        ChecklistDesk checklist(*session);
        AuditEvent plain;
        plain.seq = 7;
        plain.kind = EventKind::ItemTicked;
        plain.payload = {{QStringLiteral("item"), QStringLiteral("nowhere")}};
        const auto found = OfflineCollisions(&checklist).find(plain);
        QVERIFY(!found);
        QCOMPARE(found.error().code, Error::Code::Invalid);
        plain.payload.insert(QStringLiteral("collidesWith"), 3);
        QCOMPARE(OfflineCollisions(&checklist).find(plain).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTeamAddress)
#include "tst_teamaddress.moc"
