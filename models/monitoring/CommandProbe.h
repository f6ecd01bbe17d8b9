#pragma once

#include "ProbeOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

// Runs a local program (e.g. `docker compose ps --format json`) and reports its exit code and
// output (stdout, at most 1 MiB); a program that outlives the timeout is killed.
class CommandProbe final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxOutput = 1024 * 1024;

    explicit CommandProbe(QObject *parent = nullptr);
    ~CommandProbe() override;
    void start(const QString &program, const QStringList &arguments, int timeoutMs);

signals:
    void finished(const ProbeOutcome &outcome);

private:
    void finish(const QString &failure);

    QProcess m_process;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    Observation m_observation;
    QString m_program;
    int m_timeoutMs = 0;
    bool m_done = false;
};
