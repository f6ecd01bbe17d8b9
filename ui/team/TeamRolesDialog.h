#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class TeamDesk;

// Who holds which of the record's own roles, with Grant and Revoke. The desk decides and records;
// the dialog shows its answer, a refusal included.
class TeamRolesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamRolesDialog(TeamDesk *desk, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleCombo() const { return m_role; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *messageLabel() const { return m_message; }

private:
    void refresh();
    void showState();
    void change(bool grant);

    TeamDesk *m_desk;
    QLabel *m_state;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QLabel *m_message;
};
