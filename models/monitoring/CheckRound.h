#pragma once

#include "ServiceCatalogue.h"
#include "ServiceState.h"

#include <QNetworkAccessManager>
#include <QObject>

// One round of every probe, all at once, for `golive check`: a failed attempt is retried at
// once, so every answer is final (UP, DEGRADED, DOWN, or UNKNOWN for a misconfigured service)
// and the round takes at most the longest timeout × (retries + 1).
class CheckRound final : public QObject
{
    Q_OBJECT

public:
    explicit CheckRound(QObject *parent = nullptr);
    void start(const QVector<ServiceDefinition> &services);
    const QVector<ProbeResult> &results() const { return m_results; }

signals:
    void finished();

private:
    void attempt(int index);

    QNetworkAccessManager m_manager;
    QVector<ServiceDefinition> m_services;
    QVector<ProbeResult> m_results;
    QVector<int> m_attempts;
    int m_pending = 0;
};
