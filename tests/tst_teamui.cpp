// The team record in the window: File → Connect to team record… (the address it makes, never a
// password, and "Test connection" on its worker thread against a real server), the status bar of
// a desk that loses the server and gets it back, the tree's mark on changes not yet shared, and
// the list of offline changes that met another desk's, with "Take theirs".
// GOLIVE_SCREENSHOT_DIR=… saves what they showed.

#include "models/itemmodels/ChecklistTreeModel.h"
#include "models/session/ChecklistDesk.h"
#include "models/team/TeamRecordCheck.h"
#include "tests/EnglishPlurals.h"
#include "tests/PgTestSupport.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ItemDetailsPane.h"
#include "ui/team/CollisionsDialog.h"
#include "ui/team/ConnectDialog.h"
#include "ui/team/TeamStatusLabel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace TestSupport;
using PgTestSupport::Database;

namespace {

void maybeGrab(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let widgets added to a visible layout show themselves
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

template<class T>
T *child(QWidget *parent, const char *name = nullptr)
{
    const auto found = parent->findChildren<T *>(name ? QString::fromLatin1(name) : QString());
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestTeamUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The outbox and the remembered address go to folders of the test's own.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("GoLiveControl"));
        QCoreApplication::setApplicationName(QStringLiteral("golive-teamui-test"));
        QVERIFY(installEnglishPlurals()); // "2 changes not yet shared", as the application counts
    }

    void dialogComposesTheAddressWithoutAPassword()
    {
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // No field of the dialog takes a password.
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY2(edit->echoMode() == QLineEdit::Normal, qPrintable(edit->placeholderText()));
        // A fresh form: this desk's user, TLS when offered, the password from PGPASSWORD/~/.pgpass.
        QVERIFY(!dialog.fields().user.isEmpty());
        QVERIFY(!dialog.connectButton()->isEnabled()); // no server, no database yet

        TeamRecordAddress f;
        f.host = QStringLiteral("db.example.org");
        f.port = 6543;
        f.database = QStringLiteral("launch");
        f.user = QStringLiteral("ada");
        dialog.setFields(f);
        QCOMPARE(dialog.address().value(),
                 QStringLiteral("postgresql://ada@db.example.org:6543/launch?sslmode=prefer"));
        QVERIFY(dialog.addressText().contains(dialog.address().value()));

        // TLS checked and the password from the keychain: the form's own widgets.
        auto *tls = child<QComboBox>(&dialog);
        tls->setCurrentIndex(2);
        const auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        radios.at(1)->setChecked(true);
        QVERIFY(!dialog.connectButton()->isEnabled()); // the secret's name is missing
        QVERIFY(!dialog.address());
        auto edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *name = nullptr;
        for (QLineEdit *e : edits)
            if (e->placeholderText() == QLatin1String("NAME"))
                name = e;
        QVERIFY(name && name->isEnabled());
        QTest::keyClicks(name, QStringLiteral("launch-db"));
        QCOMPARE(dialog.address().value(),
                 QStringLiteral("postgresql://ada@db.example.org:6543/launch"
                                "?sslmode=verify-full&keychain=launch-db"));
        maybeGrab(&dialog, "team-connect-dialog");

        // Connect remembers the address (no secret in it) and asks for it to be opened.
        QSignalSpy chosen(&dialog, &ConnectDialog::connectRequested);
        dialog.connectButton()->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), dialog.address().value());
        QCOMPARE(TeamRecordSettings::lastAddress(), dialog.address().value());
        // The next dialog starts from it.
        ConnectDialog again;
        QCOMPARE(again.address().value(), dialog.address().value());
    }

    void testConnectionNamesAnUnreachableServer()
    {
        // A port where nothing listens (a listener opened and closed again).
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ConnectDialog dialog;
        TeamRecordAddress f;
        f.host = QStringLiteral("127.0.0.1");
        f.port = port;
        f.database = QStringLiteral("nowhere");
        f.user = QStringLiteral("postgres");
        dialog.setFields(f);
        dialog.testButton()->click();
        QVERIFY(!dialog.testButton()->isEnabled()); // running on its worker thread
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 15000);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("127.0.0.1:%1/nowhere").arg(port)),
                 qPrintable(dialog.resultText()));
    }

    void testConnectionAgainstTheServer()
    {
        NEW_TEAM_DATABASE(db);
        ConnectDialog dialog;
        dialog.show();
        TeamRecordAddress f = TeamRecordAddress::from(RecordLocation::parse(db.url()).value());
        dialog.setFields(f);
        QCOMPARE(dialog.address().value(), db.url());

        // Empty: reachable, and the record is made on connect; testing created nothing.
        QSignalSpy done(child<TeamRecordCheck>(&dialog), &TeamRecordCheck::finished);
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        QCOMPARE(done.at(0).at(0).value<TeamRecordProbe>().outcome, TeamRecordProbe::Outcome::Empty);
        QVERIFY2(dialog.resultText().contains(QLatin1String("created on connect")), qPrintable(dialog.resultText()));
        QVERIFY(db.exec({QStringLiteral("SELECT 1 FROM events")}).contains(QLatin1String("does not exist")));

        // With a record: the number of its events.
        QString error;
        auto session = openOr(db.url(), ada(), &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(okOr(ChecklistDesk(*session).setDone(tickableIds(session->document(), 1).at(0), true), &error));
        const qint64 head = session->headSeq();
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 15000);
        const auto probe = done.at(1).at(0).value<TeamRecordProbe>();
        QCOMPARE(probe.outcome, TeamRecordProbe::Outcome::Reachable);
        QCOMPARE(probe.events, head);
        QVERIFY2(dialog.resultText().contains(QString::number(head)), qPrintable(dialog.resultText()));
        maybeGrab(&dialog, "team-connect-tested");
    }

    void offlineDeskShowsItInTheStatusBarAndTree()
    {
        NEW_TEAM_DATABASE(db);
        PgTestSupport::Relay relay(quint16(PgTestSupport::serverPort().toUInt()));
        QString error;
        auto session = openOr(db.url(QStringLiteral("postgres"), relay.port()), ada(), &error, desk());
        QVERIFY2(session, qPrintable(error));
        MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(session->store().path()));
        TeamStatusLabel *status = window.teamStatus();
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("shared live")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1:%1/%2").arg(relay.port(), db.name())),
                 qPrintable(status->text()));

        auto *model = qobject_cast<ChecklistTreeModel *>(window.findChild<ChecklistTreeModel *>());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ids = tickableIds(session->document(), 2);

        relay.cut();
        QTRY_VERIFY_WITH_TIMEOUT(status->isOffline(), 5000);
        QVERIFY2(status->text().contains(QLatin1String("OFFLINE since")), qPrintable(status->text()));
        QVERIFY(!status->toolTip().isEmpty());
        QVERIFY2(status->toolTip().contains(session->offlineReason()), qPrintable(status->toolTip()));

        QVERIFY(okOr(ChecklistDesk(*session).setDone(ids[0], true), &error));
        QVERIFY(okOr(ChecklistDesk(*session).setNote(ids[1], QStringLiteral("checked by phone")), &error));
        QTRY_COMPARE_WITH_TIMEOUT(session->notYetShared().size(), qsizetype(2), 5000);
        QTRY_VERIFY2(status->text().contains(QLatin1String("2 changes not yet shared")), qPrintable(status->text()));
        // The tree marks both as not yet shared; the others stay as they are.
        const QModelIndex ticked = model->indexForId(ids[0]);
        QVERIFY(model->data(ticked, ChecklistTreeModel::NotYetSharedRole).toBool());
        QVERIFY(model->data(ticked, Qt::FontRole).value<QFont>().italic());
        QVERIFY(model->data(ticked, Qt::ToolTipRole).toString().startsWith(QLatin1String("Not yet shared")));
        QCOMPARE(model->data(ticked, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model->data(model->indexForId(ids[1]), ChecklistTreeModel::NotYetSharedRole).toBool());
        const QString untouched = tickableIds(session->document(), 3).at(2);
        QVERIFY(!model->data(model->indexForId(untouched), ChecklistTreeModel::NotYetSharedRole).toBool());
        window.checklistPanel()->selectItem(ids[0]);
        maybeGrab(&window, "team-offline-window");
        // The details show them as made, too.
        QCheckBox *doneBox = nullptr;
        for (QCheckBox *box : window.detailsPane()->findChildren<QCheckBox *>())
            if (box->text().remove(QLatin1Char('&')) == QLatin1String("Done"))
                doneBox = box;
        QVERIFY(doneBox && doneBox->isChecked());
        window.detailsPane()->showItem(ids[1]);
        QCOMPARE(window.detailsPane()->noteEdit()->toPlainText(), QStringLiteral("checked by phone"));

        QVERIFY(relay.restore());
        QTRY_VERIFY_WITH_TIMEOUT(!status->isOffline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session->notYetShared().isEmpty(), 10000);
        QTRY_VERIFY2(status->text().contains(QLatin1String("shared live")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QLatin1String("sharing")));
        QVERIFY(!model->data(model->indexForId(ids[0]), ChecklistTreeModel::NotYetSharedRole).toBool());
        QVERIFY(!model->data(model->indexForId(ids[0]), Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model->data(model->indexForId(ids[0]), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void collisionsAreListedAndTheirsCanBeTaken()
    {
        NEW_TEAM_DATABASE(db);
        PgTestSupport::CutOffDesks desks(db);
        QVERIFY2(desks.ok(), qPrintable(desks.error));
        auto &[relay, error, adaDesk, graceDesk] = desks; // the opening's error is the test's from here on
        MainWindow window(adaDesk.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto ids = tickableIds(adaDesk->document(), 2);

        relay.cut();
        QTRY_VERIFY_WITH_TIMEOUT(!adaDesk->isOnline(), 5000);
        QVERIFY(okOr(ChecklistDesk(*adaDesk).setDone(ids[0], true), &error));
        QVERIFY(okOr(ChecklistDesk(*adaDesk).setNote(ids[1], QStringLiteral("restarted twice")), &error));
        QTRY_COMPARE_WITH_TIMEOUT(adaDesk->notYetShared().size(), qsizetype(2), 5000);
        // Meanwhile Grace unticks... ticks and unticks the first, and notes the second.
        QVERIFY(okOr(ChecklistDesk(*graceDesk).setDone(ids[0], true), &error));
        QVERIFY(okOr(ChecklistDesk(*graceDesk).setDone(ids[0], false), &error));
        const qint64 graceUntick = graceDesk->headSeq();
        QVERIFY(okOr(ChecklistDesk(*graceDesk).setNote(ids[1], QStringLiteral("fine after one restart")), &error));

        QVERIFY(relay.restore());
        QTRY_VERIFY_WITH_TIMEOUT(window.collisionsDialog() && window.collisionsDialog()->isVisible(), 15000);
        CollisionsDialog *dialog = window.collisionsDialog();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->count(), 2, 5000);
        QVERIFY(!dialog->isModal());
        const QString first = dialog->rowText(0);
        QVERIFY2(first.contains(adaDesk->document()->find(ids[0])->title().toHtmlEscaped()), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("ticked — made offline at")), qPrintable(first));
        QVERIFY2(first.contains(QLatin1String("Grace")) && first.contains(QLatin1String("unticked")),
                 qPrintable(first));
        QVERIFY2(dialog->rowText(1).contains(QLatin1String("fine after one restart")), qPrintable(dialog->rowText(1)));
        maybeGrab(dialog, "team-collisions");

        // Take theirs on the tick: Grace's untick is written again, as Ada's new change.
        dialog->takeTheirsButton(0)->click();
        QCOMPARE(dialog->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!adaDesk->state().isDone(ids[0]), 10000);
        const auto history = graceDesk->history(ids[0]);
        QVERIFY(history);
        const AuditEvent &taken = history->constLast();
        QCOMPARE(taken.kind, EventKind::ItemUnticked);
        QCOMPARE(taken.actor.name, ada().name);
        QVERIFY(taken.seq > graceUntick);
        QVERIFY(!taken.payload.contains(QLatin1String("offline")));
        // Keep mine on the note: nothing more is written, and the list closes.
        const qint64 before = graceDesk->headSeq();
        dialog->keepMineButton(0)->click();
        QTRY_VERIFY(!window.collisionsDialog());
        QTest::qWait(200);
        QCOMPARE(adaDesk->headSeq(), before);
        QCOMPARE(adaDesk->state().note(ids[1]), QStringLiteral("restarted twice"));
    }

    void storeFileShowsNoTeamStatus()
    {
        QTemporaryDir dir;
        QString error;
        auto session = openOr(dir.filePath(QStringLiteral("store.sqlite")), ada(), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow window(session.get());
        QVERIFY(!window.teamStatus());
        QVERIFY(!window.windowTitle().contains(QLatin1String("team record")));
    }
};

QTEST_MAIN(TestTeamUi)
#include "tst_teamui.moc"
