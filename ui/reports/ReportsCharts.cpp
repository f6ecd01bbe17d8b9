#include "ReportsCharts.h"

#include "RangePicker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace {

QColor healthColour(Health h)
{
    switch (h) {
    case Health::Green: return QColor(0x2e, 0x9d, 0x4a);
    case Health::Yellow: return QColor(0xd9, 0xa4, 0x00);
    case Health::Red: return QColor(0xc6, 0x28, 0x28);
    case Health::Unknown: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace

ReportsCharts::ReportsCharts(ReportDesk *desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_picker(new RangePicker(this)),
      m_chart(new QChartView(this)),
      m_health(new QHBoxLayout)
{
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->setMinimumWidth(360);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Per hour:"), this));
    top->addStretch();
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_picker);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addLayout(m_health);
    // The chart opens on the range that holds data until someone picks one.
    connect(m_picker, &RangePicker::rangeChanged, this, [this] {
        m_userPicked = true;
        rebuild();
    });
    connect(desk, &ReportDesk::reportsChanged, this, &ReportsCharts::rebuild);
    rebuild();
}

void ReportsCharts::rebuild()
{
    const QDateTime now = m_desk->clock().now();
    const QDateTime t0 = m_desk->t0();
    const QVector<HourReport> hours = m_desk->hours();
    m_picker->setT0(t0, now);
    if (!m_userPicked) {
        QVector<QDateTime> hoursOver;
        for (const HourReport &h : hours) {
            if (h.isOver())
                hoursOver << h.to;
        }
        const QSignalBlocker block(m_picker);
        m_picker->setRange(openingRange(hoursOver, now, t0));
    }
    const ChartSpan span = chartSpan(m_picker->range(), now, t0);

    auto *tickets = new QBarSet(tr("Tickets"));
    auto *executions = new QBarSet(tr("Workflows executed"));
    auto *failures = new QBarSet(tr("Failed executions"));
    tickets->setColor(QColor(0x3f, 0x7f, 0xd0));
    executions->setColor(QColor(0x7a, 0x9a, 0x3a));
    failures->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList categories;
    m_shown.clear();
    while (QLayoutItem *item = m_health->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    double max = 1;
    for (const HourReport &h : hours) {
        if (!h.isOver() || h.to <= span.from || h.from >= span.to)
            continue;
        m_shown << h.hour;
        categories << tr("Hour %1").arg(h.hour);
        auto number = [&](ReportField f) {
            const double v = h.cell(f).value.toDouble();
            max = std::max(max, v);
            return v;
        };
        tickets->append(number(ReportField::Tickets));
        executions->append(number(ReportField::Executions));
        failures->append(number(ReportField::Failures));
        const Health health = healthFromWord(h.cell(ReportField::Health).value);
        auto *label = new QLabel(QStringLiteral("%1: %2").arg(tr("Hour %1").arg(h.hour),
                                                              health == Health::Unknown ? tr("—") : healthWord(health)),
                                 this);
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 2px 6px; }")
                .arg(healthColour(health).name()));
        label->setToolTip(h.cell(ReportField::Health).source);
        m_health->addWidget(label, 1);
    }
    if (m_shown.isEmpty()) {
        auto *none = new QLabel(tr("No hour of the launch is over in this range."), this);
        none->setAlignment(Qt::AlignCenter);
        m_health->addWidget(none, 1);
    }

    auto *chart = new QChart;
    auto *series = new QBarSeries;
    series->append(tickets);
    series->append(executions);
    series->append(failures);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    // Whole numbers on the axis: a top that is a multiple of the steps, so no label repeats.
    y->setRange(0, max);
    y->applyNiceNumbers();
    if (y->max() < 4) {
        y->setRange(0, qMax(1.0, std::ceil(y->max())));
        y->setTickCount(int(y->max()) + 1);
    }
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(
        tr("%1: %2 – %3")
            .arg(chartRangeLabel(m_picker->range()),
                 QLocale().toString(span.from.toLocalTime(), tr("dd.MM HH:mm", "date format: day, month and time")),
                 QLocale().toString(span.to.toLocalTime(), tr("dd.MM HH:mm", "date format: day, month and time"))));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}
