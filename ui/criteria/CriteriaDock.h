#pragma once

class CriteriaDesk;
class CriteriaPanel;
class QMainWindow;
class QMenu;

// How the success criteria take their place in the main window: a dock on the right, tabbed with
// whatever dock is there, listed in the View menu.
namespace CriteriaDock {

CriteriaPanel *add(QMainWindow *window, CriteriaDesk *desk, QMenu *viewMenu);

} // namespace CriteriaDock
