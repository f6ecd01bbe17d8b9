#include "models/itemmodels/ChecklistFilter.h"
#include "models/itemmodels/ChecklistTreeModel.h"
#include "models/itemmodels/HistoryModel.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "tests/EnglishPlurals.h"
#include "tests/TempStore.h"
#include "tests/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using Kind = ChecklistNode::Kind;
using Show = ChecklistFilterProxy::Show;
using Tester = QAbstractItemModelTester;

namespace {

const QString kStaging = QStringLiteral("Staging Environment Verified");
const QString kE2e = QStringLiteral("E2E Tests Passed (100%)");
const QString kNoCriticalBugs = QStringLiteral("No critical bugs or failures");
const QString kProductionDb = QStringLiteral("Production Database Setup");
const QString kFinalStatus = QStringLiteral("Final System Status"); // Phase 2
const QString kQueryTime = QStringLiteral("Query response time: _____ ms");

QString idAt(const QModelIndex &index)
{
    return index.data(ChecklistTreeModel::NodeIdRole).toString();
}

// Every index of a model, depth-first.
QVector<QModelIndex> allRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QVector<QModelIndex> out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        out.append(i);
        out += allRows(model, i);
    }
    return out;
}

QSet<QString> idsOf(const QVector<QModelIndex> &indexes)
{
    QSet<QString> out;
    for (const QModelIndex &i : indexes)
        out.insert(idAt(i));
    return out;
}

// A record of its own with the seed, the tree over it (ticks go through its checklist desk) and a
// filter proxy over the tree.
struct Tree
{
    explicit Tree(const QString &path) : session(openedOrFatal(path)), checklist(*session), model(&checklist)
    {
        proxy.setSourceModel(&model);
    }
    static std::unique_ptr<LaunchRecord> openedOrFatal(const QString &path)
    {
        auto opened = openSession(path, ada());
        if (!opened)
            qFatal("could not open a record at %s", qPrintable(path));
        return opened;
    }

    std::unique_ptr<LaunchRecord> session;
    ChecklistDesk checklist;
    ChecklistTreeModel model;
    ChecklistFilterProxy proxy;
};

} // namespace

class TestChecklistTreeModel : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempStore m_dir{QStringLiteral("tree-%1.sqlite")};

    QString freshPath() { return m_dir.freshPath(); }

    static std::unique_ptr<LaunchRecord> openAt(const QString &path, const Actor &actor = ada())
    {
        return openSession(path, actor);
    }

    // The rows a filter keeps: the matches, and headings or items only as their parents.
    static void checkOnlyMatchesAndTheirParents(const QAbstractItemModel &proxy, const QSet<QString> &matches)
    {
        QSet<QString> leaves;
        for (const QModelIndex &i : allRows(proxy)) {
            if (matches.contains(idAt(i)))
                continue;
            QVERIFY2(proxy.rowCount(i) > 0, qPrintable(i.data().toString() + QStringLiteral(" shown without reason")));
        }
        for (const QModelIndex &i : allRows(proxy))
            leaves.insert(idAt(i));
        QVERIFY(leaves.contains(matches));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(installEnglishPlurals()); // "1/3 steps", as the application counts
    }

    void treeMirrorsTheDocument()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const ChecklistDocument *doc = session->document();

        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Phase 1: One Week Before Go-Live"));
        QCOMPARE(model.headerData(ChecklistTreeModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Checklist"));
        const auto rows = allRows(model);
        QCOMPARE(rows.size(), doc->nodesInOrder().size() - 1); // all but the invisible root
        int tickable = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const QModelIndex &index = rows.at(i);
            const ChecklistNode *n = doc->nodesInOrder().at(i + 1);
            QCOMPARE(idAt(index), n->id());
            QCOMPARE(model.node(index), n);
            QCOMPARE(index.data(ChecklistTreeModel::KindRole).toInt(), int(n->kind()));
            QCOMPARE(model.indexForId(n->id()), index);
            QCOMPARE(index.data(Qt::CheckStateRole).isValid(), n->isTickable());
            QCOMPARE(bool(model.flags(index) & Qt::ItemIsUserCheckable), n->isTickable());
            QVERIFY(!(model.flags(index.siblingAtColumn(1)) & Qt::ItemIsUserCheckable));
            tickable += n->isTickable();
        }
        QCOMPARE(tickable, 334);
        QVERIFY(!model.indexForId(QStringLiteral("document")).isValid());
        QVERIFY(!model.indexForId(QStringLiteral("no-such-id")).isValid());
    }

    void checkStateTicksThroughTheSession()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const QString staging = idOf(session->document(), kStaging);
        const QModelIndex index = model.indexForId(staging);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(index, Qt::Checked, Qt::CheckStateRole));
        // The store has it before the view does.
        const AuditEvent last = allEvents(session->store()).constLast();
        QCOMPARE(last.item(), staging);
        QCOMPARE(last.kind, EventKind::ItemTicked);
        QCOMPARE(last.actor.name, QStringLiteral("Ada"));
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(index.data(ChecklistTreeModel::DoneRole).toBool(), true);
        // The row itself, its section and its phase.
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), index);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), index.siblingAtColumn(ChecklistTreeModel::ProgressColumn));
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), index.parent());
        QCOMPARE(changed.at(2).at(0).value<QModelIndex>(), index.parent().parent());
        QCOMPARE(changed.at(2).at(1).value<QModelIndex>(), model.index(1, ChecklistTreeModel::ProgressColumn));

        QVERIFY(model.setData(index, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(allEvents(session->store()).constLast().kind, EventKind::ItemUnticked);
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Only check states of tickable rows can be set.
        const qint64 before = head(session->store());
        QVERIFY(!model.setData(index, QStringLiteral("x"), Qt::EditRole));
        QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(QModelIndex(), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(head(session->store()), before);
    }

    void progressCounts()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const ChecklistDocument *doc = session->document();
        const QModelIndex phase1 = model.index(1, 0);
        const QModelIndex section = model.index(0, 0, phase1); // Pre-Deployment Verification
        QCOMPARE(section.data().toString(), QStringLiteral("Pre-Deployment Verification"));
        QCOMPARE(phase1.data(ChecklistTreeModel::TaskTotalRole).toInt(), 10);
        QCOMPARE(phase1.data(ChecklistTreeModel::TaskDoneRole).toInt(), 0);
        QCOMPARE(section.data(ChecklistTreeModel::TaskTotalRole).toInt(), 4);
        QCOMPARE(phase1.siblingAtColumn(1).data().toString(), QStringLiteral("0/10"));
        auto rootCounts = [&model](int role) {
            int sum = 0;
            for (int r = 0; r < model.rowCount(); ++r)
                sum += model.index(r, 0).data(role).toInt();
            return sum;
        };
        QCOMPARE(rootCounts(ChecklistTreeModel::TaskTotalRole), 92);
        QCOMPARE(rootCounts(ChecklistTreeModel::TaskDoneRole), 0);

        for (const QString &title : {kStaging, kE2e, kFinalStatus})
            QVERIFY(model.setData(model.indexForId(idOf(doc, title)), Qt::Checked, Qt::CheckStateRole));
        // A step is not a task: it counts for its task's steps, not for the phase.
        const QModelIndex bugs = model.indexForId(idOf(doc, kNoCriticalBugs));
        QVERIFY(model.setData(bugs, Qt::Checked, Qt::CheckStateRole));

        QCOMPARE(phase1.data(ChecklistTreeModel::TaskDoneRole).toInt(), 2);
        QCOMPARE(section.data(ChecklistTreeModel::TaskDoneRole).toInt(), 2);
        QCOMPARE(phase1.siblingAtColumn(1).data().toString(), QStringLiteral("2/10"));
        QCOMPARE(model.index(2, 0).data(ChecklistTreeModel::TaskDoneRole).toInt(), 1);
        QCOMPARE(rootCounts(ChecklistTreeModel::TaskDoneRole), 3);
        QCOMPARE(rootCounts(ChecklistTreeModel::TaskTotalRole), 92);
        const QModelIndex e2e = model.indexForId(idOf(doc, kE2e));
        QCOMPARE(e2e.data(ChecklistTreeModel::TaskTotalRole).toInt(), 1);
        QCOMPARE(e2e.data(ChecklistTreeModel::TaskDoneRole).toInt(), 1);
        QCOMPARE(e2e.siblingAtColumn(1).data().toString(), QStringLiteral("1/3 steps"));

        // Another writer's tick shows after refresh.
        auto theirs = openAt(session->store().path(), grace());
        QVERIFY(theirs);
        QString error;
        QVERIFY(okOr(ChecklistDesk(*theirs).setDone(idOf(doc, kProductionDb), true), &error));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(okOr(session->refresh(), &error));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(phase1.data(ChecklistTreeModel::TaskDoneRole).toInt(), 3);
        QCOMPARE(rootCounts(ChecklistTreeModel::TaskDoneRole), 4);
    }

    void filledFieldsShowInTheTitle()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        const QString query = idOf(session->document(), kQueryTime);
        QString error;
        QVERIFY(okOr(checklist.setField(query, QStringLiteral("f0"), QStringLiteral("120")), &error));
        QCOMPARE(model.indexForId(query).data().toString(), QStringLiteral("Query response time: 120 ms"));
        QCOMPARE(model.indexForId(query).data(ChecklistTreeModel::SearchTextRole).toString(),
                 QStringLiteral("Query response time: 120 ms"));
        // A German desk types and reads a decimal comma; the record keeps the C form.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(okOr(checklist.setField(query, QStringLiteral("f0"), QStringLiteral("120,5 ms")), &error));
        const QString german = model.indexForId(query).data().toString();
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("Query response time: 120,5 ms"));
        QCOMPARE(session->state().field(query, QStringLiteral("f0")), QStringLiteral("120.5"));
        QVERIFY(okOr(checklist.setField(query, QStringLiteral("f0"), QStringLiteral("120")), &error));
        QVERIFY(okOr(checklist.setNote(query, QStringLiteral("measured at noon")), &error));
        QCOMPARE(model.indexForId(query).data(ChecklistTreeModel::SearchTextRole).toString(),
                 QStringLiteral("Query response time: 120 ms\nmeasured at noon"));
        QCOMPARE(model.indexForId(query).data(Qt::ToolTipRole).toString(), QStringLiteral("Note: measured at noon"));
    }

    void proxyShowsOpenAndDone()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
        const ChecklistDocument *doc = session->document();
        QCOMPARE(proxy.rowCount(), 8);
        QCOMPARE(allRows(proxy).size(), allRows(model).size());

        const QSet<QString> done = {idOf(doc, kStaging), idOf(doc, kE2e), idOf(doc, kNoCriticalBugs),
                                    idOf(doc, kFinalStatus)};
        for (const QString &id : done)
            QVERIFY(model.setData(model.indexForId(id), Qt::Checked, Qt::CheckStateRole));

        proxy.setShow(Show::Done);
        QCOMPARE(proxy.show(), Show::Done);
        QSet<QString> shownDone;
        for (const QModelIndex &i : allRows(proxy)) {
            if (i.data(ChecklistTreeModel::DoneRole).toBool())
                shownDone.insert(idAt(i));
        }
        QCOMPARE(shownDone, done);
        checkOnlyMatchesAndTheirParents(proxy, done);
        QCOMPARE(proxy.rowCount(), 2); // Phase 1 and Phase 2
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Phase 1: One Week Before Go-Live"));

        proxy.setShow(Show::Open);
        QSet<QString> open;
        int shownOpen = 0;
        for (const QModelIndex &i : allRows(proxy)) {
            const ChecklistNode *n = doc->find(idAt(i));
            if (n->isTickable() && !i.data(ChecklistTreeModel::DoneRole).toBool()) {
                open.insert(n->id());
                ++shownOpen;
            }
        }
        QCOMPARE(shownOpen, 334 - 4);
        checkOnlyMatchesAndTheirParents(proxy, open);
        // E2E is done but has open steps: it stays, as their parent. A done step has no children.
        QVERIFY(idsOf(allRows(proxy)).contains(idOf(doc, kE2e)));
        QVERIFY(!idsOf(allRows(proxy)).contains(idOf(doc, kNoCriticalBugs)));

        proxy.setShow(Show::All);
        QCOMPARE(allRows(proxy).size(), allRows(model).size());
    }

    void proxyFollowsChanges()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
        proxy.setShow(Show::Done);
        QCOMPARE(proxy.rowCount(), 0);

        const QString staging = idOf(session->document(), kStaging);
        QVERIFY(model.setData(model.indexForId(staging), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(idsOf(allRows(proxy)).contains(staging), true);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex shown = proxy.mapFromSource(model.indexForId(staging));
        QVERIFY(shown.isValid());
        QCOMPARE(shown.parent().data().toString(), QStringLiteral("Pre-Deployment Verification"));

        // Unticking through the proxy removes the row again.
        QVERIFY(proxy.setData(shown, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!session->state().isDone(staging));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void proxySearches()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
        const ChecklistDocument *doc = session->document();

        proxy.setSearchText(QStringLiteral("  backup   RESTORE "));
        const QSet<QString> restore = {idOf(doc, QStringLiteral("Backup restore procedure tested")),
                                       idOf(doc, QStringLiteral("Backup restore tested")),
                                       idOf(doc, QStringLiteral("Verify backup restore capability"))};
        QVERIFY(!restore.contains(QString()));
        QSet<QString> matching;
        for (const QModelIndex &i : allRows(proxy)) {
            if (i.data(ChecklistTreeModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("backup restore"), Qt::CaseInsensitive))
                matching.insert(idAt(i));
        }
        QCOMPARE(matching, restore);
        checkOnlyMatchesAndTheirParents(proxy, restore);
        QCOMPARE(proxy.rowCount(), 3); // Phase 1, Phase 2, Ongoing Monitoring

        // Notes and filled-in values are searched too.
        const QString prodDb = idOf(doc, kProductionDb);
        const QString query = idOf(doc, kQueryTime);
        QString error;
        QVERIFY(okOr(checklist.setNote(prodDb, QStringLiteral("Called vendor XYZ")), &error));
        QVERIFY(okOr(checklist.setField(query, QStringLiteral("f0"), QStringLiteral("4711")), &error));
        proxy.setSearchText(QStringLiteral("vendor xyz"));
        QCOMPARE(idsOf(allRows(proxy)).intersect(QSet<QString>{prodDb, query}), QSet<QString>{prodDb});
        checkOnlyMatchesAndTheirParents(proxy, {prodDb});
        proxy.setSearchText(QStringLiteral("4711"));
        checkOnlyMatchesAndTheirParents(proxy, {query});
        QVERIFY(idsOf(allRows(proxy)).contains(query));

        // Search and Done together: only done matches.
        QVERIFY(model.setData(model.indexForId(restore.values().first()), Qt::Checked, Qt::CheckStateRole));
        proxy.setSearchText(QStringLiteral("backup restore"));
        proxy.setShow(Show::Done);
        QSet<QString> doneMatches;
        for (const QModelIndex &i : allRows(proxy)) {
            if (restore.contains(idAt(i)))
                doneMatches.insert(idAt(i));
        }
        QCOMPARE(doneMatches, QSet<QString>{restore.values().first()});
        proxy.setSearchText(QString());
        proxy.setShow(Show::All);
        QCOMPARE(allRows(proxy).size(), allRows(model).size());
    }

    // F3 / Shift+F3 and Enter in the search box go to the matches themselves, in reading order,
    // never to a heading shown only as their parent; the walk wraps around.
    void proxyWalksTheMatches()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
        const ChecklistDocument *doc = session->document();
        // Without a search every row is shown for itself: the first match is the first row.
        QCOMPARE(proxy.nextMatch({}), proxy.index(0, 0));
        QVERIFY(proxy.isMatch(proxy.index(0, 0)));

        proxy.setSearchText(QStringLiteral("backup restore"));
        QStringList inOrder; // the matches as the tree lists them
        for (const QModelIndex &i : allRows(proxy)) {
            if (proxy.isMatch(i))
                inOrder.append(idAt(i));
            else
                QVERIFY(proxy.rowCount(i) > 0); // shown only as a parent
        }
        QCOMPARE(inOrder.size(), 3);
        QCOMPARE(inOrder.first(), idOf(doc, QStringLiteral("Backup restore procedure tested")));
        QModelIndex at = proxy.nextMatch({});
        for (int i = 0; i < 4; ++i) { // and around again
            QCOMPARE(idAt(at), inOrder.at(i % 3));
            at = proxy.nextMatch(at);
        }
        at = proxy.nextMatch({}, false);
        QCOMPARE(idAt(at), inOrder.last());
        QCOMPARE(idAt(proxy.nextMatch(at, false)), inOrder.at(1));
        // From a heading (shown as a parent), forward is the first match below it.
        const QModelIndex phase = proxy.index(0, 0);
        QVERIFY(!proxy.isMatch(phase));
        QCOMPARE(idAt(proxy.nextMatch(phase)), inOrder.first());

        proxy.setSearchText(QStringLiteral("no such words anywhere"));
        QVERIFY(!proxy.nextMatch({}).isValid());
    }

    void importResetsTheModel()
    {
        Tree tree(freshPath());
        auto &[session, checklist, model, proxy] = tree;
        Tester treeTester(&model, Tester::FailureReportingMode::QtTest);
        Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
        const QString staging = idOf(session->document(), kStaging);
        QVERIFY(model.setData(model.indexForId(staging), Qt::Checked, Qt::CheckStateRole));
        proxy.setShow(Show::Done);
        QCOMPARE(proxy.rowCount(), 1);

        // Until the reset begins, the model must still describe the old document.
        int rowsWhenAboutToReset = -1;
        QString firstPhaseWhenAboutToReset;
        connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] {
            rowsWhenAboutToReset = model.rowCount();
            firstPhaseWhenAboutToReset = model.index(1, 0).data().toString();
        });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QString md = QString::fromUtf8(readData("go-live-checklist.md"));
        QVERIFY(replaceOnce(md, QStringLiteral("## Phase 1: One Week Before Go-Live\n"),
                            QStringLiteral("## Phase 0: Kick-off\n\n- [x] **Budget approved**\n\n"
                                           "## Phase 1: One Week Before Go-Live\n")));
        TemplateFile file;
        QString error;
        QVERIFY(templateOr(TemplateFile::fromMarkdown(QStringLiteral("nine-phases.md"), md.toUtf8()), &file, &error));
        QVERIFY2(okOr(checklist.applyImport(checklist.planImport(file), false), &error), qPrintable(error));

        QCOMPARE(reset.count(), 1);
        QCOMPARE(rowsWhenAboutToReset, 8);
        QCOMPARE(firstPhaseWhenAboutToReset, QStringLiteral("Phase 1: One Week Before Go-Live"));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Phase 0: Kick-off"));
        QCOMPARE(model.index(1, 0).data(ChecklistTreeModel::TaskDoneRole).toInt(), 1);
        QVERIFY(model.indexForId(staging).data(ChecklistTreeModel::DoneRole).toBool());
        int sum = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            sum += model.index(r, 0).data(ChecklistTreeModel::TaskTotalRole).toInt();
        QCOMPARE(sum, 93);
        QCOMPARE(proxy.rowCount(), 2); // the new phase's ticked task, and Phase 1
    }

    void historyModel()
    {
        auto session = openAt(freshPath());
        QVERIFY(session);
        const ChecklistDocument *doc = session->document();
        const QString query = idOf(doc, kQueryTime);
        QString error;
        ChecklistDesk desk(*session);
        QVERIFY(okOr(desk.setDone(query, true), &error));
        QVERIFY(okOr(desk.setField(query, QStringLiteral("f0"), QStringLiteral("120")), &error));
        QVERIFY(okOr(desk.setNote(query, QStringLiteral("called vendor")), &error));
        QVERIFY(okOr(desk.setField(query, QStringLiteral("f0"), QStringLiteral("95")), &error));
        QVERIFY(okOr(desk.undo(), &error));

        HistoryModel history;
        Tester tester(&history, Tester::FailureReportingMode::QtTest);
        QSignalSpy reset(&history, &QAbstractItemModel::modelReset);
        history.setEvents(session->history(query).value(), doc->find(query));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(history.rowCount(), 5);
        QCOMPARE(history.columnCount(), 3);
        QCOMPARE(history.rowCount(history.index(0, 0)), 0);
        QCOMPARE(history.headerData(HistoryModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("When"));
        QCOMPARE(history.headerData(HistoryModel::WhoColumn, Qt::Horizontal).toString(), QStringLiteral("Who"));
        QCOMPARE(history.headerData(HistoryModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));

        const QStringList changes = {
            QStringLiteral("ticked"),
            QStringLiteral("Query response time: (empty) → \"120\" ms"),
            QStringLiteral("note: (empty) → \"called vendor\""),
            QStringLiteral("Query response time: \"120\" → \"95\" ms"),
            QStringLiteral("undo of #5: Query response time: \"95\" → \"120\" ms"),
        };
        for (int r = 0; r < history.rowCount(); ++r) {
            QCOMPARE(history.index(r, HistoryModel::ChangeColumn).data().toString(), changes.at(r));
            QCOMPARE(history.index(r, HistoryModel::WhoColumn).data().toString(),
                     QStringLiteral("Ada (Platform Lead)"));
            QCOMPARE(history.eventAt(r).seq, r + 2);
            const QString tip = history.index(r, HistoryModel::TimeColumn).data(Qt::ToolTipRole).toString();
            QVERIFY2(
                tip.startsWith(QStringLiteral("Event #%1 at %2 UTC, hash ").arg(r + 2).arg(history.eventAt(r).timeUtc)),
                qPrintable(tip));
            QVERIFY(!history.index(r, HistoryModel::TimeColumn).data().toString().isEmpty());
        }
        history.setEvents({}, nullptr);
        QCOMPARE(history.rowCount(), 0);
    }

    void describeTexts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("oldValue");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<qint64>("reverts");
        QTest::addColumn<bool>("withNode");
        QTest::addColumn<QString>("text");
        QTest::newRow("tick") << "tick"
                              << "done"
                              << ""
                              << "true" << qint64(0) << true << "ticked";
        QTest::newRow("untick") << "untick"
                                << "done"
                                << "true"
                                << "false" << qint64(0) << true << "unticked";
        QTest::newRow("undo of a tick") << "untick"
                                        << "done"
                                        << "true"
                                        << "false" << qint64(12) << true << "undo of #12: unticked";
        QTest::newRow("note") << "note"
                              << "note"
                              << ""
                              << "called vendor" << qint64(0) << false << "note: (empty) → \"called vendor\"";
        QTest::newRow("note cleared") << "note"
                                      << "note"
                                      << "called vendor"
                                      << "" << qint64(0) << false << "note: \"called vendor\" → (empty)";
        QTest::newRow("field with its label and unit")
            << "field"
            << "field:f0"
            << "100"
            << "120" << qint64(0) << true << "Query response time: \"100\" → \"120\" ms";
        QTest::newRow("field without its node") << "field"
                                                << "field:f0"
                                                << ""
                                                << "5" << qint64(0) << false << "f0: (empty) → \"5\"";
        QTest::newRow("unknown field key") << "field"
                                           << "field:f9"
                                           << ""
                                           << "5" << qint64(0) << true << "f9: (empty) → \"5\"";
        QTest::newRow("import") << "import"
                                << "template"
                                << ""
                                << "abc123" << qint64(0) << false << "checklist imported: ";
    }

    void describeTexts()
    {
        QFETCH(QString, action);
        QFETCH(QString, slot);
        QFETCH(QString, oldValue);
        QFETCH(QString, newValue);
        QFETCH(qint64, reverts);
        QFETCH(bool, withNode);
        QFETCH(QString, text);
        const auto doc = MarkdownChecklistReader::read(QStringLiteral("- [ ] Query response time: _____ ms\n"));
        // A format-1 event as schema 2 wrote it, read through its typed form.
        AuditEvent e;
        e.format = 1;
        e.legacy.action = action;
        e.legacy.slot = slot;
        e.legacy.oldValue = oldValue;
        e.legacy.newValue = newValue;
        e.legacy.reverts = reverts;
        legacyUpcast(e);
        QCOMPARE(HistoryModel::describe(e, withNode ? doc->root()->child(0) : nullptr), text);
    }
};

QTEST_MAIN(TestChecklistTreeModel)
#include "tst_checklisttreemodel.moc"
