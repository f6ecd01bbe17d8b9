#include "ui/incidents/ContactsDialog.h"

#include "models/incidents/IncidentDesk.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ContactsDialog::ContactsDialog(IncidentDesk *desk, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_table(new QTableWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Contacts"));
    const QVector<Contact> contacts = desk->contacts();
    m_table->setColumnCount(4);
    // Arrows move between cells and F2 or typing edits; Tab leaves the table for the buttons
    // instead of going round its cells for ever.
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Phone"), tr("Email")});
    m_table->setRowCount(int(contacts.size()));
    for (int r = 0; r < contacts.size(); ++r) {
        const Contact &c = contacts.at(r);
        int col = 0;
        for (const QString &v : {c.role, c.name, c.phone, c.email})
            m_table->setItem(r, col++, new QTableWidgetItem(v));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_error->hide();
    auto *add = new QPushButton(tr("Add role"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        m_table->insertRow(m_table->rowCount());
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Details set here are kept in the launch record; the checklist's own "
                                    "contact blanks are used until then."),
                                 this));
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 320);
}

void ContactsDialog::accept()
{
    auto text = [this](int r, int c) {
        const QTableWidgetItem *item = m_table->item(r, c);
        return item ? item->text() : QString();
    };
    QVector<Contact> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!text(r, 0).trimmed().isEmpty())
            rows.append(Contact{text(r, 0), text(r, 1), text(r, 2), text(r, 3), Contact::Source::None});
    }
    // One OK, one append: all rows are kept or none. Unchanged rows record nothing; the desk
    // compares with what it has.
    if (const Status s = m_desk->setContacts(rows); !s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}
