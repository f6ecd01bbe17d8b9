#include "models/timeline/TypedTime.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// The desk's own forms: its short format, and the same with a four-digit year (Qt's German
// short form has "dd.MM.yy"), with or without seconds.
QStringList localFormats(const QLocale &locale)
{
    QStringList formats;
    for (QString f : {locale.dateTimeFormat(QLocale::ShortFormat), locale.dateTimeFormat(QLocale::LongFormat)}) {
        formats << f;
        if (!f.contains(QLatin1String("yyyy")))
            formats << f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    const QString date = locale.dateFormat(QLocale::ShortFormat).replace(QLatin1String("yyyy"), QLatin1String("yy"));
    const QString fourDigits = QString(date).replace(QLatin1String("yy"), QLatin1String("yyyy"));
    for (const QString &d : {fourDigits, date}) {
        formats << d + QStringLiteral(" HH:mm") << d + QStringLiteral(" HH:mm:ss") << d + QStringLiteral(" H:mm");
    }
    return formats;
}

} // namespace

QDateTime parseTypedTime(const QString &text, const QLocale &locale)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    // ISO 8601, with a space allowed for the T; no offset means local time.
    QString iso = t;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (moment.isValid() && iso.size() > 10)
        return moment.toUTC();
    for (const QString &format : localFormats(locale)) {
        moment = locale.toDateTime(t, format);
        if (moment.isValid()) {
            // A two-digit year is this century's.
            if (moment.date().year() < 1970)
                moment = moment.addYears(100);
            return moment.toUTC();
        }
    }
    return {};
}

QString typedTimeText(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString typedTimeFormatHint()
{
    return QCoreApplication::translate("TypedTime", "YYYY-MM-DD HH:MM");
}
