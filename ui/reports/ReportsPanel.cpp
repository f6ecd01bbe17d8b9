#include "ui/reports/ReportsPanel.h"

#include "models/reports/ReportsTableModel.h"
#include "ui/reports/ReportsCharts.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ReportsPanel::ReportsPanel(ReportDesk *desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_model(new ReportsTableModel(desk, this)),
      m_table(new QTableView(this)),
      m_charts(new ReportsCharts(desk, this)),
      m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(
        tr("Italic blue: proposed from the services' data. Bold: confirmed. "
           "Double-click a value to change it; a confirmed value is corrected in the record, old → new."));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("color: #b03a00;"));

    auto *legend = new QLabel(tr("<i style='color:#1f5fbf'>proposed</i> · <b>confirmed</b> · "
                                 "<span style='color:#b03a00'>(now …) a newer proposal differs</span>"),
                              this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(legend);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(top);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_model, &ReportsTableModel::editRefused, this, &ReportsPanel::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsPanel::placeButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReportsPanel::placeButtons);
    placeButtons();
}

void ReportsPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ReportsPanel::placeButtons()
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex index = m_model->index(ReportsTableModel::kStageRow, column);
        const auto stage = HourReport::Stage(index.data(ReportsTableModel::StageRole).toInt());
        const int hour = m_model->hourAt(column);
        auto *button = qobject_cast<QPushButton *>(m_table->indexWidget(index));
        const bool wanted = stage == HourReport::Stage::Proposed || stage == HourReport::Stage::Collecting;
        if (!wanted) {
            if (button)
                m_table->setIndexWidget(index, nullptr);
            continue;
        }
        if (!button) {
            button = new QPushButton(tr("Confirm"));
            button->setObjectName(QStringLiteral("confirmHour%1").arg(hour));
            connect(button, &QPushButton::clicked, this, [this, hour] {
                const Status s = m_desk->confirm(hour);
                showMessage(s ? QString() : s.message());
            });
            m_table->setIndexWidget(index, button);
        }
        button->setToolTip(tr("Record Hour %1's report as shown: every value with its source.").arg(hour));
        button->setText(stage == HourReport::Stage::Collecting ? tr("Confirm (collecting…)") : tr("Confirm"));
    }
}
