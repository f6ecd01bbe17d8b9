#include "ui/reports/RangePicker.h"

#include <QStandardItemModel>

RangePicker::RangePicker(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("rangePicker"));
    for (ChartRange r : {ChartRange::LastHour, ChartRange::Day, ChartRange::SinceT0, ChartRange::Week})
        addItem(chartRangeLabel(r), int(r));
    setCurrentIndex(findData(int(ChartRange::Day)));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit rangeChanged(range()); });
}

void RangePicker::setRange(ChartRange range)
{
    setCurrentIndex(findData(int(range)));
}

void RangePicker::setT0(const QDateTime &t0, const QDateTime &now)
{
    auto *items = qobject_cast<QStandardItemModel *>(model());
    if (QStandardItem *item = items ? items->item(findData(int(ChartRange::SinceT0))) : nullptr)
        item->setEnabled(chartRangeAvailable(ChartRange::SinceT0, t0, now));
}
