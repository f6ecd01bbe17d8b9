#include "ui/OperatorDialog.h"

#include "models/session/OperatorProfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OperatorDialog::OperatorDialog(const Actor &current, QWidget *parent)
    : QDialog(parent), m_nameEdit(new QLineEdit(this)), m_roleCombo(new QComboBox(this))
{
    // Nobody named yet: the account's full name is proposed, to confirm or replace; nothing is
    // recorded under it until OK.
    m_nameEdit->setText(current.name.isEmpty() ? OperatorProfile::accountFullName() : current.name);
    m_nameEdit->selectAll();
    setWindowTitle(tr("Who is at this desk?"));
    auto *intro = new QLabel(tr("Every tick, note and value you enter is signed in the audit trail with your "
                                "name and launch role."),
                             this);
    intro->setWordWrap(true);
    m_roleCombo->setEditable(true);
    m_roleCombo->addItems(OperatorProfile::launchRoles());
    if (!current.role.isEmpty())
        m_roleCombo->setCurrentText(current.role);
    m_nameEdit->setPlaceholderText(tr("e.g. Dana Schulz"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Role:"), m_roleCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &OperatorDialog::updateOkButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOkButton();
}

Actor OperatorDialog::actor() const
{
    return Actor::person(m_nameEdit->text().simplified(), m_roleCombo->currentText().simplified());
}

void OperatorDialog::updateOkButton()
{
    m_okButton->setEnabled(!m_nameEdit->text().simplified().isEmpty());
}
