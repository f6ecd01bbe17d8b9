#pragma once
// Runs tests/helpers/store_writer as a child process and reads what it acknowledged.

#include "TestPaths.h"

#include <QFileInfo>
#include <QProcess>
#include <QVector>

class StoreWriter
{
public:
    static QString program() { return QStringLiteral(GOLIVE_BINARY_DIR "/tests/store_writer"); }

    StoreWriter(const QString &store, const QString &item, qint64 count = -1)
    {
        QStringList args = {store, QStringLiteral("--item"), item, QStringLiteral("--actor"), item};
        if (count >= 0)
            args += {QStringLiteral("--count"), QString::number(count)};
        m_process.setProgram(program());
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
    }

    bool start()
    {
        m_process.start();
        return m_process.waitForStarted(30000);
    }

    // Waits until the writer printed a line starting with prefix ("READY", "ACK"); false when
    // it ended (or said nothing for a long time) first.
    bool waitFor(const char *prefix)
    {
        while (!said(prefix)) {
            if (m_process.state() != QProcess::Running && m_process.bytesAvailable() == 0)
                return false;
            if (!m_process.waitForReadyRead(30000) && m_process.bytesAvailable() == 0)
                return false;
            m_out += m_process.readAllStandardOutput();
        }
        return true;
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(30000);
        m_out += m_process.readAllStandardOutput();
    }

    bool waitForFinished()
    {
        const bool finished = m_process.waitForFinished(120000);
        m_out += m_process.readAllStandardOutput();
        return finished;
    }

    QProcess &process() { return m_process; }
    const QByteArray &output() const { return m_out; }
    QByteArray errors() { return m_process.readAllStandardError(); }

    // The seqs of the complete "ACK <seq>" lines; a line cut off by a kill does not count.
    QVector<qint64> acked() const
    {
        QVector<qint64> out;
        const QList<QByteArray> lines = m_out.split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline
            if (lines.at(i).startsWith("ACK "))
                out.append(lines.at(i).mid(4).toLongLong());
        }
        return out;
    }
    bool said(const char *prefix) const
    {
        for (const QByteArray &line : m_out.split('\n')) {
            if (line.startsWith(prefix))
                return true;
        }
        return false;
    }

private:
    QProcess m_process;
    QByteArray m_out;
};
