#include "ui/DockPlacement.h"

#include <QDockWidget>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QSet>

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

QDockWidget *dockOf(QMainWindow *window, const QString &panel)
{
    return window->findChild<QDockWidget *>(panel + QStringLiteral("Dock"), Qt::FindDirectChildrenOnly);
}

namespace {

using Area = PhaseLayout::Place::Area;

Qt::DockWidgetArea qtArea(Area area)
{
    switch (area) {
    case Area::Top: return Qt::TopDockWidgetArea;
    case Area::Right: return Qt::RightDockWidgetArea;
    case Area::Bottom: return Qt::BottomDockWidgetArea;
    case Area::Hidden: break;
    }
    return Qt::NoDockWidgetArea;
}

} // namespace

void arrange(QMainWindow *window, const QVector<PhaseLayout::Place> &places)
{
    // Taken out first, so that tabs and splits of another layout do not linger.
    for (const PhaseLayout::Place &p : places) {
        if (QDockWidget *dock = dockOf(window, p.panel)) {
            dock->setFloating(false);
            window->removeDockWidget(dock);
        }
    }
    QHash<int, QDockWidget *> lastInArea;
    QSet<QString> placed;
    QList<QDockWidget *> inFront;
    QList<QDockWidget *> wide, tall;
    QList<int> widths, heights;
    for (const PhaseLayout::Place &p : places) {
        QDockWidget *dock = dockOf(window, p.panel);
        if (!dock || p.area == Area::Hidden)
            continue;
        const Qt::DockWidgetArea area = qtArea(p.area);
        QDockWidget *front = placed.contains(p.tabbedBehind) ? dockOf(window, p.tabbedBehind) : nullptr;
        if (front) {
            window->tabifyDockWidget(front, dock);
        } else if (QDockWidget *previous = lastInArea.value(int(area))) {
            window->splitDockWidget(previous, dock, area == Qt::RightDockWidgetArea ? Qt::Vertical : Qt::Horizontal);
            lastInArea.insert(int(area), dock);
            inFront.append(dock);
        } else {
            window->addDockWidget(area, dock);
            lastInArea.insert(int(area), dock);
            inFront.append(dock);
        }
        dock->show();
        placed.insert(p.panel);
        if (front || p.share <= 0)
            continue;
        if (area == Qt::RightDockWidgetArea) {
            wide.append(dock);
            widths.append(window->width() * p.share / 100);
        } else {
            tall.append(dock);
            heights.append(window->height() * p.share / 100);
        }
    }
    // The panel a layout is about is the tab in front.
    for (QDockWidget *dock : std::as_const(inFront))
        dock->raise();
    if (!wide.isEmpty())
        window->resizeDocks(wide, widths, Qt::Horizontal);
    if (!tall.isEmpty())
        window->resizeDocks(tall, heights, Qt::Vertical);
    // Docks stacked on the right share its height evenly (Qt would leave the later one most of it,
    // and a list of a few tall rows above it unreadable).
    QList<QDockWidget *> stacked;
    for (QDockWidget *dock : std::as_const(inFront))
        if (window->dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            stacked.append(dock);
    if (stacked.size() > 1)
        window->resizeDocks(stacked, QList<int>(stacked.size(), window->height() / int(stacked.size())), Qt::Vertical);
}

} // namespace DockPlacement
