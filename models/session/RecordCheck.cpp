#include "models/session/RecordCheck.h"

#include <QThread>

RecordCheck::RecordCheck(const QString &address, QObject *parent) : QObject(parent), m_address(address)
{
    qRegisterMetaType<VerifyResult>();
    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, &RecordCheck::start);
}

RecordCheck::~RecordCheck()
{
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->wait();
        delete m_thread;
    }
}

void RecordCheck::changed()
{
    if (m_recheck.interval() > 0 && !m_recheck.isActive())
        m_recheck.start();
}

void RecordCheck::start()
{
    if (m_thread) {
        m_again = true; // it may not see what was appended since it began
        return;
    }
    m_again = false;
    const QString path = m_address;
    const Verdict verdict = m_verdict;
    m_thread = QThread::create([this, path, verdict] {
        // A connection of its own: Qt Sql connections belong to the thread that made them.
        VerifyResult result;
        {
            auto reader = EventStore::open(path, EventStore::Access::ReadOnly);
            if (!reader) {
                result.reason = reader.error().message;
                // A server out of reach or a store busy elsewhere says nothing about the trail:
                // no verdict (the next change checks again), and nothing is blocked for it.
                const Error::Code code = reader.error().code;
                result.cancelled =
                    code == Error::Code::Unreachable || code == Error::Code::Timeout || code == Error::Code::Busy;
            } else {
                const auto interrupted = [] { return QThread::currentThread()->isInterruptionRequested(); };
                result = verdict ? verdict(*reader.value(), interrupted) : reader.value()->verify(interrupted);
            }
        }
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    });
    // Queued after the result: the check that follows sees it delivered first.
    connect(m_thread, &QThread::finished, this, &RecordCheck::threadFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void RecordCheck::threadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait(); // it has finished: returns at once
    delete m_thread;
    m_thread = nullptr;
    if (m_again)
        start();
}
