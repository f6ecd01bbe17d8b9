#include "HistoryRecorder.h"

#include "ProbeHistory.h"

HistoryRecorder::HistoryRecorder(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TileSummary>();
    qRegisterMetaType<ServiceDetail>();
}

HistoryRecorder::~HistoryRecorder()
{
    flush();
}

void HistoryRecorder::open(const QString &path)
{
    QString error;
    m_history = ProbeHistory::open(path, &error);
    if (!m_flushTimer) {
        // Created here, on the probe thread, so it fires there.
        m_flushTimer = new QTimer(this);
        m_flushTimer->setInterval(1000);
        connect(m_flushTimer, &QTimer::timeout, this, &HistoryRecorder::flush);
        m_flushTimer->start();
    }
    emit opened(m_history != nullptr, m_history ? path : error);
}

void HistoryRecorder::setIntervals(const QHash<QString, int> &intervalMsByService)
{
    m_intervals = intervalMsByService;
}

void HistoryRecorder::record(const ProbeResult &result)
{
    m_pending.append(result);
    if (!m_intervals.contains(result.service))
        m_intervals.insert(result.service, 30000);
}

void HistoryRecorder::flush()
{
    if (!m_history || m_pending.isEmpty())
        return;
    QString error;
    if (!m_history->record(m_pending, m_intervals, &error)) {
        // Keep the batch: the next flush tries again (a full disk may free up).
        if (m_pending.size() > 100000)
            m_pending.remove(0, m_pending.size() - 100000);
        emit failed(error);
        return;
    }
    m_pending.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) > 3600) {
        m_lastPrune = now;
        if (!m_history->prune(now.addDays(-m_retentionDays), &error))
            emit failed(error);
    }
}

void HistoryRecorder::setT0(const QDateTime &t0)
{
    m_t0 = t0;
}

void HistoryRecorder::setRetentionDays(int days)
{
    m_retentionDays = qMax(1, days);
}

void HistoryRecorder::requestSummaries(const QStringList &services)
{
    if (!m_history)
        return;
    flush();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &service : services) {
        TileSummary s;
        s.service = service;
        s.lastHour = m_history->uptime(service, now.addSecs(-3600), now, now);
        s.lastDay = m_history->uptime(service, now.addDays(-1), now, now);
        s.hasT0 = m_t0.isValid();
        if (s.hasT0) {
            s.sinceT0 = m_history->uptime(service, m_t0, now, now);
            s.weekAfterT0 = m_history->uptime(service, m_t0, m_t0.addDays(7), now);
        }
        s.sparkline = m_history->latencySeries(service, now.addSecs(-3600), now, 60);
        emit summaryReady(s);
    }
}

void HistoryRecorder::requestDetail(const QString &service, int days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    requestDetailSpan(service, now.addDays(-days), now);
}

void HistoryRecorder::requestHourHealth(const QStringList &services, int hour, const QDateTime &from,
                                        const QDateTime &to)
{
    if (!m_history) {
        HourHealth h;
        h.hour = hour;
        h.from = from;
        h.to = to;
        h.reason = h.error = tr("the probe history is not open");
        emit hourHealthReady(h);
        return;
    }
    flush();
    emit hourHealthReady(assessHour(*m_history, services, hour, from, to, QDateTime::currentDateTimeUtc()));
}

void HistoryRecorder::requestDetailSpan(const QString &service, const QDateTime &from, const QDateTime &to)
{
    if (!m_history)
        return;
    flush();
    ServiceDetail d;
    d.service = service;
    d.to = to;
    d.from = from;
    d.series = m_history->latencySeries(service, d.from, d.to, 500);
    d.changes = m_history->stateChanges(service, d.from, d.to);
    d.week = m_history->uptime(service, d.from, d.to, d.to);
    emit detailReady(d);
}

void HistoryRecorder::setMaintenanceWindows(const QVector<MaintenanceWindow> &windows)
{
    m_maintenance = windows;
    if (!m_history)
        return;
    // The launch record holds the windows; the history keeps a copy for its uptime queries.
    QString error;
    const QVector<MaintenanceWindow> held = m_history->maintenanceWindows(&error);
    for (const MaintenanceWindow &w : held) {
        if (!m_history->removeMaintenance(w.id, &error))
            emit failed(error);
    }
    for (const MaintenanceWindow &w : windows) {
        if (m_history->addMaintenance(w.service, w.from, w.to, w.note, &error) < 0)
            emit failed(error);
    }
}
