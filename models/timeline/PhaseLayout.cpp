#include "models/timeline/PhaseLayout.h"

namespace PhaseLayout {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kLaunchFrom = -2 * kHour;    // the launch team gathers two hours before T0
constexpr qint64 kWatchFrom = 6 * kHour;      // the six hourly reports are over
constexpr qint64 kCloseFrom = 7 * 24 * kHour; // the success criteria are judged at T+7 d

using Area = Place::Area;

Place place(const QString &panel, Area area, int share = 0, const QString &tabbedBehind = {}, bool compact = false)
{
    return Place{panel, area, share, tabbedBehind, compact};
}

} // namespace

Phase fitting(const QDateTime &t0, const QDateTime &now)
{
    if (!t0.isValid() || !now.isValid())
        return Phase::Prepare;
    const qint64 since = t0.secsTo(now);
    if (since < kLaunchFrom)
        return Phase::Prepare;
    if (since < kWatchFrom)
        return Phase::Launch;
    if (since < kCloseFrom)
        return Phase::Watch;
    return Phase::Close;
}

std::optional<QDateTime> nextChange(const QDateTime &t0, const QDateTime &now)
{
    if (!t0.isValid() || !now.isValid())
        return std::nullopt;
    for (const qint64 boundary : {kLaunchFrom, kWatchFrom, kCloseFrom}) {
        const QDateTime at = t0.addSecs(boundary);
        if (at > now)
            return at;
    }
    return std::nullopt;
}

QString key(Phase phase)
{
    switch (phase) {
    case Phase::Prepare: return QStringLiteral("prepare");
    case Phase::Launch: return QStringLiteral("launch");
    case Phase::Watch: return QStringLiteral("watch");
    case Phase::Close: return QStringLiteral("close");
    }
    return {};
}

std::optional<Phase> fromKey(const QString &text)
{
    for (int i = 0; i < kPhaseCount; ++i) {
        if (key(Phase(i)) == text)
            return Phase(i);
    }
    return std::nullopt;
}

QString sizeBucket(const QSize &screen)
{
    if (screen.width() < 1440 || screen.height() < 900)
        return QStringLiteral("small");
    if (screen.width() < 1920)
        return QStringLiteral("medium");
    return QStringLiteral("large");
}

QVector<Place> placesFor(Phase phase, const Contents &contents)
{
    const QString services = QStringLiteral("services"), now = QStringLiteral("now"),
                  incidents = QStringLiteral("incidents"), reports = QStringLiteral("reports"),
                  criteria = QStringLiteral("criteria"), signOff = QStringLiteral("signOff");
    switch (phase) {
    case Phase::Prepare:
        // The checklist wide; the Now list narrow beside it; the launch's panels out of sight.
        return {place(services, Area::Top, 0, {}, true), place(now, Area::Right, 24),
                place(incidents, Area::Hidden),          place(reports, Area::Hidden),
                place(criteria, Area::Hidden),           place(signOff, Area::Hidden)};
    case Phase::Launch:
        // No incident yet: the incidents wait as a tab behind the Now list; no hour over yet:
        // the hourly reports stay away until there is one to fill in.
        if (contents.anyIncident && !contents.roomToStack)
            return {place(services, Area::Top),
                    place(incidents, Area::Right, 30),
                    place(now, Area::Right, 0, incidents),
                    place(reports, contents.anyHourOver ? Area::Bottom : Area::Hidden, 30),
                    place(criteria, Area::Hidden),
                    place(signOff, Area::Hidden)};
        return {place(services, Area::Top),
                place(now, Area::Right, 30),
                place(incidents, Area::Right, 0, contents.anyIncident ? QString() : now),
                place(reports, contents.anyHourOver ? Area::Bottom : Area::Hidden, 30),
                place(criteria, Area::Hidden),
                place(signOff, Area::Hidden)};
    case Phase::Watch:
        return {place(services, Area::Top),
                place(incidents, Area::Right, contents.anyIncident ? 38 : 30), // more room once there is one
                place(criteria, Area::Bottom, 36),
                place(reports, Area::Bottom, 0, criteria),
                place(now, Area::Hidden),
                place(signOff, Area::Hidden)};
    case Phase::Close:
        // The criteria's tables across the window; the signature lines beside the checklist.
        return {place(criteria, Area::Bottom, 55), place(reports, Area::Bottom, 0, criteria),
                place(signOff, Area::Right, 34),   place(services, Area::Hidden),
                place(now, Area::Hidden),          place(incidents, Area::Hidden)};
    }
    return {};
}

QStringList frontPanels(Phase phase, const Contents &contents)
{
    QStringList front;
    for (const Place &p : placesFor(phase, contents)) {
        if (p.area != Area::Hidden && p.tabbedBehind.isEmpty())
            front.append(p.panel);
    }
    return front;
}

} // namespace PhaseLayout
