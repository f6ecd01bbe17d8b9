#pragma once

class QMainWindow;
class QMenu;
class ReportDesk;
class ReportsPanel;

// How the hourly reports take their place in the main window: a dock below the checklist and
// the tiles, across the window, listed in the View menu.
namespace ReportsDock {

ReportsPanel *add(QMainWindow *window, ReportDesk *desk, QMenu *viewMenu);

} // namespace ReportsDock
