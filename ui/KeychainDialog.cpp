#include "ui/KeychainDialog.h"

#include "models/secrets/Keychain.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

KeychainDialog::KeychainDialog(QWidget *parent)
    : QDialog(parent),
      m_writer(new KeychainWriter(this)),
      m_nameEdit(new QLineEdit(this)),
      m_secretEdit(new QLineEdit(this)),
      m_referenceLabel(new QLabel(this)),
      m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Store a secret in the keychain"));
    auto *intro = new QLabel(tr("The secret is kept by the OS keychain (GNOME Keyring or KWallet), never in a file of "
                                "Go-Live Control. A service catalogue uses it where it says ${keychain:NAME}."),
                             this);
    intro->setWordWrap(true);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. N8N_API_KEY"));
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAttribute(Qt::WA_InputMethodEnabled, false); // no input method sees the secret
    m_referenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Secret:"), m_secretEdit);
    form->addRow(tr("In the catalogue:"), m_referenceLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_storeButton = buttons->addButton(tr("&Store"), QDialogButtonBox::ActionRole);
    m_storeButton->setObjectName(QStringLiteral("storeButton"));
    m_storeButton->setDefault(true);
    connect(m_storeButton, &QPushButton::clicked, this, &KeychainDialog::store);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &KeychainDialog::updateControls);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &KeychainDialog::updateControls);
    connect(m_writer, &KeychainWriter::finished, this, &KeychainDialog::showOutcome);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateControls();
}

void KeychainDialog::done(int result)
{
    m_secretEdit->clear(); // nothing of the secret outlives the dialog
    QDialog::done(result);
}

void KeychainDialog::store()
{
    const QString name = m_nameEdit->text().trimmed();
    const Status started = m_writer->start(name, m_secretEdit->text());
    if (!started)
        return showOutcome(started);
    m_statusLabel->setText(tr("Storing %1 in the keychain…").arg(name));
    updateControls();
}

void KeychainDialog::showOutcome(const Status &status)
{
    if (status) {
        m_secretEdit->clear();
        m_statusLabel->setText(tr("Stored under %1. Write ${keychain:%1} in the service catalogue to use it.")
                                   .arg(m_nameEdit->text().trimmed()));
    } else {
        m_statusLabel->setText(tr("Nothing was stored. %1").arg(status.message()));
    }
    updateControls();
}

void KeychainDialog::updateControls()
{
    const bool running = m_writer->isRunning();
    const QString name = m_nameEdit->text().trimmed();
    m_nameEdit->setEnabled(!running);
    m_secretEdit->setEnabled(!running);
    m_storeButton->setEnabled(!running && Keychain::checkName(name).ok() && !m_secretEdit->text().isEmpty());
    m_referenceLabel->setText(name.isEmpty() ? QString() : QStringLiteral("${keychain:%1}").arg(name));
}
