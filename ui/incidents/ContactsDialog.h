#pragma once

#include <QDialog>

class IncidentDesk;
class QLabel;
class QTableWidget;

// The contact book of the launch: each role someone may have to call, with name, phone and
// email. Edits are recorded (contact.set) when the dialog is accepted.
class ContactsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactsDialog(IncidentDesk *desk, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    IncidentDesk *m_desk;
    QTableWidget *m_table;
    QLabel *m_error;
};
