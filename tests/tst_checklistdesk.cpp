#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "tests/TempStore.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using Kind = ChecklistNode::Kind;

namespace {

const QString kStaging = QStringLiteral("Staging Environment Verified");
const QString kProductionDb = QStringLiteral("Production Database Setup");
const QString kNoCriticalBugs = QStringLiteral("No critical bugs or failures");
const QString kTestResults = QStringLiteral("Test results documented");
const QString kQueryTime = QStringLiteral("Query response time: _____ ms");

// The seed with one step reworded, one step removed and one task added.
QString editedSeed()
{
    QString md = QString::fromUtf8(readData("go-live-checklist.md"));
    const bool ok = replaceOnce(md, QStringLiteral("  - No critical bugs or failures\n  - Test results documented\n"),
                                QStringLiteral("  - No critical or major bugs\n"))
        && replaceOnce(md, QStringLiteral("### Team Readiness\n"),
                       QStringLiteral("### Team Readiness\n\n- [ ] **Security review signed off**\n"));
    if (!ok)
        qFatal("the seed no longer has the lines this test edits");
    return md;
}

TemplateFile templateOf(const QString &name, const QString &markdown)
{
    TemplateFile file;
    QString error;
    if (!templateOr(TemplateFile::fromMarkdown(name, markdown.toUtf8()), &file, &error))
        qFatal("template %s: %s", qPrintable(name), qPrintable(error));
    return file;
}

QStringList titles(const QVector<TemplateDiff::Change> &changes, bool newTitles)
{
    QStringList out;
    for (const auto &c : changes)
        out.append(newTitles ? c.newTitle : c.oldTitle);
    return out;
}

} // namespace

class TestChecklistDesk : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempStore m_dir{QStringLiteral("session-%1.sqlite")};

    QString freshPath() { return m_dir.freshPath(); }

    static std::unique_ptr<LaunchRecord> openAt(const QString &path, const Actor &actor = ada())
    {
        return openSession(path, actor);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshStoreGetsTheDefaultChecklist()
    {
        QFile resource(LaunchRecord::defaultTemplatePath());
        QVERIFY2(resource.open(QIODevice::ReadOnly), "the default checklist is not linked into this executable");
        const QByteArray bytes = resource.readAll();
        QCOMPARE(bytes, readData("go-live-checklist.md"));

        const QString path = freshPath();
        auto session = openAt(path);
        QVERIFY(session);
        QVERIFY(!session->isReadOnly());
        QVERIFY(session->document());
        QCOMPARE(session->document()->taskCount(), 92);
        QCOMPARE(session->document()->tickableCount(), 334);
        QCOMPARE(session->document()->title(), QStringLiteral("Go-Live Checklist"));
        QCOMPARE(session->state().templateSha(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        // The seed ticks and fills nothing: the import is the only event.
        const auto events = allEvents(session->store());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, EventKind::TemplateImported);
        QCOMPARE(events.first().index().slot, QStringLiteral("template"));
        QCOMPARE(events.first().item(), QString());
        QCOMPARE(events.first().actor, LaunchRecord::importer()); // the program chose it, not Ada
        session.reset();

        // Opening again does not import again.
        auto again = openAt(path);
        QVERIFY(again);
        QCOMPARE(head(again->store()), 1);
        QCOMPARE(again->document()->taskCount(), 92);
    }

    void withoutDefaultTheStoreStaysEmpty()
    {
        LaunchRecord::OpenOptions options;
        options.importDefault = false;
        QString error;
        auto session = openOr(freshPath(), ada(), &error, options);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(!session->document());
        QCOMPARE(head(session->store()), 0);
        QVERIFY(!okOr(ChecklistDesk(*session).setDone(QStringLiteral("anything"), true), &error));
    }

    void tickNoteAndField()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        const ChecklistDocument *doc = session->document();
        const QString staging = idOf(doc, kStaging);
        QVERIFY(!staging.isEmpty());
        QString error;

        QVERIFY2(okOr(ChecklistDesk(*session).setDone(staging, true), &error), qPrintable(error));
        QVERIFY(session->state().isDone(staging));
        QCOMPARE(head(session->store()), 2);
        AuditEvent last = allEvents(session->store()).constLast();
        QCOMPARE(last.kind, EventKind::ItemTicked);
        QCOMPARE(last.item(), staging);
        QCOMPARE(last.index().slot, QStringLiteral("done"));
        QCOMPARE(last.legacy.oldValue, QString());
        QCOMPARE(last.index().value, QStringLiteral("true"));
        QCOMPARE(last.actor.role, QStringLiteral("Platform Lead"));
        QCOMPARE(session->isDone(staging), true);

        // Ticking what is ticked records nothing.
        QVERIFY(okOr(ChecklistDesk(*session).setDone(staging, true), &error));
        QCOMPARE(head(session->store()), 2);

        // Steps tick as well; headings, entries and unknown ids do not.
        const QString step = idOf(doc, kNoCriticalBugs);
        QVERIFY(okOr(ChecklistDesk(*session).setDone(step, true), &error));
        QVERIFY(session->state().isDone(step));
        const QString phase = doc->root()->child(1)->id();
        QVERIFY(!okOr(ChecklistDesk(*session).setDone(phase, true), &error));
        QVERIFY2(error.contains(phase), qPrintable(error));
        const QString entry = idOf(doc, QStringLiteral("Project Manager: _________________ Date: _______"));
        QCOMPARE(doc->find(entry)->kind(), Kind::Entry);
        QVERIFY(!okOr(ChecklistDesk(*session).setDone(entry, true), &error));
        QVERIFY(!okOr(ChecklistDesk(*session).setDone(QStringLiteral("no-such-id"), true), &error));
        QVERIFY(error.contains(QStringLiteral("no-such-id")));
        QCOMPARE(head(session->store()), 3);

        QVERIFY(okOr(ChecklistDesk(*session).setNote(staging, QStringLiteral("  called the vendor  ")), &error));
        QCOMPARE(session->state().note(staging), QStringLiteral("called the vendor"));
        QCOMPARE(allEvents(session->store()).constLast().kind, EventKind::NoteSet);
        QVERIFY(okOr(ChecklistDesk(*session).setNote(phase, QStringLiteral("phases take notes too")), &error));
        QVERIFY(!okOr(ChecklistDesk(*session).setNote(QStringLiteral("no-such-id"), QStringLiteral("x")), &error));
        QCOMPARE(head(session->store()), 5);

        const QString query = idOf(doc, kQueryTime);
        QVERIFY(!query.isEmpty());
        QVERIFY2(okOr(ChecklistDesk(*session).setField(query, QStringLiteral("f0"), QStringLiteral(" 120 ")), &error),
                 qPrintable(error));
        QCOMPARE(session->state().field(query, QStringLiteral("f0")), QStringLiteral("120"));
        last = allEvents(session->store()).constLast();
        QCOMPARE(last.kind, EventKind::FieldSet);
        QCOMPARE(last.index().slot, QStringLiteral("field:f0"));
        QCOMPARE(last.index().value, QStringLiteral("120"));
        QCOMPARE(head(session->store()), 6);
    }

    void invalidInputWritesNothing_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("negative ms") << kQueryTime << "f0"
                                     << "-5"
                                     << "Query response time";
        QTest::newRow("words for ms") << kQueryTime << "f0"
                                      << "fast"
                                      << "fast";
        QTest::newRow("percent over 100") << "Approval success rate: _____%"
                                          << "f0"
                                          << "101"
                                          << "101";
        QTest::newRow("count with fraction") << "Total approvals processed: _____"
                                             << "f0"
                                             << "2.5"
                                             << "2.5";
        QTest::newRow("bad date") << "Project Manager: _________________ Date: _______"
                                  << "f1"
                                  << "2026-13-01"
                                  << "2026-13-01";
        QTest::newRow("bad datetime") << "Time of launch recorded: __________"
                                      << "f0"
                                      << "soon"
                                      << "soon";
        QTest::newRow("two lines of text") << "Document findings: ________"
                                           << "f0"
                                           << "one\ntwo"
                                           << "one line";
        QTest::newRow("unknown field") << kQueryTime << "f7"
                                       << "1"
                                       << "f7";
    }

    void invalidInputWritesNothing()
    {
        QFETCH(QString, title);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        auto session = openAt(freshPath());
        QVERIFY(session);
        ChecklistDesk desk(*session);
        const QString id = idOf(session->document(), title);
        QVERIFY2(!id.isEmpty(), qPrintable(title));
        const qint64 before = head(session->store());
        QString error;
        QVERIFY(!okOr(desk.setField(id, key, value), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(head(session->store()), before);
        QCOMPARE(session->state().field(id, key), QString());
        QVERIFY(!desk.canUndo());
    }

    void fieldValuesAreNormalized()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        const ChecklistDocument *doc = session->document();
        QString error;
        const QString signOff = idOf(doc, QStringLiteral("Project Manager: _________________ Date: _______"));
        QVERIFY(okOr(ChecklistDesk(*session).setField(signOff, QStringLiteral("f0"), QStringLiteral("Ada Lovelace")),
                     &error));
        QVERIFY(okOr(ChecklistDesk(*session).setField(signOff, QStringLiteral("f1"), QStringLiteral("2026-11-26")),
                     &error));
        QCOMPARE(session->state().field(signOff, QStringLiteral("f1")), QStringLiteral("2026-11-26"));
        const auto health = doc->match(QStringLiteral("System health: [ ] Green [ ] Yellow [ ] Red"));
        QCOMPARE(health.size(), 2); // Hour 1 and Hour 4
        QVERIFY(
            okOr(ChecklistDesk(*session).setField(health.first()->id(), QStringLiteral("f0"), QStringLiteral("yellow")),
                 &error));
        QCOMPARE(session->state().field(health.first()->id(), QStringLiteral("f0")), QStringLiteral("Yellow"));
        QCOMPARE(session->state().field(health.last()->id(), QStringLiteral("f0")), QString());
        const QString launch = idOf(doc, QStringLiteral("Time of launch recorded: __________"));
        // The launch-time blank shows and sets T0: an event of its own, not a field value.
        QVERIFY(okOr(
            ChecklistDesk(*session).setField(launch, QStringLiteral("f0"), QStringLiteral("2026-11-26T15:00:00+01:00")),
            &error));
        QCOMPARE(session->fieldValue(launch, QStringLiteral("f0")), QStringLiteral("2026-11-26T14:00:00Z"));
        QCOMPARE(session->timing().recorded(), QDateTime(QDate(2026, 11, 26), QTime(14, 0), Qt::UTC));
        QCOMPARE(allEvents(session->store()).constLast().kind, EventKind::T0Recorded);
        QCOMPARE(session->state().field(launch, QStringLiteral("f0")), QString());
        // Clearing is a change like any other.
        QVERIFY(okOr(ChecklistDesk(*session).setField(signOff, QStringLiteral("f0"), QString()), &error));
        QCOMPARE(session->state().field(signOff, QStringLiteral("f0")), QString());
        QCOMPARE(allEvents(session->store()).constLast().legacy.oldValue, QStringLiteral("Ada Lovelace"));
    }

    void stateSurvivesReopening()
    {
        const QString path = freshPath();
        QString staging, query;
        {
            auto session = openAt(path);
            QVERIFY(session);
            ChecklistDesk desk(*session);
            staging = idOf(session->document(), kStaging);
            query = idOf(session->document(), kQueryTime);
            QString error;
            QVERIFY(okOr(desk.setDone(staging, true), &error));
            QVERIFY(okOr(desk.setNote(staging, QStringLiteral("done by hand")), &error));
            QVERIFY(okOr(desk.setField(query, QStringLiteral("f0"), QStringLiteral("85")), &error));

            // A second session on the same file sees it at once.
            auto other = openAt(path, grace());
            QVERIFY(other);
            QVERIFY(other->state().isDone(staging));
            QCOMPARE(other->state().field(query, QStringLiteral("f0")), QStringLiteral("85"));
        }
        auto reopened = openAt(path, grace());
        QVERIFY(reopened);
        QCOMPARE(head(reopened->store()), 4);
        QCOMPARE(reopened->document()->taskCount(), 92);
        QVERIFY(reopened->state().isDone(staging));
        QVERIFY(!reopened->state().isDone(idOf(reopened->document(), kProductionDb)));
        QCOMPARE(reopened->state().note(staging), QStringLiteral("done by hand"));
        QCOMPARE(reopened->state().field(query, QStringLiteral("f0")), QStringLiteral("85"));
        const VerifyResult v = reopened->store().verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.eventCount, 4);
    }

    void undoAppendsTheInverse()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        ChecklistDesk desk(*session);
        const QString staging = idOf(session->document(), kStaging);
        QString error;
        QSignalSpy undoChanged(&desk, &ChecklistDesk::undoChanged);
        QVERIFY(okOr(desk.setDone(staging, true), &error));
        QVERIFY(desk.canUndo());
        QCOMPARE(undoChanged.count(), 1);
        QCOMPARE(desk.undoDescription(), QStringLiteral("tick \"Staging Environment Verified\""));
        const qint64 tickSeq = head(session->store());

        QVERIFY2(okOr(desk.undo(), &error), qPrintable(error));
        QVERIFY(!session->state().isDone(staging));
        QVERIFY(!desk.canUndo());
        const auto history = session->history(staging).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).seq, tickSeq);
        QCOMPARE(history.at(0).reverts(), 0);
        QCOMPARE(history.at(1).seq, tickSeq + 1);
        QCOMPARE(history.at(1).reverts(), tickSeq);
        QCOMPARE(history.at(1).kind, EventKind::ItemUnticked);
        QCOMPARE(history.at(1).legacy.oldValue, QStringLiteral("true"));
        QCOMPARE(history.at(1).index().value, QStringLiteral("false"));

        QVERIFY(!okOr(desk.undo(), &error));
        QVERIFY2(error.contains(QStringLiteral("nothing to undo")), qPrintable(error));
        QCOMPARE(head(session->store()), tickSeq + 1);
    }

    void aTickWithItsNoteIsOneActionAndOneUndo()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        ChecklistDesk desk(*session);
        const QString staging = idOf(session->document(), kStaging);
        QString error;
        const qint64 before = head(session->store());
        QVERIFY2(okOr(desk.setDoneWithNote(staging, true, QStringLiteral(" staging is green ")), &error),
                 qPrintable(error));
        const auto made = session->history(staging).value();
        QCOMPARE(made.size(), 2);
        QCOMPARE(made.at(0).kind, EventKind::ItemTicked);
        QCOMPARE(made.at(0).seq, before + 1);
        QCOMPARE(made.at(1).kind, EventKind::NoteSet);
        QCOMPARE(made.at(1).seq, before + 2);
        QCOMPARE(made.at(1).timeUtc, made.at(0).timeUtc); // one transaction
        QCOMPARE(session->state().note(staging), QStringLiteral("staging is green"));
        QCOMPARE(desk.undoDescription(), QStringLiteral("tick + note \"Staging Environment Verified\""));

        // One undo takes both back, in one append again, each naming what it reverts.
        QVERIFY2(okOr(desk.undo(), &error), qPrintable(error));
        QVERIFY(!session->state().isDone(staging));
        QCOMPARE(session->state().note(staging), QString());
        QVERIFY(!desk.canUndo());
        const auto undone = session->history(staging).value();
        QCOMPARE(undone.size(), 4);
        QCOMPARE(undone.at(2).reverts(), made.at(1).seq);
        QCOMPARE(undone.at(3).reverts(), made.at(0).seq);
        QCOMPARE(undone.at(3).timeUtc, undone.at(2).timeUtc);

        // Only what differs is written: ticked already, the note alone.
        QVERIFY(okOr(desk.setDone(staging, true), &error));
        QVERIFY(okOr(desk.setDoneWithNote(staging, true, QStringLiteral("again")), &error));
        QCOMPARE(session->history(staging).value().size(), 6);
        QCOMPARE(desk.undoDescription(), QStringLiteral("note \"Staging Environment Verified\""));
        QVERIFY(session->store().verify().intact);
    }

    void undoGoesBackStepByStep()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        ChecklistDesk desk(*session);
        const QString staging = idOf(session->document(), kStaging);
        const QString query = idOf(session->document(), kQueryTime);
        QString error;
        QVERIFY(okOr(desk.setNote(staging, QStringLiteral("first")), &error));
        QVERIFY(okOr(desk.setNote(staging, QStringLiteral("second")), &error));
        QVERIFY(okOr(desk.setField(query, QStringLiteral("f0"), QStringLiteral("120")), &error));
        QVERIFY(okOr(desk.setDone(staging, true), &error));
        QVERIFY(okOr(desk.setDone(staging, false), &error));

        QVERIFY(okOr(desk.undo(), &error));
        QVERIFY(session->state().isDone(staging));
        QVERIFY(okOr(desk.undo(), &error));
        QVERIFY(!session->state().isDone(staging));
        QVERIFY(okOr(desk.undo(), &error));
        QCOMPARE(session->state().field(query, QStringLiteral("f0")), QString());
        QVERIFY(okOr(desk.undo(), &error));
        QCOMPARE(session->state().note(staging), QStringLiteral("first"));
        QVERIFY(okOr(desk.undo(), &error));
        QCOMPARE(session->state().note(staging), QString());
        QVERIFY(!desk.canUndo());
        // Five changes and five inverses, each naming what it reverts, newest first.
        const auto events = allEvents(session->store());
        QCOMPARE(events.size(), 11);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(events.at(6 + i).reverts(), events.at(5 - i).seq);
        QVERIFY(session->store().verify().intact);
    }

    // Ada ticks two items; Grace then changes the second at her own desk. An undo that would
    // overwrite Grace's change is refused, even when she put the value back; her note on the
    // item does not stand in the way of undoing the tick.
    void undoAfterSomeoneElseChanged_data()
    {
        QTest::addColumn<QStringList>("theirs"); // Grace's changes: "untick", "tick", "note"
        QTest::addColumn<bool>("refused");
        QTest::newRow("their untick") << QStringList{QStringLiteral("untick")} << true;
        QTest::newRow("their untick and tick again")
            << QStringList{QStringLiteral("untick"), QStringLiteral("tick")} << true;
        QTest::newRow("their note") << QStringList{QStringLiteral("note")} << false;
    }

    void undoAfterSomeoneElseChanged()
    {
        QFETCH(QStringList, theirs);
        QFETCH(bool, refused);
        const QString path = freshPath();
        auto mine = openAt(path);
        auto other = openAt(path, grace());
        QVERIFY(mine && other);
        ChecklistDesk myDesk(*mine);
        ChecklistDesk theirDesk(*other);
        const QString staging = idOf(mine->document(), kStaging);
        const QString prodDb = idOf(mine->document(), kProductionDb);
        QString error;
        QVERIFY(okOr(myDesk.setDone(prodDb, true), &error));
        QVERIFY(okOr(myDesk.setDone(staging, true), &error));
        for (const QString &change : std::as_const(theirs)) {
            const Status s = change == QLatin1String("note")
                ? theirDesk.setNote(staging, QStringLiteral("checked twice"))
                : theirDesk.setDone(staging, change == QLatin1String("tick"));
            QVERIFY2(okOr(s, &error), qPrintable(error));
        }
        const qint64 before = head(mine->store());
        if (!refused) {
            QVERIFY2(okOr(myDesk.undo(), &error), qPrintable(error));
            QVERIFY(!mine->state().isDone(staging));
            QCOMPARE(mine->state().note(staging), QStringLiteral("checked twice"));
            return;
        }
        QVERIFY(!okOr(myDesk.undo(), &error));
        QVERIFY2(error.contains(QStringLiteral("changed again")), qPrintable(error));
        QCOMPARE(head(mine->store()), before);
        QCOMPARE(mine->state().isDone(staging), theirs.constLast() == QLatin1String("tick")); // Grace's stands
        // The refused entry is dropped; the change before it can still be undone.
        QVERIFY(myDesk.canUndo());
        QCOMPARE(myDesk.undoDescription(), QStringLiteral("tick \"Production Database Setup\""));
        QVERIFY2(okOr(myDesk.undo(), &error), qPrintable(error));
        QVERIFY(!mine->state().isDone(prodDb));
        QVERIFY(okOr(other->refresh(), &error));
        QVERIFY(!other->state().isDone(prodDb));
    }

    void refreshPicksUpOtherWriters()
    {
        const QString path = freshPath();
        auto mine = openAt(path);
        auto theirs = openAt(path, grace());
        QVERIFY(mine && theirs);
        const QString staging = idOf(mine->document(), kStaging);
        const QString query = idOf(mine->document(), kQueryTime);
        QSignalSpy changed(mine.get(), &LaunchRecord::itemsChanged);
        QSignalSpy replaced(mine.get(), &LaunchRecord::documentReplaced);
        QString error;
        QVERIFY(okOr(ChecklistDesk(*theirs).setDone(staging, true), &error));
        QVERIFY(okOr(ChecklistDesk(*theirs).setField(query, QStringLiteral("f0"), QStringLiteral("99")), &error));
        QVERIFY(okOr(ChecklistDesk(*theirs).setNote(staging, QStringLiteral("from CI")), &error));
        QVERIFY(!mine->state().isDone(staging));

        QVERIFY2(okOr(mine->refresh(), &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), (QStringList{staging, query}));
        QCOMPARE(replaced.count(), 0);
        QVERIFY(mine->state().isDone(staging));
        QCOMPARE(mine->state().note(staging), QStringLiteral("from CI"));
        QCOMPARE(mine->state().field(query, QStringLiteral("f0")), QStringLiteral("99"));
        QCOMPARE(mine->headSeq(), head(mine->store()));

        // Nothing new: no signal.
        QVERIFY(okOr(mine->refresh(), &error));
        QCOMPARE(changed.count(), 1);

        // Another session importing a new template replaces the document here too.
        QVERIFY(
            okOr(ChecklistDesk(*theirs).applyImport(
                     ChecklistDesk(*theirs).planImport(templateOf(QStringLiteral("edited.md"), editedSeed())), false),
                 &error));
        QVERIFY(okOr(mine->refresh(), &error));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(mine->document()->taskCount(), 93);
        QVERIFY(mine->state().isDone(staging));
    }

    void verifyRunsInTheBackground()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        QString error;
        QVERIFY(okOr(ChecklistDesk(*session).setDone(idOf(session->document(), kStaging), true), &error));
        QSignalSpy verified(session.get(), &LaunchRecord::verified);
        session->startVerify();
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.count(), 1);
        const VerifyResult result = verified.first().first().value<VerifyResult>();
        QVERIFY2(result.intact, qPrintable(result.reason));
        QCOMPARE(result.eventCount, 2);
    }

    void planShowsAddedRemovedAndChanged()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        const ChecklistDocument *doc = session->document();
        const QString bugs = idOf(doc, kNoCriticalBugs);
        const QString results = idOf(doc, kTestResults);
        QString error;
        QVERIFY(okOr(ChecklistDesk(*session).setDone(bugs, true), &error));

        const ImportPlan plan =
            ChecklistDesk(*session).planImport(templateOf(QStringLiteral("edited.md"), editedSeed()));
        QVERIFY(!plan.sameTemplate);
        QCOMPARE(titles(plan.diff.added, true), QStringList{QStringLiteral("Security review signed off")});
        QCOMPARE(titles(plan.diff.removed, false), QStringList{kTestResults});
        QCOMPARE(plan.diff.removed.first().oldId, results);
        QVERIFY(!plan.diff.removed.first().hadState);
        QCOMPARE(plan.diff.changed.size(), 1);
        const TemplateDiff::Change &c = plan.diff.changed.first();
        QCOMPARE(c.oldId, bugs);
        QCOMPARE(c.oldTitle, kNoCriticalBugs);
        QCOMPARE(c.newTitle, QStringLiteral("No critical or major bugs"));
        QVERIFY(c.newId != c.oldId);
        QCOMPARE(c.newId, idOf(plan.file.document.get(), QStringLiteral("No critical or major bugs")));
        QVERIFY(c.hadState);
        // Its tick follows it to the new id: nothing is lost, so nothing needs --force.
        QCOMPARE(plan.diff.losingState().size(), 0);
        QCOMPARE(plan.diff.carriedState().size(), 1);
        QCOMPARE(plan.diff.carriedState().first().newId, c.newId);
        QCOMPARE(plan.diff.summary(), QStringLiteral("1 added, 1 removed, 1 changed"));
        // Planning writes nothing.
        QCOMPARE(head(session->store()), 2);
    }

    void importRefusesToDropStateWithoutForce()
    {
        const QString path = freshPath();
        auto session = openAt(path);
        QVERIFY(session);
        const ChecklistDocument *doc = session->document();
        const QString staging = idOf(doc, kStaging);
        const QString bugs = idOf(doc, kNoCriticalBugs);
        const QString results = idOf(doc, kTestResults);
        const QString query = idOf(doc, kQueryTime);
        QString error;
        QVERIFY(okOr(ChecklistDesk(*session).setDone(staging, true), &error));
        QVERIFY(okOr(ChecklistDesk(*session).setNote(results, QStringLiteral("in the wiki")), &error));
        QVERIFY(okOr(ChecklistDesk(*session).setDone(bugs, true), &error));
        QVERIFY(okOr(ChecklistDesk(*session).setField(query, QStringLiteral("f0"), QStringLiteral("120")), &error));
        const QString oldSha = session->state().templateSha();
        const qint64 before = head(session->store());

        const ImportPlan plan =
            ChecklistDesk(*session).planImport(templateOf(QStringLiteral("edited.md"), editedSeed()));
        QCOMPARE(plan.diff.losingState().size(), 1);
        QVERIFY(!okOr(ChecklistDesk(*session).applyImport(plan, false), &error));
        QVERIFY2(error.contains(QStringLiteral("edited.md")), qPrintable(error));
        QVERIFY2(!error.contains(bugs), qPrintable(error)); // reworded: its tick is carried over
        QVERIFY2(error.contains(results) && error.contains(kTestResults), qPrintable(error));
        QVERIFY2(!error.contains(staging), qPrintable(error));
        QCOMPARE(head(session->store()), before);
        QCOMPARE(session->state().templateSha(), oldSha);
        QCOMPARE(session->document()->taskCount(), 92);

        QSignalSpy replaced(session.get(), &LaunchRecord::documentReplaced);
        QVERIFY2(okOr(ChecklistDesk(*session).applyImport(plan, true), &error), qPrintable(error));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(session->state().templateSha(), plan.file.sha256);
        QCOMPARE(session->document()->taskCount(), 93);
        QCOMPARE(head(session->store()), before + 2); // the import and the carried tick
        // Unchanged items keep their state under the same id; the new items start open.
        const ChecklistDocument *now = session->document();
        QCOMPARE(idOf(now, kStaging), staging);
        QVERIFY(session->state().isDone(staging));
        QCOMPARE(idOf(now, kQueryTime), query);
        QCOMPARE(session->state().field(query, QStringLiteral("f0")), QStringLiteral("120"));
        // The reworded item took its tick along, as an audited event naming where it came from.
        const QString reworded = idOf(now, QStringLiteral("No critical or major bugs"));
        QVERIFY(session->state().isDone(reworded));
        const auto carried = session->history(reworded).value();
        QCOMPARE(carried.size(), 1);
        QCOMPARE(carried.first().kind, EventKind::ItemTicked);
        QCOMPARE(carried.first().payloadText("carriedFrom"), bugs);
        QVERIFY(!session->state().isDone(idOf(now, QStringLiteral("Security review signed off"))));
        QVERIFY(!now->find(results));
        // The history of the item that left stays in the trail.
        QCOMPARE(session->history(results).value().size(), 1);
        session.reset();

        auto reopened = openAt(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->document()->taskCount(), 93);
        QVERIFY(reopened->state().isDone(staging));
    }

    void importingTheSameTemplateTwiceIsANoOp()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        QString error;
        // The default again.
        const ImportPlan seedAgain = ChecklistDesk(*session).planImport(
            templateOf(QStringLiteral("go-live-checklist.md"), QString::fromUtf8(readData("go-live-checklist.md"))));
        QVERIFY(seedAgain.sameTemplate);
        QVERIFY(seedAgain.diff.isEmpty());
        QVERIFY(okOr(ChecklistDesk(*session).applyImport(seedAgain, false), &error));
        QCOMPARE(head(session->store()), 1);

        const TemplateFile edited = templateOf(QStringLiteral("edited.md"), editedSeed());
        QVERIFY(okOr(ChecklistDesk(*session).applyImport(ChecklistDesk(*session).planImport(edited), false), &error));
        const qint64 afterFirst = head(session->store());
        QCOMPARE(afterFirst, 2);
        QSignalSpy replaced(session.get(), &LaunchRecord::documentReplaced);
        const ImportPlan again = ChecklistDesk(*session).planImport(edited);
        QVERIFY(again.sameTemplate);
        QVERIFY(again.diff.isEmpty());
        QVERIFY(okOr(ChecklistDesk(*session).applyImport(again, false), &error));
        QCOMPARE(head(session->store()), afterFirst);
        QCOMPARE(replaced.count(), 0);
    }

    void templateTicksOnlyWhatTheStoreHasNotSeen()
    {
        const QString path = freshPath();
        auto session = openAt(path);
        QVERIFY(session);
        const QString staging = idOf(session->document(), kStaging);
        const QString prodDb = idOf(session->document(), kProductionDb);
        const QString query = idOf(session->document(), kQueryTime);
        QString error;
        // The team ticked and unticked Staging, and measured the query time.
        QVERIFY(okOr(ChecklistDesk(*session).setDone(staging, true), &error));
        QVERIFY(okOr(ChecklistDesk(*session).setDone(staging, false), &error));
        QVERIFY(okOr(ChecklistDesk(*session).setField(query, QStringLiteral("f0"), QStringLiteral("120")), &error));
        // A session opened later must know that as well as the one that saw it happen.
        session = openAt(path);
        QVERIFY(session);

        QString md = QString::fromUtf8(readData("go-live-checklist.md"));
        QVERIFY(replaceOnce(md, QStringLiteral("- [ ] **Staging Environment Verified**"),
                            QStringLiteral("- [x] **Staging Environment Verified**")));
        QVERIFY(replaceOnce(md, QStringLiteral("- [ ] **Production Database Setup**"),
                            QStringLiteral("- [x] **Production Database Setup**")));
        QVERIFY(replaceOnce(md, QStringLiteral("  - Query response time: _____ ms"),
                            QStringLiteral("  - Query response time: _____[999] ms")));
        QVERIFY(replaceOnce(md, QStringLiteral("### Team Readiness\n"),
                            QStringLiteral("### Team Readiness\n\n- [x] **Vendor contract signed**\n"
                                           "  - Total licences bought: _____[42]\n")));
        const TemplateFile file = templateOf(QStringLiteral("ticked.md"), md);
        const ImportPlan plan = ChecklistDesk(*session).planImport(file);
        // Ticks and filled blanks do not change ids.
        QCOMPARE(plan.diff.added.size(), 2);
        QVERIFY(plan.diff.removed.isEmpty());
        QVERIFY(plan.diff.changed.isEmpty());
        QVERIFY2(okOr(ChecklistDesk(*session).applyImport(plan, false), &error), qPrintable(error));

        const ChecklistDocument *now = session->document();
        const QString vendor = idOf(now, QStringLiteral("Vendor contract signed"));
        const QString licences = idOf(now, QStringLiteral("Total licences bought: _____[42]"));
        QVERIFY(!vendor.isEmpty() && !licences.isEmpty());
        QVERIFY(session->state().isDone(vendor));
        QCOMPARE(session->state().field(licences, QStringLiteral("f0")), QStringLiteral("42"));
        QVERIFY(session->state().isDone(prodDb));   // never touched by the team
        QVERIFY(!session->state().isDone(staging)); // the team's untick stands
        QCOMPARE(session->state().field(query, QStringLiteral("f0")), QStringLiteral("120"));

        // The import and what it ticked are one change of one actor.
        const auto events = allEvents(session->store());
        QCOMPARE(events.size(), 4 + 4);
        for (int i = 4; i < events.size(); ++i) {
            QCOMPARE(events.at(i).timeUtc, events.at(4).timeUtc);
            QCOMPARE(events.at(i).actor.name, QStringLiteral("Ada"));
        }
        QCOMPARE(events.at(4).kind, EventKind::TemplateImported);

        // The team unticks the new task; importing the ticked template again does not re-tick it.
        QVERIFY(okOr(ChecklistDesk(*session).setDone(vendor, false), &error));
        QVERIFY(replaceOnce(md, QStringLiteral("### Risk Mitigation\n"),
                            QStringLiteral("### Risk Mitigation\n\nRevised.\n")));
        QVERIFY(okOr(ChecklistDesk(*session).applyImport(
                         ChecklistDesk(*session).planImport(templateOf(QStringLiteral("ticked2.md"), md)), false),
                     &error));
        QVERIFY(!session->state().isDone(vendor));
        QVERIFY(!session->state().isDone(staging));
        QCOMPARE(allEvents(session->store()).constLast().kind, EventKind::TemplateImported);
    }

    void flatSeedImportsCompletely()
    {
        LaunchRecord::OpenOptions options;
        options.importDefault = false;
        QString error;
        const QString path = freshPath();
        auto session = openOr(path, ada(), &error, options);
        QVERIFY(session);
        TemplateFile flat;
        QVERIFY2(templateOr(TemplateFile::load(dataPath("go-live-checklist.flat.md")), &flat, &error),
                 qPrintable(error));
        QCOMPARE(flat.name, QStringLiteral("go-live-checklist.flat.md"));
        QCOMPARE(flat.stats.listItems, 329);
        QCOMPARE(flat.stats.taskMarkers, 92);
        const ImportPlan plan = ChecklistDesk(*session).planImport(flat);
        QCOMPARE(plan.diff.added.size(), flat.document->nodesInOrder().size());
        QVERIFY2(okOr(ChecklistDesk(*session).applyImport(plan, false), &error), qPrintable(error));
        QCOMPARE(session->document()->taskCount(), 92);
        QCOMPARE(session->document()->tickableCount(), 329);
        const QString stats = idOf(session->document(), QStringLiteral("Collect Statistics"));
        QVERIFY(okOr(ChecklistDesk(*session).setDone(stats, true), &error));
        session.reset();

        auto reopened = openOr(path, ada(), &error, options);
        QVERIFY(reopened);
        QCOMPARE(reopened->document()->tickableCount(), 329);
        QCOMPARE(reopened->state().templateSha(), flat.sha256);
        QVERIFY(reopened->state().isDone(stats));
    }

    void flatSeedReplacesTheStructuredOne()
    {
        // Switching a store from the structured seed to the flat one keeps what both share.
        auto session = openAt(freshPath());
        QVERIFY(session);
        const QString staging = idOf(session->document(), kStaging);
        QString error;
        QVERIFY(okOr(ChecklistDesk(*session).setDone(staging, true), &error));
        TemplateFile flat;
        QVERIFY(templateOr(TemplateFile::load(dataPath("go-live-checklist.flat.md")), &flat, &error));
        const ImportPlan plan = ChecklistDesk(*session).planImport(flat);
        QVERIFY(plan.diff.losingState().isEmpty());
        QVERIFY2(okOr(ChecklistDesk(*session).applyImport(plan, false), &error), qPrintable(error));
        QCOMPARE(session->document()->tickableCount(), 329);
        QCOMPARE(idOf(session->document(), kStaging), staging);
        QVERIFY(session->state().isDone(staging));
    }
};

QTEST_MAIN(TestChecklistDesk)
#include "tst_checklistdesk.moc"
