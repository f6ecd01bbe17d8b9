#include "ui/incidents/IncidentsPanel.h"

#include "models/incidents/IncidentDesk.h"
#include "models/itemmodels/IncidentListModel.h"
#include "ui/incidents/IncidentDetailView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

IncidentsPanel::IncidentsPanel(IncidentDesk *desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_model(new IncidentListModel(desk, this)),
      m_list(new QTableView(this)),
      m_detail(new IncidentDetailView(desk, this)),
      m_summary(new QLabel(this))
{
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);

    auto *open = new QPushButton(tr("Open incident…"), this);
    auto *contacts = new QPushButton(tr("Contacts…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(contacts);
    top->addWidget(open);
    auto *split = new QSplitter(Qt::Vertical, this);
    // The detail scrolls rather than squeezing its timers and lists when the dock is short.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(m_list);
    split->addWidget(scroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    // The detail is what the incident is worked in: a dozen lines at least, never collapsed; the
    // list a few rows (it scrolls).
    const int line = fontMetrics().lineSpacing();
    scroll->setMinimumHeight(line * 12);
    m_list->setMinimumHeight(line * 4);
    split->setCollapsible(1, false);
    split->setSizes({line * 6, line * 30});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split);

    connect(open, &QPushButton::clicked, this, &IncidentsPanel::openRequested);
    connect(contacts, &QPushButton::clicked, this, &IncidentsPanel::contactsRequested);
    connect(m_detail, &IncidentDetailView::contactsRequested, this, &IncidentsPanel::contactsRequested);
    connect(m_detail, &IncidentDetailView::changeFailed, this, &IncidentsPanel::changeFailed);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showIncident(current.data(IncidentListModel::IdRole).toString());
            });
    connect(desk, &IncidentDesk::incidentsChanged, this, &IncidentsPanel::updateSummary);
    updateSummary();
}

void IncidentsPanel::selectIncident(const QString &id)
{
    const QModelIndex index = m_model->indexOfIncident(id);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void IncidentsPanel::updateSummary()
{
    const IncidentLog &log = m_desk->log();
    m_summary->setText(
        log.incidents().isEmpty()
            ? tr("No incidents")
            : tr("%1 open, %2 resolved").arg(log.openCount()).arg(log.incidents().size() - log.openCount()));
}
