#pragma once

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QVector>

#include <optional>

// Which window layout fits the launch now, and what each layout shows. The window only carries
// this out (ui/DockPlacement); the decision is made here, from T0 and the clock, without widgets.
namespace PhaseLayout {

// The four layouts, in the order the launch goes through them (and of Ctrl+1…4).
enum class Phase {
    Prepare, // before T−2 h, or no T0: the checklist gets the room
    Launch,  // T−2 h to T+6 h: checklist, tiles, the Now list, hourly reports, incidents
    Watch,   // T+6 h to T+7 d: tiles, incidents, success criteria
    Close,   // from T+7 d: success criteria, sign-off, the hourly reports for the T+7 report
};
inline constexpr int kPhaseCount = 4;

// The layout that fits the launch at now; Prepare without T0.
Phase fitting(const QDateTime &t0, const QDateTime &now);
// When the fitting layout changes next after now (none without T0, or in Close).
std::optional<QDateTime> nextChange(const QDateTime &t0, const QDateTime &now);

// A stable name for settings keys ("prepare", "launch", "watch", "close"); never shown.
QString key(Phase phase);
std::optional<Phase> fromKey(const QString &key);
// The screen size a remembered arrangement was made for: "small" (below 1440×900), "medium"
// (below 1920 wide), "large". A layout arranged on a laptop is not forced onto a wall screen.
QString sizeBucket(const QSize &screen);

// What the panels hold, for the panels that stay out of the way while they are empty.
struct Contents
{
    bool anyHourOver = false; // an hourly report can be filled in
    bool anyIncident = false;
    // The window is tall enough (900 px) for two panels one above the other on the right; below,
    // the incidents (with their detail) and the Now list share the place as tabs.
    bool roomToStack = true;
};

// Where a panel goes in a layout. Panels are named by stable keys: "services", "now",
// "incidents", "reports", "criteria", "signOff" (the window's docks are the key + "Dock").
struct Place
{
    enum class Area {
        Hidden,
        Top,
        Right,
        Bottom
    };
    QString panel;
    Area area = Area::Hidden;
    // Percent of the window's width (Right) or height (Top, Bottom); 0: the panel's own size.
    int share = 0;
    // Another panel of the same area this one sits behind as a tab (empty: beside it).
    QString tabbedBehind;
    bool compact = false; // as small as still useful (the tiles as one strip)
};

// Every panel's place in phase's layout, in the order they are to be placed: in each area the
// first is the top (or left) one, the next without tabbedBehind goes below (or beside) it.
QVector<Place> placesFor(Phase phase, const Contents &contents);
// The panels a layout shows in front (not hidden, not a tab behind another).
QStringList frontPanels(Phase phase, const Contents &contents);

} // namespace PhaseLayout
