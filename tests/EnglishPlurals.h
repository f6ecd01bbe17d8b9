#pragma once
// English's own plural forms, as the application has them on every desk (Language::install): the
// sources count as "%n event(s)", translations/golive_en.ts (embedded with the core as
// :/i18n/golive_en.qm) makes that "1 event" and "2 events". A test that reads counts installs them.

#include <QCoreApplication>
#include <QTranslator>

inline bool installEnglishPlurals()
{
    static QTranslator *installed = nullptr;
    if (installed)
        return true;
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (!plurals->load(QStringLiteral("golive_en"), QStringLiteral(":/i18n"))) {
        delete plurals;
        return false;
    }
    QCoreApplication::installTranslator(plurals);
    installed = plurals;
    return true;
}
