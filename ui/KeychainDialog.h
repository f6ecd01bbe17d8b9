#pragma once

#include <QDialog>

class KeychainWriter;
class QLabel;
class QLineEdit;
class QPushButton;
class Status;

// Stores a secret in the OS keychain, for ${keychain:NAME} in a service catalogue. It only shows:
// the write and what its outcome means are KeychainWriter's. The secret stays in the password field
// until it is handed to the keychain; the field is emptied once stored and when the dialog closes.
class KeychainDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KeychainDialog(QWidget *parent = nullptr);
    void done(int result) override;

private:
    void store();
    void showOutcome(const Status &status);
    void updateControls();

    KeychainWriter *m_writer;
    QLineEdit *m_nameEdit;
    QLineEdit *m_secretEdit;
    QLabel *m_referenceLabel;
    QLabel *m_statusLabel;
    QPushButton *m_storeButton;
};
