#pragma once

#include "models/reports/ReportDesk.h"

#include <QWidget>

class QChartView;
class QHBoxLayout;
class RangePicker;

// Tickets, workflows executed and failed executions per hour as bars, and each hour's health as
// a coloured word below, over the range the user picks (opening on the range that holds data).
// The chart fits its room (fitChart): fewer value ticks, no title, the legend beside when short.
class ReportsCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsCharts(ReportDesk *desk, QWidget *parent = nullptr);

    RangePicker *rangePicker() const { return m_picker; }
    QChartView *chartView() const { return m_chart; }
    // The hours the chart shows now.
    QVector<int> shownHours() const { return m_shown; }
    void rebuild();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fits the chart to the view's size as it is now.
    void fit();

    ReportDesk *m_desk;
    RangePicker *m_picker;
    QChartView *m_chart;
    QHBoxLayout *m_health;
    QVector<int> m_shown;
    bool m_userPicked = false;
    QString m_title;
    double m_max = 1;
};
