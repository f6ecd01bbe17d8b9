#include "ui/reports/ReportsCharts.h"

#include "ui/reports/RangePicker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

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
    m_chart->installEventFilter(this); // a resize fits the chart again
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
    y->setLabelFormat(QStringLiteral("%d"));
    m_max = max;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_title =
        tr("%1: %2 – %3")
            .arg(chartRangeLabel(m_picker->range()),
                 QLocale().toString(span.from.toLocalTime(), tr("dd.MM HH:mm", "date format: day, month and time")),
                 QLocale().toString(span.to.toLocalTime(), tr("dd.MM HH:mm", "date format: day, month and time")));
    m_chart->setToolTip(m_title); // also when the title is left out
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    fit();
    // The plot's own size once laid out: the ticks follow it. Queued: not from inside its layout.
    connect(chart, &QChart::plotAreaChanged, this, &ReportsCharts::fit, Qt::QueuedConnection);
}

bool ReportsCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && event->type() == QEvent::Resize)
        fit();
    return QWidget::eventFilter(watched, event);
}

void ReportsCharts::fit()
{
    QChart *chart = m_chart->chart();
    const auto horizontal = chart->axes(Qt::Horizontal);
    const auto vertical = chart->axes(Qt::Vertical);
    auto *x = horizontal.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(horizontal.first());
    auto *y = vertical.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(vertical.first());
    if (!x || !y)
        return;
    const QFontMetrics metrics(y->labelsFont());
    int widest = 0;
    for (int hour : std::as_const(m_shown))
        widest = std::max(widest, metrics.horizontalAdvance(tr("Hour %1").arg(hour)));
    const ChartFit f =
        fitChart(m_chart->size(), chart->plotArea().size(), metrics.height(), int(m_shown.size()), widest);
    // Whole numbers on the axis: a top that is a multiple of the steps, so no label repeats.
    const WholeNumberAxis axis = wholeNumberAxis(m_max, f.valueTicks);
    if (y->max() != double(axis.top) || y->tickCount() != axis.ticks) {
        y->setRange(0, double(axis.top));
        y->setTickCount(axis.ticks);
    }
    const QString title = f.title ? m_title : QString();
    if (chart->title() != title)
        chart->setTitle(title);
    const Qt::Alignment legend = f.legendBeside ? Qt::AlignRight : Qt::AlignBottom;
    if (chart->legend()->alignment() != legend)
        chart->legend()->setAlignment(legend);
    // Narrow: the hour's number alone, the coloured words below name the hours in full.
    QStringList categories;
    for (int hour : std::as_const(m_shown))
        categories << (f.shortCategories ? QString::number(hour) : tr("Hour %1").arg(hour));
    if (x->categories() != categories)
        x->setCategories(categories);
}
