#pragma once

#include "ui/timeline/LaunchMenu.h"

class LaunchTimeline;
class NowPanel;
class QMainWindow;
class QMenu;
class T0Clock;

// How the timeline takes its place in the main window, one call each, so that the window only
// arranges: the T0 clock in a tool bar, the Launch menu before Help, the Now dock on the right.
namespace TimelineDocks {

T0Clock *addClockBar(QMainWindow *window, LaunchTimeline *timeline);
QMenu *addLaunchMenu(QMainWindow *window, LaunchTimeline *timeline, const LaunchMenu::SignOffSource &signOff = {});
NowPanel *addNowDock(QMainWindow *window, LaunchTimeline *timeline, QMenu *viewMenu);

} // namespace TimelineDocks
