#include "ui/incidents/IncidentsDock.h"

#include "models/incidents/IncidentDesk.h"
#include "ui/incidents/ContactsDialog.h"
#include "ui/incidents/IncidentsPanel.h"
#include "ui/incidents/OpenIncidentDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

IncidentsDock::IncidentsDock(QMainWindow *window, LaunchRecord *session)
    : QDockWidget(tr("Incidents"), window),
      m_desk(new IncidentDesk(session, &SystemClock::instance(), this)),
      m_panel(new IncidentsPanel(m_desk, this)),
      m_offer(new QWidget(window)),
      m_offerLabel(new QLabel(m_offer)),
      m_offerButton(new QPushButton(tr("Open incident…"), m_offer))
{
    setObjectName(QStringLiteral("incidentsDock"));
    setWidget(m_panel);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    connect(m_panel, &IncidentsPanel::openRequested, this, qOverload<>(&IncidentsDock::openIncident));
    connect(m_panel, &IncidentsPanel::contactsRequested, this, &IncidentsDock::editContacts);
    connect(m_panel, &IncidentsPanel::changeFailed, this, &IncidentsDock::changeFailed);

    // The offer: "n8n is DOWN — [Open incident…] [×]" in the status bar while an outage has no incident.
    auto *dismiss = new QToolButton(m_offer);
    dismiss->setText(QStringLiteral("×"));
    dismiss->setToolTip(tr("No incident for this outage"));
    dismiss->setAutoRaise(true);
    m_offerLabel->setStyleSheet(QStringLiteral("color:#b01c1c; font-weight:bold"));
    auto *layout = new QHBoxLayout(m_offer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_offerLabel);
    layout->addWidget(m_offerButton);
    layout->addWidget(dismiss);
    m_offer->setObjectName(QStringLiteral("outageIncidentOffer"));
    connect(m_offerButton, &QPushButton::clicked, this, [this] {
        const auto outages = m_desk->outagesWithoutIncident();
        if (!outages.isEmpty())
            openIncident(m_desk->proposalFor(outages.constLast()));
    });
    connect(dismiss, &QToolButton::clicked, this, [this] {
        const auto outages = m_desk->outagesWithoutIncident();
        if (!outages.isEmpty())
            m_desk->dismissOutage(outages.constLast());
    });
    connect(m_desk, &IncidentDesk::outagesWithoutIncidentChanged, this, &IncidentsDock::updateOffer);
    updateOffer();
}

IncidentsDock *IncidentsDock::addTo(QMainWindow *window, LaunchRecord *session)
{
    auto *dock = new IncidentsDock(window, session);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    window->statusBar()->addPermanentWidget(dock->m_offer);
    return dock;
}

void IncidentsDock::addMenu(QMenuBar *bar, QMenu *view)
{
    auto *menu = new QMenu(tr("&Incidents"), bar);
    QAction *open = menu->addAction(tr("&Open incident…"), this, qOverload<>(&IncidentsDock::openIncident));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    open->setObjectName(QStringLiteral("openIncidentAction"));
    menu->addAction(tr("&Contacts…"), this, &IncidentsDock::editContacts);
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
    if (view)
        view->addAction(toggleViewAction());
}

void IncidentsDock::openIncident()
{
    IncidentProposal p;
    if (!m_desk->playbook().types().isEmpty()) {
        const IncidentType &t = m_desk->playbook().types().constFirst();
        p.type = t.name;
        p.level = t.defaultLevel;
    }
    openIncident(p);
}

void IncidentsDock::openIncident(const IncidentProposal &proposal)
{
    auto *dialog = new OpenIncidentDialog(m_desk, proposal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenIncidentDialog::opened, this, [this](const QString &id) {
        show();
        raise();
        // With asynchronous writes the incident shows once it is committed.
        auto select = [this, id] { m_panel->selectIncident(id); };
        select();
        connect(m_desk, &IncidentDesk::incidentsChanged, this, select, Qt::SingleShotConnection);
    });
    dialog->open();
}

void IncidentsDock::editContacts()
{
    auto *dialog = new ContactsDialog(m_desk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void IncidentsDock::updateOffer()
{
    const auto outages = m_desk->outagesWithoutIncident();
    m_offer->setVisible(!outages.isEmpty());
    if (outages.isEmpty())
        return;
    const Outage &o = outages.constLast();
    m_offerLabel->setText(
        outages.size() == 1
            ? tr("%1 is DOWN").arg(o.service)
            : tr("%1 and %n other service(s) are DOWN", nullptr, int(outages.size()) - 1).arg(o.service));
    m_offerButton->setToolTip(tr("Open an incident for the outage of %1, linked to it").arg(o.service));
}
