#pragma once

#include "models/monitoring/HistoryRecorder.h"
#include "models/monitoring/ServiceCatalogue.h"

#include <QFrame>

class QLabel;
class Sparkline;

// One service at a glance: name, state in words and colour, latency, uptime, last change and
// the last hour's latency. Click (or Enter) opens the service's week.
class ServiceTile final : public QFrame
{
    Q_OBJECT

public:
    ServiceTile(const ServiceDefinition &service, QWidget *parent = nullptr);

    void showResult(const ProbeResult &result);
    void showSummary(const TileSummary &summary);
    QString serviceName() const { return m_name; }
    ServiceState state() const { return m_state; }
    QString stateText() const;
    QString metricsText() const;
    QString reasonText() const;

signals:
    void activated(const QString &service);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateMetrics();

    QString m_name;
    ServiceState m_state = ServiceState::Unknown;
    int m_latencyMs = -1;
    QDateTime m_since;
    TileSummary m_summary;
    bool m_hasSummary = false;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_reason;
    QLabel *m_metrics;
    Sparkline *m_sparkline = nullptr;
};
