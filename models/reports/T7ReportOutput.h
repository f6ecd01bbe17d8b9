#pragma once

#include "models/reports/T7Report.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>

class QPagedPaintDevice;

// The T+7 report on paper and in files: pages with a running header (the report's title, the
// launch and its T0) and at the foot when it was made, the record's head it shows and "Page N of
// M", on any paged device (QPdfWriter, a QPrinter from the print preview); a PDF or HTML file
// written whole or not at all.
class T7ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(T7ReportOutput)

public:
    enum class Format {
        Pdf,
        Html
    };

    // The margins a new PDF gets (the printer keeps the user's page setup).
    static QMarginsF defaultMarginsMm() { return {18, 15, 18, 15}; }

    // Lays the report out on the device's page layout and paints every page; returns the number
    // of pages (0 when the device could not be painted on).
    static int print(const T7Report &report, QPagedPaintDevice *device);
    static Result<QByteArray> pdf(const T7Report &report, const QPageSize &pageSize);
    static QByteArray html(const T7Report &report);

    // Writes through a temporary file beside path and renames it over path when complete: an
    // earlier file stays as it was on any failure, and a reader never sees half a report.
    static Status write(const T7Report &report, const QString &path, Format format, const QPageSize &pageSize);
};
