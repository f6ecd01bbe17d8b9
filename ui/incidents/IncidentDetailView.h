#pragma once

#include <QWidget>

class IncidentDesk;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

// One incident: its steps to tick, the escalation level with who to call, the response and
// rollback timers, the notes timeline and the resolution. Every button asks the desk.
class IncidentDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentDetailView(IncidentDesk *desk, QWidget *parent = nullptr);

    void showIncident(const QString &id);
    QString incidentId() const { return m_id; }

    QListWidget *stepsList() const { return m_steps; }
    QListWidget *timelineList() const { return m_timeline; }
    QLineEdit *noteEdit() const { return m_noteEdit; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QComboBox *levelCombo() const { return m_levelCombo; }
    QPushButton *escalateButton() const { return m_escalate; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QLineEdit *resolutionEdit() const { return m_resolutionEdit; }
    QPushButton *resolveButton() const { return m_resolve; }
    QLabel *responseLabel() const { return m_response; }
    QLabel *rollbackLabel() const { return m_rollbackLabel; }
    QLabel *callLabel() const { return m_call; }
    // Recomputes the timers from the desk's clock (once a second while shown).
    void updateTimers();

signals:
    void changeFailed(const QString &message);
    void contactsRequested();

private:
    void rebuild();
    void report(bool ok, const QString &message);
    void stepChanged(QListWidgetItem *item);

    IncidentDesk *m_desk;
    QString m_id;
    QString m_stepsOf; // the incident whose steps the list shows
    bool m_filling = false;
    QLabel *m_header;
    QLabel *m_levelLabel;
    QComboBox *m_levelCombo;
    QPushButton *m_escalate;
    QLabel *m_call;
    QLabel *m_response;
    QPushButton *m_acknowledge;
    QListWidget *m_steps;
    QLabel *m_rollbackLabel;
    QPushButton *m_rollback;
    QListWidget *m_timeline;
    QLineEdit *m_noteEdit;
    QPushButton *m_addNote;
    QLabel *m_resolved;
    QLineEdit *m_resolutionEdit;
    QPushButton *m_resolve;
    QWidget *m_body;
    QLabel *m_empty;
    QTimer *m_tick;
};
