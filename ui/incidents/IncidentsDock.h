#pragma once

#include <QDockWidget>

class LaunchRecord;
class IncidentDesk;
class IncidentsPanel;
class QLabel;
class QMainWindow;
class QMenu;
class QMenuBar;
class QPushButton;
struct IncidentProposal;

// The incidents dock of the main window, with the incident desk of the session behind it, and
// in the status bar an offer to open an incident when a service goes DOWN (never a dialog that
// stops the operator).
class IncidentsDock final : public QDockWidget
{
    Q_OBJECT

public:
    // Adds the dock and the status bar offer to window.
    static IncidentsDock *addTo(QMainWindow *window, LaunchRecord *session);
    // Adds an "Incidents" menu before the last menu (Help) and the dock's toggle to view.
    void addMenu(QMenuBar *bar, QMenu *view);

    IncidentDesk *desk() const { return m_desk; }
    IncidentsPanel *panel() const { return m_panel; }
    QWidget *outageOffer() const { return m_offer; }
    QLabel *offerLabel() const { return m_offerLabel; }
    QPushButton *offerButton() const { return m_offerButton; }

    // "Open incident…": the dialog, with the proposal filled in (linked to an outage when it has one).
    void openIncident(const IncidentProposal &proposal);
    void openIncident();
    void editContacts();

signals:
    void changeFailed(const QString &message);

private:
    IncidentsDock(QMainWindow *window, LaunchRecord *session);
    void updateOffer();

    IncidentDesk *m_desk;
    IncidentsPanel *m_panel;
    QWidget *m_offer;
    QLabel *m_offerLabel;
    QPushButton *m_offerButton;
};
