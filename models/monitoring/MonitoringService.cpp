#include "models/monitoring/MonitoringService.h"

MonitoringService::MonitoringService(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("probes"));
}

MonitoringService::~MonitoringService()
{
    if (m_thread.isRunning()) {
        // Stop the probes and write what is pending on their own thread, then let it go.
        QMetaObject::invokeMethod(m_monitor, &Monitor::stop, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_recorder, &HistoryRecorder::flush, Qt::BlockingQueuedConnection);
        m_thread.quit(); // finished() deletes both on their thread
        m_thread.wait();
    }
}

void MonitoringService::setServices(const QVector<ServiceDefinition> &services)
{
    if (isStarted()) {
        replaceServices(services);
        return;
    }
    m_services = services;
    emit servicesReplaced();
}

void MonitoringService::start(const QString &historyPath)
{
    if (isStarted())
        return;
    m_monitor = new Monitor;
    m_recorder = new HistoryRecorder;
    m_monitor->moveToThread(&m_thread);
    m_recorder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_recorder, &QObject::deleteLater);
    connect(m_monitor, &Monitor::resultReady, this, &MonitoringService::resultReady);
    connect(m_monitor, &Monitor::stateChanged, this, &MonitoringService::stateChanged);
    // Same thread: each result goes to the history without crossing to the GUI and back.
    connect(m_monitor, &Monitor::resultReady, m_recorder, &HistoryRecorder::record);
    HistoryRecorder *recorder = m_recorder;
    connect(m_recorder, &HistoryRecorder::summaryReady, this, &MonitoringService::summaryReady);
    connect(m_recorder, &HistoryRecorder::detailReady, this, &MonitoringService::detailReady);
    connect(m_recorder, &HistoryRecorder::hourHealthReady, this, &MonitoringService::hourHealthReady);
    connect(m_recorder, &HistoryRecorder::failed, this, &MonitoringService::historyFailed);
    connect(m_recorder, &HistoryRecorder::opened, this, [this](bool ok, const QString &message) {
        if (!ok)
            emit historyFailed(message);
    });
    m_thread.start();
    const QDateTime t0 = m_t0;
    const QVector<MaintenanceWindow> windows = m_maintenance;
    QMetaObject::invokeMethod(m_recorder, [recorder, historyPath, t0, windows] {
        recorder->open(historyPath);
        recorder->setT0(t0);
        recorder->setMaintenanceWindows(windows);
    });
    replaceServices(m_services);
}

void MonitoringService::replaceServices(const QVector<ServiceDefinition> &services)
{
    m_services = services;
    if (!isStarted()) {
        emit servicesReplaced();
        return;
    }
    QHash<QString, int> intervals;
    for (const ServiceDefinition &s : services)
        intervals.insert(s.name, s.intervalMs);
    HistoryRecorder *recorder = m_recorder;
    QMetaObject::invokeMethod(m_recorder, [recorder, intervals] { recorder->setIntervals(intervals); });
    Monitor *monitor = m_monitor;
    QMetaObject::invokeMethod(m_monitor, [monitor, services] {
        monitor->stop();
        monitor->setServices(services);
        monitor->start();
    });
    emit servicesReplaced();
}

void MonitoringService::setT0(const QDateTime &t0)
{
    m_t0 = t0;
    if (!m_recorder)
        return;
    HistoryRecorder *recorder = m_recorder;
    QMetaObject::invokeMethod(m_recorder, [recorder, t0] { recorder->setT0(t0); });
}

void MonitoringService::requestSummaries()
{
    if (!m_recorder)
        return;
    QStringList names;
    for (const ServiceDefinition &s : std::as_const(m_services))
        names.append(s.name);
    HistoryRecorder *recorder = m_recorder;
    QMetaObject::invokeMethod(m_recorder, [recorder, names] { recorder->requestSummaries(names); });
}

void MonitoringService::requestDetail(const QString &service, int days)
{
    if (!m_recorder)
        return;
    HistoryRecorder *recorder = m_recorder;
    QMetaObject::invokeMethod(m_recorder, [recorder, service, days] { recorder->requestDetail(service, days); });
}

void MonitoringService::requestDetail(const QString &service, const QDateTime &from, const QDateTime &to)
{
    if (!m_recorder)
        return;
    HistoryRecorder *recorder = m_recorder;
    QMetaObject::invokeMethod(m_recorder,
                              [recorder, service, from, to] { recorder->requestDetailSpan(service, from, to); });
}

void MonitoringService::requestHourHealth(int hour, const QDateTime &from, const QDateTime &to)
{
    if (!m_recorder) {
        HourHealth h;
        h.hour = hour;
        h.from = from;
        h.to = to;
        h.reason = h.error = tr("the services are not monitored");
        emit hourHealthReady(h);
        return;
    }
    QStringList names;
    for (const ServiceDefinition &s : m_services)
        names << s.name;
    HistoryRecorder *recorder = m_recorder;
    QMetaObject::invokeMethod(
        m_recorder, [recorder, names, hour, from, to] { recorder->requestHourHealth(names, hour, from, to); });
}

void MonitoringService::setMaintenanceWindows(const QVector<MaintenanceWindow> &windows)
{
    m_maintenance = windows;
    if (!m_recorder)
        return;
    HistoryRecorder *recorder = m_recorder;
    QMetaObject::invokeMethod(m_recorder, [recorder, windows] { recorder->setMaintenanceWindows(windows); });
}
