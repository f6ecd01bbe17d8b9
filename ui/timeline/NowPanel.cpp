#include "ui/timeline/NowPanel.h"

#include "models/timeline/NowModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

NowPanel::NowPanel(LaunchTimeline *timeline, QWidget *parent)
    : QWidget(parent),
      m_timeline(timeline),
      m_model(new NowModel(timeline, this)),
      m_view(new QTableView(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("nowPanel"));
    m_view->setObjectName(QStringLiteral("nowView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A narrow dock wraps an item's title onto a second line rather than cutting it.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NowModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NowModel::WhenColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NowModel::ItemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &index) { emit itemActivated(index.data(NowModel::NodeIdRole).toString()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit itemActivated(index.data(NowModel::NodeIdRole).toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &NowPanel::updatePlaceholder);
    updatePlaceholder();
}

void NowPanel::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(!m_timeline->t0().isValid() ? tr("Plan T0 (Launch menu) to see what is due.")
                                                 : tr("Nothing due in the next hour, nothing late."));
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}
