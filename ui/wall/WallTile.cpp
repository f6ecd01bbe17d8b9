#include "ui/wall/WallTile.h"

#include "models/timeline/TimeWords.h"
#include "ui/services/StateStyle.h"
#include "ui/wall/FitLabel.h"

#include <QFontMetrics>
#include <QLocale>
#include <QVBoxLayout>

WallTile::WallTile(QWidget *parent)
    : QFrame(parent),
      m_name(new FitLabel(this)),
      m_state(new FitLabel(this)),
      m_detail(new FitLabel(this)),
      m_uptime(new FitLabel(this))
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_name);
    column->addWidget(m_state);
    column->addWidget(m_detail);
    column->addWidget(m_uptime);
    column->addStretch(1);
}

void WallTile::show(const ServiceAtGlance &service, const QDateTime &now)
{
    const QColor fill = StateStyle::colour(service.state);
    // Amber needs dark text to be read from across the room; the others take white.
    const bool light = service.state == ServiceState::Degraded || service.state == ServiceState::Pending;
    QPalette p = palette();
    p.setColor(QPalette::Window, fill);
    p.setColor(QPalette::WindowText, light ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white));
    setPalette(p);
    if (m_name->fullText() != service.name) {
        m_name->setFullText(service.name);
        fitName();
    }
    m_state->setFullText(StateStyle::label(service.state));
    QStringList detail;
    if (service.since.isValid())
        detail << tr("since %1")
                      .arg(service.since.toLocalTime().date() == now.toLocalTime().date()
                               ? shownTime(service.since)
                               : shownDateTime(service.since));
    if (service.latencyMs >= 0)
        detail << tr("%1 ms").arg(QLocale().toString(service.latencyMs));
    m_detail->setFullText(detail.join(QStringLiteral(" · ")));
    m_uptime->setFullText(service.uptimeSinceT0 >= 0
                              ? tr("%1 % since T0").arg(QLocale().toString(service.uptimeSinceT0, 'f', 2))
                              : QString());
    setAccessibleName(m_name->fullText() + QLatin1Char(' ') + serviceStateWord(service.state));
}

QString WallTile::nameText() const
{
    return m_name->fullText();
}

QString WallTile::stateText() const
{
    return m_state->fullText();
}

QString WallTile::detailText() const
{
    return m_detail->fullText() + QLatin1Char('\n') + m_uptime->fullText();
}

void WallTile::resizeEvent(QResizeEvent *event)
{
    // The state word is what must carry across the room: it takes the most of the tile.
    const int unit = std::max(10, std::min(height() / 7, width() / 10));
    m_state->setPixelSize(unit * 3 / 2, true);
    m_detail->setPixelSize(std::max(10, unit * 4 / 5));
    m_uptime->setPixelSize(std::max(10, unit * 4 / 5));
    const int margin = unit / 2;
    layout()->setContentsMargins(margin, margin / 2, margin, margin / 2);
    layout()->setSpacing(unit / 5);
    QFrame::resizeEvent(event);
    fitName();
}

void WallTile::fitName()
{
    // The whole name if a somewhat smaller size allows it; cut only below two thirds of the unit.
    const int unit = std::max(10, std::min(height() / 7, width() / 10));
    const int room = contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right();
    QFont f = m_name->font();
    f.setBold(true);
    int size = unit;
    for (; size > unit * 2 / 3; --size) {
        f.setPixelSize(size);
        if (QFontMetrics(f).horizontalAdvance(m_name->fullText()) <= room)
            break;
    }
    m_name->setPixelSize(std::max(10, size), true);
}
