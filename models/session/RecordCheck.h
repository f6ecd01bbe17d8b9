#pragma once

#include "models/record/EventStore.h"

#include <QObject>
#include <QTimer>

#include <functional>

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

    // What a check says about the record it opened: EventStore::verify() unless set (the window sets
    // RecordVerdict::of, which checks the signatures too, from a layer above this one).
    using Verdict = std::function<VerifyResult(const EventStore &store, const std::function<bool()> &cancelled)>;
    void setVerdict(Verdict verdict) { m_verdict = std::move(verdict); }

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
    Verdict m_verdict;
    QThread *m_thread = nullptr;
    bool m_again = false;
    QTimer m_recheck;
};
