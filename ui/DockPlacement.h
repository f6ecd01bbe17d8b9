#pragma once

#include <Qt>

class QDockWidget;
class QMainWindow;
class QMenu;
class QString;
class QWidget;

// How a panel takes its place in the main window: a movable, closable, floatable dock in an area,
// with its show/hide action in the View menu.
namespace DockPlacement {

QDockWidget *add(QMainWindow *window, QWidget *panel, const QString &title, const QString &objectName,
                 Qt::DockWidgetArea area, QMenu *viewMenu);

} // namespace DockPlacement
