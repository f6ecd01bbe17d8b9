// The launch record on a team's PostgreSQL server: one chain for every desk, changes pushed to
// the other desks by NOTIFY, a desk that loses the server keeps working through its outbox, and
// `golive copy` / `golive sync` / `golive verify` on it. Against a real server: the one
// scripts/test.sh starts (GOLIVE_TEST_PG_PORT), and clusters of the test's own to stop and start.

#include "models/record/Outbox.h"
#include "models/record/RecordCopy.h"
#include "models/record/RecordLocation.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/DeskFiles.h"
#include "tests/PgTestSupport.h"
#include "tests/SignOffTestSupport.h"
#include "tests/StoreWriter.h"
#include "tests/TestSupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;
using PgTestSupport::Database;

class TestTeamRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private slots:
    void initTestCase()
    {
        // The desk's own files of a team record (outbox, probe history) go to the data folder;
        // the golive child processes must find the same one.
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("GoLiveControl"));
        QCoreApplication::setApplicationName(QStringLiteral("golive"));
    }

    void addresses()
    {
        auto plain = RecordLocation::parse(QStringLiteral("postgresql://ada@db.example:6432/launch"));
        QVERIFY(plain);
        QCOMPARE(plain->host(), QStringLiteral("db.example"));
        QCOMPARE(plain->port(), 6432);
        QCOMPARE(plain->user(), QStringLiteral("ada"));
        QCOMPARE(plain->database(), QStringLiteral("launch"));
        QCOMPARE(plain->sslMode(), QStringLiteral("prefer")); // TLS whenever the server offers it
        QVERIFY(plain->connectOptions().contains(QLatin1String("sslmode=prefer")));

        auto verified = RecordLocation::parse(QStringLiteral("postgresql://ada@db/launch?sslmode=verify-full"));
        QVERIFY(verified);
        QVERIFY(verified->connectOptions().contains(QLatin1String("sslmode=verify-full")));

        // A password never comes from the command line, and is never echoed back.
        for (const QString &bad :
             {QStringLiteral("postgresql://ada:s3cret-pw@db/launch"), QStringLiteral("postgresql://ada:@db/launch")}) {
            auto refused = RecordLocation::parse(bad);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Invalid);
            QVERIFY2(!refused.error().message.contains(QLatin1String("s3cret")), qPrintable(refused.error().message));
            QVERIFY(refused.error().message.contains(QLatin1String("PGPASSWORD")));
        }
        QCOMPARE(RecordLocation::parse(QStringLiteral("postgresql://db/launch?sslmode=sometimes")).error().code,
                 Error::Code::Invalid);
        QCOMPARE(RecordLocation::parse(QStringLiteral("postgresql://db/")).error().code, Error::Code::Invalid);
        QVERIFY(!RecordLocation::parse(QStringLiteral("/tmp/golive.sqlite"))->isPostgres());

        const GoliveRun cli = runGolive({QStringLiteral("export"), QStringLiteral("--db"),
                                         QStringLiteral("postgresql://ada:s3cret-pw@127.0.0.1:1/launch")});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY(!cli.err.contains(QLatin1String("s3cret")));
    }

    void unreachableServerIsNamed()
    {
        // Nothing listens on this port: the message names the address, quickly.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/none").arg(port);
        auto opened = EventStore::open(url, EventStore::Access::ReadWrite);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Unreachable);
        QVERIFY2(opened.error().message.contains(QStringLiteral("127.0.0.1:%1/none").arg(port)),
                 qPrintable(opened.error().message));
    }

    void passwordFromTheEnvironmentOrPgpassNeverFromTheAddress()
    {
        if (!PgTestSupport::Cluster::available())
            QSKIP("PostgreSQL is not installed (scripts/test.sh installs it)");
        PgTestSupport::Cluster cluster({QStringLiteral("--password-auth")});
        QVERIFY2(cluster.ok(), qPrintable(cluster.log()));
        const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QCOMPARE(PgTestSupport::superuserExec(cluster.port(), QStringLiteral("postgres"),
                                              {QStringLiteral("CREATE ROLE desk LOGIN PASSWORD '%1'").arg(password),
                                               QStringLiteral("CREATE DATABASE launch OWNER desk")}),
                 QString());
        const QString url = QStringLiteral("postgresql://desk@127.0.0.1:%1/launch").arg(cluster.port());
        QTemporaryDir home;
        const QString pgpass = home.filePath(QStringLiteral("pgpass"));
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", pgpass.toUtf8()); // none yet

        auto refused = EventStore::open(url, EventStore::Access::ReadWrite);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unreachable);
        QVERIFY2(refused.error().message.contains(QStringLiteral("127.0.0.1:%1/launch").arg(cluster.port())),
                 qPrintable(refused.error().message));

        qputenv("PGPASSWORD", password.toUtf8());
        auto fromEnvironment = EventStore::open(url, EventStore::Access::ReadWrite);
        QVERIFY2(fromEnvironment, qPrintable(fromEnvironment ? QString() : fromEnvironment.error().message));
        const GoliveRun cli = runGolive({QStringLiteral("verify"), QStringLiteral("--db"), url});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        qunsetenv("PGPASSWORD");

        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("127.0.0.1:%1:launch:desk:%2\n").arg(cluster.port(), password).toUtf8());
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto fromPgpass = EventStore::open(url, EventStore::Access::ReadOnly);
        QVERIFY2(fromPgpass, qPrintable(fromPgpass ? QString() : fromPgpass.error().message));
        qunsetenv("PGPASSFILE");

        // A secret named for the keychain, where no keychain service runs (as in CI): said in words.
        auto keychain = EventStore::open(url + QStringLiteral("?keychain=golive_team"), EventStore::Access::ReadOnly);
        // Nothing is stored under that name, so it fails wherever it runs: not found, or no keychain.
        QVERIFY(!keychain);
        QVERIFY(keychain.error().code == Error::Code::NotFound || keychain.error().code == Error::Code::Unreachable);
        QVERIFY(keychain.error().message.contains(QLatin1String("keychain")));
        QVERIFY(keychain.error().message.contains(QStringLiteral("127.0.0.1:%1/launch").arg(cluster.port())));
    }

    void tlsWhenOfferedAndVerifiedOnRequest()
    {
        if (!PgTestSupport::Cluster::available())
            QSKIP("PostgreSQL is not installed (scripts/test.sh installs it)");
        PgTestSupport::Cluster cluster({QStringLiteral("--tls")});
        QVERIFY2(cluster.ok(), qPrintable(cluster.log()));
        Database db(cluster.port());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const QString base = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(cluster.port(), db.name());
        auto usesTls = [&] {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tls-check"));
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(cluster.port().toInt());
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(db.name());
            admin.setConnectOptions(QStringLiteral("sslmode=disable"));
            bool tls = false;
            if (admin.open()) {
                QSqlQuery q(admin);
                tls = q.exec(QStringLiteral("SELECT bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a "
                                            "ON a.pid = s.pid WHERE a.application_name = 'golive'"))
                    && q.next() && q.value(0).toBool();
            }
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("tls-check"));
            return tls;
        };
        {
            // The default (prefer): TLS, because the server offers it.
            auto preferred = EventStore::open(base, EventStore::Access::ReadWrite);
            QVERIFY2(preferred, qPrintable(preferred ? QString() : preferred.error().message));
            QVERIFY(usesTls());
        }
        // verify-full checks the certificate: refused without the root that signed it...
        qputenv("PGSSLROOTCERT", "/nonexistent/root.crt");
        auto unverified = EventStore::open(base + QStringLiteral("?sslmode=verify-full"), EventStore::Access::ReadOnly);
        QVERIFY(!unverified);
        QCOMPARE(unverified.error().code, Error::Code::Unreachable);
        // ...and taken with it.
        qputenv("PGSSLROOTCERT", cluster.rootCertificate().toUtf8());
        auto verified = EventStore::open(base + QStringLiteral("?sslmode=verify-full"), EventStore::Access::ReadOnly);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QVERIFY(usesTls());
        qunsetenv("PGSSLROOTCERT");
    }

    void createsTheRecordAndLeavesForeignTablesAlone()
    {
        REQUIRE_TEST_SERVER();
        Database empty;
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        // Reading never creates.
        auto reading = EventStore::open(empty.url(), EventStore::Access::ReadOnly);
        QVERIFY(!reading);
        QCOMPARE(reading.error().code, Error::Code::NotFound);
        QCOMPARE(empty.exec({QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name = 'events'")}),
                 QString());
        auto opened = EventStore::open(empty.url(), EventStore::Access::ReadWrite);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(opened.value()->isShared());
        QCOMPARE(opened.value()->schemaVersion(), EventStore::kSchemaVersion);

        Database foreign;
        QCOMPARE(foreign.exec({QStringLiteral("CREATE TABLE invoices (id INT)")}), QString());
        auto refused = EventStore::open(foreign.url(), EventStore::Access::ReadWrite);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotAStore);
    }

    void twoDesksSeeEachOtherWithinASecond()
    {
        NEW_TEAM_DATABASE(db);
        QString error;
        auto a = openOr(db.url(), ada(), &error);
        QVERIFY2(a, qPrintable(error));
        auto b = openOr(db.url(), grace(), &error);
        QVERIFY2(b, qPrintable(error));
        const auto ids = tickableIds(a->document(), 2);
        QSignalSpy bChanged(b.get(), &LaunchRecord::itemsChanged);
        // No polling anywhere (startWatching is never called): only the server's NOTIFY tells B.
        QVERIFY(okOr(ChecklistDesk(*a).setDone(ids[0], true), &error));
        QTRY_VERIFY_WITH_TIMEOUT(b->state().isDone(ids[0]), 1000);
        QVERIFY(okOr(ChecklistDesk(*b).setNote(ids[1], QStringLiteral("checked by Grace")), &error));
        QTRY_COMPARE_WITH_TIMEOUT(a->state().note(ids[1]), QStringLiteral("checked by Grace"), 1000);
        QVERIFY(!bChanged.isEmpty());
        QCOMPARE(a->headSeq(), b->headSeq());
        QVERIFY(a->store().verify().intact);
    }

    void aDeskInAnotherProcessIsSeenWithinASecond()
    {
        NEW_TEAM_DATABASE(db);
        QString error;
        auto window = openOr(db.url(), ada(), &error, desk());
        QVERIFY2(window, qPrintable(error));
        const auto ids = tickableIds(window->document(), 1);
        // Grace ticks from her own desk, another process; the window only listens.
        const GoliveRun tick = runGolive({QStringLiteral("tick"), ids[0], QStringLiteral("--db"), db.url(),
                                          QStringLiteral("--as"), QStringLiteral("Grace")});
        QVERIFY2(tick.exitCode == 0, qPrintable(tick.err));
        QTRY_VERIFY_WITH_TIMEOUT(window->state().isDone(ids[0]), 1000);
        const auto history = window->history(ids[0]);
        QVERIFY(history);
        QCOMPARE(history->constLast().actor.name, QStringLiteral("Grace"));
    }

    void fiveDesksInOneProcessOneChain()
    {
        NEW_TEAM_DATABASE(db);
        std::vector<std::unique_ptr<LaunchRecord>> desks;
        QString error;
        for (int i = 0; i < 5; ++i) {
            auto s = openOr(db.url(), Actor::person(QStringLiteral("desk%1").arg(i), QString()), &error, desk());
            QVERIFY2(s, qPrintable(error));
            desks.push_back(std::move(s));
        }
        const auto ids = tickableIds(desks[0]->document(), 20);
        // Every desk ticks its own four items through its writer thread, all at once.
        for (int round = 0; round < 4; ++round) {
            for (int d = 0; d < 5; ++d)
                QVERIFY(okOr(ChecklistDesk(*desks[size_t(d)]).setDone(ids[round * 5 + d], true), &error));
        }
        for (auto &s : desks) {
            for (const QString &id : ids)
                QTRY_VERIFY_WITH_TIMEOUT(s->state().isDone(id), 5000);
        }
        const VerifyResult v = desks[0]->store().verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        const auto events = allEvents(desks[0]->store());
        QCOMPARE(std::count_if(events.begin(), events.end(),
                               [](const AuditEvent &e) { return e.kind == EventKind::ItemTicked; }),
                 20);
        for (auto &s : desks)
            QCOMPARE(s->headSeq(), events.constLast().seq);
    }

    void anOutageIsConfirmedOnceWhicheverDeskIsFirst()
    {
        NEW_TEAM_DATABASE(db);
        QString error;
        std::vector<std::unique_ptr<LaunchRecord>> desks;
        for (int i = 0; i < 3; ++i) {
            auto s = openOr(db.url(), Actor::person(QStringLiteral("desk%1").arg(i), QString()), &error, desk());
            QVERIFY2(s, qPrintable(error));
            desks.push_back(std::move(s));
        }
        // Every desk's monitor saw Milvus go down and confirms it, all at once.
        for (auto &s : desks)
            QVERIFY(okOr(confirm(*s, QStringLiteral("Milvus"), ServiceState::Up, ServiceState::Down,
                                 QStringLiteral("connection refused")),
                         &error));
        for (auto &s : desks)
            QTRY_COMPARE_WITH_TIMEOUT(s->pendingWrites(), 0, 5000);
        auto store = EventStore::open(db.url(), EventStore::Access::ReadOnly);
        QVERIFY(store);
        auto confirmed = store.value()->eventsOfKinds({EventKind::ServiceStateConfirmed});
        QVERIFY(confirmed);
        QCOMPARE(confirmed->size(), 1);
        QCOMPARE(confirmed->at(0).payloadText("reason"), QStringLiteral("connection refused"));
    }

    void fiveProcessesOneChainNothingLost()
    {
        NEW_TEAM_DATABASE(db);
        std::vector<std::unique_ptr<StoreWriter>> writers;
        for (int i = 0; i < 5; ++i) {
            writers.push_back(std::make_unique<StoreWriter>(db.url(), QStringLiteral("desk-%1").arg(i), 100));
            QVERIFY(writers.back()->start());
        }
        QSet<qint64> acknowledged;
        for (auto &w : writers) {
            QVERIFY2(w->waitForFinished() && w->process().exitCode() == 0, w->output().constData());
            for (qint64 seq : w->acked())
                acknowledged.insert(seq);
        }
        QCOMPARE(acknowledged.size(), 500);
        auto store = EventStore::open(db.url(), EventStore::Access::ReadOnly);
        QVERIFY(store);
        const VerifyResult v = store.value()->verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, 500);
        for (const AuditEvent &e : allEvents(*store.value()))
            QVERIFY(acknowledged.contains(e.seq));
    }

    void serverRestartedInTheMiddleOfAppends()
    {
        if (!PgTestSupport::Cluster::available())
            QSKIP("PostgreSQL is not installed (scripts/test.sh installs it)");
        PgTestSupport::Cluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.log()));
        Database db(cluster.port());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QString error;
        auto window = openOr(db.url(), ada(), &error, desk());
        QVERIFY2(window, qPrintable(error));
        QSignalSpy connectivity(window.get(), &LaunchRecord::connectivityChanged);
        const auto ids = tickableIds(window->document(), 30);
        StoreWriter writer(db.url(), QStringLiteral("ci-bot")); // appends until the server goes
        QVERIFY(writer.start());
        QVERIFY(writer.waitFor("ACK"));

        for (int i = 0; i < 10; ++i)
            QVERIFY(okOr(ChecklistDesk(*window).setDone(ids[i], true), &error));
        QTRY_VERIFY_WITH_TIMEOUT(window->state().isDone(ids[9]), 5000);
        QVERIFY2(cluster.stop(), qPrintable(cluster.log()));
        // The desk says so at once and keeps working: the changes wait in its outbox.
        QTRY_VERIFY_WITH_TIMEOUT(!window->isOnline(), 5000);
        for (int i = 10; i < 30; ++i)
            QVERIFY(okOr(ChecklistDesk(*window).setDone(ids[i], true), &error));
        QTRY_COMPARE_WITH_TIMEOUT(window->notYetShared().size(), 20, 5000);
        QVERIFY(window->view().isDone(ids[29]));
        QVERIFY(window->isNotYetShared(ids[29]));
        // The writer stops with an error while the server is away; what it acknowledged counts.
        writer.waitForFinished(); // false when it ended before we asked
        QCOMPARE(writer.process().state(), QProcess::NotRunning);
        QVERIFY2(writer.output().contains("ERROR"), writer.output().right(300).constData());
        const QVector<qint64> acked = writer.acked();
        QVERIFY(!acked.isEmpty());

        QVERIFY2(cluster.start(), qPrintable(cluster.log()));
        QTRY_VERIFY_WITH_TIMEOUT(window->isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->notYetShared().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->state().isDone(ids[29]), 5000);
        QVERIFY(!window->isNotYetShared(ids[29]));
        QVERIFY(connectivity.size() >= 2);

        auto store = EventStore::open(db.url(), EventStore::Access::ReadOnly);
        QVERIFY(store);
        const VerifyResult v = store.value()->verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QHash<qint64, AuditEvent> bySeq;
        QStringList offlineOrder;
        for (const AuditEvent &e : allEvents(*store.value())) {
            bySeq.insert(e.seq, e);
            if (e.payload.contains(QLatin1String("offline")))
                offlineOrder.append(e.item());
        }
        for (qint64 seq : acked) // no acknowledged event is lost
            QVERIFY(bySeq.value(seq).actor.name == QLatin1String("ci-bot"));
        // Shared in the order they were made, each marked as made offline.
        QCOMPARE(offlineOrder, QStringList(ids.begin() + 10, ids.end()));
    }

    void outboxCollisionIsShownAndBothStay()
    {
        NEW_TEAM_DATABASE(db);
        PgTestSupport::CutOffDesks desks(db);
        QVERIFY2(desks.ok(), qPrintable(desks.error));
        auto &[relay, error, adaDesk, graceDesk] = desks; // the opening's error is the test's from here on
        const auto ids = tickableIds(adaDesk->document(), 3);
        QSignalSpy collisions(adaDesk.get(), &LaunchRecord::collisionsFound);

        relay.cut();
        QTRY_VERIFY_WITH_TIMEOUT(!adaDesk->isOnline(), 5000);
        QVERIFY(!adaDesk->offlineReason().isEmpty());
        QVERIFY(okOr(ChecklistDesk(*adaDesk).setDone(ids[0], true), &error)); // will collide
        QVERIFY(okOr(ChecklistDesk(*adaDesk).setDone(ids[2], true), &error)); // nobody else touches it
        QTRY_VERIFY_WITH_TIMEOUT(!adaDesk->notYetShared().isEmpty(), 5000);
        // Meanwhile Grace ticks the same item.
        QVERIFY(okOr(ChecklistDesk(*graceDesk).setDone(ids[0], true), &error));
        const qint64 graceSeq = graceDesk->headSeq();

        QVERIFY(relay.restore());
        QTRY_VERIFY_WITH_TIMEOUT(adaDesk->isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(adaDesk->notYetShared().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(collisions.size(), 1, 10000);
        const auto met = collisions.at(0).at(0).value<QVector<AuditEvent>>();
        QCOMPARE(met.size(), 1);
        QCOMPARE(met.at(0).item(), ids[0]);
        QCOMPARE(met.at(0).payload.value(QLatin1String("collidesWith")).toInteger(), graceSeq);
        // Both stay in the record: Grace's tick and Ada's, after it, made offline.
        const auto history = graceDesk->history(ids[0]);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).actor.name, QStringLiteral("Grace"));
        QCOMPARE(history->at(1).actor.name, QStringLiteral("Ada"));
        QVERIFY(history->at(1).payload.contains(QLatin1String("offline")));
        QVERIFY(graceDesk->store().verify().intact);
    }

    void noSignatureWhileTheRecordIsAway()
    {
        // A signature covers the record as it stands: a desk cut off from it cannot know that.
        NEW_TEAM_DATABASE(db);
        PgTestSupport::Relay relay(quint16(PgTestSupport::serverPort().toUInt()));
        QString error;
        auto adaDesk = openOr(db.url(QStringLiteral("postgres"), relay.port()), ada(), &error, desk());
        QVERIFY2(adaDesk, qPrintable(error));
        SignOffDesk signOff(adaDesk.get());
        QVERIFY(!signOff.roles().isEmpty());
        relay.cut();
        QTRY_VERIFY_WITH_TIMEOUT(!adaDesk->isOnline(), 5000);
        const Status refused =
            signOff.sign(SignOffTestSupport::requestFor(signOff, signOff.roles().constFirst(), QStringLiteral("Ada")));
        QCOMPARE(refused.code(), Error::Code::Unreachable);
        QVERIFY(adaDesk->notYetShared().isEmpty()); // nothing waits to be appended later either
    }

    void outboxOutlivesTheDeskAndSyncSharesIt()
    {
        NEW_TEAM_DATABASE(db);
        auto relay = std::make_unique<PgTestSupport::Relay>(quint16(PgTestSupport::serverPort().toUInt()));
        const QString viaRelay = db.url(QStringLiteral("postgres"), relay->port());
        QString error;
        QString id;
        {
            auto adaDesk = openOr(viaRelay, ada(), &error, desk());
            QVERIFY2(adaDesk, qPrintable(error));
            id = tickableIds(adaDesk->document(), 1).at(0);
            relay->cut();
            QTRY_VERIFY_WITH_TIMEOUT(!adaDesk->isOnline(), 5000);
            QVERIFY(okOr(ChecklistDesk(*adaDesk).setDone(id, true), &error));
            QTRY_COMPARE_WITH_TIMEOUT(adaDesk->notYetShared().size(), 1, 5000);
        } // the program ends with the server still away

        // `golive sync --list` shows what waits; with the server still away, sync keeps it.
        const GoliveRun listed =
            runGolive({QStringLiteral("sync"), QStringLiteral("--list"), QStringLiteral("--db"), viaRelay});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(id), qPrintable(listed.out));
        const GoliveRun away = runGolive({QStringLiteral("sync"), QStringLiteral("--db"), viaRelay});
        QCOMPARE(away.exitCode, 1);
        QVERIFY2(away.err.contains(QLatin1String("outbox")), qPrintable(away.err));

        QVERIFY(relay->restore());
        const GoliveRun shared = runGolive({QStringLiteral("sync"), QStringLiteral("--db"), viaRelay});
        QVERIFY2(shared.exitCode == 0, qPrintable(shared.out + shared.err));
        auto check = openOr(db.url(), grace(), &error);
        QVERIFY2(check, qPrintable(error));
        QVERIFY(check->state().isDone(id));
        const GoliveRun again =
            runGolive({QStringLiteral("sync"), QStringLiteral("--list"), QStringLiteral("--db"), viaRelay});
        QVERIFY2(!again.out.contains(id), qPrintable(again.out));
    }

    void aChangeIsNeverSharedTwice()
    {
        // The desk ends after the server committed a shared change but before the outbox let go of
        // it: the next push finds it in the record and does not append it again.
        NEW_TEAM_DATABASE(db);
        QString error;
        auto graceDesk = openOr(db.url(), grace(), &error);
        QVERIFY2(graceDesk, qPrintable(error));
        const QString id = tickableIds(graceDesk->document(), 1).at(0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            auto outbox = Outbox::open(path);
            QVERIFY(outbox);
            QVERIFY(outbox.value()->add(ada(), {ChecklistChanges::ticked(id, true)}, graceDesk->headSeq()));
        }
        QVERIFY(QFile::copy(path, path + QStringLiteral(".before")));
        auto record = EventStore::open(db.url(), EventStore::Access::ReadWrite);
        QVERIFY(record);
        {
            auto outbox = Outbox::open(path);
            const OutboxPush first = outbox.value()->push(*record.value());
            QCOMPARE(first.shared, 1);
            QCOMPARE(first.appended.size(), 1);
            QVERIFY(first.appended.at(0).payload.value(QLatin1String("offline")).isObject());
        }
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(path + QStringLiteral(".before"), path));
        auto outbox = Outbox::open(path);
        QCOMPARE(outbox.value()->count().value(), 1);
        const OutboxPush second = outbox.value()->push(*record.value());
        QCOMPARE(second.shared, 1);          // taken out of the outbox...
        QCOMPARE(second.appended.size(), 0); // ...without appending it again
        QCOMPARE(outbox.value()->count().value(), 0);
        const auto history = graceDesk->history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
    }

    void aConnectionLostAtTheCommitIsLookedForNotGuessed_data()
    {
        using Drop = PgTestSupport::Relay::Drop;
        QTest::addColumn<Drop>("drop");
        QTest::newRow("before the commit") << Drop::BeforeCommit;
        QTest::newRow("committed, answer lost") << Drop::BeforeAnswer;
        QTest::newRow("right after the answer") << Drop::AfterAnswer;
    }

    void aConnectionLostAtTheCommitIsLookedForNotGuessed()
    {
        // The connection breaks at the COMMIT: the command reconnects, looks for its change under
        // the append lock and says what is so. In the record exactly once whatever the server got:
        // found, or appended again; a committed change is never reported as not saved.
        QFETCH(PgTestSupport::Relay::Drop, drop);
        NEW_TEAM_DATABASE(db);
        QString error;
        auto graceDesk = openOr(db.url(), grace(), &error);
        QVERIFY2(graceDesk, qPrintable(error));
        const auto ids = tickableIds(graceDesk->document(), 2);
        QVERIFY(okOr(ChecklistDesk(*graceDesk).setDone(ids[0], true), &error));
        PgTestSupport::Relay relay(quint16(PgTestSupport::serverPort().toUInt()));
        const QString viaRelay = db.url(QStringLiteral("postgres"), relay.port());

        relay.dropAtNextCommit(drop);
        const GoliveRun untick = runGolive({QStringLiteral("untick"), ids[0], QStringLiteral("--db"), viaRelay});
        QCOMPARE(relay.commitsDropped(), 1);
        QVERIFY2(untick.exitCode == 0, qPrintable(untick.out + untick.err));
        QVERIFY2(untick.out.startsWith(QStringLiteral("Unticked: ")), qPrintable(untick.out));

        relay.dropAtNextCommit(drop);
        const GoliveRun tick = runGolive({QStringLiteral("tick"), ids[1], QStringLiteral("--note"),
                                          QStringLiteral("pipeline #17 green"), QStringLiteral("--db"), viaRelay});
        QCOMPARE(relay.commitsDropped(), 2);
        QVERIFY2(tick.exitCode == 0, qPrintable(tick.out + tick.err));
        QVERIFY2(tick.out.startsWith(QStringLiteral("Ticked: ")), qPrintable(tick.out));

        auto store = EventStore::open(db.url(), EventStore::Access::ReadOnly);
        QVERIFY(store);
        QVERIFY(store.value()->verify().intact);
        const auto first = store.value()->eventsFor(ids[0]);
        QVERIFY(first);
        QCOMPARE(first->size(), 2); // Grace's tick, the command's untick
        QCOMPARE(first->at(1).kind, EventKind::ItemUnticked);
        const auto second = store.value()->eventsFor(ids[1]);
        QVERIFY(second);
        QCOMPARE(second->size(), 2); // the tick and its note, once, in one transaction
        QCOMPARE(second->at(0).kind, EventKind::ItemTicked);
        QCOMPARE(second->at(1).kind, EventKind::NoteSet);
        QCOMPARE(second->at(1).seq, second->at(0).seq + 1);
        QCOMPARE(second->at(1).timeUtc, second->at(0).timeUtc);
    }

    void aConnectionLostAtTheCommitFromTheWindowIsNotKeptTwice_data()
    {
        aConnectionLostAtTheCommitIsLookedForNotGuessed_data();
    }

    void aConnectionLostAtTheCommitFromTheWindowIsNotKeptTwice()
    {
        // The window's writer thread: the change is neither reported as failed nor kept in the
        // outbox to be appended again.
        QFETCH(PgTestSupport::Relay::Drop, drop);
        NEW_TEAM_DATABASE(db);
        QString error;
        auto graceDesk = openOr(db.url(), grace(), &error);
        QVERIFY2(graceDesk, qPrintable(error));
        const QString id = tickableIds(graceDesk->document(), 1).at(0);
        PgTestSupport::Relay relay(quint16(PgTestSupport::serverPort().toUInt()));
        auto window = openOr(db.url(QStringLiteral("postgres"), relay.port()), ada(), &error, desk());
        QVERIFY2(window, qPrintable(error));
        QSignalSpy failed(window.get(), &LaunchRecord::writeFailed);

        relay.dropAtNextCommit(drop);
        QVERIFY(okOr(ChecklistDesk(*window).setDone(id, true), &error));
        QTRY_COMPARE_WITH_TIMEOUT(window->pendingWrites(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->state().isDone(id), 5000);
        QCOMPARE(relay.commitsDropped(), 1);
        QTest::qWait(1500); // a heartbeat: an outbox would be pushed now
        QVERIFY(window->notYetShared().isEmpty());
        QCOMPARE(failed.size(), 0);
        const auto history = graceDesk->history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->at(0).payload.contains(QLatin1String("offline")));
    }

    void aCommitThatCannotBeLookedForIsNeitherDeniedNorRepeated()
    {
        // The COMMIT reached the server, its answer did not, and the server cannot be reached again
        // to ask: the command and the window say so (never "nothing was changed"), and the window
        // does not keep the change to append it a second time.
        using Drop = PgTestSupport::Relay::Drop;
        NEW_TEAM_DATABASE(db);
        QString error;
        auto graceDesk = openOr(db.url(), grace(), &error);
        QVERIFY2(graceDesk, qPrintable(error));
        const auto ids = tickableIds(graceDesk->document(), 2);
        PgTestSupport::Relay relay(quint16(PgTestSupport::serverPort().toUInt()));
        const QString viaRelay = db.url(QStringLiteral("postgres"), relay.port());

        relay.dropAtNextCommit(Drop::BeforeAnswer, true);
        const GoliveRun tick = runGolive({QStringLiteral("tick"), ids[0], QStringLiteral("--db"), viaRelay});
        QCOMPARE(relay.commitsDropped(), 1);
        QCOMPARE(tick.exitCode, 1);
        QVERIFY2(tick.err.contains(QLatin1String("whether it was saved"))
                     && !tick.err.contains(QLatin1String("Nothing was changed")),
                 qPrintable(tick.err));
        QVERIFY(relay.restore());

        auto window = openOr(viaRelay, ada(), &error, desk());
        QVERIFY2(window, qPrintable(error));
        QSignalSpy failed(window.get(), &LaunchRecord::writeFailed);
        relay.dropAtNextCommit(Drop::BeforeAnswer, true);
        QVERIFY(okOr(ChecklistDesk(*window).setDone(ids[1], true), &error));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("whether it was saved")),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(window->notYetShared().isEmpty());
        QVERIFY(relay.restore());
        QTRY_VERIFY_WITH_TIMEOUT(window->isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->state().isDone(ids[1]), 10000); // it was committed: it shows
        QTest::qWait(1500);
        for (const QString &id : ids) {
            const auto history = graceDesk->history(id);
            QVERIFY(history);
            QCOMPARE(history->size(), 1);
        }
    }

    void copyBothWaysKeepsTheChain()
    {
        REQUIRE_TEST_SERVER();
        QTemporaryDir dir;
        const QString rehearsal = dir.filePath(QStringLiteral("rehearsal.sqlite"));
        QString error;
        {
            auto local = openOr(rehearsal, ada(), &error);
            QVERIFY2(local, qPrintable(error));
            const auto ids = tickableIds(local->document(), 3);
            QVERIFY(okOr(ChecklistDesk(*local).setDone(ids[0], true), &error));
            QVERIFY(okOr(ChecklistDesk(*local).setNote(ids[1], QStringLiteral("rehearsed")), &error));
            QVERIFY(okOr(ChecklistDesk(*local).setDone(ids[0], false), &error));
        }
        Database db;
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const GoliveRun up =
            runGolive({QStringLiteral("copy"), QStringLiteral("--from"), rehearsal, QStringLiteral("--to"), db.url()});
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        const QString back = dir.filePath(QStringLiteral("back.sqlite"));
        auto down = RecordCopy::copy(db.url(), back);
        QVERIFY2(down, qPrintable(down ? QString() : down.error().message));

        auto a = EventStore::open(rehearsal, EventStore::Access::ReadOnly);
        auto b = EventStore::open(db.url(), EventStore::Access::ReadOnly);
        auto c = EventStore::open(back, EventStore::Access::ReadOnly);
        QVERIFY(a && b && c);
        const auto ea = allEvents(*a.value());
        const auto eb = allEvents(*b.value());
        const auto ec = allEvents(*c.value());
        QCOMPARE(eb.size(), ea.size());
        QCOMPARE(ec.size(), ea.size());
        for (int i = 0; i < ea.size(); ++i) {
            QCOMPARE(eb.at(i).hash, ea.at(i).hash);
            QCOMPARE(ec.at(i).hash, ea.at(i).hash);
        }
        QVERIFY(b.value()->verify().intact);
        QVERIFY(c.value()->verify().intact);
        // The team record opens with the rehearsal's state.
        auto team = openOr(db.url(), grace(), &error);
        QVERIFY2(team, qPrintable(error));
        QCOMPARE(team->state().note(tickableIds(team->document(), 2).at(1)), QStringLiteral("rehearsed"));

        // Never into a record that has events: nothing is overwritten.
        const GoliveRun again =
            runGolive({QStringLiteral("copy"), QStringLiteral("--from"), rehearsal, QStringLiteral("--to"), db.url()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds")), qPrintable(again.err));
        QCOMPARE(allEvents(*b.value()).size(), ea.size());
    }

    void tamperingOnTheServerIsFound()
    {
        NEW_TEAM_DATABASE(db);
        QString error;
        QString untouched;
        {
            auto s = openOr(db.url(), ada(), &error);
            QVERIFY2(s, qPrintable(error));
            const auto ids = tickableIds(s->document(), 3);
            QVERIFY(okOr(ChecklistDesk(*s).setDone(ids[0], true), &error));
            QVERIFY(okOr(ChecklistDesk(*s).setDone(ids[1], true), &error));
            untouched = ids[2];
        }
        const GoliveRun clean = runGolive({QStringLiteral("verify"), QStringLiteral("--db"), db.url()});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        // The server itself refuses an edit...
        QVERIFY(!db.exec({QStringLiteral("UPDATE events SET actor = 'Mallory' WHERE seq = 2")}).isEmpty());
        QVERIFY(!db.exec({QStringLiteral("DELETE FROM events WHERE seq = 2")}).isEmpty());
        // ...and an owner who goes around that is found by verify.
        QCOMPARE(db.exec({QStringLiteral("ALTER TABLE events DISABLE TRIGGER events_append_only"),
                          QStringLiteral("UPDATE events SET actor = 'Mallory' WHERE seq = 2")}),
                 QString());
        const GoliveRun broken = runGolive({QStringLiteral("verify"), QStringLiteral("--db"), db.url()});
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains(QLatin1String("#2")), qPrintable(broken.err));
        // Nothing is appended onto it from the command line; what reads it says it is damaged.
        auto store = EventStore::open(db.url(), EventStore::Access::ReadOnly);
        QVERIFY(store);
        const qint64 before = head(*store.value());
        const GoliveRun tick = runGolive({QStringLiteral("tick"), untouched, QStringLiteral("--db"), db.url()});
        QCOMPARE(tick.exitCode, 3);
        QVERIFY2(tick.err.contains(QLatin1String("#2")) && tick.err.contains(db.name()), qPrintable(tick.err));
        const GoliveRun exported = runGolive({QStringLiteral("export"), QStringLiteral("--db"), db.url()});
        QCOMPARE(exported.exitCode, 3);
        QVERIFY(!exported.out.isEmpty());
        QVERIFY2(exported.err.contains(QLatin1String("does not verify")), qPrintable(exported.err));
        // What a desk made offline waits in its outbox instead of going onto a broken chain.
        const QString outboxPath =
            DeskFiles::localFileFor(RecordLocation::parse(db.url()).value(), QStringLiteral(".outbox.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(outboxPath).absolutePath()));
        {
            auto outbox = Outbox::open(outboxPath);
            QVERIFY(outbox);
            QVERIFY(outbox.value()->add(ada(), {ChecklistChanges::ticked(untouched, true)}, before));
        }
        const GoliveRun sync = runGolive({QStringLiteral("sync"), QStringLiteral("--db"), db.url()});
        QCOMPARE(sync.exitCode, 3);
        QVERIFY2(sync.err.contains(QLatin1String("#2")) && sync.err.contains(QLatin1String("outbox")),
                 qPrintable(sync.err));
        QCOMPARE(Outbox::open(outboxPath).value()->count().value(), 1);
        QCOMPARE(head(*store.value()), before);
    }

    void databaseRoleDecidesWhoMayWrite()
    {
        NEW_TEAM_DATABASE(db);
        QString error;
        auto owner = openOr(db.url(), ada(), &error);
        QVERIFY2(owner, qPrintable(error));
        const QString reader = QStringLiteral("observer_") + db.name().right(6);
        QCOMPARE(db.exec({QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader),
                          QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)}),
                 QString());
        auto observer = openOr(db.url(reader), grace(), &error);
        QVERIFY2(observer, qPrintable(error));
        const QString id = tickableIds(observer->document(), 1).at(0);
        const Status refused = ChecklistDesk(*observer).setDone(id, true);
        QCOMPARE(refused.code(), Error::Code::Forbidden);
        QVERIFY2(refused.message().contains(db.name()), qPrintable(refused.message()));
        QVERIFY(!owner->state().isDone(id));
        // What the observer may do, it does: read and follow the others.
        QVERIFY(okOr(ChecklistDesk(*owner).setDone(id, true), &error));
        QTRY_VERIFY_WITH_TIMEOUT(observer->state().isDone(id), 1000);
        db.exec({QStringLiteral("DROP OWNED BY %1").arg(reader)});
        PgTestSupport::superuserExec(PgTestSupport::serverPort(), QStringLiteral("postgres"),
                                     {QStringLiteral("DROP ROLE IF EXISTS %1").arg(reader)});
    }
};

QTEST_GUILESS_MAIN(TestTeamRecord)
#include "tst_teamrecord.moc"
