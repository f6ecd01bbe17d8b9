#pragma once

#include "models/monitoring/NetworkSetup.h"
#include "models/monitoring/ServiceCatalogue.h"
#include "models/monitoring/ServiceState.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

class ServiceCheck;

// One round of every probe, for `golive check`: a failed attempt is retried at once, so every
// answer is final (UP, DEGRADED, DOWN, or UNKNOWN for a misconfigured service).
// At most maxInFlight() probes run at once, like curl --parallel-max: a thousand requests started
// in one burst wait in Qt's queues, and their measured latency (and timeout) would count that
// wait. Freed places are refilled once per pass of the event loop, so the network threads are
// woken for a few requests at a time. An attempt still waiting after kSlowMs gives up its place,
// so a few hosts that never answer do not hold up the rest: the round takes about the longest
// timeout × (retries + 1), plus kSlowMs for every maxInFlight() such hosts.
class CheckRound final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxInFlight = 128;
    static constexpr int kSlowMs = 1000;

    explicit CheckRound(QObject *parent = nullptr);
    ~CheckRound() override;
    void start(const QVector<ServiceDefinition> &services);
    const QVector<ProbeResult> &results() const { return m_results; }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    int maxInFlight() const { return m_maxInFlight; }

signals:
    void finished();

private:
    struct Started
    {
        qint64 atMs;
        int index;
        int attempt;
    };
    void refillSoon();
    void startMore();
    void attempt(int index);
    void onVerdict(int index, const struct CheckVerdict &verdict);
    void releaseSlow();

    ProbeNetwork m_network;
    QVector<ServiceDefinition> m_services;
    QVector<ProbeResult> m_results;
    QVector<int> m_attempts;
    QVector<ServiceCheck *> m_running; // by service index
    QVector<bool> m_holdsPlace;        // its running attempt counts against maxInFlight
    std::deque<int> m_waiting;         // services not started yet, in catalogue order
    std::deque<Started> m_started;     // place holders in start order, for releaseSlow()
    QElapsedTimer m_clock;
    QTimer m_slowTimer;
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_inFlight = 0; // attempts holding a place
    int m_pending = 0;  // services without a final answer
    bool m_refillQueued = false;
};
