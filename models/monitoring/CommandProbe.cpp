#include "models/monitoring/CommandProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

bool isDocker(const QString &program)
{
    return QFileInfo(program).fileName() == QLatin1String("docker");
}

// The unix socket the docker CLI talks to, or empty when it talks elsewhere (TCP, ssh, a context).
QString dockerSocketPath()
{
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (!host.isEmpty())
        return host.startsWith(QLatin1String("unix://")) ? host.mid(7) : QString();
    if (!qEnvironmentVariable("DOCKER_CONTEXT").isEmpty())
        return {};
    QString config = qEnvironmentVariable("DOCKER_CONFIG");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.docker");
    QFile file(config + QStringLiteral("/config.json"));
    if (file.open(QIODevice::ReadOnly) && file.size() < qint64{1024} * 1024) {
        const QString context =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("currentContext")).toString();
        if (!context.isEmpty() && context != QLatin1String("default"))
            return {};
    }
    return QStringLiteral("/var/run/docker.sock");
}

bool mayReadAndWrite(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), R_OK | W_OK) == 0;
#else
    const QFileInfo info(path);
    return info.isReadable() && info.isWritable();
#endif
}

} // namespace

QStringList ToolFacts::dockerPluginFolders()
{
    QString config = qEnvironmentVariable("DOCKER_CONFIG");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.docker");
    return {config + QStringLiteral("/cli-plugins"), QStringLiteral("/usr/local/lib/docker/cli-plugins"),
            QStringLiteral("/usr/local/libexec/docker/cli-plugins"), QStringLiteral("/usr/lib/docker/cli-plugins"),
            QStringLiteral("/usr/libexec/docker/cli-plugins")};
}

ToolFacts ToolFacts::gather(const QString &program, const QStringList &arguments)
{
    ToolFacts f;
    const QString path = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    const QFileInfo info(path);
    f.programFound = !path.isEmpty() && info.exists();
    f.programExecutable = f.programFound && info.isFile() && info.isExecutable();
    if (!isDocker(program) || !f.programExecutable)
        return f;
    if (arguments.value(0) == QLatin1String("compose")) {
        const QStringList folders = dockerPluginFolders();
        f.composePluginFound = std::any_of(folders.begin(), folders.end(), [](const QString &folder) {
            return QFileInfo(folder + QStringLiteral("/docker-compose")).isExecutable();
        });
    }
    f.dockerSocket = dockerSocketPath();
    if (!f.dockerSocket.isEmpty()) {
        f.socketExists = QFileInfo::exists(f.dockerSocket);
        f.socketAccessible = f.socketExists && mayReadAndWrite(f.dockerSocket);
    }
    return f;
}

QString explainMissingTool(const QString &program, const QStringList &arguments, bool failedToStart, int exitCode,
                           const ToolFacts &facts)
{
    if (failedToStart || !facts.programFound || !facts.programExecutable) {
        if (!facts.programFound)
            return QCoreApplication::translate("CommandProbe", "`%1` not found: it is not installed, or not on PATH")
                .arg(program);
        if (!facts.programExecutable)
            return QCoreApplication::translate("CommandProbe", "`%1` cannot be run: permission denied").arg(program);
        return {};
    }
    if (exitCode == 0 || !isDocker(program))
        return {};
    if (arguments.value(0) == QLatin1String("compose") && !facts.composePluginFound)
        return QCoreApplication::translate(
            "CommandProbe", "`docker compose` is not installed: Docker has no Compose plugin (docker-compose-plugin)");
    if (facts.dockerSocket.isEmpty())
        return {};
    if (!facts.socketExists)
        return QCoreApplication::translate("CommandProbe", "the Docker daemon is not running: no socket at %1")
            .arg(facts.dockerSocket);
    if (!facts.socketAccessible)
        return QCoreApplication::translate(
                   "CommandProbe", "permission to the Docker socket %1 denied: add the user to the docker group")
            .arg(facts.dockerSocket);
    return {};
}

bool cannotRunHere(const QString &program, const QStringList &arguments, bool failedToStart, int exitCode,
                   const ToolFacts &facts)
{
    // Not started at all: whatever the cause, the program never looked at the service.
    if (failedToStart || !facts.programFound || !facts.programExecutable)
        return true;
    if (exitCode == 0 || !isDocker(program))
        return false;
    if (arguments.value(0) == QLatin1String("compose") && !facts.composePluginFound)
        return true;
    return !facts.dockerSocket.isEmpty() && facts.socketExists && !facts.socketAccessible;
}

CommandProbe::CommandProbe(QObject *parent) : ProbeBase(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const qint64 room = kMaxOutput - m_observation.body.size();
        const QByteArray chunk = m_process.readAllStandardOutput();
        m_observation.body += chunk.left(qMax<qint64>(0, room));
        if (chunk.size() > room)
            m_observation.bodyTruncated = true;
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Drained so the program never blocks on a full pipe; the start is kept for the reason.
        const QByteArray chunk = m_process.readAllStandardError();
        if (m_observation.errorOutput.size() < 4096)
            m_observation.errorOutput += chunk.left(4096 - m_observation.errorOutput.size());
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const ToolFacts facts = ToolFacts::gather(m_program, m_arguments);
        const QString missing = explainMissingTool(m_program, m_arguments, true, -1, facts);
        conclude(missing.isEmpty() ? QCoreApplication::translate("CommandProbe", "cannot run %1: %2")
                                         .arg(m_program, m_process.errorString())
                                   : missing,
                 cannotRunHere(m_program, m_arguments, true, -1, facts));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_observation.body +=
            m_process.readAllStandardOutput().left(qMax<qint64>(0, kMaxOutput - m_observation.body.size()));
        if (status == QProcess::CrashExit) {
            conclude(QCoreApplication::translate("CommandProbe", "%1 crashed").arg(m_program));
            return;
        }
        m_observation.connected = true;
        m_observation.exitCode = exitCode;
        // The facts are gathered only when the command failed: a healthy probe costs no look-ups.
        if (exitCode == 0) {
            conclude(QString());
            return;
        }
        const ToolFacts facts = ToolFacts::gather(m_program, m_arguments);
        conclude(explainMissingTool(m_program, m_arguments, false, exitCode, facts),
                 cannotRunHere(m_program, m_arguments, false, exitCode, facts));
    });
}

CommandProbe::~CommandProbe()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void CommandProbe::start(const QString &program, const QStringList &arguments, int timeoutMs)
{
    m_program = program;
    m_arguments = arguments;
    startClock(timeoutMs);
    m_process.start(program, arguments);
}

void CommandProbe::deadlinePassed()
{
    m_process.kill();
    conclude(QCoreApplication::translate("CommandProbe", "%1 did not finish within %2 s")
                 .arg(m_program)
                 .arg(timeoutMs() / 1000.0));
}

void CommandProbe::conclude(const QString &failure, bool notSetUpHere)
{
    ProbeOutcome outcome;
    outcome.observation = m_observation;
    outcome.failure = failure;
    outcome.notSetUpHere = notSetUpHere && !failure.isEmpty();
    finish(outcome);
}
