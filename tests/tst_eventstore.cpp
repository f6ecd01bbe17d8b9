#include "models/record/EventStore.h"
#include "tests/RawDb.h"
#include "tests/StoreTestSupport.h"
#include "tests/TempStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using Code = Error::Code;

#define QVERIFY_TAMPER(path, ...)                                                                                      \
    do {                                                                                                               \
        const QString tamperProblem = tamper(path, __VA_ARGS__);                                                       \
        QVERIFY2(tamperProblem.isEmpty(), qPrintable(tamperProblem));                                                  \
    } while (false)

namespace {

const Actor kAda = Actor::person(QStringLiteral("Ada"), QStringLiteral("Platform Lead"));

// The action word is what schema 2 stored; the typed draft follows from the slot.
EventDraft draft(const QString &, const QString &item, const QString &slot, const QString &value, qint64 reverts = 0)
{
    return StoreTest::slotDraft(item, slot, value, reverts);
}

EventDraft tick(const QString &item, bool done = true)
{
    return draft(done ? QStringLiteral("tick") : QStringLiteral("untick"), item, QStringLiteral("done"),
                 done ? QStringLiteral("true") : QStringLiteral("false"));
}

QVector<AuditEvent> allEvents(const EventStore &store)
{
    return StoreTest::allEventsOf(store);
}

// What a file looks like on disk: any write, even of the same bytes, shows in the mtime. The
// -wal and -shm files SQLite keeps next to a WAL store are its own business, a rollback
// journal left behind is not.
struct FileSnapshot
{
    QByteArray sha;
    qint64 size = -1;
    QDateTime modified;
    bool journal = false;

    static FileSnapshot of(const QString &path)
    {
        FileSnapshot s;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            s.sha = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        const QFileInfo info(path);
        s.size = info.size();
        s.modified = info.lastModified();
        s.journal = QFileInfo::exists(path + QStringLiteral("-journal"));
        return s;
    }
    bool operator==(const FileSnapshot &o) const
    {
        return sha == o.sha && size == o.size && modified == o.modified && journal == o.journal;
    }
    QString describe() const
    {
        return QStringLiteral("%1 bytes, sha %2, modified %3%4")
            .arg(size)
            .arg(QString::fromLatin1(sha.toHex().left(12)), modified.toString(Qt::ISODateWithMs),
                 journal ? QStringLiteral(", with a journal") : QString());
    }
};

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempStore m_dir{QStringLiteral("store-%1.sqlite")};

    QString freshPath() { return m_dir.freshPath(); }

    // Five events on two items; a's done slot changes three times.
    QString storeWithFiveEvents()
    {
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        if (!store)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error.message));
        const QVector<EventDraft> drafts = {
            tick(QStringLiteral("a")), tick(QStringLiteral("b")), tick(QStringLiteral("a"), false),
            draft(QStringLiteral("note"), QStringLiteral("a"), QStringLiteral("note"), QStringLiteral("called vendor")),
            tick(QStringLiteral("a"))};
        for (const EventDraft &d : drafts) {
            if (!StoreTest::appendOr(*store, kAda, {d}, nullptr, &error))
                qFatal("append failed: %s", qPrintable(error.message));
        }
        return path;
    }

    VerifyResult verifyAt(const QString &path)
    {
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error);
        if (!store) {
            VerifyResult r;
            r.reason = error.message;
            return r;
        }
        return store->verify();
    }

    // Runs statements on the store with the append-only triggers removed; "" when all ran.
    static QString tamper(const QString &path, const QStringList &statements)
    {
        RawDb raw(path);
        QStringList all = {QStringLiteral("DROP TRIGGER events_no_update"),
                           QStringLiteral("DROP TRIGGER events_no_delete")};
        all += statements;
        for (const QString &sql : std::as_const(all)) {
            if (const QString problem = raw.exec(sql); !problem.isEmpty())
                return sql + QStringLiteral(": ") + problem;
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void appendAndReadBack()
    {
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(store->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->headSeq().value(), 0);
        QCOMPARE(allEvents(*store).size(), 0);
        QVERIFY(store->verify().intact);

        QVector<AuditEvent> written;
        QVERIFY2(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("a"))}, &written, &error),
                 qPrintable(error.message));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().seq, 1);
        QCOMPARE(written.first().actor.name, QStringLiteral("Ada"));
        QCOMPARE(written.first().actor.role, QStringLiteral("Platform Lead"));
        QCOMPARE(written.first().prevHash, QString());
        QCOMPARE(written.first().hash, computeEventHash(written.first()));
        QVERIFY(QDateTime::fromString(written.first().timeUtc, Qt::ISODateWithMs).isValid());
        QVERIFY(written.first().timeUtc.endsWith(QLatin1Char('Z')));

        QVERIFY(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("b"))}, nullptr, &error));
        QVERIFY(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("a"), false)}, nullptr, &error));
        QVERIFY(StoreTest::appendOr(*store, kAda,
                                    {draft(QStringLiteral("note"), QStringLiteral("a"), QStringLiteral("note"),
                                           QStringLiteral("called vendor"))},
                                    nullptr, &error));
        QVERIFY(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("a"))}, nullptr, &error));
        QCOMPARE(store->headSeq().value(), 5);

        const QVector<AuditEvent> events = allEvents(*store);
        QCOMPARE(events.size(), 5);
        const QStringList items = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a"),
                                   QStringLiteral("a")};
        const QStringList newValues = {QStringLiteral("true"), QStringLiteral("true"), QStringLiteral("false"),
                                       QStringLiteral("called vendor"), QStringLiteral("true")};
        // Old values come from the previous event of the same item and slot only.
        const QStringList oldValues = {QString(), QString(), QStringLiteral("true"), QString(),
                                       QStringLiteral("false")};
        for (int i = 0; i < events.size(); ++i) {
            const AuditEvent &e = events.at(i);
            QCOMPARE(e.seq, i + 1);
            QCOMPARE(e.item(), items.at(i));
            QCOMPARE(e.index().value, newValues.at(i));
            QCOMPARE(e.legacy.oldValue, oldValues.at(i));
            QCOMPARE(e.reverts(), 0);
            QCOMPARE(e.hash, computeEventHash(e));
            QCOMPARE(e.prevHash, i == 0 ? QString() : events.at(i - 1).hash);
        }
        QCOMPARE(events.at(3).kind, EventKind::NoteSet);
        QCOMPARE(events.at(3).index().slot, QStringLiteral("note"));

        QVector<qint64> after3;
        QVERIFY(store->readEvents(3, [&](const AuditEvent &e) { after3.append(e.seq); }));
        QCOMPARE(after3, (QVector<qint64>{4, 5}));

        const QVector<AuditEvent> forA = store->eventsFor(QStringLiteral("a")).value();
        QVector<qint64> seqsA;
        for (const AuditEvent &e : forA)
            seqsA.append(e.seq);
        QCOMPARE(seqsA, (QVector<qint64>{1, 3, 4, 5}));
        QCOMPARE(store->eventsFor(QStringLiteral("b")).value().size(), 1);
        QVERIFY(store->eventsFor(QStringLiteral("nobody")).value().isEmpty());

        const VerifyResult v = store->verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, 5);
        QCOMPARE(v.firstBadSeq, 0);
    }

    void reopenedStoreContinuesTheChain()
    {
        const QString path = storeWithFiveEvents();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->headSeq().value(), 5);
        QVector<AuditEvent> written;
        QVERIFY(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("b"), false)}, &written, &error));
        QCOMPARE(written.first().seq, 6);
        QCOMPARE(written.first().legacy.oldValue, QStringLiteral("true"));
        QCOMPARE(written.first().prevHash, allEvents(*store).at(4).hash);
        const VerifyResult v = store->verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, 6);
    }

    void revertsIsStored()
    {
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY(store);
        QVERIFY(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("a"))}, nullptr, &error));
        QVERIFY(StoreTest::appendOr(
            *store, kAda,
            {draft(QStringLiteral("untick"), QStringLiteral("a"), QStringLiteral("done"), QStringLiteral("false"), 1)},
            nullptr, &error));
        const auto events = allEvents(*store);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).reverts(), 1);
        QCOMPARE(events.at(1).legacy.oldValue, QStringLiteral("true"));
        QVERIFY(store->verify().intact);
    }

    void triggersBlockUpdateAndDelete()
    {
        const QString path = storeWithFiveEvents();
        {
            RawDb raw(path);
            const QString update = raw.exec(QStringLiteral("UPDATE events SET new_value = 'false' WHERE seq = 3"));
            QVERIFY2(update.contains(QStringLiteral("append-only")), qPrintable(update));
            const QString remove = raw.exec(QStringLiteral("DELETE FROM events WHERE seq = 3"));
            QVERIFY2(remove.contains(QStringLiteral("append-only")), qPrintable(remove));
        }
        const VerifyResult v = verifyAt(path);
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, 5);
    }

    void editedEventIsNamed()
    {
        const QString path = storeWithFiveEvents();
        QVERIFY_TAMPER(path, {QStringLiteral("UPDATE events SET new_value = 'true' WHERE seq = 3")});
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY2(v.reason.contains(QStringLiteral("#3")), qPrintable(v.reason));
    }

    void editedActorIsNamed()
    {
        const QString path = storeWithFiveEvents();
        QVERIFY_TAMPER(path, {QStringLiteral("UPDATE events SET actor = 'Mallory' WHERE seq = 2")});
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
    }

    void deletedEventIsNamed()
    {
        const QString path = storeWithFiveEvents();
        QVERIFY_TAMPER(path, {QStringLiteral("DELETE FROM events WHERE seq = 3")});
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY2(v.reason.contains(QStringLiteral("#3 is missing")), qPrintable(v.reason));
    }

    void reorderedEventsAreNamed()
    {
        // Swap #2 and #3 whole (seq numbers included), as a reordering by hand would.
        const QString path = storeWithFiveEvents();
        QVERIFY_TAMPER(path,
                       {QStringLiteral("UPDATE events SET seq = -2 WHERE seq = 2"),
                        QStringLiteral("UPDATE events SET seq = 2 WHERE seq = 3"),
                        QStringLiteral("UPDATE events SET seq = 3 WHERE seq = -2")});
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
    }

    void swappedContentsAreNamed()
    {
        // Swap everything but the seq numbers: each row still looks self-consistent at a glance.
        const QString path = storeWithFiveEvents();
        const QString columns = QStringLiteral("ts, actor, role, action, item, slot, old_value, new_value, reverts, "
                                               "prev_hash, hash, format, actor_kind, payload");
        QVERIFY_TAMPER(path,
                       {QStringLiteral("CREATE TEMP TABLE keep AS SELECT * FROM events WHERE seq IN (2, 3)"),
                        QStringLiteral("UPDATE events SET (%1) = (SELECT %1 FROM keep WHERE keep.seq = 5 - events.seq) "
                                       "WHERE seq IN (2, 3)")
                            .arg(columns)});
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error);
        QVERIFY(store);
        const auto events = allEvents(*store);
        QCOMPARE(events.at(1).item(), QStringLiteral("a")); // the swap happened
        QCOMPARE(events.at(1).index().value, QStringLiteral("false"));
        const VerifyResult v = store->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
    }

    void truncationIsDetected()
    {
        const QString path = storeWithFiveEvents();
        QVERIFY_TAMPER(path, {QStringLiteral("DELETE FROM events WHERE seq = 5")});
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.eventCount, 4);
        QCOMPARE(v.firstBadSeq, 5);
        QVERIFY2(v.reason.contains(QStringLiteral("#5")), qPrintable(v.reason));
    }

    void truncationWithHeadRewoundIsDetected()
    {
        // Moving head_seq back as well leaves head_hash pointing at the deleted event.
        const QString path = storeWithFiveEvents();
        QVERIFY_TAMPER(path,
                       {QStringLiteral("DELETE FROM events WHERE seq = 5"),
                        QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'head_seq'")});
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 4);
    }

    void notAnSqliteFileIsLeftAlone()
    {
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text;
            for (int i = 0; i < 200; ++i)
                text += "line " + QByteArray::number(i * 7919 % 1000) + " of some notes, not a database\n";
            f.write(text);
        }
        const FileSnapshot before = FileSnapshot::of(path);
        for (const auto access : {EventStore::Access::ReadWrite, EventStore::Access::ReadOnly}) {
            Error error;
            QVERIFY(!StoreTest::openStore(path, access, &error));
            QCOMPARE(error.code, Code::NotAStore);
            QVERIFY2(error.message.contains(path), qPrintable(error.message));
        }
        QVERIFY2(FileSnapshot::of(path) == before,
                 qPrintable(FileSnapshot::of(path).describe() + QStringLiteral(" / was ") + before.describe()));
    }

    void folderIsNotAStore()
    {
        Error error;
        QVERIFY(!StoreTest::openStore(m_dir.path(), EventStore::Access::ReadWrite, &error));
        QCOMPARE(error.code, Code::NotAStore);
        QVERIFY(error.message.contains(m_dir.path()));
    }

    void headerThenGarbageIsRefused()
    {
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes("SQLite format 3\0", 16);
            for (int i = 0; i < 8192; ++i)
                bytes.append(char((i * 131 + 17) & 0xff));
            f.write(bytes);
        }
        const FileSnapshot before = FileSnapshot::of(path);
        for (const auto access : {EventStore::Access::ReadWrite, EventStore::Access::ReadOnly}) {
            Error error;
            QVERIFY(!StoreTest::openStore(path, access, &error));
            QVERIFY2(error.code == Code::Corrupt || error.code == Code::NotAStore, qPrintable(error.message));
            QVERIFY2(error.message.contains(path), qPrintable(error.message));
        }
        QVERIFY2(FileSnapshot::of(path) == before,
                 qPrintable(FileSnapshot::of(path).describe() + QStringLiteral(" / was ") + before.describe()));
    }

    // 400 long notes: enough pages that the middle of the file is event data.
    QString storeWithManyPages()
    {
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        if (!store)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error.message));
        QVector<EventDraft> drafts;
        for (int i = 0; i < 400; ++i)
            drafts.append(draft(QStringLiteral("note"), QStringLiteral("item-%1").arg(i % 37), QStringLiteral("note"),
                                QStringLiteral("note number %1 ").arg(i).repeated(6)));
        if (!StoreTest::appendOr(*store, kAda, drafts, nullptr, &error))
            qFatal("append failed: %s", qPrintable(error.message));
        return path;
    }

    // Overwrites six pages in the middle of the file, as a bad disk sector would.
    static bool damageMiddlePages(const QString &path)
    {
        const qint64 size = QFileInfo(path).size();
        QFile f(path);
        if (size < 16 * 4096 || !f.open(QIODevice::ReadWrite) || !f.seek(size / 2 - 4096 * 3))
            return false;
        QByteArray garbage;
        for (int i = 0; i < 4096 * 6; ++i)
            garbage.append(char((i * 197 + 3) & 0xff));
        return f.write(garbage) == garbage.size();
    }

    void damagedPagesAreRefused()
    {
        const QString path = storeWithManyPages();
        QVERIFY(damageMiddlePages(path));
        const FileSnapshot before = FileSnapshot::of(path);
        for (const auto access : {EventStore::Access::ReadWrite, EventStore::Access::ReadOnly}) {
            Error error;
            auto store = StoreTest::openStore(path, access, &error);
            QVERIFY2(!store, "a damaged store was opened as if it were sound");
            QVERIFY2(error.code == Code::Corrupt || error.code == Code::NotAStore, qPrintable(error.message));
            QVERIFY2(error.message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error.message));
        }
        QVERIFY2(FileSnapshot::of(path) == before,
                 qPrintable(FileSnapshot::of(path).describe() + QStringLiteral(" / was ") + before.describe()));
    }

    void damageFoundWhileOpenIsNotCalledTruncation()
    {
        // Damage that appears after the store was opened shows when the trail is read:
        // verify() must say it cannot read it, not that events are missing.
        const QString path = storeWithManyPages();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error.message));
        {
            // Another writer makes the store drop its page cache before the next read.
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('touched', '1')")), QString());
        }
        QVERIFY(damageMiddlePages(path));
        const VerifyResult v = store->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 0);
        // verify() checks the pages first (quick_check), so the damage is named as such.
        QVERIFY2(v.reason.contains(QStringLiteral("is damaged")) || v.reason.contains(QStringLiteral("cannot be read")),
                 qPrintable(v.reason));
        QVERIFY2(v.reason.contains(QFileInfo(path).absoluteFilePath()), qPrintable(v.reason));
        int read = 0;
        const Status readAll = store->readEvents(0, [&](const AuditEvent &) { ++read; });
        QVERIFY(!readAll);
        QCOMPARE(readAll.code(), Code::Corrupt);
        QVERIFY(read < 400);
    }

    void otherProgramsDatabaseIsLeftAlone()
    {
        const QString path = freshPath();
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")), QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('Grace', '555-0100')")), QString());
        }
        const FileSnapshot before = FileSnapshot::of(path);
        for (const auto access : {EventStore::Access::ReadWrite, EventStore::Access::ReadOnly}) {
            Error error;
            QVERIFY(!StoreTest::openStore(path, access, &error));
            QCOMPARE(error.code, Code::NotAStore);
            QVERIFY2(error.message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("another program")), qPrintable(error.message));
        }
        QVERIFY2(FileSnapshot::of(path) == before,
                 qPrintable(FileSnapshot::of(path).describe() + QStringLiteral(" / was ") + before.describe()));
    }

    void newerSchemaIsLeftAlone()
    {
        const QString path = storeWithFiveEvents();
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")), QString());
        }
        const FileSnapshot before = FileSnapshot::of(path);
        for (const auto access : {EventStore::Access::ReadWrite, EventStore::Access::ReadOnly}) {
            Error error;
            QVERIFY(!StoreTest::openStore(path, access, &error));
            QCOMPARE(error.code, Code::NewerSchema);
            QVERIFY2(error.message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("99")), qPrintable(error.message));
        }
        QVERIFY2(FileSnapshot::of(path) == before,
                 qPrintable(FileSnapshot::of(path).describe() + QStringLiteral(" / was ") + before.describe()));
    }

    void unwritableFolderIsReported_data()
    {
        // Tests run as root, which chmod does not stop; /proc refuses even root.
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << QStringLiteral("/proc/golive-test/x.sqlite");
        QTest::newRow("read-only folder") << QStringLiteral("/proc/golive-test.sqlite");
    }

    void unwritableFolderIsReported()
    {
        QFETCH(QString, path);
        Error error;
        QVERIFY(!StoreTest::openStore(path, EventStore::Access::ReadWrite, &error));
        QVERIFY2(error.code == Code::CannotCreate || error.code == Code::ReadOnly, qPrintable(error.message));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(path));
    }

    void missingStoreOpenedReadOnlyIsNotFound()
    {
        const QString path = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
        Error error;
        QVERIFY(!StoreTest::openStore(path, EventStore::Access::ReadOnly, &error));
        QCOMPARE(error.code, Code::NotFound);
        QVERIFY(error.message.contains(path));
        QVERIFY(!QFileInfo::exists(path)); // looking must not create it
    }

    void readOnlyStoreRefusesToAppend()
    {
        const QString path = storeWithFiveEvents();
        const FileSnapshot before = FileSnapshot::of(path);
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->isReadOnly());
        QCOMPARE(store->headSeq().value(), 5);
        QVERIFY(store->verify().intact);
        QVector<AuditEvent> written;
        QVERIFY(!StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("b"), false)}, &written, &error));
        QCOMPARE(error.code, Code::ReadOnly);
        QVERIFY2(error.message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error.message));
        QVERIFY(written.isEmpty());
        QCOMPARE(store->headSeq().value(), 5);
        store.reset();
        QVERIFY2(FileSnapshot::of(path) == before,
                 qPrintable(FileSnapshot::of(path).describe() + QStringLiteral(" / was ") + before.describe()));
    }

    void batchWithTemplate()
    {
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY(store);
        const QString text = QStringLiteral("# Title\n\n- [ ] Ünïcödé task ✓\n");
        const StoredTemplate t{StoredTemplate::hashOf(text), QStringLiteral("checklist.md"), text};
        QVector<AuditEvent> written;
        QVERIFY2(StoreTest::appendOr(*store, kAda,
                                     {draft(QStringLiteral("import"), QString(), QStringLiteral("template"), t.sha256),
                                      tick(QStringLiteral("x")), tick(QStringLiteral("y")),
                                      draft(QStringLiteral("field"), QStringLiteral("y"), QStringLiteral("field:f0"),
                                            QStringLiteral("42"))},
                                     &written, &error, &t),
                 qPrintable(error.message));
        QCOMPARE(written.size(), 4);
        for (int i = 0; i < written.size(); ++i) {
            QCOMPARE(written.at(i).seq, i + 1);
            QCOMPARE(written.at(i).timeUtc, written.first().timeUtc); // one change, one time
        }
        QCOMPARE(written.at(1).prevHash, written.at(0).hash);
        QCOMPARE(store->headSeq().value(), 4);

        StoredTemplate loaded;
        QVERIFY2(StoreTest::loadOr(*store, t.sha256, &loaded, &error), qPrintable(error.message));
        QCOMPARE(loaded.sha256, t.sha256);
        QCOMPARE(loaded.name, t.name);
        QCOMPARE(loaded.markdown, t.markdown);

        // The same template again is kept once; a later batch does not disturb it.
        QVERIFY(StoreTest::appendOr(*store, kAda,
                                    {draft(QStringLiteral("import"), QString(), QStringLiteral("template"), t.sha256)},
                                    nullptr, &error, &t));
        QVERIFY(StoreTest::loadOr(*store, t.sha256, &loaded, &error));
        QCOMPARE(loaded.markdown, t.markdown);

        QVERIFY(!StoreTest::loadOr(*store, QStringLiteral("unknown"), &loaded, &error));
        QCOMPARE(error.code, Code::Corrupt);
        QVERIFY(store->verify().intact);
    }

    void failedBatchLeavesNothing()
    {
        // An insert trigger makes the third event of the batch fail: none of it may remain.
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY(store);
        QVERIFY(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("before"))}, nullptr, &error));
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TRIGGER test_boom BEFORE INSERT ON events "
                                             "WHEN NEW.new_value = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")),
                     QString());
        }
        const StoredTemplate t{StoredTemplate::hashOf(QStringLiteral("- [ ] x\n")), QStringLiteral("failed.md"),
                               QStringLiteral("- [ ] x\n")};
        QVector<AuditEvent> written;
        QVERIFY(!StoreTest::appendOr(
            *store, kAda,
            {tick(QStringLiteral("x")), tick(QStringLiteral("y")),
             draft(QStringLiteral("note"), QStringLiteral("z"), QStringLiteral("note"), QStringLiteral("boom"))},
            &written, &error, &t));
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error.message));
        QVERIFY(written.isEmpty());
        QCOMPARE(store->headSeq().value(), 1);
        QCOMPARE(allEvents(*store).size(), 1);
        StoredTemplate loaded;
        QVERIFY(!StoreTest::loadOr(*store, t.sha256, &loaded, &error));

        // The store is still usable and the chain goes on from #1.
        QVector<AuditEvent> next;
        QVERIFY2(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("x"))}, &next, &error),
                 qPrintable(error.message));
        QCOMPARE(next.first().seq, 2);
        const VerifyResult v = store->verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, 2);
    }

    void batchOldValuesFollowEachOther()
    {
        // Within one batch, each event's old value is the one before it in the same batch.
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY(store);
        QVector<AuditEvent> written;
        QVERIFY(StoreTest::appendOr(
            *store, kAda, {tick(QStringLiteral("a")), tick(QStringLiteral("a"), false), tick(QStringLiteral("a"))},
            &written, &error));
        QCOMPARE(written.at(0).legacy.oldValue, QString());
        QCOMPARE(written.at(1).legacy.oldValue, QStringLiteral("true"));
        QCOMPARE(written.at(2).legacy.oldValue, QStringLiteral("false"));
        QCOMPARE(allEvents(*store).at(2).legacy.oldValue, QStringLiteral("false"));
        QVERIFY(store->verify().intact);
    }

    void editedShownStateIsDetected()
    {
        // The state a session starts from is kept beside the trail; it must agree with it.
        const QString path = storeWithFiveEvents();
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral(
                         "UPDATE current_values SET value = 'false' WHERE item = 'a' AND slot = 'done'")),
                     QString());
        }
        const VerifyResult v = verifyAt(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 5);
    }

    void verifyCanBeCancelled()
    {
        const QString path = freshPath();
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY(store);
        QVector<EventDraft> drafts;
        for (int i = 0; i < 1100; ++i)
            drafts.append(tick(QStringLiteral("item-%1").arg(i % 10), i % 2 == 0));
        QVERIFY(StoreTest::appendOr(*store, kAda, drafts, nullptr, &error));
        int polls = 0;
        const VerifyResult v = store->verify([&polls] { return ++polls > 0; });
        QVERIFY(!v.intact);
        QCOMPARE(v.reason, QStringLiteral("cancelled"));
        QCOMPARE(v.firstBadSeq, 0);
        QCOMPARE(polls, 1);
        const VerifyResult full = store->verify([] { return false; });
        QVERIFY2(full.intact, qPrintable(full.reason));
        QCOMPARE(full.eventCount, 1100);
    }

    void emptyFileBecomesAStore()
    {
        // A zero-byte file (left by a tool that touched the path) is a new store, not "not a store".
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Error error;
        auto store = StoreTest::openStore(path, EventStore::Access::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(StoreTest::appendOr(*store, kAda, {tick(QStringLiteral("a"))}, nullptr, &error));
        QCOMPARE(store->headSeq().value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
