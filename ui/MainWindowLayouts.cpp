// MainWindow's layouts for each phase of the launch (issue #16): which one shows, what the person
// changed in each, the offer to switch when the launch moves on. The decisions are PhaseLayout's.
#include "ui/MainWindow.h"

#include "models/incidents/IncidentDesk.h"
#include "models/reports/ReportDesk.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/PhaseLayout.h"
#include "ui/DockPlacement.h"
#include "ui/incidents/IncidentsDock.h"
#include "ui/services/ServiceTile.h"
#include "ui/services/ServiceTilesPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabBar>

#include <algorithm>

using PhaseLayout::Phase;

namespace {

constexpr int kStateVersion = 16; // QMainWindow::saveState's version: the layouts of issue #16

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Prepare: return MainWindow::tr("Prepare", "phase of the launch");
    case Phase::Launch: return MainWindow::tr("Launch", "phase of the launch");
    case Phase::Watch: return MainWindow::tr("Watch", "phase of the launch");
    case Phase::Close: return MainWindow::tr("Close", "phase of the launch");
    }
    return {};
}

// What the panels that stay out of the way while empty hold now.
PhaseLayout::Contents contentsOf(const ReportDesk *reports, const IncidentsDock *incidents, int windowHeight)
{
    PhaseLayout::Contents contents;
    contents.roomToStack = windowHeight >= 900;
    if (reports) {
        const auto hours = reports->hours();
        contents.anyHourOver = std::any_of(hours.begin(), hours.end(), [](const HourReport &h) { return h.isOver(); });
    }
    contents.anyIncident = incidents && !incidents->desk()->log().incidents().isEmpty();
    return contents;
}

int bits(const PhaseLayout::Contents &contents)
{
    return int(contents.anyHourOver) | int(contents.anyIncident) << 1 | int(contents.roomToStack) << 2;
}

QString settingsKey(const char *name)
{
    return QStringLiteral("window/") + QLatin1String(name);
}

} // namespace

PhaseLayout::Phase MainWindow::layoutPhase() const
{
    return Phase(m_layout);
}

QAction *MainWindow::layoutAction(Phase phase) const
{
    return m_layoutActions.at(size_t(phase));
}

void MainWindow::createLayoutMenu()
{
    QMenu *menu = m_viewMenu->addMenu(tr("Lay&out"));
    m_layoutGroup = new QActionGroup(this);
    const QString texts[] = {tr("&Prepare — the checklist (before T−2 h)"),
                             tr("&Launch — checklist, services, Now, reports, incidents (T−2 h to T+6 h)"),
                             tr("&Watch — services, incidents, success criteria (T+6 h to T+7 d)"),
                             tr("&Close — success criteria, sign-off, reports (from T+7 d)")};
    for (int i = 0; i < PhaseLayout::kPhaseCount; ++i) {
        QAction *action = menu->addAction(texts[i], this, [this, i] { showLayout(Phase(i)); });
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("layout_") + PhaseLayout::key(Phase(i)));
        m_layoutGroup->addAction(action);
        m_layoutActions.at(size_t(i)) = action;
    }
    m_viewMenu->addSeparator();
    startLayout(Phase::Prepare); // until a timeline says where the launch is
    m_phaseTimer.setInterval(30000);
    connect(&m_phaseTimer, &QTimer::timeout, this, &MainWindow::checkPhase);
}

void MainWindow::startLayout(Phase fitting)
{
    // The layout chosen last, as long as the launch is still in the phase it was chosen in;
    // else the one that fits the launch now.
    QSettings settings;
    const auto chosen = PhaseLayout::fromKey(settings.value(settingsKey("layout")).toString());
    const bool samePhase = settings.value(settingsKey("layoutInPhase")).toString() == PhaseLayout::key(fitting);
    m_layout = int(chosen && samePhase ? *chosen : fitting);
    m_launchPhase = int(fitting);
    m_layoutActions.at(size_t(m_layout))->setChecked(true);
    arrangeSoon();
}

QWidget *MainWindow::createPhaseBar()
{
    m_phaseBar = new QWidget(this);
    m_phaseBar->setObjectName(QStringLiteral("phaseBar"));
    m_phaseBar->setAutoFillBackground(true);
    m_phaseBar->setStyleSheet(QStringLiteral("#phaseBar { background:#fff4d6; border:1px solid #e0c070; }"));
    m_phaseBarText = new QLabel(m_phaseBar);
    m_phaseBarText->setWordWrap(true);
    auto *change = new QPushButton(tr("Switch layout"), m_phaseBar);
    change->setObjectName(QStringLiteral("switchLayout"));
    auto *keep = new QPushButton(tr("Keep this layout"), m_phaseBar);
    auto *layout = new QHBoxLayout(m_phaseBar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_phaseBarText, 1);
    layout->addWidget(change);
    layout->addWidget(keep);
    connect(change, &QPushButton::clicked, this, [this] {
        m_phaseBar->hide();
        showLayout(Phase(m_offeredPhase));
    });
    connect(keep, &QPushButton::clicked, m_phaseBar, &QWidget::hide);
    m_phaseBar->hide();
    return m_phaseBar;
}

QString MainWindow::layoutStateKey(Phase phase) const
{
    const QSize screenSize = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    return QStringLiteral("layouts/%1/%2").arg(PhaseLayout::sizeBucket(screenSize), PhaseLayout::key(phase));
}

void MainWindow::showLayout(Phase phase)
{
    saveLayout();
    m_layout = int(phase);
    m_layoutActions.at(size_t(phase))->setChecked(true);
    if (m_phaseBar && m_offeredPhase == int(phase))
        m_phaseBar->hide();
    applyLayout();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("layout"), PhaseLayout::key(Phase(m_layout)));
    settings.setValue(settingsKey("layoutInPhase"), PhaseLayout::key(Phase(m_launchPhase.value_or(0))));
    // Only what the person changed: an untouched layout keeps following what the panels hold.
    if (m_layoutChanged)
        settings.setValue(layoutStateKey(Phase(m_layout)), saveState(kStateVersion));
}

void MainWindow::arrangeSoon()
{
    if (m_arrangePending)
        return;
    m_arrangePending = true;
    // Once the panels attached in one go are all there.
    QTimer::singleShot(0, this, [this] {
        m_arrangePending = false;
        applyLayout();
    });
}

void MainWindow::applyLayout()
{
    m_arranging = true;
    const Phase phase = Phase(m_layout);
    const QByteArray saved = QSettings().value(layoutStateKey(phase)).toByteArray();
    m_layoutChanged = !saved.isEmpty() && restoreState(saved, kStateVersion);
    if (!m_layoutChanged) {
        const PhaseLayout::Contents contents = contentsOf(m_reportDesk, m_incidents, height());
        m_contents = bits(contents);
        const auto places = PhaseLayout::placesFor(phase, contents);
        DockPlacement::arrange(this, places);
        // The tiles as tall as they need, or as one strip where the checklist gets the room.
        QDockWidget *services = DockPlacement::dockOf(this, QStringLiteral("services"));
        if (services && m_tiles && !services->isHidden()) {
            const bool compact = std::any_of(places.begin(), places.end(), [](const PhaseLayout::Place &p) {
                return p.panel == QLatin1String("services") && p.compact;
            });
            const QList<ServiceTile *> tiles = m_tiles->tiles();
            const int strip = tiles.isEmpty() ? 0 : tiles.first()->sizeHint().height() + 32; // and the title
            const int wanted = m_tiles->sizeHint().height();
            // Whole rows of tiles (the rest scroll): one where compact, else as many as a quarter holds.
            const int rows = compact || strip <= 0 ? 1 : qMax(1, this->height() / 4 / strip);
            const int height = strip <= 0 ? wanted : qMin(wanted, rows * strip);
            resizeDocks({services}, {height}, Qt::Vertical);
        }
    }
    // A tab chosen, a dock moved, closed or floated by the person: a change to remember.
    for (QTabBar *tabs : findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly))
        connect(tabs, &QTabBar::currentChanged, this, &MainWindow::markLayoutChanged, Qt::UniqueConnection);
    for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        connect(dock->toggleViewAction(), &QAction::triggered, this, &MainWindow::markLayoutChanged,
                Qt::UniqueConnection);
        connect(dock, &QDockWidget::topLevelChanged, this, &MainWindow::markLayoutChanged, Qt::UniqueConnection);
        connect(dock, &QDockWidget::dockLocationChanged, this, &MainWindow::markLayoutChanged, Qt::UniqueConnection);
    }
    m_arranging = false;
}

void MainWindow::markLayoutChanged()
{
    if (!m_arranging && !m_arrangePending)
        m_layoutChanged = true;
}

void MainWindow::contentsChanged()
{
    // An untouched layout follows: the first incident gets its place, the first hour over its reports.
    if (!m_layoutChanged && bits(contentsOf(m_reportDesk, m_incidents, height())) != m_contents)
        arrangeSoon();
}

void MainWindow::checkPhase()
{
    if (!m_timeline)
        return;
    const Phase fitting = PhaseLayout::fitting(m_timeline->t0(), m_timeline->clock().now());
    if (m_launchPhase == int(fitting))
        return;
    const bool first = !m_launchPhase;
    m_launchPhase = int(fitting);
    if (first || !m_phaseBar)
        return;
    if (int(fitting) == m_layout) {
        m_phaseBar->hide();
        return;
    }
    // Asked once per change of phase, in a bar: the window keeps updating while it waits.
    m_offeredPhase = int(fitting);
    m_phaseBarText->setText(tr("The launch is now in its %1 phase. Switch to the %1 layout (Ctrl+%2)?")
                                .arg(phaseName(fitting))
                                .arg(int(fitting) + 1));
    m_phaseBar->show();
}

bool MainWindow::event(QEvent *event)
{
    // The separators between docks belong to the window itself: a drag ends in a release here.
    if (event->type() == QEvent::MouseButtonRelease)
        markLayoutChanged();
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}
