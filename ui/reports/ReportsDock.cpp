#include "ReportsDock.h"

#include "ReportsPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace ReportsDock {

ReportsPanel *add(QMainWindow *window, ReportDesk *desk, QMenu *viewMenu)
{
    auto *panel = new ReportsPanel(desk, window);
    auto *dock = new QDockWidget(QObject::tr("Hourly status reports"), window);
    dock->setObjectName(QStringLiteral("reportsDock"));
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    // Below the checklist and the tiles, across the window: six hours side by side need the width.
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    window->resizeDocks({dock}, {330}, Qt::Vertical);
    if (viewMenu)
        viewMenu->addAction(dock->toggleViewAction());
    return panel;
}

} // namespace ReportsDock
