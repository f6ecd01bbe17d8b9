#pragma once

#include "models/monitoring/HistoryTypes.h"
#include "models/monitoring/HourHealth.h"
#include "models/monitoring/ServiceState.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class ProbeHistory;

// What a tile shows besides the live state: uptime over the launch's windows and the last hour.
struct TileSummary
{
    QString service;
    UptimeReport lastHour;
    UptimeReport lastDay;
    UptimeReport sinceT0;     // empty when T0 is not set
    UptimeReport weekAfterT0; // the 7 days after T0 (so far)
    bool hasT0 = false;
    QVector<LatencyPoint> sparkline; // the last hour
};

// A service's week: the chart's points and every change of state with its reason.
struct ServiceDetail
{
    QString service;
    QDateTime from;
    QDateTime to;
    QVector<LatencyPoint> series;
    QVector<StateChange> changes;
    UptimeReport week;
};

// Works on the probe thread: writes results to the history in batches (one transaction a
// second, not one per probe), prunes raw results after the retention period and answers the
// GUI's questions about uptime and charts, so the GUI thread never touches the disk.
class HistoryRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit HistoryRecorder(QObject *parent = nullptr);
    ~HistoryRecorder() override;

public slots:
    void open(const QString &path);
    void setIntervals(const QHash<QString, int> &intervalMsByService);
    void record(const ProbeResult &result);
    void flush();
    void setT0(const QDateTime &t0);
    void setRetentionDays(int days);
    void requestSummaries(const QStringList &services);
    void requestDetail(const QString &service, int days);
    // The detail over [from, to) (a chart's chosen range).
    void requestDetailSpan(const QString &service, const QDateTime &from, const QDateTime &to);
    // An hourly report's worst sustained state across services (see assessHour).
    void requestHourHealth(const QStringList &services, int hour, const QDateTime &from, const QDateTime &to);
    // The maintenance windows in force, as the launch record says (replaces the history's copy).
    void setMaintenanceWindows(const QVector<MaintenanceWindow> &windows);

signals:
    void opened(bool ok, const QString &message);
    void failed(const QString &message);
    void summaryReady(const TileSummary &summary);
    void detailReady(const ServiceDetail &detail);
    void hourHealthReady(const HourHealth &health);

private:
    std::unique_ptr<ProbeHistory> m_history;
    QVector<ProbeResult> m_pending;
    QHash<QString, int> m_intervals;
    QTimer *m_flushTimer = nullptr;
    QDateTime m_t0;
    int m_retentionDays = 8;
    QDateTime m_lastPrune;
    QVector<MaintenanceWindow> m_maintenance;
};

Q_DECLARE_METATYPE(TileSummary)
Q_DECLARE_METATYPE(ServiceDetail)
