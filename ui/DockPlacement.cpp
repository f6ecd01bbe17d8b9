#include "DockPlacement.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace DockPlacement {

QDockWidget *add(QMainWindow *window, QWidget *panel, const QString &title, const QString &objectName,
                 Qt::DockWidgetArea area, QMenu *viewMenu)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(area, dock);
    if (viewMenu)
        viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

} // namespace DockPlacement
