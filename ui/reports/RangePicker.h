#pragma once

#include "models/reports/ChartRange.h"

#include <QComboBox>

// Which span a chart shows: last hour, 24 h, since T0, 7 days. "Since T0" is offered only when
// T0 has passed.
class RangePicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit RangePicker(QWidget *parent = nullptr);

    ChartRange range() const { return ChartRange(currentData().toInt()); }
    void setRange(ChartRange range);
    void setT0(const QDateTime &t0, const QDateTime &now);

signals:
    void rangeChanged(ChartRange range);
};
