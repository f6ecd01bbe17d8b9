#pragma once

#include <QMainWindow>
#include <QTimer>
#include <QVector>

#include <array>
#include <optional>

namespace PhaseLayout {
enum class Phase;
}

class AuditStatusLabel;
class ChecklistDesk;
class ChecklistPanel;
class LaunchRecord;
class CriteriaDesk;
class CriteriaPanel;
class IncidentsDock;
class SignOffDesk;
class SignOffPanel;
class ItemDetailsPane;
class LaunchTimeline;
class NowPanel;
class T0Clock;
class MonitoringService;
class ServiceTilesPanel;
class QAction;
class ReportDesk;
class ReportsPanel;
class T7ReportActions;
class QLabel;
class QActionGroup;
struct AuditEvent;
class TeamStatusLabel;
class CollisionsDialog;
class OverviewSource;
class WallView;

// The window: the checklist on the left, the selected item's details on the right, the
// operator and the audit trail's state in the status bar. It only arranges panels and menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LaunchRecord *session, QWidget *parent = nullptr);

    // The checklist's use cases of this window: one Undo covers every change made here.
    ChecklistDesk *checklistDesk() const { return m_checklistDesk; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    ItemDetailsPane *detailsPane() const { return m_details; }
    AuditStatusLabel *auditStatus() const { return m_audit; }
    QAction *undoAction() const { return m_undo; }

    // Asks for the operator when none is remembered yet (or when the user asks to change).
    bool askForOperator(bool force);
    // Adds the service tiles above the checklist, fed by monitoring.
    void attachMonitoring(MonitoringService *monitoring);
    ServiceTilesPanel *tilesPanel() const { return m_tiles; }
    // Adds the incidents dock, its menu and the outage offer in the status bar.
    void attachIncidents();
    IncidentsDock *incidentsDock() const { return m_incidents; }
    // Adds the launch timeline: the T0 clock, the Launch menu, the Now dock, due states in the
    // tree and rounds in the details.
    void attachTimeline(LaunchTimeline *timeline);
    T0Clock *t0Clock() const { return m_t0Clock; }
    NowPanel *nowPanel() const { return m_now; }
    // Adds the hourly status reports dock (the hours side by side and their charts).
    void attachReports(ReportDesk *desk);
    ReportsPanel *reportsPanel() const { return m_reports; }
    // Adds the sign-off dock: the signature lines and their dialogs.
    void attachSignOff(SignOffDesk *desk);
    SignOffPanel *signOffPanel() const { return m_signOff; }
    // File → T+7 report / Save report as PDF; the lead passes the criteria and signatures to it.
    T7ReportActions *t7Report() const { return m_t7Report; }
    // Adds the success criteria dock (tabbed with the reports) and the Day 7 statistics.
    void attachCriteria(CriteriaDesk *desk);
    CriteriaPanel *criteriaPanel() const { return m_criteria; }
    // A team record's connection and what waits in the outbox (null for a store file).
    TeamStatusLabel *teamStatus() const { return m_team; }
    // The open list of offline changes that met another desk's (null until there was one).
    CollisionsDialog *collisionsDialog() const { return m_collisionsDialog; }
    // File → Connect to team record…
    void connectToTeamRecord();

    // The layouts for each phase of the launch (View → Layout, Ctrl+1…4). Showing one keeps what
    // the person changed in the one before (per layout and screen size, in the settings).
    PhaseLayout::Phase layoutPhase() const;
    void showLayout(PhaseLayout::Phase phase);
    QAction *layoutAction(PhaseLayout::Phase phase) const;
    // Looks whether the launch has moved into another phase; if so, offers its layout once, in a
    // bar above the checklist (never a dialog that waits). The window looks every 30 s by itself.
    void checkPhase();
    QWidget *phaseBar() const { return m_phaseBar; }
    // Remembers the layout, its arrangement and the window's geometry (also done on close).
    void saveLayout();

    // View → Next pane / Previous pane (F6, Shift+F6): the keyboard's way between the checklist,
    // the details and each dock shown (a tab behind another is brought to the front).
    void focusPane(int step);

    // View → Wall (F11): the overview for the room's big screen, full screen on another screen
    // when there is one. F11 or Esc there closes it.
    void showWall(bool shown);
    WallView *wallView() const { return m_wall; }
    QAction *wallAction() const { return m_wallAction; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

signals:
    // The person chose a team record to work on (File → Connect to team record…): the
    // application opens it in place of this one.
    void teamRecordChosen(const QString &address);

private:
    void createMenus();
    void importChecklist();
    void exportChecklist(bool json);
    void showError(const QString &message);
    void updateUndo();
    void updateOperatorLabel();
    void chooseCatalogue(MonitoringService *monitoring);
    void useCatalogue(MonitoringService *monitoring, const QString &path);
    void showCollisions(const QVector<AuditEvent> &offlineEvents);
    void createLayoutMenu();
    QWidget *createPhaseBar();
    void startLayout(PhaseLayout::Phase fitting);
    void arrangeSoon();
    void applyLayout();
    void markLayoutChanged();
    void contentsChanged();
    QString layoutStateKey(PhaseLayout::Phase phase) const;
    void createWallAction();
    void createPaneActions();

    LaunchRecord *m_session;
    ChecklistDesk *m_checklistDesk;
    ChecklistPanel *m_checklist;
    ItemDetailsPane *m_details;
    AuditStatusLabel *m_audit;
    QLabel *m_operator;
    QAction *m_undo = nullptr;
    QMenu *m_viewMenu = nullptr;
    ServiceTilesPanel *m_tiles = nullptr;
    MonitoringService *m_monitoring = nullptr; // the incident desk's alerts follow its catalogue
    IncidentsDock *m_incidents = nullptr;
    SignOffPanel *m_signOff = nullptr;
    const SignOffDesk *m_signOffDesk = nullptr; // what the details and Day 7 ask before invalidating
    T0Clock *m_t0Clock = nullptr;
    NowPanel *m_now = nullptr;
    ReportsPanel *m_reports = nullptr;
    T7ReportActions *m_t7Report = nullptr;
    CriteriaPanel *m_criteria = nullptr;
    TeamStatusLabel *m_team = nullptr;
    CollisionsDialog *m_collisionsDialog = nullptr;
    // The layouts: the one shown, whether it is still as the window arranged it (then it follows
    // what the panels hold), and the phase the launch was in when last looked at.
    LaunchTimeline *m_timeline = nullptr;
    ReportDesk *m_reportDesk = nullptr;
    int m_layout = 0; // PhaseLayout::Phase
    bool m_layoutChanged = false;
    bool m_arranging = false;
    bool m_arrangePending = false;
    int m_contents = -1; // PhaseLayout::Contents as bits, when last arranged
    std::optional<int> m_launchPhase;
    int m_offeredPhase = 0;
    std::array<QAction *, 4> m_layoutActions{};
    QActionGroup *m_layoutGroup = nullptr;
    QWidget *m_phaseBar = nullptr;
    QLabel *m_phaseBarText = nullptr;
    QTimer m_phaseTimer;
    OverviewSource *m_overview; // what the wall shows, following every desk from the start
    WallView *m_wall = nullptr;
    QAction *m_wallAction = nullptr;
};
