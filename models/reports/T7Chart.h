#pragma once

#include "models/reports/T7Report.h"

#include <QCoreApplication>
#include <QObject>
#include <QPolygonF>
#include <QTextObjectInterface>

class QPainter;

// Where a chart is drawn: a QPainter (the PDF and the printer, so the chart stays vector) or SVG
// text (the HTML report). The chart is laid out once, in its own units, for both.
class ChartCanvas
{
public:
    enum class Line {
        Axis,
        Grid,
        Average,
        Maximum
    };
    enum class Band {
        Down,
        Degraded
    };

    virtual ~ChartCanvas() = default;
    virtual void polyline(const QPolygonF &points, Line style) = 0;
    virtual void band(const QRectF &rect, Band style) = 0;
    virtual void text(const QRectF &box, const QString &text, Qt::Alignment align, bool bold = false) = 0;
};

// The uptime and latency chart of one service over the report's seven days: average and maximum
// latency as a solid and a dashed line, time DOWN hatched and DEGRADED dotted under them, each
// named in a legend, so that it reads on a black-and-white printout.
class T7Chart
{
    Q_DECLARE_TR_FUNCTIONS(T7Chart)

public:
    // The chart's own units; a painter is scaled to the rectangle it gets.
    static constexpr double kWidth = 680;
    static constexpr double kHeight = 170;

    // The text object that stands for a chart in the report's QTextDocument.
    static constexpr int kObjectType = QTextFormat::UserObject + 71;
    static constexpr int kServiceProperty = QTextFormat::UserProperty + 71;

    // end: where time stops for the chart (the report's time, or the end of the window).
    static void draw(ChartCanvas &canvas, const T7Service &service, const QDateTime &from, const QDateTime &to,
                     const QDateTime &end);
    static void paint(QPainter *painter, const QRectF &rect, const T7Service &service, const QDateTime &from,
                      const QDateTime &to, const QDateTime &end);
    // A standalone <svg> element; idPrefix keeps the patterns of several charts in one page apart.
    static QString svg(const T7Service &service, const QDateTime &from, const QDateTime &to, const QDateTime &end,
                       const QString &idPrefix);
};

// Draws the charts of a report's QTextDocument: register it on the document's layout for
// T7Chart::kObjectType. Owned by the document.
class T7ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    T7ChartObject(const T7Report &report, QObject *parent);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QVector<T7Service> m_services;
    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_end;
};
