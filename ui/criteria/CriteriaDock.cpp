#include "ui/criteria/CriteriaDock.h"

#include "ui/criteria/CriteriaPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace CriteriaDock {

CriteriaPanel *add(QMainWindow *window, CriteriaDesk *desk, QMenu *viewMenu)
{
    auto *panel = new CriteriaPanel(desk, window);
    auto *dock = new QDockWidget(QObject::tr("Success criteria"), window);
    dock->setObjectName(QStringLiteral("criteriaDock"));
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    // Beside the hourly reports at the bottom, as a tab: both are read across the window's width.
    QDockWidget *reports = window->findChild<QDockWidget *>(QStringLiteral("reportsDock"));
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (reports)
        window->tabifyDockWidget(reports, dock);
    if (viewMenu)
        viewMenu->addAction(dock->toggleViewAction());
    return panel;
}

} // namespace CriteriaDock
