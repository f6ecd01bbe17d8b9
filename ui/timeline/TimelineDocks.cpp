#include "ui/timeline/TimelineDocks.h"

#include "ui/DockPlacement.h"
#include "ui/timeline/LaunchMenu.h"
#include "ui/timeline/NowPanel.h"
#include "ui/timeline/T0Clock.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace TimelineDocks {

T0Clock *addClockBar(QMainWindow *window, LaunchTimeline *timeline)
{
    auto *bar = new QToolBar(QObject::tr("Launch clock"), window);
    bar->setObjectName(QStringLiteral("launchClockBar"));
    bar->setMovable(false);
    auto *clock = new T0Clock(timeline, bar);
    bar->addWidget(clock);
    QObject::connect(clock, &T0Clock::planRequested, window,
                     [timeline, window] { LaunchMenu::planT0(timeline, window); });
    window->addToolBar(Qt::TopToolBarArea, bar);
    return clock;
}

QMenu *addLaunchMenu(QMainWindow *window, LaunchTimeline *timeline, const LaunchMenu::SignOffSource &signOff)
{
    QMenu *menu = LaunchMenu::create(timeline, window, signOff);
    // Before Help, which stays last.
    const QList<QAction *> top = window->menuBar()->actions();
    QAction *help = top.isEmpty() ? nullptr : top.last();
    window->menuBar()->insertMenu(help, menu);
    return menu;
}

NowPanel *addNowDock(QMainWindow *window, LaunchTimeline *timeline, QMenu *viewMenu)
{
    auto *panel = new NowPanel(timeline, window);
    QDockWidget *dock = DockPlacement::add(window, panel, QObject::tr("Now: due and late"), QStringLiteral("nowDock"),
                                           Qt::RightDockWidgetArea, viewMenu);
    window->resizeDocks({dock}, {460}, Qt::Horizontal);
    return panel;
}

} // namespace TimelineDocks
