#include "ui/reports/T7ReportActions.h"

#include "models/reports/T7ReportOutput.h"
#include "models/session/LaunchRecord.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QThread>

namespace {

QPageSize localPageSize()
{
    return QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

T7ReportActions::T7ReportActions(LaunchRecord *session, QWidget *window)
    : QObject(window),
      m_session(session),
      m_window(window),
      m_preview(new QAction(tr("T+7 &report…"), this)),
      m_savePdf(new QAction(tr("Save report as &PDF…"), this))
{
    m_preview->setShortcut(QKeySequence::Print);
    connect(m_preview, &QAction::triggered, this, &T7ReportActions::preview);
    connect(m_savePdf, &QAction::triggered, this, &T7ReportActions::savePdf);
    connect(this, &T7ReportActions::failed, this,
            [this](const QString &message) { QMessageBox::warning(m_window, tr("T+7 report"), message); });
}

T7ReportInputs T7ReportActions::inputs() const
{
    T7ReportInputs in = m_inputs ? m_inputs() : T7ReportInputs();
    if (!in.now.isValid())
        in.now = QDateTime::currentDateTimeUtc();
    return in;
}

void T7ReportActions::runInBackground(std::function<void()> work)
{
    m_busy = true;
    m_preview->setEnabled(false);
    m_savePdf->setEnabled(false);
    QThread *worker = QThread::create(std::move(work));
    connect(worker, &QThread::finished, this, [this, worker] {
        worker->deleteLater();
        m_busy = false;
        m_preview->setEnabled(true);
        m_savePdf->setEnabled(true);
    });
    worker->start();
}

void T7ReportActions::preview()
{
    if (m_busy)
        return;
    QPointer<T7ReportActions> self(this);
    const QString path = m_session->store().address();
    const T7ReportInputs in = inputs();
    runInBackground([self, path, in] {
        auto report = T7ReportGather::load(path, in);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, report] {
            if (!self)
                return;
            if (!report) {
                emit self->failed(report.error().message);
                return;
            }
            emit self->gathered(report.value());
            self->showPreview(report.value());
        });
    });
}

void T7ReportActions::showPreview(const T7Report &report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("T+7 report"));
    printer.setPageLayout(QPageLayout(localPageSize(), QPageLayout::Portrait, T7ReportOutput::defaultMarginsMm(),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("T+7 report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *target) { T7ReportOutput::print(report, target); });
    dialog.exec();
}

void T7ReportActions::savePdf()
{
    if (m_busy)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save report as PDF"),
                                                      QStringLiteral("t7-report.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

void T7ReportActions::savePdfTo(const QString &path)
{
    if (m_busy)
        return;
    QPointer<T7ReportActions> self(this);
    const QString store = m_session->store().address();
    const T7ReportInputs in = inputs();
    const QPageSize size = localPageSize();
    runInBackground([self, store, in, path, size] {
        auto report = T7ReportGather::load(store, in);
        const Status written =
            report ? T7ReportOutput::write(report.value(), path, T7ReportOutput::Format::Pdf, size) : report.status();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, written, path] {
            if (!self)
                return;
            if (written)
                emit self->saved(path);
            else
                emit self->failed(written.message());
        });
    });
}
