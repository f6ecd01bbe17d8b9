#include "ui/services/Sparkline.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QValueAxis>

// The chart goes to QChartView's constructor: QChartView(parent) makes a chart of its own, and
// setChart() later only releases it (never deletes it), which LeakSanitizer reported for every tile.
Sparkline::Sparkline(QWidget *parent)
    : QChartView(new QChart, parent), m_series(new QLineSeries), m_x(new QDateTimeAxis), m_y(new QValueAxis)
{
    QChart *c = chart();
    c->addSeries(m_series);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_x->hide();
    m_y->hide();
    c->legend()->hide();
    c->setMargins(QMargins(0, 0, 0, 0));
    c->setBackgroundRoundness(0);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("background: transparent"));
    setMinimumHeight(28);
    setMaximumHeight(36);
}

void Sparkline::setPoints(const QVector<LatencyPoint> &points, const QColor &colour)
{
    QList<QPointF> line;
    double maxLatency = 1;
    for (const LatencyPoint &p : points) {
        if (p.avgLatencyMs < 0)
            continue;
        line.append(QPointF(double(p.time.toMSecsSinceEpoch()), p.avgLatencyMs));
        maxLatency = qMax(maxLatency, p.avgLatencyMs);
    }
    m_series->replace(line);
    m_series->setPen(QPen(colour, 1.5));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_x->setRange(now.addSecs(-3600), now);
    m_y->setRange(0, maxLatency * 1.15);
}

void Sparkline::setColour(const QColor &colour)
{
    m_series->setPen(QPen(colour, 1.5));
}

int Sparkline::pointCount() const
{
    return int(m_series->count());
}
