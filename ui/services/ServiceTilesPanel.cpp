#include "ui/services/ServiceTilesPanel.h"

#include "models/monitoring/MonitoringService.h"
#include "ui/services/ServiceTile.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

ServiceTilesPanel::ServiceTilesPanel(MonitoringService *monitoring, QWidget *parent)
    : QWidget(parent), m_monitoring(monitoring), m_content(new QWidget(this)), m_grid(new QGridLayout)
{
    auto *content = m_content;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch(1);
    m_grid->setSpacing(6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    rebuild();
    connect(monitoring, &MonitoringService::servicesReplaced, this, &ServiceTilesPanel::rebuild);
    connect(monitoring, &MonitoringService::resultReady, this, &ServiceTilesPanel::queueResult);
    connect(monitoring, &MonitoringService::summaryReady, this, &ServiceTilesPanel::queueSummary);
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(0);
    connect(&m_showTimer, &QTimer::timeout, this, &ServiceTilesPanel::showPending);
    // Uptime and sparklines come from the history on the probe thread, refreshed now and then.
    connect(&m_summaryTimer, &QTimer::timeout, monitoring, &MonitoringService::requestSummaries);
    m_summaryTimer.start(15000);
    QTimer::singleShot(3000, monitoring, &MonitoringService::requestSummaries);
}

void ServiceTilesPanel::queueResult(const ProbeResult &result)
{
    if (!m_pendingResults.contains(result.service))
        m_resultOrder.push_back(result.service);
    m_pendingResults.insert(result.service, result);
    if (!m_showTimer.isActive())
        m_showTimer.start();
}

void ServiceTilesPanel::queueSummary(const TileSummary &summary)
{
    if (!m_pendingSummaries.contains(summary.service))
        m_summaryOrder.push_back(summary.service);
    m_pendingSummaries.insert(summary.service, summary);
    if (!m_showTimer.isActive())
        m_showTimer.start();
}

void ServiceTilesPanel::showPending()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_resultOrder.empty() && slice.elapsed() < kSliceMs) {
        const ProbeResult r = m_pendingResults.take(m_resultOrder.front());
        m_resultOrder.pop_front();
        if (ServiceTile *t = m_tiles.value(r.service))
            t->showResult(r);
    }
    while (m_resultOrder.empty() && !m_summaryOrder.empty() && slice.elapsed() < kSliceMs) {
        const TileSummary s = m_pendingSummaries.take(m_summaryOrder.front());
        m_summaryOrder.pop_front();
        if (ServiceTile *t = m_tiles.value(s.service))
            t->showSummary(s);
    }
    if (!m_resultOrder.empty() || !m_summaryOrder.empty())
        m_showTimer.start(); // the rest after the next pass of the event loop
}

void ServiceTilesPanel::rebuild()
{
    m_pendingResults.clear();
    m_pendingSummaries.clear();
    m_resultOrder.clear();
    m_summaryOrder.clear();
    qDeleteAll(m_order);
    m_order.clear();
    m_tiles.clear();
    for (const ServiceDefinition &s : m_monitoring->services()) {
        auto *tile = new ServiceTile(s, m_content);
        m_tiles.insert(s.name, tile);
        m_order.append(tile);
        connect(tile, &ServiceTile::activated, this, &ServiceTilesPanel::tileActivated);
    }
    m_columns = 0;
    reflow();
}

QList<ServiceTile *> ServiceTilesPanel::tiles() const
{
    return QList<ServiceTile *>(m_order.cbegin(), m_order.cend());
}

QSize ServiceTilesPanel::sizeHint() const
{
    const int tileHeight = m_order.isEmpty() ? 0 : m_order.constFirst()->sizeHint().height();
    const int rows = m_columns > 0 ? int((m_order.size() + m_columns - 1) / m_columns) : 1;
    return {QWidget::sizeHint().width(), qMin(rows, 2) * (tileHeight + m_grid->spacing()) + 24};
}

void ServiceTilesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void ServiceTilesPanel::reflow()
{
    const int columns = qMax(1, (width() - 12) / 236);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ServiceTile *tile : std::as_const(m_order))
        m_grid->removeWidget(tile);
    for (int i = 0; i < m_order.size(); ++i)
        m_grid->addWidget(m_order.at(i), i / columns, i % columns);
    updateGeometry();
}
