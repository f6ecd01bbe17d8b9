#pragma once

#include "monitoring/HistoryRecorder.h"

#include <QDialog>

class MonitoringService;
class QChartView;
class QLabel;
class QTableWidget;

// One service's week: latency and state over 7 days, uptime, and every change with its reason.
class ServiceDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    ServiceDetailDialog(MonitoringService *monitoring, const QString &service, QWidget *parent = nullptr);
    void showDetail(const ServiceDetail &detail);
    QTableWidget *changesTable() const { return m_changes; }
    QChartView *chartView() const { return m_chart; }

signals:
    // The user asked for a maintenance window (UTC times); the window's owner records it.
    void maintenanceRequested(const QDateTime &from, const QDateTime &to, const QString &note);

private:
    void addMaintenance();

    MonitoringService *m_monitoring;
    QString m_service;
    QLabel *m_summary;
    QChartView *m_chart;
    QTableWidget *m_changes;
};
