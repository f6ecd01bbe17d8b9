#include "ui/Language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace Language {

namespace {

const QString kKey = QStringLiteral("ui/language");

QLocale localeFor(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    // The chosen language with the system's country, for the forms of dates and numbers.
    const QLocale wanted(code);
    const QLocale withCountry(wanted.language(), QLocale::system().territory());
    return withCountry.language() == wanted.language() ? withCountry : wanted;
}

} // namespace

QString chosen()
{
    const QString code = QSettings().value(kKey).toString();
    return code == QLatin1String("en") || code == QLatin1String("de") ? code : QString();
}

void choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

bool install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = localeFor(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // English's own plural forms, on every desk: the sources count as Qt has them, "%n service(s)",
    // and golive_en.ts (plural entries only) makes that "1 service" and "3 services". Installed
    // first, so that a translation installed after it comes first.
    auto *english = new QTranslator(app);
    const bool plurals = english->load(QStringLiteral("golive_en"), QStringLiteral(":/i18n"));
    if (plurals)
        QCoreApplication::installTranslator(english);
    else
        delete english;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return plurals;
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("golive"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's standard dialogs and buttons (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(app);
    if (found
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

void addMenu(QMenu *menu)
{
    QMenu *languages = menu->addMenu(QCoreApplication::translate("Language", "&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(languages);
    const QString current = chosen();
    const struct
    {
        QString code;
        QString name;
    } choices[] = {
        {QString(), QCoreApplication::translate("Language", "&System default")},
        // Each language by its own name, as every language menu does.
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("de"), QStringLiteral("&Deutsch")},
    };
    for (const auto &c : choices) {
        QAction *action = languages->addAction(c.name);
        action->setCheckable(true);
        action->setChecked(c.code == current);
        action->setData(c.code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, languages, [code = c.code] { choose(code); });
    }
    languages->addSeparator();
    languages->addAction(QCoreApplication::translate("Language", "Takes effect after a restart"))->setEnabled(false);
}

} // namespace Language
