#pragma once

#include "models/monitoring/HistoryTypes.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

// The last hour of one service's latency as a bare line: no axes, no legend, no margins.
class Sparkline final : public QChartView
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setPoints(const QVector<LatencyPoint> &points, const QColor &colour);
    void setColour(const QColor &colour);
    int pointCount() const;

private:
    QLineSeries *m_series;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};
