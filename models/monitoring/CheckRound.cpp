#include "CheckRound.h"

#include "NetworkSetup.h"
#include "ServiceCheck.h"

#include <QTimer>

CheckRound::CheckRound(QObject *parent) : QObject(parent), m_manager(this)
{
    prepareProbeNetwork(&m_manager);
}

void CheckRound::start(const QVector<ServiceDefinition> &services)
{
    m_services = services;
    m_results = QVector<ProbeResult>(services.size());
    m_attempts = QVector<int>(services.size(), 0);
    m_pending = 0;
    for (int i = 0; i < services.size(); ++i) {
        m_results[i].service = services.at(i).name;
        if (!services.at(i).isConfigured()) {
            m_results[i].time = QDateTime::currentDateTimeUtc();
            m_results[i].state = ServiceState::Unknown;
            m_results[i].reason = services.at(i).configError;
            continue;
        }
        ++m_pending;
        attempt(i);
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, &CheckRound::finished);
}

void CheckRound::attempt(int index)
{
    auto *check = new ServiceCheck(m_services.at(index), &m_manager, this);
    connect(check, &ServiceCheck::finished, this, [this, index, check](const CheckVerdict &verdict) {
        check->deleteLater();
        const ServiceDefinition &s = m_services.at(index);
        ++m_attempts[index];
        if (verdict.failed && m_attempts[index] <= s.retries) {
            attempt(index);
            return;
        }
        ProbeResult &r = m_results[index];
        r.time = QDateTime::currentDateTimeUtc();
        r.state = verdict.failed ? ServiceState::Down : verdict.state;
        r.latencyMs = verdict.latencyMs;
        r.reason = verdict.reason;
        if (verdict.failed && m_attempts[index] > 1)
            r.reason += QStringLiteral(" (%1 attempts)").arg(m_attempts[index]);
        if (--m_pending == 0)
            emit finished();
    });
    check->start();
}
