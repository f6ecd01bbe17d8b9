#pragma once

#include "models/record/AuditEvent.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

// Asks who is at the desk and in which launch role; every change they make carries both.
class OperatorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorDialog(const Actor &current, QWidget *parent = nullptr);
    Actor actor() const;

private:
    void updateOkButton();

    QLineEdit *m_nameEdit;
    QComboBox *m_roleCombo;
    QPushButton *m_okButton;
};
