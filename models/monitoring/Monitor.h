#pragma once

#include "models/monitoring/NetworkSetup.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/monitoring/ServiceState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <vector>

class ServiceCheck;

// What a tile shows of one service right now.
struct ServiceStatus
{
    ServiceState state = ServiceState::Unknown;
    QString reason = QCoreApplication::translate("Monitor", "not probed yet");
    int latencyMs = -1;
    QDateTime lastCheck;
    QDateTime since;  // the last change of state
    int failures = 0; // consecutive failed attempts
};

// Watches every service continuously: each on its own interval, a failure shown PENDING while
// retries are left (retried sooner, after min(interval, 10 s)), DOWN once they are used up.
// Lives on whichever thread it is created on; the app runs it on a worker thread.
// One precise timer drives every check: the checks due within the next kBatchMs start together,
// so the threads wake once for a few checks rather than once per check (a thousand services
// every 5 s are 200 checks a second), and none waits behind a crowd that a coarse timer would
// have lined up at the same instant (its answer time would include the crowd's).
class Monitor final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchMs = 100;

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
        ServiceCheck *running = nullptr;
    };
    struct Due
    {
        qint64 atMs; // on m_clock
        int index;
        bool operator>(const Due &other) const { return atMs > other.atMs; }
    };
    void schedule(int index, qint64 inMs);
    void startDueChecks();
    void armTimer();
    void runCheck(int index);
    void onVerdict(int index, const struct CheckVerdict &verdict);
    void publish(const ServiceDefinition &service, ServiceState state, int latencyMs, const QString &reason);

    ProbeNetwork m_network;
    QVector<Slot> m_slots;
    QHash<QString, ServiceStatus> m_status;
    std::vector<Due> m_due; // a min-heap on atMs: each configured, idle service once
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_running = false;
};
