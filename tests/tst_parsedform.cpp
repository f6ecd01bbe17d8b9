#include "models/checklist/ChecklistExport.h"
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/checklist/ParsedChecklist.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/ChecklistState.h"
#include "tests/PgTestSupport.h"
#include "tests/RawDb.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QByteArray shown(const ChecklistDocument *doc)
{
    ItemStateView nothing;
    nothing.isDone = [](const QString &) { return false; };
    nothing.note = [](const QString &) { return QString(); };
    nothing.field = [](const QString &, const QString &) { return QString(); };
    return doc ? exportJson(*doc, nothing) : QByteArray();
}

QByteArray derivedFrom(const QString &markdown)
{
    return shown(MarkdownChecklistReader::read(markdown).get());
}

// What an attacker with the sqlite3 shell (or the database owner) would put there: a form that
// reads well, of the same template, showing other words.
QByteArray forgedForm(const QString &markdown, const QString &sha)
{
    QString edited = markdown;
    edited.replace(QStringLiteral("E2E Tests Passed"), QStringLiteral("E2E Tests Skipped"));
    return ParsedChecklist::encode(*MarkdownChecklistReader::read(edited), sha);
}

QString currentSha(const LaunchRecord &session)
{
    return session.state().templateSha();
}

} // namespace

class TestParsedForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("parsed-%1.sqlite").arg(++m_files)); }

    // A record whose checklist was imported without a tree beside it (as before there was one),
    // or naming a tree of another format.
    QString recordNaming(const ChecklistState::ParsedForm &parsed, QString *markdown)
    {
        const QString path = freshPath();
        QString error;
        auto seed = openOr(freshPath(), ada(), &error);
        if (!seed)
            return {};
        *markdown = seed->store().loadTemplate(currentSha(*seed))->markdown;
        StoredTemplate t(StoredTemplate::hashOf(*markdown), QStringLiteral("old.md"), *markdown);
        t.parsedFormat = parsed.format;
        t.parsed = parsed.format > 0 ? QByteArray("a form of another program") : QByteArray();
        auto store = EventStore::open(path, EventStore::Access::ReadWrite);
        if (!store)
            return {};
        const auto appended = store.value()->append(
            ada(),
            {EventDraft::of(EventKind::TemplateImported, ChecklistState::importPayload(t.sha256, t.name, parsed))}, &t);
        return appended ? path : QString();
    }

private slots:
    void importKeepsTheTreeBesideTheText()
    {
        const QString path = freshPath();
        QString error;
        auto session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        const auto &named = session->state().parsedForm();
        QCOMPARE(named.format, ParsedChecklist::kFormat);
        const QString sha = currentSha(*session);
        const auto stored = session->store().loadParsedTemplate(sha, named.format);
        QVERIFY(stored && !stored->isEmpty());
        QCOMPARE(StoredTemplate::parsedDigestOf(*stored), named.digest);
        const QString markdown = session->store().loadTemplate(sha)->markdown;

        // Another desk reads the tree, and shows what the text says.
        auto again = openOr(path, grace(), &error);
        QVERIFY2(again, qPrintable(error));
        const QString id = idOf(session->document(), QStringLiteral("E2E Tests Passed"));
        // One item is read alone, before (and without) the tree.
        const auto alone = again->findItems(id);
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone.first()->title(), QStringLiteral("E2E Tests Passed (100%)"));
        QVERIFY(!alone.first()->parent());
        QVERIFY(okOr(ChecklistDesk(*again).setDone(id, true), &error));
        QCOMPARE(shown(again->document()), derivedFrom(markdown));
        QVERIFY(again->findItems(id).first()->parent());
        QVERIFY(again->store().verify().intact);
    }

    // The attack: someone edits the record with sqlite3 and puts a tree of other words beside the
    // template. The checklist shown is still the one the text says; verify names the edit.
    void aTamperedTreeIsNeverShown()
    {
        const QString path = freshPath();
        QString error;
        QString markdown;
        QString sha;
        {
            auto session = openOr(path, ada(), &error);
            QVERIFY2(session, qPrintable(error));
            sha = currentSha(*session);
            markdown = session->store().loadTemplate(sha)->markdown;
        }
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("UPDATE parsed_checklists SET parsed = X'%1'")
                                  .arg(QString::fromLatin1(forgedForm(markdown, sha).toHex()))),
                     QString());
        }
        auto session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(nodeTitled(session->document(), QStringLiteral("E2E Tests Passed (100%)")));
        QVERIFY(!nodeTitled(session->document(), QStringLiteral("E2E Tests Skipped (100%)")));
        QCOMPARE(shown(session->document()), derivedFrom(markdown));
        const QString id = idOf(session->document(), QStringLiteral("E2E Tests Passed"));
        auto another = openOr(path, grace(), &error);
        QVERIFY2(another, qPrintable(error));
        QCOMPARE(another->findItems(id).first()->title(), QStringLiteral("E2E Tests Passed (100%)"));
        const VerifyResult v = session->store().verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.reason.contains(QLatin1String("parsed form")), qPrintable(v.reason));
        // The command line shows the text's checklist, and golive verify names what was edited.
        const GoliveRun exported = runGolive({QStringLiteral("export"), QStringLiteral("--format"),
                                              QStringLiteral("json"), QStringLiteral("--db"), path});
        QVERIFY2(exported.out.contains(QLatin1String("E2E Tests Passed")), qPrintable(exported.err));
        QVERIFY(!exported.out.contains(QLatin1String("E2E Tests Skipped")));
        const GoliveRun verified = runGolive({QStringLiteral("verify"), QStringLiteral("--db"), path});
        QCOMPARE(verified.exitCode, 3);
        QVERIFY2(verified.err.contains(QLatin1String("parsed form")), qPrintable(verified.err));
    }

    // A tree of a format this program does not know (a later one) is never read: the text is.
    void anUnknownFormatIsReadFromTheText()
    {
        QString markdown;
        const QString path = recordNaming({ParsedChecklist::kFormat + 1, QStringLiteral("feed")}, &markdown);
        QVERIFY(!path.isEmpty());
        QString error;
        auto session = openOr(path, ada(), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->state().parsedForm().format, ParsedChecklist::kFormat + 1);
        QCOMPARE(shown(session->document()), derivedFrom(markdown));
    }

    // A record from before the tree was kept is read from its text, and reading it writes nothing.
    void readingARecordWithoutTheTreeWritesNothing()
    {
        QString markdown;
        const QString path = recordNaming({}, &markdown);
        QVERIFY(!path.isEmpty());
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QString());
            QCOMPARE(raw.exec(QStringLiteral("DROP TABLE parsed_checklists")), QString());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QString());
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                               : QByteArray();
        }();
        const QDateTime modified = QFileInfo(path).lastModified();
        QString error;
        LaunchRecord::OpenOptions reading;
        reading.readOnly = true;
        {
            auto session = openOr(path, ada(), &error, reading);
            QVERIFY2(session, qPrintable(error));
            QCOMPARE(session->state().parsedForm().format, 0);
            QCOMPARE(shown(session->document()), derivedFrom(markdown));
            QVERIFY(session->findItems(idOf(session->document(), QStringLiteral("E2E Tests Passed"))).size() == 1);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        // A desk that writes makes the table again, and the checklist is still read from the text.
        auto writing = openOr(path, ada(), &error);
        QVERIFY2(writing, qPrintable(error));
        RawDb raw(path);
        QCOMPARE(raw.row(QStringLiteral("SELECT COUNT(*) FROM parsed_checklists")), QVector<qint64>{0});
        const QString id = idOf(writing->document(), QStringLiteral("E2E Tests Passed"));
        QVERIFY(okOr(ChecklistDesk(*writing).setDone(id, true), &error));
        QVERIFY(writing->store().verify().intact);
    }

    // The team record keeps the tree on the server; the same attack there changes nothing shown.
    void theTeamRecordKeepsTheTreeToo()
    {
        NEW_TEAM_DATABASE(db);
        QString error;
        QString markdown;
        QString sha;
        {
            auto first = openOr(db.url(), ada(), &error);
            QVERIFY2(first, qPrintable(error));
            sha = currentSha(*first);
            markdown = first->store().loadTemplate(sha)->markdown;
            const auto stored = first->store().loadParsedTemplate(sha, ParsedChecklist::kFormat);
            QVERIFY(stored && !stored->isEmpty());
            QCOMPARE(StoredTemplate::parsedDigestOf(*stored), first->state().parsedForm().digest);
        }
        auto second = openOr(db.url(), grace(), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(shown(second->document()), derivedFrom(markdown));
        QCOMPARE(db.exec({QStringLiteral("UPDATE parsed_checklists SET parsed = decode('%1', 'hex')")
                              .arg(QString::fromLatin1(forgedForm(markdown, sha).toHex()))}),
                 QString());
        auto third = openOr(db.url(), grace(), &error);
        QVERIFY2(third, qPrintable(error));
        QVERIFY(nodeTitled(third->document(), QStringLiteral("E2E Tests Passed (100%)")));
        QCOMPARE(shown(third->document()), derivedFrom(markdown));
        const VerifyResult v = third->store().verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.reason.contains(QLatin1String("parsed form")), qPrintable(v.reason));
    }
};

QTEST_MAIN(TestParsedForm)
#include "tst_parsedform.moc"
