#include "CommandProbe.h"

CommandProbe::CommandProbe(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_process.kill();
        finish(QStringLiteral("%1 did not finish within %2 s").arg(m_program).arg(m_timeoutMs / 1000.0));
    });
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
        if (error == QProcess::FailedToStart)
            finish(QStringLiteral("cannot run %1: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_observation.body +=
            m_process.readAllStandardOutput().left(qMax<qint64>(0, kMaxOutput - m_observation.body.size()));
        if (status == QProcess::CrashExit) {
            finish(QStringLiteral("%1 crashed").arg(m_program));
            return;
        }
        m_observation.connected = true;
        m_observation.exitCode = exitCode;
        finish(QString());
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
    m_timeoutMs = timeoutMs;
    m_clock.start();
    m_deadline.start(timeoutMs);
    m_process.start(program, arguments);
}

void CommandProbe::finish(const QString &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_observation.responseTimeMs = int(m_clock.elapsed());
    ProbeOutcome outcome;
    outcome.observation = m_observation;
    outcome.failure = failure;
    emit finished(outcome);
}
