#pragma once

#include <QDialog>

class LaunchTimeline;
class QDateTimeEdit;
class QMenu;

// Asks for the planned T0 as a local date and time.
class PlanT0Dialog final : public QDialog
{
    Q_OBJECT

public:
    PlanT0Dialog(const QDateTime &initial, QWidget *parent = nullptr);
    QDateTime time() const;
    QDateTimeEdit *editor() const { return m_edit; }

private:
    QDateTimeEdit *m_edit;
};

// The Launch menu: plan T0, record T0 now. Each asks the session, which records the event;
// a refusal is passed to showError.
class LaunchMenu final : public QObject
{
    Q_OBJECT

public:
    static QMenu *create(LaunchTimeline *timeline, QWidget *window);
    // Shows the planning dialog and plans T0 when accepted.
    static void planT0(LaunchTimeline *timeline, QWidget *window);
    static void recordT0Now(LaunchTimeline *timeline, QWidget *window);
};
