// Every dialog without the mouse (issue #16): Tab reaches each control that takes input, in a
// chain that comes back to where it started, Shift+Tab walks it backwards, every control a
// person acts on has a keyboard way in, and Esc closes the dialog without doing anything.
#include "models/incidents/IncidentDesk.h"
#include "models/monitoring/MonitoringService.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/session/ChecklistDesk.h"
#include "models/signoff/SignOffDesk.h"
#include "models/team/TeamDesk.h"
#include "tests/TestSupport.h"
#include "ui/KeychainDialog.h"
#include "ui/Language.h"
#include "ui/OperatorDialog.h"
#include "ui/criteria/ConfirmPointDialog.h"
#include "ui/incidents/ContactsDialog.h"
#include "ui/incidents/OpenIncidentDialog.h"
#include "ui/services/ServiceDetailDialog.h"
#include "ui/signoff/SignOffDialog.h"
#include "ui/team/CollisionsDialog.h"
#include "ui/team/ConnectDialog.h"
#include "ui/team/TeamRolesDialog.h"
#include "ui/timeline/LaunchMenu.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRadioButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace TestSupport;

namespace {

// Where keyboard focus lands for a widget: its focus proxy's, followed to the end.
QWidget *focusTarget(QWidget *w)
{
    while (w && w->focusProxy())
        w = w->focusProxy();
    return w;
}

// Radio buttons of one group are one stop, the checked one; arrows move between them.
bool isUncheckedInGroup(const QWidget *w)
{
    const auto *radio = qobject_cast<const QRadioButton *>(w);
    return radio && radio->autoExclusive() && !radio->isChecked();
}

// The controls Tab must reach: shown, enabled, taking focus by Tab.
QSet<QWidget *> tabStops(QDialog *dialog)
{
    QSet<QWidget *> stops;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        QWidget *t = focusTarget(w);
        if (t && t->isVisibleTo(dialog) && t->isEnabled() && (t->focusPolicy() & Qt::TabFocus) && t->window() == dialog
            && !isUncheckedInGroup(t))
            stops.insert(t);
    }
    return stops;
}

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return QStringLiteral("%1 \"%2\" %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// Presses key from whatever has focus, up to limit times, and gives the widgets that had it.
QVector<QWidget *> walk(QDialog *dialog, Qt::KeyboardModifiers modifiers, int limit)
{
    QVector<QWidget *> seen;
    for (int i = 0; i < limit; ++i) {
        QWidget *now = QApplication::focusWidget();
        if (!now || now->window() != dialog)
            break;
        seen.append(now);
        QTest::keyClick(now, Qt::Key_Tab, modifiers);
        if (QApplication::focusWidget() == seen.first())
            break;
    }
    return seen;
}

} // namespace

class TestDialogKeys : public QObject
{
    Q_OBJECT

private slots:
    // scripts/dialog-shots.sh: each dialog as it opens, in a language, for looking at (not testing).
    void initTestCase()
    {
        if (const QString lang = qEnvironmentVariable("GOLIVE_SCREENSHOT_LANG"); !lang.isEmpty()) {
            QLocale::setDefault(QLocale(lang));
            Language::install(qApp, lang); // Qt's own words; the program's are in the executable
            auto *own = new QTranslator(qApp);
            if (own->load(qEnvironmentVariable("GOLIVE_SCREENSHOT_QM"))) {
                QCoreApplication::installTranslator(own);
                auto *qt = new QTranslator(qApp);
                if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                    QCoreApplication::installTranslator(qt);
            }
        }
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = openSession(m_dir.filePath(QStringLiteral("keys-%1.sqlite").arg(++m_count)), ada());
        QVERIFY(m_session);
    }

    void cleanup() { m_session.reset(); }

    void everyDialogByKeyboard_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *name : {"operator", "keychain", "planT0", "confirmPoint", "contacts", "openIncident",
                                 "serviceDetail", "sign", "refuse", "collisions", "connect", "teamRoles"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyDialogByKeyboard()
    {
        QFETCH(QString, dialog);
        IncidentDesk incidents(m_session.get());
        SignOffDesk signOff(m_session.get());
        ChecklistDesk checklist(*m_session);
        TeamDesk team(m_session.get());
        MonitoringService monitoring;
        ServiceDefinition n8n;
        n8n.name = QStringLiteral("n8n");
        monitoring.setServices({n8n});
        const std::map<QString, std::function<QDialog *()>> make = {
            {QStringLiteral("operator"), [] { return new OperatorDialog(ada()); }},
            {QStringLiteral("keychain"), [] { return new KeychainDialog; }},
            {QStringLiteral("planT0"),
             [] { return new PlanT0Dialog(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)); }},
            {QStringLiteral("confirmPoint"),
             [] { return new ConfirmPointDialog(QStringLiteral("Uptime ≥ 99.5 %"), QStringLiteral("99.93 %")); }},
            {QStringLiteral("contacts"), [&] { return new ContactsDialog(&incidents); }},
            {QStringLiteral("openIncident"),
             [&] {
                 IncidentProposal p;
                 p.type = incidents.playbook().types().first().name;
                 p.title = QStringLiteral("Mail flow stopped");
                 return new OpenIncidentDialog(&incidents, p);
             }},
            {QStringLiteral("serviceDetail"),
             [&] { return new ServiceDetailDialog(&monitoring, QStringLiteral("n8n")); }},
            {QStringLiteral("sign"),
             [&] {
                 return new SignOffDialog(&signOff, QStringLiteral("Technical Lead"), SignOffDialog::Mode::Sign,
                                          QStringLiteral("Ada"));
             }},
            {QStringLiteral("refuse"),
             [&] {
                 return new SignOffDialog(&signOff, QStringLiteral("Technical Lead"), SignOffDialog::Mode::Refuse,
                                          QStringLiteral("Ada"));
             }},
            {QStringLiteral("collisions"), [&] { return new CollisionsDialog(&checklist); }},
            {QStringLiteral("connect"), [] { return new ConnectDialog; }},
            {QStringLiteral("teamRoles"), [&] { return new TeamRolesDialog(&team); }},
        };
        std::unique_ptr<QDialog> d(make.at(dialog)());
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        d->activateWindow();
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == d.get());

        if (const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR"); !dir.isEmpty())
            d->grab().save(QStringLiteral("%1/dialog-%2.png").arg(dir, dialog));

        const QSet<QWidget *> stops = tabStops(d.get());
        QVERIFY(!stops.isEmpty());
        const QVector<QWidget *> forward = walk(d.get(), Qt::NoModifier, int(stops.size()) * 3 + 5);
        // The chain comes back to where it began: Tab never gets stuck in a control.
        QCOMPARE(QApplication::focusWidget(), forward.first());
        for (QWidget *w : stops)
            QVERIFY2(forward.contains(w), qPrintable(QStringLiteral("Tab never reaches ") + describe(w)));
        const QVector<QWidget *> backward = walk(d.get(), Qt::ShiftModifier, int(stops.size()) * 3 + 5);
        QCOMPARE(QSet<QWidget *>(backward.begin(), backward.end()), QSet<QWidget *>(forward.begin(), forward.end()));

        // Esc from wherever the focus is closes it and does nothing.
        const qint64 head = m_session->headSeq();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QCOMPARE(m_session->headSeq(), head);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<LaunchRecord> m_session;
};

QTEST_MAIN(TestDialogKeys)
#include "tst_dialogkeys.moc"
