#include "ui/reports/ReportsDock.h"

#include "ui/DockPlacement.h"
#include "ui/reports/ReportsPanel.h"

#include <QDockWidget>
#include <QMainWindow>

namespace ReportsDock {

ReportsPanel *add(QMainWindow *window, ReportDesk *desk, QMenu *viewMenu)
{
    auto *panel = new ReportsPanel(desk, window);
    // Below the checklist and the tiles, across the window: six hours side by side need the width.
    QDockWidget *dock = DockPlacement::add(window, panel, QObject::tr("Hourly status reports"),
                                           QStringLiteral("reportsDock"), Qt::BottomDockWidgetArea, viewMenu);
    window->resizeDocks({dock}, {330}, Qt::Vertical);
    return panel;
}

} // namespace ReportsDock
