#include "models/timeline/TimeWords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kMonth = 30 * kDay;

const QString kUnits = QStringLiteral("minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|w|months?|mo");

// Seconds in one of the unit words; 0 for none.
qint64 unitSeconds(const QString &unit)
{
    const QString u = unit.toLower();
    if (u.isEmpty())
        return 0;
    if (u.startsWith(QLatin1String("mo")))
        return kMonth;
    if (u.startsWith(QLatin1Char('m')))
        return kMinute;
    if (u.startsWith(QLatin1Char('h')))
        return kHour;
    if (u.startsWith(QLatin1Char('d')))
        return kDay;
    if (u.startsWith(QLatin1Char('w')))
        return kWeek;
    return 0;
}

std::optional<Recurrence::Unit> recurrenceUnit(const QString &word)
{
    const QString u = word.toLower();
    if (u.startsWith(QLatin1String("min")))
        return Recurrence::Unit::Minute;
    if (u.startsWith(QLatin1String("hour")))
        return Recurrence::Unit::Hour;
    if (u.startsWith(QLatin1String("da")))
        return Recurrence::Unit::Day;
    if (u.startsWith(QLatin1String("week")))
        return Recurrence::Unit::Week;
    if (u.startsWith(QLatin1String("month")))
        return Recurrence::Unit::Month;
    return std::nullopt;
}

// The window of a single moment: before T0 it runs until T0, after it for an hour or a day.
RelativeWindow pointWindow(qint64 at)
{
    if (at < 0)
        return {at, 0, false};
    return {at, at + (at >= kDay ? kDay : kHour), false};
}

struct TPoint
{
    qint64 sign = 1;
    qint64 number = 0;
    qint64 unit = 0; // seconds; 0 when the text gives none
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;

    qint64 seconds(qint64 fallbackUnit) const { return sign * number * (unit ? unit : fallbackUnit); }
};

QVector<TPoint> tPoints(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\bT\\s*([+\\-\u2212\u2013])\\s*(\\d+)(?:\\s*(%1))?\\b").arg(kUnits),
        QRegularExpression::CaseInsensitiveOption);
    QVector<TPoint> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        TPoint p;
        p.sign = m.captured(1) == QLatin1String("+") ? 1 : -1;
        p.number = m.captured(2).toLongLong();
        p.unit = unitSeconds(m.captured(3));
        p.start = m.capturedStart();
        p.end = m.capturedEnd();
        p.text = m.captured();
        out.append(p);
    }
    return out;
}

// "T+0 to T+24 hours", "T+3h to T+6h", "T+24 to T+7 days", or single points; several points
// in one text ("T+2 hours and T+12 hours") span from the first to the last.
std::optional<RelativeWindow> tWindow(const QString &text, QStringList *words)
{
    const QVector<TPoint> points = tPoints(text);
    if (points.isEmpty())
        return std::nullopt;
    static const QRegularExpression joiner(QStringLiteral("^\\s*(?:to|until|till|through|\u2013|\u2014|-)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVector<RelativeWindow> windows;
    for (int i = 0; i < points.size(); ++i) {
        const TPoint &a = points.at(i);
        if (i + 1 < points.size() && joiner.match(text.mid(a.end, points.at(i + 1).start - a.end)).hasMatch()) {
            const TPoint &b = points.at(i + 1);
            const qint64 to = b.seconds(a.unit ? a.unit : kHour);
            qint64 from = a.seconds(b.unit ? b.unit : kHour);
            if (!a.unit && from > to)
                from = a.seconds(kHour);
            windows.append({from, to, false});
            words->append(text.mid(a.start, b.end - a.start));
            ++i;
            continue;
        }
        windows.append(pointWindow(a.seconds(kHour)));
        words->append(a.text);
    }
    RelativeWindow w = windows.first();
    for (const RelativeWindow &x : windows) {
        w.from = std::min(w.from, x.from);
        w.to = std::max(w.to, x.to);
    }
    return w;
}

std::optional<RelativeWindow> afterWindow(const QString &text, QStringList *words)
{
    static const QRegularExpression re(QStringLiteral("\\bafter\\s+(\\d+)\\s*(%1)\\b").arg(kUnits),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    words->append(m.captured());
    return pointWindow(m.captured(1).toLongLong() * unitSeconds(m.captured(2)));
}

// "First 24 Hours", "First 30 Days", "First Week", "First Month", "First Quarter".
std::optional<RelativeWindow> firstWindow(const QString &text, QStringList *words)
{
    static const QRegularExpression re(
        QStringLiteral("\\bfirst\\s+(?:(\\d+)\\s*)?(minutes?|hours?|days?|weeks?|months?|quarter)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).isEmpty() ? 1 : m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    const qint64 seconds = unit == QLatin1String("quarter") ? 3 * kMonth : unitSeconds(unit);
    words->append(m.captured());
    return RelativeWindow{0, n * seconds, false};
}

// "Hour 3-6", "Hour 1", "Day 2", "Week 1": the N-th hour (day, week) after T0.
std::optional<RelativeWindow> ordinalWindow(const QString &text, QStringList *words, TimeReading *r)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(hour|day|week)s?\\s+(\\d+)(?:\\s*(?:-|\u2013|\u2014|to)\\s*(\\d+))?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 unit = unitSeconds(m.captured(1));
    const qint64 first = m.captured(2).toLongLong();
    const qint64 last = m.captured(3).isEmpty() ? first : m.captured(3).toLongLong();
    if (first < 1 || last < first)
        return std::nullopt;
    if (unit == kHour)
        r->lastHour = int(last);
    r->ordinalFirst = int(first);
    r->ordinalLast = int(last);
    r->ordinalUnit = m.captured(1).toLower();
    words->append(m.captured());
    return RelativeWindow{(first - 1) * unit, last * unit, false};
}

std::optional<Recurrence> recurrence(const QString &text, QStringList *words)
{
    static const QRegularExpression every(
        QStringLiteral("\\b(?:every|each)\\s+(?:(\\d+)\\s*)?(minutes?|mins?|hours?|days?|weeks?|months?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression adverb(QStringLiteral("\\b(hourly|daily|weekly|monthly)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = every.match(text); m.hasMatch()) {
        const auto unit = recurrenceUnit(m.captured(2));
        const int n = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
        if (unit && n > 0) {
            words->append(m.captured());
            return Recurrence{*unit, n};
        }
    }
    if (const auto m = adverb.match(text); m.hasMatch()) {
        const QString w = m.captured(1).toLower();
        words->append(m.captured());
        if (w == QLatin1String("hourly"))
            return Recurrence{Recurrence::Unit::Hour, 1};
        if (w == QLatin1String("daily"))
            return Recurrence{Recurrence::Unit::Day, 1};
        if (w == QLatin1String("weekly"))
            return Recurrence{Recurrence::Unit::Week, 1};
        return Recurrence{Recurrence::Unit::Month, 1};
    }
    return std::nullopt;
}

} // namespace

qint64 Recurrence::every() const
{
    switch (unit) {
    case Unit::Minute: return count * kMinute;
    case Unit::Hour: return count * kHour;
    case Unit::Day: return count * kDay;
    case Unit::Week: return count * kWeek;
    case Unit::Month: return count * kMonth;
    }
    return kHour;
}

QString Recurrence::roundName() const
{
    // English, compared with the checklist's words; shown through QCoreApplication::translate("Recurrence", ...).
    switch (unit) {
    case Unit::Minute: return QLatin1String(QT_TRANSLATE_NOOP("Recurrence", "Round"));
    case Unit::Hour:
        return count == 1 ? QLatin1String(QT_TRANSLATE_NOOP("Recurrence", "Hour")) : QLatin1String("Round");
    case Unit::Day: return count == 1 ? QLatin1String(QT_TRANSLATE_NOOP("Recurrence", "Day")) : QLatin1String("Round");
    case Unit::Week:
        return count == 1 ? QLatin1String(QT_TRANSLATE_NOOP("Recurrence", "Week")) : QLatin1String("Round");
    case Unit::Month:
        return count == 1 ? QLatin1String(QT_TRANSLATE_NOOP("Recurrence", "Month")) : QLatin1String("Round");
    }
    return QStringLiteral("Round");
}

TimeReading readTimeWords(const QString &text, bool onlyPoints)
{
    TimeReading r;
    // The most explicit words win: T± first, then "After N hours", "First …", "Hour N".
    r.window = tWindow(text, &r.words);
    if (!r.window)
        r.window = afterWindow(text, &r.words);
    if (onlyPoints)
        return r;
    if (!r.window)
        r.window = firstWindow(text, &r.words);
    QStringList ordinalWords;
    const auto ordinal = ordinalWindow(text, &ordinalWords, &r);
    if (!r.window && ordinal) {
        r.window = ordinal;
        r.words += ordinalWords;
    }
    r.recurrence = recurrence(text, &r.words);
    static const QRegularExpression ongoing(QStringLiteral("\\bongoing\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression report(QStringLiteral("\\b(?:report|document)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression conditional(QStringLiteral("\\(\\s*if\\b|^\\s*if\\b|\\bin case of\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    r.conditional = conditional.match(text).hasMatch();
    r.ongoing = ongoing.match(text).hasMatch();
    r.report = report.match(text).hasMatch();
    if (r.ongoing)
        r.words.append(QStringLiteral("Ongoing"));
    return r;
}

QString shownDateTime(const QDateTime &t)
{
    const QLocale locale;
    const QDateTime local = t.toLocalTime();
    if (locale.language() == QLocale::C)
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // The locale's short date and time, with the seconds an audit trail needs.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1Char('s')))
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), timeFormat);
}

QString shownTime(const QDateTime &t)
{
    const QLocale locale;
    const QDateTime local = t.toLocalTime();
    if (locale.language() == QLocale::C)
        return local.toString(QStringLiteral("HH:mm"));
    return locale.toString(local.time(), QLocale::ShortFormat);
}
