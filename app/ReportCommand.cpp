#include "app/ReportCommand.h"

#include "app/CommandLine.h"
#include "models/reports/T7ReportOutput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const CommandLine &c)
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        auto usage = [&err](const QString &message) {
            err << "golive: " << message << Qt::endl;
            return 2;
        };
        if (!c.arguments.isEmpty())
            return usage(tr("report takes no arguments: golive report --out FILE.pdf [--format pdf|html] "
                            "[--page-size A4|Letter]"));
        if (c.output.isEmpty())
            return usage(tr("report needs --out FILE: where to write the report"));
        // Without --format the file's suffix decides; a PDF otherwise.
        QString format = c.formatGiven ? c.format : QFileInfo(c.output).suffix().toLower();
        if (format == QLatin1String("htm"))
            format = QStringLiteral("html");
        if (!c.formatGiven && format != QLatin1String("html"))
            format = QStringLiteral("pdf");
        if (format != QLatin1String("pdf") && format != QLatin1String("html"))
            return usage(tr("unknown report format \"%1\": use pdf or html").arg(c.format));
        QPageSize pageSize(QPageSize::A4);
        if (c.pageSize.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
            pageSize = QPageSize(QPageSize::Letter);
        else if (c.pageSize.compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0)
            return usage(tr("unknown page size \"%1\": use A4 or Letter").arg(c.pageSize));

        // The criteria and the sign-off as the record has them.
        auto report = T7ReportGather::load(c.storePath, T7ReportInputs());
        if (!report) {
            err << "golive: " << report.error().message << Qt::endl;
            return 1;
        }
        const bool existed = QFileInfo::exists(c.output);
        const Status written = T7ReportOutput::write(
            report.value(), c.output,
            format == QLatin1String("html") ? T7ReportOutput::Format::Html : T7ReportOutput::Format::Pdf, pageSize);
        if (!written) {
            err << "golive: " << written.message() << Qt::endl;
            return 1;
        }
        out << (existed ? tr("Replaced %1 with the T+7 report (%2, %3).") : tr("Wrote the T+7 report to %1 (%2, %3)."))
                   .arg(c.output, format.toUpper(), format == QLatin1String("html") ? tr("no pages") : pageSize.name())
            << Qt::endl;
        if (!report.value().verify.intact) {
            err << "golive: "
                << tr("the audit trail of %1 did not verify; the report says where: %2")
                       .arg(report.value().storePath, report.value().verify.reason)
                << Qt::endl;
            return 3;
        }
        return 0;
    }
};

} // namespace

int runReportCommand(const CommandLine &commandLine)
{
    return ReportCommand::run(commandLine);
}
