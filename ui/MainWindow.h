#pragma once

#include <QMainWindow>
#include <QVector>

class AuditStatusLabel;
class ChecklistPanel;
class ChecklistSession;
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
struct AuditEvent;
class TeamStatusLabel;
class CollisionsDialog;

// The window: the checklist on the left, the selected item's details on the right, the
// operator and the audit trail's state in the status bar. It only arranges panels and menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ChecklistSession *session, QWidget *parent = nullptr);

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

    ChecklistSession *m_session;
    ChecklistPanel *m_checklist;
    ItemDetailsPane *m_details;
    AuditStatusLabel *m_audit;
    QLabel *m_operator;
    QAction *m_undo = nullptr;
    QMenu *m_viewMenu = nullptr;
    ServiceTilesPanel *m_tiles = nullptr;
    IncidentsDock *m_incidents = nullptr;
    SignOffPanel *m_signOff = nullptr;
    T0Clock *m_t0Clock = nullptr;
    NowPanel *m_now = nullptr;
    ReportsPanel *m_reports = nullptr;
    T7ReportActions *m_t7Report = nullptr;
    CriteriaPanel *m_criteria = nullptr;
    TeamStatusLabel *m_team = nullptr;
    CollisionsDialog *m_collisionsDialog = nullptr;
};
