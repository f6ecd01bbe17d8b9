// The German translation: the core's messages, the window's words and the formats of dates come
// out German once the translator is installed, and English without it (as every other test runs).
// Every entry of translations/golive_de.ts keeps its source's placeholders and accelerator; that
// no entry is unfinished or missing is checked by CTest's check_translations (lupdate).
#include "TestPaths.h"
#include "models/checklist/ChecklistField.h"
#include "models/monitoring/Condition.h"
#include "models/record/EventStore.h"
#include "models/team/TeamDesk.h"
#include "models/timeline/TimeWords.h"
#include "tests/TestSupport.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/services/StateStyle.h"
#include "ui/team/ConnectDialog.h"
#include "ui/team/TeamRolesDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// What a message needs to keep: its %1…%9 and %n, and whether it has an accelerator (&x).
QString shape(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    std::sort(found.begin(), found.end());
    found.removeDuplicates();
    static const QRegularExpression accelerator(QStringLiteral("&[^&;\\s]"));
    const bool hasAccelerator = !text.contains(QLatin1Char('<')) && accelerator.match(text).hasMatch();
    return found.join(QLatin1Char(' ')) + (hasAccelerator ? QStringLiteral(" &") : QString());
}

QString missingStore()
{
    auto opened = EventStore::open(QStringLiteral("/nonexistent/golive-i18n.sqlite"), EventStore::Access::ReadOnly);
    return opened ? QString() : opened.error().message;
}

// A count as the window or the command line says it.
QString counted(const char *context, const char *text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

QString countProblem()
{
    ChecklistField f;
    f.label = QStringLiteral("Tickets");
    f.type = ChecklistField::Type::Count;
    return f.validate(QStringLiteral("many"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishWithoutTranslator()
    {
        QVERIFY(missingStore().startsWith(QLatin1String("There is no store at")));
        QCOMPARE(StateStyle::label(ServiceState::Down), QStringLiteral("✖ DOWN"));
        QCOMPARE(shownDateTime(QDateTime(QDate(2026, 11, 26), QTime(14, 3, 5))), QStringLiteral("2026-11-26 14:03:05"));
    }

    void englishPlurals()
    {
        // An English desk: the sources count as Qt has them ("%n service(s)"); golive_en.ts gives
        // English its forms. Installed under every other translation, so the German test follows.
        QVERIFY(Language::install(qApp, QStringLiteral("en")));
        const QString portal = QStringLiteral("Ticket Portal");
        QCOMPARE(counted("IncidentsDock", "%1 and %n other service(s) are DOWN", 1).arg(portal),
                 QStringLiteral("Ticket Portal and 1 other service are DOWN"));
        QCOMPARE(counted("IncidentsDock", "%1 and %n other service(s) are DOWN", 2).arg(portal),
                 QStringLiteral("Ticket Portal and 2 other services are DOWN"));
        QCOMPARE(counted("MainWindow", "Watching %n service(s) from %1", 1).arg(QStringLiteral("a.json")),
                 QStringLiteral("Watching 1 service from a.json"));
        QCOMPARE(counted("MainWindow", "Watching %n service(s) from %1", 3).arg(QStringLiteral("a.json")),
                 QStringLiteral("Watching 3 services from a.json"));
        QCOMPARE(counted("OpenIncidentDialog", "%1 (%n step(s))", 1).arg(QStringLiteral("Rollback")),
                 QStringLiteral("Rollback (1 step)"));
        QCOMPARE(counted("OpenIncidentDialog", "%1 (%n step(s))", 3).arg(QStringLiteral("Rollback")),
                 QStringLiteral("Rollback (3 steps)"));
        QCOMPARE(counted("BConnectCollector", "%n page(s) read", 1), QStringLiteral("1 page read"));
        QCOMPARE(counted("BConnectCollector", "%n page(s) read", 3), QStringLiteral("3 pages read"));
        QCOMPARE(counted("AuditStatusLabel", "%n event(s)", 1), QStringLiteral("1 event"));
        QCOMPARE(counted("AuditStatusLabel", "%n event(s)", 3), QStringLiteral("3 events"));
        // golive verify's "the audit trail of %1 is intact, but %2:" takes this from the one verdict.
        QCOMPARE(counted("RecordVerdict", "%n signature(s) do not match what they claim to cover", 1),
                 QStringLiteral("1 signature does not match what it claims to cover"));
        QCOMPARE(counted("RecordVerdict", "%n signature(s) do not match what they claim to cover", 2),
                 QStringLiteral("2 signatures do not match what they claim to cover"));
        QCOMPARE(counted("TeamStatusLabel", "%n change(s) not yet shared", 3),
                 QStringLiteral("3 changes not yet shared"));
        QCOMPARE(counted("QObject", "%1 · %n rounds missed", 1).arg(QStringLiteral("OVERDUE")),
                 QStringLiteral("OVERDUE · 1 round missed"));
    }

    void everyEnglishPluralHasItsForms()
    {
        // translations/golive_en.ts: plural entries only, each with a singular and a plural form
        // that keep the source's placeholders and never say "(s)".
        QFile file(QStringLiteral(GOLIVE_SOURCE_DIR "/translations/golive_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        QStringList forms;
        QStringList wrong;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                if (xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes"))
                    wrong.append(QStringLiteral("not a plural entry (message %1)").arg(messages));
                forms.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    wrong.append(QStringLiteral("unfinished: %1").arg(source));
            } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                forms.append(xml.readElementText());
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (forms.size() != 2)
                    wrong.append(QStringLiteral("%1 forms: %2").arg(forms.size()).arg(source));
                for (const QString &form : std::as_const(forms)) {
                    QString want = shape(source);
                    QString got = shape(form);
                    if (!form.contains(QLatin1String("%n"))) { // "one page" for %n == 1
                        want.remove(QStringLiteral("%n"));
                        got.remove(QStringLiteral("%n"));
                    }
                    if (form.isEmpty() || form.contains(QLatin1String("(s)")) || want.simplified() != got.simplified())
                        wrong.append(QStringLiteral("\"%1\" -> \"%2\"").arg(source, form));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 30);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void germanWithTranslator()
    {
        QVERIFY(Language::install(qApp, QStringLiteral("de")));
        // The core's messages.
        QVERIFY2(missingStore().startsWith(QLatin1String("Unter /nonexistent/golive-i18n.sqlite gibt es keine")),
                 qPrintable(missingStore()));
        QCOMPARE(countProblem(), QStringLiteral("Tickets ist eine Anzahl: eine ganze Zahl ab 0, nicht „many“"));
        const auto parsed = Condition::parse(QStringLiteral("[STATUS] = 200"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QLatin1String("unerwartetes")), qPrintable(parsed.error().message));
        // Plural forms.
        QCOMPARE(QCoreApplication::translate("BConnectCollector", "%n page(s) read", nullptr, 1),
                 QStringLiteral("1 Seite gelesen"));
        QCOMPARE(QCoreApplication::translate("BConnectCollector", "%n page(s) read", nullptr, 3),
                 QStringLiteral("3 Seiten gelesen"));
        // Over the English plural forms: the German ones come first.
        const QString portal = QStringLiteral("Ticket Portal");
        QCOMPARE(counted("IncidentsDock", "%1 and %n other service(s) are DOWN", 1).arg(portal),
                 QStringLiteral("Ticket Portal und 1 weiterer Dienst sind AUSGEFALLEN"));
        QCOMPARE(counted("IncidentsDock", "%1 and %n other service(s) are DOWN", 3).arg(portal),
                 QStringLiteral("Ticket Portal und 3 weitere Dienste sind AUSGEFALLEN"));
        QCOMPARE(counted("OpenIncidentDialog", "%1 (%n step(s))", 1).arg(QStringLiteral("Rollback")),
                 QStringLiteral("Rollback (1 Schritt)"));
        QCOMPARE(counted("OpenIncidentDialog", "%1 (%n step(s))", 3).arg(QStringLiteral("Rollback")),
                 QStringLiteral("Rollback (3 Schritte)"));
        // The window's words, and Qt's own buttons (qtbase_de, where the package is installed).
        QCOMPARE(StateStyle::label(ServiceState::Down), QStringLiteral("✖ AUSGEFALLEN"));
        QMenu view;
        Language::addMenu(&view);
        QCOMPARE(view.actions().constFirst()->text(), QStringLiteral("&Sprache"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        else
            qInfo("qtbase_de.qm is not installed (qt6-translations-l10n): Qt's own buttons stay English");
        // Dates in the German form.
        QCOMPARE(shownDateTime(QDateTime(QDate(2026, 11, 26), QTime(14, 3, 5))), QStringLiteral("26.11.26 14:03:05"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }

    void germanWindow()
    {
        // Runs after germanWithTranslator: the translator is installed.
        QTemporaryDir dir;
        auto session = TestSupport::openSession(dir.filePath(QStringLiteral("de.sqlite")), TestSupport::ada());
        QVERIFY(session);
        MainWindow window(session.get());
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QVERIFY2(menus.contains(QStringLiteral("&Datei")) && menus.contains(QStringLiteral("&Ansicht")),
                 qPrintable(menus.join(QLatin1Char(' '))));
        window.resize(1400, 900);
        window.show();
        const QString shots = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/window-de.png")));
    }

    void germanTeamRoles()
    {
        // Runs after germanWithTranslator. A refusal names the role as German quotes it; the role's
        // own name is the record's and stays as written.
        QTemporaryDir dir;
        auto session = TestSupport::openSession(dir.filePath(QStringLiteral("team.sqlite")), TestSupport::ada());
        QVERIFY(session);
        TeamDesk desk(session.get());
        TeamRolesDialog dialog(&desk);
        dialog.nameEdit()->setText(QStringLiteral("Grace"));
        dialog.grantButton()->click();
        QCOMPARE(dialog.messageLabel()->text(),
                 QStringLiteral("Ada darf diese Rolle nicht erteilen: Das Protokoll hat noch keine Rollen, daher muss "
                                "die erste Erteilung Ada zum „Platform Lead“ machen."));
        dialog.show();
        const QString shots = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/team-roles-de.png")));
    }

    void germanConnectDialog()
    {
        // Runs after germanWithTranslator: the team record's address is checked in German, and the
        // dialog's words fit its form.
        ConnectDialog dialog;
        TeamRecordAddress f;
        f.host = QStringLiteral("db.example.org");
        f.database = QStringLiteral("launch");
        f.user = QStringLiteral("ada");
        f.passwordSource = TeamRecordAddress::PasswordSource::Keychain;
        dialog.setFields(f);
        QCOMPARE(dialog.addressText(),
                 QStringLiteral("Das Team-Protokoll braucht den Namen des Geheimnisses im "
                                "Schlüsselbund."));
        QCOMPARE(dialog.testButton()->text(), QStringLiteral("Verbindung &testen"));
        f.keychainName = QStringLiteral("launch-db");
        dialog.setFields(f);
        dialog.show();
        const QString shots = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/team-connect-de.png")));
    }

    void everyEntryKeepsItsPlaceholders()
    {
        QFile file(QStringLiteral(GOLIVE_SOURCE_DIR "/translations/golive_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList wrong;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                QStringList forms;
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    continue; // check_translations names these
                // Either the text itself or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms.append(xml.readElementText());
                }
                if (forms.isEmpty())
                    forms.append(text);
                for (const QString &form : std::as_const(forms)) {
                    // A plural form may leave the count out ("one page" for %n == 1), nothing else.
                    QString want = shape(source);
                    QString got = shape(form);
                    if (!form.contains(QLatin1String("%n")) && source.contains(QLatin1String("%n"))
                        && forms.size() > 1) {
                        want.remove(QStringLiteral("%n"));
                        got.remove(QStringLiteral("%n"));
                    }
                    if (want.simplified() != got.simplified())
                        wrong.append(QStringLiteral("%1: \"%2\" -> \"%3\"").arg(context, source, form));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 700);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
