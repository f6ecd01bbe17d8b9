#pragma once

#include "models/reports/T7Report.h"

#include <QCoreApplication>

#include <memory>

class QPaintDevice;
class QTextDocument;

// The T+7 report laid out: one HTML body from the report's data, read into a QTextDocument for
// the PDF and the printer (the charts as vector text objects, see T7Chart) or written out as a
// page of its own for the browser (the charts as inline SVG).
class T7ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(T7ReportDocument)

public:
    enum class Charts {
        TextObjects, // placeholders the QTextDocument turns into T7Chart objects
        InlineSvg,
    };

    static QString title();
    // "Go-Live checklist — T0 2026-12-03 18:00 UTC": the running header's second half.
    static QString subtitle(const T7Report &report);
    // The record's head as every page's footer prints it: "Record head SEQ:HASH" with the first 16
    // hex digits of the hash, an anchor `golive verify --expect-head` takes (a copy on paper).
    static QString headLine(const T7Report &report);
    static QString bodyHtml(const T7Report &report, Charts charts);
    // A complete HTML page for --format html.
    static QString standaloneHtml(const T7Report &report);
    // The document for paged output, laid out for layoutDevice (null: the screen) and with a
    // T7ChartObject registered for the charts.
    static std::unique_ptr<QTextDocument> build(const T7Report &report, QPaintDevice *layoutDevice);

    static QString formatTime(const QDateTime &time); // "2026-12-03 18:00 UTC", "—" when invalid
    static QString verdictWord(Verdict verdict);
    static QString statusWord(SignatureStatus status);

private:
    class Writer;
};
