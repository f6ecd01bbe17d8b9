#pragma once

#include "models/record/EventStore.h"

#include <QObject>
#include <QTimer>

class QThread;

// The whole record checked on a worker thread with a read-only connection of its own, one check
// at a time: asked while one runs, another follows it, so the last result covers what was
// appended meanwhile. Optionally again some time after the record changed.
class RecordCheck final : public QObject
{
    Q_OBJECT

public:
    explicit RecordCheck(const QString &address, QObject *parent = nullptr);
    // Interrupts a check that runs and waits for it.
    ~RecordCheck() override;

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    // After changed(), check again at most delayMs later (the changes meanwhile joining it).
    void recheckAfterChanges(int delayMs) { m_recheck.setInterval(std::max(1, delayMs)); }
    // The record changed: a recheck is due if one was asked for.
    void changed();

signals:
    // A check that could not run (the server out of reach, the store busy) is cancelled: no verdict.
    void finished(const VerifyResult &result);

private:
    void threadFinished();

    QString m_address;
    QThread *m_thread = nullptr;
    bool m_again = false;
    QTimer m_recheck;
};
