#pragma once

#include <QDialog>

#include <functional>

class LaunchTimeline;
class SignOffDesk;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMenu;

// Asks for the planned T0 as a local date and time, typed as text ("2026-12-07 09:00", or the
// desk's own form) and read back below the field as the moment understood, so what is typed
// is never silently moved to another day. OK waits until the text is a moment.
class PlanT0Dialog final : public QDialog
{
    Q_OBJECT

public:
    PlanT0Dialog(const QDateTime &initial, QWidget *parent = nullptr);
    // The moment typed, in UTC; invalid while the text is not one.
    QDateTime time() const;
    QLineEdit *editor() const { return m_edit; }
    QString readBack() const;

private:
    void reread();

    QLineEdit *m_edit;
    QLabel *m_readBack;
    QDialogButtonBox *m_buttons;
};

// The Launch menu: plan T0, record T0 now. Each asks the session, which records the event;
// a refusal is shown. Recording T0 anew names the signatures it would invalidate first (signOff
// gives the window's sign-off desk, null before there is one).
class LaunchMenu final : public QObject
{
    Q_OBJECT

public:
    using SignOffSource = std::function<const SignOffDesk *()>;
    static QMenu *create(LaunchTimeline *timeline, QWidget *window, const SignOffSource &signOff = {});
    // Shows the planning dialog and plans T0 when accepted.
    static void planT0(LaunchTimeline *timeline, QWidget *window);
    static void recordT0Now(LaunchTimeline *timeline, QWidget *window, const SignOffDesk *signOff = nullptr);
};
