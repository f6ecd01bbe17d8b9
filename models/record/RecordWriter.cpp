#include "RecordWriter.h"

RecordWriter::RecordWriter(QString storePath) : m_path(std::move(storePath))
{
    m_thread.setObjectName(QStringLiteral("record writer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RecordWriter::~RecordWriter()
{
    // Queued after every submitted append: they all finish before the connection closes.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_store.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

void RecordWriter::submit(const Actor &actor, const QVector<EventDraft> &drafts,
                          const std::optional<StoredTemplate> &tmpl, QObject *context, Done done)
{
    m_pending.ref();
    QMetaObject::invokeMethod(m_worker, [this, actor, drafts, tmpl, context, done = std::move(done)] {
        Result<QVector<AuditEvent>> result = QVector<AuditEvent>();
        if (!m_store) {
            auto opened = EventStore::open(m_path, EventStore::Access::ReadWrite, EventStore::Integrity::Deferred);
            if (opened)
                m_store = std::move(opened.value());
            else
                result = opened.error();
        }
        // Another program may hold the lock for longer than SQLite's 5 s wait (a tight `golive
        // tick` loop is not fair to a waiting writer). Nobody waits on this thread, so it asks
        // again for up to half a minute before it reports the change as not saved.
        for (int attempt = 0; m_store && attempt < 6; ++attempt) {
            result = m_store->append(actor, drafts, tmpl ? &*tmpl : nullptr);
            if (result || result.error().code != Error::Code::Busy)
                break;
        }
        m_pending.deref();
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}
