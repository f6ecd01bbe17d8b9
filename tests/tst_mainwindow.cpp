#include "AuditStatusLabel.h"
#include "MainWindow.h"
#include "OperatorDialog.h"
#include "TestSupport.h"
#include "checklist/ChecklistPanel.h"
#include "checklist/CommandView.h"
#include "checklist/FieldEditor.h"
#include "checklist/ItemDetailsPane.h"
#include "itemmodels/HistoryModel.h"
#include "session/ChecklistSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

namespace {

QString idOf(ChecklistSession &session, const QString &text)
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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
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
        QVERIFY(TestSupport::okOr(m_session->setDone(id, true), &error));
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
        QVERIFY(TestSupport::okOr(m_session->setDone(idOf(*m_session, QStringLiteral("Team Training Completed")), true),
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
        QVERIFY(TestSupport::okOr(m_session->setDone(id, true), &error));
        QVERIFY(TestSupport::okOr(m_session->setDone(id, false), &error));
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
        QSignalSpy spy(m_session.get(), &ChecklistSession::verified);
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

    void auditCountFollowsTheTrail()
    {
        QSignalSpy spy(m_session.get(), &ChecklistSession::verified);
        m_session->startVerify();
        QVERIFY(spy.wait(20000) || spy.count() == 1);
        QVERIFY2(m_window->auditStatus()->text().contains(QStringLiteral("(1 event)")),
                 qPrintable(m_window->auditStatus()->text()));
        QString error;
        QVERIFY(TestSupport::okOr(m_session->setDone(idOf(*m_session, QStringLiteral("Documentation Review")), true),
                                  &error));
        QVERIFY2(m_window->auditStatus()->text().contains(QStringLiteral("(2 events)")),
                 qPrintable(m_window->auditStatus()->text()));
    }

    void windowWritesOnItsWriterThread()
    {
        // The application's setting: the tick is committed on the writer thread, then shown.
        QString error;
        ChecklistSession::OpenOptions options;
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
    std::unique_ptr<ChecklistSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
