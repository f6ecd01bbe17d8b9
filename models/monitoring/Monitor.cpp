#include "models/monitoring/Monitor.h"

#include "models/monitoring/NetworkSetup.h"
#include "models/monitoring/ServiceCheck.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

Monitor::Monitor(QObject *parent) : QObject(parent), m_network(this), m_timer(this)
{
    qRegisterMetaType<ProbeResult>();
    qRegisterMetaType<ServiceState>();
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Monitor::startDueChecks);
}

Monitor::~Monitor()
{
    stop();
}

void Monitor::setServices(const QVector<ServiceDefinition> &services)
{
    const bool wasRunning = m_running;
    stop();
    m_slots.clear();
    QHash<QString, ServiceStatus> kept;
    for (const ServiceDefinition &s : services) {
        Slot slot;
        slot.service = s;
        m_slots.append(slot);
        kept.insert(s.name, m_status.value(s.name));
    }
    m_status = kept;
    m_network.reserveForHosts(distinctHttpHosts(services));
    if (wasRunning)
        start();
}

void Monitor::start()
{
    m_running = true;
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        if (!slot.service.isConfigured()) {
            publish(slot.service, ServiceState::Unknown, -1, slot.service.configError);
            continue;
        }
        // Spread the first checks over a moment so a large catalogue does not start as one burst.
        schedule(i, m_slots.size() > 50 ? (qint64(i) * qMin(slot.service.intervalMs, 2000)) / m_slots.size() : 0);
    }
    armTimer();
}

void Monitor::stop()
{
    m_running = false;
    m_timer.stop();
    m_due.clear();
    for (Slot &slot : m_slots) {
        delete slot.running;
        slot.running = nullptr;
    }
}

void Monitor::schedule(int index, qint64 inMs)
{
    m_due.push_back({m_clock.elapsed() + inMs, index});
    std::push_heap(m_due.begin(), m_due.end(), std::greater<Due>());
}

void Monitor::armTimer()
{
    if (!m_running || m_due.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, m_due.front().atMs - m_clock.elapsed(), 24LL * 3600 * 1000)));
}

void Monitor::startDueChecks()
{
    const qint64 horizon = m_clock.elapsed() + kBatchMs;
    while (m_running && !m_due.empty() && m_due.front().atMs <= horizon) {
        std::pop_heap(m_due.begin(), m_due.end(), std::greater<Due>());
        const int index = m_due.back().index;
        m_due.pop_back();
        runCheck(index);
    }
    armTimer();
}

void Monitor::runCheck(int index)
{
    Slot &slot = m_slots[index];
    if (slot.running)
        return;
    slot.running = new ServiceCheck(slot.service, m_network.managerFor(slot.service.url), this);
    connect(slot.running, &ServiceCheck::finished, this, [this, index](const CheckVerdict &v) { onVerdict(index, v); });
    slot.running->start();
}

void Monitor::onVerdict(int index, const CheckVerdict &verdict)
{
    Slot &slot = m_slots[index];
    slot.running->deleteLater();
    slot.running = nullptr;
    const ServiceDefinition &s = slot.service;
    ServiceStatus &status = m_status[s.name];
    int next = s.intervalMs;
    if (verdict.failed) {
        ++status.failures;
        if (status.failures <= s.retries) {
            publish(s, ServiceState::Pending, verdict.latencyMs,
                    QCoreApplication::translate("Monitor", "%1 (attempt %2 of %3)")
                        .arg(verdict.reason)
                        .arg(status.failures)
                        .arg(s.retries + 1));
            next = qMin(s.intervalMs, 10000);
        } else {
            publish(s, ServiceState::Down, verdict.latencyMs, verdict.reason);
        }
    } else {
        status.failures = 0;
        publish(s, verdict.state, verdict.latencyMs, verdict.reason);
    }
    if (m_running) {
        schedule(index, next);
        if (m_due.front().index == index) // now the earliest
            armTimer();
    }
}

void Monitor::publish(const ServiceDefinition &service, ServiceState state, int latencyMs, const QString &reason)
{
    ServiceStatus &status = m_status[service.name];
    const ServiceState before = status.state;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    status.state = state;
    status.reason = reason;
    status.latencyMs = latencyMs;
    status.lastCheck = now;
    if (before != state || !status.since.isValid())
        status.since = now;
    emit resultReady({service.name, now, state, latencyMs, reason});
    if (before != state)
        emit stateChanged(service.name, before, state, reason);
}
