#pragma once
// Runs the golive executable (or another program) the way a user or a pipeline would, and keeps
// what it said: the one runner the command-line tests share.

#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace TestSupport {

// What a run said.
struct GoliveRun
{
    int exitCode = -1; // -1: did not start, or did not finish in time (then it was killed); -2: crashed
    QString out;
    QString err;
    QByteArray outBytes; // as written, for tests that look for bytes (a leaked secret)
    QByteArray errBytes;
};

struct RunOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory; // empty: this process's
    int timeoutMs = 120000;
    // Wait with the event loop running, for fake servers that answer from this process.
    bool serveEvents = false;
};

inline QString goliveBinary()
{
    return QStringLiteral(GOLIVE_BINARY_DIR "/golive");
}

inline GoliveRun runProgram(const QString &program, const QStringList &args, const RunOptions &options = {})
{
    QProcess p;
    p.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    p.start(program, args);
    const bool finished = options.serveEvents
        ? QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, options.timeoutMs)
        : p.waitForFinished(options.timeoutMs);
    if (!finished || p.error() == QProcess::FailedToStart) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    GoliveRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.outBytes = p.readAllStandardOutput();
    run.errBytes = p.readAllStandardError();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(run.errBytes);
    return run;
}

inline GoliveRun runGolive(const QStringList &args, const RunOptions &options = {})
{
    return runProgram(goliveBinary(), args, options);
}

// Writes bytes to path (a file a command is given); path back.
inline QString writeInputFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

} // namespace TestSupport
