#include "models/reports/T7ReportOutput.h"

#include "models/record/DiskSpace.h"
#include "models/reports/T7ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

int T7ReportOutput::print(const T7Report &report, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double dpi = device->logicalDpiY();
    const double pt = dpi / 72.0;
    // The painter's origin is the corner of the printable area, inside the margins.
    const QRectF area(QPointF(0, 0), device->pageLayout().paintRectPixels(int(dpi)).size());
    const double headerHeight = 26 * pt;
    const double footerHeight = 20 * pt;
    const QRectF body(0, headerHeight, area.width(), area.height() - headerHeight - footerHeight);

    std::unique_ptr<QTextDocument> doc = T7ReportDocument::build(report, device);
    doc->setPageSize(body.size());
    const int pages = doc->pageCount();

    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    QFont smallBold = small;
    smallBold.setBold(true);
    QPen rule(Qt::black);
    rule.setWidthF(0.5 * pt);
    const QString title = T7ReportDocument::title();
    const QString subtitle = T7ReportDocument::subtitle(report);
    const QString made = tr("Made %1").arg(T7ReportDocument::formatTime(report.generatedAt));
    const QString head = T7ReportDocument::headLine(report);

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        // Running header and footer.
        painter.setPen(Qt::black);
        painter.setFont(smallBold);
        const QRectF headerText(0, 0, area.width(), headerHeight - 8 * pt);
        painter.drawText(headerText, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.setFont(small);
        painter.drawText(headerText, Qt::AlignRight | Qt::AlignBottom, subtitle);
        painter.setPen(rule);
        painter.drawLine(QPointF(0, headerHeight - 5 * pt), QPointF(area.width(), headerHeight - 5 * pt));
        const QRectF footerText(0, area.height() - footerHeight + 6 * pt, area.width(), footerHeight - 6 * pt);
        painter.drawLine(QPointF(0, footerText.top() - 2 * pt), QPointF(area.width(), footerText.top() - 2 * pt));
        painter.setPen(Qt::black);
        painter.drawText(footerText, Qt::AlignLeft | Qt::AlignTop, made);
        painter.drawText(footerText, Qt::AlignHCenter | Qt::AlignTop, head);
        painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(pages));

        // This page's part of the document.
        painter.save();
        painter.translate(0, body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<QByteArray> T7ReportOutput::pdf(const T7Report &report, const QPageSize &pageSize)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(T7ReportDocument::title() + QStringLiteral(" — ") + T7ReportDocument::subtitle(report));
        writer.setCreator(QStringLiteral("Go-Live Control"));
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, defaultMarginsMm(), QPageLayout::Millimeter));
        if (print(report, &writer) == 0)
            return Error::make(Error::Code::Io, tr("The report could not be laid out as PDF."));
    }
    return bytes;
}

QByteArray T7ReportOutput::html(const T7Report &report)
{
    return T7ReportDocument::standaloneHtml(report).toUtf8();
}

Status T7ReportOutput::write(const T7Report &report, const QString &path, Format format, const QPageSize &pageSize)
{
    QByteArray bytes;
    if (format == Format::Html) {
        bytes = html(report);
    } else {
        auto made = pdf(report, pageSize);
        if (!made)
            return made.error();
        bytes = made.value();
    }
    return DiskSpace::saveWhole(path, bytes, tr("report"));
}
