#pragma once

#include "models/team/TeamRecordAddress.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class TeamRecordCheck;
struct TeamRecordProbe;

// File → Connect to team record…: the server, database, user, TLS mode and where the password
// comes from, never the password itself. It shows the address these make, tests it on a worker
// thread (TeamRecordCheck), and on Connect remembers it and asks for the record to be opened.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setFields(const TeamRecordAddress &fields);
    TeamRecordAddress fields() const;
    // The address of the fields as they are now, or what is missing.
    Result<QString> address() const { return fields().compose(); }
    QString addressText() const;
    QString resultText() const;
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const { return m_connect; }

signals:
    // Connect was pressed on a usable address (already remembered in the settings).
    void connectRequested(const QString &address);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitHeight();
    void updateAddress();
    void testConnection();
    void showProbe(const TeamRecordProbe &probe);
    void connectToRecord();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QRadioButton *m_fromEnvironment;
    QRadioButton *m_fromKeychain;
    QLineEdit *m_keychainName;
    QLabel *m_address;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_connect;
    TeamRecordCheck *m_check;
    QString m_testedAddress;
};
