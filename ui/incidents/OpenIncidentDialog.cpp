#include "ui/incidents/OpenIncidentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

OpenIncidentDialog::OpenIncidentDialog(IncidentDesk *desk, const IncidentProposal &proposal, QWidget *parent)
    : QDialog(parent),
      m_desk(desk),
      m_proposal(proposal),
      m_type(new QComboBox(this)),
      m_level(new QComboBox(this)),
      m_title(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(proposal.service.isEmpty() ? tr("Open incident") : tr("Open incident for %1").arg(proposal.service));
    const IncidentPlaybook &book = desk->playbook();
    for (const IncidentType &t : book.types())
        m_type->addItem(tr("%1 (%n step(s))", nullptr, int(t.steps.size())).arg(t.name), t.name);
    for (const EscalationLevel &l : book.levels())
        m_level->addItem(tr("Level %1 — %2 (%3)").arg(l.level).arg(l.name, l.response), l.level);
    if (book.levels().isEmpty())
        m_level->addItem(tr("Level 1"), 1);
    m_title->setText(proposal.title);
    m_title->setPlaceholderText(tr("What is wrong, in a few words"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_error->hide();
    auto setType = [this](int row) {
        const IncidentType *t = m_desk->playbook().type(m_type->itemData(row).toString());
        if (t)
            m_level->setCurrentIndex(qMax(0, m_level->findData(t->defaultLevel)));
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, setType);
    m_type->setCurrentIndex(qMax(0, m_type->findData(proposal.type)));
    setType(m_type->currentIndex());
    if (!proposal.type.isEmpty())
        m_level->setCurrentIndex(qMax(0, m_level->findData(proposal.level)));

    auto *form = new QFormLayout(this);
    if (!proposal.service.isEmpty())
        form->addRow(
            tr("Outage:"),
            new QLabel(
                tr("<b>%1</b> is DOWN (record #%2)").arg(proposal.service.toHtmlEscaped()).arg(proposal.outageSeq),
                this));
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open incident"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_type->count() > 0);
    if (m_type->count() == 0) {
        m_error->setText(tr("The checklist has no incident runbooks (numbered steps under an \"Incident\" heading)."));
        m_error->show();
    }
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenIncidentDialog::reject);
}

void OpenIncidentDialog::accept()
{
    IncidentProposal p = m_proposal;
    p.type = m_type->currentData().toString();
    p.level = m_level->currentData().toInt();
    const auto opened = m_desk->open(p, m_title->text());
    if (!opened) {
        m_error->setText(opened.error().message);
        m_error->show();
        return;
    }
    m_openedId = opened.value();
    emit this->opened(m_openedId);
    QDialog::accept();
}
