// The typed launch record: the canonical form the chain covers, conditional appends, and
// tampering with every table of the store (events, templates, current_values, meta) found and
// named, as a person with the file and any SQLite tool would try it (triggers dropped first).
#include "models/record/TrailExport.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/MaintenanceDesk.h"
#include "models/session/OperatorProfile.h"
#include "tests/RawDb.h"
#include "tests/StoreTestSupport.h"
#include "tests/TempStore.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;
using namespace StoreTest;

class TestLaunchRecord : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempStore m_dir{QStringLiteral("record-%1.sqlite")};

    QString freshPath() { return m_dir.freshPath(); }

    // The seed imported, two ticks, a note, a field, T0, an outage and its end, a maintenance window.
    QString launchRecord()
    {
        const QString path = freshPath();
        auto session = openSession(path, ada());
        if (!session)
            qFatal("cannot create %s", qPrintable(path));
        const ChecklistDocument *doc = session->document();
        const QString e2e = idOf(doc, QStringLiteral("E2E Tests Passed"));
        QString error;
        bool ok = okOr(ChecklistDesk(*session).setDone(e2e, true), &error)
            && okOr(ChecklistDesk(*session).setDone(idOf(doc, QStringLiteral("Staging Environment Verified")), true),
                    &error)
            && okOr(ChecklistDesk(*session).setNote(e2e, QStringLiteral("pipeline #4711")), &error)
            && okOr(ChecklistDesk(*session).setField(idOf(doc, QStringLiteral("Query response time")),
                                                     QStringLiteral("f0"), QStringLiteral("120")),
                    &error)
            && okOr(session->recordOne(LaunchTiming::planned(QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC))),
                    &error)
            && okOr(confirm(*session, QStringLiteral("Milvus"), ServiceState::Pending, ServiceState::Down,
                            QStringLiteral("connection refused")),
                    &error)
            && okOr(confirm(*session, QStringLiteral("Milvus"), ServiceState::Down, ServiceState::Up,
                            QStringLiteral("HTTP 200 in 12 ms")),
                    &error)
            && okOr(session->recordOne(OutageLog::maintenanceAdded(
                        QStringLiteral("Milvus"), QDateTime(QDate(2026, 12, 4), QTime(1, 0), Qt::UTC),
                        QDateTime(QDate(2026, 12, 4), QTime(2, 0), Qt::UTC), QStringLiteral("index rebuild"))),
                    &error);
        if (!ok)
            qFatal("cannot fill %s: %s", qPrintable(path), qPrintable(error));
        return path;
    }

    static VerifyResult verifyAt(const QString &path)
    {
        Error error;
        auto store = openStore(path, EventStore::Access::ReadOnly, &error);
        if (!store) {
            VerifyResult r;
            r.reason = error.message;
            return r;
        }
        return store->verify();
    }

    static QString tamper(const QString &path, const QString &statement)
    {
        RawDb raw(path);
        for (const QString &sql : {QStringLiteral("DROP TRIGGER events_no_update"),
                                   QStringLiteral("DROP TRIGGER events_no_delete"), statement}) {
            if (const QString problem = raw.exec(sql); !problem.isEmpty())
                return sql + QStringLiteral(": ") + problem;
        }
        return {};
    }

    static qint64 seqOf(const QString &path, EventKind kind)
    {
        Error error;
        auto store = openStore(path, EventStore::Access::ReadOnly, &error);
        for (const AuditEvent &e : allEventsOf(*store)) {
            if (e.kind == kind)
                return e.seq;
        }
        return 0;
    }

private slots:
    // Maintenance windows go into the record through their desk; a window that ends before it
    // starts is refused and records nothing.
    void maintenanceDeskAddsAndRemovesWindows()
    {
        auto session = openSession(freshPath(), ada());
        QVERIFY(session);
        MaintenanceDesk desk(*session);
        const QDateTime from(QDate(2026, 12, 3), QTime(20, 0), Qt::UTC);
        const qint64 head = session->headSeq();
        const Status backwards = desk.add(QStringLiteral("db"), from, from.addSecs(-60), QStringLiteral("no"));
        QVERIFY(!backwards);
        QCOMPARE(backwards.code(), Error::Code::Invalid);
        QCOMPARE(session->headSeq(), head);
        QString error;
        QVERIFY(
            okOr(desk.add(QStringLiteral("db"), from, from.addSecs(3600), QStringLiteral("index rebuild")), &error));
        QCOMPARE(session->headSeq(), head + 1);
        const QVector<MaintenanceWindow> windows = session->outages().maintenanceWindows();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.first().note, QStringLiteral("index rebuild"));
        const AuditEvent added = allEventsOf(session->store()).constLast();
        QCOMPARE(added.kind, EventKind::MaintenanceAdded);
        QCOMPARE(added.actor.name, ada().name);
        const QString windowId = added.payloadText("id");
        QVERIFY(!windowId.isEmpty());
        QVERIFY(okOr(desk.remove(windowId), &error));
        QVERIFY(okOr(desk.remove(windowId), &error)); // removed once only
        QCOMPARE(session->headSeq(), head + 2);
        QVERIFY(session->outages().maintenanceWindows().isEmpty());
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyKindIsNamedAndIndexed()
    {
        const QString path = launchRecord();
        QVERIFY2(verifyAt(path).intact, qPrintable(verifyAt(path).reason));
        Error error;
        auto store = openStore(path, EventStore::Access::ReadOnly, &error);
        const auto events = allEventsOf(*store);
        QVector<EventKind> kinds;
        for (const AuditEvent &e : events)
            kinds.append(e.kind);
        QCOMPARE(kinds,
                 (QVector<EventKind>{EventKind::TemplateImported, EventKind::ItemTicked, EventKind::ItemTicked,
                                     EventKind::NoteSet, EventKind::FieldSet, EventKind::T0Planned,
                                     EventKind::ServiceStateConfirmed, EventKind::ServiceStateConfirmed,
                                     EventKind::MaintenanceAdded}));
        QCOMPARE(events.at(0).actor, LaunchRecord::importer()); // the first start's checklist: the program's
        QCOMPARE(events.at(1).actor.kind, Actor::Kind::Person);
        QCOMPARE(events.at(6).actor.kind, Actor::Kind::System);
        QCOMPARE(events.at(6).payloadText("state"), QStringLiteral("DOWN"));
        QCOMPARE(events.at(7).payloadText("previous"), QStringLiteral("DOWN"));
        for (EventKind k : kinds)
            QCOMPARE(eventKindFromName(eventKindName(k)), std::optional<EventKind>(k));
        QCOMPARE(eventKindFromName(QStringLiteral("item.exploded")), std::nullopt);
        // The import event carries the SHA-256 of the exact template text the store holds.
        const auto tmpl = store->loadTemplate(events.at(0).payloadText("sha256"));
        QVERIFY(tmpl);
        QCOMPARE(StoredTemplate::hashOf(tmpl->markdown), events.at(0).payloadText("sha256"));
    }

    void canonicalFormIsWhatTheHashCovers()
    {
        AuditEvent e;
        e.seq = 7;
        e.timeUtc = QStringLiteral("2026-12-03T18:00:00.000Z");
        e.actor = Actor::program(QStringLiteral("ci-bot"), QStringLiteral("Platform Lead"));
        e.kind = EventKind::FieldSet;
        e.payload = {{QStringLiteral("value"), QStringLiteral("42 \"ms\" ✓")},
                     {QStringLiteral("item"), QStringLiteral("abc")},
                     {QStringLiteral("field"), QStringLiteral("f0")},
                     {QStringLiteral("previous"), QString()}};
        e.prevHash = QStringLiteral("00ff");
        const QByteArray expected =
            QByteArrayLiteral("{\"actor\":{\"kind\":\"program\",\"name\":\"ci-bot\",\"role\":\"Platform "
                              "Lead\"},\"kind\":\"item.field_set\","
                              "\"payload\":{\"field\":\"f0\",\"item\":\"abc\",\"previous\":\"\",\"value\":\"42 "
                              "\\\"ms\\\" \xE2\x9C\x93\"},"
                              "\"prev\":\"00ff\",\"seq\":7,\"time\":\"2026-12-03T18:00:00.000Z\"}");
        QCOMPARE(canonicalBytes(e), expected);
        QCOMPARE(computeEventHash(e),
                 QString::fromLatin1(QCryptographicHash::hash(QByteArray(QByteArray("golive-event-v2\n") + expected),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
    }

    void trailExportRehashes()
    {
        const QString path = launchRecord();
        Error error;
        auto store = openStore(path, EventStore::Access::ReadOnly, &error);
        const auto trail = exportTrail(*store);
        QVERIFY(trail);
        const QList<QByteArray> lines = trail->trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        QString prev;
        for (const QByteArray &line : lines) {
            QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString hash = o.take(QStringLiteral("hash")).toString();
            QCOMPARE(o.take(QStringLiteral("format")).toInt(), 2);
            QCOMPARE(o.value(QStringLiteral("prev")).toString(), prev);
            const QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
            QCOMPARE(
                QString::fromLatin1(QCryptographicHash::hash(QByteArray(QByteArray("golive-event-v2\n") + canonical),
                                                             QCryptographicHash::Sha256)
                                        .toHex()),
                hash);
            prev = hash;
        }
    }

    void conditionsDecideInsideTheTransaction()
    {
        const QString path = freshPath();
        Error error;
        auto one = openStore(path, EventStore::Access::ReadWrite, &error);
        auto two = openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY(one && two);
        auto down = [](const QString &service) {
            EventDraft d = EventDraft::of(
                EventKind::ServiceStateConfirmed,
                {{QStringLiteral("service"), service}, {QStringLiteral("state"), QStringLiteral("DOWN")}},
                EventDraft::Condition::IfChanged);
            return d;
        };
        auto up = [](const QString &service) {
            EventDraft d =
                EventDraft::of(EventKind::ServiceStateConfirmed,
                               {{QStringLiteral("service"), service}, {QStringLiteral("state"), QStringLiteral("UP")}},
                               EventDraft::Condition::IfCurrentIs);
            d.currentIs = {QStringLiteral("DOWN")};
            return d;
        };
        const Actor system = Actor::system();
        QVector<AuditEvent> written;
        // Two monitors confirm the same outage: it is recorded once.
        QVERIFY(appendOr(*one, system, {down(QStringLiteral("n8n"))}, &written, &error));
        QCOMPARE(written.size(), 1);
        QVERIFY(appendOr(*two, system, {down(QStringLiteral("n8n"))}, &written, &error));
        QCOMPARE(written.size(), 0);
        // Back UP closes it once; an UP with no outage open is no event.
        QVERIFY(appendOr(*two, system, {up(QStringLiteral("n8n"))}, &written, &error));
        QCOMPARE(written.size(), 1);
        QVERIFY(appendOr(*one, system, {up(QStringLiteral("n8n"))}, &written, &error));
        QCOMPARE(written.size(), 0);
        QVERIFY(appendOr(*one, system, {up(QStringLiteral("Milvus"))}, &written, &error));
        QCOMPARE(written.size(), 0);
        QCOMPARE(headOr(*one, &error), 2);
        QVERIFY(one->verify().intact);
    }

    void outagesProjection()
    {
        const QString path = launchRecord();
        auto session = openSession(path, ada());
        QVERIFY(session);
        const OutageLog &log = session->outages();
        QCOMPARE(log.outages().size(), 1);
        QCOMPARE(log.outages().first().service, QStringLiteral("Milvus"));
        QCOMPARE(log.outages().first().reason, QStringLiteral("connection refused"));
        QVERIFY(log.outages().first().up.isValid());
        QCOMPARE(log.confirmedState(QStringLiteral("Milvus")), QStringLiteral("UP"));
        QCOMPARE(log.maintenanceWindows().size(), 1);
        QCOMPARE(log.maintenanceWindows().first().note, QStringLiteral("index rebuild"));
        QCOMPARE(session->timing().planned(), QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC));
        QVERIFY(!session->timing().recorded().isValid());
        // Correcting is a new event; the projection follows the last one.
        QString error;
        QVERIFY(okOr(session->recordOne(LaunchTiming::planned(QDateTime(QDate(2026, 12, 3), QTime(19, 0), Qt::UTC))),
                     &error));
        QVERIFY(okOr(session->recordOne(LaunchTiming::recorded(QDateTime(QDate(2026, 12, 3), QTime(19, 5), Qt::UTC))),
                     &error));
        QCOMPARE(session->timing().t0(), QDateTime(QDate(2026, 12, 3), QTime(19, 5), Qt::UTC));
        // A pending blip that recovered is not an outage.
        QVERIFY(okOr(confirm(*session, QStringLiteral("n8n"), ServiceState::Up, ServiceState::Pending,
                             QStringLiteral("timeout")),
                     &error));
        QVERIFY(okOr(
            confirm(*session, QStringLiteral("n8n"), ServiceState::Pending, ServiceState::Up, QStringLiteral("ok")),
            &error));
        QCOMPARE(session->outages().outages().size(), 1);
        // Removing a window is an event too; removing it twice records nothing more.
        const qint64 head = session->headSeq();
        Error storeError;
        auto store = openStore(path, EventStore::Access::ReadOnly, &storeError);
        QString windowId;
        for (const AuditEvent &e : allEventsOf(*store))
            if (e.kind == EventKind::MaintenanceAdded)
                windowId = e.payloadText("id");
        QVERIFY(!windowId.isEmpty());
        QVERIFY(okOr(session->record({OutageLog::maintenanceRemoved(windowId)}), &error));
        QVERIFY(okOr(session->record({OutageLog::maintenanceRemoved(windowId)}), &error));
        QCOMPARE(session->headSeq(), head + 1);
        QVERIFY(session->outages().maintenanceWindows().isEmpty());
    }

    void tamperingWithEachTableIsNamed_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("kindOfBadEvent"); // -1: the last event; otherwise an EventKind
        QTest::addColumn<QString>("mentions");
        QTest::newRow("template text reworded")
            << "UPDATE templates SET markdown = replace(markdown, 'E2E Tests Passed', 'E2E Tests Skipped')"
            << int(EventKind::TemplateImported) << "template";
        QTest::newRow("template text and its hash replaced")
            << "UPDATE templates SET sha256 = 'feed', markdown = 'x'" << int(EventKind::TemplateImported) << "missing";
        QTest::newRow("template deleted") << "DELETE FROM templates" << int(EventKind::TemplateImported) << "missing";
        QTest::newRow("payload edited")
            << "UPDATE events SET payload = replace(payload, '120', '90') WHERE action = 'item.field_set'"
            << int(EventKind::FieldSet) << "changed after";
        QTest::newRow("index column edited") << "UPDATE events SET new_value = '90' WHERE action = 'item.field_set'"
                                             << int(EventKind::FieldSet) << "index";
        QTest::newRow("actor kind edited")
            << "UPDATE events SET actor_kind = 'person' WHERE action = 'service.state_confirmed'"
            << int(EventKind::ServiceStateConfirmed) << "changed after";
        QTest::newRow("kind edited") << "UPDATE events SET action = 'item.unticked' WHERE action = 'item.ticked'"
                                     << int(EventKind::ItemTicked) << "changed after";
        QTest::newRow("previous value edited")
            << "UPDATE events SET old_value = 'UP' WHERE action = 'service.state_confirmed' AND new_value = 'DOWN'"
            << int(EventKind::ServiceStateConfirmed) << "previous";
        QTest::newRow("shown state edited") << "UPDATE current_values SET value = 'false' WHERE slot = 'done'"
                                            << int(EventKind::ItemTicked) << "shown state";
        QTest::newRow("head moved") << "UPDATE meta SET value = 'beef' WHERE key = 'head_hash'" << -1 << "head";
    }

    void tamperingWithEachTableIsNamed()
    {
        QFETCH(QString, statement);
        QFETCH(int, kindOfBadEvent);
        QFETCH(QString, mentions);
        const QString path = launchRecord();
        const qint64 expectedSeq = kindOfBadEvent < 0 ? 9 : seqOf(path, EventKind(kindOfBadEvent));
        const QString problem = tamper(path, statement);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QVERIFY2(v.reason.contains(mentions), qPrintable(v.reason));
        if (statement.contains(QLatin1String("current_values")))
            QVERIFY(v.firstBadSeq > 0);
        else
            QCOMPARE(v.firstBadSeq, expectedSeq);
    }

    // Issue #15: nothing is recorded for a person who has not named themselves. The embedded
    // checklist a first start imports is the program's; a change by nobody is refused.
    void nobodyNamedRecordsNothing()
    {
        const QString path = freshPath();
        QString error;
        auto session = openOr(path, Actor::person(QString(), QString()), &error);
        QVERIFY2(session, qPrintable(error));
        QVector<AuditEvent> events = allEvents(session->store());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, EventKind::TemplateImported);
        QCOMPARE(events.first().actor.kind, Actor::Kind::System);
        QCOMPARE(events.first().actor.name, QStringLiteral("Go-Live Control"));
        const QString id = tickableIds(session->document(), 1).first();
        const Status refused = ChecklistDesk(*session).setDone(id, !session->state().isDone(id));
        QCOMPARE(refused.code(), Error::Code::Refused);
        QCOMPARE(head(session->store()), qint64(1));
        // A program without a name neither.
        const Actor nameless = Actor::program(QString());
        QCOMPARE(session->record({LaunchTiming::recorded(QDateTime::currentDateTimeUtc())}, &nameless).code(),
                 Error::Code::Refused);
        QCOMPARE(head(session->store()), qint64(1));
        // Named, the same change is recorded as theirs.
        session->setActor(ada());
        QVERIFY2(okOr(ChecklistDesk(*session).setDone(id, !session->state().isDone(id)), &error), qPrintable(error));
        events = allEvents(session->store());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().actor, ada());
        QVERIFY(session->store().verify().intact);
        // A name an earlier version offered as a placeholder is nobody's: asked again.
        QStandardPaths::setTestModeEnabled(true); // settings of the test's own, not the user's
        {
            QSettings settings;
            settings.setValue(QStringLiteral("operator/name"), QStringLiteral("unknown"));
        }
        QVERIFY(OperatorProfile::load().name.isEmpty());
        QSettings().remove(QStringLiteral("operator"));
    }

    void byteOrderMarkIsNotPartOfTheText()
    {
        // A template saved by an editor that writes a BOM (and CRLF) imports, reopens and verifies.
        const QByteArray bytes("\xEF\xBB\xBF# With a mark\r\n\r\n- [ ] **Task one**\r\n- [ ] Task two\r\n");
        TemplateFile file;
        QString error;
        QVERIFY2(templateOr(TemplateFile::fromMarkdown(QStringLiteral("bom.md"), bytes), &file, &error),
                 qPrintable(error));
        QCOMPARE(file.sha256, StoredTemplate::hashOf(file.markdown));
        const QString path = freshPath();
        {
            LaunchRecord::OpenOptions options;
            options.importDefault = false;
            auto session = openOr(path, ada(), &error, options);
            QVERIFY(session);
            QVERIFY(okOr(ChecklistDesk(*session).applyImport(ChecklistDesk(*session).planImport(file), false), &error));
        }
        QVERIFY(openSession(path, ada()));
        QVERIFY2(verifyAt(path).intact, qPrintable(verifyAt(path).reason));
        // Stores from before hashed the file's bytes, mark included: still the same text.
        const QString legacySha =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(StoredTemplate::matches(legacySha, file.markdown));
        QVERIFY(!StoredTemplate::matches(legacySha, file.markdown + QLatin1Char(' ')));
    }

    void editedTemplateIsNotShownAsTheChecklist()
    {
        // The user's report: a title changed in templates.markdown showed the tick as gone.
        const QString path = launchRecord();
        QVERIFY(tamper(path,
                       QStringLiteral("UPDATE templates SET markdown = replace(markdown, 'E2E Tests Passed', "
                                      "'E2E Tests Skipped')"))
                    .isEmpty());
        QString error;
        QVERIFY(!openOr(path, ada(), &error));
        QVERIFY2(error.contains(QStringLiteral("changed after it was imported")) && error.contains(path),
                 qPrintable(error));
    }

    void failedCheckStopsTheWindowWriting()
    {
        const QString path = launchRecord();
        QString error;
        LaunchRecord::OpenOptions options;
        options.deferIntegrityCheck = true;
        auto session = openOr(path, ada(), &error, options);
        QVERIFY(session);
        // Someone edits a value behind the program's back while it is open.
        QVERIFY(tamper(path, QStringLiteral("UPDATE events SET new_value = '90' WHERE action = 'item.field_set'"))
                    .isEmpty());
        QSignalSpy verified(session.get(), &LaunchRecord::verified);
        session->startVerify();
        QVERIFY(verified.wait(10000));
        QVERIFY(!verified.first().first().value<VerifyResult>().intact);
        const QString staging = idOf(session->document(), QStringLiteral("Staging Environment Verified"));
        const Status s = ChecklistDesk(*session).setDone(staging, false);
        QVERIFY(!s);
        QCOMPARE(s.code(), Error::Code::Refused);
        QVERIFY2(s.message().contains(QStringLiteral("check failed")), qPrintable(s.message()));
        QVERIFY(session->state().isDone(staging));
    }

    // tests/data/schema2-store.sqlite was written by the Go-Live Control before the record was
    // typed (commit ab7d7b4's `golive tick`/`untick` with notes, by ci-bot, Ada and Grace).
    QString schema2Copy()
    {
        const QString path = freshPath();
        if (!QFile::copy(dataPath("schema2-store.sqlite"), path))
            qFatal("cannot copy the schema-2 fixture");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    void schema2StoreIsReadAsItIs()
    {
        const QString path = schema2Copy();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        Error error;
        {
            auto store = openStore(path, EventStore::Access::ReadOnly, &error);
            QVERIFY2(store, qPrintable(error.message));
            QCOMPARE(store->schemaVersion(), 2);
            const VerifyResult v = store->verify();
            QVERIFY2(v.intact, qPrintable(v.reason));
            QCOMPARE(v.eventCount, 7);
            const auto events = allEventsOf(*store);
            QCOMPARE(events.at(0).kind, EventKind::TemplateImported);
            QCOMPARE(events.at(1).kind, EventKind::ItemTicked);
            QCOMPARE(events.at(1).actor.name, QStringLiteral("ci-bot"));
            QCOMPARE(events.at(2).kind, EventKind::NoteSet);
            QCOMPARE(events.at(2).payloadText("note"), QStringLiteral("pipeline #4711 green"));
            QCOMPARE(events.at(6).kind, EventKind::ItemUnticked);
            QCOMPARE(events.at(6).format, 1);
        }
        // A reading session (export) shows the old state and changes nothing.
        LaunchRecord::OpenOptions readOnly;
        readOnly.readOnly = true;
        QString message;
        {
            auto session = openOr(path, ada(), &message, readOnly);
            QVERIFY2(session, qPrintable(message));
            const ChecklistDocument *doc = session->document();
            QVERIFY(session->state().isDone(idOf(doc, QStringLiteral("E2E Tests Passed"))));
            QVERIFY(!session->state().isDone(idOf(doc, QStringLiteral("Staging Environment Verified"))));
            QCOMPARE(session->state().note(idOf(doc, QStringLiteral("Production Database Setup"))),
                     QStringLiteral("Grace's note: ✓ ünïcode"));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void schema2StoreMigratesAndItsChainGoesOn()
    {
        const QString path = schema2Copy();
        Error error;
        QString lastLegacyHash;
        {
            auto store = openStore(path, EventStore::Access::ReadWrite, &error);
            QVERIFY2(store, qPrintable(error.message));
            QCOMPARE(store->schemaVersion(), EventStore::kSchemaVersion);
            const VerifyResult v = store->verify();
            QVERIFY2(v.intact, qPrintable(v.reason));
            QCOMPARE(v.eventCount, 7);
            lastLegacyHash = allEventsOf(*store).constLast().hash;
        }
        auto session = openSession(path, grace());
        QVERIFY(session);
        const ChecklistDocument *doc = session->document();
        const QString staging = idOf(doc, QStringLiteral("Staging Environment Verified"));
        QVERIFY(!session->state().isDone(staging));
        QString message;
        QVERIFY(okOr(ChecklistDesk(*session).setDone(staging, true), &message));
        QVERIFY(okOr(session->recordOne(LaunchTiming::recorded(QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC))),
                     &message));
        const auto events = allEvents(session->store());
        QCOMPARE(events.size(), 9);
        QCOMPARE(events.at(7).format, 2);
        QCOMPARE(events.at(7).prevHash, lastLegacyHash);
        const VerifyResult v = session->store().verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, 9);
        // Tampering with a migrated legacy row is still found at that row.
        session.reset();
        QVERIFY(tamper(path, QStringLiteral("UPDATE events SET actor = 'Mallory' WHERE seq = 4")).isEmpty());
        QCOMPARE(verifyAt(path).firstBadSeq, 4);
    }

    void asyncWritesCommitBeforeTheyShow()
    {
        const QString path = freshPath();
        QString error;
        LaunchRecord::OpenOptions options;
        options.asyncWrites = true;
        auto session = openOr(path, ada(), &error, options);
        QVERIFY(session);
        const QString e2e = idOf(session->document(), QStringLiteral("E2E Tests Passed"));
        QSignalSpy changed(session.get(), &LaunchRecord::itemsChanged);
        ChecklistDesk desk(*session);
        QVERIFY(okOr(desk.setDone(e2e, true), &error));
        // Accepted, not yet shown: what the user sees as done is committed.
        QVERIFY(!session->state().isDone(e2e));
        QTRY_VERIFY(session->state().isDone(e2e));
        QVERIFY(changed.count() >= 1);
        QVERIFY(desk.canUndo());
        // A failure of the writer arrives at the item it was for.
        QSignalSpy failed(session.get(), &LaunchRecord::writeFailed);
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON events "
                                             "BEGIN SELECT RAISE(ABORT, 'refused'); END")),
                     QString());
        }
        QVERIFY(okOr(ChecklistDesk(*session).setDone(e2e, false), &error)); // accepted
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), e2e);
        QVERIFY(failed.first().at(1).toString().contains(path));
        QVERIFY(session->state().isDone(e2e));
    }
};

QTEST_GUILESS_MAIN(TestLaunchRecord)
#include "tst_launchrecord.moc"
