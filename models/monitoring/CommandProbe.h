#pragma once

#include "models/monitoring/ProbeBase.h"

#include <QProcess>

// What the file system and the environment say about the tool a command needs; gathered only once
// the command failed. See explainMissingTool().
struct ToolFacts
{
    bool programFound = true;       // a path that exists, or a name found on PATH
    bool programExecutable = true;  // and the user may run it
    bool composePluginFound = true; // `docker compose`: docker-compose in one of Docker's CLI plugin folders
    QString dockerSocket;           // the daemon's unix socket; empty when DOCKER_HOST or a context points elsewhere
    bool socketExists = true;
    bool socketAccessible = true; // read and write for this user (root always may)

    // Docker's CLI plugin folders, in Docker's order: $DOCKER_CONFIG/cli-plugins (else ~/.docker/cli-plugins),
    // then /usr/local/lib, /usr/local/libexec, /usr/lib and /usr/libexec /docker/cli-plugins.
    static QStringList dockerPluginFolders();
    static ToolFacts gather(const QString &program, const QStringList &arguments);
};

// The reason in words when a command failed because its tool is missing or out of reach — `docker`
// not found, `docker compose` not installed, the Docker daemon not running, permission to its socket
// denied — else an empty text (the exit code and the conditions then speak). Decided on QProcess's
// error, the exit code and the facts, never on what the program wrote: Docker's messages change
// from version to version (a missing Compose plugin shows as "unknown flag: --format", exit 125).
QString explainMissingTool(const QString &program, const QStringList &arguments, bool failedToStart, int exitCode,
                           const ToolFacts &facts);

// Whether a failed command says nothing of its service because it cannot run on this desk: the
// program could not be started (not installed, not on PATH, not executable), `docker compose` has
// no Compose plugin here, or this user may not use the Docker socket. Such a check is not
// configured here (UNKNOWN with the reason above), never an outage. A daemon that is not running
// is the service's own failure and stays one. Decided on the same facts as explainMissingTool().
bool cannotRunHere(const QString &program, const QStringList &arguments, bool failedToStart, int exitCode,
                   const ToolFacts &facts);

// Runs a local program (e.g. `docker compose ps --format json`) and reports its exit code and
// output (stdout, at most 1 MiB); a program that outlives the timeout is killed.
class CommandProbe final : public ProbeBase
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxOutput = qint64{1024} * 1024;

    explicit CommandProbe(QObject *parent = nullptr);
    ~CommandProbe() override;
    void start(const QString &program, const QStringList &arguments, int timeoutMs);

private:
    void conclude(const QString &failure, bool notSetUpHere = false);
    void deadlinePassed() override;

    QProcess m_process;
    Observation m_observation;
    QString m_program;
    QStringList m_arguments;
};
