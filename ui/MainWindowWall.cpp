#include "ui/MainWindow.h"

#include "ui/wall/WallView.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>

void MainWindow::createWallAction()
{
    m_wallAction = m_viewMenu->addAction(tr("&Wall (room screen)"));
    m_wallAction->setObjectName(QStringLiteral("wallAction"));
    m_wallAction->setCheckable(true);
    m_wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_wallAction, &QAction::toggled, this, &MainWindow::showWall);
    m_viewMenu->addSeparator();
}

void MainWindow::showWall(bool shown)
{
    m_wallAction->setChecked(shown);
    if (!shown) {
        if (m_wall)
            m_wall->hide();
        activateWindow();
        return;
    }
    if (!m_wall) {
        m_wall = new WallView(m_overview, this);
        m_wall->setObjectName(QStringLiteral("wallView"));
        connect(m_wall, &WallView::closeRequested, this, [this] { showWall(false); });
    }
    // The room's screen is another one than the desk's, when there is one.
    QScreen *target = screen();
    for (QScreen *s : QGuiApplication::screens())
        if (s != screen()) {
            target = s;
            break;
        }
    if (target) {
        m_wall->setScreen(target);
        m_wall->setGeometry(target->geometry());
    }
    m_wall->refresh();
    m_wall->showFullScreen();
    m_wall->raise();
    m_wall->activateWindow();
}
