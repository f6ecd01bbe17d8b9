#include "app/CheckCommand.h"

#include "app/CommandLine.h"
#include "app/TerminalStream.h"
#include "models/monitoring/CheckRound.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

enum CheckExit {
    AllUp = 0,
    SomeDegraded = 1,
    SomeDown = 2,
    BadConfiguration = 64
};

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

} // namespace

int runCheckCommand(const CommandLine &c)
{
    TerminalStream out(stdout); // for people: a server's words are shown, not obeyed
    TerminalStream err(stderr);
    const QString path = c.servicesPath.isEmpty() ? ServiceCatalogue::defaultCataloguePath() : c.servicesPath;
    const auto loaded = ServiceCatalogue::load(path);
    if (!loaded) {
        err << "golive: " << loaded.error().message << Qt::endl;
        return BadConfiguration;
    }
    const QVector<ServiceDefinition> &services = loaded.value();
    CheckRound round;
    QEventLoop loop;
    QObject::connect(&round, &CheckRound::finished, &loop, &QEventLoop::quit);
    round.start(services);
    if (!round.results().isEmpty())
        loop.exec();

    int exitCode = AllUp;
    bool badConfiguration = false;
    for (int i = 0; i < services.size(); ++i) {
        const ServiceDefinition &s = services.at(i);
        const ProbeResult &r = round.results().at(i);
        if (!s.isConfigured() && !s.notSetUpHere)
            badConfiguration = true;
        if (r.state == ServiceState::Down)
            exitCode = qMax<int>(exitCode, SomeDown);
        else if (r.state == ServiceState::Degraded)
            exitCode = qMax<int>(exitCode, SomeDegraded);
    }
    if (badConfiguration)
        exitCode = BadConfiguration;

    if (c.json) {
        QJsonArray rows;
        for (int i = 0; i < services.size(); ++i) {
            const ServiceDefinition &s = services.at(i);
            const ProbeResult &r = round.results().at(i);
            QJsonObject o;
            o.insert(QStringLiteral("name"), s.name);
            o.insert(QStringLiteral("group"), s.group);
            o.insert(QStringLiteral("kind"), ServiceDefinition::kindName(s.kind));
            o.insert(QStringLiteral("target"), s.displayTarget());
            o.insert(QStringLiteral("state"), serviceStateName(r.state));
            o.insert(QStringLiteral("latencyMs"), r.latencyMs >= 0 ? QJsonValue(r.latencyMs) : QJsonValue());
            o.insert(QStringLiteral("reason"), r.reason);
            o.insert(QStringLiteral("checkedAt"), r.time.toString(Qt::ISODateWithMs));
            rows.append(o);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("services"), rows);
        doc.insert(QStringLiteral("exitCode"), exitCode);
        QTextStream(stdout) << QJsonDocument(doc).toJson(QJsonDocument::Indented); // JSON escapes its own
        return exitCode;
    }
    int nameWidth = int(QCoreApplication::translate("CheckCommand", "SERVICE").size());
    for (const ServiceDefinition &s : std::as_const(services))
        nameWidth = qMax(nameWidth, int(s.name.size()));
    // The states in the desk's language ("AUSGEFALLEN"); --json keeps the record's words.
    int stateWidth = int(QCoreApplication::translate("CheckCommand", "STATE").size());
    for (const ProbeResult &r : round.results())
        stateWidth = qMax(stateWidth, int(serviceStateWord(r.state).size()));
    out << padded(QCoreApplication::translate("CheckCommand", "SERVICE"), nameWidth) << "  "
        << padded(QCoreApplication::translate("CheckCommand", "STATE"), stateWidth) << "  "
        << padded(QCoreApplication::translate("CheckCommand", "LATENCY"), 8) << "  "
        << QCoreApplication::translate("CheckCommand", "REASON") << '\n';
    for (int i = 0; i < services.size(); ++i) {
        const ProbeResult &r = round.results().at(i);
        out << padded(services.at(i).name, nameWidth) << "  " << padded(serviceStateWord(r.state), stateWidth) << "  "
            << padded(r.latencyMs >= 0 ? QCoreApplication::translate("CheckCommand", "%1 ms").arg(r.latencyMs)
                                       : QStringLiteral("-"),
                      8)
            << "  " << r.reason << '\n';
    }
    out.flush(); // one write for the table, not one per line
    return exitCode;
}
