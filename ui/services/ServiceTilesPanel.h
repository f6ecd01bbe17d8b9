#pragma once

#include "models/monitoring/HistoryRecorder.h"
#include "models/monitoring/ServiceCatalogue.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <deque>

class MonitoringService;
class QGridLayout;
class ServiceTile;

// The grid of service tiles, fed by the monitoring service; reflows with its width.
// Results and summaries arrive as queued signals, hundreds at a time (every summary refresh, an
// outage of many services at once). They are kept, the latest per service, and shown a slice of
// kSliceMs at a time, results before summaries, so the GUI thread never spends more than about
// a frame on them before it paints and answers the user again.
class ServiceTilesPanel final : public QWidget
{
    Q_OBJECT

public:
    ServiceTilesPanel(MonitoringService *monitoring, QWidget *parent = nullptr);
    ServiceTile *tile(const QString &service) const { return m_tiles.value(service); }
    QList<ServiceTile *> tiles() const;
    // As tall as the tiles need, up to two rows; more rows scroll.
    QSize sizeHint() const override;

signals:
    void tileActivated(const QString &service);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kSliceMs = 4;

    void rebuild();
    void reflow();
    void queueResult(const ProbeResult &result);
    void queueSummary(const TileSummary &summary);
    void showPending();

    MonitoringService *m_monitoring;
    QHash<QString, ServiceTile *> m_tiles;
    QVector<ServiceTile *> m_order;
    QWidget *m_content;
    QGridLayout *m_grid;
    QTimer m_summaryTimer;
    QHash<QString, ProbeResult> m_pendingResults; // the latest per service
    QHash<QString, TileSummary> m_pendingSummaries;
    std::deque<QString> m_resultOrder; // services with a pending result, oldest first
    std::deque<QString> m_summaryOrder;
    QTimer m_showTimer;
    int m_columns = 0;
};
