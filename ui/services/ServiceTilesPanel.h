#pragma once

#include "monitoring/HistoryRecorder.h"
#include "monitoring/ServiceCatalogue.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class MonitoringService;
class QGridLayout;
class ServiceTile;

// The grid of service tiles, fed by the monitoring service; reflows with its width.
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
    void rebuild();
    void reflow();

    MonitoringService *m_monitoring;
    QHash<QString, ServiceTile *> m_tiles;
    QVector<ServiceTile *> m_order;
    QWidget *m_content;
    QGridLayout *m_grid;
    QTimer m_summaryTimer;
    int m_columns = 0;
};
