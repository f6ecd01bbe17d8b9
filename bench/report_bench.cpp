// Makes a full 7-day launch for the T+7 report benchmark (bench/run-report.sh): a record with T0,
// ticks by three leads, the Day 7 review, hourly reports, incidents and at least EVENTS events, and
// beside it a probe history of SERVICES services every 30 s for seven days.
//   report_bench --dir DIR [--services 50] [--events 1000] [--hours 6] [--incidents 3]
#include "models/session/DeskFiles.h"
#include "tests/T7ReportFixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("dir"), QStringLiteral("Where to make the launch."), QStringLiteral("DIR")},
         {QStringLiteral("services"), QStringLiteral("Services."), QStringLiteral("N"), QStringLiteral("50")},
         {QStringLiteral("events"), QStringLiteral("Audit events."), QStringLiteral("N"), QStringLiteral("1000")},
         {QStringLiteral("hours"), QStringLiteral("Hourly reports."), QStringLiteral("N"), QStringLiteral("6")},
         {QStringLiteral("incidents"), QStringLiteral("Incidents."), QStringLiteral("N"), QStringLiteral("3")}});
    parser.process(app);
    QTextStream out(stdout);
    const QString dir = parser.value(QStringLiteral("dir"));
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        out << "report_bench: --dir DIR is needed (and must be creatable)" << Qt::endl;
        return 2;
    }
    const QString db = QDir(dir).filePath(QStringLiteral("launch.sqlite"));
    // A week that is over: T0 eight days ago.
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-8);
    QElapsedTimer timer;
    timer.start();
    auto opened = LaunchRecord::open(db, T7Fixture::projectManager());
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    if (Status s = T7Fixture::fillRecord(*opened.value(), t0, parser.value(QStringLiteral("incidents")).toInt(),
                                         parser.value(QStringLiteral("hours")).toInt(),
                                         parser.value(QStringLiteral("events")).toInt());
        !s) {
        out << "record: " << s.message() << Qt::endl;
        return 1;
    }
    out << "record: " << opened.value()->headSeq() << " events in " << timer.elapsed() << " ms" << Qt::endl;
    timer.restart();
    auto history = ProbeHistory::open(DeskFiles::historyPathFor(db));
    if (!history) {
        out << history.error().message << Qt::endl;
        return 1;
    }
    QStringList services;
    for (int i = 0; i < parser.value(QStringLiteral("services")).toInt(); ++i)
        services.append(QStringLiteral("service-%1").arg(i, 2, 10, QLatin1Char('0')));
    if (Status s = T7Fixture::fillHistory(*history.value(), services, t0, 7, 30); !s) {
        out << "history: " << s.message() << Qt::endl;
        return 1;
    }
    out << "history: " << services.size() << " services x 7 days every 30 s in " << timer.elapsed() << " ms" << Qt::endl
        << db << Qt::endl;
    return 0;
}
