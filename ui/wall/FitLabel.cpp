#include "ui/wall/FitLabel.h"

#include <QTextLayout>

FitLabel::FitLabel(QWidget *parent, Qt::TextElideMode mode) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void FitLabel::setFullText(const QString &text)
{
    if (text == m_full)
        return;
    m_full = text;
    fit();
}

void FitLabel::setPixelSize(int pixels, bool bold)
{
    QFont f = font();
    if (f.pixelSize() == pixels && f.bold() == bold)
        return;
    f.setPixelSize(pixels);
    f.setBold(bold);
    setFont(f);
    updateGeometry();
    fit();
}

void FitLabel::setMaxLines(int lines)
{
    m_maxLines = std::max(1, lines);
    updateGeometry();
    fit();
}

QSize FitLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 4,
            fontMetrics().lineSpacing() * (m_maxLines - 1) + fontMetrics().height()};
}

QSize FitLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_full), minimumSizeHint().height()};
}

void FitLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FitLabel::fit()
{
    const int width = contentsRect().width();
    QString shown;
    if (m_maxLines == 1) {
        shown = fontMetrics().elidedText(m_full, m_mode, width);
    } else {
        // Break at words into the lines there are; the last one takes the rest, cut if need be.
        QTextLayout layout(m_full, font());
        layout.beginLayout();
        QStringList lines;
        for (int i = 0; i < m_maxLines; ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            const bool last = i == m_maxLines - 1;
            const QString part = last ? m_full.mid(line.textStart()) : m_full.mid(line.textStart(), line.textLength());
            lines << (last ? fontMetrics().elidedText(part.trimmed(), Qt::ElideRight, width) : part.trimmed());
        }
        layout.endLayout();
        shown = lines.join(QLatin1Char('\n'));
    }
    setText(shown);
    setToolTip(QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' ')) == m_full ? QString() : m_full);
}
