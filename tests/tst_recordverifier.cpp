#include "models/record/RecordBackend.h"
#include "models/record/RecordVerifier.h"
#include "tests/RawDb.h"
#include "tests/StoreTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const Actor kAda = Actor::person(QStringLiteral("Ada"), QStringLiteral("Platform Lead"));

const QString kTemplateText = QStringLiteral("# Launch\n\n- [ ] deploy\n- [ ] announce\n");

} // namespace

// RecordVerifier on its own, over a record's back end: what an intact record gives, and each
// kind of change made behind the application's back, named by its first bad event.
class TestRecordVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_records = 0;

    // A record of five events: the template's import (#1), ticks of deploy and announce, a note
    // on deploy and deploy unticked (the note and the untick carry "previous").
    QString newRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.golive").arg(++m_records));
        auto store = EventStore::open(path, EventStore::Access::ReadWrite);
        if (!store) {
            qWarning("open failed: %s", qPrintable(store.error().message));
            return {};
        }
        const StoredTemplate tmpl(StoredTemplate::hashOf(kTemplateText), QStringLiteral("launch.md"), kTemplateText);
        const auto write = [&](const QVector<EventDraft> &drafts, const StoredTemplate *t = nullptr) {
            const auto r = store.value()->append(kAda, drafts, t);
            if (!r)
                qWarning("append failed: %s", qPrintable(r.error().message));
        };
        write({StoreTest::slotDraft(QString(), QStringLiteral("template"), tmpl.sha256)}, &tmpl);
        write({StoreTest::slotDraft(QStringLiteral("deploy"), QStringLiteral("done"), QStringLiteral("true")),
               StoreTest::slotDraft(QStringLiteral("announce"), QStringLiteral("done"), QStringLiteral("true"))});
        write({StoreTest::slotDraft(QStringLiteral("deploy"), QStringLiteral("note"), QStringLiteral("v2.4 out"))});
        write({StoreTest::slotDraft(QStringLiteral("deploy"), QStringLiteral("done"), QStringLiteral("false"))});
        return path;
    }

    static VerifyResult verify(const QString &path, EventStore::VerifyScope scope = EventStore::VerifyScope::Everything,
                               const std::function<bool()> &cancelled = {})
    {
        auto backend = RecordBackend::open(path, RecordBackend::Access::ReadOnly, RecordBackend::Integrity::Deferred);
        if (!backend) {
            VerifyResult failed;
            failed.reason = backend.error().message;
            return failed;
        }
        return RecordVerifier(*backend.value()).verify(cancelled, scope);
    }

    // Runs statements with the append-only triggers removed; "" when all ran.
    static QString tamper(const QString &path, const QStringList &statements)
    {
        RawDb raw(path);
        QStringList all = {QStringLiteral("DROP TRIGGER events_no_update")};
        all += statements;
        for (const QString &sql : std::as_const(all)) {
            if (const QString problem = raw.exec(sql); !problem.isEmpty())
                return sql + QStringLiteral(": ") + problem;
        }
        return {};
    }

    // Verifies path after the statements and expects the first bad event and words of the reason.
    void expectDamage(const QStringList &statements, qint64 firstBad, const QString &words,
                      EventStore::VerifyScope scope = EventStore::VerifyScope::Everything)
    {
        const QString path = newRecord();
        QVERIFY(!path.isEmpty());
        QVERIFY(verify(path).intact);
        const QString problem = tamper(path, statements);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const VerifyResult r = verify(path, scope);
        QVERIFY(!r.intact);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.firstBadSeq, firstBad);
        QVERIFY2(r.reason.contains(words), qPrintable(r.reason));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void intactRecordNamesItsHead()
    {
        const QString path = newRecord();
        const VerifyResult r = verify(path);
        QVERIFY2(r.intact, qPrintable(r.reason));
        QCOMPARE(r.eventCount, qint64(5));
        QCOMPARE(r.headSeq, qint64(5));
        QCOMPARE(r.firstBadSeq, qint64(0));
        QVERIFY(r.checkedAt.isValid());
        const QVector<AuditEvent> events =
            StoreTest::allEventsOf(*EventStore::open(path, EventStore::Access::ReadOnly).value());
        QCOMPARE(r.headHash, events.constLast().hash);
    }

    void changedEventIsNamed()
    {
        expectDamage({QStringLiteral("UPDATE events SET actor = 'Mallory' WHERE seq = 3")}, 3,
                     QStringLiteral("was changed after it was written"));
    }

    void indexColumnsThatDifferFromThePayload()
    {
        // The flat columns are an index of the payload, outside the hash: they must agree with it.
        expectDamage({QStringLiteral("UPDATE events SET item = 'rollback' WHERE seq = 2")}, 2,
                     QStringLiteral("index columns"));
    }

    void nonCanonicalPayload()
    {
        expectDamage({QStringLiteral("UPDATE events SET payload = ' ' || payload WHERE seq = 4")}, 4,
                     QStringLiteral("canonical"));
    }

    void previousValueTheTrailDoesNotHave()
    {
        expectDamage({QStringLiteral("UPDATE events SET old_value = 'false' WHERE seq = 5")}, 5,
                     QStringLiteral("previous value"));
    }

    void unknownKind()
    {
        expectDamage({QStringLiteral("UPDATE events SET action = 'item.erased' WHERE seq = 3")}, 3,
                     QStringLiteral("unknown kind"));
    }

    void missingEvent()
    {
        expectDamage(
            {QStringLiteral("DROP TRIGGER events_no_delete"), QStringLiteral("DELETE FROM events WHERE seq = 3")}, 3,
            QStringLiteral("#3 is missing"));
    }

    void headThatDoesNotMatch()
    {
        expectDamage({QStringLiteral("UPDATE meta SET value = 'beef' WHERE key = 'head_hash'")}, 5,
                     QStringLiteral("recorded head"));
    }

    void editedShownState()
    {
        expectDamage(
            {QStringLiteral("UPDATE current_values SET value = 'true' WHERE item = 'deploy' AND slot = 'done'")}, 5,
            QStringLiteral("differs from the audit trail"));
    }

    void editedTemplateTextIsFoundByTheFullCheckOnly()
    {
        const QStringList edit = {QStringLiteral("UPDATE templates SET markdown = markdown || '- [ ] skip QA\n'")};
        expectDamage(edit, 1, QStringLiteral("was changed after it was imported"));
        // The trail check leaves the texts to loadTemplate().
        const QString path = newRecord();
        QVERIFY(tamper(path, edit).isEmpty());
        QVERIFY(verify(path, EventStore::VerifyScope::Trail).intact);
    }

    void missingTemplateText()
    {
        expectDamage({QStringLiteral("DELETE FROM templates")}, 1, QStringLiteral("whose text is missing"),
                     EventStore::VerifyScope::Trail);
    }

    void cancelledIsNotDamage()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.golive"));
        {
            auto store = EventStore::open(path, EventStore::Access::ReadWrite);
            QVERIFY(store);
            QVector<EventDraft> drafts;
            for (int i = 0; i < 1100; ++i)
                drafts.append(StoreTest::slotDraft(QStringLiteral("item%1").arg(i), QStringLiteral("done"),
                                                   QStringLiteral("true")));
            QVERIFY(store.value()->append(kAda, drafts).ok());
        }
        int asked = 0;
        const VerifyResult r = verify(path, EventStore::VerifyScope::Everything, [&] { return ++asked > 0; });
        QVERIFY(!r.intact);
        QVERIFY(r.cancelled);
        QCOMPARE(r.firstBadSeq, qint64(0));
        QCOMPARE(asked, 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordVerifier)
#include "tst_recordverifier.moc"
