#pragma once

#include "models/reports/T7Report.h"

#include <QObject>

#include <functional>

class LaunchRecord;
class QAction;
class QWidget;

// The T+7 report from the window: File → "T+7 report…" opens the print preview (print, page
// setup), File → "Save report as PDF…" writes a file. The report is gathered (record, verify,
// probe history) and a PDF written on a worker thread with connections of its own; the window
// only shows the result.
class T7ReportActions final : public QObject
{
    Q_OBJECT

public:
    // What the report takes from the criteria and the sign-off, asked on the GUI thread each time
    // a report is made. Without a provider: no criteria, the checklist's roles as missing lines.
    using InputsProvider = std::function<T7ReportInputs()>;

    T7ReportActions(LaunchRecord *session, QWidget *window);

    QAction *previewAction() const { return m_preview; }
    QAction *savePdfAction() const { return m_savePdf; }
    void setInputsProvider(InputsProvider provider) { m_inputs = std::move(provider); }

    void preview();
    // Asks for a file name, then writes the PDF there on the worker.
    void savePdf();
    void savePdfTo(const QString &path);
    bool isBusy() const { return m_busy; }

signals:
    // A report was gathered for the preview (before the dialog opens), or a PDF was written.
    void gathered(const T7Report &report);
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void runInBackground(std::function<void()> work);
    void showPreview(const T7Report &report);
    T7ReportInputs inputs() const;

    LaunchRecord *m_session;
    QWidget *m_window;
    QAction *m_preview;
    QAction *m_savePdf;
    InputsProvider m_inputs;
    bool m_busy = false;
};
