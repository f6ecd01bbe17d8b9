#include "ui/team/ConnectDialog.h"

#include "models/record/RecordLocation.h"
#include "models/session/OperatorProfile.h"
#include "models/team/TeamRecordCheck.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_tls(new QComboBox(this)),
      m_fromEnvironment(new QRadioButton(tr("PGPASSWORD or ~/.pgpass"), this)),
      m_fromKeychain(new QRadioButton(tr("the OS keychain, secret named"), this)),
      m_keychainName(new QLineEdit(this)),
      m_address(new QLabel(this)),
      m_result(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_connect(new QPushButton(tr("&Connect"), this)),
      m_check(new TeamRecordCheck(this))
{
    setWindowTitle(tr("Connect to team record"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("golive_launch"));
    m_tls->addItem(tr("TLS when the server offers it"), int(TeamRecordAddress::Tls::Prefer));
    m_tls->addItem(tr("TLS required"), int(TeamRecordAddress::Tls::Require));
    m_tls->addItem(tr("TLS, check the server's certificate and name"), int(TeamRecordAddress::Tls::VerifyFull));
    m_fromEnvironment->setChecked(true);
    m_keychainName->setPlaceholderText(tr("NAME"));
    auto *passwordGroup = new QButtonGroup(this);
    passwordGroup->addButton(m_fromEnvironment);
    passwordGroup->addButton(m_fromKeychain);

    auto *keychainRow = new QHBoxLayout;
    keychainRow->addWidget(m_fromKeychain);
    keychainRow->addWidget(m_keychainName, 1);
    auto *hint = new QLabel(tr("The password is never typed here: store it with Tools → Store a secret in the "
                               "keychain…, or give it to PostgreSQL through PGPASSWORD or ~/.pgpass."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:#555555"));
    auto *password = new QVBoxLayout;
    password->addWidget(m_fromEnvironment);
    password->addLayout(keychainRow);
    password->addWidget(hint);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("T&LS:"), m_tls);
    form->addRow(tr("Password from:"), password);
    form->addRow(tr("Address:"), m_address);

    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToRecord);
    connect(m_check, &TeamRecordCheck::finished, this, &ConnectDialog::showProbe);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_keychainName})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateAddress);
    connect(m_fromKeychain, &QRadioButton::toggled, this, &ConnectDialog::updateAddress);

    // The last record connected to, or a fresh form for this desk's user.
    TeamRecordAddress start;
    if (const auto last = RecordLocation::parse(TeamRecordSettings::lastAddress()); last && last->isPostgres())
        start = TeamRecordAddress::from(last.value());
    if (start.user.isEmpty())
        start.user = OperatorProfile::systemUserName();
    setFields(start);
    m_keychainName->setMinimumWidth(160);
    resize(620, sizeHint().height());
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void ConnectDialog::fitHeight()
{
    // Word-wrapped hints and findings never squeeze: the height they need at this width.
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ConnectDialog::setFields(const TeamRecordAddress &f)
{
    m_host->setText(f.host);
    m_port->setValue(f.port);
    m_database->setText(f.database);
    m_user->setText(f.user);
    m_tls->setCurrentIndex(m_tls->findData(int(f.tls)));
    m_fromKeychain->setChecked(f.passwordSource == TeamRecordAddress::PasswordSource::Keychain);
    m_fromEnvironment->setChecked(f.passwordSource == TeamRecordAddress::PasswordSource::Environment);
    m_keychainName->setText(f.keychainName);
    updateAddress();
}

TeamRecordAddress ConnectDialog::fields() const
{
    TeamRecordAddress f;
    f.host = m_host->text();
    f.port = m_port->value();
    f.database = m_database->text();
    f.user = m_user->text();
    f.tls = TeamRecordAddress::Tls(m_tls->currentData().toInt());
    f.passwordSource = m_fromKeychain->isChecked() ? TeamRecordAddress::PasswordSource::Keychain
                                                   : TeamRecordAddress::PasswordSource::Environment;
    f.keychainName = m_keychainName->text();
    return f;
}

QString ConnectDialog::addressText() const
{
    return m_address->text();
}

QString ConnectDialog::resultText() const
{
    return m_result->text();
}

void ConnectDialog::updateAddress()
{
    m_keychainName->setEnabled(m_fromKeychain->isChecked());
    const auto composed = address();
    m_address->setText(composed ? composed.value() : composed.error().message);
    m_address->setStyleSheet(composed ? QString() : QStringLiteral("color:#b01c1c"));
    m_test->setEnabled(composed.ok() && !m_check->running());
    m_connect->setEnabled(composed.ok());
    // A finding is about the address it was made for.
    if (!composed || composed.value() != m_testedAddress)
        m_result->clear();
    if (isVisible())
        fitHeight();
}

void ConnectDialog::testConnection()
{
    const auto composed = address();
    if (!composed)
        return;
    m_testedAddress = composed.value();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing %1…").arg(RecordLocation::parse(m_testedAddress)->display()));
    m_test->setEnabled(false);
    m_check->start(m_testedAddress);
}

void ConnectDialog::showProbe(const TeamRecordProbe &probe)
{
    m_test->setEnabled(address().ok());
    if (const auto now = address(); !now || now.value() != m_testedAddress)
        return; // the fields changed meanwhile: the finding is about another address
    const bool failed = probe.outcome == TeamRecordProbe::Outcome::Failed;
    m_result->setStyleSheet(failed ? QStringLiteral("color:#b01c1c") : QStringLiteral("color:#1b5e20"));
    m_result->setText(probe.describe());
    fitHeight();
}

void ConnectDialog::connectToRecord()
{
    const auto composed = address();
    if (!composed)
        return;
    TeamRecordSettings::rememberAddress(composed.value());
    emit connectRequested(composed.value());
    accept();
}
