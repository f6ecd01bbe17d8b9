#include "models/monitoring/HistoryRecorder.h"

#include "models/monitoring/ProbeHistory.h"

HistoryRecorder::HistoryRecorder(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TileSummary>();
    qRegisterMetaType<ServiceDetail>();
}

HistoryRecorder::~HistoryRecorder()
{
    flush();
}

namespace {
// The value, or the type's empty value with the error passed on: a tile shows what it has.
template<class T, class Report>
T valueOr(Result<T> result, const Report &report)
{
    if (result)
        return std::move(result.value());
    report(result.error().message);
    return T();
}
} // namespace

void HistoryRecorder::open(const QString &path)
{
    QString error;
    auto made = ProbeHistory::open(path);
    m_history = made ? std::move(made.value()) : nullptr;
    if (!made)
        error = made.error().message;
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
    if (const Status recorded = m_history->record(m_pending, m_intervals); !recorded) {
        // Keep the batch: the next flush tries again (a full disk may free up).
        if (m_pending.size() > 100000)
            m_pending.remove(0, m_pending.size() - 100000);
        emit failed(recorded.message());
        return;
    }
    m_pending.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) > 3600) {
        m_lastPrune = now;
        if (const Status pruned = m_history->prune(now.addDays(-m_retentionDays)); !pruned)
            emit failed(pruned.message());
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
    const auto report = [this](const QString &message) { emit failed(message); };
    for (const QString &service : services) {
        TileSummary s;
        s.service = service;
        s.lastHour = valueOr(m_history->uptime(service, now.addSecs(-3600), now, now), report);
        s.lastDay = valueOr(m_history->uptime(service, now.addDays(-1), now, now), report);
        s.hasT0 = m_t0.isValid();
        if (s.hasT0) {
            s.sinceT0 = valueOr(m_history->uptime(service, m_t0, now, now), report);
            s.weekAfterT0 = valueOr(m_history->uptime(service, m_t0, m_t0.addDays(7), now), report);
        }
        s.sparkline = valueOr(m_history->latencySeries(service, now.addSecs(-3600), now, 60), report);
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
    const auto report = [this](const QString &message) { emit failed(message); };
    d.series = valueOr(m_history->latencySeries(service, d.from, d.to, 500), report);
    d.changes = valueOr(m_history->stateChanges(service, d.from, d.to), report);
    d.week = valueOr(m_history->uptime(service, d.from, d.to, d.to), report);
    emit detailReady(d);
}

void HistoryRecorder::setMaintenanceWindows(const QVector<MaintenanceWindow> &windows)
{
    m_maintenance = windows;
    if (!m_history)
        return;
    // The launch record holds the windows; the history keeps a copy for its uptime queries.
    const auto report = [this](const QString &message) { emit failed(message); };
    for (const MaintenanceWindow &w : valueOr(m_history->maintenanceWindows(), report)) {
        if (const Status removed = m_history->removeMaintenance(w.id); !removed)
            emit failed(removed.message());
    }
    for (const MaintenanceWindow &w : windows) {
        if (const auto added = m_history->addMaintenance(w.service, w.from, w.to, w.note); !added)
            emit failed(added.error().message);
    }
}
