#pragma once

#include <QLabel>

// A label of one line (or up to maxLines, broken at words) that shows as much of its text as
// fits, cut with "…", and the whole text in its tooltip when cut. Its height is its lines' at its
// font, whatever the text: nothing around it moves when the text changes.
class FitLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit FitLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    void setPixelSize(int pixels, bool bold = false);
    void setMaxLines(int lines);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QString m_full;
    Qt::TextElideMode m_mode;
    int m_maxLines = 1;
};
