#pragma once

#include "NetworkSetup.h"
#include "ServiceCatalogue.h"
#include "ServiceState.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class ServiceCheck;

// What a tile shows of one service right now.
struct ServiceStatus
{
    ServiceState state = ServiceState::Unknown;
    QString reason = QStringLiteral("not probed yet");
    int latencyMs = -1;
    QDateTime lastCheck;
    QDateTime since;  // the last change of state
    int failures = 0; // consecutive failed attempts
};

// Watches every service continuously: each on its own interval, a failure shown PENDING while
// retries are left (retried sooner, after min(interval, 10 s)), DOWN once they are used up.
// Lives on whichever thread it is created on; the app runs it on a worker thread.
class Monitor final : public QObject
{
    Q_OBJECT

public:
    explicit Monitor(QObject *parent = nullptr);
    ~Monitor() override;

    void setServices(const QVector<ServiceDefinition> &services);
    void start();
    void stop();
    QHash<QString, ServiceStatus> statuses() const { return m_status; }

signals:
    void resultReady(const ProbeResult &result);
    void stateChanged(const QString &service, ServiceState from, ServiceState to, const QString &reason);

private:
    struct Slot
    {
        ServiceDefinition service;
        QTimer *timer = nullptr;
        ServiceCheck *running = nullptr;
    };
    void runCheck(int index);
    void onVerdict(int index, const struct CheckVerdict &verdict);
    void publish(const ServiceDefinition &service, ServiceState state, int latencyMs, const QString &reason);

    ProbeNetwork m_network;
    QVector<Slot> m_slots;
    QHash<QString, ServiceStatus> m_status;
    bool m_running = false;
};
