#pragma once

#include "models/monitoring/HistoryRecorder.h"

#include <QDialog>

class MonitoringService;
class QChartView;
class QLabel;
class QTableWidget;
class RangePicker;

// One service's history: latency and state over the range the user picks (opening on the
// narrowest range that holds the data), uptime, and every change with its reason. The chart's
// ticks and legend fit its size (fitChart).
class ServiceDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    ServiceDetailDialog(MonitoringService *monitoring, const QString &service, QWidget *parent = nullptr);
    void showDetail(const ServiceDetail &detail);
    QTableWidget *changesTable() const { return m_changes; }
    QChartView *chartView() const { return m_chart; }
    RangePicker *rangePicker() const { return m_picker; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The user asked for a maintenance window (UTC times); the window's owner records it.
    void maintenanceRequested(const QDateTime &from, const QDateTime &to, const QString &note);

private:
    void addMaintenance();
    void requestRange();
    // Fits the chart's ticks and legend to the view's size as it is now.
    void fitChart();

    MonitoringService *m_monitoring;
    QString m_service;
    QLabel *m_summary;
    QChartView *m_chart;
    QTableWidget *m_changes;
    RangePicker *m_picker;
    bool m_opened = false; // the first answer (the week) chose the opening range
};
