#include "ui/team/TeamRolesDialog.h"

#include "models/session/LaunchRecord.h"
#include "models/team/TeamDesk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TeamRolesDialog::TeamRolesDialog(TeamDesk *desk, QWidget *parent)
    : QDialog(parent),
      m_desk(desk),
      m_state(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_grant(new QPushButton(tr("&Grant"), this)),
      m_revoke(new QPushButton(tr("&Revoke"), this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Team roles"));
    m_state->setWordWrap(true);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Record roles")});
    m_table->setColumnWidth(0, 180);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem *item = m_table->item(row, 0))
            m_name->setText(item->text());
    });
    m_name->setPlaceholderText(tr("Name as the person signs and works at the desk"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_message->hide();

    auto *change = new QHBoxLayout;
    change->addWidget(m_name, 2);
    change->addWidget(m_role, 1);
    change->addWidget(m_grant);
    change->addWidget(m_revoke);
    connect(m_grant, &QPushButton::clicked, this, [this] { this->change(true); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { this->change(false); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table);
    layout->addLayout(change);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_desk, &TeamDesk::changed, this, &TeamRolesDialog::refresh);
    refresh();
    resize(640, 380);
}

void TeamRolesDialog::refresh()
{
    showState();
    const bool enforced = m_desk->roles().isEnforced();
    const QVector<TeamMember> members = m_desk->roles().members();
    m_table->setRowCount(int(members.size()));
    for (int r = 0; r < members.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(members.at(r).name));
        m_table->setItem(r, 1, new QTableWidgetItem(members.at(r).roles.join(QStringLiteral(", "))));
    }
    const QString current = m_role->currentText();
    m_role->clear();
    m_role->addItems(m_desk->policy().grantableRoles());
    if (!enforced) {
        // The first grant can only be the operator making themselves Platform Lead.
        m_role->setCurrentText(TeamPolicy::platformLead());
        if (m_name->text().isEmpty())
            m_name->setText(m_desk->session()->actor().name);
    } else if (!current.isEmpty())
        m_role->setCurrentText(current);
}

void TeamRolesDialog::showState()
{
    const bool enforced = m_desk->roles().isEnforced();
    m_state->setText(enforced ? tr("The record's roles are enforced: a sign-off line needs its own role, opening an "
                                   "incident needs any role, granting and revoking need Platform Lead. Every "
                                   "refusal is recorded.")
                              : tr("No roles are granted yet, so everyone may sign, refuse and open incidents, as "
                                   "at a single desk. The first grant makes you Platform Lead and starts the "
                                   "checks."));
    // Who grants and opens incidents from this desk (the operator may change while it is open).
    m_state->setText(m_state->text() + QLatin1Char('\n') + tr("You act as %1.").arg(m_desk->session()->actor().name));
}

void TeamRolesDialog::change(bool grant)
{
    showState();
    const Status s = grant ? m_desk->grant(m_name->text(), m_role->currentText())
                           : m_desk->revoke(m_name->text(), m_role->currentText());
    m_message->setText(s.message());
    m_message->setVisible(!s.ok());
}
