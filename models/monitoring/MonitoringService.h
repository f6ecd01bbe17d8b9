#pragma once

#include "models/monitoring/HistoryRecorder.h"
#include "models/monitoring/Monitor.h"

#include <QObject>
#include <QThread>

// The live side of the dashboard, for the GUI: probes and history run on one worker thread;
// everything reaches the GUI thread as queued signals, so it never waits on network or disk.
class MonitoringService final : public QObject
{
    Q_OBJECT

public:
    explicit MonitoringService(QObject *parent = nullptr);
    ~MonitoringService() override;

    // The services to watch; before start() this only prepares the tiles, after it the probes
    // restart with the new catalogue.
    void setServices(const QVector<ServiceDefinition> &services);
    // Starts probing and recording into the history file at historyPath.
    void start(const QString &historyPath);
    void start(const QVector<ServiceDefinition> &services, const QString &historyPath)
    {
        setServices(services);
        start(historyPath);
    }
    bool isStarted() const { return m_monitor != nullptr; }
    const QVector<ServiceDefinition> &services() const { return m_services; }
    // Swaps the catalogue while running: probes restart, history and states of kept names stay.
    void replaceServices(const QVector<ServiceDefinition> &services);

    void setT0(const QDateTime &t0);
    QDateTime t0() const { return m_t0; }
    void requestSummaries();
    void requestDetail(const QString &service, int days = 7);
    void requestDetail(const QString &service, const QDateTime &from, const QDateTime &to);
    // The worst sustained state of every service in [from, to): answered by hourHealthReady().
    void requestHourHealth(int hour, const QDateTime &from, const QDateTime &to);
    // The maintenance windows of the launch record, for the uptime figures.
    void setMaintenanceWindows(const QVector<MaintenanceWindow> &windows);

signals:
    void resultReady(const ProbeResult &result);
    void stateChanged(const QString &service, ServiceState from, ServiceState to, const QString &reason);
    void summaryReady(const TileSummary &summary);
    void detailReady(const ServiceDetail &detail);
    void hourHealthReady(const HourHealth &health);
    void historyFailed(const QString &message);
    void servicesReplaced();

private:
    QThread m_thread;
    Monitor *m_monitor = nullptr;          // lives on m_thread
    HistoryRecorder *m_recorder = nullptr; // lives on m_thread
    QVector<ServiceDefinition> m_services;
    QVector<MaintenanceWindow> m_maintenance;
    QDateTime m_t0;
};
