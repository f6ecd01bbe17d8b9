#include "ui/MainWindow.h"

#include "models/timeline/PhaseLayout.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ItemDetailsPane.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>

#include <algorithm>

namespace {

bool takesTab(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

// The first control inside pane that Tab would reach.
QWidget *firstStop(QWidget *pane)
{
    if (takesTab(pane))
        return pane;
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain())
        if (pane->isAncestorOf(w) && takesTab(w))
            return w;
    return nullptr;
}

} // namespace

void MainWindow::createPaneActions()
{
    QAction *next = m_viewMenu->addAction(tr("&Next pane"), this, [this] { focusPane(1); });
    next->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previous = m_viewMenu->addAction(tr("&Previous pane"), this, [this] { focusPane(-1); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_viewMenu->addSeparator();
}

void MainWindow::focusPane(int step)
{
    // The panes in reading order: the checklist, its details, then the docks of the layout
    // (docked ones; a floating dock is a window of its own).
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        // Shown, in front or as a tab behind another (isHidden() is true for those).
        if (dock->toggleViewAction()->isChecked() && !dock->isFloating() && dock->widget())
            docks.append(dock);
    // In the order the layout places them (top before bottom, the front tab before those behind
    // it), the rest by name. Never the children's order: raise() changes it, and positions of tabs
    // behind others are stale.
    QStringList order;
    for (const PhaseLayout::Place &p : PhaseLayout::placesFor(PhaseLayout::Phase(m_layout), {}))
        order << p.panel + QStringLiteral("Dock");
    const auto rank = [&order](const QDockWidget *d) {
        const int i = int(order.indexOf(d->objectName()));
        return i < 0 ? int(order.size()) : i;
    };
    std::sort(docks.begin(), docks.end(), [&rank](const QDockWidget *a, const QDockWidget *b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a->objectName() < b->objectName();
    });
    QList<QWidget *> panes{m_checklist, m_details};
    for (QDockWidget *dock : std::as_const(docks))
        panes.append(dock);
    int at = -1;
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < panes.size(); ++i)
        if (focus && (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus)))
            at = i;
    const int count = int(panes.size());
    for (int tries = 1; tries <= count; ++tries) {
        QWidget *pane = panes.at(((at < 0 ? (step > 0 ? -1 : 0) : at) + step * tries + count * count) % count);
        if (pane == m_checklist) { // the tree, not the filter above it
            m_checklist->focusTree();
            return;
        }
        if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
            dock->raise(); // a tab behind another comes to the front
        }
        if (QWidget *target = firstStop(pane)) {
            target->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}
