#pragma once

#include "models/incidents/IncidentDesk.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Asks which of the checklist's incident types to open, at which level and with what title;
// a proposal for an outage comes filled in and linked.
class OpenIncidentDialog final : public QDialog
{
    Q_OBJECT

public:
    OpenIncidentDialog(IncidentDesk *desk, const IncidentProposal &proposal, QWidget *parent = nullptr);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *levelCombo() const { return m_level; }
    QLineEdit *titleEdit() const { return m_title; }
    // The incident opened when the dialog was accepted.
    QString openedId() const { return m_openedId; }

    void accept() override;

signals:
    void opened(const QString &id);

private:
    IncidentDesk *m_desk;
    IncidentProposal m_proposal;
    QComboBox *m_type;
    QComboBox *m_level;
    QLineEdit *m_title;
    QLabel *m_error;
    QString m_openedId;
};
