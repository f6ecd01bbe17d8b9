#include "ui/wall/PhaseBars.h"

#include <QPainter>

PhaseBars::PhaseBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
}

void PhaseBars::setPhases(const QVector<PhaseProgress> &phases)
{
    const auto same = [](const PhaseProgress &a, const PhaseProgress &b) {
        return a.title == b.title && a.done == b.done && a.total == b.total;
    };
    if (std::equal(phases.begin(), phases.end(), m_phases.begin(), m_phases.end(), same))
        return;
    m_phases = phases;
    QStringList lines;
    for (const PhaseProgress &p : phases)
        lines << tr("%1: %2 of %3 done").arg(p.title).arg(p.done).arg(p.total);
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    update();
}

void PhaseBars::paintEvent(QPaintEvent *)
{
    if (m_phases.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Each row: the title above, the bar with its count below; rows share the height evenly
    // up to the font's own size.
    const int rowHeight = std::min(height() / int(m_phases.size()), fontMetrics().height() * 3);
    QFont f = font();
    f.setPixelSize(std::max(10, std::min(rowHeight * 2 / 5, font().pixelSize() * 4 / 5)));
    painter.setFont(f);
    const QFontMetrics fm(f);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor track = palette().color(QPalette::Window).lighter(180);
    const QColor fill(0x2e, 0x7d, 0x32);
    for (int i = 0; i < m_phases.size(); ++i) {
        const PhaseProgress &p = m_phases.at(i);
        const int top = i * rowHeight;
        const QString count = QStringLiteral("%1/%2").arg(p.done).arg(p.total);
        const int countWidth = fm.horizontalAdvance(QStringLiteral("000/000"));
        painter.setPen(text);
        painter.drawText(QRect(0, top, width() - countWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(p.title, Qt::ElideRight, width() - countWidth - fm.averageCharWidth()));
        painter.drawText(QRect(width() - countWidth, top, countWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         count);
        const QRectF bar(0, top + fm.height() + 2, width(), std::max(4, rowHeight - fm.height() - 8));
        painter.setPen(Qt::NoPen);
        painter.setBrush(track);
        painter.drawRoundedRect(bar, 3, 3);
        if (p.total > 0 && p.done > 0) {
            painter.setBrush(fill);
            painter.drawRoundedRect(QRectF(bar.topLeft(), QSizeF(bar.width() * p.done / p.total, bar.height())), 3, 3);
        }
    }
}
