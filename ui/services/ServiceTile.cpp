#include "ui/services/ServiceTile.h"

#include "models/timeline/TimeWords.h"
#include "ui/services/Sparkline.h"
#include "ui/services/StateStyle.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QString percent(const UptimeReport &r)
{
    const double p = r.uptimePercent();
    return p < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(QLocale().toString(p, 'f', p >= 99.995 ? 0 : 2));
}
} // namespace

ServiceTile::ServiceTile(const ServiceDefinition &service, QWidget *parent)
    : QFrame(parent),
      m_name(service.name),
      m_title(new QLabel(this)),
      m_badge(new QLabel(this)),
      m_reason(new QLabel(this)),
      m_metrics(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceTile"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFixedWidth(230);
    setToolTip(tr("%1 — %2\nClick for the week's chart and every change of state.")
                   .arg(service.name, service.displayTarget()));
    m_title->setText(QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                         .arg(service.name.toHtmlEscaped(), service.group.toHtmlEscaped()));
    m_badge->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(false);
    QFont small = m_reason->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_reason->setFont(small);
    m_metrics->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_badge);
    layout->addWidget(m_reason);
    layout->addWidget(m_metrics);
    // The sparkline (Qt Charts) is made when the first summary arrives, off the start-up path;
    // until then a spacer of its height keeps the tile from jumping.
    layout->addSpacing(32);
    ProbeResult initial;
    initial.service = service.name;
    initial.reason = service.isConfigured() ? tr("not probed yet") : service.configError;
    showResult(initial);
    // A fixed size: a new text in a label then lays out this tile only, not the whole grid of
    // hundreds of tiles (a widget whose size cannot change does not ask its parent for a layout).
    setFixedHeight(sizeHint().height());
}

void ServiceTile::showResult(const ProbeResult &result)
{
    // Restyling (a style sheet, the chart's pen) costs far more than text: only on a change of state.
    const bool newState = result.state != m_state || m_badge->text().isEmpty();
    if (result.state != m_state || !m_since.isValid())
        m_since = result.time.isValid() ? result.time : QDateTime::currentDateTimeUtc();
    m_state = result.state;
    m_latencyMs = result.latencyMs;
    if (newState) {
        const QColor colour = StateStyle::colour(m_state);
        if (m_sparkline)
            m_sparkline->setColour(colour);
        m_badge->setText(StateStyle::label(m_state));
        m_badge->setStyleSheet(
            QStringLiteral("background:%1; color:white; font-weight:bold; border-radius:3px; padding:2px")
                .arg(colour.name()));
    }
    const QString reason = result.reason;
    if (reason != m_reason->property("fullText").toString()) {
        m_reason->setText(m_reason->fontMetrics().elidedText(reason, Qt::ElideRight, width() - 16));
        m_reason->setToolTip(reason);
        m_reason->setProperty("fullText", reason);
    }
    updateMetrics();
}

void ServiceTile::showSummary(const TileSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    if (!m_sparkline) {
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        delete layout->takeAt(layout->count() - 1); // the spacer
        m_sparkline = new Sparkline(this);
        m_sparkline->setFixedHeight(32);
        layout->addWidget(m_sparkline);
    }
    m_sparkline->setPoints(summary.sparkline, StateStyle::colour(m_state));
    updateMetrics();
}

void ServiceTile::updateMetrics()
{
    QStringList parts;
    parts.append(m_latencyMs >= 0 ? tr("%1 ms").arg(m_latencyMs) : tr("– ms"));
    if (m_hasSummary) {
        parts.append(tr("%1 (24 h)").arg(percent(m_summary.lastDay)));
        if (m_summary.hasT0)
            parts.append(tr("%1 since T0").arg(percent(m_summary.sinceT0)));
    }
    parts.append(tr("since %1").arg(shownTime(m_since)));
    m_metrics->setText(parts.join(QStringLiteral(" · ")));
    if (m_hasSummary) {
        m_metrics->setToolTip(tr("Uptime, measured in time: last hour %1, 24 h %2%3\nDowntime in 24 h: %L4 min")
                                  .arg(percent(m_summary.lastHour), percent(m_summary.lastDay),
                                       m_summary.hasT0
                                           ? tr(", since T0 %1, 7 days after T0 %2")
                                                 .arg(percent(m_summary.sinceT0), percent(m_summary.weekAfterT0))
                                           : QString())
                                  .arg(m_summary.lastDay.downtimeMinutes(), 0, 'f', 1));
    }
}

QString ServiceTile::stateText() const
{
    return m_badge->text();
}

QString ServiceTile::metricsText() const
{
    return m_metrics->text();
}

QString ServiceTile::reasonText() const
{
    return m_reason->property("fullText").toString();
}

void ServiceTile::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    emit activated(m_name);
}

void ServiceTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_name);
        return;
    }
    QFrame::keyPressEvent(event);
}
