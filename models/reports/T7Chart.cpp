#include "models/reports/T7Chart.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {

const QRectF kPlot(52, 24, T7Chart::kWidth - 60, T7Chart::kHeight - 24 - 20);

// 1, 2, 2.5, 5 × 10^n: the smallest at least value.
double niceStep(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= value)
            return f * magnitude;
    }
    return 10 * magnitude;
}

QString number(double v)
{
    return v == std::floor(v) ? QString::number(qint64(v)) : QString::number(v, 'f', 1);
}

struct Axis
{
    qint64 fromMs = 0;
    qint64 spanMs = 1;
    double maxMs = 1;

    double x(const QDateTime &t) const
    {
        const double f = double(t.toMSecsSinceEpoch() - fromMs) / double(spanMs);
        return kPlot.left() + std::clamp(f, 0.0, 1.0) * kPlot.width();
    }
    double y(double ms) const { return kPlot.bottom() - std::clamp(ms / maxMs, 0.0, 1.0) * kPlot.height(); }
};

// The latency line broken where nothing answered or the history has a gap.
QVector<QPolygonF> series(const QVector<LatencyPoint> &points, const Axis &axis, bool maximum)
{
    qint64 typical = 0;
    if (points.size() > 1)
        typical =
            (points.last().time.toMSecsSinceEpoch() - points.first().time.toMSecsSinceEpoch()) / (points.size() - 1);
    QVector<QPolygonF> lines(1);
    QDateTime previous;
    for (const LatencyPoint &p : points) {
        const double v = maximum ? double(p.maxLatencyMs) : p.avgLatencyMs;
        const bool gap = previous.isValid() && typical > 0 && previous.msecsTo(p.time) > 3 * typical;
        if ((v < 0 || gap) && !lines.last().isEmpty())
            lines.append(QPolygonF());
        if (v >= 0)
            lines.last().append(QPointF(axis.x(p.time), axis.y(v)));
        previous = p.time;
    }
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const QPolygonF &l) { return l.isEmpty(); }),
                lines.end());
    return lines;
}

void legendSample(ChartCanvas &canvas, double x, double y, ChartCanvas::Line line, const QString &label)
{
    canvas.polyline(QPolygonF({QPointF(x, y), QPointF(x + 16, y)}), line);
    canvas.text(QRectF(x + 19, y - 6, 70, 12), label, Qt::AlignLeft | Qt::AlignVCenter);
}

void legendBand(ChartCanvas &canvas, double x, double y, ChartCanvas::Band band, const QString &label)
{
    canvas.band(QRectF(x, y - 5, 16, 10), band);
    canvas.text(QRectF(x + 19, y - 6, 70, 12), label, Qt::AlignLeft | Qt::AlignVCenter);
}

// QPainter: the PDF and the printer. Hatching is drawn as lines, not as a bitmap brush.
class PainterCanvas final : public ChartCanvas
{
public:
    explicit PainterCanvas(QPainter *painter) : m_p(painter) {}

    void polyline(const QPolygonF &points, Line style) override
    {
        QPen pen(Qt::black);
        switch (style) {
        case Line::Axis: pen.setWidthF(0.7); break;
        case Line::Grid:
            pen.setColor(QColor(150, 150, 150));
            pen.setWidthF(0.4);
            pen.setDashPattern({2, 4});
            break;
        case Line::Average: pen.setWidthF(1.5); break;
        case Line::Maximum:
            pen.setWidthF(0.9);
            pen.setColor(QColor(70, 70, 70));
            pen.setDashPattern({5, 3});
            break;
        }
        m_p->setPen(pen);
        m_p->setBrush(Qt::NoBrush);
        m_p->drawPolyline(points);
    }

    void band(const QRectF &rect, Band style) override
    {
        m_p->save();
        m_p->setPen(Qt::NoPen);
        m_p->setBrush(style == Band::Down ? QColor(200, 200, 200) : QColor(235, 235, 235));
        m_p->drawRect(rect);
        m_p->setClipRect(rect, Qt::IntersectClip);
        QPen pen(Qt::black);
        pen.setWidthF(style == Band::Down ? 0.6 : 0.5);
        if (style == Band::Degraded)
            pen.setDashPattern({1, 2});
        m_p->setPen(pen);
        QPainterPath hatch;
        const double step = style == Band::Down ? 3.5 : 4.0;
        if (style == Band::Down) {
            for (double x = rect.left() - rect.height(); x < rect.right(); x += step) {
                hatch.moveTo(x, rect.bottom());
                hatch.lineTo(x + rect.height(), rect.top());
            }
        } else {
            for (double x = rect.left() + step / 2; x < rect.right(); x += step) {
                hatch.moveTo(x, rect.bottom());
                hatch.lineTo(x, rect.top());
            }
        }
        m_p->drawPath(hatch);
        m_p->restore();
    }

    void text(const QRectF &box, const QString &text, Qt::Alignment align, bool bold) override
    {
        QFont font = m_p->font();
        font.setPixelSize(bold ? 10 : 8);
        font.setBold(bold);
        m_p->setFont(font);
        m_p->setPen(Qt::black);
        m_p->drawText(box, int(align) | Qt::TextDontClip, text);
    }

private:
    QPainter *m_p;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString pts(const QPolygonF &points)
{
    QStringList out;
    for (const QPointF &p : points)
        out.append(QStringLiteral("%1,%2").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1));
    return out.join(QLatin1Char(' '));
}

// SVG text for the HTML report.
class SvgCanvas final : public ChartCanvas
{
public:
    explicit SvgCanvas(QString id) : m_id(std::move(id)) {}

    void polyline(const QPolygonF &points, Line style) override
    {
        QString attrs;
        switch (style) {
        case Line::Axis: attrs = QStringLiteral("stroke=\"#000\" stroke-width=\"0.7\""); break;
        case Line::Grid:
            attrs = QStringLiteral("stroke=\"#969696\" stroke-width=\"0.4\" stroke-dasharray=\"1,2\"");
            break;
        case Line::Average: attrs = QStringLiteral("stroke=\"#000\" stroke-width=\"1.5\""); break;
        case Line::Maximum:
            attrs = QStringLiteral("stroke=\"#464646\" stroke-width=\"0.9\" stroke-dasharray=\"4.5,2.7\"");
            break;
        }
        m_body += QStringLiteral("<polyline fill=\"none\" %1 points=\"%2\"/>").arg(attrs, pts(points));
    }

    void band(const QRectF &rect, Band style) override
    {
        m_body += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"url(#%5-%6)\"/>")
                      .arg(rect.x(), 0, 'f', 1)
                      .arg(rect.y(), 0, 'f', 1)
                      .arg(rect.width(), 0, 'f', 1)
                      .arg(rect.height(), 0, 'f', 1)
                      .arg(m_id, style == Band::Down ? QStringLiteral("down") : QStringLiteral("degraded"));
    }

    void text(const QRectF &box, const QString &text, Qt::Alignment align, bool bold) override
    {
        const char *anchor = align & Qt::AlignRight ? "end" : align & Qt::AlignHCenter ? "middle" : "start";
        const double x = align & Qt::AlignRight ? box.right()
            : align & Qt::AlignHCenter          ? box.center().x()
                                                : box.left();
        m_body +=
            QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\"%5>%6</text>")
                .arg(x, 0, 'f', 1)
                .arg(box.center().y() + 3, 0, 'f', 1)
                .arg(bold ? 10 : 8)
                .arg(QLatin1String(anchor), bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), esc(text));
    }

    QString svg() const
    {
        const QString defs =
            QStringLiteral(
                "<defs><pattern id=\"%1-down\" width=\"3.5\" height=\"3.5\" patternUnits=\"userSpaceOnUse\" "
                "patternTransform=\"rotate(45)\"><rect width=\"3.5\" height=\"3.5\" fill=\"#c8c8c8\"/>"
                "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"3.5\" stroke=\"#000\" stroke-width=\"0.6\"/></pattern>"
                "<pattern id=\"%1-degraded\" width=\"4\" height=\"3\" patternUnits=\"userSpaceOnUse\">"
                "<rect width=\"4\" height=\"3\" fill=\"#ebebeb\"/><line x1=\"2\" y1=\"0\" x2=\"2\" y2=\"1\" "
                "stroke=\"#000\" stroke-width=\"0.5\"/></pattern></defs>")
                .arg(m_id);
        return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"100%\" "
                              "font-family=\"DejaVu Sans, sans-serif\" role=\"img\">%3%4</svg>")
            .arg(T7Chart::kWidth)
            .arg(T7Chart::kHeight)
            .arg(defs, m_body);
    }

private:
    QString m_id;
    QString m_body;
};

} // namespace

void T7Chart::draw(ChartCanvas &canvas, const T7Service &service, const QDateTime &from, const QDateTime &to,
                   const QDateTime &end)
{
    Axis axis;
    axis.fromMs = from.toMSecsSinceEpoch();
    axis.spanMs = std::max<qint64>(1, from.msecsTo(to));
    double top = 0;
    for (const LatencyPoint &p : service.latency)
        top = std::max({top, p.avgLatencyMs, double(p.maxLatencyMs)});
    const double step = niceStep(top / 4);
    axis.maxMs = std::max(step, std::ceil(top / step) * step);

    const double uptime = service.uptime.uptimePercent();
    const QString summary = uptime < 0 ? tr("%1: not monitored").arg(service.name)
                                       : tr("%1: uptime %2 %, down %3 min")
                                             .arg(service.name, QString::number(uptime, 'f', 2),
                                                  QString::number(service.uptime.downtimeMinutes(), 'f', 1));
    canvas.text(QRectF(0, 0, 330, 14), summary, Qt::AlignLeft | Qt::AlignVCenter, true);
    legendSample(canvas, 330, 7, ChartCanvas::Line::Average, tr("average"));
    legendSample(canvas, 415, 7, ChartCanvas::Line::Maximum, tr("maximum"));
    legendBand(canvas, 500, 7, ChartCanvas::Band::Down, tr("DOWN"));
    legendBand(canvas, 585, 7, ChartCanvas::Band::Degraded, tr("DEGRADED"));

    // Time DOWN or DEGRADED, from the state changes.
    ServiceState state = ServiceState::Unknown;
    QDateTime since = from;
    auto closeBand = [&](const QDateTime &until) {
        if (state != ServiceState::Down && state != ServiceState::Degraded)
            return;
        const double x0 = axis.x(since);
        const double x1 = std::max(axis.x(until), x0 + 0.8); // a short outage stays visible
        canvas.band(QRectF(x0, kPlot.top(), x1 - x0, kPlot.height()),
                    state == ServiceState::Down ? ChartCanvas::Band::Down : ChartCanvas::Band::Degraded);
    };
    for (const StateChange &c : service.changes) {
        closeBand(c.time);
        state = c.to;
        since = c.time;
    }
    closeBand(std::min(to, end));

    // Grid, axes and their labels: milliseconds up the side, one mark per day along the bottom.
    for (double v = 0; v <= axis.maxMs + step / 2; v += step) {
        const double y = axis.y(v);
        if (v > 0)
            canvas.polyline(QPolygonF({QPointF(kPlot.left(), y), QPointF(kPlot.right(), y)}), ChartCanvas::Line::Grid);
        canvas.text(QRectF(0, y - 6, kPlot.left() - 4, 12), tr("%1 ms").arg(number(v)),
                    Qt::AlignRight | Qt::AlignVCenter);
    }
    const int days = int(std::max<qint64>(1, from.daysTo(to)));
    for (int d = 0; d <= days; ++d) {
        const QDateTime t = from.addDays(d);
        const double x = axis.x(t);
        if (d > 0 && d < days)
            canvas.polyline(QPolygonF({QPointF(x, kPlot.top()), QPointF(x, kPlot.bottom())}), ChartCanvas::Line::Grid);
        // The first and last labels stay inside the chart.
        const QRectF box = d == 0 ? QRectF(x, kPlot.bottom() + 3, 80, 12)
            : d == days           ? QRectF(x - 80, kPlot.bottom() + 3, 80, 12)
                                  : QRectF(x - 40, kPlot.bottom() + 3, 80, 12);
        const Qt::Alignment align = d == 0 ? Qt::AlignLeft : d == days ? Qt::AlignRight : Qt::AlignHCenter;
        canvas.text(box, d == 0 ? tr("T0 %1").arg(t.toString(QStringLiteral("dd MMM"))) : tr("day %1").arg(d),
                    align | Qt::AlignVCenter);
    }
    canvas.polyline(QPolygonF({kPlot.topLeft(), kPlot.bottomLeft(), kPlot.bottomRight()}), ChartCanvas::Line::Axis);

    const auto maxima = series(service.latency, axis, true);
    const auto averages = series(service.latency, axis, false);
    for (const QPolygonF &line : maxima)
        canvas.polyline(line, ChartCanvas::Line::Maximum);
    for (const QPolygonF &line : averages)
        canvas.polyline(line, ChartCanvas::Line::Average);
    if (averages.isEmpty())
        canvas.text(kPlot, tr("no latency measured in these seven days"), Qt::AlignCenter);
}

void T7Chart::paint(QPainter *painter, const QRectF &rect, const T7Service &service, const QDateTime &from,
                    const QDateTime &to, const QDateTime &end)
{
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / kWidth, rect.height() / kHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    PainterCanvas canvas(painter);
    draw(canvas, service, from, to, end);
    painter->restore();
}

QString T7Chart::svg(const T7Service &service, const QDateTime &from, const QDateTime &to, const QDateTime &end,
                     const QString &idPrefix)
{
    SvgCanvas canvas(idPrefix);
    draw(canvas, service, from, to, end);
    return canvas.svg();
}

T7ChartObject::T7ChartObject(const T7Report &report, QObject *parent)
    : QObject(parent),
      m_services(report.services),
      m_from(report.windowFrom),
      m_to(report.windowTo),
      m_end(std::min(report.windowTo, report.generatedAt))
{}

QSizeF T7ChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &)
{
    double width = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
    if (width <= 0)
        width = T7Chart::kWidth;
    width -= 2 * doc->documentMargin();
    return {width, width * T7Chart::kHeight / T7Chart::kWidth};
}

void T7ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(T7Chart::kServiceProperty);
    if (index < 0 || index >= m_services.size())
        return;
    T7Chart::paint(painter, rect, m_services.at(index), m_from, m_to, m_end);
}
