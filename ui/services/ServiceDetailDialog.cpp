#include "ui/services/ServiceDetailDialog.h"

#include "models/monitoring/MonitoringService.h"
#include "models/timeline/TimeWords.h"
#include "ui/reports/RangePicker.h"
#include "ui/services/StateStyle.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// The range as the uptime sentence says it ("uptime over last 24 hours").
QString rangeInSentence(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour: return ServiceDetailDialog::tr("last hour");
    case ChartRange::Day: return ServiceDetailDialog::tr("last 24 hours");
    case ChartRange::SinceT0: return ServiceDetailDialog::tr("since T0");
    case ChartRange::Week: return ServiceDetailDialog::tr("last 7 days");
    }
    return {};
}

} // namespace

ServiceDetailDialog::ServiceDetailDialog(MonitoringService *monitoring, const QString &service, QWidget *parent)
    : QDialog(parent),
      m_monitoring(monitoring),
      m_service(service),
      m_summary(new QLabel(tr("Reading the history…"), this)),
      m_chart(new QChartView(this)),
      m_changes(new QTableWidget(0, 3, this)),
      m_picker(new RangePicker(this))
{
    setWindowTitle(tr("%1 — history").arg(service));
    m_picker->setRange(ChartRange::Week);
    m_picker->setT0(monitoring->t0(), QDateTime::currentDateTimeUtc());
    m_summary->setWordWrap(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_chart->installEventFilter(this); // a resize fits the chart again
    m_changes->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Reason")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *maintenance = buttons->addButton(tr("Add maintenance window…"), QDialogButtonBox::ActionRole);
    connect(maintenance, &QPushButton::clicked, this, &ServiceDetailDialog::addMaintenance);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_picker);
    layout->addLayout(top);
    layout->addWidget(m_chart, 2);
    layout->addWidget(new QLabel(tr("Changes of state"), this));
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(900, 640);
    connect(monitoring, &MonitoringService::detailReady, this, [this](const ServiceDetail &d) {
        if (d.service == m_service)
            showDetail(d);
    });
    connect(m_picker, &RangePicker::rangeChanged, this, &ServiceDetailDialog::requestRange);
    requestRange();
}

void ServiceDetailDialog::requestRange()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ChartSpan span = chartSpan(m_picker->range(), now, m_monitoring->t0());
    m_monitoring->requestDetail(m_service, span.from, span.to);
}

bool ServiceDetailDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && event->type() == QEvent::Resize)
        fitChart();
    return QDialog::eventFilter(watched, event);
}

void ServiceDetailDialog::fitChart()
{
    QChart *chart = m_chart->chart();
    const auto horizontal = chart->axes(Qt::Horizontal);
    const auto vertical = chart->axes(Qt::Vertical);
    auto *x = horizontal.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(horizontal.first());
    auto *y = vertical.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(vertical.first());
    if (!x || !y)
        return;
    const QFontMetrics metrics(x->labelsFont());
    const QSizeF plot = chart->plotArea().size();
    const ChartFit f = ::fitChart(m_chart->size(), plot, metrics.height());
    if (y->tickCount() != f.valueTicks)
        y->setTickCount(f.valueTicks);
    // The time labels are wide ("26.11 14:30"): as many as fit side by side.
    const int timeLabel = metrics.horizontalAdvance(QLocale().toString(x->min(), x->format()));
    const double width = plot.isEmpty() ? m_chart->width() - 6.0 * metrics.height() : plot.width();
    const int timeTicks = fittingTickCount(width, timeLabel);
    if (x->tickCount() != timeTicks)
        x->setTickCount(timeTicks);
    const Qt::Alignment legend = f.legendBeside ? Qt::AlignRight : Qt::AlignBottom;
    if (chart->legend()->alignment() != legend)
        chart->legend()->setAlignment(legend);
}

void ServiceDetailDialog::showDetail(const ServiceDetail &d)
{
    if (!m_opened) {
        // The week came first: open on the narrowest range that holds all of it.
        m_opened = true;
        QVector<QDateTime> times;
        for (const LatencyPoint &pt : d.series)
            times << pt.time;
        const ChartRange opening = openingRange(times, d.to, m_monitoring->t0());
        if (opening != m_picker->range()) {
            m_picker->setRange(opening); // asks for that range; its answer is shown instead
            return;
        }
    }
    const double p = d.week.uptimePercent();
    m_summary->setText(tr("<b>%1</b>: uptime over %6 %2 (measured in time); downtime %L3 min; "
                          "not monitored %L4 min; maintenance %L5 min.")
                           .arg(m_service.toHtmlEscaped(),
                                p < 0 ? tr("not measured") : QStringLiteral("%1 %").arg(QLocale().toString(p, 'f', 3)))
                           .arg(d.week.downtimeMinutes(), 0, 'f', 1)
                           .arg(d.week.unmonitoredMs / 60000.0, 0, 'f', 1)
                           .arg(d.week.maintenanceMs / 60000.0, 0, 'f', 1)
                           .arg(rangeInSentence(m_picker->range())));

    auto *chart = new QChart;
    auto *latency = new QLineSeries;
    latency->setName(tr("latency (ms)"));
    QHash<ServiceState, QScatterSeries *> states;
    double maxLatency = 1;
    for (const LatencyPoint &pt : d.series) {
        const double t = double(pt.time.toMSecsSinceEpoch());
        if (pt.avgLatencyMs >= 0) {
            latency->append(t, pt.avgLatencyMs);
            maxLatency = qMax(maxLatency, pt.avgLatencyMs);
        }
        if (pt.worst == ServiceState::Down || pt.worst == ServiceState::Pending || pt.worst == ServiceState::Degraded) {
            QScatterSeries *&s = states[pt.worst];
            if (!s) {
                s = new QScatterSeries;
                s->setName(StateStyle::label(pt.worst));
                s->setColor(StateStyle::colour(pt.worst));
                s->setMarkerSize(7);
            }
            s->append(t, 0);
        }
    }
    chart->addSeries(latency);
    for (QScatterSeries *s : std::as_const(states))
        chart->addSeries(s);
    auto *x = new QDateTimeAxis;
    x->setFormat(d.from.secsTo(d.to) <= qint64{2} * 3600 ? QStringLiteral("HH:mm") : QStringLiteral("dd.MM HH:mm"));
    x->setRange(d.from.toLocalTime(), d.to.toLocalTime());
    auto *y = new QValueAxis;
    y->setRange(0, maxLatency * 1.1);
    y->setTitleText(tr("ms"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    fitChart();
    // The plot's own size once laid out: the ticks follow it. Queued: not from inside its layout.
    connect(chart, &QChart::plotAreaChanged, this, &ServiceDetailDialog::fitChart, Qt::QueuedConnection);

    m_changes->setRowCount(int(d.changes.size()));
    for (int i = 0; i < d.changes.size(); ++i) {
        const StateChange &c = d.changes.at(d.changes.size() - 1 - i); // newest first
        m_changes->setItem(i, 0, new QTableWidgetItem(shownDateTime(c.time)));
        auto *change =
            new QTableWidgetItem(QStringLiteral("%1 → %2").arg(StateStyle::label(c.from), StateStyle::label(c.to)));
        change->setForeground(StateStyle::colour(c.to));
        m_changes->setItem(i, 1, change);
        m_changes->setItem(i, 2, new QTableWidgetItem(c.reason));
    }
    m_changes->resizeColumnsToContents();
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void ServiceDetailDialog::addMaintenance()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Maintenance window for %1").arg(m_service));
    auto *from = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    auto *to = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), &dialog);
    auto *note = new QLineEdit(&dialog);
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    form->addRow(tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || from->dateTime() >= to->dateTime())
        return;
    emit maintenanceRequested(from->dateTime().toUTC(), to->dateTime().toUTC(), note->text());
}
