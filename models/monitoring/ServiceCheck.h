#pragma once

#include "models/monitoring/ProbeOutcome.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/monitoring/ServiceState.h"

#include <QObject>

class ProbeBase;
class QNetworkAccessManager;

// The judgement of one attempt: passed (UP or DEGRADED) or failed, with the reason; or neither
// when the probe cannot run on this desk (UNKNOWN, not configured here: no retry, no outage).
struct CheckVerdict
{
    bool failed = true;
    ServiceState state = ServiceState::Down; // Up or Degraded when passed, Unknown when not set up here
    int latencyMs = -1;
    QString reason;
    bool notSetUpHere = false;
};

// Applies a service's conditions and degraded conditions to what its probe saw. Pure, so the
// wording of every reason can be tested without a network.
CheckVerdict judgeOutcome(const ServiceDefinition &service, const ProbeOutcome &outcome);

// One attempt at one service, with the probe its kind needs.
class ServiceCheck final : public QObject
{
    Q_OBJECT

public:
    ServiceCheck(const ServiceDefinition &service, QNetworkAccessManager *manager, QObject *parent = nullptr);
    void start();
    const ServiceDefinition &service() const { return m_service; }

signals:
    void finished(const CheckVerdict &verdict);

private:
    void deliver(const ProbeOutcome &outcome);

    ServiceDefinition m_service;
    QNetworkAccessManager *m_manager;
    ProbeBase *m_probe = nullptr;
};
