#include "app/GuiApplication.h"

#include "app/CommandLine.h"
#include "models/collectors/CollectorDefinition.h"
#include "models/criteria/CriteriaDesk.h"
#include "models/monitoring/MonitoringService.h"
#include "models/reports/ReportDesk.h"
#include "models/session/DeskFiles.h"
#include "models/session/LaunchRecord.h"
#include "models/session/MonitoringLink.h"
#include "models/session/OperatorProfile.h"
#include "models/signoff/SignOffDesk.h"
#include "models/timeline/LaunchTimeline.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <utility>

namespace {

// Runs a function once, right after the watched window has painted for the first time.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QObject *parent, std::function<void()> afterPaint)
        : QObject(parent), m_afterPaint(std::move(afterPaint))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_afterPaint) {
            if (qEnvironmentVariableIntValue("GOLIVE_STARTUP_TRACE"))
                QTextStream(stderr) << "startup: first paint" << Qt::endl;
            QTimer::singleShot(0, this, std::exchange(m_afterPaint, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_afterPaint;
};

} // namespace

int runGui(const CommandLine &c)
{
    // GOLIVE_STARTUP_TRACE=1 prints how long each start-up stage took, for the start-up bench.
    QElapsedTimer clock;
    clock.start();
    const bool trace = qEnvironmentVariableIntValue("GOLIVE_STARTUP_TRACE") != 0;
    auto stage = [&](const char *name) {
        if (trace)
            QTextStream(stderr) << "startup: " << name << " at " << clock.nsecsElapsed() / 1000000.0 << " ms"
                                << Qt::endl;
    };
    // Nobody until someone says who they are (--as, or the question after the first paint): the
    // embedded checklist a first start imports is the program's, and nothing else is recorded.
    Actor actor = OperatorProfile::load();
    if (!c.actorName.isEmpty())
        actor = Actor::person(c.actorName, c.actorRole);

    LaunchRecord::OpenOptions options;
    options.allowReadOnly = true;
    // The window shows at once; startVerify() checks every page and the hash chain meanwhile.
    options.deferIntegrityCheck = true;
    // The window never waits on the disk: changes are committed on the record's writer thread.
    options.asyncWrites = true;
    auto opened = LaunchRecord::open(c.storePath, actor, options);
    stage("store opened, state derived");
    if (!opened) {
        QTextStream(stderr) << "golive: " << opened.error().message << Qt::endl;
        if (!c.smoke)
            QMessageBox::critical(nullptr, QObject::tr("Go-Live Control cannot start"), opened.error().message);
        return 1;
    }
    std::unique_ptr<LaunchRecord> session = std::move(opened.value());

    // The timeline outlives nothing it points at: after the session, before the window.
    LaunchTimeline timeline(session.get());
    timeline.startTicking(15000);
    stage("timeline built");
    // The hourly reports: proposed from the collectors and the probe history once each hour is over.
    ReportDesk reports(session.get());
    reports.setTimeline(&timeline);
    stage("report desk built");
    std::unique_ptr<SignOffDesk> signOff; // built after the first paint; outlives the window
    MainWindow window(session.get());
    stage("main window built");
    // Another record (File → Connect to team record…): this run ends and a new one opens it, so
    // every desk, thread and file of the old record closes as at any exit.
    QObject::connect(&window, &MainWindow::teamRecordChosen, qApp, [&c](const QString &address) {
        QStringList arguments{QStringLiteral("--db"), address};
        if (!c.servicesPath.isEmpty())
            arguments << QStringLiteral("--services") << c.servicesPath;
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
            QMessageBox::warning(nullptr, QObject::tr("Go-Live Control"),
                                 QObject::tr("Go-Live Control could not be started again on %1.").arg(address));
            return;
        }
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    window.attachTimeline(&timeline);
    stage("timeline docks built");
    stage("window built");

    // The service tiles: probes and history on their own thread, the catalogue from --services,
    // the path remembered in the settings, or the embedded default.
    MonitoringService monitoring;
    QVector<ServiceDefinition> services;
    const QString cataloguePath = !c.servicesPath.isEmpty()
        ? c.servicesPath
        : QSettings().value(QStringLiteral("services/catalogue"), ServiceCatalogue::defaultCataloguePath()).toString();
    if (const auto loaded = ServiceCatalogue::load(cataloguePath); loaded)
        services = loaded.value();
    else
        QTextStream(stderr) << "golive: " << loaded.error().message << Qt::endl;
    monitoring.setServices(services);
    // Confirmed outages go into the record from the core, not from the window.
    MonitoringLink link(session.get(), &monitoring);
    window.attachMonitoring(&monitoring);
    stage("tiles built");
    if (const auto collectors = CollectorCatalogue::load(cataloguePath))
        reports.setCollectors(*collectors);
    QObject::connect(&reports, &ReportDesk::healthWanted, &monitoring, &MonitoringService::requestHourHealth);
    QObject::connect(&monitoring, &MonitoringService::hourHealthReady, &reports, &ReportDesk::setHealth);
    QTimer reportsTick;
    QObject::connect(&reportsTick, &QTimer::timeout, &reports, &ReportDesk::refresh);
    // The success criteria: the system's uptime from the history (read on a thread of its own), the
    // averages from the same collectors over the 7 days after T0, the audit trail from verify.
    CriteriaDesk criteria(window.checklistDesk());
    if (const auto collectors = CollectorCatalogue::load(cataloguePath))
        criteria.setCollectors(*collectors);
    const QString criteriaHistoryPath = DeskFiles::historyPathFor(session->store().address());
    auto serviceNames = [&monitoring] {
        QStringList names;
        for (const ServiceDefinition &s : monitoring.services())
            names << s.name;
        return names;
    };
    criteria.setHistory(criteriaHistoryPath, serviceNames());
    QObject::connect(
        &monitoring, &MonitoringService::servicesReplaced, &criteria,
        [&criteria, &serviceNames, criteriaHistoryPath] { criteria.setHistory(criteriaHistoryPath, serviceNames()); });
    QTimer criteriaTick;
    QObject::connect(&criteriaTick, &QTimer::timeout, &criteria, &CriteriaDesk::refresh);

    if (c.smoke) {
        // The window has painted: start-up is complete.
        window.installEventFilter(new FirstPaintWatcher(&window, [] { QCoreApplication::exit(0); }));
        QTimer::singleShot(60000, qApp, [] {
            QTextStream(stderr) << "golive: the main window did not paint within 60 s" << Qt::endl;
            QCoreApplication::exit(1);
        });
        window.show();
        return QApplication::exec();
    }
    // What can wait does, until the window is on screen: the probes, the check of the whole
    // audit trail, and the question who is at the desk.
    const QString historyPath = DeskFiles::historyPathFor(session->store().address());
    window.installEventFilter(new FirstPaintWatcher(&window, [&] {
        // The incident desk and the reports dock (Qt Charts) are built once the checklist and the
        // tiles are on screen.
        window.attachIncidents();
        window.attachReports(&reports);
        signOff = std::make_unique<SignOffDesk>(session.get());
        signOff->setRecordInvalidationsAutomatically(true);
        signOff->setCriteriaSource([&criteria] { return criteria.recorded(); });
        QObject::connect(&criteria, &CriteriaDesk::changed, signOff.get(), &SignOffDesk::changed);
        window.attachCriteria(&criteria);
        window.attachSignOff(signOff.get());
        monitoring.start(historyPath);
        reports.refresh(); // the history is open: propose the hours that are over
        reportsTick.start(60000);
        criteria.refresh(); // and once the history has had its first results, every 15 minutes
        criteriaTick.start(15 * 60000);
        session->startVerify();
        // And again after the record changes, so the status bar and the audit trail's criterion
        // never show a check of a record that has grown since.
        session->recheckAfterChanges(2000);
        if (c.actorName.isEmpty())
            window.askForOperator(false);
    }));
    window.show();
    // Another program (a CI job running `golive tick`) may write the same store.
    session->startWatching(2000);
    return QApplication::exec();
}
