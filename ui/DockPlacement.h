#pragma once

#include "models/timeline/PhaseLayout.h"

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

// The dock of a panel named as in PhaseLayout::Place ("now" → "nowDock"); null until it is added.
QDockWidget *dockOf(QMainWindow *window, const QString &panel);

// Puts the window's docks where a layout wants them: docked (never floating), beside or as a tab
// behind one another, shown or hidden, sized by their share of the window. Docks not added yet
// are skipped; the window arranges again when they come.
void arrange(QMainWindow *window, const QVector<PhaseLayout::Place> &places);

} // namespace DockPlacement
