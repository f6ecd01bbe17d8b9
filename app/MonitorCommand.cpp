#include "app/MonitorCommand.h"

#include "app/CommandLine.h"
#include "app/TerminalStream.h"
#include "models/monitoring/MonitoringService.h"
#include "models/session/DeskFiles.h"
#include "models/session/LaunchRecord.h"
#include "models/session/MonitoringLink.h"
#include "models/session/OperatorProfile.h"
#include "models/signoff/RecordVerdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A signal handler may only write to a descriptor; the event loop reads the other end.
int s_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFd[0], &byte, 1);
}

bool installStopHandlers(QObject *parent, TerminalStream &err)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFd) != 0) {
        err << "golive: " << QCoreApplication::translate("MonitorCommand", "cannot set up signal handling") << Qt::endl;
        return false;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    auto *notifier = new QSocketNotifier(s_signalFd[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [notifier] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalFd[1], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    return true;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

int runMonitorCommand(const CommandLine &c)
{
    TerminalStream out(stdout); // for people: a server's words are shown, not obeyed
    TerminalStream err(stderr);
    if (!c.arguments.isEmpty()) {
        err << "golive: "
            << QCoreApplication::translate("MonitorCommand", "monitor takes no arguments; use --services and --db")
            << Qt::endl;
        return 2;
    }
    const QString cataloguePath = c.servicesPath.isEmpty() ? ServiceCatalogue::defaultCataloguePath() : c.servicesPath;
    const auto loaded = ServiceCatalogue::load(cataloguePath);
    if (!loaded) {
        err << "golive: " << loaded.error().message << Qt::endl;
        return 1;
    }
    const QVector<ServiceDefinition> &services = loaded.value();
    LaunchRecord::OpenOptions options;
    options.checkChain = true; // outages are never recorded onto a chain that does not verify
    auto opened = LaunchRecord::open(c.storePath, Actor::system(), options);
    if (!opened) {
        err << "golive: " << opened.error().message << Qt::endl;
        return 1;
    }
    LaunchRecord *session = opened.value().get();
    if (const VerifyResult *damage = session->damage()) {
        err << "golive: " << session->store().appendRefusal().message() << Qt::endl;
        return damage->firstBadSeq > 0 ? 3 : 1;
    }
    if (const Status held = RecordVerdict::beyondTheChain(session->store()); !held) {
        err << "golive: " << held.message() << Qt::endl;
        return held.code() == Error::Code::Corrupt ? 3 : 1;
    }

    QObject scope;
    if (!installStopHandlers(&scope, err))
        return 1;
    {
        MonitoringService monitoring;
        monitoring.setServices(services);
        MonitoringLink link(session, &monitoring);
        QObject::connect(&link, &MonitoringLink::recordFailed, &scope,
                         [&err](const QString &m) { err << now() << "  not recorded: " << m << Qt::endl; });
        QObject::connect(&monitoring, &MonitoringService::historyFailed, &scope,
                         [&err](const QString &m) { err << now() << "  history: " << m << Qt::endl; });
        QObject::connect(&monitoring, &MonitoringService::stateChanged, &scope,
                         [&out](const QString &service, ServiceState from, ServiceState to, const QString &reason) {
                             out << now() << "  " << service << "  " << serviceStateName(from) << " -> "
                                 << serviceStateName(to) << "  " << reason << Qt::endl;
                         });
        int configured = 0;
        for (const ServiceDefinition &s : std::as_const(services))
            configured += s.isConfigured() ? 1 : 0;
        out << now() << "  "
            << QCoreApplication::translate(
                   "MonitorCommand", "monitoring %1 of %n service(s) from %2; record %3; stop with Ctrl+C or SIGTERM",
                   nullptr, int(services.size()))
                   .arg(QString::number(configured), cataloguePath, session->store().path())
            << Qt::endl;
        monitoring.start(DeskFiles::historyPathFor(session->store().address()));
        // T0 and maintenance windows set from a window or another desk reach the uptime figures.
        session->startWatching(2000);
        QCoreApplication::exec();
        out << now() << "  stopping: writing the history" << Qt::endl;
        // ~MonitoringService stops the probes and flushes the history on their thread.
    }
    ::close(s_signalFd[0]);
    ::close(s_signalFd[1]);
    out << now() << "  stopped" << Qt::endl;
    return 0;
}
