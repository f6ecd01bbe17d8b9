#pragma once

#include <QString>

class QCoreApplication;
class QMenu;

// The language of Go-Live Control: the system's (QLocale::system(), LANG / LANGUAGE) unless one is
// chosen in View → Language; the choice is kept in the settings and applies from the next start.
// Dates and numbers follow the same choice (QLocale::setDefault).
namespace Language {

// "" for the system's language, or a language code of a translation: "en", "de".
QString chosen();
void choose(const QString &code);

// Installs Go-Live Control's translation (embedded under :/i18n) and Qt's own (qtbase, from Qt's
// translations folder) for `code` ("" = the system's language), over the English plural forms
// (golive_en.qm) that every language without a translation of its own falls back to. Returns true
// when Go-Live Control's own translation was found; for English, its plural forms.
bool install(QCoreApplication *app, const QString &code);

// Adds the Language submenu (System default, English, Deutsch) to menu.
void addMenu(QMenu *menu);

} // namespace Language
