#include "models/criteria/CriteriaDesk.h"
#include "models/itemmodels/ChecklistTreeModel.h"
#include "models/itemmodels/HistoryModel.h"
#include "models/reports/ReportDesk.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "models/session/LaunchTiming.h"
#include "models/session/OperatorProfile.h"
#include "models/signoff/SignOffDesk.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/PhaseLayout.h"
#include "tests/EnglishPlurals.h"
#include "tests/SignOffTestSupport.h"
#include "tests/TestSupport.h"
#include "ui/AuditStatusLabel.h"
#include "ui/MainWindow.h"
#include "ui/OperatorDialog.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/CommandView.h"
#include "ui/checklist/FieldEditor.h"
#include "ui/checklist/ItemDetailsPane.h"
#include "ui/incidents/IncidentsDock.h"
#include "ui/signoff/SignOffDialog.h"
#include "ui/signoff/SignOffPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

namespace {

QString idOf(LaunchRecord &session, const QString &text)
{
    const auto found = session.document()->match(text);
    return found.size() == 1 ? found.first()->id() : QString();
}

// Saves a picture of the window when GOLIVE_SCREENSHOT_DIR is set, for the README and reviews.
void maybeGrab(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let widgets added to a visible layout show themselves
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

// Runs answer on the modal dialog of type D as soon as it shows (then stops looking).
template<class D>
void whenShown(QObject *context, const std::function<void(D *)> &answer)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start(20);
}

// The printed name the window's first Sign… offers.
QString offeredSignerName(QWidget *window)
{
    auto *panel = window->findChild<SignOffPanel *>();
    if (!panel)
        return QStringLiteral("(no sign-off panel)");
    QPushButton *sign = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (!sign && b->text().startsWith(QStringLiteral("Sign")))
            sign = b;
    }
    if (!sign)
        return QStringLiteral("(no Sign button)");
    QString offered = QStringLiteral("(no dialog)");
    whenShown<SignOffDialog>(window, [&offered](SignOffDialog *dialog) {
        offered = dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text();
        dialog->reject();
    });
    sign->click();
    return offered;
}

// A window with every dock but the service tiles (which need the probes' thread), for the layouts.
struct LayoutWindow
{
    explicit LayoutWindow(LaunchRecord *session, const Clock &clock)
        : checklist(*session),
          timeline(session, clock),
          reports(session, &clock),
          criteria(&checklist, &clock),
          signOff(session),
          window(session)
    {
        window.attachTimeline(&timeline);
        window.attachIncidents();
        window.attachReports(&reports);
        window.attachCriteria(&criteria);
        window.attachSignOff(&signOff);
    }
    QDockWidget *dock(const char *panel) const
    {
        return window.findChild<QDockWidget *>(QLatin1String(panel) + QStringLiteral("Dock"));
    }
    // In the layout: shown, in front or as a tab behind another.
    bool placed(const char *panel) const { return dock(panel)->toggleViewAction()->isChecked(); }
    bool inFront(const char *panel) const
    {
        return dock(panel)->isVisible() && !dock(panel)->visibleRegion().isEmpty();
    }

    ChecklistDesk checklist;
    LaunchTimeline timeline;
    ReportDesk reports;
    CriteriaDesk criteria;
    SignOffDesk signOff;
    MainWindow window;
};

// The layouts' settings of earlier runs do not count.
void forgetLayouts()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings settings;
    settings.remove(QStringLiteral("window"));
    settings.remove(QStringLiteral("layouts"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals()); // "(1 event)", as the application counts
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_session = TestSupport::openOr(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count)),
                                        Actor::person(QStringLiteral("Dana"), QStringLiteral("Platform Lead")), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void freshStoreShowsTheSeedChecklist()
    {
        QTreeView *tree = m_window->checklistPanel()->treeView();
        QCOMPARE(tree->model()->rowCount(), 8);
        QCOMPARE(m_session->document()->taskCount(), 92);
        maybeGrab(m_window.get(), "main-window");
    }

    void spaceTicksTheSelectedItem()
    {
        const QString id = idOf(*m_session, QStringLiteral("E2E Tests Passed"));
        QVERIFY(!id.isEmpty());
        m_window->checklistPanel()->selectItem(id);
        QTreeView *tree = m_window->checklistPanel()->treeView();
        tree->setFocus();
        QCOMPARE(m_window->detailsPane()->itemId(), id);
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(m_session->state().isDone(id));
        // The tick is in the store, with the operator, before it is shown.
        const auto history = m_session->history(id).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().actor.name, QStringLiteral("Dana"));
        QCOMPARE(history.first().actor.role, QStringLiteral("Platform Lead"));
        QCOMPARE(m_window->detailsPane()->historyModel()->rowCount(), 1);
        QCOMPARE(m_window->detailsPane()->historyModel()->index(0, HistoryModel::ChangeColumn).data().toString(),
                 QStringLiteral("ticked"));
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(!m_session->state().isDone(id));
        QCOMPARE(m_session->history(id).value().size(), 2);
    }

    void undoRecordsANewEvent()
    {
        const QString id = idOf(*m_session, QStringLiteral("Rollback Plan Confirmed"));
        QString error;
        QVERIFY(TestSupport::okOr(m_window->checklistDesk()->setDone(id, true), &error));
        QVERIFY(m_window->undoAction()->isEnabled());
        QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("Rollback Plan Confirmed")));
        m_window->undoAction()->trigger();
        QVERIFY(!m_session->state().isDone(id));
        const auto history = m_session->history(id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).reverts(), history.at(0).seq);
        QVERIFY(!m_window->undoAction()->isEnabled());
    }

    void ctrlFSearchesAndFilters()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("pg_isready"));
        QTreeView *tree = m_window->checklistPanel()->treeView();
        // Only the phase, section and task that lead to the one matching step remain.
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex phase = tree->model()->index(0, 0);
        QCOMPARE(phase.data().toString(), QStringLiteral("Phase 2: Go-Live Day"));
        const QModelIndex section = tree->model()->index(0, 0, phase);
        const QModelIndex task = tree->model()->index(0, 0, section);
        QCOMPARE(task.data().toString(), QStringLiteral("Service Health Verification"));
        QCOMPARE(tree->model()->rowCount(task), 1);
        search->clear();
        auto *show = m_window->findChild<QComboBox *>(QStringLiteral("showCombo"));
        QString error;
        QVERIFY(TestSupport::okOr(
            ChecklistDesk(*m_session).setDone(idOf(*m_session, QStringLiteral("Team Training Completed")), true),
            &error));
        show->setCurrentIndex(2); // done items
        QCOMPARE(tree->model()->rowCount(), 1);
        show->setCurrentIndex(0);
        QCOMPARE(tree->model()->rowCount(), 8);
    }

    void typedFieldsValidateAndKeepInput()
    {
        const QString hour1 = idOf(*m_session, QStringLiteral("Hour 1 (T+1h)"));
        const ChecklistNode *group = m_session->document()->find(hour1);
        const QString failed = group->child(2)->id(); // Failed executions: _____
        m_window->checklistPanel()->selectItem(failed);
        const auto editors = m_window->detailsPane()->fieldEditors();
        QCOMPARE(editors.size(), 1);
        auto *edit = editors.first()->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->setText(QStringLiteral("two"));
        QVERIFY(!editors.first()->commit());
        QVERIFY(editors.first()->errorText().contains(QStringLiteral("whole number")));
        QCOMPARE(edit->text(), QStringLiteral("two")); // the input is not thrown away
        QCOMPARE(m_session->state().field(failed, QStringLiteral("f0")), QString());
        edit->setText(QStringLiteral("2"));
        QVERIFY(editors.first()->commit());
        QCOMPARE(m_session->state().field(failed, QStringLiteral("f0")), QStringLiteral("2"));
        QVERIFY(editors.first()->errorText().isEmpty());
        maybeGrab(m_window.get(), "field-editor");
    }

    // The keyboard alone: Enter on an item reaches its first value, Tab goes through the values,
    // the note (which does not swallow Tab) and Save note and back to the tree; Esc returns too.
    void keyboardReachesEveryValue()
    {
        const ChecklistNode *item = nullptr; // the item with the most values, typed ones first
        for (const ChecklistNode *n : m_session->document()->nodesInOrder()) {
            if (!n->fields().isEmpty() && n->fields().first().type != ChecklistField::Type::Choice
                && (!item || n->fields().size() > item->fields().size()))
                item = n;
        }
        QVERIFY(item);
        m_window->checklistPanel()->selectItem(item->id());
        QTreeView *tree = m_window->checklistPanel()->treeView();
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Return);
        const QList<QWidget *> chain = m_window->detailsPane()->inputChain();
        QCOMPARE(chain.size(), item->fields().size() + 2); // the values, the note, Save note
        QTRY_VERIFY(chain.first()->hasFocus());
        QTest::keyClicks(chain.first(), QStringLiteral("12"));
        for (int i = 1; i < chain.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(chain.at(i)->hasFocus(),
                     qPrintable(QStringLiteral("Tab %1 reached %2")
                                    .arg(i)
                                    .arg(QLatin1String(QApplication::focusWidget()->metaObject()->className()))));
        }
        // The first value was committed when Tab left it.
        QCOMPARE(m_session->state().field(item->id(), item->fields().first().key), QStringLiteral("12"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(tree->hasFocus());
        QCOMPARE(m_window->detailsPane()->itemId(), item->id());
        // F2 goes in again; Shift+Tab from the first value and Esc from the note come back.
        QTest::keyClick(tree, Qt::Key_F2);
        QVERIFY(chain.first()->hasFocus());
        QTest::keyClick(chain.first(), Qt::Key_Backtab);
        QVERIFY(tree->hasFocus());
        m_window->detailsPane()->noteEdit()->setFocus();
        QTest::keyClicks(m_window->detailsPane()->noteEdit(), QStringLiteral("typed"));
        QTest::keyClick(m_window->detailsPane()->noteEdit(), Qt::Key_Escape);
        QVERIFY(tree->hasFocus());
    }

    // In the search, Down and Enter go to the first match, F3 and Shift+F3 walk the matches.
    void searchWalksTheMatchesByKeyboard()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->checklistPanel()->searchEdit();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("backup restore"));
        QTest::keyClick(search, Qt::Key_Return);
        QTreeView *tree = m_window->checklistPanel()->treeView();
        QVERIFY(tree->hasFocus());
        const QString first = m_window->checklistPanel()->currentItemId();
        QCOMPARE(first, idOf(*m_session, QStringLiteral("Backup restore procedure tested")));
        QTest::keyClick(tree, Qt::Key_F3);
        const QString second = m_window->checklistPanel()->currentItemId();
        QVERIFY(second != first);
        QVERIFY(m_session->document()->find(second)->title().contains(QStringLiteral("restore"), Qt::CaseInsensitive));
        QTest::keyClick(tree, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_window->checklistPanel()->currentItemId(), first);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(tree->hasFocus());
        QCOMPARE(m_window->checklistPanel()->currentItemId(), first);
    }

    // Copy says so, and its button keeps its width.
    void copyGivesFeedback()
    {
        m_window->checklistPanel()->selectItem(idOf(*m_session, QStringLiteral("Service Health Verification")));
        auto *view = m_window->detailsPane()->findChild<CommandView *>();
        QVERIFY(view);
        auto *copy = view->findChild<QToolButton *>();
        const int width = copy->width();
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), view->findChild<QPlainTextEdit *>()->toPlainText());
        QVERIFY(copy->text() != QStringLiteral("Copy"));
        QCOMPARE(copy->width(), width);
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy"), 5000);
    }

    void noteIsSavedWithHistory()
    {
        const QString id = idOf(*m_session, QStringLiteral("Service Health Verification"));
        m_window->checklistPanel()->selectItem(id);
        m_window->detailsPane()->noteEdit()->setPlainText(QStringLiteral("n8n answers 404 on /api/v1/health"));
        QVERIFY(m_window->detailsPane()->saveNote());
        QCOMPARE(m_session->state().note(id), QStringLiteral("n8n answers 404 on /api/v1/health"));
        QCOMPARE(m_window->detailsPane()->historyModel()->rowCount(), 1);
        QVERIFY(m_window->detailsPane()
                    ->historyModel()
                    ->index(0, HistoryModel::ChangeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("note:")));
        maybeGrab(m_window.get(), "details");
    }

    void brokenAuditTrailIsShown()
    {
        QString error;
        const QString id = idOf(*m_session, QStringLiteral("Documentation Review"));
        QVERIFY(TestSupport::okOr(ChecklistDesk(*m_session).setDone(id, true), &error));
        QVERIFY(TestSupport::okOr(ChecklistDesk(*m_session).setDone(id, false), &error));
        const QString path = m_session->store().path();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET actor = 'mallory' WHERE seq = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QSignalSpy spy(m_session.get(), &LaunchRecord::verified);
        // The warning box would block the test: close it as soon as it shows.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        m_session->startVerify();
        QVERIFY(spy.wait(20000) || spy.count() == 1);
        const auto result = spy.first().first().value<VerifyResult>();
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSeq, qint64(2));
        QVERIFY(m_window->auditStatus()->isBroken());
        QVERIFY(m_window->auditStatus()->text().contains(QStringLiteral("#2")));
        // A record that failed its check takes nothing more from this window.
        const qint64 head = m_session->headSeq();
        m_window->checklistPanel()->selectItem(id);
        m_window->checklistPanel()->treeView()->setFocus();
        QTest::keyClick(m_window->checklistPanel()->treeView(), Qt::Key_Space);
        QVERIFY(!m_session->state().isDone(id));
        QCOMPARE(TestSupport::head(m_session->store()), head);
    }

    // Issue #18: a signature over another T0 makes `golive verify` exit 3; the status bar says the
    // same (not "Audit trail intact"), the sign-off dock shows the line as not valid, and the
    // window writes nothing more, as for any record that fails its check.
    void aForgedSignatureIsShownAsVerifyShowsIt()
    {
        LayoutWindow shown(m_session.get(), Clock::system());
        QVERIFY(SignOffTestSupport::forgeSignatureOverAnotherT0(
                    *m_session, shown.signOff, QStringLiteral("Technical Lead"), QStringLiteral("Mallory"))
                    .ok());
        const qint64 forgedAt = m_session->headSeq();
        QTimer closer; // the warning box would block the test
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        QSignalSpy spy(m_session.get(), &LaunchRecord::verified);
        m_session->startVerify();
        QVERIFY(spy.wait(20000) || spy.count() == 1);
        const auto result = spy.last().first().value<VerifyResult>();
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSeq, forgedAt);
        QVERIFY(shown.window.auditStatus()->isBroken());
        const QString status = shown.window.auditStatus()->text();
        QVERIFY2(!status.contains(QStringLiteral("intact")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("#%1").arg(forgedAt)), qPrintable(status));
        QVERIFY2(shown.window.auditStatus()->toolTip().contains(QStringLiteral("it covers T0")),
                 qPrintable(shown.window.auditStatus()->toolTip()));
        auto *line = shown.window.findChild<QLabel *>(QStringLiteral("state:Technical Lead"));
        QVERIFY(line);
        QVERIFY2(line->text().contains(QStringLiteral("NOT VALID")), qPrintable(line->text()));
        QVERIFY(!line->text().contains(QStringLiteral("✔")));
        const QString id = idOf(*m_session, QStringLiteral("Documentation Review"));
        QVERIFY(!shown.window.checklistDesk()->setDone(id, true).ok());
        QCOMPARE(TestSupport::head(m_session->store()), forgedAt);
    }

    void auditCountFollowsTheTrail()
    {
        QSignalSpy spy(m_session.get(), &LaunchRecord::verified);
        m_session->startVerify();
        QVERIFY(spy.wait(20000) || spy.count() == 1);
        QVERIFY2(m_window->auditStatus()->text().contains(QStringLiteral("(1 event)")),
                 qPrintable(m_window->auditStatus()->text()));
        QString error;
        QVERIFY(TestSupport::okOr(
            ChecklistDesk(*m_session).setDone(idOf(*m_session, QStringLiteral("Documentation Review")), true), &error));
        QVERIFY2(m_window->auditStatus()->text().contains(QStringLiteral("(2 events)")),
                 qPrintable(m_window->auditStatus()->text()));
    }

    void windowWritesOnItsWriterThread()
    {
        // The application's setting: the tick is committed on the writer thread, then shown.
        QString error;
        LaunchRecord::OpenOptions options;
        options.asyncWrites = true;
        auto session = TestSupport::openOr(m_dir.filePath(QStringLiteral("async-%1.sqlite").arg(++m_count)),
                                           Actor::person(QStringLiteral("Dana"), QStringLiteral("Platform Lead")),
                                           &error, options);
        QVERIFY2(session, qPrintable(error));
        MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString id = idOf(*session, QStringLiteral("E2E Tests Passed"));
        window.checklistPanel()->selectItem(id);
        window.checklistPanel()->treeView()->setFocus();
        QTest::keyClick(window.checklistPanel()->treeView(), Qt::Key_Space);
        QTRY_VERIFY(session->state().isDone(id));
        QTRY_COMPARE(window.detailsPane()->historyModel()->rowCount(), 1);
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QTRY_VERIFY(!session->state().isDone(id));
        QCOMPARE(session->history(id).value().size(), 2);
    }

    // Issue #15: no "unknown" person. Before anyone has said who they are, nothing is recorded
    // for a person and the sign-off offers no name; the question proposes the account's full name.
    void nobodyIsNamedUntilTheyNameThemselves()
    {
        QStandardPaths::setTestModeEnabled(true); // the test's own settings
        QSettings().remove(QStringLiteral("operator"));
        QString error;
        auto session = TestSupport::openOr(m_dir.filePath(QStringLiteral("nobody-%1.sqlite").arg(++m_count)),
                                           Actor::person(QString(), QString()), &error);
        QVERIFY2(session, qPrintable(error));
        const AuditEvent imported = TestSupport::allEvents(session->store()).first();
        QCOMPARE(imported.actor.kind, Actor::Kind::System); // the first start's checklist is the program's
        MainWindow window(session.get());
        SignOffDesk desk(session.get());
        window.attachSignOff(&desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString id = idOf(*session, QStringLiteral("E2E Tests Passed"));
        QCOMPARE(ChecklistDesk(*session).setDone(id, true).code(), Error::Code::Refused);
        QCOMPARE(TestSupport::head(session->store()), qint64(1));
        QCOMPARE(offeredSignerName(&window), QString());

        QString proposed = QStringLiteral("(not asked)");
        whenShown<OperatorDialog>(&window, [&proposed](OperatorDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>();
            proposed = name->text();
            name->setText(QStringLiteral("Sam Lee"));
            dialog->accept();
        });
        QVERIFY(window.askForOperator(false));
        QCOMPARE(proposed, OperatorProfile::accountFullName());
        QVERIFY(proposed != QLatin1String("unknown"));
        QCOMPARE(session->actor().name, QStringLiteral("Sam Lee"));
        QCOMPARE(offeredSignerName(&window), QStringLiteral("Sam Lee"));
        QVERIFY(TestSupport::okOr(ChecklistDesk(*session).setDone(id, true), &error));
        QCOMPARE(TestSupport::allEvents(session->store()).last().actor.name, QStringLiteral("Sam Lee"));
        QSettings().remove(QStringLiteral("operator"));
    }

    void operatorDialogProposesTheAccountsName()
    {
        // The system's user database: the first comma-separated field of the GECOS entry.
        OperatorDialog dialog(Actor::person(QString(), QString()));
        const QString proposed = dialog.findChild<QLineEdit *>()->text();
        QCOMPARE(proposed, OperatorProfile::accountFullName());
        QVERIFY(!proposed.contains(QLatin1Char(',')));
        QVERIFY(proposed != QLatin1String("unknown"));
        // A name already given is kept.
        OperatorDialog named(TestSupport::ada());
        QCOMPARE(named.findChild<QLineEdit *>()->text(), QStringLiteral("Ada"));
    }

    // Issue #16: F6 and Shift+F6 go from pane to pane (the checklist, the details, each dock
    // shown), a tab behind another brought to the front, and round again.
    void f6WalksThePanes()
    {
        forgetLayouts();
        ManualClock clock;
        LayoutWindow w(m_session.get(), clock);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTest::keyClick(&w.window, Qt::Key_4, Qt::ControlModifier); // Close: criteria, sign-off, reports behind
        QTRY_VERIFY(w.inFront("criteria"));
        QTreeView *tree = w.window.checklistPanel()->treeView();
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QStringList visited;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (focus == tree)
                break;
            QString pane = w.window.detailsPane()->isAncestorOf(focus) ? QStringLiteral("details") : QString();
            for (const char *dock : {"criteria", "signOff", "reports"})
                if (w.dock(dock)->isAncestorOf(focus))
                    pane = QLatin1String(dock);
            QVERIFY2(!pane.isEmpty(), focus->metaObject()->className());
            visited << pane;
        }
        QVERIFY(tree->hasFocus()); // round again
        QVERIFY2(visited.startsWith(QStringLiteral("details")), qPrintable(visited.join(QLatin1Char(' '))));
        for (const char *dock : {"criteria", "signOff", "reports"})
            QVERIFY2(visited.contains(QLatin1String(dock)), dock);
        QVERIFY(w.inFront("reports") || visited.last() != QLatin1String("reports")); // raised when reached
        // Shift+F6 goes back: from the tree to the last pane.
        QTest::keyClick(tree, Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(w.dock(qPrintable(visited.last()))->isAncestorOf(QApplication::focusWidget()));
    }

    // Issue #16: Ctrl+1…4 show each phase's docks; empty ones stay out of the way.
    void layoutShortcutsSwitchTheDocks()
    {
        forgetLayouts();
        ManualClock clock;
        LayoutWindow w(m_session.get(), clock);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTRY_COMPARE(w.window.layoutPhase(), PhaseLayout::Phase::Prepare); // no T0
        QTRY_VERIFY(w.inFront("now"));
        QVERIFY(!w.placed("incidents") && !w.placed("reports") && !w.placed("criteria") && !w.placed("signOff"));

        QTest::keyClick(&w.window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.window.layoutPhase(), PhaseLayout::Phase::Launch);
        QVERIFY(w.window.layoutAction(PhaseLayout::Phase::Launch)->isChecked());
        QTRY_VERIFY(w.inFront("now"));
        QVERIFY(w.placed("incidents")); // no incident yet: a tab behind the Now list
        QVERIFY(!w.inFront("incidents"));
        QVERIFY(!w.placed("reports")); // no hour over yet
        QVERIFY(!w.placed("criteria") && !w.placed("signOff"));

        QTest::keyClick(&w.window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.window.layoutPhase(), PhaseLayout::Phase::Watch);
        QTRY_VERIFY(w.inFront("incidents") && w.inFront("criteria"));
        QVERIFY(!w.placed("now") && !w.placed("signOff"));
        QVERIFY(w.placed("reports") && !w.inFront("reports")); // a tab behind the criteria

        QTest::keyClick(&w.window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.window.layoutPhase(), PhaseLayout::Phase::Close);
        QTRY_VERIFY(w.inFront("criteria") && w.inFront("signOff"));
        QVERIFY(!w.placed("now") && !w.placed("incidents"));

        QTest::keyClick(&w.window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(w.inFront("now"));
        QVERIFY(!w.placed("criteria") && !w.placed("signOff"));
        // Untouched layouts are not remembered: they keep following what the panels hold.
        QTest::qWait(100);
        QTest::keyClick(&w.window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QSettings().allKeys().filter(QStringLiteral("layouts/")), QStringList());
        forgetLayouts();
    }

    // What the person changed in a layout (a dock closed, another tab chosen) comes back with it,
    // in this window and in the next one.
    void aLayoutKeepsWhatThePersonChanged()
    {
        forgetLayouts();
        ManualClock clock;
        {
            LayoutWindow w(m_session.get(), clock);
            w.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w.window));
            w.window.showLayout(PhaseLayout::Phase::Watch);
            QTRY_VERIFY(w.inFront("incidents"));
            w.dock("incidents")->toggleViewAction()->trigger(); // closed by the person
            w.dock("reports")->raise();                         // the other tab chosen
            QTRY_VERIFY(w.inFront("reports"));
            QVERIFY(!w.placed("incidents"));

            w.window.showLayout(PhaseLayout::Phase::Launch);
            QTRY_VERIFY(w.inFront("now"));
            QVERIFY(w.placed("incidents")); // the other layouts are as they were

            w.window.showLayout(PhaseLayout::Phase::Watch);
            QTRY_VERIFY(w.inFront("reports"));
            QVERIFY(!w.inFront("criteria"));
            QVERIFY(!w.placed("incidents"));
            w.window.close(); // remembers the layout shown
        }
        LayoutWindow again(m_session.get(), clock);
        again.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window));
        QCOMPARE(again.window.layoutPhase(), PhaseLayout::Phase::Watch);
        QTRY_VERIFY(again.inFront("reports"));
        QVERIFY(!again.placed("incidents"));
        forgetLayouts();
    }

    // When the launch moves on, a bar offers the next layout; nothing waits for the answer.
    void theNextPhaseIsOfferedOnce()
    {
        forgetLayouts();
        ManualClock clock;
        QVERIFY(m_session->recordOne(LaunchTiming::planned(clock.now().addSecs(3 * 3600))));
        LayoutWindow w(m_session.get(), clock);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QCOMPARE(w.window.layoutPhase(), PhaseLayout::Phase::Prepare);
        w.window.checkPhase();
        QVERIFY(!w.window.phaseBar()->isVisible());
        clock.advance(90 * 60); // T−1:30
        w.window.checkPhase();
        QVERIFY(w.window.phaseBar()->isVisible());
        QCOMPARE(w.window.layoutPhase(), PhaseLayout::Phase::Prepare); // only offered
        w.window.phaseBar()->findChild<QPushButton *>(QStringLiteral("switchLayout"))->click();
        QCOMPARE(w.window.layoutPhase(), PhaseLayout::Phase::Launch);
        QVERIFY(!w.window.phaseBar()->isVisible());
        w.window.checkPhase();
        QVERIFY(!w.window.phaseBar()->isVisible()); // asked once
        forgetLayouts();
    }

    // At 1280×800 the titles get the width, in the layout with the most docks too.
    void theTitleColumnGetsTheWidth()
    {
        forgetLayouts();
        ManualClock clock;
        LayoutWindow w(m_session.get(), clock);
        w.window.resize(1280, 800);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        for (const auto phase : {PhaseLayout::Phase::Prepare, PhaseLayout::Phase::Launch}) {
            w.window.showLayout(phase);
            QTest::qWait(50);
            const QHeaderView *header = w.window.checklistPanel()->treeView()->header();
            const int title = header->sectionSize(ChecklistTreeModel::TitleColumn);
            QVERIFY2(title > header->sectionSize(ChecklistTreeModel::ProgressColumn)
                             + header->sectionSize(ChecklistTreeModel::DueColumn),
                     qPrintable(QString::number(title)));
            QVERIFY2(title >= 280, qPrintable(QString::number(title)));
        }
        // The whole title in the tooltip, where the column elides it.
        const QModelIndex first = w.window.checklistPanel()->model()->index(1, 0);
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), first.data(Qt::DisplayRole).toString());
        forgetLayouts();
    }

    void theWindowTitleNamesTheApplicationOnce()
    {
        const QString name = QGuiApplication::applicationDisplayName();
        QCOMPARE(m_window->windowTitle(), m_session->document()->title() + QStringLiteral(" — ") + name);
        QCOMPARE(m_window->windowTitle().count(name), 1);
    }

    void operatorDialogNeedsAName()
    {
        OperatorDialog dialog(Actor::person(QString(), QString()));
        auto *name = dialog.findChild<QLineEdit *>();
        QVERIFY(name);
        name->setText(QStringLiteral("  Sam   Lee "));
        auto *role = dialog.findChild<QComboBox *>();
        role->setCurrentText(QStringLiteral("Support Lead"));
        QCOMPARE(dialog.actor().name, QStringLiteral("Sam Lee"));
        QCOMPARE(dialog.actor().role, QStringLiteral("Support Lead"));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<LaunchRecord> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
